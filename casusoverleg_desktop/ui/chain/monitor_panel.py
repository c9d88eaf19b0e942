"""The Ketenmonitor tab: the chain's figures over a period, as a table and as bar charts per route,
and the PDF report for the municipality. Only suppressed figures reach the screen ("< 5", "x")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.domain.monitor import (
    COLUMNS,
    NOTHING_TEXT,
    RULE_TEXT,
    Cell,
    DisplayRow,
    MonitorReport,
)
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import chain, chain_monitor
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.document_export import save_export

from casusoverleg_desktop.ui.models.base import Column, TableModel
from casusoverleg_desktop.ui.theme import Palette
from casusoverleg_desktop.ui.widgets.messages import ERROR, OK, QuietLabel, clear_message, show_message
from casusoverleg_desktop.ui.widgets.pdf_files import choose_pdf_target, remember_folder

CellOf = Callable[[DisplayRow], Cell]


def _cell_column(header: str, index: int) -> Column[DisplayRow]:
    """A figure's column; its header on two lines ("Tot weging:" over "mediaan") leaves the names room."""
    return Column(header.replace(": ", ":\n"), lambda r: r.cells[index].text)


class MonitorModel(TableModel[DisplayRow]):
    """One breakdown's rows, the total last (in bold)."""

    NAME = 0
    tr_context = "MonitorPanel"
    columns = (Column("", lambda r: r.name, tooltip=lambda r: r.name),
               *(_cell_column(h, i) for i, h in enumerate(COLUMNS)))

    def extra_data(self, row: DisplayRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.FontRole and row is self._rows[-1]:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        suppressed = column != self.NAME and row.cells[column - 1].value is None
        if role == Qt.ItemDataRole.ForegroundRole and suppressed:
            return QColor(Palette.SECONDARY)
        return None

    def row_id(self, row: DisplayRow) -> str:
        return row.name


class BarChart(QWidget):
    """Horizontal bars per route, one per series; a suppressed figure is written where its bar would be."""

    def __init__(self, title: str, series: Sequence[tuple[str, CellOf]], unit: str = "",
                 scale: float | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._series = list(series)
        self._unit = unit
        self._scale = scale
        self._rows: tuple[DisplayRow, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(300, 170)
        self.setAccessibleName(title)

    def sizeHint(self) -> QSize:
        return QSize(560, 260)

    def set_rows(self, rows: tuple[DisplayRow, ...]) -> None:
        self._rows = rows
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart as text (screen readers, tooltips, tests)."""
        if not self._rows:
            return self.tr("Geen signalen in deze periode.")
        parts = []
        for row in self._rows:
            values = ", ".join(f"{name} {cell(row).text}" if name else cell(row).text
                               for name, cell in self._series)
            parts.append(f"{row.name}: {values}")
        return "; ".join(parts)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(Palette.SURFACE))
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(Palette.ACCENT))
        painter.drawText(QRectF(8, 4, self.width() - 16, line * 1.3), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(self.font())
        top = 8 + line * 1.4
        if len(self._series) > 1:
            x = 8.0
            for index, (name, _cell) in enumerate(self._series):
                painter.fillRect(QRectF(x, top + 3, 10, 10), QColor(Palette.SERIES[index]))
                painter.setPen(QColor(Palette.INK))
                painter.drawText(QRectF(x + 14, top, 120, line), Qt.AlignmentFlag.AlignVCenter, name)
                x += 24 + metrics.horizontalAdvance(name)
            top += line * 1.2
        if not self._rows:
            painter.setPen(QColor(Palette.SUBDUED))
            painter.drawText(QRectF(0, top, self.width(), self.height() - top), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Geen signalen in deze periode."))
            painter.end()
            return
        label_width = min(self.width() * 0.38, 220.0)
        plot_left, plot_width = label_width + 12, self.width() - label_width - 12 - 56
        shown = [figure for r in self._rows for _n, cell in self._series
                 if (figure := cell(r).value) is not None]
        scale = self._scale or max([*shown, 1.0])
        bar = min(18.0, max(8.0, (self.height() - top - 8) / len(self._rows) / len(self._series) - 3))
        group = bar * len(self._series) + 8
        y = top + 4
        for row in self._rows:
            painter.setPen(QColor(Palette.INK))
            name = metrics.elidedText(row.name, Qt.TextElideMode.ElideMiddle, label_width)
            painter.drawText(QRectF(8, y, label_width, group - 8), Qt.AlignmentFlag.AlignVCenter, name)
            for index, (_name, cell_of) in enumerate(self._series):
                cell = cell_of(row)
                bar_top = y + index * bar
                length = 0.0 if cell.value is None else plot_width * cell.value / scale
                if length:
                    painter.fillRect(QRectF(plot_left, bar_top, length, bar - 2),
                                     QColor(Palette.SERIES[index]))
                painter.setPen(QColor(Palette.INK if cell.value is not None else Palette.SUBDUED))
                text = cell.text + (self._unit if cell.value is not None else "")
                painter.drawText(QRectF(plot_left + length + 4, bar_top, 80, bar - 2),
                                 Qt.AlignmentFlag.AlignVCenter, text)
            y += group
        painter.setPen(QColor(Palette.BORDER))
        painter.drawLine(int(plot_left), int(top), int(plot_left), int(y))
        painter.end()


class MonitorPanel(QWidget):
    """Period (default: the last full quarter), municipality, figures, charts and the PDF report."""

    BREAKDOWNS = ("Per route", "Per gemeente", "Per partner die meldde")

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: MonitorReport | None = None
        start, end = chain_monitor.last_full_quarter(local_time(ctx.clock()).date())
        self.from_date = self._date_edit(start, self.tr("Eerste meld-dag van de periode"))
        self.to_date = self._date_edit(end, self.tr("Laatste meld-dag van de periode"))
        self.municipality_combo = QComboBox()
        self.municipality_combo.setAccessibleName(self.tr("Gemeente"))
        self.breakdown_combo = QComboBox()
        self.breakdown_combo.setAccessibleName(self.tr("Indeling van de tabel"))
        for name in self.BREAKDOWNS:
            self.breakdown_combo.addItem(self.tr(name))
        self.export_button = QPushButton(self.tr("Rapport exporteren…"))
        self.export_button.setToolTip(self.tr("De cijfers en grafieken als PDF voor de gemeente "
                                              "(verantwoording)"))
        self.message = QuietLabel(name="monitor_message")

        filters = QHBoxLayout()
        for label, field in ((self.tr("&Van"), self.from_date), (self.tr("&tot en met"), self.to_date),
                             (self.tr("&Gemeente"), self.municipality_combo),
                             (self.tr("&Indeling"), self.breakdown_combo)):
            caption = QLabel(label)
            caption.setBuddy(field)
            filters.addWidget(caption)
            filters.addWidget(field)
        filters.addStretch(1)
        filters.addWidget(self.export_button)

        self.model = MonitorModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Cijfers van de ketenmonitor"))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.charts = [
            BarChart(self.tr("Signalen per route"), [("", lambda r: r.signals)]),
            BarChart(self.tr("Werkdagen tot weging"),
                     [(self.tr("mediaan"), lambda r: r.triage_median), ("P90", lambda r: r.triage_p90)],
                     self.tr(" wd")),
            BarChart(self.tr("Werkdagen tot casusoverleg"),
                     [(self.tr("mediaan"), lambda r: r.meeting_median), ("P90", lambda r: r.meeting_p90)],
                     self.tr(" wd")),
            BarChart(self.tr("Terugkoppeling op tijd"), [("", lambda r: r.on_time)], scale=100.0),
        ]
        chart_page = QWidget()
        grid = QGridLayout(chart_page)
        for index, chart_widget in enumerate(self.charts):
            grid.addWidget(chart_widget, index // 2, index % 2)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Cijfers"))
        self.tabs.addTab(chart_page, self.tr("Grafieken per route"))
        rule = QLabel(f"{RULE_TEXT} {NOTHING_TEXT} "
                      + self.tr("Tijden in werkdagen na de melding; mediaan en P90 (negen op de tien "
                                "was sneller)."))
        rule.setWordWrap(True)
        rule.setObjectName("monitor_rule")

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(rule)

        self.from_date.dateChanged.connect(self.recompute)
        self.to_date.dateChanged.connect(self.recompute)
        self.municipality_combo.currentIndexChanged.connect(self.recompute)
        self.breakdown_combo.currentIndexChanged.connect(self.show_report)
        self.export_button.clicked.connect(self.export)

    @staticmethod
    def _date_edit(day: dt.date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setAccessibleName(name)
        return edit

    def period(self) -> tuple[dt.date, dt.date]:
        return self.from_date.date().toPython(), self.to_date.date().toPython()  # type: ignore[return-value]

    def refresh(self) -> None:
        """Reload the municipalities (keeping the choice) and the figures."""
        chosen = self.municipality_combo.currentData()
        self.municipality_combo.blockSignals(True)
        self.municipality_combo.clear()
        self.municipality_combo.addItem(self.tr("Alle gemeenten"), None)
        for municipality in chain.list_municipalities(self.ctx):
            self.municipality_combo.addItem(municipality.name, municipality.id)
        self.municipality_combo.setCurrentIndex(max(0, self.municipality_combo.findData(chosen)))
        self.municipality_combo.blockSignals(False)
        self.recompute()

    def recompute(self) -> None:
        start, end = self.period()
        try:
            self.report = chain_monitor.monitor(self.ctx, start, end,
                                                municipality_id=self.municipality_combo.currentData())
        except CasusoverlegError as exc:
            self.report = None
            show_message(self.message, str(exc), ERROR)
        else:
            clear_message(self.message)
        self.export_button.setEnabled(self.report is not None)
        self.show_report()

    def show_report(self) -> None:
        if self.report is None:
            self.model.set_rows([])
            for chart_widget in self.charts:
                chart_widget.set_rows(())
            return
        breakdowns = {heading: (rows, total) for heading, rows, total in self.report.breakdowns()}
        rows, total = breakdowns[self.BREAKDOWNS[self.breakdown_combo.currentIndex()]]
        self.model.set_rows([*rows, total])
        routes = breakdowns["Per route"][0]
        for chart_widget in self.charts:
            chart_widget.set_rows(routes)

    def export(self) -> None:
        if self.report is None:
            return
        try:
            built = chain_monitor.export_monitor_pdf(self.ctx, self.report)
            target = choose_pdf_target(self, built.suggested_name)
            if target is None:
                return
            written = save_export(target, built.pdf)
        except CasusoverlegError as exc:
            show_message(self.message, str(exc), ERROR)
            return
        remember_folder(written)
        show_message(self.message, self.tr("Rapport opgeslagen: {}").format(written), OK)

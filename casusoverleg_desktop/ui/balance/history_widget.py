"""How the picture changed: the difference between two versions next to the trend of the scale question.

    widget = BalanceHistoryWidget(ctx, case_id, parent)
    widget.refresh()   # after the sheet changed

By default the two most recent versions are compared; any two can be chosen.
"""

from __future__ import annotations

import datetime as dt
import html
from enum import Enum

from PySide6.QtWidgets import QWidget

from casusoverleg_desktop.services import balance
from casusoverleg_desktop.services.balance import EntryInfo
from casusoverleg_desktop.services.balance_compare import SheetDiff, compare_sheets, rating_trend
from casusoverleg_desktop.services.context import ServiceContext

from casusoverleg_desktop.ui.balance.entry_delegate import entry_badges
from casusoverleg_desktop.ui.balance.trend import RatingTrendChart
from casusoverleg_desktop.ui.forms.ui_balance_history import Ui_BalanceHistoryForm
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.theme import Palette

_FIELD_NAMES = {
    "side": "kolom", "text": "tekst", "statement_type": "soort", "source_partner": "bron",
    "observed_on": "datum", "domain": "domein", "persistence": "statisch/dynamisch", "weight": "gewicht",
    "verification": "bevestigd/weerlegd", "data_category": "gegevenscategorie",
}


def _value(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, Enum):
        return label(value)
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    return str(value)


def _entry_html(entry: EntryInfo) -> str:
    badges = "&nbsp;".join(b.html() for b in entry_badges(entry))
    return f"{badges} <b>{html.escape(label(entry.side))}</b>: {html.escape(entry.text)}"


def diff_html(diff: SheetDiff, tr=lambda text: text) -> str:  # QObject.tr
    """The difference as rich text (large enough to read when projected)."""
    older, newer = diff.older, diff.newer
    out = [f"<h2 style='margin:0'>{tr('Versie')} {older.version} ({older.meeting_date:%d-%m-%Y}) → "
           f"{tr('versie')} {newer.version} ({newer.meeting_date:%d-%m-%Y})</h2>"]
    before, after = diff.priority
    priority = f"{_value(before)} → <b>{_value(after)}</b>" if diff.priority_changed else \
        f"{_value(after)} ({tr('ongewijzigd')})"
    out.append(f"<h3>{tr('Prioriteit (keuze voorzitter)')}</h3><p style='font-size:14pt'>{priority}</p>")
    if diff.rationale_changed and newer.rationale:
        out.append(f"<p><i>{tr('Nieuwe motivering')}:</i> {html.escape(newer.rationale)}</p>")
    out.append(f"<h3>{tr('Schaalvraag')}</h3><table cellspacing='0' cellpadding='4' style='font-size:13pt'>")
    for rating in diff.ratings:
        delta = rating.delta
        color = (Palette.RISE if delta and delta > 0 else Palette.FALL if delta and delta < 0
                 else Palette.SECONDARY)
        arrow = "▲" if delta and delta > 0 else "▼" if delta and delta < 0 else "="
        out.append(f"<tr><td>{html.escape(rating.partner)}</td><td align='right'>{_value(rating.before)}</td>"
                   f"<td>→</td><td><b>{_value(rating.after)}</b></td>"
                   f"<td style='color:{color}'>{arrow}</td></tr>")
    c_before, c_after = diff.consensus
    out.append(f"<tr><td><b>{tr('Consensus')}</b></td><td align='right'>{_value(c_before)}</td><td>→</td>"
               f"<td><b>{_value(c_after)}</b></td><td></td></tr></table>")
    sections = (
        (tr("Nieuw op de balans"), [_entry_html(e) for e in diff.added]),
        (tr("Van de balans af"), [f"<s>{_entry_html(e)}</s>" for e in diff.removed]),
        (tr("Gewijzigd"), [
            _entry_html(change.after) + f"<br/><span style='color:{Palette.SECONDARY}'>" + "; ".join(
                f"{_FIELD_NAMES[name]}: {html.escape(_value(getattr(change.before, name)))} → "
                f"{html.escape(_value(getattr(change.after, name)))}" for name in change.fields) + "</span>"
            for change in diff.changed]),
    )
    for title, items in sections:
        out.append(f"<h3>{title} ({len(items)})</h3>")
        out.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>" if items
                   else f"<p style='color:{Palette.SUBDUED}'>{tr('geen')}</p>")
    if diff.dissent_before or diff.dissent_after:
        out.append(f"<h3>{tr('Afwijkende meningen')}</h3>")
        for title, rows in ((f"{tr('versie')} {older.version}", diff.dissent_before),
                            (f"{tr('versie')} {newer.version}", diff.dissent_after)):
            text = "<br/>".join(html.escape(row) for row in rows) or tr("geen")
            out.append(f"<p><i>{title}:</i><br/>{text}</p>")
    return "\n".join(out)


class BalanceHistoryWidget(QWidget):
    def __init__(self, ctx: ServiceContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BalanceHistoryForm()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._case_id = case_id
        self.ui.diff_view.document().setDefaultStyleSheet(
            "body { font-size: 12pt; } h3 { margin-top: 14px; }")
        self.chart = RatingTrendChart(self.ui.trend_placeholder)
        self.chart.setObjectName("trend_chart")
        self.ui.trend_layout.addWidget(self.chart)
        self.ui.history_splitter.setStretchFactor(0, 4)
        self.ui.history_splitter.setStretchFactor(1, 5)
        self.ui.history_splitter.setSizes([440, 560])
        self.ui.older_combo.currentIndexChanged.connect(self._compare)
        self.ui.newer_combo.currentIndexChanged.connect(self._compare)
        self.refresh()

    def refresh(self) -> None:
        rows = balance.list_sheets(self._ctx, self._case_id)
        for combo, default in ((self.ui.older_combo, len(rows) - 2), (self.ui.newer_combo, len(rows) - 1)):
            combo.blockSignals(True)
            combo.clear()
            for row in rows:
                text = self.tr("versie {} · {}").format(row.version, row.meeting_date.strftime("%d-%m-%Y"))
                combo.addItem(text, row.id)
            combo.setCurrentIndex(max(default, 0))
            combo.blockSignals(False)
        self.chart.set_trend(rating_trend(self._ctx, self._case_id))
        self._compare()

    def select(self, older_sheet_id: int, newer_sheet_id: int) -> None:
        self.ui.older_combo.setCurrentIndex(self.ui.older_combo.findData(older_sheet_id))
        self.ui.newer_combo.setCurrentIndex(self.ui.newer_combo.findData(newer_sheet_id))

    def diff(self) -> SheetDiff | None:
        older, newer = self.ui.older_combo.currentData(), self.ui.newer_combo.currentData()
        if older is None or newer is None or older == newer:
            return None
        return compare_sheets(self._ctx, older, newer)

    def _compare(self) -> None:
        count = self.ui.older_combo.count()
        if count < 2:
            message = (self.tr("Er is nog maar één versie van de balans: vergelijken kan vanaf de tweede "
                               "bespreking.") if count else self.tr("Nog geen balans vastgelegd."))
            self.ui.diff_view.setHtml(f"<p style='font-size:13pt'>{html.escape(message)}</p>")
            return
        diff = self.diff()
        if diff is None:
            self.ui.diff_view.setHtml(f"<p>{self.tr('Kies twee verschillende versies.')}</p>")
            return
        self.ui.diff_view.setHtml(diff_html(diff, self.tr))

"""Global search (Ctrl+K): type, see hits with case code, where and snippet, Enter opens the case."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import search as search_service
from casusoverleg_desktop.services.context import ServiceContext

from casusoverleg_desktop.ui.forms.ui_search_dialog import Ui_SearchDialog
from casusoverleg_desktop.ui.models.search_results_model import (
    COL_CASE,
    COL_SNIPPET,
    COL_WHERE,
    HTML_ROLE,
    SearchResultsModel,
)
from casusoverleg_desktop.ui.navigation import Navigator

SEARCH_DELAY_MS = 150
ACTION_ENTITY = "action_item"


class RichTextDelegate(QStyledItemDelegate):
    """Paints the ``HTML_ROLE`` of a cell as rich text (bold hit words), on one line."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        markup = index.data(HTML_ROLE)
        if markup is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        doc.setHtml(markup)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        top = opt.rect.top() + max(0, (opt.rect.height() - int(doc.size().height())) // 2)
        painter.translate(opt.rect.left() + 4, top)
        painter.setClipRect(0, 0, opt.rect.width() - 4, opt.rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 12))


class SearchDialog(QDialog):
    """Searches as you type; Enter or a double-click opens the case of the chosen hit."""

    def __init__(self, ctx: ServiceContext, navigator: Navigator, parent: QWidget | None = None,
                 initial_query: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_SearchDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._navigator = navigator
        self.model = SearchResultsModel(self)
        view = self.ui.results_view
        view.setModel(self.model)
        view.setItemDelegateForColumn(COL_SNIPPET, RichTextDelegate(view))
        header = view.horizontalHeader()
        header.setSectionResizeMode(COL_CASE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHERE, QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 14)
        view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.ui.query_edit.textChanged.connect(lambda _text: self._timer.start())
        self.ui.query_edit.returnPressed.connect(self.open_current)
        self.ui.query_edit.installEventFilter(self)
        view.installEventFilter(self)
        self.ui.status_label.setText(self.tr("Typ om te zoeken; Enter opent de casus."))
        if initial_query:
            self.ui.query_edit.setText(initial_query)
            self.run_search()
        self.ui.query_edit.setFocus()

    def run_search(self) -> None:
        self._timer.stop()
        query = self.ui.query_edit.text().strip()
        if not query:
            self.model.set_rows([])
            self.ui.status_label.setText(self.tr("Typ om te zoeken; Enter opent de casus."))
            return
        try:
            results = search_service.search(self._ctx, query)
        except CasusoverlegError as exc:
            self.model.set_rows([])
            self.ui.status_label.setText(exc.message)
            return
        self.model.set_rows(results)
        if results:
            self.ui.results_view.selectRow(0)
            self.ui.status_label.setText(
                self.tr("%n resultaten — Enter of dubbelklik opent de casus", "", len(results))
                if len(results) != 1 else self.tr("1 resultaat — Enter of dubbelklik opent de casus"))
        else:
            self.ui.status_label.setText(self.tr("Niets gevonden voor '%1'.").replace("%1", query))

    def open_current(self) -> None:
        if self._timer.isActive():
            self.run_search()
        index = self.ui.results_view.currentIndex()
        row = index.row() if index.isValid() else 0
        if self.model.rowCount() > row:
            self.open_row(row)

    def open_row(self, row: int) -> None:
        result = self.model.row(row)
        if result.case_id is not None:
            self.accept()
            self._navigator.open_case(result.case_id)
        elif result.entity_type == ACTION_ENTITY:
            self.accept()
            self._navigator.open_action(result.entity_id)
        else:
            self.ui.status_label.setText(self.tr("Dit resultaat hoort bij geen casus."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.ui.query_edit and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move_selection(1 if key == Qt.Key.Key_Down else -1)
                return True
            if watched is self.ui.results_view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def _move_selection(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.ui.results_view.currentIndex()
        row = min(count - 1, max(0, (current.row() if current.isValid() else -1) + step))
        self.ui.results_view.selectRow(row)

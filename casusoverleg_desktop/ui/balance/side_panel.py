"""One column of the balance sheet: its entries as cards, a quick entry line, and a drop target."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from casusoverleg_desktop.domain.balance import BalanceDomain, BalanceSide, Weight, domains_for
from casusoverleg_desktop.domain.enums import StatementType
from casusoverleg_desktop.services.balance import EntryInfo

from casusoverleg_desktop.ui.balance.detail_combo import DetailCombo
from casusoverleg_desktop.ui.balance.entry_delegate import EntryCardDelegate
from casusoverleg_desktop.ui.balance.entry_dialog import fill_enum_combo
from casusoverleg_desktop.ui.balance.mime import SourceRef, read_source
from casusoverleg_desktop.ui.balance.models import EntryTableModel
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.theme import Palette
from casusoverleg_desktop.ui.widgets.combos import enum_value
from casusoverleg_desktop.ui.widgets.messages import QuietLabel, clear_message, show_error

SIDE_LETTERS = {BalanceSide.VEILIGHEID: "A", BalanceSide.ZORG_ONTWIKKELING: "B",
                BalanceSide.WAT_GAAT_GOED: "C"}
SIDE_HEADERS = ", ".join(f"QLabel#side_header_{side.value}" for side in BalanceSide)
"""A style-sheet selector of the three column headers (their colours: ``ui/theme/stylesheet.py``)."""
_DROP_HINT = "  ⤓ "


class EntryListView(QListView):
    """The cards of one column; while it has none, it says how to fill it."""

    def minimumSizeHint(self) -> QSize:  # Qt API
        """Room for one whole card, its badges and a line of text (``EntryCardDelegate``'s sizes)."""
        card = 2 * self.fontMetrics().height() + 26
        return QSize(super().minimumSizeHint().width(), card + 2 * (self.spacing() + self.frameWidth()))

    def changeEvent(self, event: QEvent) -> None:  # Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt API
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount():
            return
        painter = QPainter(self.viewport())
        painter.setPen(QColor(Palette.SECONDARY))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(self.viewport().rect().adjusted(8, 8, -8, -8), int(flags),
                         self.tr("Nog leeg: typ hieronder een regel, of sleep hierheen."))


class SidePanel(QFrame):
    """Emits what the user asks for; the sheet widget calls the services."""

    # side, text, statement type, weight, domain, partner id
    entry_submitted = Signal(object, str, object, object, object, object)
    source_dropped = Signal(object, object)  # side, SourceRef
    edit_requested = Signal(object)  # EntryInfo
    remove_requested = Signal(object)  # EntryInfo
    move_requested = Signal(object, object)  # EntryInfo, BalanceSide

    def __init__(self, side: BalanceSide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setObjectName(f"side_panel_{side.value}")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)

        self.header = QLabel(self)
        self.header.setObjectName(f"side_header_{side.value}")
        # One line whatever the width (a wrapped header takes the room of a card): elided, whole in
        # the tooltip, the count before the description so it always shows.
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._header_text = ""
        layout.addWidget(self.header)

        self.model = EntryTableModel(self)
        self.view = EntryListView(self)
        self.view.setObjectName(f"entries_{side.value}")
        self.view.setModel(self.model)
        self.view.setItemDelegate(EntryCardDelegate(self.view))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSpacing(2)
        self.view.setAccessibleName(self.tr("Regels in kolom {}").format(label(side)))
        self.view.installEventFilter(self)
        self.view.doubleClicked.connect(lambda index: self.edit_requested.emit(self.model.row(index.row())))
        layout.addWidget(self.view, 1)

        form = QGridLayout()
        form.setSpacing(4)
        self.entry_edit = QLineEdit(self)
        self.entry_edit.setObjectName(f"new_entry_{side.value}")
        self.entry_edit.setPlaceholderText(self.tr("Nieuwe regel… (Enter voegt toe)"))
        self.entry_edit.setToolTip(self.tr("Enter voegt de regel toe, ook vanuit soort, gewicht, domein en "
                                           "bron eronder (Tab gaat erheen; typ letters om te kiezen)."))
        self.entry_edit.setAccessibleName(self.tr("Nieuwe regel in kolom {}").format(label(side)))
        self.entry_edit.returnPressed.connect(self.submit)
        form.addWidget(self.entry_edit, 0, 0, 1, 4)
        self.type_combo = self._combo("type", self.tr("Soort uitspraak"))
        fill_enum_combo(self.type_combo, list(StatementType))
        self.weight_combo = self._combo("weight", self.tr("Gewicht"))
        fill_enum_combo(self.weight_combo, list(Weight), self.tr("gewicht —"))
        self.domain_combo = self._combo("domain", self.tr("Domein"))
        fill_enum_combo(self.domain_combo, domains_for(side), self.tr("domein —"))
        self.partner_combo = self._combo("partner", self.tr("Bron (partner)"))
        # The pickers are always there (a mouse user sees them, nothing moves when focus comes);
        # Enter in any of them adds the line, like Enter in the line itself.
        for column, combo in enumerate((self.type_combo, self.weight_combo, self.domain_combo,
                                        self.partner_combo)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(3)
            combo.submit_requested.connect(self.submit)
            form.addWidget(combo, 1, column)
        layout.addLayout(form)
        self.message = QuietLabel(self, name="error_label")
        layout.addWidget(self.message)
        self.entry_edit.textEdited.connect(lambda _text: clear_message(self.message))
        self.set_zoom(1.0)
        self.set_entries(())

    def set_zoom(self, zoom: float) -> None:
        """The sheet sets the sizes (``SIDE_HEADERS``); the cards are laid out again for them."""
        self.view.doItemsLayout()

    def _combo(self, name: str, accessible: str) -> DetailCombo:
        combo = DetailCombo(self)
        combo.setObjectName(f"{name}_combo_{self.side.value}")
        combo.setAccessibleName(accessible)
        return combo

    def set_partners(self, partners: Sequence[tuple[int, str]]) -> None:
        current = self.partner_combo.currentData()
        self.partner_combo.clear()
        self.partner_combo.addItem(self.tr("bron —"), None)
        for partner_id, name in partners:
            self.partner_combo.addItem(name, partner_id)
        index = self.partner_combo.findData(current)
        self.partner_combo.setCurrentIndex(max(index, 0))

    def set_entries(self, entries: Sequence[EntryInfo]) -> None:
        selected = self.current_entry()
        self.model.set_rows(entries)
        self._set_header(self._title())
        if selected is not None:
            for row, entry in enumerate(entries):
                if entry.lineage == selected.lineage:
                    self.view.setCurrentIndex(self.model.index(row, 0))

    def _title(self) -> str:
        return (f"{SIDE_LETTERS[self.side]}. {label(self.side)} ({self.model.rowCount()}) — "
                f"{self.tr(self.side.describes)}")

    def _set_header(self, text: str) -> None:
        self._header_text = text
        self.header.setToolTip(text)
        self._elide_header()

    def _elide_header(self) -> None:
        room = max(self.header.contentsRect().width(), 40)  # inside the style sheet's padding
        self.header.setText(self.header.fontMetrics().elidedText(self._header_text,
                                                                 Qt.TextElideMode.ElideRight, room))

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt API
        super().resizeEvent(event)
        self._elide_header()

    def current_entry(self) -> EntryInfo | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def pending_text(self) -> str:
        return self.entry_edit.text().strip()

    def submit(self) -> None:
        text = self.pending_text()
        if not text:
            if self.entry_edit.hasFocus():
                return
            # Enter in a picker with no text yet: the choices stay, the line asks for its text.
            show_error(self.message, self.tr("Typ eerst de tekst van de regel; de keuzes blijven staan."))
            self.entry_edit.setFocus()
            return
        clear_message(self.message)
        self.entry_submitted.emit(self.side, text, enum_value(self.type_combo, StatementType),
                                  enum_value(self.weight_combo, Weight),
                                  enum_value(self.domain_combo, BalanceDomain),
                                  self.partner_combo.currentData())

    def clear_entry_line(self) -> None:
        self.entry_edit.clear()
        self.weight_combo.setCurrentIndex(0)
        self.domain_combo.setCurrentIndex(0)
        self.type_combo.setCurrentIndex(0)

    # --- keyboard on the list ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
        if watched is self.view and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        entry = self.current_entry()
        if entry is None:
            return False
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_requested.emit(entry)
            return True
        if key == Qt.Key.Key_Delete:
            self.remove_requested.emit(entry)
            return True
        if mods & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
            target = list(BalanceSide)[key - Qt.Key.Key_1]
            if target is not self.side:
                self.move_requested.emit(entry, target)
            return True
        return False

    # --- drop target -----------------------------------------------------------------------------

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> SourceRef | None:
        return read_source(event.mimeData())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event) is not None:
            event.acceptProposedAction()
            self._set_header(f"{SIDE_LETTERS[self.side]}. {label(self.side)}{_DROP_HINT}"
                             + self.tr("loslaten om toe te voegen"))
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self._set_header(self._title())
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_header(self._title())
        source = self._accepts(event)
        if source is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.source_dropped.emit(self.side, source)

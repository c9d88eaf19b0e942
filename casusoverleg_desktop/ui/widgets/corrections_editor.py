"""The corrections made when minutes are adopted: each names a section of the minutes and says,
briefly, what changes. One editor for both ways of adopting: in meeting mode (Verslag vorige
vergadering) and in the written procedure (Overleggen → Verslag schriftelijk vaststellen…).

Keyboard: choose or type the section (Enter moves on), type the correction, Enter adds it to the
list; in the list Delete removes the selected correction. A correction without a section or text
is refused with the same Dutch message the service gives, and what was typed stays.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casusoverleg_desktop.domain.minutes import Correction, check_corrections
from casusoverleg_desktop.errors import CasusoverlegError

from casusoverleg_desktop.ui.widgets.messages import QuietLabel, clear_message, show_error
from casusoverleg_desktop.ui.widgets.wrapped_label import WrappedLabel

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
LIST_ROWS = 3  # the list shows this many corrections before it scrolls (the screen must fit 768 px)
STATEMENT_LINES = 4  # likewise the sentence to be recorded


class EntryLineEdit(QLineEdit):
    """A line where Enter adds what was typed and goes no further (never to a dialog's default
    button, which would adopt the minutes)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt API
        super().keyPressEvent(event)
        if event.key() in _ENTER:
            event.accept()


class CorrectionList(QListWidget):
    """The corrections added so far; Delete or Backspace removes the selected one."""

    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt API
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class CorrectionsEditor(QWidget):
    """Section (a choice from the minutes' numbered parts, or typed) · text · Toevoegen; the list
    below. ``corrections()`` gives what was added, in order."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._corrections: list[Correction] = []
        self._read_only = False
        self.section_combo = QComboBox()
        self.section_combo.setObjectName("section_combo")
        self.section_combo.setEditable(True)
        self.section_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.section_combo.setAccessibleName(self.tr("Onderdeel van het verslag"))
        self.section_combo.setToolTip(self.tr("Het onderdeel van het verslag waar de correctie over gaat: "
                                              "kies het of typ het"))
        self.section_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.section_combo.setMinimumContentsLength(14)
        self.section_combo.lineEdit().setPlaceholderText(self.tr("Onderdeel…"))
        completer = QCompleter(self.section_combo.model(), self.section_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.section_combo.setCompleter(completer)
        self.section_combo.lineEdit().installEventFilter(self)

        self.text_edit = EntryLineEdit()
        self.text_edit.setObjectName("correction_edit")
        self.text_edit.setAccessibleName(self.tr("Tekst van de correctie"))
        self.text_edit.setPlaceholderText(self.tr("Correctie — Enter voegt toe"))
        self.add_button = QPushButton(self.tr("Toevoegen"))
        self.add_button.setObjectName("add_correction_button")
        self.add_button.setAccessibleName(self.tr("Correctie toevoegen"))
        self.add_button.setAutoDefault(False)

        self.list = CorrectionList()
        self.list.setObjectName("corrections_list")
        self.list.setAccessibleName(self.tr("Correcties"))
        self.list.setWordWrap(False)  # one line each (the whole text is in the tooltip and the sentence)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.remove_button.setObjectName("remove_correction_button")
        self.remove_button.setAccessibleName(self.tr("Gekozen correctie verwijderen"))
        self.remove_button.setToolTip(self.tr("Verwijdert de gekozen correctie (Delete)"))
        self.remove_button.setAutoDefault(False)
        self.empty_label = WrappedLabel(self.tr("Nog geen correcties: het verslag wordt vastgesteld zoals "
                                                "het is."))
        self.empty_label.setObjectName("hint_label")
        self.error = QuietLabel(name="error_label")

        entry = QHBoxLayout()
        entry.setSpacing(6)
        entry.addWidget(self.section_combo, 2)
        entry.addWidget(self.text_edit, 5)
        entry.addWidget(self.add_button)
        listing = QHBoxLayout()
        listing.setSpacing(6)
        listing.addWidget(self.list, 1)
        listing.addWidget(self.empty_label, 1)
        listing.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(entry)
        layout.addLayout(listing)
        layout.addWidget(self.error)

        self.text_edit.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.remove_requested.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update)
        for first, second in ((self.section_combo, self.text_edit), (self.text_edit, self.add_button),
                              (self.add_button, self.list), (self.list, self.remove_button)):
            QWidget.setTabOrder(first, second)
        self.fit_list()
        self._update()

    # -- content ---------------------------------------------------------------------------------
    def set_sections(self, sections: Sequence[str]) -> None:
        """The numbered parts of the minutes to choose from; what was typed stays."""
        typed = self.section_combo.currentText()
        self.section_combo.blockSignals(True)
        self.section_combo.clear()
        self.section_combo.addItems(list(sections))
        self.section_combo.setCurrentIndex(-1)
        self.section_combo.setEditText(typed)
        self.section_combo.blockSignals(False)

    def corrections(self) -> tuple[Correction, ...]:
        return tuple(self._corrections)

    def pending(self) -> bool:
        """Something typed in the entry line that was not added yet."""
        return bool(self.section_combo.currentText().strip() or self.text_edit.text().strip())

    def add(self) -> bool:
        """Add the typed correction; refused (with the reason, the typing kept) when incomplete."""
        if self._read_only:
            return False
        typed = Correction(self.section_combo.currentText().strip(), self.text_edit.text().strip())
        try:
            checked = check_corrections([*self._corrections, typed])
        except CasusoverlegError as exc:
            show_error(self.error, exc)
            (self.section_combo if not typed.section else self.text_edit).setFocus()
            return False
        clear_message(self.error)
        self._corrections.append(checked[-1])
        self.text_edit.clear()
        self.section_combo.setCurrentIndex(-1)
        self.section_combo.setEditText("")
        self._show()
        self.section_combo.setFocus()
        self.changed.emit()
        return True

    def add_pending(self) -> bool:
        """Before adopting: a correction still in the entry line is added first (or refused)."""
        return self.add() if self.pending() else True

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if self._read_only or not 0 <= row < len(self._corrections):
            return
        del self._corrections[row]
        self._show()
        if self._corrections:
            self.list.setCurrentRow(min(row, len(self._corrections) - 1))
        self.changed.emit()

    def clear(self) -> None:
        self._corrections.clear()
        self.text_edit.clear()
        self.section_combo.setCurrentIndex(-1)
        self.section_combo.setEditText("")
        clear_message(self.error)
        self._show()
        self.changed.emit()

    def draft(self) -> str:
        """The corrections added so far, as text for meeting mode's autosave ("" when none)."""
        return json.dumps([[c.section, c.text] for c in self._corrections], ensure_ascii=False) \
            if self._corrections else ""

    def restore_draft(self, text: str) -> None:
        """Corrections from an autosaved draft (after a crash); anything unreadable is ignored."""
        try:
            rows = json.loads(text)
            restored = [Correction(str(section), str(body)) for section, body in rows]
        except (ValueError, TypeError):
            return
        self._corrections = restored
        self._show()
        self.changed.emit()

    def show_error(self, message: str) -> None:
        show_error(self.error, message)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in (self.section_combo, self.text_edit, self.add_button):
            widget.setEnabled(not read_only)
        self._update()

    def fit_list(self) -> None:
        """Room for a few corrections; more scroll. Follows the font (large letters in meeting mode)."""
        rows = self.fontMetrics().lineSpacing() * LIST_ROWS
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 8)

    def changeEvent(self, event: QEvent) -> None:  # Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_list()

    # -- showing ---------------------------------------------------------------------------------
    def _show(self) -> None:
        self.list.clear()
        for number, correction in enumerate(self._corrections, start=1):
            item = QListWidgetItem(self.tr("(%1) bij %2: %3").replace("%1", str(number))
                                   .replace("%2", correction.section).replace("%3", correction.text))
            item.setToolTip(correction.text)
            self.list.addItem(item)
        self._update()

    def _update(self) -> None:
        has = bool(self._corrections)
        self.list.setVisible(has)
        self.empty_label.setVisible(not has)
        self.remove_button.setVisible(has)
        self.remove_button.setEnabled(has and not self._read_only and self.list.currentRow() >= 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
        """Enter in the section moves on to the text (and never reaches a dialog's default button)."""
        if (watched is self.section_combo.lineEdit() and event.type() == QEvent.Type.KeyPress
                and event.key() in _ENTER and not self.section_combo.view().isVisible()):
            self.text_edit.setFocus()
            return True
        return super().eventFilter(watched, event)


class StatementBox(QScrollArea):
    """The sentence the adopted minutes will carry: as high as its text, up to a few lines; a
    longer one (many corrections) scrolls, so the screen keeps its room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statement_box")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label = QLabel()
        self.label.setObjectName("statement_label")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setMargin(8)  # not style-sheet padding: that breaks the wrapped height
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setAccessibleName(self.tr("Zin die wordt vastgelegd"))
        self.setWidget(self.label)

    def setText(self, text: str) -> None:  # Qt API
        self.label.setText(text)
        self.fit()

    def text(self) -> str:
        return self.label.text()

    def clear(self) -> None:
        self.setText("")

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt API
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:  # Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()

    def fit(self) -> None:
        width = self.viewport().width()
        if width <= 0:
            return
        needed = self.label.heightForWidth(width)
        cap = self.label.fontMetrics().lineSpacing() * STATEMENT_LINES + 2 * self.label.margin()
        height = max(min(needed, cap), self.label.fontMetrics().lineSpacing()) + 2 * self.frameWidth()
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def is_scrolling(self) -> bool:
        return self.label.height() > self.viewport().height()

"""Conflicten beslissen: what both laptops changed, each differently, side by side, one card per
conflict, before a package is read in (``IncomingPackageDialog``).

Each card shows the record and field, "Hier (deze laptop)" on the left and "Daar (pakket van …)" on
the right, and the choices the kind of conflict allows (``package.ConflictKind``):

- a field: "Mijn versie houden" (``Keep.MINE``), "Hun versie overnemen" (``Keep.THEIRS``) and, for a
  text, "Samenvoegen": an editable text that starts as both texts, one under the other
  (``Combined(text)``);
- deleted here, changed there: "Verwijderd laten" (MINE) or "Terugzetten" (THEIRS);
- changed here, deleted there: "Houden" (MINE) or "Ook hier verwijderen" (THEIRS);
- a change to a meeting closed here: "Laten zoals bij de sluiting" (MINE) or "Toch overnemen (niet in
  het verslag)" (THEIRS).

"Inlezen" is enabled once every conflict is decided; ``decisions()`` is then the mapping the service
takes. "Annuleren" decides nothing, and nothing is read in.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casusoverleg_desktop.services.packages.package import Choice, Combined, Conflict, ConflictKind, Keep

from casusoverleg_desktop.ui.forms.ui_conflict_dialog import Ui_ConflictDialog

TEXT_LINES = 4  # the height of each side's text: longer text scrolls within


class ConflictCard(QFrame):
    """One conflict: both versions and the choice; ``changed`` whenever the choice or the combined
    text changes."""

    changed = Signal()

    def __init__(self, number: int, conflict: Conflict, peer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setObjectName("conflict_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        what = f"{conflict.record} — {conflict.field}" if conflict.field else conflict.record
        self.setAccessibleName(self.tr("Conflict %1: %2").replace("%1", str(number)).replace("%2", what))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        heading = QLabel(f"{number}. {what}", self)
        heading.setObjectName("conflict_heading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        explanation = {
            ConflictKind.DELETED_HERE: self.tr("Op deze laptop verwijderd, op de andere nog gewijzigd."),
            ConflictKind.DELETED_THERE: self.tr("Op deze laptop gewijzigd, op de andere verwijderd."),
            ConflictKind.CLOSED_HERE: self.tr("Dit overleg is op deze laptop al gesloten: het verslag houdt "
                                              "wat er bij de sluiting stond. Een wijziging komt niet meer "
                                              "in het verslag."),
        }.get(conflict.kind)
        if explanation:
            note = QLabel(explanation, self)
            note.setWordWrap(True)
            layout.addWidget(note)

        sides = QGridLayout()
        sides.setHorizontalSpacing(12)
        sides.setVerticalSpacing(2)
        self.mine_text = self._side(self.tr("Hier (deze laptop)"), conflict.mine, sides, 0)
        self.theirs_text = self._side(self.tr("Daar (pakket van %1)").replace("%1", peer), conflict.theirs,
                                      sides, 1)
        layout.addLayout(sides)

        choices = QHBoxLayout()
        choices.setSpacing(18)
        texts = {
            ConflictKind.FIELD: (self.tr("Mijn versie houden"), self.tr("Hun versie overnemen")),
            ConflictKind.DELETED_HERE: (self.tr("Verwijderd laten"), self.tr("Terugzetten")),
            ConflictKind.DELETED_THERE: (self.tr("Houden"), self.tr("Ook hier verwijderen")),
            ConflictKind.CLOSED_HERE: (self.tr("Laten zoals bij de sluiting"),
                                       self.tr("Toch overnemen (niet in het verslag)")),
        }[conflict.kind]
        self.group = QButtonGroup(self)
        self.mine_radio = QRadioButton(texts[0], self)
        self.theirs_radio = QRadioButton(texts[1], self)
        self.combine_radio: QRadioButton | None = None
        radios = [self.mine_radio, self.theirs_radio]
        if conflict.kind is ConflictKind.FIELD and conflict.combinable:
            self.combine_radio = QRadioButton(self.tr("Samenvoegen"), self)
            radios.append(self.combine_radio)
        for radio in radios:
            radio.setAccessibleDescription(what)
            self.group.addButton(radio)
            choices.addWidget(radio)
        choices.addStretch(1)
        layout.addLayout(choices)

        self.combined_label = QLabel(self.tr("Samengevoegde tekst (pas hem aan):"), self)
        self.combined_edit = QPlainTextEdit(self)
        self.combined_edit.setAccessibleName(self.tr("Samengevoegde tekst: %1").replace("%1", what))
        self.combined_edit.setTabChangesFocus(True)
        self.combined_edit.setFixedHeight(self._lines_height(TEXT_LINES + 1))
        self.combined_label.setBuddy(self.combined_edit)
        layout.addWidget(self.combined_label)
        layout.addWidget(self.combined_edit)
        self.combined_label.hide()
        self.combined_edit.hide()
        self.group.buttonToggled.connect(self._choice_toggled)
        self.combined_edit.textChanged.connect(self.changed)

    def _side(self, caption: str, text: str, grid: QGridLayout, column: int) -> QPlainTextEdit:
        label = QLabel(caption, self)
        edit = QPlainTextEdit(text, self)
        edit.setReadOnly(True)
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(caption)
        edit.setFixedHeight(self._lines_height(TEXT_LINES))
        label.setBuddy(edit)
        grid.addWidget(label, 0, column)
        grid.addWidget(edit, 1, column)
        grid.setColumnStretch(column, 1)
        return edit

    def _lines_height(self, lines: int) -> int:
        return lines * self.fontMetrics().lineSpacing() + 14

    def _choice_toggled(self, button: QRadioButton, checked: bool) -> None:
        if button is self.combine_radio:
            if checked and not self.combined_edit.toPlainText():
                self.combined_edit.setPlainText(f"{self.conflict.mine}\n\n{self.conflict.theirs}")
            self.combined_label.setVisible(checked)
            self.combined_edit.setVisible(checked)
            if checked:
                self.combined_edit.setFocus()
        if checked:
            self.changed.emit()

    def decision(self) -> Choice | None:
        """The choice made, or None while undecided (a combined text left empty is undecided)."""
        if self.mine_radio.isChecked():
            return Keep.MINE
        if self.theirs_radio.isChecked():
            return Keep.THEIRS
        if self.combine_radio is not None and self.combine_radio.isChecked():
            text = self.combined_edit.toPlainText()
            return Combined(text) if text.strip() else None
        return None


class ConflictDialog(QDialog):
    """``ConflictDialog(conflicts, peer)``; once accepted, ``decisions()`` has one per conflict."""

    def __init__(self, conflicts: Sequence[Conflict], peer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        intro = self.tr("%1 en deze laptop wijzigden dezelfde gegevens, elk anders. Kies per conflict wat "
                        "blijft. Er wordt pas iets ingelezen als elk conflict is beslist; Annuleren leest "
                        "niets in.")
        self.ui.intro_label.setText(intro.replace("%1", peer))
        self.cards = [ConflictCard(number, conflict, peer, self.ui.conflicts_host)
                      for number, conflict in enumerate(conflicts, start=1)]
        for card in self.cards:
            self.ui.conflicts_layout.addWidget(card)
            card.changed.connect(self._update)
        self.ui.conflicts_layout.addStretch(1)
        self.ok_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Inlezen"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.ui.button_box.accepted.connect(self.try_accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._update()
        if self.cards:
            self.cards[0].mine_radio.setFocus()

    def decided(self) -> int:
        return sum(card.decision() is not None for card in self.cards)

    def decisions(self) -> dict[str, Choice]:
        return {card.conflict.key: choice for card in self.cards if (choice := card.decision()) is not None}

    def _update(self) -> None:
        done = self.decided()
        self.ui.progress_label.setText(self.tr("%1 van %2 conflicten beslist").replace("%1", str(done))
                                       .replace("%2", str(len(self.cards))))
        self.ok_button.setEnabled(done == len(self.cards))

    def try_accept(self) -> bool:
        if self.decided() != len(self.cards):
            return False
        self.accept()
        return True


__all__ = ["ConflictCard", "ConflictDialog"]

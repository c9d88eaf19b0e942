"""Which persons of the case a signal or contribution concerns ('betreft') and whose statement it is
('bron'): a statement by a person of the case counts as a third-party statement for everyone else."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from casusoverleg_desktop.domain.enums import SubjectRole
from casusoverleg_desktop.services.families import FamilyMember

from casusoverleg_desktop.ui.widgets.combos import fill_items, select_data

NO_SOURCE = "—"
ROW_HEIGHT_LIMIT = 4
"""The 'betreft' list shows this many persons before it scrolls, so a dialog stays compact."""


def default_concerns(persons: Sequence[FamilyMember]) -> tuple[int, ...]:
    """What a new statement concerns unless the user says otherwise: the primary person."""
    return tuple(p.id for p in persons if p.role is SubjectRole.PRIMAIR)


def persons_summary(persons: Sequence[FamilyMember], concerns: Sequence[int], source: int | None) -> str:
    """E.g. "betreft Sara K., Milan K. · bron: Mirjam K."."""
    names = {p.id: p.pseudonym for p in persons}
    tr = QCoreApplication.translate
    text = (tr("StatementPersons", "betreft %1").replace("%1", ", ".join(names[i] for i in concerns))
            if concerns else tr("StatementPersons", "betreft niemand in het bijzonder"))
    if source is not None:
        text += " · " + tr("StatementPersons", "bron: %1").replace("%1", names[source])
    return text


def with_source_person(text: str, person: str | None) -> str:
    """A listed statement's source with the person of the case it comes from, e.g.
    "Wijkteam · bron: Mirjam K."."""
    if person is None:
        return text
    source = QCoreApplication.translate("StatementPersons", "bron: %1").replace("%1", person)
    return f"{text} · {source}" if text else source


class StatementPersonsPicker:
    """A checkable list of the case's persons ('betreft') and a combo of them ('bron', "—" for none)."""

    def __init__(self, concerns_list: QListWidget, source_combo: QComboBox,
                 persons: Sequence[FamilyMember]) -> None:
        self.concerns_list, self.source_combo = concerns_list, source_combo
        self.persons = tuple(persons)
        concerns_list.clear()
        for person in self.persons:
            item = QListWidgetItem(person.label, concerns_list)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        rows = max(1, min(len(self.persons), ROW_HEIGHT_LIMIT))
        concerns_list.setMaximumHeight(rows * concerns_list.fontMetrics().height() * 3 // 2
                                       + 2 * concerns_list.frameWidth() + 4)
        fill_items(source_combo, [(p.label, p.id) for p in self.persons], NO_SOURCE)
        enabled = bool(self.persons)
        concerns_list.setEnabled(enabled)
        source_combo.setEnabled(enabled)
        self.set_choice(default_concerns(self.persons), None)

    def set_choice(self, concerns: Sequence[int], source: int | None) -> None:
        for row in range(self.concerns_list.count()):
            item = self.concerns_list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in concerns
                               else Qt.CheckState.Unchecked)
        select_data(self.source_combo, source)

    def concerns(self) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in
                (self.concerns_list.item(row) for row in range(self.concerns_list.count()))
                if item.checkState() is Qt.CheckState.Checked]

    def source_person(self) -> int | None:
        source = self.source_combo.currentData()
        return None if source is None else int(source)


class StatementPersonsDialog(QDialog):
    """The persons chooser of meeting mode: the same two choices as the signal dialog."""

    def __init__(self, persons: Sequence[FamilyMember], concerns: Sequence[int], source: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statement_persons_dialog")
        self.setWindowTitle(self.tr("Personen bij deze inbreng"))
        self.concerns_list = QListWidget()
        self.concerns_list.setObjectName("concerns_list")
        self.concerns_list.setAccessibleName(self.tr("Personen die de inbreng betreft"))
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("source_person_combo")
        self.source_combo.setAccessibleName(self.tr("Persoon in de casus van wie de uitspraak komt"))
        self.picker = StatementPersonsPicker(self.concerns_list, self.source_combo, persons)
        self.picker.set_choice(concerns, source)
        form = QFormLayout(self)
        form.addRow(self.tr("&Betreft"), self.concerns_list)
        form.addRow(self.tr("B&ron (persoon in de casus)"), self.source_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.concerns_list.setFocus()

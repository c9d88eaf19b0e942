"""The family at a glance, under the persons of a case: each person's relations (both ways) and gezag,
with the dialogs to add or remove a relation and to set who holds gezag over each minor."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.families import FamilyMember, FamilyView

from casusoverleg_desktop.ui.dialogs.family_dialogs import GezagDialog, RelationDialog
from casusoverleg_desktop.ui.models.base import Column, TableModel, tr
from casusoverleg_desktop.ui.widgets.modal import open_modal
from casusoverleg_desktop.ui.widgets.tables import fit_columns, setup_table


def _age(m: FamilyMember) -> str:
    return tr("%1 jaar").replace("%1", str(m.age)) if m.age is not None else "—"


class FamilyModel(TableModel[FamilyMember]):
    PERSON, AGE, RELATIONS, GEZAG = range(4)
    columns = (
        Column("Persoon", lambda m: m.pseudonym),
        Column("Leeftijd", _age, sort=lambda m: -1 if m.age is None else m.age),
        Column("Relaties", lambda m: "; ".join(m.relations), tooltip=lambda m: "\n".join(m.relations)),
        Column("Gezag", lambda m: "; ".join(m.gezag), tooltip=lambda m: "\n".join(m.gezag)),
    )


class FamilyPanel(QWidget):
    """A compact table (one line per person) and two buttons; ``changed`` after any change."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("family_panel")
        self.ctx = ctx
        self.case_id = case_id
        self.view: FamilyView | None = None
        self.title_label = QLabel(self.tr("Gezin: relaties en gezag"), self)
        self.relation_button = QPushButton(self.tr("Re&laties…"), self)
        self.relation_button.setAccessibleName(self.tr("Relaties tussen personen toevoegen of verwijderen"))
        self.gezag_button = QPushButton(self.tr("Ge&zag…"), self)
        self.gezag_button.setAccessibleName(self.tr("Gezag over minderjarigen vastleggen"))
        self.model = FamilyModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Gezin: relaties en gezag per persoon"))
        setup_table(self.table, self.model, stretch=FamilyModel.RELATIONS)
        self.table.setMinimumHeight(90)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.title_label)
        buttons.addStretch(1)
        buttons.addWidget(self.relation_button)
        buttons.addWidget(self.gezag_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.relation_button.clicked.connect(self.edit_relations)
        self.gezag_button.clicked.connect(self.edit_gezag)

    def show_family(self, view: FamilyView, editable: bool = True) -> None:
        """Show the family as read with the rest of the case window."""
        self.view = view
        self.model.set_rows(view.members)
        fit_columns(self.table)
        self.relation_button.setEnabled(editable and len(view.members) > 1)
        self.gezag_button.setEnabled(editable and any(m.minor is not False for m in view.members))

    def relation_dialog(self) -> RelationDialog:
        assert self.view is not None
        return RelationDialog(self.ctx, self.view, self)

    def gezag_dialog(self, minor_id: int | None = None) -> GezagDialog:
        assert self.view is not None
        return GezagDialog(self.ctx, self.view, self, minor_id)

    def edit_relations(self) -> RelationDialog:
        dialog = self.relation_dialog()

        def rejected() -> None:
            if dialog.removed:
                self.changed.emit()

        open_modal(dialog, self.changed.emit, rejected)
        return dialog

    def edit_gezag(self) -> GezagDialog:
        dialog = self.gezag_dialog()
        open_modal(dialog, self.changed.emit)
        return dialog

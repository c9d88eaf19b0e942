"""Every field of one balance entry, for what the quick entry line does not ask."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from casusoverleg_desktop.domain.balance import BalanceDomain, BalanceSide, Persistence, Weight, domains_for
from casusoverleg_desktop.domain.enums import DataCategory, StatementType, Verification
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import balance
from casusoverleg_desktop.services.balance import EntryInfo
from casusoverleg_desktop.services.context import ServiceContext

from casusoverleg_desktop.ui.forms.ui_balance_entry_dialog import Ui_BalanceEntryDialog
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.widgets.combos import enum_value, select_data
from casusoverleg_desktop.ui.widgets.messages import show_error


def fill_enum_combo(combo: QComboBox, values: Sequence[Enum], empty: str | None = None) -> None:
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for value in values:
        combo.addItem(label(value), value)


class BalanceEntryDialog(QDialog):
    """Edits one entry; on OK the change is stored (a move to another column included)."""

    def __init__(self, ctx: ServiceContext, entry: EntryInfo, partners: Sequence[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BalanceEntryDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._entry = entry
        self.saved: EntryInfo | None = None
        ui = self.ui
        fill_enum_combo(ui.side_combo, list(BalanceSide))
        fill_enum_combo(ui.statement_combo, list(StatementType))
        ui.partner_combo.addItem(self.tr("— geen partner —"), None)
        for partner_id, name in partners:
            ui.partner_combo.addItem(name, partner_id)
        fill_enum_combo(ui.persistence_combo, list(Persistence), self.tr("— niet bepaald —"))
        fill_enum_combo(ui.weight_combo, list(Weight), self.tr("— geen gewicht —"))
        fill_enum_combo(ui.verification_combo, list(Verification))
        fill_enum_combo(ui.category_combo, list(DataCategory))
        ui.side_combo.currentIndexChanged.connect(self._fill_domains)
        ui.observed_check.toggled.connect(ui.observed_edit.setEnabled)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

        ui.text_edit.setPlainText(entry.text)
        select_data(ui.side_combo, entry.side)
        self._fill_domains()
        select_data(ui.statement_combo, entry.statement_type)
        select_data(ui.partner_combo, entry.source_partner_id)
        ui.observed_check.setChecked(entry.observed_on is not None)
        ui.observed_edit.setEnabled(entry.observed_on is not None)
        ui.observed_edit.setDate(QDate(entry.observed_on or dt.date.today()))
        select_data(ui.domain_combo, entry.domain)
        select_data(ui.persistence_combo, entry.persistence)
        select_data(ui.weight_combo, entry.weight)
        select_data(ui.verification_combo, entry.verification)
        select_data(ui.category_combo, entry.data_category)
        ui.origin_value_label.setText(entry.source_label or self.tr("ingevoerd op de balans"))

    def _fill_domains(self) -> None:
        side = enum_value(self.ui.side_combo, BalanceSide)
        current = self.ui.domain_combo.currentData()
        fill_enum_combo(self.ui.domain_combo, domains_for(side), self.tr("— geen domein —"))
        select_data(self.ui.domain_combo, current)

    def accept(self) -> None:
        ui = self.ui
        observed = ui.observed_edit.date().toPython() if ui.observed_check.isChecked() else None
        try:
            entry = self._entry
            side = enum_value(ui.side_combo, BalanceSide)
            if side is not entry.side:
                entry = balance.move_entry(self._ctx, entry.id, side)
            self.saved = balance.update_entry(
                self._ctx, entry.id, text=ui.text_edit.toPlainText(),
                statement_type=enum_value(ui.statement_combo, StatementType),
                source_partner_id=ui.partner_combo.currentData(), observed_on=observed,
                domain=enum_value(ui.domain_combo, BalanceDomain),
                persistence=enum_value(ui.persistence_combo, Persistence),
                weight=enum_value(ui.weight_combo, Weight),
                verification=enum_value(ui.verification_combo, Verification),
                data_category=enum_value(ui.category_combo, DataCategory))
        except CasusoverlegError as refusal:
            show_error(ui.error_label, refusal)
            return
        super().accept()

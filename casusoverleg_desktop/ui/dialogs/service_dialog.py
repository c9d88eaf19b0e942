"""What the case and partner dialogs share: a form, one service call on OK, Dutch errors inline.

A dialog composes its generated form (``self.ui``) and implements ``submit()``, which calls one
service and returns its result. A ``CasusoverlegError`` is shown in the form's ``error_label`` and
the dialog stays open with the user's input; on success the result is kept in ``self.result_value``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QWidget

from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.partners import PartnerInfo, ProfessionalInfo

from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.widgets.combos import fill_items
from casusoverleg_desktop.ui.widgets.messages import clear_message, show_error


class ServiceDialog(QDialog):
    def __init__(self, ctx: ServiceContext, form: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = form
        self.ui.setupUi(self)
        self.result_value: Any = None
        self.ui.button_box.accepted.connect(self.try_accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ok_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Opslaan"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))

    def today(self) -> dt.date:
        return self.ctx.clock().date()

    def submit(self) -> Any:
        raise NotImplementedError

    def try_accept(self) -> bool:
        clear_message(self.ui.error_label)
        try:
            self.result_value = self.submit()
        except CasusoverlegError as exc:
            show_error(self.ui.error_label, exc)
            return False
        self.accept()
        return True

    def error_text(self) -> str:
        return self.ui.error_label.text()


# -- small helpers for the forms ---------------------------------------------------------------
def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(edit: QDateEdit) -> dt.date:
    return edit.date().toPython()


def set_date(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(to_qdate(day))


def fill_enum(combo: QComboBox, members: Iterable[Enum], none_text: str | None = None) -> None:
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for member in members:
        combo.addItem(label(member), member)


E = TypeVar("E", bound=Enum)


def text_or_none(text: str) -> str | None:
    return text.strip() or None


class PartnerPicker:
    """A partner combo and a professional combo that lists the chosen partner's active people."""

    def __init__(self, partner_combo: QComboBox, professional_combo: QComboBox,
                 partners: Sequence[PartnerInfo], professionals: Sequence[ProfessionalInfo],
                 none_partner: str = "— geen partner —") -> None:
        self.partner_combo = partner_combo
        self.professional_combo = professional_combo
        self._professionals = [p for p in professionals if p.active]
        fill_items(partner_combo, [(p.name, p.id) for p in partners], none_partner)
        partner_combo.currentIndexChanged.connect(self._refill)
        self._refill()

    def _refill(self) -> None:
        partner_id = self.partner_id()
        people = [(f"{p.name} ({p.function})" if p.function else p.name, p.id)
                  for p in self._professionals if p.partner_id == partner_id]
        fill_items(self.professional_combo, people, "— geen professional —")
        self.professional_combo.setEnabled(bool(people))

    def partner_id(self) -> int | None:
        return self.partner_combo.currentData()

    def professional_id(self) -> int | None:
        return self.professional_combo.currentData()

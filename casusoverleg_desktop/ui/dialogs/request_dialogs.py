"""Dialogs of the Verzoeken page: register a request, extend its deadline, record a minor's own
position, and close it (afgehandeld, afgewezen, ingetrokken).

Registering looks the pseudonym up in every case (``find_persons``); the chair ticks the persons the
request is about. A parent or guardian who asked can be named as a person of those cases, which is
what the gezag check of the release needs.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from casusoverleg_desktop.domain.enums import Requester, RequestKind, RequestStatus
from casusoverleg_desktop.domain.moments import add_months, local_time
from casusoverleg_desktop.errors import CasusoverlegError, ValidationError
from casusoverleg_desktop.services import families
from casusoverleg_desktop.services import subject_requests as requests
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.subject_requests import PersonMatch, RequestView

from casusoverleg_desktop.ui.dialogs.service_dialog import ServiceDialog, fill_enum, from_qdate, set_date
from casusoverleg_desktop.ui.forms.ui_register_request_dialog import Ui_RegisterRequestDialog
from casusoverleg_desktop.ui.forms.ui_request_step_dialog import Ui_RequestStepDialog
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.base import dutch_date
from casusoverleg_desktop.ui.widgets.combos import enum_value, fill_items
from casusoverleg_desktop.ui.widgets.messages import INFO, show_error, show_message

FOR_A_MINOR = (Requester.OUDER, Requester.VOOGD)


def _tr(text: str) -> str:
    """Texts a dialog hands its base class before ``self.tr`` can be used."""
    return QCoreApplication.translate("RequestDialogs", text)


class RegisterRequestDialog(ServiceDialog):
    """Kind, the person (pseudonym → the matching persons to tick), who asked and when."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_RegisterRequestDialog(), parent)
        self.ok_button.setText(self.tr("Registreren"))
        self.searched: str | None = None
        fill_enum(self.ui.kind_combo, RequestKind)
        fill_enum(self.ui.requester_combo, Requester)
        set_date(self.ui.received_date, self.today())
        self.ui.received_date.setMaximumDate(self.ui.received_date.date())
        self.ui.find_button.clicked.connect(self.find_persons)
        self.ui.requester_combo.currentIndexChanged.connect(self._requester_changed)
        self.ui.received_date.dateChanged.connect(self._show_deadline)
        self._fill_relatives([])
        self._requester_changed()
        self._show_deadline()
        self.ui.pseudonym_edit.setFocus()

    def today(self) -> dt.date:
        return local_time(self.ctx.clock()).date()

    # -- the person ---------------------------------------------------------------------------------
    def find_persons(self) -> list[PersonMatch]:
        """Every person with the typed pseudonym, ticked; the other persons of their cases as the
        possible parent or guardian who asked."""
        self.ui.persons_list.clear()
        self.searched = self.ui.pseudonym_edit.text().strip()
        try:
            found = requests.find_persons(self.ctx, self.searched)
            members = [(m, person.case_code) for person in dict((p.case_id, p) for p in found).values()
                       for m in families.family_view(self.ctx, person.case_id).members
                       if m.id not in {p.subject_id for p in found}]
        except CasusoverlegError as exc:
            show_error(self.ui.error_label, exc)
            return []
        for person in found:
            item = QListWidgetItem(self._person_text(person), self.ui.persons_list)
            item.setData(Qt.ItemDataRole.UserRole, person.subject_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self._fill_relatives([(f"{m.label} ({code})", m.id) for m, code in members])
        if found:
            found_text = self.tr("%1 gevonden; vink aan op wie het verzoek betrekking heeft.")
            show_message(self.ui.error_label, found_text.replace("%1", str(len(found))), INFO)
        else:
            show_error(self.ui.error_label, self.tr("Geen persoon met het pseudoniem %1 in de casussen.")
                       .replace("%1", self.searched))
        return found

    def _person_text(self, p: PersonMatch) -> str:
        parts = [label(p.role)] + ([p.relation.lower()] if p.relation else []) + (
            [self.tr("%1 jaar").replace("%1", str(p.age))] if p.age is not None else [])
        return self.tr("%1 in casus %2 (%3; casus %4)").replace("%1", p.pseudonym).replace(
            "%2", p.case_code).replace("%3", ", ".join(parts)).replace("%4", label(p.case_status).lower())

    def _fill_relatives(self, items: list[tuple[str, int]]) -> None:
        fill_items(self.ui.requester_person_combo, items, self.tr("— niet in de casus —"))

    def ticked(self) -> list[int]:
        items = (self.ui.persons_list.item(i) for i in range(self.ui.persons_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    # -- who asked and when ---------------------------------------------------------------------------
    def _requester_changed(self) -> None:
        requester = enum_value(self.ui.requester_combo, Requester)
        for widget in (self.ui.requester_person_label, self.ui.requester_person_combo):
            widget.setEnabled(requester in FOR_A_MINOR)
        for widget in (self.ui.detail_label, self.ui.detail_edit):
            widget.setEnabled(requester is not Requester.BETROKKENE)

    def _show_deadline(self) -> None:
        received = from_qdate(self.ui.received_date)
        self.ui.deadline_label.setText(self.tr("Antwoord uiterlijk %1 (een maand na ontvangst).")
                                       .replace("%1", dutch_date(add_months(received, 1))))

    # -- OK -------------------------------------------------------------------------------------------
    def try_accept(self) -> bool:
        """A pseudonym not looked up yet is looked up first (Enter in the field does that too)."""
        if self.ui.pseudonym_edit.text().strip() and self.ui.pseudonym_edit.text().strip() != self.searched:
            self.find_persons()
            return False
        return super().try_accept()

    def submit(self) -> RequestView:
        kind = enum_value(self.ui.kind_combo, RequestKind)
        requester = enum_value(self.ui.requester_combo, Requester)
        if kind is None or requester is None:
            raise ValidationError(self.tr("Kies de soort verzoek en wie het deed."))
        parent_id = self.ui.requester_person_combo.currentData() if requester in FOR_A_MINOR else None
        detail = self.ui.detail_edit.text() if requester is not Requester.BETROKKENE else None
        return requests.register_request(
            self.ctx, kind, self.ui.pseudonym_edit.text(), self.ticked(), requester,
            from_qdate(self.ui.received_date), requester_subject_id=parent_id, requester_detail=detail)


class _StepDialog(ServiceDialog):
    """One step on an open request: a text (reason, position or outcome), sometimes a date or status."""

    def __init__(self, ctx: ServiceContext, view: RequestView, title: str, hint: str, text_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_RequestStepDialog(), parent)
        self.view = view
        self.setWindowTitle(title)
        self.ui.hint_label.setText(hint)
        self.ui.text_label.setText(text_label)
        self.ui.text_edit.setAccessibleName(text_label.replace("&", ""))
        self.ui.text_edit.setFocus()

    def text(self) -> str:
        return self.ui.text_edit.toPlainText()

    def hide_rows(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.hide()


class ExtendRequestDialog(_StepDialog):
    def __init__(self, ctx: ServiceContext, view: RequestView, parent: QWidget | None = None) -> None:
        latest = add_months(view.deadline, requests.MAX_EXTENSION_MONTHS)
        super().__init__(ctx, view, _tr("Termijn verlengen"), _tr(
            "Termijn nu: %1. Verlengen kan één keer, met ten hoogste twee maanden (uiterlijk %2), met de "
            "reden (bijv. de complexiteit of het aantal verzoeken). Laat de persoon dat binnen de eerste "
            "maand weten.").replace("%1", dutch_date(view.deadline)).replace("%2", dutch_date(latest)),
            _tr("&Reden"), parent)
        self.ok_button.setText(self.tr("Verlengen"))
        self.hide_rows(self.ui.status_label, self.ui.status_combo)
        self.ui.date_label.setText(self.tr("&Verlengen tot"))
        set_date(self.ui.date_edit, latest)

    def submit(self) -> RequestView:
        return requests.extend_request(self.ctx, self.view.id, from_qdate(self.ui.date_edit), self.text())


class MinorPositionDialog(_StepDialog):
    def __init__(self, ctx: ServiceContext, view: RequestView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, view, _tr("Standpunt van de minderjarige"), _tr(
            "%1 is tussen 12 en 16 jaar. Leg vast wat de minderjarige zelf vindt van dit verzoek, "
            "voordat een inzage wordt vrijgegeven.").replace("%1", view.person_pseudonym),
            _tr("&Standpunt"), parent)
        self.hide_rows(self.ui.status_label, self.ui.status_combo, self.ui.date_label, self.ui.date_edit)

    def submit(self) -> RequestView:
        return requests.record_minor_position(self.ctx, self.view.id, self.text())


class HandleRequestDialog(_StepDialog):
    def __init__(self, ctx: ServiceContext, view: RequestView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, view, _tr("Verzoek afhandelen"), _tr(
            "Rond het verzoek om %1 van %2 af. De bewaarplicht die het verzoek op de casussen legde, "
            "vervalt daarmee.").replace("%1", label(view.kind).lower()).replace("%2", view.person_pseudonym),
            _tr("&Uitkomst"), parent)
        self.ok_button.setText(self.tr("Afhandelen"))
        fill_enum(self.ui.status_combo, requests.CLOSING)
        self.ui.date_label.setText(self.tr("&Afgehandeld op"))
        set_date(self.ui.date_edit, local_time(self.ctx.clock()).date())

    def submit(self) -> RequestView:
        status = enum_value(self.ui.status_combo, RequestStatus)
        if status is None:
            raise ValidationError(self.tr("Kies hoe het verzoek is afgerond."))
        return requests.handle_request(self.ctx, self.view.id, status, self.text(),
                                       from_qdate(self.ui.date_edit))

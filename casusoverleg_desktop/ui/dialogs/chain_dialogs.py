"""Dialogs of the Keten page: a municipality, a new version, an organisation in the chain, a route,
a step (with its feedback promise and the step it follows) and a link between two steps.

Every dialog calls one service on OK; a refusal shows in the dialog, which keeps what was typed.
A time limit spin box starts empty ("—"): the chair fills in every time limit on purpose.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget

from casusoverleg_desktop.domain.chain import default_lane
from casusoverleg_desktop.domain.enums import ChainLane, ChainRole
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import chain
from casusoverleg_desktop.services.chain import (
    LinkInfo,
    MemberInfo,
    MunicipalityInfo,
    RouteInfo,
    StepFields,
    StepInfo,
    VersionInfo,
)
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.partners import PartnerInfo

from casusoverleg_desktop.ui.dialogs.service_dialog import (
    ServiceDialog,
    fill_enum,
    from_qdate,
    set_date,
    text_or_none,
)
from casusoverleg_desktop.ui.forms.ui_chain_member_dialog import Ui_ChainMemberDialog
from casusoverleg_desktop.ui.forms.ui_chain_version_dialog import Ui_ChainVersionDialog
from casusoverleg_desktop.ui.forms.ui_municipality_dialog import Ui_MunicipalityDialog
from casusoverleg_desktop.ui.forms.ui_route_dialog import Ui_RouteDialog
from casusoverleg_desktop.ui.forms.ui_route_link_dialog import Ui_RouteLinkDialog
from casusoverleg_desktop.ui.forms.ui_route_step_dialog import Ui_RouteStepDialog
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.widgets.combos import enum_value, fill_items, select_data


def spin_value(spin: QSpinBox) -> int | None:
    """The days in a time limit spin box; None while it shows "—" (nothing chosen)."""
    return None if spin.value() < 0 else spin.value()


class MunicipalityDialog(ServiceDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_MunicipalityDialog(), parent)
        self.ui.hint_label.setText(self.tr("Elke gemeente heeft haar eigen keten, met versies die de "
                                           "voorzitter vaststelt."))
        self.ui.name_edit.setFocus()

    def submit(self) -> MunicipalityInfo:
        return chain.create_municipality(self.ctx, self.ui.name_edit.text())


class VersionDialog(ServiceDialog):
    """A new version of a municipality's chain (a copy of the newest one) from a date in force; or,
    given a concept ``version``, its date in force and note changed."""

    def __init__(self, ctx: ServiceContext, municipality_id: int, first: bool,
                 parent: QWidget | None = None, version: VersionInfo | None = None) -> None:
        super().__init__(ctx, Ui_ChainVersionDialog(), parent)
        self.municipality_id = municipality_id
        self.version = version
        if version is not None:
            self.setWindowTitle(self.tr("Versie %1 wijzigen").replace("%1", str(version.number)))
            self.ui.hint_label.setText(self.tr("Signalen die vanaf deze datum binnenkomen volgen deze "
                                               "versie, zodra de voorzitter haar vaststelt."))
            set_date(self.ui.in_force_date, version.in_force_from)
            self.ui.note_edit.setPlainText(version.note or "")
        else:
            self.ui.hint_label.setText(
                self.tr("De eerste versie begint leeg: voeg daarna organisaties en routes toe.") if first
                else self.tr("De nieuwe versie begint als kopie van de nieuwste. Signalen die eerder "
                             "binnenkwamen volgen de versie die toen gold."))
            set_date(self.ui.in_force_date, self.today())
        self.ui.in_force_date.setFocus()

    def submit(self) -> VersionInfo:
        day, note = from_qdate(self.ui.in_force_date), self.ui.note_edit.toPlainText()
        if self.version is not None:
            return chain.update_version(self.ctx, self.version.id, day, note)
        return chain.new_version(self.ctx, self.municipality_id, day, note)


class MemberDialog(ServiceDialog):
    """An organisation (an existing partner) in a role, its swimlane and its organisational contact."""

    def __init__(self, ctx: ServiceContext, version_id: int, partners: list[PartnerInfo],
                 member: MemberInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_ChainMemberDialog(), parent)
        self.version_id = version_id
        self.member = member
        self.partners = {p.id: p for p in partners}
        fill_items(self.ui.partner_combo, [(p.name, p.id) for p in partners], self.tr("— kies een partner —"))
        fill_enum(self.ui.role_combo, ChainRole)
        fill_enum(self.ui.lane_combo, ChainLane)
        self.ui.hint_label.setText(self.tr(
            "Contactgegevens zijn van de organisatie: een functie of team, een algemeen nummer of een "
            "gedeelde mailbox, nooit die van een persoon."))
        if member is not None:
            self.setWindowTitle(self.tr("Organisatie in de keten wijzigen"))
            select_data(self.ui.partner_combo, member.partner_id)
            self.ui.partner_combo.setEnabled(False)
            select_data(self.ui.role_combo, member.role)
            select_data(self.ui.lane_combo, member.lane)
            self.ui.function_edit.setText(member.contact_function)
            self.ui.phone_edit.setText(member.contact_phone or "")
            self.ui.email_edit.setText(member.contact_email or "")
            self.ui.role_combo.setFocus()
        else:
            self.setWindowTitle(self.tr("Organisatie toevoegen aan de keten"))
            self.ui.partner_combo.currentIndexChanged.connect(self._partner_changed)
            self.ui.partner_combo.setFocus()

    def _partner_changed(self) -> None:
        partner = self.partners.get(self.ui.partner_combo.currentData())
        if partner is not None:
            select_data(self.ui.lane_combo, default_lane(partner.domain))

    def submit(self) -> MemberInfo:
        role = enum_value(self.ui.role_combo, ChainRole)
        lane = enum_value(self.ui.lane_combo, ChainLane)
        partner_id = self.ui.partner_combo.currentData()
        if partner_id is None or role is None or lane is None:
            raise ValidationError(self.tr("Kies de organisatie, haar rol en haar baan."))
        contact = dict(contact_function=self.ui.function_edit.text(),
                       contact_phone=text_or_none(self.ui.phone_edit.text()),
                       contact_email=text_or_none(self.ui.email_edit.text()))
        if self.member is None:
            return chain.add_member(self.ctx, self.version_id, partner_id, role, lane=lane, **contact)
        return chain.update_member(self.ctx, self.member.id, role=role, lane=lane, **contact)


class RouteDialog(ServiceDialog):
    def __init__(self, ctx: ServiceContext, version_id: int, route: RouteInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_RouteDialog(), parent)
        self.version_id = version_id
        self.route = route
        self.ui.hint_label.setText(self.tr("Een route is de weg voor één soort zorg, van de melder tot de "
                                           "uitkomst."))
        if route is not None:
            self.setWindowTitle(self.tr("Route wijzigen"))
            self.ui.name_edit.setText(route.name)
            self.ui.worry_edit.setPlainText(route.worry or "")
            self.ui.acute_check.setChecked(route.is_acute)
        else:
            self.setWindowTitle(self.tr("Nieuwe route"))
        self.ui.name_edit.setFocus()

    def submit(self) -> RouteInfo:
        fields = dict(worry=self.ui.worry_edit.toPlainText(), is_acute=self.ui.acute_check.isChecked())
        if self.route is None:
            return chain.add_route(self.ctx, self.version_id, self.ui.name_edit.text(), **fields)
        return chain.update_route(self.ctx, self.route.id, name=self.ui.name_edit.text(), **fields)


class StepDialog(ServiceDialog):
    """Who acts, what, within how many working days, what happens with the information, the promise
    to the reporter and (for a new step) the step it follows, with the condition."""

    def __init__(self, ctx: ServiceContext, route: RouteInfo, members: tuple[MemberInfo, ...],
                 step: StepInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_RouteStepDialog(), parent)
        self.route = route
        self.step = step
        fill_items(self.ui.member_combo, [(f"{m.name} — {label(m.role)}", m.id) for m in members],
                   self.tr("— kies een organisatie —"))
        titles = [(f"{number}. {s.action}", s.id) for number, s in enumerate(route.steps, start=1)]
        fill_items(self.ui.after_combo, titles, self.tr("— geen: de melder begint hier —"))
        self.ui.hint_label.setText(self.tr(
            "Termijnen in werkdagen. Wat de melder hoort, rekent vanaf de dag dat de melding binnenkwam."))
        self.ui.promise_check.toggled.connect(self._promise_toggled)
        if step is not None:
            self.setWindowTitle(self.tr("Stap wijzigen"))
            select_data(self.ui.member_combo, step.member.id)
            self.ui.action_edit.setText(step.action)
            self.ui.within_spin.setValue(step.within_days)
            self.ui.information_edit.setPlainText(step.information or "")
            self.ui.informed_check.setChecked(step.person_informed)
            self.ui.promise_check.setChecked(step.promise is not None)
            self.ui.promise_edit.setPlainText(step.promise or "")
            self.ui.promise_days_spin.setValue(step.promise_days if step.promise_days is not None else -1)
            for widget in (self.ui.after_label, self.ui.after_combo, self.ui.condition_label,
                           self.ui.condition_edit):
                widget.setVisible(False)
        else:
            self.setWindowTitle(self.tr("Stap toevoegen aan %1").replace("%1", route.name))
            if route.steps:
                self.ui.after_combo.setCurrentIndex(self.ui.after_combo.count() - 1)
        self._promise_toggled()
        self.ui.member_combo.setFocus()

    def _promise_toggled(self) -> None:
        on = self.ui.promise_check.isChecked()
        for widget in (self.ui.promise_label, self.ui.promise_edit, self.ui.promise_days_label,
                       self.ui.promise_days_spin):
            widget.setEnabled(on)

    def fields(self) -> StepFields:
        member_id = self.ui.member_combo.currentData()
        if member_id is None:
            raise ValidationError(self.tr("Kies de organisatie die deze stap zet."))
        promised = self.ui.promise_check.isChecked()
        promise = self.ui.promise_edit.toPlainText() if promised else None
        promise_days = spin_value(self.ui.promise_days_spin) if promised else None
        if promised and not (promise or "").strip() and promise_days is None:
            raise ValidationError(self.tr("Schrijf op wat de melder hoort en binnen hoeveel "
                                          "werkdagen, of vink 'De melder hoort iets bij deze stap' uit."))
        return StepFields(member_id, self.ui.action_edit.text(), spin_value(self.ui.within_spin),
                          information=self.ui.information_edit.toPlainText(),
                          person_informed=self.ui.informed_check.isChecked(),
                          promise=promise, promise_days=promise_days)

    def submit(self) -> StepInfo:
        if self.step is not None:
            return chain.update_step(self.ctx, self.step.id, self.fields())
        after = self.ui.after_combo.currentData()
        return chain.add_step(self.ctx, self.route.id, self.fields(), after_step_id=after,
                              label=self.ui.condition_edit.text() if after is not None else None)


class LinkDialog(ServiceDialog):
    """From the chosen step to another step of the route, with an optional condition."""

    def __init__(self, ctx: ServiceContext, route: RouteInfo, from_step: StepInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_RouteLinkDialog(), parent)
        self.from_step = from_step
        self.ok_button.setText(self.tr("Verbinden"))
        number = route.steps.index(from_step) + 1
        self.ui.hint_label.setText(self.tr("Na stap %1 (%2) volgt:").replace("%1", str(number))
                                   .replace("%2", from_step.action))
        fill_items(self.ui.to_combo, [(f"{n}. {s.action}", s.id) for n, s in enumerate(route.steps, start=1)
                                      if s.id != from_step.id], self.tr("— kies een stap —"))
        self.ui.to_combo.setFocus()

    def submit(self) -> LinkInfo:
        target = self.ui.to_combo.currentData()
        if target is None:
            raise ValidationError(self.tr("Kies de stap die hierna volgt."))
        return chain.link_steps(self.ctx, self.from_step.id, target, self.ui.condition_edit.text())


class UnlinkDialog(ServiceDialog):
    """Take away one of the links from the chosen step to a next step."""

    def __init__(self, ctx: ServiceContext, route: RouteInfo, from_step: StepInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_RouteLinkDialog(), parent)
        self.setWindowTitle(self.tr("Verbinding weghalen"))
        self.ok_button.setText(self.tr("Weghalen"))
        numbers = {s.id: n for n, s in enumerate(route.steps, start=1)}
        self.ui.hint_label.setText(self.tr("Welke verbinding na stap %1 (%2) haalt u weg?")
                                   .replace("%1", str(numbers[from_step.id])).replace("%2", from_step.action))
        steps = {s.id: s for s in route.steps}
        links = [(f"{numbers[link.to_step_id]}. {steps[link.to_step_id].action}"
                  + (f" ({link.label})" if link.label else ""), link.id)
                 for link in route.links if link.from_step_id == from_step.id]
        fill_items(self.ui.to_combo, links)
        self.ui.to_combo.setAccessibleName(self.tr("Verbinding die u weghaalt"))
        for widget in (self.ui.condition_label, self.ui.condition_edit):
            widget.setVisible(False)
        self.ui.to_combo.setFocus()

    def submit(self) -> None:
        link_id = self.ui.to_combo.currentData()
        if link_id is None:
            raise ValidationError(self.tr("Deze stap leidt nergens heen."))
        chain.unlink_steps(self.ctx, link_id)

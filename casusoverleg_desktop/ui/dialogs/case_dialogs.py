"""Dialogs of the case list and the case window: each one user action, one service call."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QListWidgetItem, QWidget

from casusoverleg_desktop.domain.diagnosis import diagnosis_terms
from casusoverleg_desktop.domain.enums import (
    AssessmentOutcome,
    CaseStatus,
    ClosureReason,
    DataCategory,
    EscalationDirection,
    InformedStatus,
    LegalBasis,
    Relation,
    StatementType,
    SubjectRole,
    Verification,
)
from casusoverleg_desktop.domain.lifecycle import allowed_next, needs_rationale
from casusoverleg_desktop.domain.workdays import (
    RESPOND_WITHIN_WORKING_DAYS,
    add_working_days,
    default_respond_by,
)
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import assessments, case_closing, cases, retention, signals
from casusoverleg_desktop.services.assessments import PanelMember
from casusoverleg_desktop.services.case_views import CaseDecision
from casusoverleg_desktop.services.cases import CaseSummary, ReporterInfo, SubjectInfo
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.families import FamilyMember
from casusoverleg_desktop.services.partners import PartnerInfo, ProfessionalInfo, list_partners
from casusoverleg_desktop.services.signal_routes import RouteChoice
from casusoverleg_desktop.services.signals import SignalInfo

from casusoverleg_desktop.ui.dialogs.open_ends_panel import OpenEndsPanel
from casusoverleg_desktop.ui.dialogs.route_dialogs import RouteChooser
from casusoverleg_desktop.ui.dialogs.service_dialog import (
    PartnerPicker,
    ServiceDialog,
    fill_enum,
    from_qdate,
    set_date,
    text_or_none,
)
from casusoverleg_desktop.ui.forms.ui_case_settings_dialog import Ui_CaseSettingsDialog
from casusoverleg_desktop.ui.forms.ui_close_case_dialog import Ui_CloseCaseDialog
from casusoverleg_desktop.ui.forms.ui_escalation_dialog import Ui_EscalationDialog
from casusoverleg_desktop.ui.forms.ui_feedback_dialog import Ui_FeedbackDialog
from casusoverleg_desktop.ui.forms.ui_informed_dialog import Ui_InformedDialog
from casusoverleg_desktop.ui.forms.ui_new_case_dialog import Ui_NewCaseDialog
from casusoverleg_desktop.ui.forms.ui_reporter_dialog import Ui_ReporterDialog
from casusoverleg_desktop.ui.forms.ui_signal_dialog import Ui_SignalDialog
from casusoverleg_desktop.ui.forms.ui_subject_dialog import Ui_SubjectDialog
from casusoverleg_desktop.ui.forms.ui_transition_dialog import Ui_TransitionDialog
from casusoverleg_desktop.ui.forms.ui_verify_signal_dialog import Ui_VerifySignalDialog
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.base import dutch_date
from casusoverleg_desktop.ui.theme import set_style_property
from casusoverleg_desktop.ui.widgets import markers
from casusoverleg_desktop.ui.widgets.combos import enum_value, fill_items, select_data
from casusoverleg_desktop.ui.widgets.statement_persons import StatementPersonsPicker


class RespondByDefault:
    """Keeps 'terugkoppelen vóór' at what the chosen route promises (its first promise, in working days
    after the report; without a route 5 working days) until the user changes the date by hand, and says
    in ``source_label`` where the date comes from."""

    def __init__(self, reported_on: QDateEdit, respond_by: QDateEdit, source_label: QLabel) -> None:
        self.reported_on, self.respond_by, self.source_label = reported_on, respond_by, source_label
        self._promise_days: int | None = None
        self._following = True
        self._update()
        reported_on.dateChanged.connect(self._update)
        respond_by.dateChanged.connect(self._user_changed)

    def follow_route(self, choice: RouteChoice | None) -> None:
        self._promise_days = choice.first_promise_days if choice is not None else None
        self._update()

    def expected(self) -> dt.date:
        reported = from_qdate(self.reported_on)
        if self._promise_days is None:
            return default_respond_by(reported)
        return add_working_days(reported, self._promise_days)

    def _update(self) -> None:
        if self._following:
            self.respond_by.blockSignals(True)
            set_date(self.respond_by, self.expected())
            self.respond_by.blockSignals(False)
        self._explain()

    def _user_changed(self) -> None:
        self._following = from_qdate(self.respond_by) == self.expected()
        self._explain()

    def _explain(self) -> None:
        def tr(text: str) -> str:
            return QCoreApplication.translate("RespondByDefault", text)

        if not self._following:
            text = tr("Met de hand gekozen")
        elif self._promise_days == 1:
            text = tr("Belofte van de route: binnen 1 werkdag")
        elif self._promise_days is not None:
            text = tr("Belofte van de route: binnen %1 werkdagen").replace("%1", str(self._promise_days))
        else:
            text = tr("Standaard: binnen %1 werkdagen").replace("%1", str(RESPOND_WITHIN_WORKING_DAYS))
        self.source_label.setText(text)
        self.respond_by.setToolTip(text)

    def value(self) -> dt.date:
        return from_qdate(self.respond_by)


def _chain_route(dialog: ServiceDialog, respond_by: RespondByDefault, free_route: QLineEdit) -> RouteChooser:
    """The route combo of a reporter's dialog: re-read when the report date changes; a chosen route
    sets the respond-by date and takes the place of the free-text route."""
    ui = dialog.ui

    def changed(choice: RouteChoice | None) -> None:
        respond_by.follow_route(choice)
        free_route.setEnabled(choice is None)

    chooser = RouteChooser(dialog.ctx, ui.chain_route_combo, ui.first_step_combo, ui.first_step_label,
                           changed)
    chooser.reload(from_qdate(ui.reported_on_date))
    ui.reported_on_date.dateChanged.connect(lambda: chooser.reload(from_qdate(ui.reported_on_date)))
    set_style_property(ui.respond_by_source_label, "message", "info")
    return chooser


class NewCaseDialog(ServiceDialog):
    """A case code (itself a pseudonym), its legal basis and who reported it."""

    def __init__(self, ctx: ServiceContext, partners: Sequence[PartnerInfo],
                 professionals: Sequence[ProfessionalInfo], parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_NewCaseDialog(), parent)
        self.created: CaseSummary | None = None
        fill_enum(self.ui.legal_basis_combo, LegalBasis)
        self.ui.legal_basis_combo.currentIndexChanged.connect(self._basis_changed)
        for edit in (self.ui.opened_on_date, self.ui.reported_on_date):
            set_date(edit, self.today())
        self.reporter = PartnerPicker(self.ui.reporter_partner_combo, self.ui.reporter_professional_combo,
                                      partners, professionals)
        self.respond_by = RespondByDefault(self.ui.reported_on_date, self.ui.respond_by_date,
                                           self.ui.respond_by_source_label)
        self.routes = _chain_route(self, self.respond_by, self.ui.reporter_route_edit)
        self.ui.opened_on_date.dateChanged.connect(
            lambda: set_date(self.ui.reported_on_date, from_qdate(self.ui.opened_on_date)))
        self._basis_changed()
        heading = self.ui.reporter_heading_label.font()
        heading.setBold(True)
        self.ui.reporter_heading_label.setFont(heading)
        self.ui.code_edit.setFocus()

    def _basis_changed(self) -> None:
        basis = enum_value(self.ui.legal_basis_combo, LegalBasis)
        self.ui.covenant_edit.setEnabled(basis is LegalBasis.CONVENANT)

    def submit(self) -> CaseSummary:
        partner_id = self.reporter.partner_id()
        person = text_or_none(self.ui.reporter_person_edit.text())
        if partner_id is None and person is None:
            raise ValidationError(self.tr("Noem de melder: kies een partner of vul een persoon in."))
        if self.created is None:
            basis = enum_value(self.ui.legal_basis_combo, LegalBasis)
            self.created = cases.create_case(
                self.ctx, self.ui.code_edit.text(), basis, from_qdate(self.ui.opened_on_date),
                covenant_name=text_or_none(self.ui.covenant_edit.text()) if basis is LegalBasis.CONVENANT
                else None,
                purpose=text_or_none(self.ui.purpose_edit.text()),
            )
            self.ui.code_edit.setReadOnly(True)
        route_id = self.routes.route_id()
        cases.add_reporter(
            self.ctx, self.created.id, from_qdate(self.ui.reported_on_date), partner_id=partner_id,
            professional_id=self.reporter.professional_id(), person=person,
            route=None if route_id else text_or_none(self.ui.reporter_route_edit.text()),
            respond_by=self.respond_by.value(), chain_route_id=route_id, first_step_id=self.routes.step_id(),
        )
        return self.created


class TransitionDialog(ServiceDialog):
    """One step along the lifecycle; only the steps the lifecycle allows are offered.

    From 'weging' the step is the weging's outcome: it is recorded as an assessment with its panel.
    Closing has its own dialog (it needs a reason).
    """

    def __init__(self, ctx: ServiceContext, case: CaseSummary, partners: Sequence[PartnerInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_TransitionDialog(), parent)
        self.case = case
        self.ok_button.setText(self.tr("Status wijzigen"))
        self.is_weging = case.status is CaseStatus.WEGING
        self.ui.current_status_value.setText(label(case.status))
        options = sorted(allowed_next(case.status) - {CaseStatus.AFGESLOTEN}, key=list(CaseStatus).index)
        if self.is_weging:
            fill_items(self.ui.to_status_combo,
                       [(label(AssessmentOutcome(s.value)), s) for s in options])
        else:
            fill_enum(self.ui.to_status_combo, options)
        for partner in partners:
            item = QListWidgetItem(partner.name, self.ui.panel_list)
            item.setData(Qt.ItemDataRole.UserRole, partner.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        set_date(self.ui.assessed_on_date, self.today())
        for widget in (self.ui.panel_list, self.ui.panel_label, self.ui.assessed_on_date,
                       self.ui.assessed_on_label):
            widget.setVisible(self.is_weging)
        if self.is_weging:
            title = self.tr("Uitkomst van de weging vastleggen")
            self.setWindowTitle(title)
            self.ui.title_label.setText(title)
            self.ui.to_status_label.setText(self.tr("&Uitkomst"))
            self.resize(600, 680)
        self.ui.to_status_combo.currentIndexChanged.connect(self._target_changed)
        self._target_changed()
        self.ui.to_status_combo.setFocus()

    def offered(self) -> list[CaseStatus]:
        combo = self.ui.to_status_combo
        return [enum_value(combo, CaseStatus, i) for i in range(combo.count())]

    def _target_changed(self) -> None:
        target = enum_value(self.ui.to_status_combo, CaseStatus)
        required = target is not None and needs_rationale(self.case.status, target)
        self.ui.rationale_label.setText(self.tr("&Onderbouwing (verplicht)") if required
                                        else self.tr("&Onderbouwing"))
        self.ui.rationale_edit.setPlaceholderText(
            self.tr("Waarom deze stap? Schriftelijke onderbouwing is verplicht.") if required
            else self.tr("Waarom deze stap?"))

    def set_panel(self, partner_ids: Sequence[int]) -> None:
        for row in range(self.ui.panel_list.count()):
            item = self.ui.panel_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in partner_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _panel(self) -> list[PanelMember]:
        items = (self.ui.panel_list.item(r) for r in range(self.ui.panel_list.count()))
        return [PanelMember(i.data(Qt.ItemDataRole.UserRole)) for i in items
                if i.checkState() is Qt.CheckState.Checked]

    def submit(self) -> object:
        target = enum_value(self.ui.to_status_combo, CaseStatus)
        if target is None:
            raise ValidationError(self.tr("Kies de nieuwe status."))
        rationale = self.ui.rationale_edit.toPlainText()
        if self.is_weging:
            return assessments.record_assessment(
                self.ctx, self.case.id, from_qdate(self.ui.assessed_on_date),
                AssessmentOutcome(target.value), rationale, self._panel())
        return cases.transition_case(self.ctx, self.case.id, target, text_or_none(rationale))


class CloseCaseDialog(ServiceDialog):
    def __init__(self, ctx: ServiceContext, case: CaseSummary, parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_CloseCaseDialog(), parent)
        self.case = case
        self.ok_button.setText(self.tr("Casus afsluiten"))
        fill_enum(self.ui.reason_combo, ClosureReason, self.tr("— kies een reden —"))
        set_date(self.ui.closed_on_date, self.today())
        self.ui.closed_on_date.dateChanged.connect(self._show_retention)
        self._show_retention()
        self.ui.reason_combo.setFocus()
        self.open_ends = OpenEndsPanel(case_closing.open_ends(ctx, case.id), list_partners(ctx), self)
        self.ui.main_layout.insertWidget(self.ui.main_layout.indexOf(self.ui.error_label), self.open_ends)
        if self.open_ends.isVisibleTo(self):
            self.resize(min(1200, max(self.width(), 900)), min(680, self.sizeHint().height()))

    def _show_retention(self) -> None:
        """What closing on the chosen date fixes: the longest period of the case's bases."""
        until, years = retention.retention_preview(self.ctx, self.case.id, from_qdate(self.ui.closed_on_date))
        self.ui.retention_value.setText(self.tr("%1 (%2 jaar na afsluiting)")
                                        .replace("%1", dutch_date(until)).replace("%2", str(years)))

    def submit(self) -> CaseSummary:
        return case_closing.close_with(
            self.ctx, self.case.id, enum_value(self.ui.reason_combo, ClosureReason),
            self.ui.rationale_edit.toPlainText(), from_qdate(self.ui.closed_on_date),
            actions=self.open_ends.action_dispositions(), feedback=self.open_ends.feedback_dispositions(),
            informing=self.open_ends.informed_dispositions())


class CaseSettingsDialog(ServiceDialog):
    """The casusregisseur and the date of the next necessity review."""

    def __init__(self, ctx: ServiceContext, case: CaseSummary, partners: Sequence[PartnerInfo],
                 professionals: Sequence[ProfessionalInfo], parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_CaseSettingsDialog(), parent)
        self.case = case
        partner_names = {p.id: p.name for p in partners}
        people = sorted((f"{p.name} — {partner_names.get(p.partner_id, '')}", p.id)
                         for p in professionals if p.active or p.id == case.case_manager_id)
        fill_items(self.ui.case_manager_combo, people, self.tr("— nog geen casusregisseur —"))
        select_data(self.ui.case_manager_combo, case.case_manager_id)
        self.ui.review_check.setChecked(case.next_review_date is not None)
        set_date(self.ui.review_date, case.next_review_date or self.today() + dt.timedelta(weeks=6))
        self.ui.review_check.toggled.connect(self.ui.review_date.setEnabled)
        self.ui.review_date.setEnabled(self.ui.review_check.isChecked())

    def submit(self) -> CaseSummary:
        result = self.case
        manager = self.ui.case_manager_combo.currentData()
        if manager != self.case.case_manager_id:
            result = cases.set_case_manager(self.ctx, self.case.id, manager)
        if self.ui.review_check.isChecked():
            review = from_qdate(self.ui.review_date)
            if review != self.case.next_review_date:
                result = cases.set_review_date(self.ctx, self.case.id, review)
        return result


class SubjectDialog(ServiceDialog):
    def __init__(self, ctx: ServiceContext, case_id: int, has_primary: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_SubjectDialog(), parent)
        self.case_id = case_id
        fill_enum(self.ui.role_combo, SubjectRole)
        fill_enum(self.ui.relation_combo, Relation, self.tr("—"))
        fill_items(self.ui.gezag_combo, [(self.tr("onbekend"), None), (self.tr("ja, heeft gezag"), True),
                                         (self.tr("nee, geen gezag"), False)])
        select_data(self.ui.role_combo, SubjectRole.GERELATEERD if has_primary else SubjectRole.PRIMAIR)
        set_date(self.ui.dob_date, self.today() - dt.timedelta(days=365 * 15))
        self.ui.role_combo.currentIndexChanged.connect(self._role_changed)
        self.ui.dob_check.toggled.connect(self._dob_toggled)
        self._role_changed()
        self._dob_toggled(False)
        self.ui.pseudonym_edit.setFocus()

    def _role_changed(self) -> None:
        """Only a related person has a relation to the primary one; gezag can be set for everyone
        (the primary person may be a parent)."""
        related = enum_value(self.ui.role_combo, SubjectRole) is SubjectRole.GERELATEERD
        self.ui.relation_combo.setEnabled(related)
        if not related:
            self.ui.relation_combo.setCurrentIndex(0)

    def _dob_toggled(self, on: bool) -> None:
        self.ui.dob_date.setEnabled(on)
        self.ui.age_spin.setEnabled(not on)

    def submit(self) -> SubjectInfo:
        use_dob = self.ui.dob_check.isChecked()
        age = self.ui.age_spin.value()
        return cases.add_subject(
            self.ctx, self.case_id, self.ui.pseudonym_edit.text(),
            enum_value(self.ui.role_combo, SubjectRole),
            relation=enum_value(self.ui.relation_combo, Relation),
            age=None if use_dob or age < 0 else age,
            date_of_birth=from_qdate(self.ui.dob_date) if use_dob else None,
            has_gezag=self.ui.gezag_combo.currentData(),
            living_situation=text_or_none(self.ui.living_edit.text()),
            note=text_or_none(self.ui.note_edit.toPlainText()),
        )


class SignalDialog(ServiceDialog):
    """A signal or contra-signal; diagnosis-like words without a qualified source are pointed out.

    It names the persons of the case it concerns (the primary person unless changed) and, when a
    person of the case said it, that person as its source (a third-party statement)."""

    def __init__(self, ctx: ServiceContext, case_id: int, partners: Sequence[PartnerInfo],
                 professionals: Sequence[ProfessionalInfo], contra: bool = False,
                 parent: QWidget | None = None, *, persons: Sequence[FamilyMember] = ()) -> None:
        super().__init__(ctx, Ui_SignalDialog(), parent)
        self.case_id = case_id
        self._qualified = {p.id for p in professionals if p.qualified_for_diagnosis}
        self.ui.contra_check.setChecked(contra)
        fill_enum(self.ui.statement_combo, StatementType)
        fill_enum(self.ui.category_combo, DataCategory)
        set_date(self.ui.observed_on_date, self.today())
        self.ui.observed_on_date.setMaximumDate(self.ui.observed_on_date.date())
        self.source = PartnerPicker(self.ui.partner_combo, self.ui.professional_combo, partners,
                                    professionals)
        self.persons = StatementPersonsPicker(self.ui.concerns_list, self.ui.source_person_combo, persons)
        for signal in (self.ui.text_edit.textChanged, self.ui.professional_combo.currentIndexChanged):
            signal.connect(self._check_diagnosis)
        self.ui.contra_check.toggled.connect(self._contra_toggled)
        self._contra_toggled(contra)
        self._check_diagnosis()
        self.ui.text_edit.setFocus()

    def _contra_toggled(self, on: bool) -> None:
        self.setWindowTitle(self.tr("Contrasignaal vastleggen") if on else self.tr("Signaal vastleggen"))
        self.ui.title_label.setText(self.windowTitle())

    def _check_diagnosis(self) -> None:
        terms = diagnosis_terms(self.ui.text_edit.toPlainText())
        qualified = self.source.professional_id() in self._qualified
        if terms and not qualified:
            self.ui.diagnosis_hint_label.setText(markers.DIAGNOSIS_FLAG.html() + " " + html.escape(self.tr(
                "‘%1’ klinkt als een diagnose. Zonder bevoegde professional als bron wordt dit "
                "signaal zo gemarkeerd.").replace("%1", ", ".join(terms))))
        else:
            self.ui.diagnosis_hint_label.clear()

    def submit(self) -> SignalInfo:
        return signals.record_signal(
            self.ctx, self.case_id, self.ui.text_edit.toPlainText(),
            enum_value(self.ui.statement_combo, StatementType),
            observed_on=from_qdate(self.ui.observed_on_date), partner_id=self.source.partner_id(),
            professional_id=self.source.professional_id(),
            source_detail=text_or_none(self.ui.source_detail_edit.text()),
            data_category=enum_value(self.ui.category_combo, DataCategory),
            is_contra=self.ui.contra_check.isChecked(),
            concerns=self.persons.concerns(), source_person=self.persons.source_person(),
        )


class VerifySignalDialog(ServiceDialog):
    def __init__(self, ctx: ServiceContext, signal: SignalInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_VerifySignalDialog(), parent)
        self.signal = signal
        self.ui.signal_value.setText(f"{signal.label}: {signal.text}")
        fill_enum(self.ui.verification_combo, (Verification.BEVESTIGD, Verification.WEERLEGD))
        set_date(self.ui.verified_on_date, self.today())
        self.ui.note_edit.setPlaceholderText(self.tr("Bij weerleggen verplicht: wat liet iets anders zien?"))

    def submit(self) -> SignalInfo:
        verification = enum_value(self.ui.verification_combo, Verification)
        return signals.verify_signal(self.ctx, self.signal.id, verification,
                                     from_qdate(self.ui.verified_on_date),
                                     text_or_none(self.ui.note_edit.toPlainText()))


class ReporterDialog(ServiceDialog):
    def __init__(self, ctx: ServiceContext, case_id: int, partners: Sequence[PartnerInfo],
                 professionals: Sequence[ProfessionalInfo], parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_ReporterDialog(), parent)
        self.case_id = case_id
        self.picker = PartnerPicker(self.ui.partner_combo, self.ui.professional_combo, partners,
                                    professionals)
        set_date(self.ui.reported_on_date, self.today())
        self.respond_by = RespondByDefault(self.ui.reported_on_date, self.ui.respond_by_date,
                                           self.ui.respond_by_source_label)
        self.routes = _chain_route(self, self.respond_by, self.ui.route_edit)

    def submit(self) -> ReporterInfo:
        route_id = self.routes.route_id()
        return cases.add_reporter(
            self.ctx, self.case_id, from_qdate(self.ui.reported_on_date), partner_id=self.picker.partner_id(),
            professional_id=self.picker.professional_id(), person=text_or_none(self.ui.person_edit.text()),
            route=None if route_id else text_or_none(self.ui.route_edit.text()),
            respond_by=self.respond_by.value(), chain_route_id=route_id, first_step_id=self.routes.step_id(),
        )


class FeedbackDialog(ServiceDialog):
    def __init__(self, ctx: ServiceContext, reporters: Sequence[tuple[str, ReporterInfo]],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_FeedbackDialog(), parent)
        fill_items(self.ui.reporter_combo,
                   [(f"{who} — gemeld {dutch_date(r.reported_on)}", r.id) for who, r in reporters])
        set_date(self.ui.given_on_date, self.today())
        if reporters:
            self.ui.given_to_edit.setText(reporters[-1][0])

    def submit(self) -> object:
        reporter_id = self.ui.reporter_combo.currentData()
        if reporter_id is None:
            raise ValidationError(self.tr("Leg eerst vast wie de melder is."))
        return cases.record_feedback(self.ctx, reporter_id, from_qdate(self.ui.given_on_date),
                                     self.ui.given_to_edit.text(), self.ui.content_edit.toPlainText())


class InformedDialog(ServiceDialog):
    """Per person: informed; not informed (a reason); or postponed (a reason and a review date)."""

    def __init__(self, ctx: ServiceContext, case_id: int, subjects: Sequence[SubjectInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_InformedDialog(), parent)
        self.case_id = case_id
        fill_items(self.ui.subject_combo, [(s.pseudonym, s.id) for s in subjects])
        fill_enum(self.ui.status_combo, InformedStatus)
        set_date(self.ui.informed_on_date, self.today())
        set_date(self.ui.review_date, self.today() + dt.timedelta(weeks=4))
        self.ui.status_combo.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    def _status_changed(self) -> None:
        status = enum_value(self.ui.status_combo, InformedStatus)
        informed = status is InformedStatus.JA
        postponed = status is InformedStatus.UITGESTELD
        for widget in (self.ui.informed_by_edit, self.ui.informed_on_date):
            widget.setEnabled(informed)
        for widget in (self.ui.reason_label, self.ui.reason_edit):
            widget.setVisible(not informed)
        for widget in (self.ui.review_label, self.ui.review_date):
            widget.setVisible(postponed)
        reason = self.tr("Reden uitstel") if postponed else self.tr("Reden niet informeren")
        self.ui.reason_label.setText("&" + reason)
        self.ui.reason_edit.setAccessibleName(reason)

    def submit(self) -> object:
        subject_id = self.ui.subject_combo.currentData()
        if subject_id is None:
            raise ValidationError(self.tr("Voeg eerst een betrokkene toe."))
        status = enum_value(self.ui.status_combo, InformedStatus)
        informed = status is InformedStatus.JA
        postponed = status is InformedStatus.UITGESTELD
        return cases.record_informed(
            self.ctx, self.case_id, subject_id, status,
            informed_by=text_or_none(self.ui.informed_by_edit.text()) if informed else None,
            informed_on=from_qdate(self.ui.informed_on_date) if informed else None,
            postponement_reason=None if informed else text_or_none(self.ui.reason_edit.toPlainText()),
            review_date=from_qdate(self.ui.review_date) if postponed else None,
            decision_moment=text_or_none(self.ui.decision_moment_edit.text()),
        )


class EscalationDialog(ServiceDialog):
    def __init__(self, ctx: ServiceContext, case_id: int, decisions: Sequence[CaseDecision],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_EscalationDialog(), parent)
        self.case_id = case_id
        fill_enum(self.ui.direction_combo, EscalationDirection)
        fill_items(self.ui.decision_combo,
                   [(f"{d.label} ({dutch_date(d.held_on)}): {d.text[:60]}", d.id) for d in decisions],
                   self.tr("— geen besluit —"))
        set_date(self.ui.occurred_on_date, self.today())

    def submit(self) -> object:
        return assessments.record_escalation(
            self.ctx, self.case_id, enum_value(self.ui.direction_combo, EscalationDirection),
            self.ui.reason_edit.toPlainText(), from_qdate(self.ui.occurred_on_date),
            decision_id=self.ui.decision_combo.currentData(),
        )

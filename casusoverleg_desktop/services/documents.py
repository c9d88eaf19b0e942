"""Documents: gather a meeting's content for its reader, build the PDF, sign it, log the export.

Each ``*_data`` function reads in one unit of work and returns frozen values (``documents.data``),
so a GUI can show a preview and call a builder with a progress callback. The ``export_*``
functions do the whole action: build in memory, add signature fields and signatures when asked,
record the export, and return a ``BuiltDocument``; ``save_pdf`` writes it atomically to the file
the user chose. Nothing is written anywhere else, and nothing at all before the vault is open.

Minutes: once a version is adopted, its first export is stored in the vault (with both signature
fields) and every later export or signature starts from that stored PDF, so the adopted text stays
frozen and the chair can sign after the minute taker. Signing needs an adopted version.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casusoverleg_desktop.documents import pki
from casusoverleg_desktop.documents.acrobat_instructions import build_acrobat_instructions
from casusoverleg_desktop.documents.agenda import build_agenda
from casusoverleg_desktop.documents.data import (
    ActionLine,
    ActionListData,
    AgendaData,
    AgendaSlot,
    AttendanceLine,
    BalanceSummary,
    BuiltDocument,
    CaInstructionData,
    CaseSection,
    ContributionLine,
    DecisionLine,
    ExportStamp,
    ExtractData,
    FeedbackLetterData,
    GeneralItem,
    MeetingHeader,
    MinutesData,
    MinutesState,
    RecoverySheetData,
    SubjectLine,
)
from casusoverleg_desktop.documents.extract import build_extract
from casusoverleg_desktop.documents.fields import field_specs, invisible_field, signature_fields
from casusoverleg_desktop.documents.layout import ProgressCallback, file_name
from casusoverleg_desktop.documents.letters import build_feedback_letter
from casusoverleg_desktop.documents.lists import build_action_list
from casusoverleg_desktop.documents.minutes import CHAIR_FIELD, SECRETARY_FIELD, build_minutes
from casusoverleg_desktop.documents.recovery_sheet import build_recovery_sheet
from casusoverleg_desktop.documents.signing import local_time, prepare_signature_fields
from casusoverleg_desktop.domain.agenda import case_item_title
from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    LegalBasis,
    MinutesStatus,
)
from casusoverleg_desktop.domain.labels import action_label, decision_label
from casusoverleg_desktop.domain.values import ActionTiming
from casusoverleg_desktop.errors import CasusoverlegError, InputError, NotFound, SigningError
from casusoverleg_desktop.services import minutes as minutes_service
from casusoverleg_desktop.services import signing
from casusoverleg_desktop.services.audit import record_opened, unit_of_work
from casusoverleg_desktop.services.balance import minutes_balance_summary
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.store.accounts import Role, UserAccount
from casusoverleg_desktop.store.document_models import DocumentExport, MinutesDocument
from casusoverleg_desktop.store.models import (
    ActionAddressee,
    ActionItem,
    ActionReview,
    AgendaItem,
    AgendaItemInvitation,
    Case,
    CaseItemAttendance,
    Contribution,
    Decision,
    DecisionShare,
    Meeting,
    MeetingAttendance,
    MinutesVersion,
    Partner,
    Professional,
    Reporter,
    ReporterFeedback,
    Subject,
)
from casusoverleg_desktop.store.pki_models import VaultAuthority

K = AgendaItemKind

STANDARD_ITEM_MINUTES: dict[AgendaItemKind, int] = {
    K.OPENING: 5, K.VASTSTELLEN_AGENDA: 2, K.VERSLAG_VORIGE: 10, K.MEDEDELINGEN: 5,
    K.RONDVRAAG: 5, K.SLUITING: 3,
}
"""Planned minutes of the standard points on the invitation; case items bring their own slot."""

DEFAULT_ORGANISATION = "Zorg- en Veiligheidshuis"
SIGNED_FIELD = "ondertekend"

BalanceProvider = Callable[[Session, int, int], BalanceSummary | None]
"""``provider(session, case_id, meeting_id)``: the balance-sheet summary of a case in a meeting."""


class SensitiveDataNotAcknowledged(CasusoverlegError):
    """An extract holds special-category or criminal data and the user has not confirmed it."""

    exit_code = 1

    def __init__(self, message: str, case_codes: tuple[str, ...]) -> None:
        super().__init__(message)
        self.case_codes = case_codes


class AmbiguousPartner(InputError):
    def __init__(self, message: str, candidates: tuple[str, ...]) -> None:
        super().__init__(message)
        self.candidates = candidates


@dataclass(frozen=True)
class PartnerChoice:
    id: int
    name: str


# -- who and what -----------------------------------------------------------------------------------


def find_partner(ctx: ServiceContext, fragment: str) -> PartnerChoice:
    """The one partner whose name contains ``fragment`` (case-insensitive); else a listing error."""
    wanted = fragment.strip().casefold()
    if not wanted:
        raise InputError("Geef (een deel van) de naam van de partner op.")
    with unit_of_work(ctx) as session:
        everyone = [PartnerChoice(p.id, p.name)
                    for p in session.scalars(select(Partner).order_by(Partner.name))]
    exact = [p for p in everyone if p.name.casefold() == wanted]
    found = exact or [p for p in everyone if wanted in p.name.casefold()]
    if len(found) == 1:
        return found[0]
    if not found:
        names = tuple(p.name for p in everyone)
        raise AmbiguousPartner(
            f"Geen partner heeft '{fragment}' in de naam. Partners: {', '.join(names) or 'geen'}.", names)
    names = tuple(p.name for p in found)
    raise AmbiguousPartner(
        f"'{fragment}' past bij meer dan één partner: {', '.join(names)}. Geef een uniek deel van de "
        "naam.", names)


def _stamp(session: Session, ctx: ServiceContext) -> ExportStamp:
    account = session.scalar(select(UserAccount).where(UserAccount.login == ctx.actor))
    organisation = account.organisation if account and account.organisation else ""
    if not organisation:
        authority = session.scalars(select(VaultAuthority).order_by(VaultAuthority.id)).first()
        if authority is not None:
            cert = pki.load_certificates_pem(authority.certificate_pem)[0]
            organisation = pki.describe_certificate(cert).organisation
    return ExportStamp(local_time(ctx.clock()).date(),
                       account.display_name if account else ctx.actor,
                       organisation or DEFAULT_ORGANISATION)


def _account_role(session: Session, login: str) -> Role | None:
    return session.scalar(select(UserAccount.role).where(UserAccount.login == login))


# -- gathering -------------------------------------------------------------------------------------


class _Names:
    """Partner and professional names looked up once per unit of work."""

    def __init__(self, session: Session) -> None:
        self.partners = {p.id: p.name for p in session.scalars(select(Partner))}
        self.professionals = {p.id: p for p in session.scalars(select(Professional))}

    def partner(self, partner_id: int | None) -> str:
        return self.partners.get(partner_id, "—") if partner_id else "—"

    def person(self, professional_id: int | None) -> str | None:
        person = self.professionals.get(professional_id) if professional_id else None
        if person is None:
            return None
        return person.name + (f", {person.function}" if person.function else "")


def _legal_basis(case: Case) -> str:
    if case.legal_basis is LegalBasis.CONVENANT and case.covenant_name:
        return f"Convenant {case.covenant_name}"
    return case.legal_basis.label


def _header(session: Session, meeting: Meeting, names: _Names, cases: Sequence[Case]) -> MeetingHeader:
    return MeetingHeader(
        id=meeting.id, type_label=meeting.meeting_type.label, title=meeting.title,
        held_on=meeting.held_on, start_time=meeting.start_time, end_time=meeting.end_time,
        location=meeting.location, chair=names.person(meeting.chair_id),
        minute_taker=names.person(meeting.minute_taker_id),
        legal_bases=tuple(dict.fromkeys(_legal_basis(c) for c in cases)),
        next_meeting_on=meeting.next_meeting_on)


def _case_items(meeting: Meeting) -> list[AgendaItem]:
    return [item for item in meeting.agenda if item.kind is K.CASUS]


def _cases_of(session: Session, items: Sequence[AgendaItem]) -> dict[int, Case]:
    return {item.id: fetch(session, Case, item.case_id) for item in items}


def _numbering(meeting: Meeting) -> tuple[dict[int, str], str]:
    """Agenda numbers: standard points 1, 2, …; a run of case items shares one number (5.1, 5.2)."""
    numbers: dict[int, str] = {}
    current, case_number, sub, in_cases = 0, "", 0, False
    for item in meeting.agenda:
        if item.kind is K.CASUS:
            if not in_cases:
                current += 1
                case_number = case_number or str(current)
                sub, in_cases = 0, True
            sub += 1
            numbers[item.id] = f"{current}.{sub}"
        else:
            current += 1
            in_cases = False
            numbers[item.id] = str(current)
    return numbers, case_number or str(current + 1)


def _attendance(session: Session, meeting_id: int, names: _Names) -> tuple[AttendanceLine, ...]:
    rows = session.scalars(select(MeetingAttendance).where(MeetingAttendance.meeting_id == meeting_id)
                           .order_by(MeetingAttendance.id))
    return tuple(AttendanceLine(names.partner(r.partner_id), names.person(r.professional_id), r.status,
                                r.note) for r in rows)


def _invited(session: Session, item_id: int) -> list[int]:
    return list(session.scalars(select(AgendaItemInvitation.partner_id).where(
        AgendaItemInvitation.agenda_item_id == item_id).order_by(AgendaItemInvitation.id)))


def _subjects(session: Session, case_id: int) -> tuple[SubjectLine, ...]:
    lines = []
    for s in session.scalars(select(Subject).where(Subject.case_id == case_id).order_by(Subject.id)):
        parts = [s.relation.label.lower() if s.relation else s.role.label.lower()]
        if s.age is not None:
            parts.append(f"{s.age} jaar")
        if s.has_gezag:
            parts.append("gezag")
        lines.append(SubjectLine(s.pseudonym, ", ".join(parts)))
    return tuple(lines)


def _addressees(session: Session, action_id: int) -> list[int]:
    return list(session.scalars(select(ActionAddressee.partner_id).where(
        ActionAddressee.action_item_id == action_id).order_by(ActionAddressee.id)))


def _action_line(session: Session, a: ActionItem, names: _Names, codes: dict[int, str],
                 review_note: str | None = None) -> ActionLine:
    origin = session.get(Meeting, a.origin_meeting_id)
    owner = names.partner(a.owner_partner_id)
    detail = names.person(a.owner_professional_id) or a.owner_detail
    concerns = session.get(Subject, a.concerned_subject_id) if a.concerned_subject_id else None
    return ActionLine(
        label=action_label(a.number), origin_date=origin.held_on, description=a.description,
        owner=owner + (f" ({detail})" if detail else ""),
        when=ActionTiming(a.due_date, a.condition, a.ongoing).text, status=a.status,
        case_code=codes.get(a.case_id) if a.case_id else None,
        addressed_to=tuple(names.partner(p) for p in _addressees(session, a.id)),
        concerns=concerns.pseudonym if concerns else None, postponements=a.postponement_count,
        review_note=review_note)


def _case_codes(session: Session) -> dict[int, str]:
    return {case_id: code for case_id, code in session.execute(select(Case.id, Case.code))}


def _meeting_decisions(session: Session, meeting_id: int) -> list[Decision]:
    return list(session.scalars(select(Decision).where(Decision.meeting_id == meeting_id)
                                .order_by(Decision.number)))


def _shares(session: Session, decision_id: int) -> list[int]:
    return list(session.scalars(select(DecisionShare.partner_id).where(
        DecisionShare.decision_id == decision_id).order_by(DecisionShare.id)))


def _decision_line(session: Session, d: Decision, names: _Names, codes: dict[int, str]) -> DecisionLine:
    return DecisionLine(decision_label(d.number), d.text, codes.get(d.case_id) if d.case_id else None,
                        tuple(names.partner(p) for p in _shares(session, d.id)))


def _meeting_actions(session: Session, meeting_id: int) -> list[ActionItem]:
    return list(session.scalars(select(ActionItem).where(ActionItem.origin_meeting_id == meeting_id)
                                .order_by(ActionItem.number)))


def _reviews(session: Session, meeting_id: int) -> list[tuple[ActionReview, ActionItem]]:
    rows = session.execute(
        select(ActionReview, ActionItem)
        .join(ActionItem, ActionItem.id == ActionReview.action_item_id)
        .join(Meeting, Meeting.id == ActionItem.origin_meeting_id)
        .where(ActionReview.meeting_id == meeting_id)
        .order_by(Meeting.held_on, ActionItem.number))
    return [(review, action) for review, action in rows]


def _belongs_to(item: AgendaItem, case_id: int | None, agenda_item_id: int | None) -> bool:
    return agenda_item_id == item.id or (agenda_item_id is None and case_id == item.case_id)


def _case_section(session: Session, meeting: Meeting, item: AgendaItem, case: Case, names: _Names,
                  codes: dict[int, str], balance: BalanceProvider, *, start: dt.time | None = None,
                  for_partner: int | None = None) -> CaseSection:
    """A case item, complete (``for_partner`` None) or filtered to what one partner may see."""
    def visible_action(a: ActionItem) -> bool:
        return for_partner is None or for_partner == a.owner_partner_id or \
            for_partner in _addressees(session, a.id)

    contributions = [c for c in session.scalars(select(Contribution).where(
        Contribution.agenda_item_id == item.id).order_by(Contribution.id))
        if for_partner is None or c.partner_id == for_partner]
    decisions = [d for d in _meeting_decisions(session, meeting.id)
                 if _belongs_to(item, d.case_id, d.agenda_item_id)
                 and (for_partner is None or for_partner in _shares(session, d.id))]
    actions = [a for a in _meeting_actions(session, meeting.id)
               if _belongs_to(item, a.case_id, a.agenda_item_id) and visible_action(a)]
    reviewed = [(r, a) for r, a in _reviews(session, meeting.id)
                if a.case_id == case.id and visible_action(a)]
    attendance = session.scalars(select(CaseItemAttendance).where(
        CaseItemAttendance.agenda_item_id == item.id).order_by(CaseItemAttendance.id))
    return CaseSection(
        code=case.code, legal_basis=_legal_basis(case), question=item.question, start_time=start,
        slot_minutes=item.slot_minutes,
        invited=tuple(names.partner(p) for p in _invited(session, item.id)),
        attendance=() if for_partner is not None else tuple(
            AttendanceLine(names.partner(r.partner_id), names.person(r.professional_id), r.status, r.note)
            for r in attendance),
        subjects=_subjects(session, case.id),
        contributions=tuple(
            ContributionLine(names.partner(c.partner_id), names.person(c.professional_id), c.bob_phase,
                             c.statement_type, c.data_category, c.text, c.diagnosis_flag)
            for c in sorted(contributions, key=lambda c: list(type(c.bob_phase)).index(c.bob_phase))),
        balance=balance(session, case.id, meeting.id) if for_partner is None else None,
        decisions=tuple(_decision_line(session, d, names, codes) for d in decisions),
        actions=tuple(_action_line(session, a, names, codes) for a in actions),
        reviewed_actions=tuple(_action_line(session, a, names, codes, r.note) for r, a in reviewed),
        notes=item.notes if for_partner is None else None,
    )


def _start_times(meeting: Meeting) -> dict[int, dt.time | None]:
    """Start time per agenda item from the meeting's start and the slots; unknown after a gap."""
    times: dict[int, dt.time | None] = {}
    moment = (dt.datetime.combine(meeting.held_on, meeting.start_time) if meeting.start_time else None)
    for item in meeting.agenda:
        times[item.id] = moment.time() if moment else None
        minutes = item.slot_minutes if item.kind is K.CASUS else STANDARD_ITEM_MINUTES.get(item.kind)
        if moment is not None:
            moment = moment + dt.timedelta(minutes=minutes) if minutes is not None else None
    return times


def agenda_data(ctx: ServiceContext, meeting_id: int, *, with_questions: bool = False) -> AgendaData:
    """The invitation: slots and invited partners. Case questions only when asked for (they go to
    every invitee, also those not invited for that case)."""
    with unit_of_work(ctx) as session:
        meeting = fetch(session, Meeting, meeting_id)
        names = _Names(session)
        items = _case_items(meeting)
        cases = _cases_of(session, items)
        numbers, _ = _numbering(meeting)
        times = _start_times(meeting)
        slots = []
        invited_all: dict[str, None] = {}
        for item in meeting.agenda:
            invited = tuple(names.partner(p) for p in _invited(session, item.id))
            invited_all.update(dict.fromkeys(invited))
            case = cases.get(item.id)
            slots.append(AgendaSlot(
                number=numbers[item.id], title=case_item_title(case.code) if case else item.title,
                start_time=times[item.id],
                minutes=item.slot_minutes if case else STANDARD_ITEM_MINUTES.get(item.kind),
                case_code=case.code if case else None,
                question=item.question if with_questions else None, invited=invited))
        present = [a.partner for a in _attendance(session, meeting.id, names)]
        return AgendaData(_header(session, meeting, names, list(cases.values())), tuple(slots),
                          tuple(dict.fromkeys([*present, *invited_all])), _stamp(session, ctx))


def _minutes_state(session: Session, meeting_id: int) -> tuple[MinutesVersion | None, MinutesState | None]:
    version = session.scalars(select(MinutesVersion).where(MinutesVersion.meeting_id == meeting_id)
                              .order_by(MinutesVersion.version.desc())).first()
    if version is None:
        return None, None
    adopted_in = None
    if version.adopted_in_meeting_id:
        adopting = session.get(Meeting, version.adopted_in_meeting_id)
        adopted_in = adopting.title or adopting.meeting_type.label.split(" (")[0]
    return version, MinutesState(version.version, version.status, version.adopted_on, adopted_in,
                                 version.adoption_corrections, version.correction_note)


def minutes_data(ctx: ServiceContext, meeting_id: int, *,
                 balance: BalanceProvider = minutes_balance_summary) -> MinutesData:
    """Everything the full minutes print; reading it is recorded in the audit trail."""
    with unit_of_work(ctx) as session:
        meeting = fetch(session, Meeting, meeting_id)
        record_opened(session, Meeting.__tablename__, meeting.id, "verslag samengesteld")
        return _minutes_data(session, ctx, meeting, balance)


def _minutes_data(session: Session, ctx: ServiceContext, meeting: Meeting,
                  balance: BalanceProvider) -> MinutesData:
    names = _Names(session)
    codes = _case_codes(session)
    items = _case_items(meeting)
    cases = _cases_of(session, items)
    numbers, case_number = _numbering(meeting)
    times = _start_times(meeting)

    def general(kind: AgendaItemKind) -> GeneralItem:
        item = next((i for i in meeting.agenda if i.kind is kind), None)
        if item is None:
            return GeneralItem("–", kind.label, None)
        return GeneralItem(numbers[item.id], item.title, item.notes)

    adopted_here = session.scalars(select(MinutesVersion).where(
        MinutesVersion.adopted_in_meeting_id == meeting.id).order_by(MinutesVersion.id))
    previous = []
    for version in adopted_here:
        earlier = session.get(Meeting, version.meeting_id)
        sentence = f"Het verslag van de vergadering van {earlier.held_on:%d-%m-%Y} wordt vastgesteld"
        sentence += (f" met de volgende correcties: {version.adoption_corrections}"
                     if version.adoption_corrections else " zonder wijzigingen.")
        previous.append(sentence if sentence.endswith(".") else sentence + ".")
    general_reviews = tuple(_action_line(session, a, names, codes, r.note)
                            for r, a in _reviews(session, meeting.id) if a.case_id is None)
    _, state = _minutes_state(session, meeting.id)
    return MinutesData(
        meeting=_header(session, meeting, names, list(cases.values())), state=state,
        attendance=_attendance(session, meeting.id, names),
        opening=general(K.OPENING), agenda_item=general(K.VASTSTELLEN_AGENDA),
        agenda_titles=tuple(i.title for i in meeting.agenda),
        previous=general(K.VERSLAG_VORIGE), previous_minutes=tuple(previous),
        reviewed_actions=general_reviews, announcements=general(K.MEDEDELINGEN),
        case_number=case_number,
        cases=tuple(_case_section(session, meeting, item, cases[item.id], names, codes, balance,
                                  start=times[item.id]) for item in items),
        any_other_business=general(K.RONDVRAAG), closing=general(K.SLUITING),
        closed_at=meeting.end_time, stamp=_stamp(session, ctx))


def action_list_data(ctx: ServiceContext, meeting_id: int) -> ActionListData:
    """This meeting's decisions and actions, and the open actions of earlier meetings."""
    with unit_of_work(ctx) as session:
        meeting = fetch(session, Meeting, meeting_id)
        record_opened(session, Meeting.__tablename__, meeting.id, "besluiten- en actielijst samengesteld")
        names = _Names(session)
        codes = _case_codes(session)
        cases = _cases_of(session, _case_items(meeting))
        reviews = {a.id: r.note for r, a in _reviews(session, meeting.id)}
        carried_rows = session.scalars(
            select(ActionItem).join(Meeting, Meeting.id == ActionItem.origin_meeting_id)
            .where(Meeting.held_on < meeting.held_on,
                   ActionItem.status.in_([ActionStatus.OPEN, ActionStatus.LOOPT]))
            .order_by(Meeting.held_on, ActionItem.number))
        case_ids = {c.id for c in cases.values()}
        carried = [a for a in carried_rows if a.id in reviews or a.case_id is None or a.case_id in case_ids]
        codes_in_use = list(dict.fromkeys(
            [c.code for c in cases.values()] + [codes[a.case_id] for a in carried if a.case_id]))
        return ActionListData(
            meeting=_header(session, meeting, names, list(cases.values())),
            attendance=_attendance(session, meeting.id, names),
            decisions=tuple(_decision_line(session, d, names, codes)
                            for d in _meeting_decisions(session, meeting.id)),
            actions=tuple(_action_line(session, a, names, codes)
                          for a in _meeting_actions(session, meeting.id)),
            carried=tuple(_action_line(session, a, names, codes, reviews.get(a.id)) for a in carried),
            case_codes=tuple(codes_in_use), stamp=_stamp(session, ctx))


def extract_data(ctx: ServiceContext, meeting_id: int, partner_id: int) -> ExtractData:
    """What ``partner_id`` may receive of this meeting (need to know)."""
    with unit_of_work(ctx) as session:
        meeting = fetch(session, Meeting, meeting_id)
        partner = fetch(session, Partner, partner_id)
        record_opened(session, Meeting.__tablename__, meeting.id, f"uittreksel voor partner {partner.id}")
        names = _Names(session)
        codes = _case_codes(session)
        items = [i for i in _case_items(meeting) if partner.id in _invited(session, i.id)]
        cases = _cases_of(session, items)
        times = _start_times(meeting)
        sections = tuple(_case_section(session, meeting, item, cases[item.id], names, codes,
                                       minutes_balance_summary, start=times[item.id], for_partner=partner.id)
                         for item in items)
        return ExtractData(_header(session, meeting, names, list(cases.values())), partner.name,
                           sections, _stamp(session, ctx))


def feedback_letter_data(ctx: ServiceContext, feedback_id: int) -> FeedbackLetterData:
    """A letter from a recorded terugkoppeling: only its content goes to the reporter."""
    with unit_of_work(ctx) as session:
        feedback = session.get(ReporterFeedback, feedback_id)
        if feedback is None:
            raise NotFound(f"De terugkoppeling met nummer {feedback_id} bestaat niet (meer).")
        reporter = fetch(session, Reporter, feedback.reporter_id)
        case = fetch(session, Case, reporter.case_id)
        record_opened(session, Case.__tablename__, case.id, "terugkoppelingsbrief samengesteld")
        names = _Names(session)
        stamp = _stamp(session, ctx)
        role = _account_role(session, ctx.actor)
        addressee = reporter.person or names.person(reporter.professional_id) or feedback.given_to
        return FeedbackLetterData(
            case_code=case.code, legal_basis=_legal_basis(case), addressee=addressee,
            addressee_organisation=names.partner(reporter.partner_id) if reporter.partner_id else None,
            reported_on=reporter.reported_on, given_on=feedback.given_on, content=feedback.content,
            sender=stamp.exporter, sender_role=role.label if role else "procesregisseur", stamp=stamp)


# -- exporting ---------------------------------------------------------------------------------------


def _signer_label(session: Session, ctx: ServiceContext) -> tuple[str, str]:
    account = session.scalar(select(UserAccount).where(UserAccount.login == ctx.actor))
    name = account.display_name if account else ctx.actor
    role = account.role.label if account else ""
    return SIGNED_FIELD, f"Ondertekend: {name}" + (f", {role}" if role else "")


def _sign_built(ctx: ServiceContext, built: BuiltDocument, reason: str = "ondertekend") -> BuiltDocument:
    prepared = prepare_signature_fields(built.pdf, field_specs(built.signature_areas))
    signed = signing.sign_document(ctx, prepared, SIGNED_FIELD, reason=reason)
    return BuiltDocument(signed, built.page_count, built.title, built.suggested_name, built.signature_areas)


def _log_export(ctx: ServiceContext, kind: str, built: BuiltDocument, *, meeting_id: int | None,
                partner_id: int | None = None, signed: bool = False) -> None:
    with unit_of_work(ctx) as session:
        session.add(DocumentExport(
            kind=kind, meeting_id=meeting_id, partner_id=partner_id, signed=signed,
            sha256=hashlib.sha256(built.pdf).hexdigest(), page_count=built.page_count,
            exported_at=ctx.clock(), exported_by=ctx.actor))


def _signature_request(ctx: ServiceContext, sign: bool) -> tuple[tuple[str, str], ...]:
    if not sign:
        return ()
    with unit_of_work(ctx) as session:
        return (_signer_label(session, ctx),)


def export_agenda(ctx: ServiceContext, meeting_id: int, *, sign: bool = False, with_questions: bool = False,
                  progress: ProgressCallback | None = None) -> BuiltDocument:
    data = agenda_data(ctx, meeting_id, with_questions=with_questions)
    built = build_agenda(data, signature_fields=_signature_request(ctx, sign), progress=progress)
    if sign:
        built = _sign_built(ctx, built)
    _log_export(ctx, "agenda", built, meeting_id=meeting_id, signed=sign)
    return built


def export_action_list(ctx: ServiceContext, meeting_id: int, *, sign: bool = False,
                       progress: ProgressCallback | None = None) -> BuiltDocument:
    data = action_list_data(ctx, meeting_id)
    built = build_action_list(data, signature_fields=_signature_request(ctx, sign), progress=progress)
    if sign:
        built = _sign_built(ctx, built)
    _log_export(ctx, "besluiten- en actielijst", built, meeting_id=meeting_id, signed=sign)
    return built


def check_extract_acknowledged(data: ExtractData, acknowledge_sensitive: bool) -> None:
    """Special-category or criminal data leave the vault only after an explicit confirmation."""
    if not data.has_marked_data or acknowledge_sensitive:
        return
    marked = tuple(c.code for c in data.cases if c.has_marked_data)
    kinds = sorted({c.data_category.label.lower() for case in data.cases for c in case.contributions
                    if c.data_category.is_marked})
    raise SensitiveDataNotAcknowledged(
        f"Het uittreksel voor {data.partner} bevat gemarkeerde gegevens ({', '.join(kinds)}) in "
        f"casus {', '.join(marked)}. Exporteer het alleen als {data.partner} deze gegevens nodig heeft, "
        "en bevestig dat uitdrukkelijk.", marked)


def export_extract(ctx: ServiceContext, meeting_id: int, partner_id: int, *,
                   acknowledge_sensitive: bool = False, sign: bool = False,
                   progress: ProgressCallback | None = None) -> BuiltDocument:
    """The partner's extract; raises ``SensitiveDataNotAcknowledged`` unless confirmed when needed."""
    data = extract_data(ctx, meeting_id, partner_id)
    check_extract_acknowledged(data, acknowledge_sensitive)
    built = build_extract(data, signature_fields=_signature_request(ctx, sign), progress=progress,
                          partner_key=str(partner_id))
    if sign:
        built = _sign_built(ctx, built, reason="verstrekt")
    _log_export(ctx, "uittreksel", built, meeting_id=meeting_id, partner_id=partner_id, signed=sign)
    return built


def export_feedback_letter(ctx: ServiceContext, feedback_id: int) -> BuiltDocument:
    built = build_feedback_letter(feedback_letter_data(ctx, feedback_id))
    _log_export(ctx, "terugkoppeling", built, meeting_id=None)
    return built


# -- minutes: stored revisions and the two signatures -------------------------------------------------


def _role_field(role: Role | None) -> tuple[str, str]:
    if role is Role.SECRETARY:
        return SECRETARY_FIELD, "opgesteld"
    if role is Role.CHAIR:
        return CHAIR_FIELD, "vastgesteld"
    raise SigningError("Alleen de notulist en de voorzitter ondertekenen een verslag.")


def _latest_stored(session: Session, version_id: int) -> MinutesDocument | None:
    return session.scalars(select(MinutesDocument).where(MinutesDocument.minutes_version_id == version_id)
                           .order_by(MinutesDocument.revision.desc())).first()


def _store(session: Session, ctx: ServiceContext, version_id: int, pdf: bytes, pages: int,
           step: str) -> None:
    revision = 1 + (session.scalar(select(func.max(MinutesDocument.revision)).where(
        MinutesDocument.minutes_version_id == version_id)) or 0)
    session.add(MinutesDocument(minutes_version_id=version_id, revision=revision, pdf=pdf,
                                sha256=hashlib.sha256(pdf).hexdigest(), page_count=pages, step=step,
                                created_at=ctx.clock(), created_by=ctx.actor))


def _check_order(fields: dict[str, bool], field: str) -> None:
    if field not in fields:
        raise SigningError(f"Dit document heeft geen handtekeningveld '{field}'.")
    if fields[field]:
        raise SigningError(f"Het veld '{field}' is al ondertekend.")
    if field == CHAIR_FIELD and not fields.get(SECRETARY_FIELD, True):
        raise SigningError("De notulist ondertekent eerst (opgesteld); daarna de voorzitter (vastgesteld).")


def export_minutes(ctx: ServiceContext, meeting_id: int, *, sign: bool = False,
                   balance: BalanceProvider = minutes_balance_summary,
                   progress: ProgressCallback | None = None) -> BuiltDocument:
    """The full minutes; with ``sign`` the acting user's signature (notulist or voorzitter) is added.

    A concept is built fresh each time (marked CONCEPT, no fields). An adopted version is built
    once, stored with both signature fields, and from then on taken from the vault.
    """
    with unit_of_work(ctx) as session:
        meeting = fetch(session, Meeting, meeting_id)
        record_opened(session, Meeting.__tablename__, meeting.id, "verslag samengesteld")
        version, _ = _minutes_state(session, meeting.id)
        adopted = version is not None and version.status is not MinutesStatus.CONCEPT
        stored = _latest_stored(session, version.id) if adopted else None
        data = _minutes_data(session, ctx, meeting, balance) if stored is None else None
        role = _account_role(session, ctx.actor)
        version_id = version.id if version else None
    if sign and not adopted:
        raise SigningError("Alleen een vastgesteld verslag wordt ondertekend. Stel het verslag eerst vast "
                           "in een volgende vergadering.")
    if stored is not None:
        title, name = _stored_names(meeting)
        built = BuiltDocument(stored.pdf, stored.page_count, title, name)
        if progress is not None:
            progress(1, 1)
    else:
        built = build_minutes(data, progress=progress)
        if adopted:
            prepared = prepare_signature_fields(built.pdf, field_specs(built.signature_areas))
            built = BuiltDocument(prepared, built.page_count, built.title, built.suggested_name,
                                  built.signature_areas)
            with unit_of_work(ctx) as session:
                _store(session, ctx, version_id, prepared, built.page_count, "velden aangemaakt")
    if sign:
        field, reason = _role_field(role)
        built = BuiltDocument(_sign_minutes_pdf(ctx, version_id, built.pdf, built.page_count, field,
                                                reason, meeting.location or ""),
                              built.page_count, built.title, built.suggested_name)
    _log_export(ctx, "verslag", built, meeting_id=meeting_id, signed=sign)
    return built


def _stored_names(meeting: Meeting) -> tuple[str, str]:
    title = f"Verslag {meeting.meeting_type.label.split(' (')[0]} {meeting.held_on:%d-%m-%Y}"
    return title, file_name("verslag", f"{meeting.held_on:%Y-%m-%d}", "ondertekend")


def _sign_minutes_pdf(ctx: ServiceContext, version_id: int, pdf: bytes, pages: int, field: str,
                      reason: str, location: str) -> bytes:
    fields = signature_fields(pdf)
    _check_order(fields, field)
    signed = signing.sign_document(ctx, pdf, field, reason=reason, location=location)
    with unit_of_work(ctx) as session:
        _store(session, ctx, version_id, signed, pages, reason)
    fields[field] = True
    if fields.get(SECRETARY_FIELD) and fields.get(CHAIR_FIELD):
        _mark_signed(ctx, version_id)
    return signed


def _mark_signed(ctx: ServiceContext, version_id: int) -> None:
    """Both signatures are in: the minutes version becomes 'ondertekend'."""
    with unit_of_work(ctx) as session:
        version = fetch(session, MinutesVersion, version_id)
        if version.status is not MinutesStatus.VASTGESTELD:
            return
        meeting = fetch(session, Meeting, version.meeting_id)
        names = _Names(session)
        chair = names.person(meeting.chair_id) or ctx.actor
        taker = names.person(meeting.minute_taker_id) or "notulist"
        today = max(local_time(ctx.clock()).date(), version.adopted_on)
    minutes_service.sign_minutes(ctx, version_id, chair, taker, today)


def sign_existing_pdf(ctx: ServiceContext, pdf_bytes: bytes) -> bytes:
    """Add the acting user's signature to a PDF (``casusoverleg sign``).

    The field follows the user's role (notulist: 'opgesteld', voorzitter: 'vastgesteld'); a PDF with
    exactly one empty field gets that one; an unsigned PDF without fields gets an invisible one. A
    stored minutes revision signed this way is stored again, so the next signer can continue.
    """
    fields = signature_fields(pdf_bytes)
    with unit_of_work(ctx) as session:
        role = _account_role(session, ctx.actor)
        stored = session.scalars(select(MinutesDocument).where(
            MinutesDocument.sha256 == hashlib.sha256(pdf_bytes).hexdigest())
            .order_by(MinutesDocument.id.desc())).first()
        stored_version, stored_pages = (stored.minutes_version_id, stored.page_count) if stored else (None, 0)
    preferred = {Role.SECRETARY: SECRETARY_FIELD, Role.CHAIR: CHAIR_FIELD}.get(role, SIGNED_FIELD)
    reason = {SECRETARY_FIELD: "opgesteld", CHAIR_FIELD: "vastgesteld"}.get(preferred, "ondertekend")
    empty = [name for name, filled in fields.items() if not filled]
    if preferred in fields:
        field = preferred
    elif len(empty) == 1:
        field, reason = empty[0], "ondertekend"
    elif not fields:
        pdf_bytes = prepare_signature_fields(pdf_bytes, [invisible_field(preferred)])
        field = preferred
    elif not empty:
        raise SigningError("Alle handtekeningvelden van dit document zijn al ondertekend; een nieuw veld "
                           "toevoegen zou de bestaande handtekeningen ongeldig maken.")
    else:
        raise SigningError("Dit document heeft meerdere lege handtekeningvelden ("
                           f"{', '.join(empty)}) en geen veld voor uw rol.")
    if stored_version is not None:
        return _sign_minutes_pdf(ctx, stored_version, pdf_bytes, stored_pages, field, reason, "")
    _check_order(signature_fields(pdf_bytes), field)
    return signing.sign_document(ctx, pdf_bytes, field, reason=reason)


# -- the CA for recipients, and the recovery sheet ---------------------------------------------------


def ca_for_recipients(ctx: ServiceContext, pem_file_name: str = "ca.pem") -> tuple[bytes, BuiltDocument]:
    """The vault CA's certificate (PEM) and the one-page Acrobat instruction that goes with it."""
    pem = signing.export_ca_certificate(ctx)
    cert = pki.load_certificates_pem(pem)[0]
    info = pki.describe_certificate(cert)
    with unit_of_work(ctx) as session:
        stamp = _stamp(session, ctx)
    sha1 = ":".join(f"{b:02X}" for b in cert.fingerprint(hashes.SHA1()))  # noqa: S303 - what Acrobat shows
    built = build_acrobat_instructions(CaInstructionData(
        ca_name=info.name, organisation=info.organisation or stamp.organisation, sha256=info.fingerprint,
        sha1=sha1, valid_until=info.valid_until.date(), file_name=pem_file_name, stamp=stamp))
    return pem, built


def recovery_sheet(recovery_code: str, vault_id: str, user: str, created_on: dt.date, *,
                   organisation: str = "", vault_location: str = "") -> BuiltDocument:
    """The paper recovery sheet for the first-run wizard (no vault session needed)."""
    return build_recovery_sheet(RecoverySheetData(recovery_code, vault_id, created_on, user, organisation,
                                                  vault_location))


# -- writing the file ---------------------------------------------------------------------------------


def save_pdf(path: Path | str, pdf_bytes: bytes) -> Path:
    """Write atomically where the user chose: a temporary file beside it, then a rename.

    The temporary file is the finished document itself (built in memory); it is removed when
    anything goes wrong, so no partial or extra copy is left behind.
    """
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"De map {folder} bestaat niet; kies een bestaande map voor {target.name}.")
    if target.is_dir():
        raise InputError(f"{target} is een map; geef een bestandsnaam op.")
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".deel", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(pdf_bytes)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise InputError(f"{target} kan niet worden geschreven: {exc.strerror or exc}.") from None
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return target


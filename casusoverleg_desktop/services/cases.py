"""Cases: lifecycle, people involved, reporters and their feedback, informing those concerned."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.enums import (
    CaseNoteKind,
    CaseStatus,
    ClosureReason,
    DataCategory,
    InformedStatus,
    LegalBasis,
    Relation,
    StatementType,
    SubjectRole,
)
from casusoverleg_desktop.domain.lifecycle import INITIAL_STATUS, check_closure, check_transition
from casusoverleg_desktop.domain.rules import (
    check_case_code,
    check_informed,
    check_informed_reason,
    check_legal_basis,
    check_subject,
    require_text,
)
from casusoverleg_desktop.domain.workdays import default_respond_by
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services.audit import record_opened
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import (
    check_case_open,
    check_professional_of,
    check_subject_of,
    fetch,
)
from casusoverleg_desktop.services.retention import fix_retention
from casusoverleg_desktop.services.signal_routes import place_on_route, promised_respond_by
from casusoverleg_desktop.services.signals import SignalInfo, signal_infos
from casusoverleg_desktop.store.models import (
    Assessment,
    Case,
    CaseNote,
    CaseTransition,
    Consultation,
    EscalationEvent,
    InformedRecord,
    Partner,
    Professional,
    Reporter,
    ReporterFeedback,
    Signal,
    Subject,
)

# The case's own rows that ``open_case`` lists.
CaseRowT = TypeVar("CaseRowT", Reporter, InformedRecord, Signal, CaseNote, Consultation, Assessment,
                   EscalationEvent)


@dataclass(frozen=True)
class CaseSummary:
    id: int
    code: str
    status: CaseStatus
    legal_basis: LegalBasis
    covenant_name: str | None
    opened_on: dt.date
    case_manager_id: int | None
    next_review_date: dt.date | None
    closure_reason: ClosureReason | None
    closed_on: dt.date | None


@dataclass(frozen=True)
class TransitionInfo:
    from_status: CaseStatus | None
    to_status: CaseStatus
    at: dt.datetime
    by: str
    rationale: str | None


@dataclass(frozen=True)
class SubjectInfo:
    id: int
    pseudonym: str
    role: SubjectRole
    relation: Relation | None
    age: int | None
    date_of_birth: dt.date | None
    has_gezag: bool | None
    living_situation: str | None
    note: str | None


@dataclass(frozen=True)
class FeedbackInfo:
    id: int
    given_on: dt.date
    given_to: str
    content: str
    given_by: str


@dataclass(frozen=True)
class ReporterInfo:
    id: int
    partner_id: int | None
    professional_id: int | None
    person: str | None
    route: str | None
    reported_on: dt.date
    respond_by: dt.date
    feedback: tuple[FeedbackInfo, ...] = ()


@dataclass(frozen=True)
class InformedInfo:
    id: int
    subject_id: int
    status: InformedStatus
    informed_by: str | None
    informed_on: dt.date | None
    postponement_reason: str | None
    review_date: dt.date | None
    decision_moment: str | None
    superseded: bool


@dataclass(frozen=True)
class NoteInfo:
    id: int
    kind: CaseNoteKind
    label: str | None
    text: str
    noted_on: dt.date | None
    statement_type: StatementType | None
    data_category: DataCategory
    source_partner_id: int | None
    source_detail: str | None


@dataclass(frozen=True)
class ConsultationInfo:
    id: int
    partner_id: int
    kind: str
    consulted_on: dt.date | None


@dataclass(frozen=True)
class CaseDetail:
    """Everything in a case file; reading it is recorded in the audit trail."""

    case: CaseSummary
    transitions: tuple[TransitionInfo, ...]
    subjects: tuple[SubjectInfo, ...]
    reporters: tuple[ReporterInfo, ...]
    informed: tuple[InformedInfo, ...]
    signals: tuple[SignalInfo, ...]
    notes: tuple[NoteInfo, ...]
    consultations: tuple[ConsultationInfo, ...]
    assessment_ids: tuple[int, ...]
    escalation_ids: tuple[int, ...]


def case_summary(case: Case) -> CaseSummary:
    return CaseSummary(case.id, case.code, case.status, case.legal_basis, case.covenant_name,
                       case.opened_on, case.case_manager_id, case.next_review_date,
                       case.closure_reason, case.closed_on)


def _subject_info(s: Subject) -> SubjectInfo:
    return SubjectInfo(s.id, s.pseudonym, s.role, s.relation, s.age, s.date_of_birth, s.has_gezag,
                       s.living_situation, s.note)


def _informed_info(r: InformedRecord) -> InformedInfo:
    return InformedInfo(r.id, r.subject_id, r.status, r.informed_by, r.informed_on,
                        r.postponement_reason, r.review_date, r.decision_moment, r.superseded)


def _reporter_info(session: Session, reporter: Reporter) -> ReporterInfo:
    feedback = session.scalars(
        select(ReporterFeedback).where(ReporterFeedback.reporter_id == reporter.id)
        .order_by(ReporterFeedback.given_on, ReporterFeedback.id)
    )
    return ReporterInfo(
        reporter.id, reporter.partner_id, reporter.professional_id, reporter.person,
        reporter.route, reporter.reported_on, reporter.respond_by,
        tuple(FeedbackInfo(f.id, f.given_on, f.given_to, f.content, f.given_by) for f in feedback),
    )


def create_case(
    ctx: ServiceContext, code: str, legal_basis: LegalBasis, opened_on: dt.date, *,
    covenant_name: str | None = None, purpose: str | None = None,
) -> CaseSummary:
    """A new case in status 'signaal ontvangen'; the code is the pseudonym shown everywhere."""
    code = check_case_code(code)
    check_legal_basis(legal_basis, covenant_name)
    with ctx.unit_of_work() as session:
        if session.scalar(select(Case.id).where(Case.code == code)) is not None:
            raise ValidationError(f"Casuscode {code} is al in gebruik.")
        case = Case(code=code, legal_basis=legal_basis, covenant_name=covenant_name,
                    purpose=purpose, status=INITIAL_STATUS, opened_on=opened_on)
        session.add(case)
        session.flush()
        session.add(CaseTransition(case_id=case.id, from_status=None, to_status=INITIAL_STATUS,
                                   at=ctx.clock(), by=ctx.actor, rationale=None))
        return case_summary(case)


def list_cases(ctx: ServiceContext) -> list[CaseSummary]:
    with ctx.unit_of_work() as session:
        return [case_summary(c) for c in session.scalars(select(Case).order_by(Case.code))]


def open_case(ctx: ServiceContext, case_id: int, *, already_open: bool = False) -> CaseDetail:
    """Everything of the case; recorded in the audit trail as an opening, unless the acting user
    has it open already (a window reading it again after its own change)."""
    with ctx.unit_of_work() as session:
        return read_case(session, case_id, already_open=already_open)


def read_case(session: Session, case_id: int, *, already_open: bool = False) -> CaseDetail:
    """``open_case`` in the caller's unit of work."""
    case = fetch(session, Case, case_id)
    if not already_open:
        record_opened(session, Case.__tablename__, case.id, "casusdossier geopend")

    def rows(model: type[CaseRowT], order: tuple[Any, ...]) -> Iterable[CaseRowT]:
        return session.scalars(select(model).where(model.case_id == case_id).order_by(*order))

    return CaseDetail(
        case=case_summary(case),
        transitions=tuple(
            TransitionInfo(t.from_status, t.to_status, t.at, t.by, t.rationale)
            for t in case.transitions
        ),
        subjects=tuple(_subject_info(s) for s in case.subjects),
        reporters=tuple(_reporter_info(session, r)
                        for r in rows(Reporter, (Reporter.reported_on, Reporter.id))),
        informed=tuple(_informed_info(r) for r in rows(InformedRecord, (InformedRecord.id,))),
        signals=tuple(signal_infos(session, rows(Signal, (Signal.is_contra, Signal.number)))),
        notes=tuple(
            NoteInfo(n.id, n.kind, n.label, n.text, n.noted_on, n.statement_type,
                     n.data_category, n.source_partner_id, n.source_detail)
            for n in rows(CaseNote, (CaseNote.id,))
        ),
        consultations=tuple(
            ConsultationInfo(c.id, c.partner_id, c.kind, c.consulted_on)
            for c in rows(Consultation, (Consultation.id,))
        ),
        assessment_ids=tuple(a.id for a in rows(Assessment, (Assessment.id,))),
        escalation_ids=tuple(e.id for e in rows(EscalationEvent, (EscalationEvent.id,))),
    )


def move_case(
    session: Session, ctx: ServiceContext, case: Case, to_status: CaseStatus,
    rationale: str | None, meeting_id: int | None = None,
) -> None:
    """Apply one checked lifecycle step and record who, when and why."""
    check_transition(case.status, to_status, rationale)
    session.add(CaseTransition(
        case_id=case.id, from_status=case.status, to_status=to_status, at=ctx.clock(),
        by=ctx.actor, rationale=rationale.strip() if rationale else None, meeting_id=meeting_id,
    ))
    case.status = to_status


def transition_case(
    ctx: ServiceContext, case_id: int, to_status: CaseStatus, rationale: str | None = None, *,
    meeting_id: int | None = None,
) -> CaseSummary:
    """One step along the lifecycle. Closing goes through ``close_case`` (it needs a reason),
    destroying through ``services.destruction.destroy_case``."""
    if to_status is CaseStatus.VERNIETIGD:
        raise ValidationError("Een casus wordt vernietigd met 'Vernietigen' (de voorzitter bevestigt met "
                              "de casuscode), niet door de status te wijzigen.")
    with ctx.unit_of_work() as session:
        case = fetch(session, Case, case_id)
        if to_status is CaseStatus.AFGESLOTEN:
            check_closure(case.status, None, rationale)
        move_case(session, ctx, case, to_status, rationale, meeting_id)
        session.flush()
        return case_summary(case)


def close_case(
    ctx: ServiceContext, case_id: int, reason: ClosureReason | None, rationale: str | None,
    closed_on: dt.date, *, meeting_id: int | None = None,
) -> CaseSummary:
    with ctx.unit_of_work() as session:
        case = fetch(session, Case, case_id)
        close_case_in(session, ctx, case, reason, rationale, closed_on, meeting_id=meeting_id)
        return case_summary(case)


def close_case_in(
    session: Session, ctx: ServiceContext, case: Case, reason: ClosureReason | None, rationale: str | None,
    closed_on: dt.date, *, meeting_id: int | None = None,
) -> None:
    """``close_case`` in the caller's unit of work: the step to afgesloten and the retention date."""
    check_closure(case.status, reason, rationale)
    case.closure_reason = reason
    case.closed_on = closed_on
    case.next_review_date = None
    move_case(session, ctx, case, CaseStatus.AFGESLOTEN, rationale, meeting_id)
    fix_retention(session, case, closed_on)
    session.flush()


def set_review_date(ctx: ServiceContext, case_id: int, review_date: dt.date) -> CaseSummary:
    """The next periodic necessity review of an open case."""
    with ctx.unit_of_work() as session:
        case = fetch(session, Case, case_id)
        check_case_open(case)
        if review_date < case.opened_on:
            raise ValidationError(
                "De volgende bespreking kan niet vóór de start van de casus liggen."
            )
        case.next_review_date = review_date
        session.flush()
        return case_summary(case)


def set_case_manager(ctx: ServiceContext, case_id: int, professional_id: int | None) -> CaseSummary:
    """The casusregisseur: the partner's professional who directs the content of the case."""
    with ctx.unit_of_work() as session:
        case = fetch(session, Case, case_id)
        check_case_open(case)
        if professional_id is not None:
            fetch(session, Professional, professional_id)
        case.case_manager_id = professional_id
        session.flush()
        return case_summary(case)


def add_subject(
    ctx: ServiceContext, case_id: int, pseudonym: str, role: SubjectRole, *,
    relation: Relation | None = None, age: int | None = None, date_of_birth: dt.date | None = None,
    has_gezag: bool | None = None, living_situation: str | None = None, note: str | None = None,
) -> SubjectInfo:
    """A person in the case, shown everywhere by the display pseudonym (e.g. "Daan V.")."""
    pseudonym = require_text(pseudonym, "het pseudoniem")
    check_subject(role, relation, age, date_of_birth)
    with ctx.unit_of_work() as session:
        check_case_open(fetch(session, Case, case_id))
        subject = Subject(case_id=case_id, pseudonym=pseudonym, role=role, relation=relation,
                          age=age, date_of_birth=date_of_birth, has_gezag=has_gezag,
                          living_situation=living_situation, note=note)
        session.add(subject)
        session.flush()
        return _subject_info(subject)


def add_reporter(
    ctx: ServiceContext, case_id: int, reported_on: dt.date, *, partner_id: int | None = None,
    professional_id: int | None = None, person: str | None = None, route: str | None = None,
    respond_by: dt.date | None = None, chain_route_id: int | None = None, first_step_id: int | None = None,
) -> ReporterInfo:
    """Who reported; the reporter hears back by ``respond_by``: by default what the signal's route in the
    chain (``chain_route_id``) promises first, else 5 working days."""
    if partner_id is None and not (person and person.strip()):
        raise ValidationError("Noem de melder: een partner of een persoon.")
    if respond_by is None and chain_route_id is not None:
        respond_by = promised_respond_by(ctx, chain_route_id, reported_on)
    respond_by = respond_by or default_respond_by(reported_on)
    if respond_by < reported_on:
        raise ValidationError("De terugkoppeldatum kan niet vóór de melddatum liggen.")
    with ctx.unit_of_work() as session:
        check_case_open(fetch(session, Case, case_id))
        if partner_id is not None:
            fetch(session, Partner, partner_id)
        check_professional_of(session, professional_id, partner_id)
        reporter = Reporter(case_id=case_id, partner_id=partner_id, professional_id=professional_id,
                            person=person, route=route, reported_on=reported_on,
                            respond_by=respond_by)
        session.add(reporter)
        session.flush()
        if chain_route_id is not None:
            chosen = place_on_route(session, reporter, chain_route_id, ctx.actor, first_step_id)
            reporter.route = route or chosen.name
            session.flush()
        return _reporter_info(session, reporter)


def record_feedback(
    ctx: ServiceContext, reporter_id: int, given_on: dt.date, given_to: str, content: str, *,
    meeting_id: int | None = None,
) -> FeedbackInfo:
    """Terugkoppeling to the reporter: only what the reporter needs to know."""
    given_to = require_text(given_to, "aan wie de terugkoppeling is gegeven")
    content = require_text(content, "wat er is teruggekoppeld")
    with ctx.unit_of_work() as session:
        reporter = fetch(session, Reporter, reporter_id)
        if given_on < reporter.reported_on:
            raise ValidationError("Terugkoppeling kan niet vóór de melding zijn gegeven.")
        feedback = ReporterFeedback(reporter_id=reporter_id, given_on=given_on, given_to=given_to,
                                    content=content, given_by=ctx.actor, meeting_id=meeting_id)
        session.add(feedback)
        session.flush()
        return FeedbackInfo(feedback.id, given_on, given_to, content, ctx.actor)


def record_informed(
    ctx: ServiceContext, case_id: int, subject_id: int, status: InformedStatus, *,
    informed_by: str | None = None, informed_on: dt.date | None = None,
    postponement_reason: str | None = None, review_date: dt.date | None = None,
    decision_moment: str | None = None, meeting_id: int | None = None,
    decision_id: int | None = None,
) -> InformedInfo:
    """Whether the person was informed at this decision moment; supersedes earlier records."""
    check_informed(status, postponement_reason, review_date)
    if status is InformedStatus.JA and informed_on is None:
        raise ValidationError("Vul in wanneer de betrokkene is geïnformeerd.")
    with ctx.unit_of_work() as session:
        fetch(session, Case, case_id)
        check_subject_of(session, subject_id, case_id)
        check_informed_reason(status, postponement_reason)
        earlier = session.scalars(select(InformedRecord).where(
            InformedRecord.subject_id == subject_id, InformedRecord.superseded.is_(False)
        ))
        for previous in earlier:
            previous.superseded = True
        record = InformedRecord(
            case_id=case_id, subject_id=subject_id, status=status, informed_by=informed_by,
            informed_on=informed_on, postponement_reason=postponement_reason,
            review_date=review_date, decision_moment=decision_moment, meeting_id=meeting_id,
            decision_id=decision_id, superseded=False,
        )
        session.add(record)
        session.flush()
        return _informed_info(record)


def add_case_note(
    ctx: ServiceContext, case_id: int, kind: CaseNoteKind, text: str, *, label: str | None = None,
    noted_on: dt.date | None = None, statement_type: StatementType | None = None,
    data_category: DataCategory = DataCategory.GEWOON, source_partner_id: int | None = None,
    source_detail: str | None = None,
) -> NoteInfo:
    """History, release and its conditions, basic conditions (basisvoorwaarden), screening notes."""
    text = require_text(text, "de tekst van de notitie")
    with ctx.unit_of_work() as session:
        check_case_open(fetch(session, Case, case_id))
        if source_partner_id is not None:
            fetch(session, Partner, source_partner_id)
        note = CaseNote(case_id=case_id, kind=kind, label=label, text=text, noted_on=noted_on,
                        statement_type=statement_type, data_category=data_category,
                        source_partner_id=source_partner_id, source_detail=source_detail)
        session.add(note)
        session.flush()
        return NoteInfo(note.id, kind, label, text, noted_on, statement_type, data_category,
                        source_partner_id, source_detail)


def add_consultation(
    ctx: ServiceContext, case_id: int, partner_id: int, kind: str, *,
    consulted_on: dt.date | None = None, meeting_id: int | None = None,
) -> ConsultationInfo:
    """A partner consulted outside the meeting (e.g. "advies aan school (telefonisch)")."""
    kind = require_text(kind, "waarover de partner is geraadpleegd")
    with ctx.unit_of_work() as session:
        check_case_open(fetch(session, Case, case_id))
        fetch(session, Partner, partner_id)
        consultation = Consultation(case_id=case_id, partner_id=partner_id, kind=kind,
                                    consulted_on=consulted_on, meeting_id=meeting_id)
        session.add(consultation)
        session.flush()
        return ConsultationInfo(consultation.id, partner_id, kind, consulted_on)

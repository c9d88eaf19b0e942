"""Read models for the case screens: the case list with its filter keys, and a case's timeline.

Nothing here changes data, except that opening a case is recorded. ``case_rows`` shows only
codes, statuses and display pseudonyms, so it is not an opening of case content; the case window
reads everything it shows in one unit of work (``case_window_view``), opening the case as
``cases.open_case`` does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.enums import (
    CaseStatus,
    EscalationDirection,
    LegalBasis,
    MeetingStatus,
    MeetingType,
    SubjectRole,
)
from casusoverleg_desktop.domain.labels import decision_label
from casusoverleg_desktop.domain.workdays import within_working_days
from casusoverleg_desktop.services.actions import ActionInfo, read_action_list
from casusoverleg_desktop.services.cases import CaseDetail, read_case
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.families import FamilyView, read_family
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.services.partners import (
    PartnerInfo,
    ProfessionalInfo,
    read_partners,
    read_professionals,
)
from casusoverleg_desktop.services.retention_views import CaseRetentionView, read_case_retention
from casusoverleg_desktop.services.signal_routes import PromiseState, SignalRoute, read_signal_routes
from casusoverleg_desktop.store.models import (
    AgendaItem,
    Assessment,
    AssessmentPanelMember,
    Case,
    CaseTransition,
    Decision,
    EscalationEvent,
    Meeting,
    Partner,
    Professional,
    Reporter,
    Signal,
    Subject,
)


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list, with what its filters need."""

    id: int
    code: str
    status: CaseStatus
    legal_basis: LegalBasis
    case_manager_id: int | None
    case_manager_name: str | None
    next_review_date: dt.date | None
    primary_pseudonym: str | None
    partner_ids: frozenset[int]
    """Partners involved: the case manager's, the reporters' and the signals' partners."""


class TimelineKind:
    TRANSITION = "status"
    ASSESSMENT = "weging"
    MEETING = "overleg"
    DECISION = "besluit"
    ESCALATION = "escalatie"
    ROUTE_STEP = "route"
    PROMISE = "belofte"


@dataclass(frozen=True)
class TimelineEntry:
    on: dt.date
    kind: str
    title: str
    detail: str | None
    by: str | None
    at: dt.datetime | None = None
    meeting_id: int | None = None
    attention: bool = False
    """A step reached after its time limit, or a promise broken."""


@dataclass(frozen=True)
class CaseDecision:
    id: int
    label: str
    meeting_id: int
    held_on: dt.date
    meeting_type: MeetingType
    text: str


@dataclass(frozen=True)
class CaseMeeting:
    meeting_id: int
    held_on: dt.date
    meeting_type: MeetingType
    status: MeetingStatus
    question: str | None


def case_rows(ctx: ServiceContext) -> list[CaseRow]:
    """All cases by code, each with its primary subject's display pseudonym and partners."""
    with ctx.unit_of_work() as session:
        managers = {p.id: p for p in session.scalars(select(Professional))}
        primaries: dict[int, str] = {}
        for case_id, pseudonym in session.execute(
            select(Subject.case_id, Subject.pseudonym)
            .where(Subject.role == SubjectRole.PRIMAIR).order_by(Subject.id)
        ):
            primaries.setdefault(case_id, pseudonym)
        involved: dict[int, set[int]] = {}
        for model in (Reporter, Signal):
            for case_id, partner_id in session.execute(
                select(model.case_id, model.partner_id).where(model.partner_id.is_not(None))
            ):
                if partner_id is not None:
                    involved.setdefault(case_id, set()).add(partner_id)
        rows = []
        for case in session.scalars(select(Case).order_by(Case.code)):
            manager = managers.get(case.case_manager_id) if case.case_manager_id else None
            partner_ids = set(involved.get(case.id, ()))
            if manager is not None:
                partner_ids.add(manager.partner_id)
            rows.append(CaseRow(
                case.id, case.code, case.status, case.legal_basis, case.case_manager_id,
                manager.name if manager else None, case.next_review_date,
                primaries.get(case.id), frozenset(partner_ids),
            ))
        return rows


def case_decisions(ctx: ServiceContext, case_id: int) -> list[CaseDecision]:
    """Decisions about this case, meeting by meeting."""
    with ctx.unit_of_work() as session:
        return read_case_decisions(session, case_id)


def read_case_decisions(session: Session, case_id: int) -> list[CaseDecision]:
    """``case_decisions`` in the caller's unit of work."""
    fetch(session, Case, case_id)
    rows = session.execute(
        select(Decision, Meeting).join(Meeting, Meeting.id == Decision.meeting_id)
        .where(Decision.case_id == case_id).order_by(Meeting.held_on, Decision.number)
    )
    return [CaseDecision(d.id, decision_label(d.number), m.id, m.held_on, m.meeting_type, d.text)
            for d, m in rows]


def case_meetings(ctx: ServiceContext, case_id: int) -> list[CaseMeeting]:
    """Meetings that had this case on their agenda."""
    with ctx.unit_of_work() as session:
        return read_case_meetings(session, case_id)


def read_case_meetings(session: Session, case_id: int) -> list[CaseMeeting]:
    """``case_meetings`` in the caller's unit of work."""
    fetch(session, Case, case_id)
    rows = session.execute(
        select(AgendaItem, Meeting).join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(AgendaItem.case_id == case_id).order_by(Meeting.held_on, Meeting.id)
    )
    return [CaseMeeting(m.id, m.held_on, m.meeting_type, m.status, item.question)
            for item, m in rows]


def case_timeline(ctx: ServiceContext, case_id: int) -> list[TimelineEntry]:
    """Transitions, weging, meetings, decisions and escalations of a case, and the steps its signals
    passed along their routes and the promises to their reporters, oldest first."""
    with ctx.unit_of_work() as session:
        return read_case_timeline(session, case_id, ctx.clock().date())


def read_case_timeline(session: Session, case_id: int, today: dt.date,
                       routes: dict[int, SignalRoute] | None = None) -> list[TimelineEntry]:
    """``case_timeline`` in the caller's unit of work (``routes``: the case's signal routes, if read)."""
    fetch(session, Case, case_id)
    entries: list[TimelineEntry] = []
    for t in session.scalars(select(CaseTransition).where(CaseTransition.case_id == case_id)
                             .order_by(CaseTransition.id)):
        title = (f"{t.from_status.label} → {t.to_status.label}" if t.from_status
                 else f"Casus aangemaakt: {t.to_status.label}")
        entries.append(TimelineEntry(t.at.date(), TimelineKind.TRANSITION, title, t.rationale,
                                     t.by, t.at, t.meeting_id))
    for a in session.scalars(select(Assessment).where(Assessment.case_id == case_id)):
        # The rationale already shows with the transition out of 'weging'; this adds who weighed.
        panel = ", ".join(p.short_name or p.name for p in session.scalars(
            select(Partner).join(AssessmentPanelMember, AssessmentPanelMember.partner_id == Partner.id)
            .where(AssessmentPanelMember.assessment_id == a.id).order_by(AssessmentPanelMember.id)))
        detail = f"Wegingspanel: {panel}"
        if a.outcome_detail:
            detail = f"{detail} · {a.outcome_detail}"
        entries.append(TimelineEntry(a.assessed_on, TimelineKind.ASSESSMENT,
                                     f"Weging: {a.outcome.label}", detail, None, None, a.meeting_id))
    for item, m in session.execute(
        select(AgendaItem, Meeting).join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(AgendaItem.case_id == case_id)
    ):
        entries.append(TimelineEntry(m.held_on, TimelineKind.MEETING,
                                     f"{m.meeting_type.label} ({m.status.label.lower()})",
                                     item.question, None, None, m.id))
    for d, m in session.execute(
        select(Decision, Meeting).join(Meeting, Meeting.id == Decision.meeting_id)
        .where(Decision.case_id == case_id)
    ):
        entries.append(TimelineEntry(m.held_on, TimelineKind.DECISION,
                                     f"Besluit {decision_label(d.number)}", d.text, None, None,
                                     m.id))
    for e in session.scalars(select(EscalationEvent).where(EscalationEvent.case_id == case_id)):
        arrow = "↑" if e.direction is EscalationDirection.OPSCHALEN else "↓"
        entries.append(TimelineEntry(e.occurred_on, TimelineKind.ESCALATION,
                                     f"{arrow} {e.direction.label}", e.reason, e.recorded_by))
    if routes is None:
        routes = read_signal_routes(session, _case_reporters(session, case_id))
    for route in routes.values():
        entries += _route_entries(route, today)
    order = {k: i for i, k in enumerate((TimelineKind.MEETING, TimelineKind.TRANSITION,
                                         TimelineKind.ASSESSMENT, TimelineKind.DECISION,
                                         TimelineKind.ESCALATION, TimelineKind.ROUTE_STEP,
                                         TimelineKind.PROMISE))}
    return sorted(entries, key=lambda e: (e.on, order[e.kind], e.at or dt.datetime.min))


def _case_reporters(session: Session, case_id: int) -> list[Reporter]:
    return list(session.scalars(select(Reporter).where(Reporter.case_id == case_id).order_by(Reporter.id)))


def _route_entries(route: SignalRoute, today: dt.date) -> list[TimelineEntry]:
    """The steps a signal passed (late ones marked) and what its route promised the reporter."""
    entries = []
    for passage in route.passages:
        step = passage.step
        parts = [f"{route.route.name} · {step.member.name}"]
        if passage.due_on is not None:
            parts.append(f"{within_working_days(step.within_days)}: uiterlijk {passage.due_on:%d-%m-%Y}")
        if passage.note:
            parts.append(passage.note)
        entries.append(TimelineEntry(
            passage.reached_on, TimelineKind.ROUTE_STEP,
            f"Stap: {step.action}" + (" — te laat" if passage.late else ""), " · ".join(parts),
            passage.recorded_by, attention=passage.late))
    for promise in route.promises:
        state = promise.state(today)
        if promise.given_on is not None:
            status = f"{state.value} op {promise.given_on:%d-%m-%Y}"
        else:
            status = state.value
        entries.append(TimelineEntry(
            promise.due_on, TimelineKind.PROMISE, f"Belofte aan de melder: {promise.text}",
            f"{route.route.name} · uiterlijk {promise.due_on:%d-%m-%Y}: {status}", None,
            attention=state in (PromiseState.BROKEN, PromiseState.KEPT_LATE)))
    return entries


# -- the case window -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseWindowView:
    """What the case window shows: the case file, the partners and their people (for names and
    choices), the case's decisions, meetings and timeline, its actions, and the date of every
    meeting those refer to (by meeting id)."""

    detail: CaseDetail
    partners: tuple[PartnerInfo, ...]
    professionals: tuple[ProfessionalInfo, ...]
    decisions: tuple[CaseDecision, ...]
    meetings: tuple[CaseMeeting, ...]
    timeline: tuple[TimelineEntry, ...]
    actions: tuple[ActionInfo, ...]
    retention: CaseRetentionView
    family: FamilyView
    signal_routes: dict[int, SignalRoute] = field(default_factory=dict)
    """The route each reporter's signal follows, by reporter id (those without one left out)."""


def case_window_view(ctx: ServiceContext, case_id: int, *, already_open: bool = False,
                     include_closed_actions: bool = False) -> CaseWindowView:
    """Everything the case window shows, read in one unit of work; recorded as an opening of the
    case unless the acting user has it open already (as ``cases.open_case``)."""
    with ctx.unit_of_work() as session:
        detail = read_case(session, case_id, already_open=already_open)
        decisions = tuple(read_case_decisions(session, case_id))
        meetings = tuple(read_case_meetings(session, case_id))
        actions = tuple(read_action_list(session, case_id=case_id, include_closed=include_closed_actions))
        today = ctx.clock().date()
        routes = read_signal_routes(session, _case_reporters(session, case_id))
        return CaseWindowView(
            detail=detail, partners=tuple(read_partners(session)),
            professionals=tuple(read_professionals(session)), decisions=decisions, meetings=meetings,
            timeline=tuple(read_case_timeline(session, case_id, today, routes)), actions=actions,
            retention=read_case_retention(session, ctx.actor, case_id),
            family=read_family(session, case_id, today), signal_routes=routes)

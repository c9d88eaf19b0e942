"""Read models for preparing and running a meeting, and the drafts that survive a crash.

The existing services answer one question each; the meeting screens need a few answers at once
(the meetings list with chair names, case codes with pseudonyms, a case item's briefing), each in
one unit of work so that opening a 40-item meeting stays fast. Opening meeting mode itself is one
read: ``meeting_mode_view`` gathers everything the window starts from in one unit of work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.enums import (
    AgendaItemKind,
    CaseStatus,
    InformedStatus,
    MeetingStatus,
    MeetingType,
    MinutesStatus,
    SubjectRole,
)
from casusoverleg_desktop.services.actions import ActionInfo, ReviewInfo, action_infos, read_review_list
from casusoverleg_desktop.services.assessments import EscalationInfo
from casusoverleg_desktop.services.audit import record_opened
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.contributions import ContributionInfo, item_contributions
from casusoverleg_desktop.services.decisions import DecisionInfo, read_decisions
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.services.meetings import (
    AgendaItemInfo,
    AttendanceInfo,
    MeetingInfo,
    read_agenda,
    read_attendance,
    read_meeting,
)
from casusoverleg_desktop.services.minutes import latest_minutes_status
from casusoverleg_desktop.services.partners import (
    PartnerInfo,
    ProfessionalInfo,
    read_partners,
    read_professionals,
)
from casusoverleg_desktop.services.signals import SignalInfo, signal_infos
from casusoverleg_desktop.store.drafts import MeetingDraft
from casusoverleg_desktop.store.models import (
    ActionItem,
    AgendaItem,
    Case,
    CaseItemAttendance,
    EscalationEvent,
    InformedRecord,
    Meeting,
    Partner,
    Professional,
    Reporter,
    ReporterFeedback,
    Signal,
    Subject,
)

__all__ = [
    "CaseLabel", "DecisionContext", "ItemBriefing", "MeetingListRow", "MeetingModeView", "ReporterLine",
    "SubjectLine", "case_item_attendance", "case_labels", "clear_draft", "decision_context", "drafts",
    "item_briefing", "meeting_actions", "meeting_list", "meeting_mode_view", "read_case_labels",
    "read_meeting_list", "save_drafts",
]


@dataclass(frozen=True)
class MeetingListRow:
    """One line of the meetings list."""

    id: int
    held_on: dt.date
    meeting_type: MeetingType
    status: MeetingStatus
    start_time: dt.time | None
    end_time: dt.time | None
    location: str | None
    chair_name: str | None
    case_count: int
    minutes: MinutesStatus | None = None


@dataclass(frozen=True)
class CaseLabel:
    """How a case is shown where screens may be projected: its code and pseudonyms only."""

    case_id: int
    code: str
    status: CaseStatus
    pseudonyms: tuple[str, ...]

    @property
    def text(self) -> str:
        return f"{self.code} · {self.pseudonyms[0]}" if self.pseudonyms else self.code


@dataclass(frozen=True)
class ItemBriefing:
    """What the chair shows at the start of a case item: the question and what is new."""

    agenda_item_id: int
    case: CaseLabel
    question: str | None
    previous_meeting_on: dt.date | None
    new_signals: tuple[SignalInfo, ...]
    contributions: tuple[ContributionInfo, ...]
    attendance: tuple[AttendanceInfo, ...]


def meeting_list(ctx: ServiceContext) -> list[MeetingListRow]:
    """All meetings, newest first, with the chair's name, the number of case items and where the
    minutes stand."""
    with ctx.unit_of_work() as session:
        return read_meeting_list(session)


def read_meeting_list(session: Session) -> list[MeetingListRow]:
    """``meeting_list`` in the caller's unit of work."""
    case_items = (select(AgendaItem.meeting_id, func.count().label("n"))
                  .where(AgendaItem.kind == AgendaItemKind.CASUS)
                  .group_by(AgendaItem.meeting_id).subquery())
    rows = session.execute(
        select(Meeting, Professional.name, case_items.c.n)
        .outerjoin(Professional, Professional.id == Meeting.chair_id)
        .outerjoin(case_items, case_items.c.meeting_id == Meeting.id)
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
    )
    states = latest_minutes_status(session)
    return [MeetingListRow(m.id, m.held_on, m.meeting_type, m.status, m.start_time, m.end_time,
                           m.location, chair, n or 0, states.get(m.id)) for m, chair, n in rows]


def case_labels(ctx: ServiceContext, case_ids: Iterable[int] | None = None) -> dict[int, CaseLabel]:
    """Code and pseudonyms (primary subject first) of the given cases, or of all cases."""
    with ctx.unit_of_work() as session:
        return read_case_labels(session, case_ids)


def read_case_labels(session: Session, case_ids: Iterable[int] | None = None) -> dict[int, CaseLabel]:
    """``case_labels`` in the caller's unit of work."""
    query = select(Case.id, Case.code, Case.status)
    wanted = None if case_ids is None else set(case_ids)
    if wanted is not None:
        query = query.where(Case.id.in_(wanted))
    cases = {row.id: row for row in session.execute(query.order_by(Case.code))}
    names: dict[int, list[str]] = {case_id: [] for case_id in cases}
    subjects = session.execute(
        select(Subject.case_id, Subject.pseudonym)
        .where(Subject.case_id.in_(cases))
        .order_by(Subject.case_id, Subject.role != SubjectRole.PRIMAIR, Subject.id)
    )
    for case_id, pseudonym in subjects:
        names[case_id].append(pseudonym)
    return {case_id: CaseLabel(case_id, row.code, row.status, tuple(names[case_id]))
            for case_id, row in cases.items()}


def item_briefing(ctx: ServiceContext, agenda_item_id: int) -> ItemBriefing:
    """The case item's question, the signals since the case was last discussed, its inbreng and
    who joined for it.

    Showing it opens case content, so it is recorded in the audit trail (once, in one unit of work:
    this runs on every switch to a new agenda item).
    """
    with ctx.unit_of_work() as session:
        item = fetch(session, AgendaItem, agenda_item_id)
        meeting = fetch(session, Meeting, item.meeting_id)
        case = fetch(session, Case, item.case_id) if item.case_id is not None else None
        if case is None:
            raise ValueError(f"agenda item {agenda_item_id} is not a case item")
        record_opened(session, Case.__tablename__, case.id,
                      f"casus en inbreng getoond in vergadermodus (agendapunt {item.id})")
        previous = session.scalar(
            select(func.max(Meeting.held_on))
            .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
            .where(AgendaItem.case_id == case.id, Meeting.held_on < meeting.held_on)
        )
        query = select(Signal).where(Signal.case_id == case.id)
        if previous is not None:
            query = query.where(func.coalesce(Signal.observed_on, func.date(Signal.recorded_at))
                                > previous)
        signals = tuple(signal_infos(session, session.scalars(
            query.order_by(Signal.is_contra, Signal.number))))
        pseudonyms = tuple(session.scalars(
            select(Subject.pseudonym).where(Subject.case_id == case.id)
            .order_by(Subject.role != SubjectRole.PRIMAIR, Subject.id)))
        return ItemBriefing(item.id, CaseLabel(case.id, case.code, case.status, pseudonyms),
                            item.question, previous, signals,
                            tuple(item_contributions(session, item.id)),
                            tuple(_item_attendance(session, item.id)))


def meeting_actions(ctx: ServiceContext, meeting_id: int) -> list[tuple[int | None, ActionInfo]]:
    """The actions made in this meeting, each with the agenda item it was made under."""
    with ctx.unit_of_work() as session:
        return _meeting_actions(session, meeting_id)


def _meeting_actions(session: Session, meeting_id: int) -> list[tuple[int | None, ActionInfo]]:
    rows = session.scalars(select(ActionItem).where(ActionItem.origin_meeting_id == meeting_id)
                           .order_by(ActionItem.number)).all()
    return [(a.agenda_item_id, info) for a, info in zip(rows, action_infos(session, rows), strict=True)]


# -- opening meeting mode ----------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingModeView:
    """What meeting mode starts from: the meeting and its agenda, the partners and their people,
    the cases on the agenda by label, what the meeting decided and set in motion so far, the
    actions of earlier meetings up for review (their cases by label too), who is recorded at the
    meeting, and the acting user's drafts.

    Case content (briefings, besluitvorming) is read per item when it is shown, and logged then.
    """

    meeting: MeetingInfo
    agenda: tuple[AgendaItemInfo, ...]
    partners: tuple[PartnerInfo, ...]
    professionals: tuple[ProfessionalInfo, ...]
    cases: Mapping[int, CaseLabel]
    decisions: tuple[DecisionInfo, ...]
    actions: tuple[tuple[int | None, ActionInfo], ...]
    reviews: tuple[ReviewInfo, ...]
    attendance: tuple[AttendanceInfo, ...]
    drafts: Mapping[tuple[int, str], str]


def meeting_mode_view(ctx: ServiceContext, meeting_id: int) -> MeetingModeView:
    """Everything meeting mode needs to open ``meeting_id``, read in one unit of work."""
    with ctx.unit_of_work() as session:
        meeting = read_meeting(session, meeting_id)
        agenda = tuple(read_agenda(session, meeting_id))
        reviews = tuple(read_review_list(session, meeting_id))
        case_ids = [item.case_id for item in agenda] + [r.action.case_id for r in reviews]
        return MeetingModeView(
            meeting=meeting, agenda=agenda,
            partners=tuple(read_partners(session)),
            professionals=tuple(read_professionals(session)),
            cases=read_case_labels(session, [case_id for case_id in case_ids if case_id is not None]),
            decisions=tuple(read_decisions(session, meeting_id)),
            actions=tuple(_meeting_actions(session, meeting_id)),
            reviews=reviews,
            attendance=tuple(read_attendance(session, meeting_id)),
            drafts=_drafts(session, meeting_id, ctx.actor),
        )


# -- drafts ------------------------------------------------------------------------------------


def save_drafts(ctx: ServiceContext, changes: dict[tuple[int, str], str]) -> None:
    """Keep what the acting user is typing, (agenda item id, field) -> text, in one transaction.

    Empty text removes the draft.
    """
    with ctx.unit_of_work() as session:
        for (agenda_item_id, field), text in changes.items():
            row = session.scalar(select(MeetingDraft).where(
                MeetingDraft.agenda_item_id == agenda_item_id, MeetingDraft.login == ctx.actor,
                MeetingDraft.field == field))
            if not text.strip():
                if row is not None:
                    session.delete(row)
                continue
            if row is None:
                item = fetch(session, AgendaItem, agenda_item_id)
                row = MeetingDraft(meeting_id=item.meeting_id, agenda_item_id=agenda_item_id,
                                   login=ctx.actor, field=field, text=text, saved_at=ctx.clock())
                session.add(row)
            row.text, row.saved_at = text, ctx.clock()


def drafts(ctx: ServiceContext, meeting_id: int) -> dict[tuple[int, str], str]:
    """The acting user's drafts for a meeting: (agenda item id, field) -> text."""
    with ctx.unit_of_work() as session:
        return _drafts(session, meeting_id, ctx.actor)


def _drafts(session: Session, meeting_id: int, login: str) -> dict[tuple[int, str], str]:
    rows = session.execute(select(MeetingDraft.agenda_item_id, MeetingDraft.field, MeetingDraft.text)
                           .where(MeetingDraft.meeting_id == meeting_id, MeetingDraft.login == login))
    return {(item_id, field): text for item_id, field, text in rows}


def clear_draft(ctx: ServiceContext, agenda_item_id: int, field: str) -> None:
    with ctx.unit_of_work() as session:
        session.execute(delete(MeetingDraft).where(
            MeetingDraft.agenda_item_id == agenda_item_id, MeetingDraft.login == ctx.actor,
            MeetingDraft.field == field))


def case_item_attendance(ctx: ServiceContext, agenda_item_id: int) -> list[AttendanceInfo]:
    """Which invited partners joined for this case item (the reading side of
    ``meetings.set_case_item_attendance``)."""
    with ctx.unit_of_work() as session:
        return _item_attendance(session, agenda_item_id)


def _item_attendance(session: Session, agenda_item_id: int) -> list[AttendanceInfo]:
    rows = session.scalars(select(CaseItemAttendance).where(
        CaseItemAttendance.agenda_item_id == agenda_item_id).order_by(CaseItemAttendance.id))
    return [AttendanceInfo(r.partner_id, r.professional_id, r.status, r.note) for r in rows]


# -- besluitvorming ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SubjectLine:
    """A person in the case (by pseudonym) and whether they were informed, as it stands now."""

    id: int
    pseudonym: str
    informed: InformedStatus | None
    informed_review_date: dt.date | None


@dataclass(frozen=True)
class ReporterLine:
    """Who reported, by when they must hear back, and when they last did."""

    id: int
    name: str
    respond_by: dt.date
    last_feedback_on: dt.date | None


@dataclass(frozen=True)
class DecisionContext:
    """What besluitvorming records besides decisions and actions, for one case item."""

    agenda_item_id: int
    case_id: int
    next_review_date: dt.date | None
    subjects: tuple[SubjectLine, ...]
    reporters: tuple[ReporterLine, ...]
    escalations: tuple[EscalationInfo, ...]


def decision_context(ctx: ServiceContext, agenda_item_id: int) -> DecisionContext:
    """Subjects with their current 'informed' state, reporters and escalations of a case item's
    case, read in one unit of work when the chair turns to besluitvorming."""
    with ctx.unit_of_work() as session:
        item = fetch(session, AgendaItem, agenda_item_id)
        if item.case_id is None:
            raise ValueError(f"agenda item {agenda_item_id} is not a case item")
        case = fetch(session, Case, item.case_id)
        informed = {r.subject_id: r for r in session.scalars(select(InformedRecord).where(
            InformedRecord.case_id == case.id, InformedRecord.superseded.is_(False)))}
        subjects = tuple(
            SubjectLine(s.id, s.pseudonym, informed[s.id].status if s.id in informed else None,
                        informed[s.id].review_date if s.id in informed else None)
            for s in session.scalars(select(Subject).where(Subject.case_id == case.id)
                                     .order_by(Subject.role != SubjectRole.PRIMAIR, Subject.id)))
        last_feedback = (select(ReporterFeedback.reporter_id, func.max(ReporterFeedback.given_on)
                                .label("last")).group_by(ReporterFeedback.reporter_id).subquery())
        reporters = tuple(
            ReporterLine(r.id, partner or r.person or "?", r.respond_by, last)
            for r, partner, last in session.execute(
                select(Reporter, func.coalesce(Partner.short_name, Partner.name), last_feedback.c.last)
                .outerjoin(Partner, Partner.id == Reporter.partner_id)
                .outerjoin(last_feedback, last_feedback.c.reporter_id == Reporter.id)
                .where(Reporter.case_id == case.id).order_by(Reporter.reported_on, Reporter.id)))
        escalations = tuple(
            EscalationInfo(e.id, e.case_id, e.direction, e.occurred_on, e.reason, e.decision_id)
            for e in session.scalars(select(EscalationEvent).where(EscalationEvent.case_id == case.id)
                                     .order_by(EscalationEvent.occurred_on, EscalationEvent.id)))
        return DecisionContext(item.id, case.id, case.next_review_date, subjects, reporters, escalations)

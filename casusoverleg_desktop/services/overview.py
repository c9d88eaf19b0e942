"""The chair's overview: what needs attention today, and the minutes waiting for the user's role."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    CaseStatus,
    InformedStatus,
    MeetingStatus,
    MeetingType,
    MinutesStatus,
)
from casusoverleg_desktop.domain.labels import action_label, qualified_label
from casusoverleg_desktop.domain.lifecycle import OPEN_STATUSES
from casusoverleg_desktop.domain.workdays import add_working_days
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.minutes import titled_label
from casusoverleg_desktop.services.retention import SOON_DAYS, RetentionLine, closed_case_lines
from casusoverleg_desktop.services.signal_routes import AT_RISK_WORKING_DAYS, promise_schedule
from casusoverleg_desktop.services.subject_requests import RequestView, requests_nearing_deadline
from casusoverleg_desktop.store.accounts import UserAccount
from casusoverleg_desktop.store.chain_models import ReporterRoute, RouteStep, SignallingRoute
from casusoverleg_desktop.store.document_models import MinutesDocument
from casusoverleg_desktop.store.models import (
    ActionItem,
    Case,
    InformedRecord,
    Meeting,
    MinutesVersion,
    Partner,
    Reporter,
    ReporterFeedback,
    Subject,
)
from casusoverleg_desktop.store.pki_models import SignatureRecord
from casusoverleg_desktop.store.privacy_models import CaseRetention


@dataclass(frozen=True)
class UpcomingMeeting:
    id: int
    held_on: dt.date
    start_time: dt.time | None
    meeting_type: MeetingType
    status: MeetingStatus


@dataclass(frozen=True)
class ActionDue:
    id: int
    label: str
    case_code: str | None
    description: str
    owner: str
    due_date: dt.date
    status: ActionStatus
    postponement_count: int


@dataclass(frozen=True)
class CaseReview:
    """An open case and its next review; no date at all also needs the chair's attention."""

    case_id: int
    code: str
    status: CaseStatus
    next_review_date: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class ReporterWaiting:
    """A reporter past the respond-by date without feedback, or whose route's promise is about to be
    broken (``promise`` and ``promise_due``: the first promise not kept that is due soon or overdue)."""

    reporter_id: int
    case_id: int
    case_code: str
    reporter: str
    reported_on: dt.date
    respond_by: dt.date
    route: str | None = None
    promise: str | None = None
    promise_due: dt.date | None = None

    @property
    def due_on(self) -> dt.date:
        return self.promise_due or self.respond_by


@dataclass(frozen=True)
class PostponedInforming:
    record_id: int
    case_id: int
    case_code: str
    subject: str
    reason: str
    review_date: dt.date


class MinutesStep(enum.Enum):
    """What the logged-in user still has to do with a meeting's minutes."""

    ADOPT = "vaststellen"  # the chair: a concept (also of a meeting closed before concepts were kept)
    SIGN_AS_CHAIR = "ondertekenen als voorzitter"  # adopted; the chair's signature is missing
    SIGN_AS_SECRETARY = "ondertekenen als notulist"  # adopted; the minute taker's signature is missing


@dataclass(frozen=True)
class MinutesToHandle:
    meeting_id: int
    held_on: dt.date
    meeting_label: str
    version: int | None  # None: closed before concepts were kept; made when first needed
    step: MinutesStep
    secretary_signed: bool  # the chair signs after the minute taker


@dataclass(frozen=True)
class ChairOverview:
    today: dt.date
    upcoming_meetings: tuple[UpcomingMeeting, ...]
    overdue_actions: tuple[ActionDue, ...]
    actions_due_this_week: tuple[ActionDue, ...]
    case_reviews: tuple[CaseReview, ...]
    reporters_waiting: tuple[ReporterWaiting, ...]
    postponed_informing_due: tuple[PostponedInforming, ...]
    minutes_to_handle: tuple[MinutesToHandle, ...] = ()
    retention_due: tuple[RetentionLine, ...] = ()  # past their retention date or within SOON_DAYS
    requests_due: tuple[RequestView, ...] = ()  # open subject requests due within a week or overdue


def chair_overview(ctx: ServiceContext, today: dt.date | None = None) -> ChairOverview:
    """Next meetings; overdue actions and those due this week (up to Sunday); open cases with
    their next review (missing or overdue first); reporters past their respond-by date without
    feedback; postponed informing whose review date has come; the minutes waiting for the acting
    user's role (``minutes_to_handle``)."""
    today = today or ctx.clock().date()
    end_of_week = today + dt.timedelta(days=6 - today.weekday())
    requests_due = tuple(requests_nearing_deadline(ctx, today))
    with ctx.unit_of_work() as session:
        actions = _dated_open_actions(session, until=end_of_week)
        return ChairOverview(
            today=today,
            upcoming_meetings=_upcoming_meetings(session, today),
            overdue_actions=tuple(a for a in actions if a.due_date < today),
            actions_due_this_week=tuple(a for a in actions if a.due_date >= today),
            case_reviews=_case_reviews(session, today),
            reporters_waiting=_reporters_waiting(session, today),
            postponed_informing_due=_postponed_informing(session, today),
            minutes_to_handle=minutes_to_handle(session, ctx.actor),
            retention_due=retention_due(session, today),
            requests_due=requests_due,
        )


def _upcoming_meetings(session: Session, today: dt.date) -> tuple[UpcomingMeeting, ...]:
    rows = session.execute(
        select(Meeting.id, Meeting.held_on, Meeting.start_time, Meeting.meeting_type,
               Meeting.status)
        .where(Meeting.held_on >= today,
               Meeting.status.in_((MeetingStatus.IN_VOORBEREIDING, MeetingStatus.GEPLAND)))
        .order_by(Meeting.held_on, Meeting.start_time)
    )
    return tuple(UpcomingMeeting(*row) for row in rows)


def _dated_open_actions(session: Session, until: dt.date) -> list[ActionDue]:
    rows = session.execute(  # columns, not entities: a large vault has thousands of open actions
        select(ActionItem.id, ActionItem.number, ActionItem.description, ActionItem.due_date,
               ActionItem.status, ActionItem.postponement_count, Case.code, Partner.name, Meeting.held_on)
        .join(Partner, Partner.id == ActionItem.owner_partner_id)
        .join(Meeting, Meeting.id == ActionItem.origin_meeting_id)
        .outerjoin(Case, Case.id == ActionItem.case_id)
        .where(ActionItem.closed_on.is_(None), ActionItem.due_date <= until,
               or_(Case.id.is_(None), Case.status.in_(OPEN_STATUSES)))  # a closed case leaves the list
        .order_by(ActionItem.due_date, ActionItem.id)
    )
    return [
        ActionDue(action_id, qualified_label(action_label(number), held_on), code, description, owner,
                  due_date, status, postponements)
        for action_id, number, description, due_date, status, postponements, code, owner, held_on in rows
        if due_date is not None
    ]


def _case_reviews(session: Session, today: dt.date) -> tuple[CaseReview, ...]:
    cases = session.execute(select(Case.id, Case.code, Case.status, Case.next_review_date)
                            .where(Case.status.in_(OPEN_STATUSES)))  # columns: thousands of rows
    reviews = [
        CaseReview(c.id, c.code, c.status, c.next_review_date,
                   c.next_review_date is not None and c.next_review_date < today)
        for c in cases
    ]
    return tuple(sorted(reviews, key=lambda r: (r.next_review_date is not None,
                                                r.next_review_date or today, r.code)))


def _reporters_waiting(session: Session, today: dt.date) -> tuple[ReporterWaiting, ...]:
    """Without a route: past the respond-by date without feedback. On a route: that too, or a promise
    of the route about to be broken (sorted by the date the reporter should hear back).

    Read in three queries, whatever the number of reporters: the reporters with how often they heard
    back, and the names and promises of their routes."""
    feedback_count = (select(func.count(ReporterFeedback.id))
                      .where(ReporterFeedback.reporter_id == Reporter.id).scalar_subquery())
    rows = session.execute(
        select(Reporter.id, Reporter.case_id, Reporter.person, Reporter.reported_on, Reporter.respond_by,
               Case.code, Partner.name, ReporterRoute.route_id, feedback_count)
        .join(Case, Case.id == Reporter.case_id)
        .outerjoin(Partner, Partner.id == Reporter.partner_id)
        .outerjoin(ReporterRoute, ReporterRoute.reporter_id == Reporter.id)
        .where(or_(ReporterRoute.id.is_not(None), Reporter.respond_by < today),
               or_(ReporterRoute.id.is_not(None), feedback_count == 0),
               Case.status.in_(OPEN_STATUSES))
    ).all()
    route_ids = {row.route_id for row in rows if row.route_id is not None}
    names = {route_id: name for route_id, name in session.execute(
        select(SignallingRoute.id, SignallingRoute.name).where(SignallingRoute.id.in_(route_ids)))}
    promises: dict[int, list[tuple[int, str]]] = {}
    for route_id, days, text in session.execute(
            select(RouteStep.route_id, RouteStep.promise_days, RouteStep.promise)
            .where(RouteStep.route_id.in_(route_ids), RouteStep.promise_days.is_not(None))
            .order_by(RouteStep.position)):
        if days is not None:
            promises.setdefault(route_id, []).append((days, text or ""))
    horizon = add_working_days(today, AT_RISK_WORKING_DAYS)
    waiting = []
    for reporter_id, case_id, person, reported_on, respond_by, code, partner, route_id, heard in rows:
        promised = promises.get(route_id, ())
        promise: tuple[dt.date, str] | None = None
        if heard < len(promised):  # the n-th feedback keeps the n-th promise
            next_due = promise_schedule(reported_on, respond_by, promised)[heard]
            promise = next_due if next_due[0] <= horizon else None
        if promise is None and (respond_by >= today or heard):
            continue
        waiting.append(ReporterWaiting(
            reporter_id, case_id, code, " – ".join(filter(None, (partner, person))), reported_on, respond_by,
            names.get(route_id), promise[1] if promise else None, promise[0] if promise else None))
    return tuple(sorted(waiting, key=lambda w: (w.due_on, w.reporter_id)))


def _postponed_informing(session: Session, today: dt.date) -> tuple[PostponedInforming, ...]:
    rows = session.execute(
        select(InformedRecord, Case.code, Subject.pseudonym)
        .join(Case, Case.id == InformedRecord.case_id)
        .join(Subject, Subject.id == InformedRecord.subject_id)
        .where(InformedRecord.status == InformedStatus.UITGESTELD, Case.status.in_(OPEN_STATUSES),
               InformedRecord.superseded.is_(False), InformedRecord.review_date <= today)
        .order_by(InformedRecord.review_date)
    )
    return tuple(PostponedInforming(r.id, r.case_id, code, pseudonym, r.postponement_reason, r.review_date)
                 for r, code, pseudonym in rows
                 # a check constraint keeps both of a postponed record filled in
                 if r.postponement_reason is not None and r.review_date is not None)


def retention_due(session: Session, today: dt.date) -> tuple[RetentionLine, ...]:
    """Closed cases past their retention date or reaching it within ``SOON_DAYS``, the earliest
    first. A case closed before dates were fixed has none stored; it is kept a year at least."""
    horizon = today + dt.timedelta(days=SOON_DAYS)
    closed = Case.status.not_in(OPEN_STATUSES | {CaseStatus.VERNIETIGD})
    fixed = session.scalars(select(Case).join(CaseRetention, CaseRetention.case_id == Case.id)
                            .where(closed, CaseRetention.retention_until <= horizon))
    unfixed = session.scalars(select(Case).where(
        closed, Case.closed_on <= horizon - dt.timedelta(days=365),
        ~exists().where(CaseRetention.case_id == Case.id)))
    lines = [line for line in closed_case_lines(session, (*fixed, *unfixed))
             if line.retention_until <= horizon]
    return tuple(sorted(lines, key=lambda line: (line.retention_until, line.code)))


def minutes_to_handle(session: Session, login: str) -> tuple[MinutesToHandle, ...]:
    """Minutes of held meetings waiting for ``login``'s role, oldest meeting first. The chair: concepts
    to adopt (in a later meeting of the table or in writing) and adopted minutes without the chair's
    signature; the minute taker: adopted minutes without theirs. Signed minutes wait for no one."""
    role = session.scalar(select(UserAccount.role).where(UserAccount.login == login))
    if role is None:
        return ()
    latest = (select(MinutesVersion.meeting_id, func.max(MinutesVersion.version).label("version"))
              .group_by(MinutesVersion.meeting_id).subquery())
    rows = session.execute(  # columns only: a version's body is the whole frozen minutes
        select(Meeting.id, Meeting.held_on, Meeting.title, Meeting.meeting_type, MinutesVersion.id,
               MinutesVersion.version, MinutesVersion.status)
        .outerjoin(latest, latest.c.meeting_id == Meeting.id)
        .outerjoin(MinutesVersion, (MinutesVersion.meeting_id == Meeting.id)
                   & (MinutesVersion.version == latest.c.version))
        .where(Meeting.status == MeetingStatus.GEHOUDEN)
        .order_by(Meeting.held_on, Meeting.id)).all()
    adopted = [row[4] for row in rows if row[6] is MinutesStatus.VASTGESTELD]
    signed_by = _signing_roles(session, adopted)
    found = []
    for meeting_id, held_on, title, meeting_type, version_id, number, version_status in rows:
        status = version_status or MinutesStatus.CONCEPT
        roles = signed_by.get(version_id, set())
        if role is Role.CHAIR and status is MinutesStatus.CONCEPT:
            step = MinutesStep.ADOPT
        elif role is Role.CHAIR and status is MinutesStatus.VASTGESTELD and Role.CHAIR not in roles:
            step = MinutesStep.SIGN_AS_CHAIR
        elif role is Role.SECRETARY and status is MinutesStatus.VASTGESTELD and Role.SECRETARY not in roles:
            step = MinutesStep.SIGN_AS_SECRETARY
        else:
            continue
        found.append(MinutesToHandle(meeting_id, held_on, titled_label(title, meeting_type), number, step,
                                     Role.SECRETARY in roles))
    return tuple(found)


def _signing_roles(session: Session, version_ids: list[int]) -> dict[int, set[Role]]:
    """Minutes version id → the roles of the users who signed one of its stored PDFs."""
    if not version_ids:
        return {}
    rows = session.execute(
        select(MinutesDocument.minutes_version_id, UserAccount.role)
        .join(SignatureRecord, SignatureRecord.signed_sha256 == MinutesDocument.sha256)
        .join(UserAccount, UserAccount.login == SignatureRecord.login)
        .where(MinutesDocument.minutes_version_id.in_(version_ids)))
    roles: dict[int, set[Role]] = {}
    for version_id, role in rows:
        roles.setdefault(version_id, set()).add(role)
    return roles

"""The chair's overview: what needs attention today."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    CaseStatus,
    InformedStatus,
    MeetingStatus,
    MeetingType,
)
from casusoverleg_desktop.domain.labels import action_label
from casusoverleg_desktop.domain.lifecycle import OPEN_STATUSES
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.store.models import (
    ActionItem,
    Case,
    InformedRecord,
    Meeting,
    Partner,
    Reporter,
    ReporterFeedback,
    Subject,
)


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
    reporter_id: int
    case_id: int
    case_code: str
    reporter: str
    reported_on: dt.date
    respond_by: dt.date


@dataclass(frozen=True)
class PostponedInforming:
    record_id: int
    case_id: int
    case_code: str
    subject: str
    reason: str
    review_date: dt.date


@dataclass(frozen=True)
class ChairOverview:
    today: dt.date
    upcoming_meetings: tuple[UpcomingMeeting, ...]
    overdue_actions: tuple[ActionDue, ...]
    actions_due_this_week: tuple[ActionDue, ...]
    case_reviews: tuple[CaseReview, ...]
    reporters_waiting: tuple[ReporterWaiting, ...]
    postponed_informing_due: tuple[PostponedInforming, ...]


def chair_overview(ctx: ServiceContext, today: dt.date | None = None) -> ChairOverview:
    """Next meetings; overdue actions and those due this week (up to Sunday); open cases with
    their next review (missing or overdue first); reporters past their respond-by date without
    feedback; postponed informing whose review date has come."""
    today = today or ctx.clock().date()
    end_of_week = today + dt.timedelta(days=6 - today.weekday())
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
    rows = session.execute(
        select(ActionItem, Case.code, Partner.name)
        .join(Partner, Partner.id == ActionItem.owner_partner_id)
        .outerjoin(Case, Case.id == ActionItem.case_id)
        .where(ActionItem.closed_on.is_(None), ActionItem.due_date <= until)
        .order_by(ActionItem.due_date, ActionItem.id)
    )
    return [
        ActionDue(a.id, action_label(a.number), code, a.description, owner, a.due_date, a.status,
                  a.postponement_count)
        for a, code, owner in rows
        if a.due_date is not None
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
    has_feedback = exists().where(ReporterFeedback.reporter_id == Reporter.id)
    rows = session.execute(
        select(Reporter, Case.code, Partner.name)
        .join(Case, Case.id == Reporter.case_id)
        .outerjoin(Partner, Partner.id == Reporter.partner_id)
        .where(Reporter.respond_by < today, ~has_feedback)
        .order_by(Reporter.respond_by)
    )
    return tuple(
        ReporterWaiting(r.id, r.case_id, code, " – ".join(filter(None, (partner, r.person))), r.reported_on,
                        r.respond_by)
        for r, code, partner in rows
    )


def _postponed_informing(session: Session, today: dt.date) -> tuple[PostponedInforming, ...]:
    rows = session.execute(
        select(InformedRecord, Case.code, Subject.pseudonym)
        .join(Case, Case.id == InformedRecord.case_id)
        .join(Subject, Subject.id == InformedRecord.subject_id)
        .where(InformedRecord.status == InformedStatus.UITGESTELD,
               InformedRecord.superseded.is_(False), InformedRecord.review_date <= today)
        .order_by(InformedRecord.review_date)
    )
    return tuple(PostponedInforming(r.id, r.case_id, code, pseudonym, r.postponement_reason, r.review_date)
                 for r, code, pseudonym in rows
                 # a check constraint keeps both of a postponed record filled in
                 if r.postponement_reason is not None and r.review_date is not None)

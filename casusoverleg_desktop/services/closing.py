"""Before Sluiting: what the meeting has left unfinished, and the next meeting of the same table.

Closing fixes everything the meeting recorded, so the chair first sees what is still open — the
attendance, actions of earlier meetings not yet reviewed, a case without a decision or without a
next review date, a rondvraag that was skipped — and may go back or close anyway. The next
meeting's date entered at the closing makes that meeting, like this one, in preparation.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.enums import AgendaItemKind, MeetingStatus
from casusoverleg_desktop.domain.labels import counted
from casusoverleg_desktop.domain.lifecycle import OPEN_STATUSES
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.domain.rules import check_closing_times
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import meetings
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.services.meetings import MeetingInfo, read_meeting
from casusoverleg_desktop.store.models import (
    ActionItem,
    ActionReview,
    AgendaItemInvitation,
    Case,
    Decision,
    Meeting,
    MeetingAttendance,
    Partner,
)

__all__ = ["Unfinished", "UnfinishedPoint", "check_closing", "plan_next_meeting", "unfinished_business"]


class Unfinished(enum.Enum):
    ATTENDANCE = "attendance"
    REVIEW = "review"
    DECISION = "decision"
    NEXT_REVIEW = "next_review"
    RONDVRAAG = "rondvraag"


@dataclass(frozen=True)
class UnfinishedPoint:
    """One thing still open, under the agenda item where the chair can finish it."""

    agenda_item_id: int
    what: Unfinished
    text: str


def unfinished_business(ctx: ServiceContext, meeting_id: int, *,
                        shown_item_ids: Collection[int] = ()) -> list[UnfinishedPoint]:
    """What is still open in the meeting, in agenda order. ``shown_item_ids``: the items the chair
    has had on screen — a rondvraag that was shown and left empty had nothing to say."""
    with ctx.unit_of_work() as session:
        meeting = fetch(session, Meeting, meeting_id)
        agenda = meeting.agenda
        by_kind = {item.kind: item for item in agenda if item.kind is not AgendaItemKind.CASUS}
        case_items = {item.case_id: item for item in agenda if item.case_id is not None}
        decided = set(session.scalars(select(Decision.agenda_item_id).where(
            Decision.meeting_id == meeting_id, Decision.agenda_item_id.is_not(None))))
        found: list[UnfinishedPoint] = []

        opening = by_kind.get(AgendaItemKind.OPENING)
        if opening is not None:
            recorded = set(session.scalars(select(MeetingAttendance.partner_id).where(
                MeetingAttendance.meeting_id == meeting_id)))
            expected = set(session.scalars(select(AgendaItemInvitation.partner_id).where(
                AgendaItemInvitation.agenda_item_id.in_([item.id for item in agenda]))))
            missing = sorted(_partner_name(session, p) for p in expected - recorded)
            if not recorded:
                found.append(UnfinishedPoint(opening.id, Unfinished.ATTENDANCE,
                                             "De aanwezigheid is niet vastgelegd."))
            elif missing:
                found.append(UnfinishedPoint(opening.id, Unfinished.ATTENDANCE,
                                             f"Aanwezigheid niet vastgelegd van {', '.join(missing)}."))

        unreviewed: dict[int, int] = {}
        verslag = by_kind.get(AgendaItemKind.VERSLAG_VORIGE)
        for case_id in session.scalars(
                select(ActionItem.case_id).join(ActionReview, ActionReview.action_item_id == ActionItem.id)
                .where(ActionReview.meeting_id == meeting_id, ActionReview.status_after.is_(None))):
            item = case_items.get(case_id) if case_id is not None else None
            target = item or verslag
            if target is not None:
                unreviewed[target.id] = unreviewed.get(target.id, 0) + 1

        for item in agenda:
            if item.id in unreviewed:
                found.append(UnfinishedPoint(item.id, Unfinished.REVIEW, counted(
                    unreviewed[item.id], "actiepunt", "actiepunten") + " van eerdere vergaderingen nog "
                    "niet doorgenomen."))
            if item.case_id is not None:
                case = fetch(session, Case, item.case_id)
                if case.status not in OPEN_STATUSES:
                    continue
                if item.id not in decided:
                    found.append(UnfinishedPoint(item.id, Unfinished.DECISION, "Geen besluit vastgelegd."))
                if case.next_review_date is None or case.next_review_date <= meeting.held_on:
                    found.append(UnfinishedPoint(item.id, Unfinished.NEXT_REVIEW,
                                                 "Geen datum voor de volgende bespreking."))
            elif (item.kind is AgendaItemKind.RONDVRAAG and item.id not in shown_item_ids
                  and not (item.notes or "").strip() and item.id not in decided):
                found.append(UnfinishedPoint(item.id, Unfinished.RONDVRAAG,
                                             "De rondvraag is niet gehouden."))
        return found


def _partner_name(session: Session, partner_id: int) -> str:
    partner = fetch(session, Partner, partner_id)
    return partner.short_name or partner.name


def check_closing(ctx: ServiceContext, meeting: MeetingInfo, end_time: dt.time,
                  next_meeting_on: dt.date | None, *, create_next: bool) -> None:
    """What would make closing fail, checked before the chair is asked anything: the end time,
    a meeting that lies in the future, and the next meeting's date — after this meeting, and
    not in the past when that meeting is to be made."""
    today = local_time(ctx.clock()).date()
    check_closing_times(meeting.held_on, meeting.start_time, end_time, next_meeting_on, today)
    if create_next and next_meeting_on is not None and next_meeting_on < today:
        raise ValidationError(
            f"De volgende vergadering ({next_meeting_on:%d-%m-%Y}) ligt in het verleden. Kies een "
            "datum vanaf vandaag, of laat die vergadering niet aanmaken.")


def plan_next_meeting(ctx: ServiceContext, like: MeetingInfo, held_on: dt.date) -> tuple[MeetingInfo, bool]:
    """The next meeting of the same table on ``held_on``: the one already there (same type and
    title, not cancelled), or a new one in preparation like ``like`` — its type, title, planned
    times, place, chair and minute taker. Returns the meeting and whether it was made now."""
    if held_on <= like.held_on:
        raise ValidationError("De volgende vergadering moet na deze vergadering liggen.")
    if held_on < local_time(ctx.clock()).date():
        raise ValidationError(f"De volgende vergadering ({held_on:%d-%m-%Y}) ligt in het verleden.")
    with ctx.unit_of_work() as session:
        existing = session.scalar(select(Meeting.id).where(
            Meeting.meeting_type == like.meeting_type, Meeting.held_on == held_on,
            Meeting.title.is_not_distinct_from(like.title),
            Meeting.status != MeetingStatus.GEANNULEERD).limit(1))
        if existing is not None:
            return read_meeting(session, existing), False
    return meetings.create_meeting(
        ctx, like.meeting_type, held_on, start_time=like.start_time, end_time=like.end_time,
        location=like.location, chair_id=like.chair_id, minute_taker_id=like.minute_taker_id,
        title=like.title), True

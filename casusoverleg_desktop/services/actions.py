"""Action items (actiepunten): creation, postponement, status, and the review list per meeting.

An action stays on the action list, meeting after meeting, until it is closed: every open action of
an earlier meeting of the same table comes back on a meeting's review list (``bring_up_for_review``),
as do the open actions without a case and those of the cases on its agenda."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.enums import ActionStatus, MeetingStatus
from casusoverleg_desktop.domain.labels import action_label, qualified_label
from casusoverleg_desktop.domain.rules import (
    check_action_status_change,
    check_action_timing,
    check_postponement,
    require_text,
)
from casusoverleg_desktop.domain.values import ActionTiming
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import (
    check_meeting_open,
    check_professional_of,
    check_subject_of,
    fetch,
)
from casusoverleg_desktop.services.safeguards import check_sharing
from casusoverleg_desktop.store.models import (
    ActionAddressee,
    ActionItem,
    ActionPostponement,
    ActionReview,
    AgendaItem,
    Case,
    Meeting,
    Partner,
)


@dataclass(frozen=True)
class ActionInfo:
    id: int
    label: str
    origin_meeting_id: int
    origin_date: dt.date
    case_id: int | None
    description: str
    owner_partner_id: int
    owner_professional_id: int | None
    owner_detail: str | None
    concerned_subject_id: int | None
    due_date: dt.date | None
    condition: str | None
    ongoing: bool
    status: ActionStatus
    postponement_count: int
    closed_on: dt.date | None
    closed_by: str | None
    status_note: str | None
    addressed_to: tuple[int, ...]

    @property
    def timing(self) -> ActionTiming:
        return ActionTiming(self.due_date, self.condition, self.ongoing)

    def reference(self, seen_from: dt.date | None = None) -> str:
        """The number with its meeting's date, unambiguous beside other meetings' actions."""
        return qualified_label(self.label, self.origin_date, seen_from=seen_from)


@dataclass(frozen=True)
class ReviewInfo:
    """An action on a meeting's review list."""

    id: int
    meeting_id: int
    action: ActionInfo
    status_after: ActionStatus | None
    note: str | None


def action_info(session: Session, a: ActionItem) -> ActionInfo:
    return action_infos(session, [a])[0]


def action_infos(session: Session, items: Sequence[ActionItem]) -> list[ActionInfo]:
    """``action_info`` of many actions in two queries, whatever their number."""
    addressed: dict[int, list[int]] = {a.id: [] for a in items}
    held_on: dict[int, dt.date] = {}
    for chunk in _chunks(sorted(addressed)):
        for action_id, partner_id in session.execute(
                select(ActionAddressee.action_item_id, ActionAddressee.partner_id)
                .where(ActionAddressee.action_item_id.in_(chunk)).order_by(ActionAddressee.partner_id)):
            addressed[action_id].append(partner_id)
    for chunk in _chunks(sorted({a.origin_meeting_id for a in items})):
        rows = session.execute(select(Meeting.id, Meeting.held_on).where(Meeting.id.in_(chunk)))
        held_on.update((meeting_id, day) for meeting_id, day in rows)
    return [ActionInfo(
        a.id, action_label(a.number), a.origin_meeting_id, held_on[a.origin_meeting_id], a.case_id,
        a.description, a.owner_partner_id, a.owner_professional_id, a.owner_detail,
        a.concerned_subject_id, a.due_date, a.condition, a.ongoing, a.status, a.postponement_count,
        a.closed_on, a.closed_by, a.status_note, tuple(addressed[a.id]),
    ) for a in items]


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    """Ids in pieces, well inside SQLite's limit on bound parameters."""
    return [ids[start:start + size] for start in range(0, len(ids), size)]


def create_action(
    ctx: ServiceContext, origin_meeting_id: int, description: str, owner_partner_id: int, *,
    due_date: dt.date | None = None, condition: str | None = None, ongoing: bool = False,
    case_id: int | None = None, agenda_item_id: int | None = None,
    owner_professional_id: int | None = None, owner_detail: str | None = None,
    concerned_subject_id: int | None = None, addressed_to: Sequence[int] = (), acknowledge: bool = False,
) -> ActionInfo:
    """The next action of the meeting (A1, A2, …): who, what, and a due date or a condition.
    Addressing it to partners refuses without ``acknowledge`` when ``safeguards.check_sharing`` sees
    a reason."""
    description = require_text(description, "wat er moet gebeuren")
    check_action_timing(due_date, condition, ongoing)
    with ctx.unit_of_work() as session:
        meeting = fetch(session, Meeting, origin_meeting_id)
        check_meeting_open(meeting)
        if agenda_item_id is not None:
            item = fetch(session, AgendaItem, agenda_item_id)
            if item.meeting_id != meeting.id:
                raise ValidationError("Dit agendapunt hoort bij een andere vergadering.")
            case_id = case_id or item.case_id
        if case_id is not None:
            fetch(session, Case, case_id)
        if due_date is not None and due_date < meeting.held_on:
            raise ValidationError(
                "De termijn van een actiepunt kan niet vóór de vergadering liggen."
            )
        fetch(session, Partner, owner_partner_id)
        check_professional_of(session, owner_professional_id, owner_partner_id)
        check_subject_of(session, concerned_subject_id, case_id)
        number = 1 + (session.scalar(select(func.max(ActionItem.number)).where(
            ActionItem.origin_meeting_id == meeting.id)) or 0)
        check_sharing(session, f"actiepunt {action_label(number)}", case_id, addressed_to,
                      acknowledge=acknowledge)
        action = ActionItem(
            origin_meeting_id=meeting.id, number=number, agenda_item_id=agenda_item_id,
            case_id=case_id, description=description, owner_partner_id=owner_partner_id,
            owner_professional_id=owner_professional_id, owner_detail=owner_detail,
            concerned_subject_id=concerned_subject_id, due_date=due_date,
            condition=condition.strip() if condition else None, ongoing=ongoing,
            status=ActionStatus.OPEN, postponement_count=0,
        )
        session.add(action)
        session.flush()
        for partner_id in dict.fromkeys(addressed_to):
            fetch(session, Partner, partner_id)
            session.add(ActionAddressee(action_item_id=action.id, partner_id=partner_id))
        session.flush()
        return action_info(session, action)


def postpone_action(
    ctx: ServiceContext, action_id: int, new_due_date: dt.date, *, reason: str | None = None,
    meeting_id: int | None = None,
) -> ActionInfo:
    """A new due date; the postponement is counted and kept."""
    with ctx.unit_of_work() as session:
        action = fetch(session, ActionItem, action_id)
        check_postponement(action.status, action.due_date, new_due_date)
        session.add(ActionPostponement(
            action_item_id=action.id, previous_due_date=action.due_date, new_due_date=new_due_date,
            reason=reason, meeting_id=meeting_id, at=ctx.clock(), by=ctx.actor,
        ))
        action.due_date = new_due_date
        action.postponement_count += 1
        session.flush()
        return action_info(session, action)


def _apply_status(
    ctx: ServiceContext, action: ActionItem, status: ActionStatus, note: str | None,
    on: dt.date,
) -> None:
    check_action_status_change(action.status, status, note)
    action.status = status
    action.status_note = note.strip() if note else action.status_note
    if status.is_closed:
        action.closed_on, action.closed_by = on, ctx.actor
    else:
        action.closed_on, action.closed_by = None, None


def set_action_status(
    ctx: ServiceContext, action_id: int, status: ActionStatus, *, note: str | None = None,
    on: dt.date | None = None,
) -> ActionInfo:
    """Start (loopt), close (afgerond, vervallen with a reason) or reopen (with a reason)."""
    with ctx.unit_of_work() as session:
        action = fetch(session, ActionItem, action_id)
        _apply_status(ctx, action, status, note, on or ctx.clock().date())
        session.flush()
        return action_info(session, action)


def action_list(ctx: ServiceContext, *, case_id: int | None = None,
                include_closed: bool = False) -> list[ActionInfo]:
    """The actielijst: actions stay on it, meeting after meeting, until they are closed."""
    with ctx.unit_of_work() as session:
        return read_action_list(session, case_id=case_id, include_closed=include_closed)


def read_action_list(session: Session, *, case_id: int | None = None,
                     include_closed: bool = False) -> list[ActionInfo]:
    """``action_list`` in the caller's unit of work."""
    query = (select(ActionItem).join(Meeting, Meeting.id == ActionItem.origin_meeting_id)
             .order_by(Meeting.held_on, ActionItem.number))
    if case_id is not None:
        query = query.where(ActionItem.case_id == case_id)
    if not include_closed:
        query = query.where(ActionItem.closed_on.is_(None))
    return action_infos(session, session.scalars(query).all())


def review_list(ctx: ServiceContext, meeting_id: int) -> list[ReviewInfo]:
    """Open actions of earlier meetings that come back for review in this meeting."""
    with ctx.unit_of_work() as session:
        return read_review_list(session, meeting_id)


def read_review_list(session: Session, meeting_id: int) -> list[ReviewInfo]:
    """``review_list`` in the caller's unit of work; an open meeting's list is brought up to date
    first (``bring_up_for_review``)."""
    bring_up_for_review(session, fetch(session, Meeting, meeting_id))
    rows = session.execute(
        select(ActionReview, ActionItem)
        .join(ActionItem, ActionItem.id == ActionReview.action_item_id)
        .join(Meeting, Meeting.id == ActionItem.origin_meeting_id)
        .where(ActionReview.meeting_id == meeting_id)
        .order_by(Meeting.held_on, ActionItem.number)
    )
    pairs = rows.all()
    infos = action_infos(session, [a for _, a in pairs])
    return [ReviewInfo(r.id, r.meeting_id, info, r.status_after, r.note)
            for (r, _), info in zip(pairs, infos, strict=True)]


def bring_up_for_review(session: Session, meeting: Meeting) -> None:
    """Put every open action of an earlier meeting on this meeting's review list, once: those of the
    same table (meeting type), those without a case and those of a case on its agenda.

    Idempotent, so a meeting made before the actions were is caught up whenever its list is read;
    a held or cancelled meeting's list stays as it was.
    """
    if meeting.status in (MeetingStatus.GEHOUDEN, MeetingStatus.GEANNULEERD):
        return
    on_agenda = select(AgendaItem.case_id).where(AgendaItem.meeting_id == meeting.id,
                                                 AgendaItem.case_id.is_not(None))
    already = select(ActionReview.action_item_id).where(ActionReview.meeting_id == meeting.id)
    missing = session.scalars(
        select(ActionItem.id)
        .join(Meeting, Meeting.id == ActionItem.origin_meeting_id)
        .where(
            Meeting.held_on < meeting.held_on,
            ActionItem.status.not_in([status for status in ActionStatus if status.is_closed]),
            or_(Meeting.meeting_type == meeting.meeting_type, ActionItem.case_id.is_(None),
                ActionItem.case_id.in_(on_agenda)),
            ActionItem.id.not_in(already),
        )
        .order_by(Meeting.held_on, ActionItem.number)
    ).all()
    session.add_all(ActionReview(action_item_id=action_id, meeting_id=meeting.id) for action_id in missing)
    if missing:
        session.flush()


def record_review(
    ctx: ServiceContext, review_id: int, *, note: str | None = None,
    status_after: ActionStatus | None = None,
) -> ReviewInfo:
    """What the meeting said about an action on its review list, and its status afterwards."""
    with ctx.unit_of_work() as session:
        review = fetch(session, ActionReview, review_id)
        action = fetch(session, ActionItem, review.action_item_id)
        meeting = fetch(session, Meeting, review.meeting_id)
        check_meeting_open(meeting)
        if status_after is not None and status_after is not action.status:
            _apply_status(ctx, action, status_after, note, meeting.held_on)
        review.note = note
        review.status_after = action.status
        session.flush()
        return ReviewInfo(review.id, meeting.id, action_info(session, action),
                          review.status_after, review.note)

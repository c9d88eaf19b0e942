"""Meetings: the standard agenda, case items, attendance and the review list of open actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.agenda import (
    CASE_ITEMS_BEFORE,
    FIRST_ITEM,
    LAST_ITEM,
    STANDARD_AGENDA,
    case_item_title,
)
from casusoverleg_desktop.domain.enums import (
    AgendaItemKind,
    Attendance,
    MeetingStatus,
    MeetingType,
    MinutesStatus,
)
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.domain.rules import check_closing_times, check_meeting_times
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services.actions import bring_up_for_review
from casusoverleg_desktop.services.balance import minutes_balance_summary
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import (
    check_case_open,
    check_meeting_open,
    check_professional_of,
    fetch,
    replace_partner_links,
)
from casusoverleg_desktop.services.meeting_record import freeze
from casusoverleg_desktop.services.minutes import latest_minutes_status, open_concept
from casusoverleg_desktop.store.models import (
    AgendaItem,
    AgendaItemInvitation,
    Case,
    CaseItemAttendance,
    Meeting,
    MeetingAttendance,
    Partner,
)

_CLOSED_MEETING = (MeetingStatus.GEHOUDEN, MeetingStatus.GEANNULEERD)


@dataclass(frozen=True)
class MeetingRow:
    """One line of ``casusoverleg meetings``: with where its minutes stand (None: none yet)."""

    id: int
    held_on: dt.date
    meeting_type: MeetingType
    status: MeetingStatus
    minutes: MinutesStatus | None = None


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    meeting_type: MeetingType
    title: str | None
    held_on: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    location: str | None
    chair_id: int | None
    minute_taker_id: int | None
    status: MeetingStatus
    next_meeting_on: dt.date | None


@dataclass(frozen=True)
class AgendaItemInfo:
    id: int
    meeting_id: int
    position: int
    kind: AgendaItemKind
    title: str
    case_id: int | None
    slot_minutes: int | None
    question: str | None
    notes: str | None
    invited_partner_ids: tuple[int, ...]


@dataclass(frozen=True)
class AttendanceInfo:
    partner_id: int
    professional_id: int | None
    status: Attendance
    note: str | None


def _meeting_info(m: Meeting) -> MeetingInfo:
    return MeetingInfo(m.id, m.meeting_type, m.title, m.held_on, m.start_time, m.end_time,
                       m.location, m.chair_id, m.minute_taker_id, m.status, m.next_meeting_on)


def _agenda_item_info(session: Session, item: AgendaItem) -> AgendaItemInfo:
    return _agenda_item_infos(session, [item])[0]


def _agenda_item_infos(session: Session, items: Sequence[AgendaItem]) -> list[AgendaItemInfo]:
    """Infos for many items with their invitations read in one query."""
    invited: dict[int, list[int]] = {item.id: [] for item in items}
    rows = session.execute(
        select(AgendaItemInvitation.agenda_item_id, AgendaItemInvitation.partner_id)
        .where(AgendaItemInvitation.agenda_item_id.in_(invited))
        .order_by(AgendaItemInvitation.partner_id)
    )
    for item_id, partner_id in rows:
        invited[item_id].append(partner_id)
    return [AgendaItemInfo(item.id, item.meeting_id, item.position, item.kind, item.title,
                           item.case_id, item.slot_minutes, item.question, item.notes,
                           tuple(invited[item.id]))
            for item in items]


def create_meeting(
    ctx: ServiceContext, meeting_type: MeetingType, held_on: dt.date, *,
    start_time: dt.time | None = None, end_time: dt.time | None = None,
    location: str | None = None, chair_id: int | None = None,
    minute_taker_id: int | None = None, title: str | None = None,
) -> MeetingInfo:
    """A meeting in preparation with the standard Dutch agenda."""
    check_meeting_times(start_time, end_time)
    with ctx.unit_of_work() as session:
        for professional_id in (chair_id, minute_taker_id):
            check_professional_of(session, professional_id, None)
        meeting = Meeting(meeting_type=meeting_type, held_on=held_on, start_time=start_time,
                          end_time=end_time, location=location, chair_id=chair_id,
                          minute_taker_id=minute_taker_id, title=title,
                          status=MeetingStatus.IN_VOORBEREIDING)
        session.add(meeting)
        session.flush()
        for position, (kind, item_title) in enumerate(STANDARD_AGENDA, start=1):
            session.add(AgendaItem(meeting_id=meeting.id, position=position, kind=kind,
                                   title=item_title))
        bring_up_for_review(session, meeting)
        session.flush()
        return _meeting_info(meeting)


def update_meeting(
    ctx: ServiceContext, meeting_id: int, *, held_on: dt.date | None = None,
    start_time: dt.time | None = None, end_time: dt.time | None = None,
    location: str | None = None, chair_id: int | None = None,
    minute_taker_id: int | None = None, next_meeting_on: dt.date | None = None,
) -> MeetingInfo:
    """Change the given fields; ``None`` leaves a field as it is."""
    with ctx.unit_of_work() as session:
        meeting = fetch(session, Meeting, meeting_id)
        check_meeting_open(meeting)
        for professional_id in (chair_id, minute_taker_id):
            check_professional_of(session, professional_id, None)
        check_meeting_times(start_time or meeting.start_time, end_time or meeting.end_time)
        changes = {"held_on": held_on, "start_time": start_time, "end_time": end_time,
                   "location": location, "chair_id": chair_id,
                   "minute_taker_id": minute_taker_id, "next_meeting_on": next_meeting_on}
        for name, value in changes.items():
            if value is not None:
                setattr(meeting, name, value)
        if meeting.next_meeting_on is not None and meeting.next_meeting_on <= meeting.held_on:
            raise ValidationError("De volgende vergadering moet na deze vergadering liggen.")
        session.flush()
        return _meeting_info(meeting)


def set_meeting_status(ctx: ServiceContext, meeting_id: int, status: MeetingStatus) -> MeetingInfo:
    """Planned or cancelled; a meeting becomes 'gehouden' only by ``close_meeting``."""
    if status is MeetingStatus.GEHOUDEN:
        raise ValidationError("Een vergadering wordt gehouden verklaard door haar te sluiten (Sluiting).")
    with ctx.unit_of_work() as session:
        meeting = fetch(session, Meeting, meeting_id)
        if meeting.status in _CLOSED_MEETING and status is not meeting.status:
            raise ValidationError(
                f"Een vergadering die {meeting.status.label.lower()} is, blijft dat."
            )
        meeting.status = status
        session.flush()
        return _meeting_info(meeting)


def close_meeting(ctx: ServiceContext, meeting_id: int, end_time: dt.time, *,
                  next_meeting_on: dt.date | None = None) -> MeetingInfo:
    """Sluiting: the end time (and the next meeting's date) are recorded, the meeting is held, what
    it recorded is frozen as it stands, and its minutes begin as a concept — in one step."""
    with ctx.unit_of_work() as session:
        meeting = fetch(session, Meeting, meeting_id)
        check_meeting_open(meeting)
        check_closing_times(meeting.held_on, meeting.start_time, end_time, next_meeting_on,
                            local_time(ctx.clock()).date())
        bring_up_for_review(session, meeting)  # the frozen action list carries every open action
        meeting.end_time = end_time
        meeting.next_meeting_on = next_meeting_on or meeting.next_meeting_on
        meeting.status = MeetingStatus.GEHOUDEN
        session.flush()
        freeze(session, ctx, meeting, minutes_balance_summary)
        open_concept(session, ctx, meeting)
        return _meeting_info(meeting)


def list_meetings(ctx: ServiceContext) -> list[MeetingRow]:
    """All meetings by date, for ``casusoverleg meetings``."""
    with ctx.unit_of_work() as session:
        states = latest_minutes_status(session)
        rows = session.execute(
            select(Meeting.id, Meeting.held_on, Meeting.meeting_type, Meeting.status)
            .order_by(Meeting.held_on, Meeting.id)
        )
        return [MeetingRow(*row, states.get(row.id)) for row in rows]


def get_meeting(ctx: ServiceContext, meeting_id: int) -> MeetingInfo:
    with ctx.unit_of_work() as session:
        return read_meeting(session, meeting_id)


def agenda(ctx: ServiceContext, meeting_id: int) -> list[AgendaItemInfo]:
    with ctx.unit_of_work() as session:
        return read_agenda(session, meeting_id)


def read_meeting(session: Session, meeting_id: int) -> MeetingInfo:
    """``get_meeting`` in the caller's unit of work."""
    return _meeting_info(fetch(session, Meeting, meeting_id))


def read_agenda(session: Session, meeting_id: int) -> list[AgendaItemInfo]:
    """``agenda`` in the caller's unit of work."""
    return _agenda_item_infos(session, fetch(session, Meeting, meeting_id).agenda)


def add_case_item(
    ctx: ServiceContext, meeting_id: int, case_id: int, *, slot_minutes: int | None = None,
    question: str | None = None, invited_partner_ids: Sequence[int] = (),
) -> AgendaItemInfo:
    """Put a case on the agenda (before Rondvraag); its open actions come up for review."""
    if slot_minutes is not None and slot_minutes <= 0:
        raise ValidationError("Geef de casus een tijdsblok van minstens één minuut.")
    with ctx.unit_of_work() as session:
        meeting = fetch(session, Meeting, meeting_id)
        check_meeting_open(meeting)
        case = fetch(session, Case, case_id)
        check_case_open(case)
        if any(item.case_id == case_id for item in meeting.agenda):
            raise ValidationError(f"Casus {case.code} staat al op de agenda van deze vergadering.")
        insert_at = next(i.position for i in meeting.agenda if i.kind is CASE_ITEMS_BEFORE)
        for later in meeting.agenda:
            if later.position >= insert_at:
                later.position += 1
        item = AgendaItem(meeting_id=meeting_id, position=insert_at, kind=AgendaItemKind.CASUS,
                          title=case_item_title(case.code), case_id=case_id,
                          slot_minutes=slot_minutes, question=question)
        session.add(item)
        session.flush()
        for partner_id in dict.fromkeys(invited_partner_ids):
            fetch(session, Partner, partner_id)
            session.add(AgendaItemInvitation(agenda_item_id=item.id, partner_id=partner_id))
        bring_up_for_review(session, meeting)
        session.flush()
        session.expire(meeting, ["agenda"])
        return _agenda_item_info(session, item)


def set_invitations(
    ctx: ServiceContext, agenda_item_id: int, partner_ids: Sequence[int]
) -> AgendaItemInfo:
    """The partners invited for a case item (need to know): replaces the earlier list."""
    with ctx.unit_of_work() as session:
        item = fetch_case_item(session, agenda_item_id)
        check_meeting_open(fetch(session, Meeting, item.meeting_id))
        replace_partner_links(session, AgendaItemInvitation, "agenda_item_id", item.id, partner_ids)
        session.flush()
        return _agenda_item_info(session, item)


def reorder_agenda(
    ctx: ServiceContext, meeting_id: int, item_ids: Sequence[int]
) -> list[AgendaItemInfo]:
    """Put the agenda in the given order; Opening stays first and Sluiting last."""
    with ctx.unit_of_work() as session:
        meeting = fetch(session, Meeting, meeting_id)
        check_meeting_open(meeting)
        items = {item.id: item for item in meeting.agenda}
        if sorted(item_ids) != sorted(items):
            raise ValidationError("De nieuwe volgorde moet precies alle agendapunten bevatten.")
        if items[item_ids[0]].kind is not FIRST_ITEM or items[item_ids[-1]].kind is not LAST_ITEM:
            raise ValidationError(
                "De opening blijft het eerste en de sluiting het laatste agendapunt."
            )
        for position, item_id in enumerate(item_ids, start=1):
            items[item_id].position = position
        session.flush()
        session.expire(meeting, ["agenda"])
        return _agenda_item_infos(session, meeting.agenda)


def update_agenda_item(
    ctx: ServiceContext, agenda_item_id: int, *, slot_minutes: int | None = None,
    question: str | None = None, notes: str | None = None,
) -> AgendaItemInfo:
    """Change slot, question or the minute text of an agenda item; ``None`` leaves it.

    Every item has a slot (a fixed point without one has its standard minutes); only a case item
    has a question."""
    if slot_minutes is not None and slot_minutes <= 0:
        raise ValidationError("Geef het agendapunt een tijdsblok van minstens één minuut.")
    with ctx.unit_of_work() as session:
        item = fetch(session, AgendaItem, agenda_item_id)
        check_meeting_open(fetch(session, Meeting, item.meeting_id))
        if item.kind is not AgendaItemKind.CASUS and question:
            raise ValidationError("Alleen een casusbespreking heeft een vraag aan het overleg.")
        if slot_minutes is not None:
            item.slot_minutes = slot_minutes
        if question is not None:
            item.question = question or None
        if notes is not None:
            item.notes = notes or None
        session.flush()
        return _agenda_item_info(session, item)


def set_attendance(
    ctx: ServiceContext, meeting_id: int, partner_id: int, status: Attendance, *,
    professional_id: int | None = None, note: str | None = None,
) -> list[AttendanceInfo]:
    """Attendance of a partner (or one of its professionals) at the meeting as a whole."""
    with ctx.unit_of_work() as session:
        check_meeting_open(fetch(session, Meeting, meeting_id))
        fetch(session, Partner, partner_id)
        check_professional_of(session, professional_id, partner_id)
        row = session.scalar(select(MeetingAttendance).where(
            MeetingAttendance.meeting_id == meeting_id, MeetingAttendance.partner_id == partner_id,
            MeetingAttendance.professional_id.is_not_distinct_from(professional_id),
        ))
        if row is None:
            row = MeetingAttendance(meeting_id=meeting_id, partner_id=partner_id,
                                    professional_id=professional_id, status=status)
            session.add(row)
        row.status, row.note = status, note
        session.flush()
        return read_attendance(session, meeting_id)


def attendance(ctx: ServiceContext, meeting_id: int) -> list[AttendanceInfo]:
    with ctx.unit_of_work() as session:
        return read_attendance(session, meeting_id)


def read_attendance(session: Session, meeting_id: int) -> list[AttendanceInfo]:
    """``attendance`` in the caller's unit of work."""
    rows = session.scalars(select(MeetingAttendance).where(
        MeetingAttendance.meeting_id == meeting_id).order_by(MeetingAttendance.id))
    return [AttendanceInfo(r.partner_id, r.professional_id, r.status, r.note) for r in rows]


def set_case_item_attendance(
    ctx: ServiceContext, agenda_item_id: int, partner_id: int, status: Attendance, *,
    professional_id: int | None = None, note: str | None = None,
) -> list[AttendanceInfo]:
    """Which invited partner joined for this case (need to know: only invited partners)."""
    with ctx.unit_of_work() as session:
        item = fetch_case_item(session, agenda_item_id)
        check_meeting_open(fetch(session, Meeting, item.meeting_id))
        check_invited(session, item, partner_id)
        check_professional_of(session, professional_id, partner_id)
        row = session.scalar(select(CaseItemAttendance).where(
            CaseItemAttendance.agenda_item_id == item.id,
            CaseItemAttendance.partner_id == partner_id))
        if row is None:
            row = CaseItemAttendance(agenda_item_id=item.id, partner_id=partner_id, status=status)
            session.add(row)
        row.status, row.professional_id, row.note = status, professional_id, note
        session.flush()
        rows = session.scalars(select(CaseItemAttendance).where(
            CaseItemAttendance.agenda_item_id == item.id).order_by(CaseItemAttendance.id))
        return [AttendanceInfo(r.partner_id, r.professional_id, r.status, r.note) for r in rows]


def fetch_case_item(session: Session, agenda_item_id: int) -> AgendaItem:
    item = fetch(session, AgendaItem, agenda_item_id)
    if item.kind is not AgendaItemKind.CASUS:
        raise ValidationError(f"'{item.title}' is geen casusbespreking.")
    return item


def check_invited(session: Session, item: AgendaItem, partner_id: int) -> None:
    invited = session.scalar(select(AgendaItemInvitation.id).where(
        AgendaItemInvitation.agenda_item_id == item.id,
        AgendaItemInvitation.partner_id == partner_id))
    if invited is None:
        partner = fetch(session, Partner, partner_id)
        raise ValidationError(
            f"{partner.name} is niet uitgenodigd voor '{item.title}'; alleen genodigden geven inbreng "
            "bij een casus.")


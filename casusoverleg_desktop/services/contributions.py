"""Contributions (inbreng) of partners per case item, in BOB order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.diagnosis import needs_diagnosis_flag
from casusoverleg_desktop.domain.enums import Attendance, BobPhase, DataCategory, StatementType
from casusoverleg_desktop.domain.rules import require_text
from casusoverleg_desktop.services.audit import record_opened
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.families import name_statement_persons
from casusoverleg_desktop.services.lookup import check_meeting_open, check_professional_of, fetch
from casusoverleg_desktop.services.meetings import check_invited, fetch_case_item
from casusoverleg_desktop.services.signals import source_is_qualified, statement_sources
from casusoverleg_desktop.store.models import (
    AgendaItem,
    Case,
    CaseItemAttendance,
    Contribution,
    Meeting,
    MeetingAttendance,
)
from casusoverleg_desktop.store.privacy_models import StatementPerson

_BOB_ORDER = {phase: index for index, phase in enumerate(BobPhase)}


@dataclass(frozen=True)
class ContributionInfo:
    id: int
    agenda_item_id: int
    partner_id: int
    professional_id: int | None
    bob_phase: BobPhase
    statement_type: StatementType
    data_category: DataCategory
    text: str
    diagnosis_flag: bool
    source_person: str | None = None
    """The pseudonym of the person of the case whose statement it is ('bron'), if any."""


def _infos(session: Session, rows: Sequence[Contribution]) -> list[ContributionInfo]:
    sources = statement_sources(session, StatementPerson.contribution_id, [c.id for c in rows])
    return [ContributionInfo(c.id, c.agenda_item_id, c.partner_id, c.professional_id, c.bob_phase,
                             c.statement_type, c.data_category, c.text, c.diagnosis_flag,
                             sources.get(c.id))
            for c in rows]


def add_contribution(
    ctx: ServiceContext, agenda_item_id: int, partner_id: int, text: str, *,
    bob_phase: BobPhase, statement_type: StatementType,
    data_category: DataCategory = DataCategory.GEWOON, professional_id: int | None = None,
    concerns: Sequence[int] = (), source_person: int | None = None,
) -> ContributionInfo:
    """A partner's inbreng on a case item; only partners invited for that case may contribute.

    Whoever gives inbreng is there: the partner is marked present at the case, and at the meeting,
    where its attendance was not recorded yet (a recorded 'afwezig' stays: a written inbreng).
    ``concerns`` and ``source_person`` name persons of the case as for a signal."""
    text = require_text(text, "de inbreng")
    with ctx.unit_of_work() as session:
        item = fetch_case_item(session, agenda_item_id)
        check_meeting_open(fetch(session, Meeting, item.meeting_id))
        check_invited(session, item, partner_id)
        check_professional_of(session, professional_id, partner_id)
        contribution = Contribution(
            agenda_item_id=item.id, partner_id=partner_id, professional_id=professional_id,
            bob_phase=bob_phase, statement_type=statement_type, data_category=data_category,
            text=text,
            diagnosis_flag=needs_diagnosis_flag(
                text, source_is_qualified(session, professional_id)
            ),
        )
        session.add(contribution)
        _mark_present(session, item, partner_id)
        session.flush()
        name_statement_persons(session, item.case_id, contribution_id=contribution.id,
                               concerns=concerns, source_person=source_person)
        return _infos(session, [contribution])[0]


def _mark_present(session: Session, item: AgendaItem, partner_id: int) -> None:
    at_case = session.scalar(select(CaseItemAttendance.id).where(
        CaseItemAttendance.agenda_item_id == item.id, CaseItemAttendance.partner_id == partner_id))
    if at_case is None:
        session.add(CaseItemAttendance(agenda_item_id=item.id, partner_id=partner_id,
                                       status=Attendance.AANWEZIG))
    at_meeting = session.scalar(select(MeetingAttendance.id).where(
        MeetingAttendance.meeting_id == item.meeting_id, MeetingAttendance.partner_id == partner_id)
        .limit(1))
    if at_meeting is None:
        session.add(MeetingAttendance(meeting_id=item.meeting_id, partner_id=partner_id,
                                      status=Attendance.AANWEZIG))


def contributions(ctx: ServiceContext, agenda_item_id: int) -> list[ContributionInfo]:
    """The case item's contributions in BOB order; reading them is recorded as opening the case."""
    with ctx.unit_of_work() as session:
        item = fetch_case_item(session, agenda_item_id)
        assert item.case_id is not None  # a check constraint: a case item has its case
        record_opened(session, Case.__tablename__, item.case_id,
                      f"inbreng van agendapunt {item.id} geopend")
        return item_contributions(session, item.id)


def item_contributions(session: Session, agenda_item_id: int) -> list[ContributionInfo]:
    """Inside a unit of work that has recorded the opening: the item's inbreng in BOB order."""
    rows = list(session.scalars(select(Contribution).where(
        Contribution.agenda_item_id == agenda_item_id).order_by(Contribution.id)))
    return sorted(_infos(session, rows), key=lambda c: _BOB_ORDER[c.bob_phase])

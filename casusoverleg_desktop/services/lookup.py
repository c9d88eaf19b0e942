"""Fetching rows by id with a Dutch 'not found' message."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.enums import MeetingStatus
from casusoverleg_desktop.domain.lifecycle import OPEN_STATUSES
from casusoverleg_desktop.errors import NotFound, ValidationError
from casusoverleg_desktop.store import models as m

T = TypeVar("T")
# The tables that link one row to partners: a decision's shares, an item's invitations, an action's
# addressees.
PartnerLink = TypeVar("PartnerLink", m.DecisionShare, m.AgendaItemInvitation, m.ActionAddressee)

_NAMES: dict[type, str] = {
    m.Partner: "de partner", m.Professional: "de professional", m.Case: "de casus",
    m.Subject: "de betrokkene", m.Reporter: "de melder", m.Signal: "het signaal",
    m.Meeting: "de vergadering", m.AgendaItem: "het agendapunt", m.Decision: "het besluit",
    m.ActionItem: "het actiepunt", m.ActionReview: "het actiepunt op de actielijst",
    m.MinutesVersion: "de verslagversie",
}


def fetch(session: Session, model: type[T], row_id: int) -> T:
    row = session.get(model, row_id)
    if row is None:
        what = _NAMES.get(model, "het gegeven")
        raise NotFound(f"{what[0].upper()}{what[1:]} met nummer {row_id} bestaat niet (meer).")
    return row


def replace_partner_links(session: Session, link: type[PartnerLink], owner_column: str, owner_id: int,
                          partner_ids: Sequence[int]) -> None:
    """Make the partners linked to one owner (a decision's shares, an item's invitations) exactly
    ``partner_ids``: links no longer wanted are deleted, new ones added, the others kept."""
    wanted = set(partner_ids)
    for partner_id in wanted:
        fetch(session, m.Partner, partner_id)
    current = {row.partner_id: row for row in session.scalars(
        select(link).where(getattr(link, owner_column) == owner_id))}
    for partner_id, row in current.items():
        if partner_id not in wanted:
            session.delete(row)
    for partner_id in wanted - set(current):
        session.add(link(**{owner_column: owner_id, "partner_id": partner_id}))


def check_professional_of(
    session: Session, professional_id: int | None, partner_id: int | None
) -> None:
    """A professional named together with a partner must work for that partner."""
    if professional_id is None:
        return
    professional = fetch(session, m.Professional, professional_id)
    if partner_id is not None and professional.partner_id != partner_id:
        partner = fetch(session, m.Partner, partner_id)
        raise ValidationError(f"{professional.name} werkt niet bij {partner.name}.")


def check_subject_of(session: Session, subject_id: int | None, case_id: int | None) -> None:
    if subject_id is None:
        return
    subject = fetch(session, m.Subject, subject_id)
    if subject.case_id != case_id:
        raise ValidationError(f"{subject.pseudonym} hoort niet bij deze casus.")


def check_case_open(case: m.Case) -> None:
    if case.status not in OPEN_STATUSES:
        raise ValidationError(
            f"Casus {case.code} is {case.status.label.lower()}: er kan niets meer bij."
        )


def check_meeting_open(meeting: m.Meeting) -> None:
    """What a meeting records is fixed once it is closed: a change is a correction at adoption."""
    if meeting.status is MeetingStatus.GEHOUDEN:
        raise ValidationError(
            f"De vergadering van {meeting.held_on:%d-%m-%Y} is gesloten; wat zij heeft vastgelegd ligt "
            "vast. Een wijziging is een correctie bij de vaststelling van het verslag.")
    if meeting.status is MeetingStatus.GEANNULEERD:
        raise ValidationError(f"De vergadering van {meeting.held_on:%d-%m-%Y} is geannuleerd.")

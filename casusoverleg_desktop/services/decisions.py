"""Decisions (besluiten), numbered per meeting, and the chair's marks for sharing them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.labels import decision_label
from casusoverleg_desktop.domain.rules import require_text
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import check_meeting_open, fetch, replace_partner_links
from casusoverleg_desktop.services.partners import PartnerInfo, read_partners
from casusoverleg_desktop.services.safeguards import check_sharing
from casusoverleg_desktop.store.models import (
    AgendaItem,
    Case,
    Decision,
    DecisionShare,
    Meeting,
)


@dataclass(frozen=True)
class DecisionInfo:
    id: int
    meeting_id: int
    label: str
    agenda_item_id: int | None
    case_id: int | None
    text: str
    shared_with: tuple[int, ...]


def _info(session: Session, d: Decision) -> DecisionInfo:
    shared = session.scalars(select(DecisionShare.partner_id).where(
        DecisionShare.decision_id == d.id).order_by(DecisionShare.partner_id))
    return DecisionInfo(d.id, d.meeting_id, decision_label(d.number), d.agenda_item_id,
                        d.case_id, d.text, tuple(shared))


def record_decision(
    ctx: ServiceContext, meeting_id: int, text: str, *, agenda_item_id: int | None = None,
    case_id: int | None = None, shared_with: Sequence[int] = (), acknowledge: bool = False,
) -> DecisionInfo:
    """The next decision of the meeting (B1, B2, …); a case item's decision concerns its case.
    Sharing it refuses without ``acknowledge`` when ``safeguards.check_sharing`` sees a reason."""
    text = require_text(text, "de tekst van het besluit")
    with ctx.unit_of_work() as session:
        check_meeting_open(fetch(session, Meeting, meeting_id))
        if agenda_item_id is not None:
            item = fetch(session, AgendaItem, agenda_item_id)
            if item.meeting_id != meeting_id:
                raise ValidationError("Dit agendapunt hoort bij een andere vergadering.")
            if case_id is not None and item.case_id not in (None, case_id):
                raise ValidationError("Dit agendapunt gaat over een andere casus.")
            case_id = case_id or item.case_id
        if case_id is not None:
            fetch(session, Case, case_id)
        number = 1 + (session.scalar(
            select(func.max(Decision.number)).where(Decision.meeting_id == meeting_id)) or 0)
        check_sharing(session, f"besluit {decision_label(number)}", case_id, shared_with,
                      acknowledge=acknowledge)
        decision = Decision(meeting_id=meeting_id, number=number, agenda_item_id=agenda_item_id,
                            case_id=case_id, text=text)
        session.add(decision)
        session.flush()
        replace_partner_links(session, DecisionShare, "decision_id", decision.id, shared_with)
        session.flush()
        return _info(session, decision)


def share_decision(
    ctx: ServiceContext, decision_id: int, partner_ids: Sequence[int], *, acknowledge: bool = False
) -> DecisionInfo:
    """The partners whose extract may contain this decision (replaces the earlier marks). A partner
    added needs ``acknowledge`` when ``safeguards.sharing_warnings`` gives reasons."""
    with ctx.unit_of_work() as session:
        decision = fetch(session, Decision, decision_id)
        check_meeting_open(fetch(session, Meeting, decision.meeting_id))
        already = set(session.scalars(select(DecisionShare.partner_id)
                                      .where(DecisionShare.decision_id == decision.id)))
        check_sharing(session, f"besluit {decision_label(decision.number)}", decision.case_id,
                      [p for p in partner_ids if p not in already], acknowledge=acknowledge)
        replace_partner_links(session, DecisionShare, "decision_id", decision.id, partner_ids)
        session.flush()
        return _info(session, decision)


def partners_without_covenant(ctx: ServiceContext, partner_ids: Iterable[int]) -> list[PartnerInfo]:
    """Of ``partner_ids``, the partners that have not signed the covenant (by name). Sharing with
    them — a decision's share mark, an invitation, an extract — needs the chair's knowing decision,
    so the screens warn and name them first."""
    wanted = set(partner_ids)
    if not wanted:
        return []
    with ctx.unit_of_work() as session:
        return [p for p in read_partners(session) if p.id in wanted and not p.covenant_signed]


def decisions(ctx: ServiceContext, meeting_id: int) -> list[DecisionInfo]:
    with ctx.unit_of_work() as session:
        return read_decisions(session, meeting_id)


def read_decisions(session: Session, meeting_id: int) -> list[DecisionInfo]:
    """``decisions`` in the caller's unit of work."""
    rows = session.scalars(select(Decision).where(Decision.meeting_id == meeting_id)
                           .order_by(Decision.number))
    return [_info(session, d) for d in rows]

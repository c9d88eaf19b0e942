"""Safeguards on sharing: a decision marked for a partner, or an action addressed to one.

Sharing needs the chair's knowing decision when a person of the case has not been informed (the
informing was postponed or refused), when the case holds bijzondere or strafrechtelijke gegevens,
or when the partner has not signed the covenant. ``sharing_warnings`` gives those reasons with
exactly what the partner's extract will carry; the services refuse to share without
``acknowledge=True`` (``check_sharing``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.enums import DataCategory, InformedStatus
from casusoverleg_desktop.domain.labels import action_label, decision_label
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.store.models import (
    ActionItem,
    AgendaItem,
    Case,
    CaseNote,
    Contribution,
    Decision,
    InformedRecord,
    Partner,
    Signal,
    Subject,
)

__all__ = ["SharingNotAcknowledged", "SharingPreview", "check_sharing", "marked_categories",
           "sharing_reasons", "sharing_warnings"]


@dataclass(frozen=True)
class SharingPreview:
    """What goes to ``partner`` (as its extract prints it) and why that needs a knowing decision."""

    partner: str
    case_code: str | None
    item: str  # "Besluit B2" / "Actiepunt A1"
    text: str
    reasons: tuple[str, ...]
    covenant_signed: bool  # when not, the last reason says so

    @property
    def needs_acknowledgement(self) -> bool:
        return bool(self.reasons)

    @property
    def case_reasons(self) -> tuple[str, ...]:
        """The reasons in the case itself: informing, marked data."""
        return self.reasons if self.covenant_signed else self.reasons[:-1]


class SharingNotAcknowledged(ValidationError):
    """Sharing was asked without confirming the reasons the chair must weigh first."""

    def __init__(self, message: str, reasons: tuple[str, ...]) -> None:
        super().__init__(message)
        self.reasons = reasons


def marked_categories(session: Session, case_id: int) -> list[DataCategory]:
    """The marked data categories the case holds in its signals, notes and contributions."""
    found: set[DataCategory] = set()
    found.update(session.scalars(select(Signal.data_category).where(Signal.case_id == case_id)))
    found.update(session.scalars(select(CaseNote.data_category).where(CaseNote.case_id == case_id)))
    found.update(session.scalars(
        select(Contribution.data_category).join(AgendaItem, AgendaItem.id == Contribution.agenda_item_id)
        .where(AgendaItem.case_id == case_id)))
    return [category for category in DataCategory if category in found and category.is_marked]


def _case_reasons(session: Session, case_id: int) -> list[str]:
    reasons = []
    rows = session.execute(
        select(InformedRecord, Subject.pseudonym).join(Subject, Subject.id == InformedRecord.subject_id)
        .where(InformedRecord.case_id == case_id, InformedRecord.superseded.is_(False),
               InformedRecord.status.in_((InformedStatus.UITGESTELD, InformedStatus.NEE)))
        .order_by(Subject.pseudonym))
    for record, pseudonym in rows:
        why = f": {record.postponement_reason.rstrip('.')}" if record.postponement_reason else ""
        if record.status is InformedStatus.UITGESTELD:
            reasons.append(f"Het informeren van {pseudonym} is uitgesteld (heroverwegen op "
                           f"{record.review_date:%d-%m-%Y}){why}.")
        else:
            reasons.append(f"{pseudonym} wordt niet geïnformeerd{why}.")
    marked = marked_categories(session, case_id)
    if marked:
        kinds = " en ".join(category.label.lower() for category in marked)
        reasons.append(f"De casus bevat gemarkeerde gegevens ({kinds}).")
    return reasons


def sharing_reasons(session: Session, case_id: int | None, partner: Partner) -> tuple[str, ...]:
    """Why sharing something of ``case_id`` (None: no case) with ``partner`` needs a knowing decision."""
    reasons = _case_reasons(session, case_id) if case_id is not None else []
    if not partner.covenant_signed:
        reasons.append(f"{partner.name} heeft het convenant niet ondertekend.")
    return tuple(reasons)


def check_sharing(session: Session, what: str, case_id: int | None, partner_ids: Iterable[int], *,
                  acknowledge: bool) -> None:
    """Refuse to share ``what`` ("besluit B2") with ``partner_ids`` unless acknowledged when needed."""
    if acknowledge:
        return
    for partner_id in dict.fromkeys(partner_ids):
        partner = fetch(session, Partner, partner_id)
        reasons = sharing_reasons(session, case_id, partner)
        if reasons:
            raise SharingNotAcknowledged(
                f"Delen van {what} met {partner.name} vraagt eerst een bewuste afweging: "
                + " ".join(reasons) + " Bekijk wat er gedeeld wordt en bevestig het uitdrukkelijk.",
                reasons)


def sharing_warnings(ctx: ServiceContext, partner_id: int, *, decision_id: int | None = None,
                     action_id: int | None = None) -> SharingPreview:
    """What sharing one decision or one action with ``partner_id`` would put in its extract, and the
    reasons to think twice (none: it may be shared without asking)."""
    if decision_id is not None and action_id is not None:
        raise ValueError("give one of decision_id and action_id, not both")
    with ctx.unit_of_work() as session:
        partner = fetch(session, Partner, partner_id)
        if decision_id is not None:
            decision = fetch(session, Decision, decision_id)
            case_id, text = decision.case_id, decision.text
            item = f"Besluit {decision_label(decision.number)}"
        elif action_id is not None:
            action = fetch(session, ActionItem, action_id)
            case_id, item = action.case_id, f"Actiepunt {action_label(action.number)}"
            owner = fetch(session, Partner, action.owner_partner_id).name
            text = f"{action.description} (wie: {owner})"
        else:
            raise ValueError("give decision_id or action_id")
        code = fetch(session, Case, case_id).code if case_id is not None else None
        return SharingPreview(partner.name, code, item, text, sharing_reasons(session, case_id, partner),
                              partner.covenant_signed)

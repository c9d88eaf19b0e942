"""Read model of the Actiepunten page: every action with the names its table and filters need.

``actions.action_list`` gives ids; this module joins in the case code, the owner's partner and
person and the origin meeting's date, so the page needs no lookups of its own. Nothing here changes
data, and no subject appears by name (only the case code and the concerned person's pseudonym).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from casusoverleg_desktop.domain.enums import ActionStatus
from casusoverleg_desktop.domain.labels import action_label
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.store.models import ActionItem, Case, Meeting, Partner, Professional, Subject


@dataclass(frozen=True)
class ActionRow:
    """One line of the action list."""

    id: int
    label: str
    description: str
    case_id: int | None
    case_code: str | None
    owner_partner_id: int
    owner_partner: str
    owner_person: str | None
    """The owner's professional, else the free-text detail (e.g. "wijkagent")."""
    concerned_pseudonym: str | None
    due_date: dt.date | None
    condition: str | None
    ongoing: bool
    status: ActionStatus
    postponement_count: int
    origin_meeting_id: int
    origin_meeting_date: dt.date
    status_note: str | None

    def is_overdue(self, today: dt.date) -> bool:
        """A due date in the past on an action that is not closed."""
        return self.due_date is not None and self.due_date < today and not self.status.is_closed


def action_rows(ctx: ServiceContext, *, include_closed: bool = True) -> list[ActionRow]:
    """All actions (closed ones too unless told otherwise), oldest meeting first, then by number."""
    with ctx.unit_of_work() as session:
        owner = aliased(Professional)
        query = (
            select(ActionItem, Meeting.held_on, Case.code, Partner.name, owner.name, Subject.pseudonym)
            .join(Meeting, Meeting.id == ActionItem.origin_meeting_id)
            .join(Partner, Partner.id == ActionItem.owner_partner_id)
            .outerjoin(Case, Case.id == ActionItem.case_id)
            .outerjoin(owner, owner.id == ActionItem.owner_professional_id)
            .outerjoin(Subject, Subject.id == ActionItem.concerned_subject_id)
            .order_by(Meeting.held_on, ActionItem.number)
        )
        if not include_closed:
            query = query.where(ActionItem.closed_on.is_(None))
        return [
            ActionRow(
                id=a.id, label=action_label(a.number), description=a.description,
                case_id=a.case_id, case_code=code, owner_partner_id=a.owner_partner_id,
                owner_partner=partner, owner_person=person or a.owner_detail,
                concerned_pseudonym=pseudonym, due_date=a.due_date, condition=a.condition,
                ongoing=a.ongoing, status=a.status, postponement_count=a.postponement_count,
                origin_meeting_id=a.origin_meeting_id, origin_meeting_date=held_on,
                status_note=a.status_note,
            )
            for a, held_on, code, partner, person, pseudonym in session.execute(query)
        ]

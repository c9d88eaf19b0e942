"""What every part of meeting mode needs to know about the meeting, loaded once when it opens."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from casusoverleg_desktop.domain.enums import MeetingStatus, StatementType
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import actions, decisions, meeting_mode, meetings, partners
from casusoverleg_desktop.services.access import Role
from casusoverleg_desktop.services.actions import ActionInfo, ReviewInfo
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.decisions import DecisionInfo
from casusoverleg_desktop.services.meeting_mode import CaseLabel
from casusoverleg_desktop.services.meetings import AgendaItemInfo, MeetingInfo
from casusoverleg_desktop.services.partners import PartnerInfo, ProfessionalInfo

STATEMENT_KEYS = {"Ctrl+1": StatementType.FEIT, "Ctrl+2": StatementType.MENING,
                  "Ctrl+3": StatementType.HYPOTHESE}


@dataclass
class MeetingSession:
    """The meeting, its agenda and the people around it; screens read from here and the services."""

    ctx: ServiceContext
    meeting: MeetingInfo
    agenda: list[AgendaItemInfo]
    partners: dict[int, PartnerInfo]
    professionals: list[ProfessionalInfo]
    cases: dict[int, CaseLabel]
    decisions: list[DecisionInfo]
    actions: list[tuple[int | None, ActionInfo]]
    reviews: list[ReviewInfo]
    drafts: dict[tuple[int, str], str] = field(default_factory=dict)
    role: Role | None = None
    """The logged-in user's role (None: not known here; the services judge)."""

    @classmethod
    def load(cls, ctx: ServiceContext, meeting_id: int, role: Role | None = None) -> MeetingSession:
        agenda = meetings.agenda(ctx, meeting_id)
        case_ids = [item.case_id for item in agenda if item.case_id is not None]
        return cls(
            ctx=ctx, meeting=meetings.get_meeting(ctx, meeting_id), agenda=agenda,
            partners={p.id: p for p in partners.list_partners(ctx)},
            professionals=partners.list_professionals(ctx),
            cases=meeting_mode.case_labels(ctx, case_ids),
            decisions=decisions.decisions(ctx, meeting_id),
            actions=meeting_mode.meeting_actions(ctx, meeting_id),
            reviews=actions.review_list(ctx, meeting_id),
            drafts=meeting_mode.drafts(ctx, meeting_id),
            role=role,
        )

    @property
    def closed(self) -> bool:
        """Gesloten (held) or cancelled: what the meeting recorded is fixed and only shown."""
        return self.meeting.status in (MeetingStatus.GEHOUDEN, MeetingStatus.GEANNULEERD)

    def partner_name(self, partner_id: int) -> str:
        partner = self.partners.get(partner_id)
        return (partner.short_name or partner.name) if partner else "?"

    def owner_name(self, action: ActionInfo) -> str:
        name = self.partner_name(action.owner_partner_id)
        person = next((p.name for p in self.professionals if p.id == action.owner_professional_id),
                      action.owner_detail)
        return f"{name} ({person})" if person else name

    def item_title(self, item: AgendaItemInfo) -> str:
        case = self.cases.get(item.case_id) if item.case_id is not None else None
        return f"Casusbespreking {case.text}" if case else item.title

    def find_partner(self, typed: str, among: list[int] | None = None) -> PartnerInfo | None:
        """The partner meant by what was typed: exact name or short name, else one partial match."""
        text = typed.strip().casefold()
        if not text:
            return None
        pool = [self.partners[i] for i in (among if among is not None else self.partners)
                if i in self.partners]
        exact = [p for p in pool if text in (p.name.casefold(), (p.short_name or "").casefold())]
        if exact:
            return exact[0]
        partial = [p for p in pool if text in p.name.casefold()
                   or text in (p.short_name or "").casefold()]
        return partial[0] if len(partial) == 1 else None


_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$")
ONGOING_WORDS = ("doorlopend", "loopt door")


def parse_when(text: str, after: dt.date) -> tuple[dt.date | None, str | None, bool]:
    """What was typed as an action's 'wanneer': a date (d-m or d-m-jjjj), 'doorlopend', or a
    condition. A date without a year is the first such date on or after ``after``."""
    typed = text.strip()
    if typed.casefold() in ONGOING_WORDS:
        return None, None, True
    match = _DATE.match(typed)
    if match is None:
        return None, typed or None, False
    day, month, year = match.groups()
    try:
        if year is None:
            due = dt.date(after.year, int(month), int(day))
            if due < after:
                due = due.replace(year=after.year + 1)
        else:
            full = int(year) + (2000 if len(year) == 2 else 0)
            due = dt.date(full, int(month), int(day))
    except ValueError:
        raise ValidationError(f"'{typed}' is geen bestaande datum.") from None
    return due, None, False

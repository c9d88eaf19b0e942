"""What every part of meeting mode needs to know about the meeting, loaded once when it opens."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import Attendance, MeetingStatus, StatementType
from casusoverleg_desktop.services import meeting_mode
from casusoverleg_desktop.services.actions import ActionInfo, ReviewInfo
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.decisions import DecisionInfo
from casusoverleg_desktop.services.meeting_mode import CaseLabel
from casusoverleg_desktop.services.meetings import AgendaItemInfo, AttendanceInfo, MeetingInfo
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
    attendance: dict[int, Attendance] = field(default_factory=dict)
    """Who is at the meeting, per partner (``meetings.set_attendance``); kept up to date here."""

    @classmethod
    def load(cls, ctx: ServiceContext, meeting_id: int, role: Role | None = None) -> MeetingSession:
        """Read in one unit of work (``meeting_mode.meeting_mode_view``)."""
        view = meeting_mode.meeting_mode_view(ctx, meeting_id)
        return cls(
            ctx=ctx, meeting=view.meeting, agenda=list(view.agenda),
            partners={p.id: p for p in view.partners}, professionals=list(view.professionals),
            cases=dict(view.cases), decisions=list(view.decisions), actions=list(view.actions),
            reviews=list(view.reviews), drafts=dict(view.drafts), role=role,
            attendance=partner_attendance(view.attendance),
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


def partner_attendance(rows: Sequence[AttendanceInfo]) -> dict[int, Attendance]:
    """Attendance per partner: the partner's own line, else that of its first professional."""
    found: dict[int, Attendance] = {}
    for row in sorted(rows, key=lambda r: r.professional_id is not None):
        found.setdefault(row.partner_id, row.status)
    return found

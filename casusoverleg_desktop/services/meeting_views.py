"""Read models for the Overleggen page: one read per refresh, one per meeting chosen.

``meetings_page_view`` reads the meetings list, the partners, the case labels and everything the
page shows of the selected meeting in one unit of work; ``meeting_detail_view`` reads the selected
meeting's part alone, when another meeting is chosen. Neither opens case content: the page shows
case codes and pseudonyms, the agenda and attendance, so nothing here is recorded as an opening.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.enums import MeetingStatus
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.meeting_mode import (
    CaseLabel,
    MeetingListRow,
    read_case_labels,
    read_meeting_list,
)
from casusoverleg_desktop.services.meetings import (
    AgendaItemInfo,
    AttendanceInfo,
    MeetingInfo,
    read_agenda,
    read_attendance,
    read_meeting,
)
from casusoverleg_desktop.services.minutes import MinutesInfo, current_version
from casusoverleg_desktop.services.partners import PartnerInfo, read_partners, read_professionals

__all__ = ["MeetingDetailView", "MeetingsPageView", "meeting_detail_view", "meetings_page_view",
           "read_meeting_detail"]


@dataclass(frozen=True)
class MeetingDetailView:
    """What the page shows of one meeting: the meeting with its chair's and minute taker's names,
    its agenda, the attendance at the meeting as a whole and, once it is held, its latest minutes."""

    meeting: MeetingInfo
    professional_names: Mapping[int, str]
    agenda: tuple[AgendaItemInfo, ...]
    attendance: tuple[AttendanceInfo, ...]
    minutes: MinutesInfo | None
    """The latest version of a held meeting's minutes; None before the meeting is held, and for a
    meeting closed before minutes were kept."""


@dataclass(frozen=True)
class MeetingsPageView:
    """The whole page: the meetings (newest first), the partners, every case by label (for adding
    a case to the agenda) and the selected meeting (None when there are no meetings)."""

    meetings: tuple[MeetingListRow, ...]
    partners: tuple[PartnerInfo, ...]
    cases: Mapping[int, CaseLabel]
    selected: MeetingDetailView | None


def meetings_page_view(ctx: ServiceContext, selected_meeting_id: int | None) -> MeetingsPageView:
    """The page, read in one unit of work, showing ``selected_meeting_id`` — or, when that is None
    or not in the list, the first (newest) meeting."""
    with ctx.unit_of_work() as session:
        rows = tuple(read_meeting_list(session))
        ids = [row.id for row in rows]
        chosen = selected_meeting_id if selected_meeting_id in ids else ids[0] if ids else None
        return MeetingsPageView(
            meetings=rows,
            partners=tuple(read_partners(session)),
            cases=read_case_labels(session),
            selected=read_meeting_detail(session, chosen) if chosen is not None else None,
        )


def meeting_detail_view(ctx: ServiceContext, meeting_id: int) -> MeetingDetailView:
    """The selected meeting's part of the page, read in one unit of work."""
    with ctx.unit_of_work() as session:
        return read_meeting_detail(session, meeting_id)


def read_meeting_detail(session: Session, meeting_id: int) -> MeetingDetailView:
    """``meeting_detail_view`` in the caller's unit of work."""
    meeting = read_meeting(session, meeting_id)
    held = meeting.status is MeetingStatus.GEHOUDEN
    return MeetingDetailView(
        meeting=meeting,
        professional_names={p.id: p.name for p in read_professionals(session)},
        agenda=tuple(read_agenda(session, meeting_id)),
        attendance=tuple(read_attendance(session, meeting_id)),
        minutes=current_version(session, meeting_id) if held else None,
    )

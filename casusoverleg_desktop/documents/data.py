"""What the document builders print: frozen values gathered by ``services.documents``.

The builders never touch the store. Everything here is already filtered for its reader (an extract
only holds what its partner may see) and uses display pseudonyms and case codes, never names of
the people a case is about.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    BobPhase,
    DataCategory,
    MinutesStatus,
    StatementType,
)


@dataclass(frozen=True)
class ExportStamp:
    """Who exported the document, when, and for which organisation (shown on every page)."""

    exported_on: dt.date
    exporter: str
    organisation: str


@dataclass(frozen=True)
class MeetingHeader:
    id: int
    type_label: str
    title: str | None
    held_on: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    location: str | None
    chair: str | None
    minute_taker: str | None
    legal_bases: tuple[str, ...]
    next_meeting_on: dt.date | None


@dataclass(frozen=True)
class AttendanceLine:
    partner: str
    person: str | None
    status: Attendance
    note: str | None = None


@dataclass(frozen=True)
class SubjectLine:
    """A person in a case by display pseudonym, e.g. ('Monique V.', 'moeder, gezag')."""

    pseudonym: str
    description: str


@dataclass(frozen=True)
class ContributionLine:
    partner: str
    professional: str | None
    phase: BobPhase
    statement_type: StatementType
    data_category: DataCategory
    text: str
    diagnosis_flag: bool = False


@dataclass(frozen=True)
class DecisionLine:
    label: str
    text: str
    case_code: str | None
    shared_with: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActionLine:
    label: str
    origin_date: dt.date
    description: str
    owner: str
    when: str
    status: ActionStatus
    case_code: str | None = None
    addressed_to: tuple[str, ...] = ()
    concerns: str | None = None
    postponements: int = 0
    review_note: str | None = None


@dataclass(frozen=True)
class DissentLine:
    partner: str
    position: str
    reason: str


@dataclass(frozen=True)
class BalanceSummary:
    """The balance sheet's summary for the minutes (filled once the balance sheet exists)."""

    priority: str
    rationale: str
    consensus_score: int | None = None
    scores: tuple[tuple[str, int], ...] = ()
    dissent: tuple[DissentLine, ...] = ()
    proportionality: str | None = None
    has_marked_data: bool = False


@dataclass(frozen=True)
class CaseSection:
    """One case item of a meeting, already filtered for the document's reader."""

    code: str
    legal_basis: str
    question: str | None
    start_time: dt.time | None
    slot_minutes: int | None
    invited: tuple[str, ...]
    attendance: tuple[AttendanceLine, ...]
    subjects: tuple[SubjectLine, ...]
    contributions: tuple[ContributionLine, ...]
    balance: BalanceSummary | None
    decisions: tuple[DecisionLine, ...]
    actions: tuple[ActionLine, ...]
    reviewed_actions: tuple[ActionLine, ...] = ()
    notes: str | None = None

    @property
    def has_marked_data(self) -> bool:
        return any(c.data_category.is_marked for c in self.contributions) or bool(
            self.balance and self.balance.has_marked_data)


@dataclass(frozen=True)
class AgendaSlot:
    number: str
    title: str
    start_time: dt.time | None
    minutes: int | None
    case_code: str | None = None
    question: str | None = None
    invited: tuple[str, ...] = ()


@dataclass(frozen=True)
class AgendaData:
    meeting: MeetingHeader
    slots: tuple[AgendaSlot, ...]
    attendees: tuple[str, ...]
    stamp: ExportStamp

    @property
    def case_codes(self) -> tuple[str, ...]:
        return tuple(s.case_code for s in self.slots if s.case_code)


@dataclass(frozen=True)
class MinutesState:
    """Where these minutes are in their lifecycle."""

    version: int
    status: MinutesStatus
    adopted_on: dt.date | None = None
    adopted_in: str | None = None
    adoption_corrections: str | None = None
    correction_note: str | None = None


@dataclass(frozen=True)
class GeneralItem:
    """A standard agenda point (opening, mededelingen, rondvraag …) and what was minuted."""

    number: str
    title: str
    text: str | None


@dataclass(frozen=True)
class MinutesData:
    meeting: MeetingHeader
    state: MinutesState | None
    attendance: tuple[AttendanceLine, ...]
    opening: GeneralItem
    agenda_item: GeneralItem
    agenda_titles: tuple[str, ...]
    previous: GeneralItem
    previous_minutes: tuple[str, ...]
    reviewed_actions: tuple[ActionLine, ...]
    announcements: GeneralItem
    case_number: str
    cases: tuple[CaseSection, ...]
    any_other_business: GeneralItem
    closing: GeneralItem
    closed_at: dt.time | None
    stamp: ExportStamp

    @property
    def case_codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.cases)


@dataclass(frozen=True)
class ActionListData:
    """The besluiten- en actielijst of a meeting, with open actions carried from earlier ones."""

    meeting: MeetingHeader
    attendance: tuple[AttendanceLine, ...]
    decisions: tuple[DecisionLine, ...]
    actions: tuple[ActionLine, ...]
    carried: tuple[ActionLine, ...]
    case_codes: tuple[str, ...]
    stamp: ExportStamp


@dataclass(frozen=True)
class ExtractData:
    """What one partner may receive: its cases, its own actions, the decisions marked for it."""

    meeting: MeetingHeader
    partner: str
    cases: tuple[CaseSection, ...]
    stamp: ExportStamp

    @property
    def case_codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.cases)

    @property
    def has_marked_data(self) -> bool:
        return any(c.has_marked_data for c in self.cases)


@dataclass(frozen=True)
class FeedbackLetterData:
    """Terugkoppeling aan een melder: only what the reporter needs to know."""

    case_code: str
    legal_basis: str
    addressee: str
    addressee_organisation: str | None
    reported_on: dt.date
    given_on: dt.date
    content: str
    sender: str
    sender_role: str
    stamp: ExportStamp


@dataclass(frozen=True)
class RecoverySheetData:
    recovery_code: str
    vault_id: str
    created_on: dt.date
    user: str
    organisation: str = ""
    vault_location: str = ""


@dataclass(frozen=True)
class CaInstructionData:
    """The vault CA a recipient must trust to check signatures, as shown in Acrobat."""

    ca_name: str
    organisation: str
    sha256: str
    sha1: str
    valid_until: dt.date
    file_name: str
    stamp: ExportStamp


@dataclass(frozen=True)
class BuiltDocument:
    """A finished PDF in memory, with the signature areas the builder reserved."""

    pdf: bytes
    page_count: int
    title: str
    suggested_name: str
    signature_areas: tuple[tuple[str, int, tuple[float, float, float, float]], ...] = field(
        default=())

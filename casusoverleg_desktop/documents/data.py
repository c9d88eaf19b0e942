"""What the document builders print: frozen values gathered by ``services.document_data``.

The builders never touch the store. Everything here is already filtered for its reader (an extract
only holds what its partner may see) and uses display pseudonyms and case codes, never names of
the people a case is about.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NewType

from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    BobPhase,
    DataCategory,
    InformedStatus,
    MinutesStatus,
    StatementType,
    Verification,
)
from casusoverleg_desktop.domain.minutes import Correction

PartnerRef = NewType("PartnerRef", int)
"""A partner's row id, kept in a meeting record only to filter what each partner may receive."""


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
    partner_ref: PartnerRef | None = None


@dataclass(frozen=True)
class SignalLine:
    """A signal or contra-signal as it was discussed: S3, C1, with its source and markers."""

    label: str
    observed_on: dt.date | None
    source: str
    statement_type: StatementType
    data_category: DataCategory
    text: str
    is_contra: bool = False
    diagnosis_flag: bool = False
    verification: Verification = Verification.ONBEVESTIGD


@dataclass(frozen=True)
class DecisionLine:
    label: str
    text: str
    case_code: str | None
    shared_with: tuple[str, ...] = ()
    shared_with_refs: tuple[PartnerRef, ...] = ()


@dataclass(frozen=True)
class ActionLine:
    """An action as it stood; ``label`` is unique within a document (A2, or A5 (22-10) when it
    comes from an earlier meeting)."""

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
    owner_ref: PartnerRef | None = None
    addressee_refs: tuple[PartnerRef, ...] = ()

    def visible_to(self, partner: PartnerRef) -> bool:
        return partner == self.owner_ref or partner in self.addressee_refs


@dataclass(frozen=True)
class DissentLine:
    partner: str
    position: str
    reason: str


@dataclass(frozen=True)
class BalanceLine:
    """One line on a side of the balance sheet, in brief."""

    text: str
    statement_type: StatementType
    detail: str = ""
    data_category: DataCategory = DataCategory.GEWOON


@dataclass(frozen=True)
class BalanceSideLines:
    title: str
    lines: tuple[BalanceLine, ...]


@dataclass(frozen=True)
class MeasureLine:
    kind: str
    text: str
    coercive: bool = False


@dataclass(frozen=True)
class BalanceSummary:
    """The balance sheet of a case in a meeting as the minutes print it under oordeelsvorming."""

    priority: str
    rationale: str
    consensus_score: int | None = None
    scores: tuple[tuple[str, int], ...] = ()
    dissent: tuple[DissentLine, ...] = ()
    proportionality: str | None = None
    has_marked_data: bool = False
    sides: tuple[BalanceSideLines, ...] = ()
    measures: tuple[MeasureLine, ...] = ()
    formal_assessments: tuple[str, ...] = ()
    open_questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConsultationLine:
    partner: str
    kind: str
    consulted_on: dt.date | None


@dataclass(frozen=True)
class EscalationLine:
    direction: str
    occurred_on: dt.date
    reason: str
    decision: str | None = None


@dataclass(frozen=True)
class InformedLine:
    """Whether a person (by pseudonym) was informed at this decision moment."""

    pseudonym: str
    status: InformedStatus
    reason: str | None = None
    review_date: dt.date | None = None


@dataclass(frozen=True)
class FeedbackLine:
    """Feedback to a reporter decided or given in the meeting."""

    given_to: str
    given_on: dt.date
    content: str


@dataclass(frozen=True)
class CaseSection:
    """One case item of a meeting: complete in a meeting record, filtered in an extract."""

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
    number: str = ""
    purpose: str | None = None
    invited_refs: tuple[PartnerRef, ...] = ()
    previous_discussion: dt.date | None = None
    signals: tuple[SignalLine, ...] = ()
    consultations: tuple[ConsultationLine, ...] = ()
    escalations: tuple[EscalationLine, ...] = ()
    informed: tuple[InformedLine, ...] = ()
    feedback: tuple[FeedbackLine, ...] = ()
    next_review: dt.date | None = None

    @property
    def has_marked_data(self) -> bool:
        return (any(c.data_category.is_marked for c in self.contributions)
                or any(s.data_category.is_marked for s in self.signals)
                or bool(self.balance and self.balance.has_marked_data))


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
    """Where these minutes are in their lifecycle, as the first page states it.

    Never 'ondertekend': the page is printed before anyone signs, and the signatures speak for
    themselves.
    """

    version: int
    status: MinutesStatus
    adopted_on: dt.date | None = None
    adopted_in: str | None = None
    written_procedure: str | None = None
    corrections: tuple[Correction, ...] = ()
    correction_note: str | None = None


@dataclass(frozen=True)
class GeneralItem:
    """A standard agenda point (opening, mededelingen, rondvraag …): what was minuted, and the
    decisions and actions taken under it."""

    number: str
    title: str
    text: str | None
    decisions: tuple[DecisionLine, ...] = ()
    actions: tuple[ActionLine, ...] = ()


@dataclass(frozen=True)
class MeetingRecord:
    """The meeting as it stood when it was closed: what its minutes, lists and extracts print.

    Gathered once at the closing and stored; later work never changes it. ``frozen_at`` is None
    while the meeting is still open (a preview); ``at_closing`` is False for a meeting closed
    before records were kept, frozen the first time it was needed.
    """

    meeting: MeetingHeader
    attendance: tuple[AttendanceLine, ...]
    opening: GeneralItem
    agenda_item: GeneralItem
    previous: GeneralItem
    previous_minutes: tuple[str, ...]
    reviewed_actions: tuple[ActionLine, ...]
    announcements: GeneralItem
    case_number: str
    cases: tuple[CaseSection, ...]
    any_other_business: GeneralItem
    closing: GeneralItem
    other_decisions: tuple[DecisionLine, ...]
    other_actions: tuple[ActionLine, ...]
    carried: tuple[ActionLine, ...]
    closed_at: dt.time | None
    frozen_at: dt.datetime | None = None
    at_closing: bool = True

    @property
    def case_codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.cases)

    @property
    def general_items(self) -> tuple[GeneralItem, ...]:
        return (self.opening, self.agenda_item, self.previous, self.announcements,
                self.any_other_business, self.closing)

    @property
    def decisions(self) -> tuple[DecisionLine, ...]:
        """Every decision of the meeting, once, in number order."""
        found = [d for item in self.general_items for d in item.decisions]
        found += [d for case in self.cases for d in case.decisions] + list(self.other_decisions)
        return tuple(sorted(found, key=lambda d: int(d.label[1:])))

    @property
    def actions(self) -> tuple[ActionLine, ...]:
        """Every action taken in the meeting, once, in number order."""
        found = [a for item in self.general_items for a in item.actions]
        found += [a for case in self.cases for a in case.actions] + list(self.other_actions)
        return tuple(sorted(found, key=lambda a: int(a.label[1:])))

    def sections(self) -> tuple[str, ...]:
        """The numbered sections of the minutes, for corrections to point at."""
        items = [self.opening, self.agenda_item, self.previous, self.announcements]
        titles = [f"{i.number}. {i.title}" for i in items]
        if self.cases:
            titles.append(f"{self.case_number}. Casusbespreking")
            titles += [f"{c.number} Casus {c.code}" for c in self.cases]
        titles += [f"{i.number}. {i.title}" for i in (self.any_other_business, self.closing)]
        return ("Aanwezigheid", *titles)


@dataclass(frozen=True)
class MinutesData:
    record: MeetingRecord
    state: MinutesState | None
    stamp: ExportStamp

    @property
    def meeting(self) -> MeetingHeader:
        return self.record.meeting

    @property
    def case_codes(self) -> tuple[str, ...]:
        return self.record.case_codes


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

"""Table models for the case content of a vault.

Every model except ``AuditEntry`` derives from ``Audited``: changes to it are written to the audit
trail by the listener in ``services.audit``. Integer surrogate keys; children of a case cascade on
delete (a purge really deletes), references to partners are restricted, references to
professionals become empty when a professional is removed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, MappedColumn, mapped_column, relationship

from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AssessmentOutcome,
    Attendance,
    BobPhase,
    CaseNoteKind,
    CaseStatus,
    ClosureReason,
    DataCategory,
    EscalationDirection,
    InformedStatus,
    LegalBasis,
    MeetingStatus,
    MeetingType,
    MinutesStatus,
    PartnerDomain,
    PartnerTier,
    Relation,
    StatementType,
    SubjectRole,
    Verification,
)
from casusoverleg_desktop.store.base import Base

NAME = 200
SHORT = 120


def _fk(target: str, ondelete: str, nullable: bool = False, index: bool = True) -> MappedColumn[Any]:
    return mapped_column(ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index)


class Audited:
    """Marker: inserts, updates and deletes of this model are written to the audit trail."""

    if TYPE_CHECKING:  # every audited model is a table (declared here for the type checker only)
        __tablename__: str


# --- Partners -----------------------------------------------------------------------------------


class Partner(Audited, Base):
    __tablename__ = "partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME), unique=True)
    short_name: Mapped[str | None] = mapped_column(String(SHORT))
    domain: Mapped[PartnerDomain]
    tier: Mapped[PartnerTier]
    covenant_signed: Mapped[bool] = mapped_column(Boolean, default=False)

    professionals: Mapped[list[Professional]] = relationship(
        back_populates="partner", order_by="Professional.name"
    )


class Professional(Audited, Base):
    __tablename__ = "professional"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = _fk("partner.id", "RESTRICT")
    name: Mapped[str] = mapped_column(String(NAME))
    function: Mapped[str | None] = mapped_column(String(SHORT))
    qualified_for_diagnosis: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    partner: Mapped[Partner] = relationship(back_populates="professionals")


# --- Cases ------------------------------------------------------------------------------------


class Case(Audited, Base):
    __tablename__ = "case_file"
    __table_args__ = (
        CheckConstraint(
            "legal_basis != 'convenant' OR covenant_name IS NOT NULL", name="covenant_named"
        ),
        CheckConstraint(
            "(status IN ('afgesloten', 'bewaartermijn_loopt', 'vernietigd')) = "
            "(closure_reason IS NOT NULL)",
            name="closure_reason_when_closed",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    legal_basis: Mapped[LegalBasis]
    covenant_name: Mapped[str | None] = mapped_column(String(NAME))
    purpose: Mapped[str | None] = mapped_column(Text)
    status: Mapped[CaseStatus]
    opened_on: Mapped[dt.date] = mapped_column(Date)
    case_manager_id: Mapped[int | None] = _fk("professional.id", "SET NULL", nullable=True)
    next_review_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    closure_reason: Mapped[ClosureReason | None]
    closed_on: Mapped[dt.date | None] = mapped_column(Date)

    case_manager: Mapped[Professional | None] = relationship()
    transitions: Mapped[list[CaseTransition]] = relationship(
        order_by="CaseTransition.id", passive_deletes=True
    )
    subjects: Mapped[list[Subject]] = relationship(order_by="Subject.id", passive_deletes=True)


class CaseTransition(Audited, Base):
    """One step in the lifecycle: who, when and why (the first row has no ``from_status``)."""

    __tablename__ = "case_transition"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _fk("case_file.id", "CASCADE")
    from_status: Mapped[CaseStatus | None]
    to_status: Mapped[CaseStatus]
    at: Mapped[dt.datetime]
    by: Mapped[str] = mapped_column(String(80))
    rationale: Mapped[str | None] = mapped_column(Text)
    meeting_id: Mapped[int | None] = _fk("meeting.id", "SET NULL", nullable=True)


class CaseNote(Audited, Base):
    """Case facts that are not signals: history, release and its conditions, basic conditions."""

    __tablename__ = "case_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _fk("case_file.id", "CASCADE")
    kind: Mapped[CaseNoteKind]
    label: Mapped[str | None] = mapped_column(String(SHORT))
    text: Mapped[str] = mapped_column(Text)
    noted_on: Mapped[dt.date | None] = mapped_column(Date)
    statement_type: Mapped[StatementType | None]
    data_category: Mapped[DataCategory] = mapped_column(default=DataCategory.GEWOON)
    source_partner_id: Mapped[int | None] = _fk("partner.id", "RESTRICT", nullable=True)
    source_detail: Mapped[str | None] = mapped_column(String(NAME))


class Consultation(Audited, Base):
    """A partner consulted about the case outside a meeting (e.g. LSE advising by phone)."""

    __tablename__ = "consultation"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _fk("case_file.id", "CASCADE")
    partner_id: Mapped[int] = _fk("partner.id", "RESTRICT")
    kind: Mapped[str] = mapped_column(Text)
    consulted_on: Mapped[dt.date | None] = mapped_column(Date)
    meeting_id: Mapped[int | None] = _fk("meeting.id", "SET NULL", nullable=True)


class Subject(Audited, Base):
    __tablename__ = "subject"
    __table_args__ = (
        CheckConstraint("role = 'primair' OR relation IS NOT NULL", name="related_has_relation"),
        CheckConstraint("age IS NULL OR date_of_birth IS NULL", name="age_or_birth_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _fk("case_file.id", "CASCADE")
    pseudonym: Mapped[str] = mapped_column(String(SHORT))
    role: Mapped[SubjectRole]
    relation: Mapped[Relation | None]
    age: Mapped[int | None] = mapped_column(Integer)
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    has_gezag: Mapped[bool | None] = mapped_column(Boolean)
    living_situation: Mapped[str | None] = mapped_column(String(NAME))
    note: Mapped[str | None] = mapped_column(Text)


class Reporter(Audited, Base):
    """Who reported the concern, by which route, and by when they must hear back."""

    __tablename__ = "reporter"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _fk("case_file.id", "CASCADE")
    partner_id: Mapped[int | None] = _fk("partner.id", "RESTRICT", nullable=True)
    professional_id: Mapped[int | None] = _fk("professional.id", "SET NULL", nullable=True)
    person: Mapped[str | None] = mapped_column(String(NAME))
    route: Mapped[str | None] = mapped_column(String(NAME))
    reported_on: Mapped[dt.date] = mapped_column(Date)
    respond_by: Mapped[dt.date] = mapped_column(Date, index=True)


class ReporterFeedback(Audited, Base):
    __tablename__ = "reporter_feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    reporter_id: Mapped[int] = _fk("reporter.id", "CASCADE")
    given_on: Mapped[dt.date] = mapped_column(Date)
    given_to: Mapped[str] = mapped_column(String(NAME))
    content: Mapped[str] = mapped_column(Text)
    given_by: Mapped[str] = mapped_column(String(80))
    meeting_id: Mapped[int | None] = _fk("meeting.id", "SET NULL", nullable=True)


class InformedRecord(Audited, Base):
    """Whether a person was informed at a decision moment (uitgesteld: reason and review date)."""

    __tablename__ = "informed_record"
    __table_args__ = (
        CheckConstraint(
            "status != 'uitgesteld' OR "
            "(postponement_reason IS NOT NULL AND review_date IS NOT NULL)",
            name="postponed_has_reason_and_review",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _fk("case_file.id", "CASCADE")
    subject_id: Mapped[int] = _fk("subject.id", "CASCADE")
    decision_moment: Mapped[str | None] = mapped_column(String(NAME))
    meeting_id: Mapped[int | None] = _fk("meeting.id", "SET NULL", nullable=True)
    decision_id: Mapped[int | None] = _fk("decision.id", "SET NULL", nullable=True)
    status: Mapped[InformedStatus]
    informed_by: Mapped[str | None] = mapped_column(String(NAME))
    informed_on: Mapped[dt.date | None] = mapped_column(Date)
    postponement_reason: Mapped[str | None] = mapped_column(Text)
    review_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)


# --- Signals, weging, escalation -----------------------------------------------------------------


class Signal(Audited, Base):
    """A signal or contra-signal; numbered per case as S1, S2, … and C1, C2, …"""

    __tablename__ = "signal"
    __table_args__ = (UniqueConstraint("case_id", "is_contra", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _fk("case_file.id", "CASCADE")
    number: Mapped[int] = mapped_column(Integer)
    is_contra: Mapped[bool] = mapped_column(Boolean, default=False)
    observed_on: Mapped[dt.date | None] = mapped_column(Date)
    partner_id: Mapped[int | None] = _fk("partner.id", "RESTRICT", nullable=True)
    professional_id: Mapped[int | None] = _fk("professional.id", "SET NULL", nullable=True)
    source_detail: Mapped[str | None] = mapped_column(String(NAME))
    statement_type: Mapped[StatementType]
    data_category: Mapped[DataCategory] = mapped_column(default=DataCategory.GEWOON)
    text: Mapped[str] = mapped_column(Text)
    diagnosis_flag: Mapped[bool] = mapped_column(Boolean, default=False)
    verification: Mapped[Verification] = mapped_column(default=Verification.ONBEVESTIGD)
    verified_on: Mapped[dt.date | None] = mapped_column(Date)
    verified_by: Mapped[str | None] = mapped_column(String(80))
    verification_note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime]


class Assessment(Audited, Base):
    """A weging: the panel, its outcome and the written rationale."""

    __tablename__ = "assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _fk("case_file.id", "CASCADE")
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    outcome: Mapped[AssessmentOutcome]
    outcome_detail: Mapped[str | None] = mapped_column(String(NAME))
    rationale: Mapped[str] = mapped_column(Text)
    meeting_id: Mapped[int | None] = _fk("meeting.id", "SET NULL", nullable=True)

    panel: Mapped[list[AssessmentPanelMember]] = relationship(
        order_by="AssessmentPanelMember.id", passive_deletes=True
    )


class AssessmentPanelMember(Audited, Base):
    __tablename__ = "assessment_panel_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = _fk("assessment.id", "CASCADE")
    partner_id: Mapped[int] = _fk("partner.id", "RESTRICT")
    professional_id: Mapped[int | None] = _fk("professional.id", "SET NULL", nullable=True)
    panel_role: Mapped[str | None] = mapped_column(String(SHORT))


class EscalationEvent(Audited, Base):
    """Opschalen or afschalen: an event with a reason, linked to the decision that took it."""

    __tablename__ = "escalation_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _fk("case_file.id", "CASCADE")
    direction: Mapped[EscalationDirection]
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    decision_id: Mapped[int | None] = _fk("decision.id", "SET NULL", nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(80))


# --- Meetings ----------------------------------------------------------------------------------


class Meeting(Audited, Base):
    __tablename__ = "meeting"
    __table_args__ = (
        CheckConstraint(
            "start_time IS NULL OR end_time IS NULL OR end_time > start_time",
            name="end_after_start",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_type: Mapped[MeetingType]
    title: Mapped[str | None] = mapped_column(String(NAME))
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    location: Mapped[str | None] = mapped_column(String(NAME))
    chair_id: Mapped[int | None] = _fk("professional.id", "SET NULL", nullable=True)
    minute_taker_id: Mapped[int | None] = _fk("professional.id", "SET NULL", nullable=True)
    status: Mapped[MeetingStatus] = mapped_column(default=MeetingStatus.IN_VOORBEREIDING)
    next_meeting_on: Mapped[dt.date | None] = mapped_column(Date)

    agenda: Mapped[list[AgendaItem]] = relationship(
        order_by="AgendaItem.position", passive_deletes=True
    )


class MeetingAttendance(Audited, Base):
    """Attendance at the meeting as a whole; ``note`` carries e.g. 'per video'."""

    __tablename__ = "meeting_attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _fk("meeting.id", "CASCADE")
    partner_id: Mapped[int] = _fk("partner.id", "RESTRICT")
    professional_id: Mapped[int | None] = _fk("professional.id", "SET NULL", nullable=True)
    status: Mapped[Attendance]
    note: Mapped[str | None] = mapped_column(String(NAME))


class AgendaItem(Audited, Base):
    """A standard agenda point, or a case item (``case_id`` set) with slot and question."""

    __tablename__ = "agenda_item"
    __table_args__ = (
        CheckConstraint("(kind = 'casus') = (case_id IS NOT NULL)", name="case_item_has_case"),
        CheckConstraint("slot_minutes IS NULL OR slot_minutes > 0", name="slot_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _fk("meeting.id", "CASCADE")
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[AgendaItemKind]
    title: Mapped[str] = mapped_column(String(NAME))
    case_id: Mapped[int | None] = _fk("case_file.id", "CASCADE", nullable=True)
    slot_minutes: Mapped[int | None] = mapped_column(Integer)
    question: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class AgendaItemInvitation(Audited, Base):
    """A partner invited for one case item (need to know)."""

    __tablename__ = "agenda_item_invitation"
    __table_args__ = (UniqueConstraint("agenda_item_id", "partner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = _fk("agenda_item.id", "CASCADE")
    partner_id: Mapped[int] = _fk("partner.id", "RESTRICT")


class CaseItemAttendance(Audited, Base):
    """Which partners actually joined for which case item."""

    __tablename__ = "case_item_attendance"
    __table_args__ = (UniqueConstraint("agenda_item_id", "partner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = _fk("agenda_item.id", "CASCADE")
    partner_id: Mapped[int] = _fk("partner.id", "RESTRICT")
    professional_id: Mapped[int | None] = _fk("professional.id", "SET NULL", nullable=True)
    status: Mapped[Attendance]
    note: Mapped[str | None] = mapped_column(String(NAME))


class Contribution(Audited, Base):
    __tablename__ = "contribution"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = _fk("agenda_item.id", "CASCADE")
    partner_id: Mapped[int] = _fk("partner.id", "RESTRICT")
    professional_id: Mapped[int | None] = _fk("professional.id", "SET NULL", nullable=True)
    bob_phase: Mapped[BobPhase]
    statement_type: Mapped[StatementType]
    data_category: Mapped[DataCategory] = mapped_column(default=DataCategory.GEWOON)
    text: Mapped[str] = mapped_column(Text)
    diagnosis_flag: Mapped[bool] = mapped_column(Boolean, default=False)


class Decision(Audited, Base):
    """A besluit, numbered per meeting (B1, B2, …)."""

    __tablename__ = "decision"
    __table_args__ = (UniqueConstraint("meeting_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _fk("meeting.id", "CASCADE")
    number: Mapped[int] = mapped_column(Integer)
    agenda_item_id: Mapped[int | None] = _fk("agenda_item.id", "SET NULL", nullable=True)
    case_id: Mapped[int | None] = _fk("case_file.id", "CASCADE", nullable=True)
    text: Mapped[str] = mapped_column(Text)


class DecisionShare(Audited, Base):
    """The chair's mark that a decision may go to a partner in its extract."""

    __tablename__ = "decision_share"
    __table_args__ = (UniqueConstraint("decision_id", "partner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = _fk("decision.id", "CASCADE")
    partner_id: Mapped[int] = _fk("partner.id", "RESTRICT")


class ActionItem(Audited, Base):
    """An actiepunt, numbered per origin meeting (A1, A2, …); exactly one 'when'."""

    __tablename__ = "action_item"
    __table_args__ = (
        UniqueConstraint("origin_meeting_id", "number"),
        CheckConstraint(
            "(due_date IS NOT NULL) + (condition IS NOT NULL) + (ongoing = 1) = 1",
            name="one_timing",
        ),
        CheckConstraint(
            "(status IN ('afgerond', 'vervallen', 'overgedragen')) = (closed_on IS NOT NULL)",
            name="closed_has_date",
        ),
        CheckConstraint("postponement_count >= 0", name="postponement_count_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    origin_meeting_id: Mapped[int] = _fk("meeting.id", "RESTRICT")
    number: Mapped[int] = mapped_column(Integer)
    agenda_item_id: Mapped[int | None] = _fk("agenda_item.id", "SET NULL", nullable=True)
    case_id: Mapped[int | None] = _fk("case_file.id", "CASCADE", nullable=True)
    description: Mapped[str] = mapped_column(Text)
    owner_partner_id: Mapped[int] = _fk("partner.id", "RESTRICT")
    owner_professional_id: Mapped[int | None] = _fk("professional.id", "SET NULL", nullable=True)
    owner_detail: Mapped[str | None] = mapped_column(String(NAME))
    concerned_subject_id: Mapped[int | None] = _fk("subject.id", "SET NULL", nullable=True)
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    condition: Mapped[str | None] = mapped_column(Text)
    ongoing: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[ActionStatus] = mapped_column(default=ActionStatus.OPEN, index=True)
    postponement_count: Mapped[int] = mapped_column(Integer, default=0)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_by: Mapped[str | None] = mapped_column(String(80))
    status_note: Mapped[str | None] = mapped_column(Text)


class ActionAddressee(Audited, Base):
    """A partner an action is addressed to besides its owner (shown in that partner's extract)."""

    __tablename__ = "action_addressee"
    __table_args__ = (UniqueConstraint("action_item_id", "partner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action_item_id: Mapped[int] = _fk("action_item.id", "CASCADE")
    partner_id: Mapped[int] = _fk("partner.id", "RESTRICT")


class ActionPostponement(Audited, Base):
    __tablename__ = "action_postponement"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_item_id: Mapped[int] = _fk("action_item.id", "CASCADE")
    previous_due_date: Mapped[dt.date] = mapped_column(Date)
    new_due_date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    meeting_id: Mapped[int | None] = _fk("meeting.id", "SET NULL", nullable=True)
    at: Mapped[dt.datetime]
    by: Mapped[str] = mapped_column(String(80))


class ActionReview(Audited, Base):
    """An open action on a later meeting's review list; ``note`` is filled during the meeting."""

    __tablename__ = "action_review"
    __table_args__ = (UniqueConstraint("action_item_id", "meeting_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action_item_id: Mapped[int] = _fk("action_item.id", "CASCADE")
    meeting_id: Mapped[int] = _fk("meeting.id", "CASCADE")
    status_after: Mapped[ActionStatus | None]
    note: Mapped[str | None] = mapped_column(Text)


class FrozenRecord(Audited, Base):
    """The meeting as it stood when it was closed (``documents.data.MeetingRecord`` as JSON).

    Written once, at the closing, and never changed: minutes, decision list and extracts of a
    closed meeting print this, so later work cannot rewrite them.
    """

    __tablename__ = "meeting_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), unique=True)
    content: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    at_closing: Mapped[bool] = mapped_column(Boolean, default=True)
    frozen_at: Mapped[dt.datetime]
    frozen_by: Mapped[str] = mapped_column(String(80))


class MinutesVersion(Audited, Base):
    """A version of a meeting's minutes: the concept made at the closing, then the adopted version
    (vastgesteld in a later meeting or in writing, with its corrections), which is signed.

    Adoption adds a version, so the concept stays in the history. ``body`` says in one sentence
    what this version is; the text itself is the meeting's record plus the corrections.
    """

    __tablename__ = "minutes_version"
    __table_args__ = (
        UniqueConstraint("meeting_id", "version"),
        CheckConstraint(
            "status = 'concept' OR (adopted_on IS NOT NULL AND "
            "(adopted_in_meeting_id IS NOT NULL OR written_procedure IS NOT NULL))",
            name="adopted_has_meeting",
        ),
        CheckConstraint("status != 'concept' OR version = 1 OR correction_note IS NOT NULL",
                        name="new_version_explained"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _fk("meeting.id", "CASCADE")
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[MinutesStatus] = mapped_column(default=MinutesStatus.CONCEPT)
    body: Mapped[str] = mapped_column(Text)
    correction_note: Mapped[str | None] = mapped_column(Text)
    adopted_in_meeting_id: Mapped[int | None] = _fk("meeting.id", "RESTRICT", nullable=True)
    adopted_on: Mapped[dt.date | None] = mapped_column(Date)
    adoption_corrections: Mapped[str | None] = mapped_column(Text)
    written_procedure: Mapped[str | None] = mapped_column(Text)
    adopted_by: Mapped[str | None] = mapped_column(String(80))
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    signed_by_chair: Mapped[str | None] = mapped_column(String(NAME))
    signed_by_minute_taker: Mapped[str | None] = mapped_column(String(NAME))
    created_at: Mapped[dt.datetime]
    created_by: Mapped[str] = mapped_column(String(80))


class MinutesCorrection(Audited, Base):
    """A correction made when minutes were adopted: the section it concerns and what it says."""

    __tablename__ = "minutes_correction"
    __table_args__ = (UniqueConstraint("minutes_version_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    minutes_version_id: Mapped[int] = _fk("minutes_version.id", "CASCADE")
    position: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(NAME))
    text: Mapped[str] = mapped_column(Text)


# --- Audit trail -------------------------------------------------------------------------------


class AuditEntry(Base):
    """One hash-chained line of the audit trail, content-free by design (see services.audit)."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40))
    entity_type: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(String(400))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # SHA-256 of the row as written (created/changed); None for other actions and older entries.
    content_sha256: Mapped[str | None] = mapped_column(String(64))
    # HMAC of the entry under a key of the user it names (``vault.anchor``); None before 0.2.
    actor_seal: Mapped[str | None] = mapped_column(String(64))

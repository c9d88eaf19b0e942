"""Tables for the privacy duties of a case table: legal bases and retention, legal holds, the
destruction record, families and gezag, persons named by statements, and requests through the
contact point with their redaction review.

All are ``Audited``. None adds a column to an older audited table: the audit trail holds a content
hash of every audited row, and a new column would change the hash of every row written before it.
What belongs to one case goes with it (cascade); the destruction record and the retention periods
belong to no case.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, MappedColumn, mapped_column

from casusoverleg_desktop.domain.enums import (
    LegalBasis,
    PersonRelation,
    RedactionChoice,
    Requester,
    RequestKind,
    RequestStatus,
    StatementRole,
)
from casusoverleg_desktop.store.base import Base
from casusoverleg_desktop.store.models import NAME, SHORT, Audited

USER = 80


def _fk(target: str, ondelete: str, nullable: bool = False) -> MappedColumn[Any]:
    return mapped_column(ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


# --- Legal bases and retention ------------------------------------------------------------------


class CaseLegalBasis(Audited, Base):
    """A further legal basis the case rests on from ``started_on``; the one it was opened on stays
    in ``case_file`` (from its ``opened_on``)."""

    __tablename__ = "case_legal_basis"
    __table_args__ = (
        UniqueConstraint("case_id", "basis", "covenant_name"),
        CheckConstraint("basis != 'convenant' OR covenant_name IS NOT NULL", name="covenant_named"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _fk("case_file.id", "CASCADE")
    basis: Mapped[LegalBasis]
    covenant_name: Mapped[str | None] = mapped_column(String(NAME))
    started_on: Mapped[dt.date] = mapped_column(Date)


class RetentionPeriod(Audited, Base):
    """The retention period a chair set for a legal basis, in years after closure.

    Without a row the shipped suggestion applies (``domain.retention``), marked as still to be set
    by the FG.
    """

    __tablename__ = "retention_period"
    __table_args__ = (CheckConstraint("years >= 1 AND years <= 30", name="years_1_to_30"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    basis: Mapped[LegalBasis] = mapped_column(unique=True)
    years: Mapped[int] = mapped_column(Integer)
    source: Mapped[str | None] = mapped_column(Text)
    set_by: Mapped[str] = mapped_column(String(USER))
    set_on: Mapped[dt.date] = mapped_column(Date)


class CaseRetention(Audited, Base):
    """Fixed at closure: until when the case is kept (closure + the longest period of its bases)."""

    __tablename__ = "case_retention"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), unique=True)
    closed_on: Mapped[dt.date] = mapped_column(Date)
    retention_until: Mapped[dt.date] = mapped_column(Date, index=True)
    years: Mapped[int] = mapped_column(Integer)


class LegalHold(Audited, Base):
    """A reason the case may not be destroyed (a pending request or procedure) until it is lifted."""

    __tablename__ = "legal_hold"
    __table_args__ = (
        CheckConstraint("(lifted_on IS NULL) = (lifted_by IS NULL)", name="lifted_by_someone"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _fk("case_file.id", "CASCADE")
    reason: Mapped[str] = mapped_column(Text)
    request_id: Mapped[int | None] = _fk("subject_request.id", "SET NULL", nullable=True)
    placed_on: Mapped[dt.date] = mapped_column(Date)
    placed_by: Mapped[str] = mapped_column(String(USER))
    lifted_on: Mapped[dt.date | None] = mapped_column(Date)
    lifted_by: Mapped[str | None] = mapped_column(String(USER))
    lift_note: Mapped[str | None] = mapped_column(Text)


class DestructionRecord(Audited, Base):
    """What is left of a destroyed case: no content, only that it was destroyed, when and by whom.

    ``counts`` is JSON: records removed per table. ``audit_head`` is the trail's head just after the
    destruction, so the proces-verbaal can be matched with the trail.
    """

    __tablename__ = "destruction_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_code: Mapped[str] = mapped_column(String(40), unique=True)
    legal_bases: Mapped[str] = mapped_column(Text)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    retention_until: Mapped[dt.date | None] = mapped_column(Date)
    destroyed_at: Mapped[dt.datetime]
    destroyed_by: Mapped[str] = mapped_column(String(USER))
    record_count: Mapped[int] = mapped_column(Integer)
    counts: Mapped[str] = mapped_column(Text)
    documents_removed: Mapped[int] = mapped_column(Integer, default=0)
    backups_rewritten: Mapped[int] = mapped_column(Integer, default=0)
    audit_head: Mapped[str | None] = mapped_column(String(64))


# --- Families and gezag -------------------------------------------------------------------------


class PersonLink(Audited, Base):
    """``subject`` is ``kind`` ``related_subject`` (e.g. Mirjam K. ouder van Sara K.).

    'kind van' is stored as the other person's 'ouder van', so each relation has one form.
    """

    __tablename__ = "person_link"
    __table_args__ = (
        UniqueConstraint("subject_id", "related_subject_id", "kind"),
        CheckConstraint("subject_id != related_subject_id", name="two_persons"),
        CheckConstraint("kind != 'kind_van'", name="stored_as_parent"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _fk("case_file.id", "CASCADE")
    subject_id: Mapped[int] = _fk("subject.id", "CASCADE")
    related_subject_id: Mapped[int] = _fk("subject.id", "CASCADE")
    kind: Mapped[PersonRelation]
    detail: Mapped[str | None] = mapped_column(String(SHORT))


class GezagHolder(Audited, Base):
    """Who holds gezag over a minor of the case: a person of the case, or a guardian named in
    ``holder_detail`` (e.g. a GI as voogd)."""

    __tablename__ = "gezag_holder"
    __table_args__ = (
        UniqueConstraint("minor_subject_id", "holder_subject_id"),
        CheckConstraint("(holder_subject_id IS NULL) != (holder_detail IS NULL)", name="one_holder"),
        CheckConstraint("holder_subject_id IS NULL OR holder_subject_id != minor_subject_id",
                        name="not_over_self"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _fk("case_file.id", "CASCADE")
    minor_subject_id: Mapped[int] = _fk("subject.id", "CASCADE")
    holder_subject_id: Mapped[int | None] = _fk("subject.id", "CASCADE", nullable=True)
    holder_detail: Mapped[str | None] = mapped_column(String(NAME))


class StatementPerson(Audited, Base):
    """A person of the case that a signal or contribution concerns, or that is its source."""

    __tablename__ = "statement_person"
    __table_args__ = (
        CheckConstraint("(signal_id IS NULL) != (contribution_id IS NULL)", name="one_statement"),
        UniqueConstraint("signal_id", "contribution_id", "subject_id", "role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_id: Mapped[int] = _fk("subject.id", "CASCADE")
    role: Mapped[StatementRole]
    signal_id: Mapped[int | None] = _fk("signal.id", "CASCADE", nullable=True)
    contribution_id: Mapped[int | None] = _fk("contribution.id", "CASCADE", nullable=True)


# --- Requests through the contact point ---------------------------------------------------------


class SubjectRequest(Audited, Base):
    """A request under the AVG, received at the contact point (it counts for all partners).

    ``person_pseudonym`` names the person as the cases do; ``request_subject`` links the persons of
    the cases it concerns. The answer is due on ``deadline`` (one month), or on ``extended_until``
    (two more months at most, with the reason).
    """

    __tablename__ = "subject_request"
    __table_args__ = (
        CheckConstraint("(extended_until IS NULL) = (extension_reason IS NULL)",
                        name="extension_explained"),
        CheckConstraint("status IN ('ontvangen', 'in_behandeling') OR handled_on IS NOT NULL",
                        name="handled_has_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[RequestKind]
    person_pseudonym: Mapped[str] = mapped_column(String(SHORT))
    requester: Mapped[Requester]
    requester_subject_id: Mapped[int | None] = _fk("subject.id", "SET NULL", nullable=True)
    requester_detail: Mapped[str | None] = mapped_column(String(NAME))
    received_on: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date] = mapped_column(Date, index=True)
    extended_until: Mapped[dt.date | None] = mapped_column(Date)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    status: Mapped[RequestStatus] = mapped_column(default=RequestStatus.ONTVANGEN)
    outcome: Mapped[str | None] = mapped_column(Text)
    handled_on: Mapped[dt.date | None] = mapped_column(Date)
    minor_position: Mapped[str | None] = mapped_column(Text)
    registered_by: Mapped[str] = mapped_column(String(USER))


class RequestSubject(Audited, Base):
    """A person of a case whom the request concerns."""

    __tablename__ = "request_subject"
    __table_args__ = (UniqueConstraint("request_id", "subject_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = _fk("subject_request.id", "CASCADE")
    subject_id: Mapped[int] = _fk("subject.id", "CASCADE")


class RedactionDecision(Audited, Base):
    """The chair's decision on one item of an inzage dossier that would reveal a third party.

    ``item_key`` names the item stably (e.g. ``signal:12``); ``source_checked`` records that
    police or OM information was checked with its source before release.
    """

    __tablename__ = "redaction_decision"
    __table_args__ = (UniqueConstraint("request_id", "item_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = _fk("subject_request.id", "CASCADE")
    item_key: Mapped[str] = mapped_column(String(80))
    choice: Mapped[RedactionChoice]
    reason: Mapped[str | None] = mapped_column(Text)
    source_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    decided_by: Mapped[str] = mapped_column(String(USER))
    decided_at: Mapped[dt.datetime]


# --- What went out ------------------------------------------------------------------------------


class ExportedItem(Audited, Base):
    """One thing a logged export carried: a case, decision or action in a partner's extract, or
    the request an inzage dossier answered (for the recipients in a later inzage)."""

    __tablename__ = "exported_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    export_id: Mapped[int] = _fk("document_export.id", "CASCADE")
    item_kind: Mapped[str] = mapped_column(String(40))
    case_id: Mapped[int | None] = _fk("case_file.id", "CASCADE", nullable=True)
    item_id: Mapped[int | None] = mapped_column(Integer)
    request_id: Mapped[int | None] = _fk("subject_request.id", "CASCADE", nullable=True)

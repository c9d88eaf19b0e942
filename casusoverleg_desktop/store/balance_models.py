"""Tables of the balance sheet: one sheet per case per meeting, with its entries and weighing.

All of them are ``Audited``. A sheet's children go with it (cascade); partners are restricted;
links to signals, contributions and actions become empty when those are removed. Formal risk
assessments are references only: there is deliberately no column for an instrument's items or
scores.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    select,
)
from sqlalchemy.orm import Mapped, MappedColumn, Session, mapped_column

from casusoverleg_desktop.domain.balance import (
    BalanceDomain,
    BalanceSide,
    MeasureKind,
    MeasureStatus,
    Persistence,
    Priority,
    Weight,
)
from casusoverleg_desktop.domain.enums import DataCategory, StatementType, Verification
from casusoverleg_desktop.store.base import Base
from casusoverleg_desktop.store.models import NAME, SHORT, Audited

LINEAGE = 32


def _fk(target: str, ondelete: str, nullable: bool = False) -> MappedColumn[Any]:
    return mapped_column(ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


def _score_check(column: str) -> CheckConstraint:
    return CheckConstraint(f"{column} IS NULL OR ({column} >= 0 AND {column} <= 10)",
                           name=f"{column}_0_to_10")


class BalanceSheet(Audited, Base):
    """The sheet of one case in one meeting; ``version`` counts 1, 2, … per case."""

    __tablename__ = "balance_sheet"
    __table_args__ = (
        UniqueConstraint("case_id", "meeting_id"),
        UniqueConstraint("case_id", "version"),
        CheckConstraint("priority IS NULL OR rationale IS NOT NULL", name="priority_has_rationale"),
        _score_check("consensus_score"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _fk("case_file.id", "CASCADE")
    meeting_id: Mapped[int] = _fk("meeting.id", "RESTRICT")
    version: Mapped[int] = mapped_column(Integer)
    prefilled_from_id: Mapped[int | None] = _fk("balance_sheet.id", "SET NULL", nullable=True)
    priority: Mapped[Priority | None]
    rationale: Mapped[str | None] = mapped_column(Text)
    consensus_score: Mapped[int | None] = mapped_column(Integer)
    proportionality: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    created_by: Mapped[str] = mapped_column(String(80))


class BalanceEntry(Audited, Base):
    """One line in column A, B or C; ``lineage`` stays the same when a new version copies it."""

    __tablename__ = "balance_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = _fk("balance_sheet.id", "CASCADE")
    lineage: Mapped[str] = mapped_column(String(LINEAGE), index=True)
    side: Mapped[BalanceSide]
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    statement_type: Mapped[StatementType]
    source_partner_id: Mapped[int | None] = _fk("partner.id", "RESTRICT", nullable=True)
    observed_on: Mapped[dt.date | None] = mapped_column(Date)
    domain: Mapped[BalanceDomain | None]
    persistence: Mapped[Persistence | None]
    weight: Mapped[Weight | None]
    verification: Mapped[Verification] = mapped_column(default=Verification.ONBEVESTIGD)
    data_category: Mapped[DataCategory] = mapped_column(default=DataCategory.GEWOON)
    signal_id: Mapped[int | None] = _fk("signal.id", "SET NULL", nullable=True)
    contribution_id: Mapped[int | None] = _fk("contribution.id", "SET NULL", nullable=True)


class BalanceMeasure(Audited, Base):
    """A limiting or supporting measure, linked to the action that carries it out."""

    __tablename__ = "balance_measure"

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = _fk("balance_sheet.id", "CASCADE")
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[MeasureKind]
    text: Mapped[str] = mapped_column(Text)
    coercive: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[MeasureStatus] = mapped_column(default=MeasureStatus.VOORGESTELD)
    action_item_id: Mapped[int | None] = _fk("action_item.id", "SET NULL", nullable=True)


class BalanceDissent(Audited, Base):
    """A partner's differing view on the weighing: position and reason."""

    __tablename__ = "balance_dissent"

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = _fk("balance_sheet.id", "CASCADE")
    partner_id: Mapped[int] = _fk("partner.id", "RESTRICT")
    position: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)


class BalanceRating(Audited, Base):
    """A partner's answer to the scale question (0–10)."""

    __tablename__ = "balance_rating"
    __table_args__ = (UniqueConstraint("sheet_id", "partner_id"), _score_check("score"))

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = _fk("balance_sheet.id", "CASCADE")
    partner_id: Mapped[int] = _fk("partner.id", "RESTRICT")
    score: Mapped[int] = mapped_column(Integer)


class FormalAssessmentRef(Audited, Base):
    """A reference to a licensed risk assessment (VERA-2R, ERG22+, …): metadata only."""

    __tablename__ = "balance_formal_assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = _fk("balance_sheet.id", "CASCADE")
    instrument: Mapped[str] = mapped_column(String(SHORT))
    organisation: Mapped[str] = mapped_column(String(NAME))
    assessed_on: Mapped[dt.date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text)


class BalanceQuestion(Audited, Base):
    """An open question or missing piece of information."""

    __tablename__ = "balance_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = _fk("balance_sheet.id", "CASCADE")
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


BALANCE_CHILDREN = (BalanceEntry, BalanceMeasure, BalanceDissent, BalanceRating, FormalAssessmentRef,
                    BalanceQuestion)
BalanceChild = (BalanceEntry | BalanceMeasure | BalanceDissent | BalanceRating | FormalAssessmentRef
                | BalanceQuestion)
ChildT = TypeVar("ChildT", BalanceEntry, BalanceMeasure, BalanceDissent, BalanceRating, FormalAssessmentRef,
                 BalanceQuestion)
PositionedT = TypeVar("PositionedT", BalanceEntry, BalanceMeasure, BalanceQuestion)


def case_of_balance_row(session: Session, row: BalanceSheet | BalanceChild) -> int | None:
    """The case a balance row belongs to (for the search index)."""
    if isinstance(row, BalanceSheet):
        return row.case_id
    return session.connection().scalar(
        select(BalanceSheet.case_id).where(BalanceSheet.id == row.sheet_id)
    )


def balance_sources(indexed_source: Callable[..., Any]) -> tuple[Any, ...]:
    """The balance sheet's text for the search index: ``indexed_source`` is
    ``services.search.IndexedSource`` (passed in, so the store does not import services)."""
    return (
        indexed_source(BalanceSheet, ("rationale", "proportionality"), "Balans: afweging",
                       case_of_balance_row),
        indexed_source(BalanceEntry, ("text",), "Balansregel", case_of_balance_row),
        indexed_source(BalanceMeasure, ("text",), "Balans: maatregel", case_of_balance_row),
        indexed_source(BalanceDissent, ("position", "reason"), "Balans: afwijkende mening",
                       case_of_balance_row),
        indexed_source(FormalAssessmentRef, ("summary",), "Balans: formele taxatie", case_of_balance_row),
        indexed_source(BalanceQuestion, ("text",), "Balans: open vraag", case_of_balance_row),
    )

"""The balance sheet of a case: one version per meeting, pre-filled from the version before.

What a new version takes over from the previous one: the entries (same ``lineage``, so a later
comparison sees them as the same line), the measures, the references to formal assessments, the
open questions that are not resolved, and the proportionality answer. What it does not take over is
the judgement of the meeting itself: the scale ratings, the consensus score, the dissent and the
chair's priority with its rationale are given afresh in every meeting. The app never computes a
priority; ``SheetInfo.counts`` are for information only.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Required, TypedDict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casusoverleg_desktop.documents.data import (
    BalanceLine,
    BalanceSideLines,
    BalanceSummary,
    DissentLine,
    MeasureLine,
)
from casusoverleg_desktop.domain.balance import (
    BalanceDomain,
    BalanceSide,
    MeasureKind,
    MeasureStatus,
    Persistence,
    Priority,
    Weight,
    check_dissent,
    check_domain_fits,
    check_priority,
    check_proportionality,
    check_rating,
    domains_for,
)
from casusoverleg_desktop.domain.enums import DataCategory, StatementType, Verification
from casusoverleg_desktop.domain.labels import action_label, qualified_label, signal_label
from casusoverleg_desktop.domain.rules import require_text
from casusoverleg_desktop.errors import NotFound, ValidationError
from casusoverleg_desktop.services.audit import record_opened
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import check_case_open, check_meeting_open, fetch
from casusoverleg_desktop.store.balance_models import (
    BalanceDissent,
    BalanceEntry,
    BalanceMeasure,
    BalanceQuestion,
    BalanceRating,
    BalanceSheet,
    ChildT,
    FormalAssessmentRef,
    PositionedT,
)
from casusoverleg_desktop.store.models import (
    ActionItem,
    AgendaItem,
    Case,
    Contribution,
    Meeting,
    Partner,
    Signal,
)

__all__ = [
    "SOURCE_CONTRIBUTION", "SOURCE_SIGNAL", "DissentInfo", "EntryInfo", "FormalAssessmentInfo",
    "MeasureInfo", "QuestionInfo", "RatingInfo", "SheetInfo", "SheetRow", "add_dissent", "add_entry",
    "add_entry_from_source", "add_formal_assessment", "add_measure", "add_question", "find_sheet",
    "get_sheet", "link_measure_action", "list_sheets", "minutes_balance_summary", "move_entry",
    "open_sheet", "partners_for", "remove_dissent", "remove_entry",
    "remove_formal_assessment", "remove_measure", "remove_question", "set_consensus",
    "set_proportionality", "set_question_resolved", "set_rating", "set_weighing", "sheet_info",
    "update_entry",
]

SOURCE_SIGNAL = "signal"
SOURCE_CONTRIBUTION = "contribution"


# --- What the UI and the documents get ------------------------------------------------------------


@dataclass(frozen=True)
class EntryInfo:
    id: int
    sheet_id: int
    lineage: str
    side: BalanceSide
    position: int
    text: str
    statement_type: StatementType
    source_partner_id: int | None
    source_partner: str | None
    observed_on: dt.date | None
    domain: BalanceDomain | None
    persistence: Persistence | None
    weight: Weight | None
    verification: Verification
    data_category: DataCategory
    signal_id: int | None
    contribution_id: int | None
    source_label: str | None  # "S3", "Inbreng Politie", …


@dataclass(frozen=True)
class MeasureInfo:
    id: int
    kind: MeasureKind
    text: str
    coercive: bool
    status: MeasureStatus
    action_item_id: int | None
    action_label: str | None


@dataclass(frozen=True)
class DissentInfo:
    id: int
    partner_id: int
    partner: str
    position: str
    reason: str


@dataclass(frozen=True)
class RatingInfo:
    partner_id: int
    partner: str
    score: int


@dataclass(frozen=True)
class FormalAssessmentInfo:
    id: int
    instrument: str
    organisation: str
    assessed_on: dt.date | None
    summary: str


@dataclass(frozen=True)
class QuestionInfo:
    id: int
    text: str
    resolved: bool


@dataclass(frozen=True)
class SheetInfo:
    id: int
    case_id: int
    case_code: str
    meeting_id: int
    meeting_date: dt.date
    version: int
    prefilled_from_version: int | None
    priority: Priority | None
    rationale: str | None
    consensus_score: int | None
    proportionality: str | None
    entries: tuple[EntryInfo, ...]
    measures: tuple[MeasureInfo, ...]
    dissent: tuple[DissentInfo, ...]
    ratings: tuple[RatingInfo, ...]
    formal_assessments: tuple[FormalAssessmentInfo, ...]
    questions: tuple[QuestionInfo, ...]
    previous_ratings: tuple[RatingInfo, ...]  # of the version this one was pre-filled from

    def side(self, side: BalanceSide) -> tuple[EntryInfo, ...]:
        return tuple(e for e in self.entries if e.side is side)

    @property
    def counts(self) -> dict[BalanceSide, int]:
        """Entries per side, for information only: they never decide or tilt anything."""
        return {side: len(self.side(side)) for side in BalanceSide}

    def rating_of(self, partner_id: int) -> int | None:
        return next((r.score for r in self.ratings if r.partner_id == partner_id), None)

    @property
    def coercive_measures(self) -> tuple[MeasureInfo, ...]:
        return tuple(m for m in self.measures if m.coercive)


@dataclass(frozen=True)
class SheetRow:
    """One version in the list of a case's sheets."""

    id: int
    version: int
    meeting_id: int
    meeting_date: dt.date
    priority: Priority | None
    consensus_score: int | None


# --- Reading ------------------------------------------------------------------------------------


def _partner_names(session: Session) -> dict[int, str]:
    return {i: short or name for i, short, name in
            session.execute(select(Partner.id, Partner.short_name, Partner.name))}


def _children(session: Session, model: type[ChildT], sheet_id: int, *order: Any) -> list[ChildT]:
    return list(session.scalars(select(model).where(model.sheet_id == sheet_id)
                                .order_by(*order, model.id)))


def _source_label(session: Session, entry: BalanceEntry, names: dict[int, str]) -> str | None:
    if entry.signal_id is not None:
        signal = session.get(Signal, entry.signal_id)
        return signal_label(signal.number, signal.is_contra) if signal else None
    if entry.contribution_id is not None:
        contribution = session.get(Contribution, entry.contribution_id)
        if contribution is not None:
            return f"Inbreng {names.get(contribution.partner_id, '')}".strip()
    return None


def _entry_info(session: Session, e: BalanceEntry, names: dict[int, str]) -> EntryInfo:
    return EntryInfo(
        e.id, e.sheet_id, e.lineage, e.side, e.position, e.text, e.statement_type,
        e.source_partner_id, names.get(e.source_partner_id) if e.source_partner_id else None,
        e.observed_on, e.domain, e.persistence, e.weight, e.verification, e.data_category,
        e.signal_id, e.contribution_id, _source_label(session, e, names),
    )


def _measure_info(session: Session, m: BalanceMeasure) -> MeasureInfo:
    label = None
    if m.action_item_id is not None and (action := session.get(ActionItem, m.action_item_id)):
        origin = session.get_one(Meeting, action.origin_meeting_id)
        label = qualified_label(action_label(action.number), origin.held_on)
    return MeasureInfo(m.id, m.kind, m.text, m.coercive, m.status, m.action_item_id, label)


def _ratings(session: Session, sheet_id: int, names: dict[int, str]) -> tuple[RatingInfo, ...]:
    rows = _children(session, BalanceRating, sheet_id)
    return tuple(sorted((RatingInfo(r.partner_id, names[r.partner_id], r.score) for r in rows),
                        key=lambda r: r.partner.lower()))


def sheet_info(session: Session, sheet: BalanceSheet) -> SheetInfo:
    names = _partner_names(session)
    case = fetch(session, Case, sheet.case_id)
    meeting = fetch(session, Meeting, sheet.meeting_id)
    previous = session.get(BalanceSheet, sheet.prefilled_from_id) if sheet.prefilled_from_id else None
    entries = _children(session, BalanceEntry, sheet.id, BalanceEntry.side, BalanceEntry.position)
    return SheetInfo(
        id=sheet.id, case_id=sheet.case_id, case_code=case.code, meeting_id=sheet.meeting_id,
        meeting_date=meeting.held_on, version=sheet.version,
        prefilled_from_version=previous.version if previous else None, priority=sheet.priority,
        rationale=sheet.rationale, consensus_score=sheet.consensus_score,
        proportionality=sheet.proportionality,
        entries=tuple(sorted((_entry_info(session, e, names) for e in entries),
                             key=lambda e: (list(BalanceSide).index(e.side), e.position))),
        measures=tuple(_measure_info(session, m) for m in
                       _children(session, BalanceMeasure, sheet.id, BalanceMeasure.position)),
        dissent=tuple(DissentInfo(d.id, d.partner_id, names[d.partner_id], d.position, d.reason)
                      for d in _children(session, BalanceDissent, sheet.id)),
        ratings=_ratings(session, sheet.id, names),
        formal_assessments=tuple(
            FormalAssessmentInfo(f.id, f.instrument, f.organisation, f.assessed_on, f.summary)
            for f in _children(session, FormalAssessmentRef, sheet.id)),
        questions=tuple(QuestionInfo(q.id, q.text, q.resolved) for q in
                        _children(session, BalanceQuestion, sheet.id, BalanceQuestion.position)),
        previous_ratings=_ratings(session, previous.id, names) if previous else (),
    )


def _sheet_of(session: Session, sheet_id: int) -> BalanceSheet:
    sheet = session.get(BalanceSheet, sheet_id)
    if sheet is None:
        raise NotFound(f"De balans met nummer {sheet_id} bestaat niet (meer).")
    return sheet


def get_sheet(ctx: ServiceContext, sheet_id: int, *, record_opening: bool = True) -> SheetInfo:
    """One version; reading it is recorded as opening the case (a screen that re-reads the sheet it
    already opened after each change passes ``record_opening=False``)."""
    with ctx.unit_of_work() as session:
        sheet = _sheet_of(session, sheet_id)
        if record_opening:
            record_opened(session, Case.__tablename__, sheet.case_id,
                          f"balans versie {sheet.version} geopend")
        return sheet_info(session, sheet)


def find_sheet(ctx: ServiceContext, case_id: int, meeting_id: int) -> SheetInfo | None:
    with ctx.unit_of_work() as session:
        sheet = session.scalar(select(BalanceSheet).where(BalanceSheet.case_id == case_id,
                                                          BalanceSheet.meeting_id == meeting_id))
        if sheet is None:
            return None
        record_opened(session, Case.__tablename__, case_id, f"balans versie {sheet.version} geopend")
        return sheet_info(session, sheet)


def list_sheets(ctx: ServiceContext, case_id: int) -> list[SheetRow]:
    """The case's versions in meeting order (the oldest first)."""
    with ctx.unit_of_work() as session:
        fetch(session, Case, case_id)
        rows = session.execute(
            select(BalanceSheet.id, BalanceSheet.version, BalanceSheet.meeting_id, Meeting.held_on,
                   BalanceSheet.priority, BalanceSheet.consensus_score)
            .join(Meeting, Meeting.id == BalanceSheet.meeting_id)
            .where(BalanceSheet.case_id == case_id)
            .order_by(Meeting.held_on, BalanceSheet.version))
        return [SheetRow(*row) for row in rows]


# --- A new version --------------------------------------------------------------------------------


def _previous_sheet(session: Session, case_id: int, held_on: dt.date) -> BalanceSheet | None:
    """The case's latest sheet from a meeting before ``held_on``."""
    return session.scalar(
        select(BalanceSheet).join(Meeting, Meeting.id == BalanceSheet.meeting_id)
        .where(BalanceSheet.case_id == case_id, Meeting.held_on < held_on)
        .order_by(Meeting.held_on.desc(), BalanceSheet.version.desc()).limit(1))


def _copy_content(session: Session, source: BalanceSheet, target: BalanceSheet) -> None:
    for e in _children(session, BalanceEntry, source.id):
        session.add(BalanceEntry(
            sheet_id=target.id, lineage=e.lineage, side=e.side, position=e.position, text=e.text,
            statement_type=e.statement_type, source_partner_id=e.source_partner_id,
            observed_on=e.observed_on, domain=e.domain, persistence=e.persistence, weight=e.weight,
            verification=e.verification, data_category=e.data_category, signal_id=e.signal_id,
            contribution_id=e.contribution_id))
    for m in _children(session, BalanceMeasure, source.id):
        session.add(BalanceMeasure(sheet_id=target.id, position=m.position, kind=m.kind, text=m.text,
                                   coercive=m.coercive, status=m.status,
                                   action_item_id=m.action_item_id))
    for f in _children(session, FormalAssessmentRef, source.id):
        session.add(FormalAssessmentRef(sheet_id=target.id, instrument=f.instrument,
                                        organisation=f.organisation, assessed_on=f.assessed_on,
                                        summary=f.summary))
    for q in _children(session, BalanceQuestion, source.id):
        if not q.resolved:
            session.add(BalanceQuestion(sheet_id=target.id, position=q.position, text=q.text))


def open_sheet(ctx: ServiceContext, case_id: int, meeting_id: int) -> SheetInfo:
    """The sheet of this case in this meeting; made on first use, pre-filled from the one before."""
    with ctx.unit_of_work() as session:
        sheet = session.scalar(select(BalanceSheet).where(BalanceSheet.case_id == case_id,
                                                          BalanceSheet.meeting_id == meeting_id))
        if sheet is None:
            case = fetch(session, Case, case_id)
            check_case_open(case)
            meeting = fetch(session, Meeting, meeting_id)
            check_meeting_open(meeting)  # a closed meeting's weighing is what its record holds
            previous = _previous_sheet(session, case_id, meeting.held_on)
            version = 1 + (session.scalar(select(func.max(BalanceSheet.version))
                                          .where(BalanceSheet.case_id == case_id)) or 0)
            sheet = BalanceSheet(
                case_id=case_id, meeting_id=meeting_id, version=version,
                prefilled_from_id=previous.id if previous else None,
                proportionality=previous.proportionality if previous else None,
                created_at=ctx.clock(), created_by=ctx.actor)
            session.add(sheet)
            session.flush()
            if previous is not None:
                _copy_content(session, previous, sheet)
                session.flush()
        else:
            record_opened(session, Case.__tablename__, case_id, f"balans versie {sheet.version} geopend")
        return sheet_info(session, sheet)


def _editable_sheet(session: Session, sheet_id: int) -> BalanceSheet:
    sheet = _sheet_of(session, sheet_id)
    check_case_open(fetch(session, Case, sheet.case_id))
    return sheet


# --- Entries (columns A, B, C) ------------------------------------------------------------------


def _next_position(session: Session, model: type[PositionedT], sheet_id: int, *where: Any) -> int:
    return 1 + (session.scalar(select(func.max(model.position))
                               .where(model.sheet_id == sheet_id, *where)) or 0)


def _check_partner(session: Session, partner_id: int | None) -> None:
    if partner_id is not None:
        fetch(session, Partner, partner_id)


def add_entry(
    ctx: ServiceContext, sheet_id: int, side: BalanceSide, text: str, *,
    statement_type: StatementType = StatementType.FEIT, source_partner_id: int | None = None,
    observed_on: dt.date | None = None, domain: BalanceDomain | None = None,
    persistence: Persistence | None = None, weight: Weight | None = None,
    verification: Verification = Verification.ONBEVESTIGD,
    data_category: DataCategory = DataCategory.GEWOON, signal_id: int | None = None,
    contribution_id: int | None = None,
) -> EntryInfo:
    """A new line at the bottom of ``side``."""
    text = require_text(text, "de tekst van de regel")
    check_domain_fits(side, domain)
    with ctx.unit_of_work() as session:
        sheet = _editable_sheet(session, sheet_id)
        _check_partner(session, source_partner_id)
        if signal_id is not None and fetch(session, Signal, signal_id).case_id != sheet.case_id:
            raise ValidationError("Dit signaal hoort bij een andere casus.")
        if contribution_id is not None:
            contribution = fetch(session, Contribution, contribution_id)
            item = fetch(session, AgendaItem, contribution.agenda_item_id)
            if item.case_id != sheet.case_id:
                raise ValidationError("Deze inbreng hoort bij een andere casus.")
        entry = BalanceEntry(
            sheet_id=sheet.id, lineage=uuid.uuid4().hex, side=side,
            position=_next_position(session, BalanceEntry, sheet.id, BalanceEntry.side == side),
            text=text, statement_type=statement_type, source_partner_id=source_partner_id,
            observed_on=observed_on, domain=domain, persistence=persistence, weight=weight,
            verification=verification, data_category=data_category, signal_id=signal_id,
            contribution_id=contribution_id)
        session.add(entry)
        session.flush()
        return _entry_info(session, entry, _partner_names(session))


class _SourceFields(TypedDict, total=False):
    """What a line takes over from its signal or contribution (``add_entry``'s arguments)."""

    text: Required[str]
    statement_type: StatementType
    source_partner_id: int | None
    observed_on: dt.date | None
    verification: Verification
    data_category: DataCategory
    signal_id: int
    contribution_id: int


def add_entry_from_source(
    ctx: ServiceContext, sheet_id: int, side: BalanceSide, source_type: str, source_id: int,
) -> EntryInfo:
    """A line taken from a signal or a contribution (drag and drop): text, type, source, category."""
    fields: _SourceFields
    with ctx.unit_of_work() as session:
        if source_type == SOURCE_SIGNAL:
            s = fetch(session, Signal, source_id)
            fields = {"text": s.text, "statement_type": s.statement_type,
                      "source_partner_id": s.partner_id, "observed_on": s.observed_on,
                      "verification": s.verification, "data_category": s.data_category,
                      "signal_id": s.id}
        elif source_type == SOURCE_CONTRIBUTION:
            c = fetch(session, Contribution, source_id)
            held_on = session.scalar(select(Meeting.held_on).join(
                AgendaItem, AgendaItem.meeting_id == Meeting.id).where(AgendaItem.id == c.agenda_item_id))
            fields = {"text": c.text, "statement_type": c.statement_type,
                      "source_partner_id": c.partner_id, "observed_on": held_on,
                      "data_category": c.data_category, "contribution_id": c.id}
        else:
            raise ValidationError(f"Een balansregel kan niet uit '{source_type}' worden gemaakt.")
    return add_entry(ctx, sheet_id, side, **fields)


_ENTRY_FIELDS = {"text", "statement_type", "source_partner_id", "observed_on", "domain", "persistence",
                 "weight", "verification", "data_category"}


def update_entry(ctx: ServiceContext, entry_id: int, **changes: Any) -> EntryInfo:
    """Change the named fields of an entry (``domain=None`` clears the domain)."""
    unknown = set(changes) - _ENTRY_FIELDS
    if unknown:
        raise TypeError(f"unknown entry fields: {sorted(unknown)}")
    if "text" in changes:
        changes["text"] = require_text(changes["text"], "de tekst van de regel")
    with ctx.unit_of_work() as session:
        entry = fetch(session, BalanceEntry, entry_id)
        _editable_sheet(session, entry.sheet_id)
        check_domain_fits(entry.side, changes.get("domain", entry.domain))
        _check_partner(session, changes.get("source_partner_id"))
        for name, value in changes.items():
            setattr(entry, name, value)
        session.flush()
        return _entry_info(session, entry, _partner_names(session))


def move_entry(ctx: ServiceContext, entry_id: int, side: BalanceSide) -> EntryInfo:
    """Move a line to the bottom of another column; a domain that does not fit there is cleared."""
    with ctx.unit_of_work() as session:
        entry = fetch(session, BalanceEntry, entry_id)
        _editable_sheet(session, entry.sheet_id)
        if entry.side is not side:
            entry.position = _next_position(session, BalanceEntry, entry.sheet_id,
                                            BalanceEntry.side == side)
            entry.side = side
            if entry.domain is not None and entry.domain not in domains_for(side):
                entry.domain = None
        session.flush()
        return _entry_info(session, entry, _partner_names(session))


def remove_entry(ctx: ServiceContext, entry_id: int) -> None:
    with ctx.unit_of_work() as session:
        entry = fetch(session, BalanceEntry, entry_id)
        _editable_sheet(session, entry.sheet_id)
        session.delete(entry)


# --- Afweging -----------------------------------------------------------------------------------


def set_weighing(ctx: ServiceContext, sheet_id: int, priority: Priority | None,
                 rationale: str | None) -> SheetInfo:
    """The chair's priority with the written rationale (``None`` withdraws the choice)."""
    check_priority(priority, rationale)
    with ctx.unit_of_work() as session:
        sheet = _editable_sheet(session, sheet_id)
        sheet.priority = priority
        sheet.rationale = rationale.strip() if rationale and rationale.strip() else None
        session.flush()
        return sheet_info(session, sheet)


def _coercive_texts(session: Session, sheet_id: int) -> list[str]:
    return list(session.scalars(select(BalanceMeasure.text).where(
        BalanceMeasure.sheet_id == sheet_id, BalanceMeasure.coercive.is_(True))))


def set_proportionality(ctx: ServiceContext, sheet_id: int, answer: str | None) -> SheetInfo:
    """Is a less intrusive route possible, and if so why is it not used?"""
    with ctx.unit_of_work() as session:
        sheet = _editable_sheet(session, sheet_id)
        check_proportionality(_coercive_texts(session, sheet.id), answer)
        sheet.proportionality = answer.strip() if answer and answer.strip() else None
        session.flush()
        return sheet_info(session, sheet)


def add_measure(
    ctx: ServiceContext, sheet_id: int, kind: MeasureKind, text: str, *, coercive: bool = False,
    status: MeasureStatus = MeasureStatus.VOORGESTELD, action_item_id: int | None = None,
    proportionality: str | None = None,
) -> MeasureInfo:
    """A limiting or supporting measure. A coercive one (proposed, used or rejected) is refused
    unless the proportionality question is answered, here or before."""
    text = require_text(text, "de maatregel")
    if coercive and kind is not MeasureKind.BEGRENZEND:
        raise ValidationError("Een dwangmaatregel is altijd een begrenzende maatregel.")
    with ctx.unit_of_work() as session:
        sheet = _editable_sheet(session, sheet_id)
        if proportionality is not None and proportionality.strip():
            sheet.proportionality = proportionality.strip()
        if coercive:
            check_proportionality([text], sheet.proportionality)
        _check_action(session, sheet, action_item_id)
        measure = BalanceMeasure(
            sheet_id=sheet.id, position=_next_position(session, BalanceMeasure, sheet.id), kind=kind,
            text=text, coercive=coercive, status=status, action_item_id=action_item_id)
        session.add(measure)
        session.flush()
        return _measure_info(session, measure)


def _check_action(session: Session, sheet: BalanceSheet, action_item_id: int | None) -> None:
    if action_item_id is None:
        return
    action = fetch(session, ActionItem, action_item_id)
    if action.case_id not in (None, sheet.case_id):
        raise ValidationError("Dit actiepunt hoort bij een andere casus.")


def link_measure_action(ctx: ServiceContext, measure_id: int, action_item_id: int | None) -> MeasureInfo:
    with ctx.unit_of_work() as session:
        measure = fetch(session, BalanceMeasure, measure_id)
        sheet = _editable_sheet(session, measure.sheet_id)
        _check_action(session, sheet, action_item_id)
        measure.action_item_id = action_item_id
        session.flush()
        return _measure_info(session, measure)


def remove_measure(ctx: ServiceContext, measure_id: int) -> None:
    with ctx.unit_of_work() as session:
        measure = fetch(session, BalanceMeasure, measure_id)
        _editable_sheet(session, measure.sheet_id)
        session.delete(measure)


def add_dissent(ctx: ServiceContext, sheet_id: int, partner_id: int, position: str,
                reason: str) -> DissentInfo:
    check_dissent(position, reason)
    with ctx.unit_of_work() as session:
        sheet = _editable_sheet(session, sheet_id)
        partner = fetch(session, Partner, partner_id)
        row = BalanceDissent(sheet_id=sheet.id, partner_id=partner_id, position=position.strip(),
                             reason=reason.strip())
        session.add(row)
        session.flush()
        return DissentInfo(row.id, partner_id, partner.short_name or partner.name, row.position,
                           row.reason)


def remove_dissent(ctx: ServiceContext, dissent_id: int) -> None:
    with ctx.unit_of_work() as session:
        row = fetch(session, BalanceDissent, dissent_id)
        _editable_sheet(session, row.sheet_id)
        session.delete(row)


# --- Schaalvraag --------------------------------------------------------------------------------


def set_rating(ctx: ServiceContext, sheet_id: int, partner_id: int, score: int | None) -> SheetInfo:
    """A partner's answer to the scale question; ``None`` removes it."""
    with ctx.unit_of_work() as session:
        sheet = _editable_sheet(session, sheet_id)
        partner = fetch(session, Partner, partner_id)
        check_rating(score, f"De score van {partner.short_name or partner.name}")
        row = session.scalar(select(BalanceRating).where(BalanceRating.sheet_id == sheet.id,
                                                         BalanceRating.partner_id == partner_id))
        if score is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(BalanceRating(sheet_id=sheet.id, partner_id=partner_id, score=score))
        else:
            row.score = score
        session.flush()
        return sheet_info(session, sheet)


def set_consensus(ctx: ServiceContext, sheet_id: int, score: int | None) -> SheetInfo:
    """The score the table agrees on; it is entered, never averaged by the app."""
    check_rating(score, "De consensusscore")
    with ctx.unit_of_work() as session:
        sheet = _editable_sheet(session, sheet_id)
        sheet.consensus_score = score
        session.flush()
        return sheet_info(session, sheet)


# --- Formele taxaties and open questions ------------------------------------------------------------


def add_formal_assessment(ctx: ServiceContext, sheet_id: int, instrument: str, organisation: str,
                          assessed_on: dt.date | None, summary: str) -> FormalAssessmentInfo:
    """A reference to a licensed risk assessment: never its items or scores."""
    instrument = require_text(instrument, "het instrument")
    organisation = require_text(organisation, "de organisatie die de taxatie deed")
    summary = require_text(summary, "een korte samenvatting van de conclusie")
    with ctx.unit_of_work() as session:
        sheet = _editable_sheet(session, sheet_id)
        row = FormalAssessmentRef(sheet_id=sheet.id, instrument=instrument, organisation=organisation,
                                  assessed_on=assessed_on, summary=summary)
        session.add(row)
        session.flush()
        return FormalAssessmentInfo(row.id, instrument, organisation, assessed_on, summary)


def remove_formal_assessment(ctx: ServiceContext, reference_id: int) -> None:
    with ctx.unit_of_work() as session:
        row = fetch(session, FormalAssessmentRef, reference_id)
        _editable_sheet(session, row.sheet_id)
        session.delete(row)


def add_question(ctx: ServiceContext, sheet_id: int, text: str) -> QuestionInfo:
    text = require_text(text, "de open vraag")
    with ctx.unit_of_work() as session:
        sheet = _editable_sheet(session, sheet_id)
        row = BalanceQuestion(sheet_id=sheet.id, position=_next_position(session, BalanceQuestion, sheet.id),
                              text=text, resolved=False)
        session.add(row)
        session.flush()
        return QuestionInfo(row.id, row.text, row.resolved)


def set_question_resolved(ctx: ServiceContext, question_id: int, resolved: bool) -> QuestionInfo:
    with ctx.unit_of_work() as session:
        row = fetch(session, BalanceQuestion, question_id)
        _editable_sheet(session, row.sheet_id)
        row.resolved = resolved
        session.flush()
        return QuestionInfo(row.id, row.text, row.resolved)


def remove_question(ctx: ServiceContext, question_id: int) -> None:
    with ctx.unit_of_work() as session:
        row = fetch(session, BalanceQuestion, question_id)
        _editable_sheet(session, row.sheet_id)
        session.delete(row)


def partners_for(ctx: ServiceContext, ids: Iterable[int] | None = None) -> list[tuple[int, str]]:
    """Partners as (id, short name) for pickers, by name."""
    with ctx.unit_of_work() as session:
        query = select(Partner).order_by(Partner.name)
        if ids is not None:
            query = query.where(Partner.id.in_(list(ids)))
        return [(p.id, p.short_name or p.name) for p in session.scalars(query)]


def minutes_balance_summary(session: Session, case_id: int, meeting_id: int) -> BalanceSummary | None:
    """The sheet of a case in a meeting as the minutes print it under oordeelsvorming, in brief:
    the lines of each side, the scale, the chair's priority with its rationale, dissent, the
    measures weighed and proportionality; a ``services.meeting_record.BalanceProvider``. None when
    the case has no sheet there."""
    sheet = session.scalar(select(BalanceSheet).where(BalanceSheet.case_id == case_id,
                                                      BalanceSheet.meeting_id == meeting_id))
    if sheet is None:
        return None
    info = sheet_info(session, sheet)
    return BalanceSummary(
        priority=info.priority.label if info.priority else "nog geen prioriteit gekozen",
        rationale=info.rationale or "",
        consensus_score=info.consensus_score,
        scores=tuple((r.partner, r.score) for r in info.ratings),
        dissent=tuple(DissentLine(d.partner, d.position, d.reason) for d in info.dissent),
        proportionality=info.proportionality,
        has_marked_data=any(e.data_category.is_marked for e in info.entries),
        sides=tuple(BalanceSideLines(f"{side.label} ({side.describes})",
                              tuple(_summary_line(e) for e in info.entries if e.side is side))
                    for side in BalanceSide),
        measures=tuple(MeasureLine(f"{m.kind.label} ({m.status.label.lower()})", m.text, m.coercive)
                       for m in info.measures),
        formal_assessments=tuple(
            f"{f.instrument}, {f.organisation}"
            + (f", {f.assessed_on:%d-%m-%Y}" if f.assessed_on else "") + f": {f.summary}"
            for f in info.formal_assessments),
        open_questions=tuple(q.text for q in info.questions if not q.resolved),
    )


def _summary_line(entry: EntryInfo) -> BalanceLine:
    detail = [part for part in (
        entry.domain.label if entry.domain else None,
        f"gewicht {entry.weight.label.lower()}" if entry.weight else None,
        entry.verification.label.lower() if entry.verification is not Verification.ONBEVESTIGD else None,
        entry.source_label or entry.source_partner) if part]
    return BalanceLine(entry.text, entry.statement_type, " · ".join(detail), entry.data_category)

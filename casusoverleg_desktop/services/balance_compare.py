"""How the picture changed: the difference between two versions, and the ratings over time.

Entries are matched by ``lineage`` (a copied entry keeps it); entries without a match are then
paired by side and identical text, so hand-imported versions compare sensibly too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.balance import Priority
from casusoverleg_desktop.errors import NotFound, ValidationError
from casusoverleg_desktop.services import balance
from casusoverleg_desktop.services.audit import record_opened
from casusoverleg_desktop.services.balance import EntryInfo, SheetInfo
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.store.balance_models import BalanceSheet
from casusoverleg_desktop.store.models import Case, Meeting

__all__ = ["EntryChange", "RatingChange", "RatingTrend", "SheetDiff", "TrendSeries", "compare_sheets",
           "diff_sheets", "rating_trend"]

_COMPARED_FIELDS = ("side", "text", "statement_type", "source_partner", "observed_on", "domain",
                    "persistence", "weight", "verification", "data_category")


@dataclass(frozen=True)
class EntryChange:
    before: EntryInfo
    after: EntryInfo
    fields: tuple[str, ...]  # names of EntryInfo fields that differ


@dataclass(frozen=True)
class RatingChange:
    partner_id: int
    partner: str
    before: int | None
    after: int | None

    @property
    def delta(self) -> int | None:
        return None if self.before is None or self.after is None else self.after - self.before


@dataclass(frozen=True)
class SheetDiff:
    older: SheetInfo
    newer: SheetInfo
    added: tuple[EntryInfo, ...]
    removed: tuple[EntryInfo, ...]
    changed: tuple[EntryChange, ...]
    ratings: tuple[RatingChange, ...]  # every partner rated in either version, by name
    consensus: tuple[int | None, int | None]
    priority: tuple[Priority | None, Priority | None]
    rationale_changed: bool
    dissent_before: tuple[str, ...]
    dissent_after: tuple[str, ...]

    @property
    def rating_changes(self) -> tuple[RatingChange, ...]:
        return tuple(r for r in self.ratings if r.before != r.after)

    @property
    def priority_changed(self) -> bool:
        return self.priority[0] is not self.priority[1]

    @property
    def consensus_changed(self) -> bool:
        return self.consensus[0] != self.consensus[1]

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.rating_changes
                    or self.priority_changed or self.consensus_changed or self.rationale_changed)


def _pair_entries(older: SheetInfo, newer: SheetInfo) -> tuple[list[tuple[EntryInfo, EntryInfo]],
                                                                list[EntryInfo], list[EntryInfo]]:
    by_lineage = {e.lineage: e for e in older.entries}
    pairs: list[tuple[EntryInfo, EntryInfo]] = []
    unmatched_new: list[EntryInfo] = []
    for entry in newer.entries:
        before = by_lineage.pop(entry.lineage, None)
        if before is None:
            unmatched_new.append(entry)
        else:
            pairs.append((before, entry))
    left_old = list(by_lineage.values())
    added: list[EntryInfo] = []
    for entry in unmatched_new:
        twin = next((e for e in left_old if e.side is entry.side and e.text.strip() == entry.text.strip()),
                    None)
        if twin is None:
            added.append(entry)
        else:
            left_old.remove(twin)
            pairs.append((twin, entry))
    return pairs, added, left_old


def diff_sheets(older: SheetInfo, newer: SheetInfo) -> SheetDiff:
    """What changed from ``older`` to ``newer`` (any two versions of one case)."""
    if older.case_id != newer.case_id:
        raise ValidationError("Alleen twee versies van de balans van dezelfde casus zijn te vergelijken.")
    pairs, added, removed = _pair_entries(older, newer)
    changed = []
    for before, after in pairs:
        fields = tuple(name for name in _COMPARED_FIELDS if getattr(before, name) != getattr(after, name))
        if fields:
            changed.append(EntryChange(before, after, fields))
    names = {r.partner_id: r.partner for r in (*older.ratings, *newer.ratings)}
    ratings = tuple(sorted(
        (RatingChange(pid, name, older.rating_of(pid), newer.rating_of(pid)) for pid, name in names.items()),
        key=lambda r: r.partner.lower()))
    return SheetDiff(
        older=older, newer=newer, added=tuple(added), removed=tuple(removed), changed=tuple(changed),
        ratings=ratings, consensus=(older.consensus_score, newer.consensus_score),
        priority=(older.priority, newer.priority),
        rationale_changed=(older.rationale or "") != (newer.rationale or ""),
        dissent_before=tuple(f"{d.partner}: {d.position} ({d.reason})" for d in older.dissent),
        dissent_after=tuple(f"{d.partner}: {d.position} ({d.reason})" for d in newer.dissent),
    )


def _sheet(session: Session, sheet_id: int) -> BalanceSheet:
    sheet = session.get(BalanceSheet, sheet_id)
    if sheet is None:
        raise NotFound(f"De balans met nummer {sheet_id} bestaat niet (meer).")
    return sheet


def compare_sheets(ctx: ServiceContext, first_id: int, second_id: int) -> SheetDiff:
    """The difference between two stored versions, the older one first whatever the order given."""
    with ctx.unit_of_work() as session:
        first = balance.sheet_info(session, _sheet(session, first_id))
        second = balance.sheet_info(session, _sheet(session, second_id))
        record_opened(session, Case.__tablename__, first.case_id,
                      f"balans versie {first.version} en {second.version} vergeleken")
    if (second.meeting_date, second.version) < (first.meeting_date, first.version):
        first, second = second, first
    return diff_sheets(first, second)


@dataclass(frozen=True)
class TrendSeries:
    partner_id: int | None  # None: the consensus score
    name: str
    scores: tuple[int | None, ...]  # one per point of the trend; None where not rated


@dataclass(frozen=True)
class RatingTrend:
    dates: tuple[dt.date, ...]
    versions: tuple[int, ...]
    priorities: tuple[Priority | None, ...]
    partners: tuple[TrendSeries, ...]
    consensus: TrendSeries

    @property
    def is_empty(self) -> bool:
        return not self.dates


def rating_trend(ctx: ServiceContext, case_id: int) -> RatingTrend:
    """Every partner's rating and the consensus per version, in meeting order."""
    with ctx.unit_of_work() as session:
        fetch(session, Case, case_id)
        rows = session.scalars(select(BalanceSheet).join(Meeting, Meeting.id == BalanceSheet.meeting_id)
                               .where(BalanceSheet.case_id == case_id)
                               .order_by(Meeting.held_on, BalanceSheet.version))
        sheets = [balance.sheet_info(session, sheet) for sheet in rows]
        if sheets:
            record_opened(session, Case.__tablename__, case_id, "verloop van de schaalvraag geopend")
    names: dict[int, str] = {}
    for sheet in sheets:
        names.update({r.partner_id: r.partner for r in sheet.ratings})
    partners = tuple(
        TrendSeries(pid, name, tuple(sheet.rating_of(pid) for sheet in sheets))
        for pid, name in sorted(names.items(), key=lambda item: item[1].lower()))
    return RatingTrend(
        dates=tuple(s.meeting_date for s in sheets), versions=tuple(s.version for s in sheets),
        priorities=tuple(s.priority for s in sheets), partners=partners,
        consensus=TrendSeries(None, "Consensus", tuple(s.consensus_score for s in sheets)))

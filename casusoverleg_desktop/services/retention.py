"""Legal bases, retention periods and legal holds: how long a closed case is kept, and what stops
the clock.

A case rests on the basis it was opened on (``case_file``) and on any further bases
(``case_legal_basis``). At closure its retention date is fixed: the closure date plus the longest
period of its bases (``case_retention``). Until a chair sets a period for a basis, the shipped
suggestion applies, marked "vast te stellen door de FG". A legal hold (a pending request or
procedure) blocks destruction until it is lifted.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.enums import CaseStatus, LegalBasis
from casusoverleg_desktop.domain.lifecycle import OPEN_STATUSES
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.domain.retention import (
    NOT_YET_SET,
    SUGGESTED_PERIODS,
    check_period,
    keep_until,
)
from casusoverleg_desktop.domain.rules import check_legal_basis, require_text
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.services.roles import require_chair
from casusoverleg_desktop.store.models import Case
from casusoverleg_desktop.store.privacy_models import (
    CaseLegalBasis,
    CaseRetention,
    LegalHold,
    RetentionPeriod,
)

SOON_DAYS = 30
IDS_PER_QUERY = 900  # well below SQLite's limit on bound parameters


@dataclass(frozen=True)
class BasisLine:
    """One legal basis of a case, from when; ``id`` is None for the basis it was opened on."""

    id: int | None
    basis: LegalBasis
    covenant_name: str | None
    started_on: dt.date

    @property
    def label(self) -> str:
        name = f"{self.basis.label}: {self.covenant_name}" if self.covenant_name else self.basis.label
        return f"{name} (vanaf {self.started_on:%d-%m-%Y})"


@dataclass(frozen=True)
class PeriodSetting:
    basis: LegalBasis
    years: int
    source: str
    set_by: str | None  # None: the shipped suggestion, still to be set by the FG
    set_on: dt.date | None

    @property
    def established(self) -> bool:
        return self.set_by is not None

    @property
    def state(self) -> str:
        if not self.established:
            return NOT_YET_SET
        return f"vastgesteld door {self.set_by} op {self.set_on:%d-%m-%Y}"


@dataclass(frozen=True)
class HoldInfo:
    id: int
    case_id: int
    reason: str
    request_id: int | None
    placed_on: dt.date
    placed_by: str


@dataclass(frozen=True)
class RetentionLine:
    """A closed case: until when it is kept, and whether anything holds it."""

    case_id: int
    code: str
    status: CaseStatus
    closed_on: dt.date
    retention_until: dt.date
    years: int
    holds: tuple[HoldInfo, ...]

    @property
    def held(self) -> bool:
        return bool(self.holds)

    def due(self, today: dt.date) -> bool:
        return self.retention_until <= today


@dataclass(frozen=True)
class RetentionDue:
    past: tuple[RetentionLine, ...]  # past their date: to destroy (unless held)
    soon: tuple[RetentionLine, ...]  # within ``SOON_DAYS``


# --- Legal bases --------------------------------------------------------------------------------


def case_legal_bases(session: Session, case: Case) -> list[BasisLine]:
    """The basis the case was opened on, then its further bases by start date."""
    further = session.scalars(select(CaseLegalBasis).where(CaseLegalBasis.case_id == case.id)
                              .order_by(CaseLegalBasis.started_on, CaseLegalBasis.id))
    return [BasisLine(None, case.legal_basis, case.covenant_name, case.opened_on),
            *(BasisLine(b.id, b.basis, b.covenant_name, b.started_on) for b in further)]


def legal_bases(ctx: ServiceContext, case_id: int) -> list[BasisLine]:
    with ctx.unit_of_work() as session:
        return case_legal_bases(session, fetch(session, Case, case_id))


def bases_text(lines: list[BasisLine]) -> str:
    """All bases in one line, for headers of exports: 'Wet gegevensverwerking PGA; WGS (…)'."""
    return "; ".join(line.label for line in lines)


def add_legal_basis(ctx: ServiceContext, case_id: int, basis: LegalBasis, started_on: dt.date, *,
                    covenant_name: str | None = None) -> BasisLine:
    """A further basis the case rests on from ``started_on`` (e.g. the WGS once the approach starts)."""
    covenant_name = covenant_name.strip() if covenant_name and covenant_name.strip() else None
    check_legal_basis(basis, covenant_name)
    with ctx.unit_of_work() as session:
        case = fetch(session, Case, case_id)
        if case.status not in OPEN_STATUSES:
            raise ValidationError(f"Casus {case.code} is afgesloten; er komt geen grondslag meer bij.")
        if started_on < case.opened_on:
            raise ValidationError(f"Een grondslag geldt niet vóór de opening van de casus "
                                  f"({case.opened_on:%d-%m-%Y}).")
        if any(line.basis is basis and line.covenant_name == covenant_name
               for line in case_legal_bases(session, case)):
            raise ValidationError(f"Casus {case.code} rust al op {basis.label}.")
        row = CaseLegalBasis(case_id=case.id, basis=basis, covenant_name=covenant_name, started_on=started_on)
        session.add(row)
        session.flush()
        return BasisLine(row.id, basis, covenant_name, started_on)


def remove_legal_basis(ctx: ServiceContext, basis_id: int) -> None:
    with ctx.unit_of_work() as session:
        row = fetch(session, CaseLegalBasis, basis_id)
        if fetch(session, Case, row.case_id).status not in OPEN_STATUSES:
            raise ValidationError("De grondslagen van een afgesloten casus liggen vast.")
        session.delete(row)


# --- Retention periods --------------------------------------------------------------------------


def period_settings(session: Session) -> dict[LegalBasis, PeriodSetting]:
    stored = {row.basis: row for row in session.scalars(select(RetentionPeriod))}
    settings = {}
    for basis in LegalBasis:
        row = stored.get(basis)
        if row is None:
            suggested = SUGGESTED_PERIODS[basis]
            settings[basis] = PeriodSetting(basis, suggested.years, suggested.source, None, None)
        else:
            settings[basis] = PeriodSetting(basis, row.years, row.source or "", row.set_by, row.set_on)
    return settings


def retention_periods(ctx: ServiceContext) -> list[PeriodSetting]:
    with ctx.unit_of_work() as session:
        return list(period_settings(session).values())


def set_retention_period(ctx: ServiceContext, basis: LegalBasis, years: int, source: str) -> PeriodSetting:
    """The chair records the period the FG set for ``basis`` and where it comes from. Cases closed
    earlier keep the date fixed at their closure."""
    check_period(years)
    source = require_text(source, "de bron van de bewaartermijn (bijv. het besluit van de FG)")
    with ctx.unit_of_work() as session:
        require_chair(session, ctx.actor, "Alleen de voorzitter stelt een bewaartermijn vast.")
        row = session.scalar(select(RetentionPeriod).where(RetentionPeriod.basis == basis))
        today = local_time(ctx.clock()).date()
        if row is None:
            row = RetentionPeriod(basis=basis, years=years, source=source, set_by=ctx.actor, set_on=today)
            session.add(row)
        else:
            row.years, row.source, row.set_by, row.set_on = years, source, ctx.actor, today
        session.flush()
        return PeriodSetting(basis, years, source, ctx.actor, today)


def longest_period(session: Session, case: Case) -> int:
    settings = period_settings(session)
    return max(settings[line.basis].years for line in case_legal_bases(session, case))


def fix_retention(session: Session, case: Case, closed_on: dt.date) -> CaseRetention:
    """At closure: keep the case until ``closed_on`` plus the longest period of its bases."""
    years = longest_period(session, case)
    row = session.scalar(select(CaseRetention).where(CaseRetention.case_id == case.id))
    if row is None:
        row = CaseRetention(case_id=case.id, closed_on=closed_on,
                            retention_until=keep_until(closed_on, years), years=years)
        session.add(row)
    else:  # closed again after a correction: the new closure counts
        row.closed_on, row.retention_until, row.years = closed_on, keep_until(closed_on, years), years
    return row


def retention_preview(ctx: ServiceContext, case_id: int, closed_on: dt.date) -> tuple[dt.date, int]:
    """What closing on ``closed_on`` would fix: the retention date and the period in years."""
    with ctx.unit_of_work() as session:
        years = longest_period(session, fetch(session, Case, case_id))
        return keep_until(closed_on, years), years


# --- Legal holds --------------------------------------------------------------------------------


def _hold_info(row: LegalHold) -> HoldInfo:
    return HoldInfo(row.id, row.case_id, row.reason, row.request_id, row.placed_on, row.placed_by)


def active_holds(session: Session, case_id: int) -> tuple[HoldInfo, ...]:
    rows = session.scalars(select(LegalHold)
                           .where(LegalHold.case_id == case_id, LegalHold.lifted_on.is_(None))
                           .order_by(LegalHold.id))
    return tuple(_hold_info(row) for row in rows)


def place_hold(session: Session, ctx: ServiceContext, case_id: int, reason: str, *,
               request_id: int | None = None) -> HoldInfo:
    reason = require_text(reason, "de reden van de bewaarplicht (bijv. een lopend verzoek of procedure)")
    row = LegalHold(case_id=fetch(session, Case, case_id).id, reason=reason, request_id=request_id,
                    placed_on=local_time(ctx.clock()).date(), placed_by=ctx.actor)
    session.add(row)
    session.flush()
    return _hold_info(row)


def hold_case(ctx: ServiceContext, case_id: int, reason: str) -> HoldInfo:
    """A legal hold: the case is not destroyed, whatever its date, until the hold is lifted."""
    with ctx.unit_of_work() as session:
        return place_hold(session, ctx, case_id, reason)


def lift_hold(ctx: ServiceContext, hold_id: int, note: str) -> None:
    """The chair lifts a hold, saying why (the procedure ended, the request was answered)."""
    note = require_text(note, "waarom de bewaarplicht vervalt")
    with ctx.unit_of_work() as session:
        require_chair(session, ctx.actor, "Alleen de voorzitter heft een bewaarplicht op.")
        row = fetch(session, LegalHold, hold_id)
        if row.lifted_on is not None:
            raise ValidationError(f"Deze bewaarplicht is al opgeheven op {row.lifted_on:%d-%m-%Y}.")
        if row.request_id is not None:
            raise ValidationError("Deze bewaarplicht hoort bij een verzoek; ze vervalt als het verzoek is "
                                  "afgehandeld.")
        _lift(row, ctx, note)


def lift_holds_of_request(session: Session, ctx: ServiceContext, request_id: int, note: str) -> int:
    """Lift every hold a request placed (it was answered, refused or withdrawn); how many."""
    rows = session.scalars(select(LegalHold).where(LegalHold.request_id == request_id,
                                                   LegalHold.lifted_on.is_(None))).all()
    for row in rows:
        _lift(row, ctx, note)
    return len(rows)


def _lift(row: LegalHold, ctx: ServiceContext, note: str) -> None:
    row.lifted_on, row.lifted_by, row.lift_note = local_time(ctx.clock()).date(), ctx.actor, note


# --- What is due --------------------------------------------------------------------------------


def retention_line(session: Session, case: Case) -> RetentionLine | None:
    """The retention of a closed case; None while it is open."""
    lines = closed_case_lines(session, [case])
    return lines[0] if lines else None


def closed_case_lines(session: Session, cases: Iterable[Case]) -> list[RetentionLine]:
    """The retention of each closed case among ``cases`` (open ones are left out), in four queries
    however many there are. A case closed before retention dates were kept gets its date from its
    closure and today's periods."""
    closed = {case.id: case for case in cases if case.status not in OPEN_STATUSES and case.closed_on}
    if not closed:
        return []
    settings = period_settings(session)

    def of_these(column: Any) -> ColumnElement[bool]:  # a few cases by id; many by reading the table
        return column.in_(closed) if len(closed) <= IDS_PER_QUERY else true()

    further: dict[int, list[LegalBasis]] = defaultdict(list)
    for case_id, basis in session.execute(select(CaseLegalBasis.case_id, CaseLegalBasis.basis)
                                          .where(of_these(CaseLegalBasis.case_id))):
        further[case_id].append(basis)
    fixed = {row.case_id: row for row in session.scalars(
        select(CaseRetention).where(of_these(CaseRetention.case_id)))}
    holds: dict[int, list[HoldInfo]] = defaultdict(list)
    active = (select(LegalHold).where(LegalHold.lifted_on.is_(None), of_these(LegalHold.case_id))
              .order_by(LegalHold.id))
    for hold in session.scalars(active):
        holds[hold.case_id].append(_hold_info(hold))
    lines = []
    for case in closed.values():
        row = fixed.get(case.id)
        if row is not None:
            closed_on, until, years = row.closed_on, row.retention_until, row.years
        else:
            assert case.closed_on is not None
            years = max(settings[basis].years for basis in (case.legal_basis, *further[case.id]))
            closed_on, until = case.closed_on, keep_until(case.closed_on, years)
        lines.append(RetentionLine(case.id, case.code, case.status, closed_on, until, years,
                                   tuple(holds[case.id])))
    return lines


def retention_lines(ctx: ServiceContext) -> list[RetentionLine]:
    """Every closed case, the earliest retention date first."""
    with ctx.unit_of_work() as session:
        closed = session.scalars(select(Case).where(Case.status.not_in(OPEN_STATUSES)))
        lines = closed_case_lines(session, closed)
        return sorted(lines, key=lambda line: (line.retention_until, line.code))


def retention_due(ctx: ServiceContext, today: dt.date, within_days: int = SOON_DAYS) -> RetentionDue:
    """Closed cases past their retention date, and those reaching it within ``within_days``."""
    lines = retention_lines(ctx)
    horizon = today + dt.timedelta(days=within_days)
    return RetentionDue(tuple(line for line in lines if line.due(today)),
                        tuple(line for line in lines if today < line.retention_until <= horizon))

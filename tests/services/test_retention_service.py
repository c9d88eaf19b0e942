"""Legal bases, retention periods set by the chair, retention dates fixed at closure, legal holds."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import CaseStatus, ClosureReason, LegalBasis
from casusoverleg_desktop.domain.retention import NOT_YET_SET, keep_until
from casusoverleg_desktop.errors import NotPermitted, ValidationError
from casusoverleg_desktop.services import cases, retention
from tests.other_users import PASSPHRASES, as_user
from tests.vault_admin_kit import admin_of


def at(ctx, day: dt.date):
    moment = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
    return dataclasses.replace(ctx, clock=lambda: moment)


def close(ctx, case_id: int, on: dt.date) -> None:
    cases.close_case(ctx, case_id, ClosureReason.DOELEN_BEREIKT, "Doelen bereikt; warme overdracht.", on)


@pytest.fixture
def secretary(ctx, vault):
    admin_of(vault).add_user("notulist", Role.SECRETARY, PASSPHRASES["notulist"],
                             display_name="K. Brinkhorst")
    return as_user(ctx, "notulist")


def test_a_case_rests_on_its_opening_basis_and_on_further_bases(ctx, admitted_case):
    retention.add_legal_basis(ctx, admitted_case.id, LegalBasis.ZVH_WGS, dt.date(2025, 3, 1))
    lines = retention.legal_bases(ctx, admitted_case.id)
    assert [(line.basis, line.started_on) for line in lines] == [
        (LegalBasis.PGA, dt.date(2025, 2, 10)), (LegalBasis.ZVH_WGS, dt.date(2025, 3, 1))]
    assert retention.bases_text(lines) == ("Wet gegevensverwerking PGA (vanaf 10-02-2025); "
                                           "WGS (Zorg- en Veiligheidshuis) (vanaf 01-03-2025)")


@pytest.mark.parametrize(("basis", "started_on", "covenant", "message"), [
    (LegalBasis.PGA, dt.date(2025, 3, 1), None, "rust al op Wet gegevensverwerking PGA"),
    (LegalBasis.ZVH_WGS, dt.date(2025, 1, 1), None, "niet vóór de opening"),
    (LegalBasis.CONVENANT, dt.date(2025, 3, 1), "  ", "Noem het convenant"),
])
def test_a_further_basis_is_refused_when_it_adds_nothing(ctx, case, basis, started_on, covenant, message):
    with pytest.raises(ValidationError, match=message):
        retention.add_legal_basis(ctx, case.id, basis, started_on, covenant_name=covenant)
    assert len(retention.legal_bases(ctx, case.id)) == 1


def test_shipped_periods_are_suggestions_until_the_chair_sets_them(ctx):
    periods = {p.basis: p for p in retention.retention_periods(ctx)}
    assert set(periods) == set(LegalBasis)
    assert periods[LegalBasis.PGA].years == 5 and periods[LegalBasis.PGA].state == NOT_YET_SET
    set_on = dt.date(2026, 1, 15)
    retention.set_retention_period(at(ctx, set_on), LegalBasis.ZVH_WGS, 7, "Besluit FG 2026-01")
    periods = {p.basis: p for p in retention.retention_periods(ctx)}
    assert periods[LegalBasis.ZVH_WGS].years == 7
    assert periods[LegalBasis.ZVH_WGS].state == "vastgesteld door voorzitter op 15-01-2026"


def test_only_the_chair_sets_a_period_and_only_within_bounds(ctx, secretary):
    with pytest.raises(NotPermitted, match="Alleen de voorzitter"):
        retention.set_retention_period(secretary, LegalBasis.PGA, 3, "eigen idee")
    for years in (0, 31):
        with pytest.raises(ValidationError, match="tussen 1 en 30 jaar"):
            retention.set_retention_period(ctx, LegalBasis.PGA, years, "FG")
    with pytest.raises(ValidationError, match="bron van de bewaartermijn"):
        retention.set_retention_period(ctx, LegalBasis.PGA, 4, " ")
    assert {p.basis: p.years for p in retention.retention_periods(ctx)}[LegalBasis.PGA] == 5


def test_closure_fixes_the_date_from_the_longest_period_of_the_bases(ctx, admitted_case):
    retention.set_retention_period(ctx, LegalBasis.ZVH_WGS, 8, "Besluit FG")
    retention.add_legal_basis(ctx, admitted_case.id, LegalBasis.ZVH_WGS, dt.date(2025, 3, 1))
    closed_on = dt.date(2026, 2, 28)
    assert retention.retention_preview(ctx, admitted_case.id, closed_on) == (dt.date(2034, 2, 28), 8)
    close(ctx, admitted_case.id, closed_on)
    retention.set_retention_period(ctx, LegalBasis.ZVH_WGS, 2, "Later besluit")  # closed cases keep theirs
    [line] = retention.retention_lines(ctx)
    assert (line.code, line.closed_on, line.retention_until, line.years) == (
        "LV-2025-014", closed_on, dt.date(2034, 2, 28), 8)


def test_leap_day_closure_keeps_until_the_28th():
    assert keep_until(dt.date(2024, 2, 29), 5) == dt.date(2029, 2, 28)


def test_due_lists_and_holds(ctx, admitted_case):
    close(ctx, admitted_case.id, dt.date(2020, 1, 10))
    today = dt.date(2025, 1, 1)
    due = retention.retention_due(ctx, today)
    assert [line.code for line in due.soon] == ["LV-2025-014"] and not due.past
    due = retention.retention_due(ctx, dt.date(2025, 1, 10))
    assert [line.code for line in due.past] == ["LV-2025-014"]

    hold = retention.hold_case(ctx, admitted_case.id, "Klachtprocedure loopt")
    [line] = retention.retention_lines(ctx)
    assert line.held and line.holds[0].reason == "Klachtprocedure loopt"
    with pytest.raises(ValidationError, match="waarom de bewaarplicht vervalt"):
        retention.lift_hold(ctx, hold.id, "")
    retention.lift_hold(ctx, hold.id, "Procedure afgerond")
    assert not retention.retention_lines(ctx)[0].held
    with pytest.raises(ValidationError, match="al opgeheven"):
        retention.lift_hold(ctx, hold.id, "nogmaals")


def test_only_the_chair_lifts_a_hold_and_an_open_case_has_no_retention(ctx, admitted_case, secretary):
    assert retention.retention_lines(ctx) == []
    hold = retention.hold_case(secretary, admitted_case.id, "Verzoek om inzage")
    with pytest.raises(NotPermitted):
        retention.lift_hold(secretary, hold.id, "klaar")
    with pytest.raises(ValidationError, match="reden van de bewaarplicht"):
        retention.hold_case(ctx, admitted_case.id, "   ")


def test_a_closed_case_takes_no_further_basis(ctx, admitted_case):
    close(ctx, admitted_case.id, dt.date(2026, 1, 5))
    assert cases.open_case(ctx, admitted_case.id).case.status is CaseStatus.AFGESLOTEN
    with pytest.raises(ValidationError, match="afgesloten"):
        retention.add_legal_basis(ctx, admitted_case.id, LegalBasis.ZVH_WGS, dt.date(2026, 1, 1))

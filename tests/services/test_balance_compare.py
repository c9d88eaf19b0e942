"""Comparing versions of the balance sheet and the trend of the scale question."""

from __future__ import annotations

import datetime as dt

import pytest
from balance_scenarios import build_014, build_021

from casusoverleg_desktop.domain.balance import BalanceSide, Priority, Weight
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import balance
from casusoverleg_desktop.services.balance_compare import compare_sheets, diff_sheets, rating_trend


def test_lv_2025_021_versions_compare_as_in_the_scenario(ctx):
    built = build_021(ctx)
    diff = compare_sheets(ctx, *built.sheet_ids)
    changes = {r.partner: (r.before, r.after) for r in diff.rating_changes}
    assert changes == {"Politie": (4, 5), "Forsa": (6, 7), "Reclassering": (5, 6), "Polikliniek": (5, 6)}
    assert [r.partner for r in diff.ratings if r.delta == 0] == ["Gemeente"]
    assert diff.priority == (Priority.VEILIGHEID_VOOROP, Priority.IN_BALANS) and diff.priority_changed
    assert diff.rationale_changed
    assert sorted(e.text for e in diff.added) == [
        "4 gesprekken gevoerd; stelt zelf religieuze vragen aan theoloog Forsa.",
        "Alle meldplichtmomenten nagekomen; EM zonder overtredingen."]
    assert all(e.side is BalanceSide.WAT_GAAT_GOED for e in diff.added)
    assert diff.removed == ()
    [housing] = diff.changed
    assert housing.fields == ("text", "weight")
    assert (housing.before.weight, housing.after.weight) == (Weight.HOOG, Weight.MIDDEN)
    assert len(diff.dissent_before) == 2 and diff.dissent_after == ()
    assert diff.consensus == (None, None) and not diff.consensus_changed


def test_the_order_of_the_two_versions_does_not_matter(ctx):
    built = build_021(ctx)
    forward = compare_sheets(ctx, *built.sheet_ids)
    backward = compare_sheets(ctx, *reversed(built.sheet_ids))
    assert forward == backward and forward.older.version == 1


def test_a_version_compared_with_itself_is_empty(ctx):
    built = build_014(ctx)
    assert compare_sheets(ctx, built.sheet_ids[0], built.sheet_ids[0]).is_empty


def test_removed_entries_and_a_consensus_change(ctx):
    built = build_021(ctx)
    second = balance.get_sheet(ctx, built.sheet_ids[1])
    gone = second.side(BalanceSide.VEILIGHEID)[2]
    balance.remove_entry(ctx, gone.id)
    balance.set_consensus(ctx, second.id, 6)
    diff = compare_sheets(ctx, *built.sheet_ids)
    assert [e.text for e in diff.removed] == [gone.text]
    assert diff.consensus == (None, 6) and diff.consensus_changed


def test_entries_without_a_shared_lineage_are_paired_by_side_and_text(ctx):
    built = build_021(ctx)
    first, second = (balance.get_sheet(ctx, i) for i in built.sheet_ids)
    renamed = second.__class__(**{**second.__dict__, "entries": tuple(
        e.__class__(**{**e.__dict__, "lineage": f"x{e.id}"}) for e in second.entries)})
    diff = diff_sheets(first, renamed)
    assert len(diff.added) == 3 and len(diff.removed) == 1, "the changed housing text no longer pairs"


def test_versions_of_two_cases_are_not_compared(ctx):
    one = build_021(ctx, second_version=False)
    with pytest.raises(ValidationError, match="dezelfde casus"):
        diff_sheets(balance.get_sheet(ctx, one.sheet_ids[0]),
                    balance.get_sheet(ctx, build_014(ctx).sheet_ids[0]))


def test_trend_of_the_ratings_per_partner_and_the_consensus(ctx):
    built = build_021(ctx)
    trend = rating_trend(ctx, built.case_id)
    assert trend.dates == (dt.date(2025, 3, 20), dt.date(2025, 5, 15)) and trend.versions == (1, 2)
    assert {s.name: s.scores for s in trend.partners} == {
        "Forsa": (6, 7), "Gemeente": (6, 6), "Polikliniek": (5, 6), "Politie": (4, 5), "Reclassering": (5, 6)}
    assert trend.consensus.scores == (None, None)
    assert trend.priorities == (Priority.VEILIGHEID_VOOROP, Priority.IN_BALANS)


def test_trend_of_a_case_without_sheets_is_empty(ctx):
    from casusoverleg_desktop.domain.enums import LegalBasis
    from casusoverleg_desktop.services import cases

    case = cases.create_case(ctx, "LV-2025-099", LegalBasis.PGA, dt.date(2025, 1, 1))
    assert rating_trend(ctx, case.id).is_empty

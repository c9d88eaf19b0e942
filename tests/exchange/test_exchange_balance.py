"""The balance sheet in the JSON exchange: roundtrip, references, rules, and no score fields."""

from __future__ import annotations

import json
from typing import Any

import pytest
from balance_scenarios import build_021

from casusoverleg_desktop.domain import balance as domain_balance
from casusoverleg_desktop.domain.balance import MeasureStatus, Priority
from casusoverleg_desktop.domain.enums import DataCategory, LabelledEnum
from casusoverleg_desktop.errors import ImportRejected
from casusoverleg_desktop.services import balance, cases
from casusoverleg_desktop.services.balance_compare import compare_sheets
from casusoverleg_desktop.services.exchange import export_vault, import_document, load_schema


def _case_id(ctx, code: str) -> int:
    return next(c.id for c in cases.list_cases(ctx) if c.code == code)


def _sheets(document: dict[str, Any], code: str) -> list[dict[str, Any]]:
    return next(c for c in document["cases"] if c["code"] == code)["balance_sheets"]


def test_the_sample_sheets_import_and_compare_as_in_the_scenario(ctx, rich):
    summary = import_document(ctx, rich)
    assert summary.counts["balance_sheet"] == 2 and summary.counts["balance_rating"] == 10
    case_id = _case_id(ctx, "LV-2025-021")
    first, second = (balance.get_sheet(ctx, row.id) for row in balance.list_sheets(ctx, case_id))
    assert second.prefilled_from_version == 1
    assert [(d.partner, d.reason) for d in first.dissent] == [
        ("Politie Lindeveld", "Netwerkrisico."),
        ("Reclassering Nederland (TER)", "Subsidiariteit; dubbele meldplicht belast re-integratie.")]
    assert first.proportionality.startswith("Twbmt-maatregel nu niet")
    assert first.coercive_measures[0].status is MeasureStatus.AFGEWEZEN
    assert [m.action_label for m in first.measures] == [None, "A3 (20-03-2025)", "A1 (20-03-2025)"]
    linked = first.side(domain_balance.BalanceSide.VEILIGHEID)
    assert [e.source_label for e in linked] == ["S2", "S1"]
    from_contribution = first.side(domain_balance.BalanceSide.ZORG_ONTWIKKELING)[1]
    assert from_contribution.contribution_id is not None
    assert from_contribution.data_category is DataCategory.BIJZONDER
    diff = compare_sheets(ctx, first.id, second.id)
    changes = {r.partner: (r.before, r.after) for r in diff.rating_changes}
    lse = next(name for name in changes if name.startswith(("LSE", "Landelijk")))
    assert changes["Politie Lindeveld"] == (4, 5) and changes[lse] == (6, 7)
    assert diff.priority == (Priority.VEILIGHEID_VOOROP, Priority.IN_BALANS)
    assert [c.fields for c in diff.changed] == [("text", "weight")], "the shared lineage pairs them"
    assert diff.consensus == (None, 6)


def test_sheets_built_through_the_services_survive_export_and_import(ctx, empty_ctx):
    built = build_021(ctx)
    before = compare_sheets(ctx, *built.sheet_ids)
    first = export_vault(ctx)
    import_document(empty_ctx, json.dumps(first).encode("utf-8"))
    second = export_vault(empty_ctx)
    assert _sheets(first, "LV-2025-021") == _sheets(second, "LV-2025-021")
    case_id = _case_id(empty_ctx, "LV-2025-021")
    ids = [row.id for row in balance.list_sheets(empty_ctx, case_id)]
    after = compare_sheets(empty_ctx, *ids)
    assert [(r.partner, r.before, r.after) for r in after.ratings] == \
        [(r.partner, r.before, r.after) for r in before.ratings]
    assert [e.text for e in after.added] == [e.text for e in before.added]
    assert [c.fields for c in after.changed] == [c.fields for c in before.changed]
    assert after.priority == before.priority


def test_formal_assessments_carry_no_score_field_in_the_format():
    reference = load_schema()["$defs"]["balance_sheet"]["properties"]["formal_assessments"]["items"]
    assert set(reference["properties"]) == {"instrument", "organisation", "assessed_on", "summary"}
    assert reference["additionalProperties"] is False


@pytest.mark.parametrize("enum", [
    value for value in vars(domain_balance).values()
    if isinstance(value, type) and issubclass(value, LabelledEnum) and value is not LabelledEnum
], ids=lambda enum: enum.__name__)
def test_schema_enums_match_the_balance_domain(enum):
    assert load_schema()["$defs"][enum.__name__]["enum"] == [member.value for member in enum]


def _sheet_change(path: list[Any], value: Any):
    def apply(document: dict[str, Any]) -> None:
        target: Any = _sheets(document, "LV-2025-021")
        for step in path[:-1]:
            target = target[step]
        if value is _DELETE:
            del target[path[-1]]
        else:
            target[path[-1]] = value
    return apply


_DELETE = object()
_P = "cases[1].balance_sheets"
CASES = {
    "score on a formal assessment": (
        _sheet_change([0, "formal_assessments", 0, "score"], 17),
        f"{_P}[0].formal_assessments[0].score: onbekend veld"),
    "rating outside the scale": (
        _sheet_change([0, "ratings", 1, "score"], 11), f"{_P}[0].ratings[1].score: "),
    "priority without rationale": (
        _sheet_change([0, "rationale"], _DELETE),
        f"{_P}[0].rationale: Onderbouw de keuze 'Veiligheid voorop': een prioriteit wordt altijd met een "
        "schriftelijke motivering vastgelegd."),
    "coercive measure without proportionality": (
        _sheet_change([0, "proportionality"], _DELETE), f"{_P}[0].proportionality: Er is een dwangmaatregel"),
    "domain on the wrong side": (
        _sheet_change([0, "entries", 0, "domain"], "wonen_financien"),
        f"{_P}[0].entries[0].domain: Domein 'Wonen/financiën' hoort bij de zorgkant"),
    "unknown signal": (
        _sheet_change([0, "entries", 0, "signal"], "S9"),
        f"{_P}[0].entries[0].signal: casus LV-2025-021 heeft geen signaal 'S9'"),
    "contribution index out of range": (
        _sheet_change([0, "entries", 3, "contribution", "index"], 4),
        f"{_P}[0].entries[3].contribution.index: agendapunt 5 heeft geen inbreng met index 4"),
    "unknown action": (
        _sheet_change([0, "measures", 1, "action", "number"], "A9"),
        f"{_P}[0].measures[1].action.number: vergadering 'M-2025-03-20' heeft geen actiepunt A9"),
    "two versions in one meeting": (
        _sheet_change([1, "meeting"], "M-2025-03-20"), f"{_P}[1].meeting: balans in vergadering"),
    "dissent without reason": (
        _sheet_change([0, "dissent", 0, "reason"], " "), f"{_P}[0].dissent[0]"),
    "unknown partner in a rating": (
        _sheet_change([0, "ratings", 0, "partner"], "niemand"),
        f"{_P}[0].ratings[0].partner: onbekende partner"),
    "pre-filled from a later version": (
        _sheet_change([0, "prefilled_from"], 2), f"{_P}[0].prefilled_from: "),
}


@pytest.mark.parametrize("change, expected", list(CASES.values()), ids=list(CASES))
def test_bad_sheets_are_refused_with_path_and_reason(refusing, rich, change, expected):
    ctx, snapshot = refusing
    change(rich)
    before = snapshot()
    with pytest.raises(ImportRejected) as refusal:
        import_document(ctx, rich)
    assert snapshot() == before
    assert any(problem.startswith(expected) for problem in refusal.value.problems), \
        "\n".join(refusal.value.problems)

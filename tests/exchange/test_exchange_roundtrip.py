"""Export → import into an empty vault → export loses nothing; imports are audited."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from sqlalchemy import func, select

from casusoverleg_desktop.domain import enums
from casusoverleg_desktop.domain.balance import BalanceSide, MeasureKind, MeasureStatus, Priority
from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AssessmentOutcome,
    Attendance,
    BobPhase,
    CaseNoteKind,
    CaseStatus,
    DataCategory,
    EscalationDirection,
    InformedStatus,
    LegalBasis,
    MeetingType,
    PartnerDomain,
    PartnerTier,
    Relation,
    StatementType,
    SubjectRole,
    Verification,
)
from casusoverleg_desktop.domain.minutes import Correction
from casusoverleg_desktop.resources import package_path
from casusoverleg_desktop.services import (
    actions,
    assessments,
    balance,
    cases,
    contributions,
    decisions,
    meetings,
    minutes,
    partners,
    signals,
)
from casusoverleg_desktop.services.assessments import PanelMember
from casusoverleg_desktop.services.audit import verify_chain
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.exchange import (
    FORMAT_VERSION,
    export_to_file,
    export_vault,
    import_document,
    import_file,
    load_schema,
    schema_path,
)
from casusoverleg_desktop.services.exchange.chain_exchange import CHAIN_TABLES  # see test_exchange_chain
from casusoverleg_desktop.services.exchange.export import EXCHANGED_TABLES, NOT_EXCHANGED_TABLES
from casusoverleg_desktop.services.exchange.privacy_exchange import PRIVACY_TABLES  # see test_exchange_v2
from casusoverleg_desktop.store import models as m
from casusoverleg_desktop.store.schema import metadata


def _without_moment(document: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in document.items() if name != "exported_at"}


def _roundtrip(source_ctx: ServiceContext, target_ctx: ServiceContext) -> tuple[dict, dict]:
    first = export_vault(source_ctx)
    import_document(target_ctx, json.dumps(first).encode("utf-8"))
    second = export_vault(target_ctx)
    return first, second


def test_rich_document_export_import_export_is_identical(ctx, empty_ctx, rich):
    import_document(ctx, rich)
    first, second = _roundtrip(ctx, empty_ctx)
    assert _without_moment(first) == _without_moment(second)


# Fields whose values are keys of partners, professionals or meetings (the export renames them).
_REFERENCE_FIELDS = {"key", "partner", "professional", "owner", "owner_professional", "case_manager",
                     "chair", "minute_taker", "source_partner", "meeting", "adopted_in"}
_UNORDERED_LISTS = {"invited", "shared_with", "addressed_to"}


def _assert_contained(expected: Any, actual: Any, renamed: dict[str, str], path: str = "") -> None:
    """Every value given in ``expected`` is in ``actual`` (keys translated through ``renamed``)."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), path
        for name, value in expected.items():
            assert name in actual, f"{path}.{name} lost"
            if name in _REFERENCE_FIELDS and isinstance(value, str):
                assert actual[name] == renamed.get(value, value), f"{path}.{name}"
            elif name in _UNORDERED_LISTS:
                assert sorted(actual[name]) == sorted(renamed[v] for v in value), f"{path}.{name}"
            else:
                _assert_contained(value, actual[name], renamed, f"{path}.{name}")
    elif isinstance(expected, list):
        assert isinstance(actual, list) and len(actual) == len(expected), path
        for index, (want, got) in enumerate(zip(expected, actual, strict=True)):
            _assert_contained(want, got, renamed, f"{path}[{index}]")
    else:
        assert actual == expected, path


def test_every_field_of_a_hand_written_document_survives(ctx, rich):
    import_document(ctx, rich)
    exported = export_vault(ctx)
    # The export's order: partners and professionals by name, cases by code, meetings by date.
    rich["partners"].sort(key=lambda partner: partner["name"])
    for partner in rich["partners"]:
        partner["professionals"].sort(key=lambda pro: pro["name"])
    rich["cases"].sort(key=lambda case: case["code"])
    rich["meetings"].sort(key=lambda meeting: meeting["held_on"])
    renamed: dict[str, str] = {}
    by_name = {p["name"]: p for p in exported["partners"]}
    for partner in rich["partners"]:
        twin = by_name[partner["name"]]
        renamed[partner["key"]] = twin["key"]
        for pro, pro_twin in zip(partner["professionals"], twin["professionals"], strict=True):
            renamed[pro["key"]] = pro_twin["key"]
    for meeting, twin in zip(rich["meetings"], exported["meetings"], strict=True):
        renamed[meeting["key"]] = twin["key"]
    rich.pop("exported_at")
    rich["version"] = FORMAT_VERSION  # a version 1 document is written out in the current version
    _assert_contained(rich, exported, renamed)


def test_defaults_are_filled_in_and_written_out(ctx, rich):
    import_document(ctx, rich)
    exported = export_vault(ctx)
    daan_case = next(c for c in exported["cases"] if c["code"] == "LV-2025-014")
    steps = daan_case["transitions"]
    assert steps[0].get("from_status") is None
    assert [s["from_status"] for s in steps[1:]] == [s["to_status"] for s in steps[:-1]]
    s6 = next(s for s in daan_case["signals"] if s["key"] == "S6")
    assert s6["diagnosis_flag"] is True, "diagnosis-like text from a mentor is flagged on import"
    assert s6["verification"] == "onbevestigd" and s6["data_category"] == "gewoon"
    mar = exported["meetings"][1]
    contribution = mar["agenda"][4]["contributions"][0]
    assert contribution["diagnosis_flag"] is False, "a psychiatrist is a qualified source"
    a2 = exported["meetings"][0]["actions"][1]
    assert a2["postponement_count"] == 2


def _build_through_services(ctx: ServiceContext) -> None:
    """Content made the way the GUI makes it: every service that writes case content."""
    p = partners
    school = p.create_partner(ctx, "Lindeveld College", PartnerDomain.ONDERWIJS,
                              PartnerTier.EXTERNE_CASUSPARTNER, covenant_signed=True)
    jeugd = p.create_partner(ctx, "Jeugdteam Lindeveld", PartnerDomain.SOCIAAL,
                             PartnerTier.EXTERNE_CASUSPARTNER, short_name="Jeugdteam")
    politie = p.create_partner(ctx, "Politie Lindeveld", PartnerDomain.VEILIGHEID, PartnerTier.KERNPARTIJ)
    mentor = p.add_professional(ctx, school.id, "mentor klas 3B", function="mentor")
    pinas = p.add_professional(ctx, jeugd.id, "R. Pinas", function="casusregisseur")
    chair = p.add_professional(ctx, politie.id, "Erik Zandbergen")

    case = cases.create_case(ctx, "LV-2025-014", LegalBasis.PGA, dt.date(2025, 2, 10), purpose="PGA")
    daan = cases.add_subject(ctx, case.id, "Daan V.", SubjectRole.PRIMAIR, age=15)
    mother = cases.add_subject(ctx, case.id, "Monique V.", SubjectRole.GERELATEERD,
                               relation=Relation.MOEDER, has_gezag=True)
    reporter = cases.add_reporter(ctx, case.id, dt.date(2025, 2, 10), partner_id=school.id,
                                  professional_id=mentor.id, route="zorgmelding")
    cases.record_feedback(ctx, reporter.id, dt.date(2025, 2, 13), "school", "Gewogen; ICO volgt.")
    s6 = signals.record_signal(ctx, case.id, "Mogelijk autisme.", StatementType.HYPOTHESE,
                               observed_on=dt.date(2025, 2, 7), partner_id=school.id,
                               professional_id=mentor.id)
    signals.record_signal(ctx, case.id, "Niet bekend bij politie.", StatementType.FEIT,
                          partner_id=politie.id, is_contra=True,
                          data_category=DataCategory.STRAFRECHTELIJK)
    signals.verify_signal(ctx, s6.id, Verification.WEERLEGD, dt.date(2025, 3, 1), note="Onderzocht")
    cases.add_case_note(ctx, case.id, CaseNoteKind.SCREENING, "Bekend bij leerplicht.")
    cases.add_consultation(ctx, case.id, jeugd.id, "telefonisch advies")
    cases.transition_case(ctx, case.id, CaseStatus.SCREENING, "Compleet")
    cases.transition_case(ctx, case.id, CaseStatus.WEGING)
    assessments.record_assessment(ctx, case.id, dt.date(2025, 2, 12), AssessmentOutcome.OPGENOMEN_IN_AANPAK,
                                  "Uitingen en verzuim.", [PanelMember(politie.id, chair.id, "voorzitter")])
    cases.set_case_manager(ctx, case.id, pinas.id)

    first = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 2, 26),
                                    start_time=dt.time(14), end_time=dt.time(16), chair_id=chair.id)
    item = meetings.add_case_item(ctx, first.id, case.id, slot_minutes=30, question="Aanpak?",
                                  invited_partner_ids=[school.id, jeugd.id])
    meetings.set_attendance(ctx, first.id, politie.id, Attendance.AFWEZIG_MK, note="vakantie")
    meetings.set_case_item_attendance(ctx, item.id, school.id, Attendance.AANWEZIG)
    contributions.add_contribution(ctx, item.id, jeugd.id, "Huisbezoek gedaan.",
                                   bob_phase=BobPhase.BEELDVORMING, statement_type=StatementType.FEIT,
                                   professional_id=pinas.id)
    decision = decisions.record_decision(ctx, first.id, "Opgenomen in aanpak.", agenda_item_id=item.id,
                                         shared_with=[school.id], acknowledge=True)
    cases.record_informed(ctx, case.id, mother.id, InformedStatus.UITGESTELD,
                          postponement_reason="Eerst vader", review_date=dt.date(2025, 3, 15),
                          decision_id=decision.id)
    cases.record_informed(ctx, case.id, mother.id, InformedStatus.JA, informed_on=dt.date(2025, 3, 16))
    assessments.record_escalation(ctx, case.id, EscalationDirection.OPSCHALEN, "Dreiging",
                                  dt.date(2025, 2, 26), decision_id=decision.id)
    act = actions.create_action(ctx, first.id, "Gesprek met Daan.", jeugd.id, due_date=dt.date(2025, 3, 5),
                                agenda_item_id=item.id, concerned_subject_id=daan.id,
                                addressed_to=[school.id], acknowledge=True)
    actions.postpone_action(ctx, act.id, dt.date(2025, 3, 19), reason="Ziek")
    actions.create_action(ctx, first.id, "Direct melden.", politie.id, condition="Bij dreiging",
                          case_id=case.id)
    second = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 4, 9))
    meetings.add_case_item(ctx, second.id, case.id)
    _build_balance_through_services(ctx, case.id, first.id, second.id, item.id, s6.id, act.id,
                                    school.id, politie.id)
    meetings.close_meeting(ctx, first.id, dt.time(16))
    for review in actions.review_list(ctx, second.id):
        actions.record_review(ctx, review.id, note="Gedaan", status_after=ActionStatus.AFGEROND)
    adopted = minutes.adopt_in_meeting(ctx, first.id, second.id,
                                       [Correction("5.1 Casus LV-2025-014", "Typfout")])
    minutes.sign_minutes(ctx, adopted.id, "Erik Zandbergen", "Kees Brinkhorst", dt.date(2025, 4, 10))
    minutes.correct_minutes(ctx, adopted.id, "Tijd sluiting")
    assert any(i.kind is AgendaItemKind.CASUS for i in meetings.agenda(ctx, second.id))


def _build_balance_through_services(ctx: ServiceContext, case_id: int, first_id: int, second_id: int,
                                    item_id: int, signal_id: int, action_id: int, school_id: int,
                                    politie_id: int) -> None:
    """Two versions of the balance sheet, linked to a signal, a contribution and an action."""
    sheet = balance.open_sheet(ctx, case_id, first_id).id
    balance.add_entry_from_source(ctx, sheet, BalanceSide.VEILIGHEID, balance.SOURCE_SIGNAL, signal_id)
    contribution = contributions.contributions(ctx, item_id)[0]
    balance.add_entry_from_source(ctx, sheet, BalanceSide.WAT_GAAT_GOED, balance.SOURCE_CONTRIBUTION,
                                  contribution.id)
    balance.add_measure(ctx, sheet, MeasureKind.BEGRENZEND, "Meldplicht", coercive=True,
                        status=MeasureStatus.AFGEWEZEN, action_item_id=action_id,
                        proportionality="Lichtere route volstaat.")
    balance.add_dissent(ctx, sheet, politie_id, "Meldplicht.", "Netwerkrisico.")
    balance.set_rating(ctx, sheet, school_id, 5)
    balance.set_consensus(ctx, sheet, 5)
    balance.set_weighing(ctx, sheet, Priority.ZORG_VOOROP, "Leeftijd 15; geen concrete dreiging.")
    balance.add_formal_assessment(ctx, sheet, "ERG22+", "Reclassering", dt.date(2025, 2, 20), "Uitgevoerd.")
    balance.add_question(ctx, sheet, "Wie spreekt vader?")
    balance.open_sheet(ctx, case_id, second_id)


def test_content_built_through_the_services_survives_the_roundtrip(ctx, empty_ctx):
    _build_through_services(ctx)
    first, second = _roundtrip(ctx, empty_ctx)
    assert _without_moment(first) == _without_moment(second)
    with ctx.unit_of_work() as session:
        tables = {t.name: session.scalar(select(func.count()).select_from(t))
                  for t in metadata.sorted_tables
                  if t.name in EXCHANGED_TABLES - PRIVACY_TABLES - CHAIN_TABLES}
    empty = sorted(name for name, count in tables.items() if count == 0)
    assert empty == [], f"the service-built content leaves {empty} empty"


def test_export_file_is_sorted_indented_utf8_and_valid_against_the_schema(ctx, rich, tmp_path):
    import_document(ctx, rich)
    target = tmp_path / "export.json"
    export_to_file(ctx, target)
    raw = target.read_bytes()
    text = raw.decode("utf-8")
    assert "coördinator" in text, "non-ASCII is written as itself"
    assert text.startswith('{\n  "cases": [')
    document = json.loads(text)
    assert document["format"] == "casusoverleg-exchange" and document["version"] == FORMAT_VERSION
    assert document["exported_at"].endswith("Z")
    assert list(Draft202012Validator(load_schema()).iter_errors(document)) == []
    assert not list(tmp_path.glob("*.part"))
    if os.name == "posix":
        assert target.stat().st_mode & 0o077 == 0, "only the owner may read an export"


def test_moments_with_an_offset_are_stored_in_utc(ctx, rich):
    rich["cases"][0]["transitions"][0]["at"] = "2025-02-10T10:00:00+01:00"
    rich["cases"][0]["signals"][0]["recorded_at"] = "2025-02-10T10:00:00"
    import_document(ctx, rich)
    case = next(c for c in export_vault(ctx)["cases"] if c["code"] == "LV-2025-014")
    assert case["transitions"][0]["at"] == "2025-02-10T09:00:00Z"
    assert case["signals"][0]["recorded_at"] == "2025-02-10T10:00:00Z"


def test_import_file_reports_counts_per_table(ctx, rich, tmp_path):
    source = tmp_path / "in.json"
    source.write_text(json.dumps(rich), encoding="utf-8")
    summary = import_file(ctx, source)
    assert summary.counts["case_file"] == 3
    assert summary.counts["meeting"] == 5
    assert summary.counts["signal"] == 9
    assert summary.counts["action_postponement"] == 2
    with ctx.unit_of_work() as session:
        assert summary.counts["agenda_item"] == session.scalar(select(func.count(m.AgendaItem.id)))
    assert summary.describe().startswith("Geïmporteerd: 12 partners, ")


def test_import_is_recorded_in_the_audit_trail_row_by_row(ctx, rich):
    with ctx.unit_of_work() as session:
        before = session.scalar(select(func.count(m.AuditEntry.id)))
    summary = import_document(ctx, rich)
    with ctx.unit_of_work() as session:
        entries = session.scalars(select(m.AuditEntry).where(m.AuditEntry.id > before)).all()
        assert verify_chain(session) is None
    assert len(entries) == summary.total
    assert {e.actor for e in entries} == {"voorzitter"}
    assert {e.action for e in entries} == {"aangemaakt"}


def test_export_is_recorded_as_opening_every_case(ctx, rich):
    import_document(ctx, rich)
    export_vault(ctx)
    with ctx.unit_of_work() as session:
        opened = session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "geopend")).all()
    assert len(opened) == 3
    assert {e.entity_type for e in opened} == {"case_file"}


def test_empty_vault_exports_an_empty_document_that_imports(ctx, empty_ctx):
    first, second = _roundtrip(ctx, empty_ctx)
    assert _without_moment(first) == {"format": "casusoverleg-exchange", "version": 3,
                                      "partners": [], "cases": [], "meetings": [],
                                      "retention_periods": [], "destruction_records": [],
                                      "subject_requests": [], "municipalities": []}
    assert first["partners"] == second["partners"]


def test_every_table_is_exchanged_or_left_out_on_purpose():
    tables = {table.name for table in metadata.sorted_tables}
    assert tables == EXCHANGED_TABLES | set(NOT_EXCHANGED_TABLES)
    assert not EXCHANGED_TABLES & set(NOT_EXCHANGED_TABLES)


def test_schema_ships_inside_the_package_and_is_valid():
    assert schema_path() == package_path("services", "exchange", "casusoverleg-exchange-v3.schema.json")
    assert schema_path(2) == package_path("services", "exchange", "casusoverleg-exchange-v2.schema.json")
    assert schema_path(1) == package_path("services", "exchange", "casusoverleg-exchange-v1.schema.json")
    Draft202012Validator.check_schema(load_schema())
    Draft202012Validator.check_schema(load_schema(2))
    Draft202012Validator.check_schema(load_schema(1))


@pytest.mark.parametrize("enum", [
    value for value in vars(enums).values()
    if isinstance(value, type) and issubclass(value, enums.LabelledEnum)
    and value is not enums.LabelledEnum
], ids=lambda enum: enum.__name__)
def test_schema_enums_match_the_domain(enum):
    assert load_schema()["$defs"][enum.__name__]["enum"] == [member.value for member in enum]


DOCUMENTATION = Path(__file__).parents[2] / "docs" / "exchange.md"


def test_the_documented_example_imports(ctx):
    example = DOCUMENTATION.read_text(encoding="utf-8").split("## Example")[1]
    document = json.loads(example.split("```json")[1].split("```")[0])
    summary = import_document(ctx, document)
    assert summary.counts["case_file"] == 1 and summary.counts["action_item"] == 2


def test_documentation_names_every_schema_field():
    documentation = DOCUMENTATION.read_text(encoding="utf-8")

    def fields(schema: dict[str, Any]) -> set[str]:
        found = set(schema.get("properties", {}))
        for child in [*schema.get("properties", {}).values(), *schema.get("$defs", {}).values()]:
            if isinstance(child, dict):
                found |= fields(child)
                found |= fields(child.get("items", {}))
        return found

    missing = sorted(name for name in fields(load_schema()) if f"`{name}`" not in documentation)
    assert not missing, f"docs/exchange.md does not describe {missing}"

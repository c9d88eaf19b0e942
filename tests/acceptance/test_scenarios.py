"""Acceptance: both scenarios (tests/acceptance/scenarios, the repository's copy of ../shared/scenarios,
kept current by test_scenario_copy.py), converted to the JSON exchange format and imported into a
fresh vault, satisfy the data and rule points of that folder's README. Nothing here is skipped.

Out of scope here, and checked where they are built: how documents and screens look (the PDF
decision/action list, partner extracts and their warning, markers on screen and in PDFs, the closing
line as the last sentence of the minutes). This test checks the data those need. The balance sheet
(014 point 7; 021 points 1–5) is checked through its services; for 021 point 2 the minutes and the
decision list are built and read back, since where the dissent is printed is the point itself.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import re
from io import BytesIO
from pathlib import Path

import pytest
from convert import HANDLED, NOT_CONVERTED, PARTNERS, convert, load, top_level_fields
from pypdf import PdfReader
from sqlalchemy import select

import casusoverleg_desktop.services.exchange as exchange_package
from casusoverleg_desktop.documents.minutes import build_minutes
from casusoverleg_desktop.domain.balance import BalanceSide, MeasureKind, MeasureStatus, Priority
from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    CaseStatus,
    DataCategory,
    MeetingType,
    StatementType,
)
from casusoverleg_desktop.errors import ImportRejected, ValidationError
from casusoverleg_desktop.services import (
    actions,
    balance,
    balance_compare,
    cases,
    decisions,
    document_data,
    document_export,
    meetings,
)
from casusoverleg_desktop.services import search as search_service
from casusoverleg_desktop.services.audit import verify_chain
from casusoverleg_desktop.services.balance import FormalAssessmentInfo, SheetInfo
from casusoverleg_desktop.services.exchange import export_vault, import_document
from casusoverleg_desktop.services.overview import chair_overview
from casusoverleg_desktop.store import balance_models as bm
from casusoverleg_desktop.store import models as m

SCENARIOS = Path(__file__).with_name("scenarios")
CODES = ("LV-2025-014", "LV-2025-021")
FILES = [SCENARIOS / f"{code}.yaml" for code in CODES]
S = CaseStatus
NAME = {key: name for key, name, *_ in PARTNERS}  # partner key in convert.py → name in the vault
V1_021, V2_021 = "balance (version 1, 2025-03-20)", "balance (version 2, 2025-05-15)"


def _scenario(code: str) -> Path:
    return SCENARIOS / f"{code}.yaml"


def test_the_scenarios_are_all_here():
    assert sorted(p.stem for p in SCENARIOS.glob("*.yaml")) == list(CODES), (
        f"{SCENARIOS} should hold exactly the scenarios {CODES}: a new one needs its tests here")


def _import(ctx, path: Path) -> int:
    import_document(ctx, convert(load(path)))
    with ctx.unit_of_work() as session:
        return session.scalar(select(m.Case.id).where(m.Case.code == path.stem))


def _meeting(ctx, held_on: str) -> int:
    with ctx.unit_of_work() as session:
        return session.scalar(select(m.Meeting.id).where(
            m.Meeting.held_on == dt.date.fromisoformat(held_on)))


def _partner(ctx, key_name: str) -> int:
    with ctx.unit_of_work() as session:
        return session.scalar(select(m.Partner.id).where(m.Partner.name == key_name))


def _sheets(ctx, case_id: int) -> list[SheetInfo]:
    return [balance.get_sheet(ctx, row.id) for row in balance.list_sheets(ctx, case_id)]


def _pdf_text(pdf: bytes) -> str:
    """All text of a PDF with whitespace normalised (line breaks fall anywhere in a sentence)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages).split())


@pytest.mark.parametrize("path", FILES, ids=CODES)
def test_every_field_has_a_home(path: Path):
    unplaced = top_level_fields(load(path)) - HANDLED - set(NOT_CONVERTED)
    assert not unplaced, f"fields of {path.name} without a home: {sorted(unplaced)}"


@pytest.mark.parametrize("path", FILES, ids=CODES)
def test_imports_whole_searchable_and_audited(ctx, path: Path):
    scenario = load(path)
    case_id = _import(ctx, path)
    detail = cases.open_case(ctx, case_id)
    assert len(detail.subjects) == len(scenario["subjects"])
    assert len(detail.signals) == len(scenario["signals"]) + len(scenario.get("contra_signals", []))
    first_words = " ".join(scenario["signals"][0]["text"].split()[:3])
    hits = search_service.search(ctx, first_words)
    assert any(h.case_code == path.stem and h.where == "Signaal S1" for h in hits)
    with ctx.unit_of_work() as session:
        assert verify_chain(session) is None
    exported = export_vault(ctx)
    assert [c["code"] for c in exported["cases"]] == [path.stem]
    sheets = convert(scenario)["cases"][0]["balance_sheets"]
    assert [(x["meeting"], x["version"]) for x in exported["cases"][0]["balance_sheets"]] == [
        (x["meeting"], x["version"]) for x in sheets]


# --- LV-2025-014 ------------------------------------------------------------------------------


@pytest.fixture
def lv014(ctx):
    return _import(ctx, _scenario("LV-2025-014"))


def test_014_point1_s6_flagged_s3_opinion(ctx, lv014):
    signals = {s.label: s for s in cases.open_case(ctx, lv014).signals}
    assert signals["S6"].diagnosis_flag and signals["S6"].statement_type is StatementType.HYPOTHESE
    assert signals["S3"].statement_type is StatementType.MENING
    assert [label for label, s in signals.items() if s.diagnosis_flag] == ["S6"]


def test_014_point2_lifecycle_path_with_who_when_why(ctx, lv014):
    steps = cases.open_case(ctx, lv014).transitions
    assert [t.to_status for t in steps] == [
        S.SIGNAAL_ONTVANGEN, S.SCREENING, S.WEGING, S.OPGENOMEN_IN_AANPAK,
        S.BEELD_EN_OORDEELSVORMING, S.PLAN_VASTGESTELD, S.UITVOERING]
    assert all(t.by and t.at and t.rationale for t in steps)
    assert [t.at for t in steps] == sorted(t.at for t in steps)
    assert steps[3].by == "Y. Vos" and steps[3].rationale.startswith("Meerdere feitelijke")


def test_014_point3_three_decisions_seven_actions(ctx, lv014):
    meeting = _meeting(ctx, "2025-02-26")
    assert [d.label for d in decisions.decisions(ctx, meeting)] == ["B1", "B2", "B3"]
    listed = actions.action_list(ctx, case_id=lv014, include_closed=True)
    assert [a.label for a in listed] == [f"A{n}" for n in range(1, 8)]  # the list's data; PDF later


def test_014_point4_what_the_school_may_receive(ctx, lv014):
    school = _partner(ctx, "Lindeveld College")
    meeting = _meeting(ctx, "2025-02-26")
    shared = [d.label for d in decisions.decisions(ctx, meeting) if school in d.shared_with]
    own = [a.label for a in actions.action_list(ctx, case_id=lv014)
           if school in (a.owner_partner_id, *a.addressed_to)]
    assert (shared, own) == (["B1", "B3"], ["A2", "A7"])
    # The extract itself (and leaving out the youth team's contribution) is built with the
    # documents; the data it selects from: the youth team's contribution is the youth team's.
    with ctx.unit_of_work() as session:
        owners = session.scalars(select(m.Partner.name).join(
            m.Contribution, m.Contribution.partner_id == m.Partner.id)).all()
    assert "Jeugdteam Lindeveld" in owners and owners.count("Lindeveld College") == 1


def test_014_point5_conditional_action_stays_until_closed(ctx, lv014):
    [a6] = [a for a in actions.action_list(ctx, case_id=lv014) if a.label == "A6"]
    assert a6.due_date is None and a6.condition.startswith("Bij uitingen met concrete dreiging")
    assert a6.status is ActionStatus.OPEN
    follow_up = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 4, 9)).id
    meetings.add_case_item(ctx, follow_up, lv014)
    assert "A6" in [r.action.label for r in actions.review_list(ctx, follow_up)]
    actions.set_action_status(ctx, a6.id, ActionStatus.AFGEROND, on=dt.date(2025, 5, 1))
    assert "A6" not in [a.label for a in actions.action_list(ctx, case_id=lv014)]


def test_014_point6_om_absent_with_notice(ctx, lv014):
    meeting = _meeting(ctx, "2025-02-26")
    om = _partner(ctx, "Openbaar Ministerie")
    rows = {row.partner_id: row for row in meetings.attendance(ctx, meeting)}
    assert rows[om].status is Attendance.AFWEZIG_MK and rows[om].note == "niet nodig voor deze casus"
    # The closing line as the last sentence of the minutes belongs to the minutes document;
    # its place in the data: Sluiting is the last agenda item.
    assert meetings.agenda(ctx, meeting)[-1].title == "Sluiting"


def test_014_point7_balance_sheet_zorg_voorop_consensus_next_to_the_scores(ctx, lv014):
    written = load(_scenario("LV-2025-014"))["balance"]
    [sheet] = _sheets(ctx, lv014)
    assert (sheet.meeting_date, sheet.version) == (dt.date(2025, 2, 26), 1)
    assert sheet.priority is Priority.ZORG_VOOROP and sheet.rationale == written["weighing"]["rationale"]
    assert sheet.proportionality == written["proportionality"] and not sheet.dissent
    assert sheet.consensus_score == 5
    assert {r.partner: r.score for r in sheet.ratings} == {
        "Lindeveld College": 5, "Jeugdteam Lindeveld": 6, "Politie Lindeveld": 6,
        "Gemeente Lindeveld (OOV)": 5, "Leerplicht Lindeveld": 5, "Jongerenwerk Lindeveld": 6}
    # Entered, not computed: the six scores average 5.5; the trend keeps the consensus apart.
    trend = balance_compare.rating_trend(ctx, lv014)
    assert trend.consensus.scores == (5,) and len(trend.partners) == 6
    assert sheet.counts == {BalanceSide.VEILIGHEID: 3, BalanceSide.ZORG_ONTWIKKELING: 2,
                            BalanceSide.WAT_GAAT_GOED: 3}
    sides = (("safety", BalanceSide.VEILIGHEID), ("care_needs", BalanceSide.ZORG_ONTWIKKELING),
             ("protective", BalanceSide.WAT_GAAT_GOED))
    for key, side in sides:
        assert [(e.text, e.domain.value, e.weight.value if e.weight else None)
                for e in sheet.side(side)] == [(x["text"], x["domain"], x.get("weight"))
                                               for x in written[key]]
    [opinion] = [e for e in sheet.entries if e.statement_type is StatementType.MENING]
    assert opinion.text.startswith("Zoekt erkenning") and opinion.source_label == "S3"
    [section] = document_data.minutes_data(ctx, _meeting(ctx, "2025-02-26")).record.cases
    assert (section.balance.priority, section.balance.consensus_score) == ("Zorg voorop", 5)
    assert len(section.balance.scores) == 6


# --- LV-2025-021 ------------------------------------------------------------------------------


@pytest.fixture
def lv021(ctx):
    return _import(ctx, _scenario("LV-2025-021"))


def test_021_point1_criminal_history_is_marked(ctx, lv021):
    [history] = [n for n in cases.open_case(ctx, lv021).notes if n.kind.value == "voorgeschiedenis"]
    assert history.data_category is DataCategory.STRAFRECHTELIJK and history.data_category.is_marked
    assert history.statement_type is StatementType.FEIT
    # The balance entry of version 1 (and its copy in version 2) carries the same category.
    for sheet in _sheets(ctx, lv021):
        marked = [e.text for e in sheet.entries if e.data_category is DataCategory.STRAFRECHTELIJK]
        assert marked == ["Eerdere uitreisvoorbereiding."]
        assert all(e.data_category is DataCategory.GEWOON for e in sheet.entries if e.text not in marked)
    [section] = document_data.minutes_data(ctx, _meeting(ctx, "2025-03-20")).record.cases
    assert section.has_marked_data
    # The visible marker on screen/PDF and the warning before exporting an extract come later.


def test_021_point2_dissent_printed_under_the_weighing_not_in_the_decision_list(ctx, lv021):
    written = load(_scenario("LV-2025-021"))[V1_021]["weighing"]["dissent"]
    first = _meeting(ctx, "2025-03-20")
    sheet = balance.find_sheet(ctx, lv021, first)
    assert [(d.partner, d.position, d.reason) for d in sheet.dissent] == [
        ("Politie Lindeveld", written[0]["position"], written[0]["reason"]),
        ("Reclassering (TER)", written[1]["position"], written[1]["reason"])]
    minutes = _pdf_text(build_minutes(document_data.minutes_data(ctx, first)).pdf)
    weighing = minutes[minutes.index("Oordeelsvorming"):minutes.index("Besluitvorming")]
    assert "Veiligheid voorop" in weighing and sheet.rationale[:40] in weighing
    decision_list = _pdf_text(document_export.export_action_list(ctx, first).pdf)
    assert "Geen aanvullende bestuurlijke maatregel" in decision_list  # B1 is there
    for d in written:
        assert d["position"] in weighing and d["reason"] in weighing
        assert d["position"] not in decision_list and d["reason"] not in decision_list
    assert "Afwijkend" not in decision_list


def test_021_point3_proportionality_answer_kept_and_required(ctx):
    document = convert(load(_scenario("LV-2025-021")))
    for status in ("afgewezen", "voorgesteld"):  # a coercive measure rejected or proposed
        unanswered = copy.deepcopy(document)
        for sheet in unanswered["cases"][0]["balance_sheets"]:
            del sheet["proportionality"]
            sheet["measures"][0]["status"] = status
        with pytest.raises(ImportRejected) as refused:
            import_document(ctx, unanswered)
        assert [p.split(": ")[0] for p in refused.value.problems] == [
            f"cases[0].balance_sheets[{i}].proportionality" for i in (0, 1)]
        assert all("proportionaliteit en subsidiariteit" in p for p in refused.value.problems)
    lv021 = _import(ctx, _scenario("LV-2025-021"))  # nothing was written by the refused imports
    v1 = balance.find_sheet(ctx, lv021, _meeting(ctx, "2025-03-20"))
    answer = load(_scenario("LV-2025-021"))[V1_021]["proportionality"]
    assert v1.proportionality == answer
    [twbmt] = v1.coercive_measures
    assert (twbmt.kind, twbmt.status) == (MeasureKind.BEGRENZEND, MeasureStatus.AFGEWEZEN)
    with pytest.raises(ValidationError, match="proportionaliteit en subsidiariteit"):
        balance.set_proportionality(ctx, v1.id, "  ")
    assert balance.get_sheet(ctx, v1.id).proportionality == answer
    # A new coercive measure on a sheet whose answer is not given is refused as well.
    later = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 7, 10)).id
    meetings.add_case_item(ctx, later, lv021)
    v3 = balance.open_sheet(ctx, lv021, later)
    assert v3.proportionality == answer  # pre-filled, like the coercive measure itself
    balance.remove_measure(ctx, v3.coercive_measures[0].id)
    balance.set_proportionality(ctx, v3.id, None)
    with pytest.raises(ValidationError, match="Beantwoord eerst de vraag naar proportionaliteit"):
        balance.add_measure(ctx, v3.id, MeasureKind.BEGRENZEND, "Gebiedsverbod (Twbmt).", coercive=True)
    assert not balance.get_sheet(ctx, v3.id).measures


def test_021_point4_versions_compare(ctx, lv021):
    v1, v2 = _sheets(ctx, lv021)
    assert (v1.meeting_date, v2.meeting_date) == (dt.date(2025, 3, 20), dt.date(2025, 5, 15))
    diff = balance_compare.compare_sheets(ctx, v2.id, v1.id)  # the older one first, whatever the order
    assert (diff.older.version, diff.newer.version, diff.newer.prefilled_from_version) == (1, 2, 1)
    changes = {r.partner: (r.before, r.after) for r in diff.rating_changes}
    assert changes[NAME["politie"]] == (4, 5) and changes[NAME["lse"]] == (6, 7)
    assert changes == {NAME["politie"]: (4, 5), NAME["lse"]: (6, 7), NAME["reclassering"]: (5, 6),
                       NAME["polikliniek"]: (5, 6)}  # gemeente stays at 6
    assert diff.priority == (Priority.VEILIGHEID_VOOROP, Priority.IN_BALANS) and diff.rationale_changed
    assert not (diff.added or diff.removed or diff.changed)  # version 2 took the entries over
    assert len(diff.dissent_before) == 2 and diff.dissent_after == ()
    assert diff.consensus == (None, None)


def _schema_properties(node: object, name: str) -> set[str] | None:
    """The item properties of the first array called ``name`` in the JSON Schema."""
    if isinstance(node, dict):
        if isinstance(node.get(name), dict) and "items" in node[name]:
            return set(node[name]["items"]["properties"])
        children = node.values()
    elif isinstance(node, list):
        children = node
    else:
        return None
    return next((found for child in children if (found := _schema_properties(child, name))), None)


def test_021_point5_vera_2r_is_metadata_only(ctx, lv021):
    [written] = load(_scenario("LV-2025-021"))["formal_assessments"]
    for sheet in _sheets(ctx, lv021):
        refs = [(f.instrument, f.organisation, f.assessed_on, f.summary) for f in sheet.formal_assessments]
        vera = ("VERA-2R", "Reclassering (TER)", dt.date(2025, 2, 28), written["conclusion_summary"])
        assert refs == [vera]
    kept = {"instrument", "organisation", "assessed_on", "summary"}
    columns = set(bm.FormalAssessmentRef.__table__.columns.keys())
    assert columns == {"id", "sheet_id", *kept}
    assert not [c for c in columns if re.search("score|item|answer|risk", c)]
    assert {f.name for f in dataclasses.fields(FormalAssessmentInfo)} == {"id", *kept}
    schema_file = Path(exchange_package.__file__).parent / "casusoverleg-exchange-v1.schema.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    assert _schema_properties(schema, "formal_assessments") == kept


def test_021_point6_monitoring_and_next_review_on_the_overview(ctx, lv021):
    detail = cases.open_case(ctx, lv021)
    assert detail.case.status is S.MONITORING
    assert detail.case.next_review_date == dt.date(2025, 7, 10)
    last = detail.transitions[-1]
    assert (last.to_status, last.at.date()) == (S.MONITORING, dt.date(2025, 5, 15))
    reviews = chair_overview(ctx, dt.date(2025, 5, 16)).case_reviews
    assert [(r.code, r.status, r.next_review_date) for r in reviews] == [
        ("LV-2025-021", S.MONITORING, dt.date(2025, 7, 10))]


def test_021_meetings_conditions_and_actions(ctx, lv021):
    scenario = load(_scenario("LV-2025-021"))
    notes = cases.open_case(ctx, lv021).notes
    conditions = [n.text for n in notes if n.kind.value == "bijzondere_voorwaarde"]
    assert conditions == scenario["release"]["special_conditions"]
    assert {n.label for n in notes if n.kind.value == "basisvoorwaarde"} == {
        "ID-bewijs", "wonen", "inkomen", "schulden", "zorg"}
    mar = _meeting(ctx, "2025-03-20")
    rows = meetings.attendance(ctx, mar)
    assert len(rows) == 8 and any(r.note == "per video" for r in rows)
    listed = {a.label: a for a in actions.action_list(ctx, case_id=lv021)}
    assert listed["A3"].ongoing and listed["A4"].condition.startswith("Bij overtreding")
    assert [d.label for d in decisions.decisions(ctx, _meeting(ctx, "2025-05-15"))] == ["B3"]

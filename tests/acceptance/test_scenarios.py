"""Acceptance: both scenarios of ../shared/scenarios, converted to the JSON exchange format and
imported into a fresh vault, satisfy the data and rule points of that folder's README.

Out of scope here, and checked where they are built: how documents and screens look (the PDF
decision/action list, partner extracts and their warning, markers on screen and in PDFs, the closing
line as the last sentence of the minutes). This test checks the data those need. The balance sheet
(014 point 7; 021 points 2–5) is issue 5: those points are skipped with that reason.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from convert import HANDLED, NOT_CONVERTED, convert, load, top_level_fields
from sqlalchemy import select

from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    CaseStatus,
    DataCategory,
    MeetingType,
    StatementType,
)
from casusoverleg_desktop.services import actions, cases, decisions, meetings
from casusoverleg_desktop.services import search as search_service
from casusoverleg_desktop.services.audit import unit_of_work, verify_chain
from casusoverleg_desktop.services.exchange import export_vault, import_document
from casusoverleg_desktop.services.overview import chair_overview
from casusoverleg_desktop.store import models as m

SCENARIOS = Path(__file__).parents[2].parent / "shared" / "scenarios"
FILES = sorted(SCENARIOS.glob("*.yaml")) if SCENARIOS.is_dir() else []
BALANCE = "balance sheet (weging A–H, scale, dissent, proportionality, VERA-2R) is issue 5"
S = CaseStatus


def _scenario(code: str) -> Path:
    path = SCENARIOS / f"{code}.yaml"
    if not path.is_file():
        pytest.skip(f"scenario {path} not present")
    return path


def _import(ctx, path: Path) -> int:
    import_document(ctx, convert(load(path)))
    with unit_of_work(ctx) as session:
        return session.scalar(select(m.Case.id).where(m.Case.code == path.stem))


def _meeting(ctx, held_on: str) -> int:
    with unit_of_work(ctx) as session:
        return session.scalar(select(m.Meeting.id).where(
            m.Meeting.held_on == dt.date.fromisoformat(held_on)))


def _partner(ctx, key_name: str) -> int:
    with unit_of_work(ctx) as session:
        return session.scalar(select(m.Partner.id).where(m.Partner.name == key_name))


@pytest.mark.skipif(not FILES, reason=f"no scenarios in {SCENARIOS}")
@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_field_has_a_home(path: Path):
    unplaced = top_level_fields(load(path)) - HANDLED - set(NOT_CONVERTED)
    assert not unplaced, f"fields of {path.name} without a home: {sorted(unplaced)}"


@pytest.mark.skipif(not FILES, reason=f"no scenarios in {SCENARIOS}")
@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_imports_whole_searchable_and_audited(ctx, path: Path):
    scenario = load(path)
    case_id = _import(ctx, path)
    detail = cases.open_case(ctx, case_id)
    assert len(detail.subjects) == len(scenario["subjects"])
    assert len(detail.signals) == len(scenario["signals"]) + len(scenario.get("contra_signals", []))
    first_words = " ".join(scenario["signals"][0]["text"].split()[:3])
    hits = search_service.search(ctx, first_words)
    assert any(h.case_code == path.stem and h.where == "Signaal S1" for h in hits)
    with unit_of_work(ctx) as session:
        assert verify_chain(session) is None
    exported = export_vault(ctx)
    assert [c["code"] for c in exported["cases"]] == [path.stem]


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
    with unit_of_work(ctx) as session:
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


def test_014_point7_balance_sheet():
    pytest.skip(BALANCE)


# --- LV-2025-021 ------------------------------------------------------------------------------


@pytest.fixture
def lv021(ctx):
    return _import(ctx, _scenario("LV-2025-021"))


def test_021_point1_criminal_history_is_marked(ctx, lv021):
    [history] = [n for n in cases.open_case(ctx, lv021).notes if n.kind.value == "voorgeschiedenis"]
    assert history.data_category is DataCategory.STRAFRECHTELIJK and history.data_category.is_marked
    assert history.statement_type is StatementType.FEIT
    # The visible marker on screen/PDF and the warning before exporting an extract come later.


@pytest.mark.parametrize("point", [2, 3, 4, 5])
def test_021_balance_sheet_points(point):
    pytest.skip(f"021 point {point}: {BALANCE}")


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

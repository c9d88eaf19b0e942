"""Read models for the case screens: list rows with filter keys, decisions, meetings, timeline."""

import datetime as dt

import pytest
from case_fixtures import build_lindeveld

from casusoverleg_desktop.domain.enums import CaseStatus, LegalBasis
from casusoverleg_desktop.errors import NotFound
from casusoverleg_desktop.services import audit, case_views, cases
from casusoverleg_desktop.services.case_views import TimelineKind


@pytest.fixture
def lindeveld(ctx):
    return build_lindeveld(ctx)


def test_case_rows_carry_pseudonym_manager_and_partners(ctx, lindeveld):
    rows = {r.code: r for r in case_views.case_rows(ctx)}
    assert list(rows) == ["LV-2025-014", "LV-2025-021", "LV-2025-030"]
    row = rows["LV-2025-014"]
    assert row.primary_pseudonym == "Daan V."
    assert row.case_manager_name == "R. Pinas"
    assert row.status is CaseStatus.UITVOERING
    assert row.next_review_date == dt.date(2025, 4, 9)
    p = lindeveld.partners
    # the reporter's and the signals' partners, and the case manager's partner
    assert row.partner_ids == {p["school"], p["politie"], p["jeugdteam"]}
    assert rows["LV-2025-030"].primary_pseudonym is None
    assert rows["LV-2025-030"].legal_basis is LegalBasis.CONVENANT


def test_listing_cases_is_not_an_opening_but_opening_is(ctx, lindeveld):
    def openings():
        return [e for e in audit.recent_entries(ctx, 500) if e.action == audit.OPENED]

    case_views.case_rows(ctx)
    assert openings() == []
    cases.open_case(ctx, lindeveld.case_014)
    assert [(e.entity_type, e.entity_id) for e in openings()] == [("case_file", lindeveld.case_014)]


def test_timeline_is_in_date_order_with_who_and_why(ctx, lindeveld):
    timeline = case_views.case_timeline(ctx, lindeveld.case_014)
    assert [e.on for e in timeline] == sorted(e.on for e in timeline)
    kinds = {e.kind for e in timeline}
    assert kinds == {TimelineKind.TRANSITION, TimelineKind.ASSESSMENT, TimelineKind.MEETING,
                     TimelineKind.DECISION, TimelineKind.ESCALATION}
    weging = next(e for e in timeline if e.title == "Weging → Opgenomen in aanpak")
    assert weging.by == "voorzitter" and "geen concrete dreiging" in weging.detail
    panel = next(e for e in timeline if e.kind == TimelineKind.ASSESSMENT)
    assert "Wegingspanel: Gemeente OOV, Politie, OM" in panel.detail
    escalation = next(e for e in timeline if e.kind == TimelineKind.ESCALATION)
    assert escalation.title == "↑ Opschalen" and escalation.on == dt.date(2025, 2, 26)


def test_decisions_and_meetings_of_a_case(ctx, lindeveld):
    decided = case_views.case_decisions(ctx, lindeveld.case_014)
    assert [d.label for d in decided] == ["B1", "B2", "B3"]
    assert all(d.held_on == dt.date(2025, 2, 26) for d in decided)
    assert case_views.case_decisions(ctx, lindeveld.case_021) == []
    held = case_views.case_meetings(ctx, lindeveld.case_014)
    assert [m.meeting_id for m in held] == [lindeveld.meeting]
    assert held[0].question.startswith("Welke aanpak")


def test_unknown_case_is_reported_in_dutch(ctx):
    with pytest.raises(NotFound, match="bestaat niet"):
        case_views.case_timeline(ctx, 999)

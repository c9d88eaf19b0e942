"""One complete action list: 'verslag vorige' reviews every open action of earlier meetings of the
table (a case not on today's agenda too, and actions made after today's meeting was planned), the
decision and action list and the minutes carry them, and numbers name their meeting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from doc_scenarios import body_text

from casusoverleg_desktop.domain.enums import ActionStatus, LegalBasis, MeetingType, SubjectRole
from casusoverleg_desktop.domain.labels import qualified_label
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import (
    actions,
    cases,
    document_data,
    document_export,
    meeting_mode,
    meetings,
)

EARLIER, TODAY = dt.date(2025, 2, 26), dt.date(2025, 3, 26)


@dataclass(frozen=True)
class Tables:
    daan: int
    sara: int
    earlier: int
    today: int
    sara_action: int
    daan_action: int
    general_action: int


@pytest.fixture
def tables(ctx, region) -> Tables:
    """Today's ICO/MDO has only Daan on its agenda and was planned before the earlier meeting's
    actions were typed: Sara's action must still come back."""
    daan = cases.create_case(ctx, "LV-2025-014", LegalBasis.PGA, dt.date(2025, 1, 10)).id
    sara = cases.create_case(ctx, "LV-2025-021", LegalBasis.PGA, dt.date(2025, 1, 12)).id
    cases.add_subject(ctx, daan, "Daan V.", SubjectRole.PRIMAIR)
    cases.add_subject(ctx, sara, "Sara K.", SubjectRole.PRIMAIR)
    earlier = meetings.create_meeting(ctx, MeetingType.ICO_MDO, EARLIER).id
    for case_id in (daan, sara):
        meetings.add_case_item(ctx, earlier, case_id)
    today = meetings.create_meeting(ctx, MeetingType.ICO_MDO, TODAY).id
    meetings.add_case_item(ctx, today, daan)
    assert actions.review_list(ctx, today) == []  # nothing to review yet
    daan_action = actions.create_action(ctx, earlier, "Gesprek met ouders.", region.jeugdteam.id,
                                        case_id=daan, due_date=dt.date(2025, 3, 20)).id
    sara_action = actions.create_action(ctx, earlier, "Sara aanmelden bij het jongerenwerk.",
                                        region.gemeente.id, case_id=sara, due_date=dt.date(2025, 3, 14)).id
    general = actions.create_action(ctx, earlier, "Convenant aanvullen met GGZ.", region.gemeente.id,
                                    due_date=dt.date(2025, 3, 25)).id
    return Tables(daan, sara, earlier, today, sara_action, daan_action, general)


def test_a_number_with_its_meetings_date_is_unambiguous_and_short_within_a_year():
    assert qualified_label("A2", dt.date(2026, 11, 12)) == "A2 (12-11-2026)"
    assert qualified_label("B3", dt.date(2026, 11, 12), seen_from=dt.date(2026, 12, 3)) == "B3 (12-11)"
    assert qualified_label("A2", dt.date(2025, 12, 17), seen_from=dt.date(2026, 1, 14)) == "A2 (17-12-2025)"


def test_item_3_reviews_an_action_of_a_case_not_on_todays_agenda(ctx, tables):
    reviewed = actions.review_list(ctx, tables.today)
    assert [r.action.id for r in reviewed] == [tables.daan_action, tables.sara_action, tables.general_action]
    assert [r.action.reference(TODAY) for r in reviewed] == ["A1 (26-02)", "A2 (26-02)", "A3 (26-02)"]
    assert actions.review_list(ctx, tables.today) == reviewed  # read again: nothing added twice

    view = meeting_mode.meeting_mode_view(ctx, tables.today)
    assert view.reviews == tuple(reviewed)
    assert view.cases[tables.sara].text == "LV-2025-021 · Sara K."  # the case by code and pseudonym
    assert [item.case_id for item in view.agenda if item.case_id] == [tables.daan]  # agenda unchanged


def test_another_table_reviews_only_the_actions_of_its_own_cases(ctx, tables):
    mar = meetings.create_meeting(ctx, MeetingType.MAR, TODAY + dt.timedelta(days=1)).id
    assert [r.action.id for r in actions.review_list(ctx, mar)] == [tables.general_action]
    meetings.add_case_item(ctx, mar, tables.sara)
    assert [r.action.id for r in actions.review_list(ctx, mar)] == [tables.sara_action, tables.general_action]


def test_the_decision_and_action_list_carries_every_open_action(ctx, tables, region):
    actions.create_action(ctx, tables.today, "Gezinsplan opstellen.", region.jeugdteam.id,
                          case_id=tables.daan, due_date=dt.date(2025, 4, 15))
    data = document_data.action_list_data(ctx, tables.today)
    assert [a.label for a in data.actions] == ["A1"]
    assert [(a.label, a.case_code) for a in data.carried] == [
        ("A1 (26-02)", "LV-2025-014"), ("A2 (26-02)", "LV-2025-021"), ("A3 (26-02)", None)]
    assert "LV-2025-021" in data.case_codes

    body = " ".join(body_text(document_export.export_action_list(ctx, tables.today).pdf).split())
    assert "Sara aanmelden bij het jongerenwerk." in body and "casus LV-2025-021" in body
    assert "A2 (26-02)" in body and "Gezinsplan opstellen." in body
    assert "Er staan geen actiepunten open" not in body


def test_the_closed_meeting_keeps_the_review_of_a_case_not_on_its_agenda(ctx, tables, region):
    [sara] = [r for r in actions.review_list(ctx, tables.today) if r.action.id == tables.sara_action]
    actions.record_review(ctx, sara.id, note="Aangemeld, eerste gesprek gevoerd.",
                          status_after=ActionStatus.AFGEROND)
    meetings.close_meeting(ctx, tables.today, dt.time(16))

    minutes = document_data.minutes_data(ctx, tables.today).record
    assert [(a.label, a.review_note) for a in minutes.reviewed_actions] == [
        ("A2 (26-02)", "Aangemeld, eerste gesprek gevoerd."), ("A3 (26-02)", None)]  # Daan's: at his case
    assert [a.label for a in minutes.cases[0].reviewed_actions] == ["A1 (26-02)"]
    carried = document_data.action_list_data(ctx, tables.today).carried
    assert [a.label for a in carried] == ["A1 (26-02)", "A3 (26-02)"]  # Sara's was done

    # A held meeting's list stays as it was: a later-typed action of an earlier meeting stays off it.
    before = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 3, 12)).id
    actions.create_action(ctx, before, "Nog iets.", region.gemeente.id, due_date=dt.date(2025, 4, 1))
    assert [r.action.id for r in actions.review_list(ctx, tables.today)] == [
        tables.daan_action, tables.sara_action, tables.general_action]


def test_a_review_the_rules_refuse_says_why_and_changes_nothing(ctx, tables):
    [sara] = [r for r in actions.review_list(ctx, tables.today) if r.action.id == tables.sara_action]
    with pytest.raises(ValidationError, match="waarom het actiepunt vervalt"):
        actions.record_review(ctx, sara.id, status_after=ActionStatus.VERVALLEN)
    meetings.close_meeting(ctx, tables.today, dt.time(16))
    with pytest.raises(ValidationError) as closed:
        actions.record_review(ctx, sara.id, status_after=ActionStatus.AFGEROND)
    assert "vergadering" in closed.value.message
    [still] = [r for r in actions.review_list(ctx, tables.today) if r.id == sara.id]
    assert (still.status_after, still.note, still.action.status) == (None, None, ActionStatus.OPEN)


def test_an_action_of_last_year_is_named_with_its_year_on_one_line(ctx, region):
    december = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2024, 12, 17)).id
    for n in range(12):  # A12: the longest number of the list
        actions.create_action(ctx, december, f"Actie {n + 1}.", region.gemeente.id, ongoing=True)
    january = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 1, 14)).id
    carried = document_data.action_list_data(ctx, january).carried
    assert carried[-1].label == "A12 (17-12-2024)"
    lines = body_text(document_export.export_action_list(ctx, january).pdf).splitlines()
    assert any(line.startswith("A12 (17-12-2024)") for line in lines), lines

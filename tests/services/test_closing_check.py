"""Before Sluiting (issue 14, points 6 and 7): what is unfinished, the checks that come before the
chair is asked anything, the next meeting of the same table, and an inbreng marking its partner
present."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from meeting_testkit import MEETING_DAY, build_world

from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    Attendance,
    BobPhase,
    MeetingStatus,
    MeetingType,
    StatementType,
)
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import actions, cases, closing, contributions, decisions, meetings
from casusoverleg_desktop.services.closing import Unfinished
from casusoverleg_desktop.services.meeting_mode import case_item_attendance

U = Unfinished
AFTERNOON = dt.datetime(2025, 3, 26, 14, 0, tzinfo=dt.UTC)  # 15.00 in Lindeveld, on the meeting day


@pytest.fixture
def world(ctx):
    return build_world(ctx)


@pytest.fixture
def on_the_day(ctx):
    return dataclasses.replace(ctx, clock=lambda: AFTERNOON)


def _items(ctx, world) -> dict[str, meetings.AgendaItemInfo]:
    found = {}
    for item in meetings.agenda(ctx, world.meeting_id):
        key = next((code for code, case_id in world.case_ids.items() if case_id == item.case_id), item.kind)
        found[key] = item
    return found


def _points(ctx, world, **kwargs) -> list[tuple[object, Unfinished]]:
    items = {item.id: key for key, item in _items(ctx, world).items()}
    return [(items[p.agenda_item_id], p.what)
            for p in closing.unfinished_business(ctx, world.meeting_id, **kwargs)]


def test_a_meeting_just_begun_has_everything_still_open_in_agenda_order(ctx, world):
    assert _points(ctx, world) == [
        (AgendaItemKind.OPENING, U.ATTENDANCE),
        (AgendaItemKind.VERSLAG_VORIGE, U.REVIEW),  # the action without a case
        ("LV-2025-014", U.REVIEW), ("LV-2025-014", U.DECISION), ("LV-2025-014", U.NEXT_REVIEW),
        ("LV-2025-021", U.DECISION), ("LV-2025-021", U.NEXT_REVIEW),
        ("LV-2025-030", U.DECISION), ("LV-2025-030", U.NEXT_REVIEW),
        (AgendaItemKind.RONDVRAAG, U.RONDVRAAG),
    ]
    texts = {(p.what, p.text) for p in closing.unfinished_business(ctx, world.meeting_id)}
    assert (U.ATTENDANCE, "De aanwezigheid is niet vastgelegd.") in texts
    assert (U.REVIEW, "3 actiepunten van eerdere vergaderingen nog niet doorgenomen.") in texts
    assert (U.REVIEW, "1 actiepunt van eerdere vergaderingen nog niet doorgenomen.") in texts


def test_a_finished_meeting_has_nothing_open(ctx, world):
    items = _items(ctx, world)
    for partner_id in world.partner_ids.values():
        meetings.set_attendance(ctx, world.meeting_id, partner_id, Attendance.AANWEZIG)
    for review in actions.review_list(ctx, world.meeting_id):
        actions.record_review(ctx, review.id, status_after=ActionStatus.AFGEROND)
    for code, case_id in world.case_ids.items():
        decisions.record_decision(ctx, world.meeting_id, f"Besluit over {code}",
                                  agenda_item_id=items[code].id)
        cases.set_review_date(ctx, case_id, dt.date(2025, 6, 18))
    assert _points(ctx, world) == [(AgendaItemKind.RONDVRAAG, U.RONDVRAAG)]
    # a rondvraag shown and left empty had nothing to say; notes count as held too
    assert _points(ctx, world, shown_item_ids={items[AgendaItemKind.RONDVRAAG].id}) == []
    meetings.update_agenda_item(ctx, items[AgendaItemKind.RONDVRAAG].id, notes="Geen punten.")
    assert _points(ctx, world) == []


def test_partial_attendance_names_who_is_missing_and_an_old_review_date_counts_as_none(ctx, world):
    meetings.set_attendance(ctx, world.meeting_id, world.partner_ids["Gemeente"], Attendance.AANWEZIG)
    meetings.set_attendance(ctx, world.meeting_id, world.partner_ids["Politie"], Attendance.AFWEZIG_MK)
    cases.set_review_date(ctx, world.case_ids["LV-2025-021"], MEETING_DAY)  # today's: not a next one
    found = closing.unfinished_business(ctx, world.meeting_id)
    assert found[0].text == "Aanwezigheid niet vastgelegd van GGZ, Jeugdteam, OM, Reclassering, School."
    assert ("LV-2025-021", U.NEXT_REVIEW) in _points(ctx, world)


def test_closing_is_checked_before_the_chair_is_asked_anything(on_the_day, world):
    meeting = meetings.get_meeting(on_the_day, world.meeting_id)
    check = closing.check_closing
    check(on_the_day, meeting, dt.time(15, 40), dt.date(2025, 4, 23), create_next=True)
    check(on_the_day, meeting, dt.time(15, 40), None, create_next=True)
    with pytest.raises(ValidationError, match="eindtijd"):
        check(on_the_day, meeting, dt.time(12, 0), None, create_next=True)
    with pytest.raises(ValidationError, match="na deze vergadering liggen"):
        check(on_the_day, meeting, dt.time(15, 40), MEETING_DAY, create_next=False)


def test_a_next_meeting_in_the_past_is_refused_unless_it_is_not_to_be_made(ctx, world):
    """Closed late (today is well after the meeting): a next date already gone is not made."""
    meeting = meetings.get_meeting(ctx, world.meeting_id)
    past = MEETING_DAY + dt.timedelta(days=28)
    assert past < local_time(ctx.clock()).date()
    with pytest.raises(ValidationError, match=r"\(23-04-2025\) ligt in het verleden"):
        closing.check_closing(ctx, meeting, dt.time(15, 40), past, create_next=True)
    closing.check_closing(ctx, meeting, dt.time(15, 40), past, create_next=False)
    with pytest.raises(ValidationError, match="ligt in het verleden"):
        closing.plan_next_meeting(ctx, meeting, past)
    assert len(meetings.list_meetings(ctx)) == 2


def test_a_meeting_in_the_future_cannot_be_closed(ctx, world):
    future = meetings.create_meeting(ctx, MeetingType.ICO_MDO, local_time(ctx.clock()).date()
                                     + dt.timedelta(days=3))
    with pytest.raises(ValidationError, match="ligt in de toekomst"):
        closing.check_closing(ctx, future, dt.time(15, 0), None, create_next=False)


def test_the_next_meeting_is_made_like_this_one_once(on_the_day, world):
    planned = meetings.get_meeting(on_the_day, world.meeting_id)
    following, made = closing.plan_next_meeting(on_the_day, planned, dt.date(2025, 4, 23))
    assert made
    assert (following.meeting_type, following.held_on, following.start_time, following.end_time,
            following.location, following.chair_id, following.minute_taker_id, following.status) == (
        MeetingType.ICO_MDO, dt.date(2025, 4, 23), dt.time(13, 30), dt.time(16), "ZVH Lindeveld, zaal 2",
        world.chair_id, world.minute_taker_id, MeetingStatus.IN_VOORBEREIDING)
    again, made = closing.plan_next_meeting(on_the_day, planned, dt.date(2025, 4, 23))
    assert not made and again.id == following.id
    # the open actions of this table wait for it on its review list
    assert actions.review_list(on_the_day, following.id)


def test_an_inbreng_marks_its_partner_present_at_the_case_and_the_meeting(ctx, world):
    item = _items(ctx, world)["LV-2025-014"]
    politie, school = world.partner_ids["Politie"], world.partner_ids["School"]
    meetings.set_case_item_attendance(ctx, item.id, school, Attendance.AFWEZIG_MK)
    meetings.set_attendance(ctx, world.meeting_id, school, Attendance.AFWEZIG_MK)
    for partner_id, text in ((politie, "Wijkagent zag Daan bij de moskee"),
                             (school, "Schriftelijke inbreng van de mentor"),
                             (politie, "Nog een inbreng")):
        contributions.add_contribution(ctx, item.id, partner_id, text, bob_phase=BobPhase.BEELDVORMING,
                                       statement_type=StatementType.FEIT)
    at_case = {a.partner_id: a.status for a in case_item_attendance(ctx, item.id)}
    at_meeting = [(a.partner_id, a.status) for a in meetings.attendance(ctx, world.meeting_id)]
    # a recorded 'afwezig' stays (a written inbreng); one line each, however often a partner speaks
    assert at_case == {school: Attendance.AFWEZIG_MK, politie: Attendance.AANWEZIG}
    assert at_meeting == [(school, Attendance.AFWEZIG_MK), (politie, Attendance.AANWEZIG)]


def test_a_refused_inbreng_marks_nobody_present(ctx, world):
    item = _items(ctx, world)["LV-2025-014"]
    with pytest.raises(ValidationError):
        contributions.add_contribution(ctx, item.id, world.partner_ids["GGZ"], "Niet uitgenodigd",
                                       bob_phase=BobPhase.BEELDVORMING, statement_type=StatementType.FEIT)
    assert case_item_attendance(ctx, item.id) == [] and meetings.attendance(ctx, world.meeting_id) == []

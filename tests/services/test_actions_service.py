import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from casusoverleg_desktop.domain.enums import ActionStatus, LegalBasis, MeetingType, SubjectRole
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import actions, cases, meetings

DAY = dt.date(2025, 2, 26)


@pytest.fixture
def meeting(ctx):
    return meetings.create_meeting(ctx, MeetingType.ICO_MDO, DAY)


def test_actions_are_numbered_per_meeting(ctx, meeting, case, region):
    a1 = actions.create_action(ctx, meeting.id, "Gesprekken met Daan en moeder.",
                               region.jeugdteam.id, case_id=case.id, due_date=dt.date(2025, 3, 12),
                               owner_professional_id=region.casusregisseur.id)
    a2 = actions.create_action(ctx, meeting.id, "Wekelijkse check-in mentor.", region.school.id,
                               case_id=case.id, due_date=dt.date(2025, 3, 5))
    assert (a1.label, a2.label) == ("A1", "A2")
    other = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 4, 9))
    assert actions.create_action(ctx, other.id, "Nieuw.", region.school.id,
                                 ongoing=True).label == "A1"


def test_due_date_and_condition_both_given_is_refused(ctx, meeting, region):
    with pytest.raises(ValidationError, match="niet meer dan één"):
        actions.create_action(ctx, meeting.id, "Melden.", region.politie.id,
                              due_date=dt.date(2025, 3, 5), condition="Bij concrete dreiging")


def test_the_database_also_refuses_two_whens(ctx, vault, meeting, region):
    action = actions.create_action(ctx, meeting.id, "Melden.", region.politie.id,
                                   condition="Bij concrete dreiging")
    with pytest.raises(IntegrityError), vault.engine.begin() as conn:
        conn.execute(text("UPDATE action_item SET due_date = '2025-03-05' WHERE id = :id"),
                     {"id": action.id})


def test_scenario_a6_is_conditional_and_stays_on_the_list_until_closed(ctx, meeting, case, region):
    a6 = actions.create_action(
        ctx, meeting.id, "Direct melden aan politie; spoedoverleg binnen 48 uur.",
        region.politie.id, case_id=case.id,
        condition="Bij uitingen met concrete dreiging of aanwijzing wapenbezit")
    assert a6.due_date is None and a6.condition.startswith("Bij uitingen")
    assert [a.id for a in actions.action_list(ctx, case_id=case.id)] == [a6.id]
    actions.set_action_status(ctx, a6.id, ActionStatus.AFGEROND)
    assert actions.action_list(ctx, case_id=case.id) == []
    assert len(actions.action_list(ctx, case_id=case.id, include_closed=True)) == 1


def test_postponing_counts_and_keeps_the_history(ctx, meeting, region):
    action = actions.create_action(ctx, meeting.id, "Verzuimgesprek.", region.school.id,
                                   due_date=dt.date(2025, 3, 7))
    once = actions.postpone_action(ctx, action.id, dt.date(2025, 3, 21), reason="ziek")
    twice = actions.postpone_action(ctx, action.id, dt.date(2025, 4, 4))
    assert (once.postponement_count, twice.postponement_count) == (1, 2)
    assert twice.due_date == dt.date(2025, 4, 4)
    with pytest.raises(ValidationError, match="na de huidige termijn"):
        actions.postpone_action(ctx, action.id, dt.date(2025, 3, 1))


def test_a_conditional_action_cannot_be_postponed(ctx, meeting, region):
    action = actions.create_action(ctx, meeting.id, "Melden.", region.politie.id,
                                   condition="Bij overtreding bijzondere voorwaarden")
    with pytest.raises(ValidationError, match="Alleen een actiepunt met een termijn"):
        actions.postpone_action(ctx, action.id, dt.date(2025, 4, 1))


def test_close_and_reopen_rules(ctx, meeting, region):
    action = actions.create_action(ctx, meeting.id, "Intake.", region.ggz.id,
                                   due_date=dt.date(2025, 5, 1))
    started = actions.set_action_status(ctx, action.id, ActionStatus.LOOPT)
    assert started.closed_on is None
    closed = actions.set_action_status(ctx, action.id, ActionStatus.AFGEROND,
                                       on=dt.date(2025, 5, 1))
    assert (closed.closed_on, closed.closed_by) == (dt.date(2025, 5, 1), "voorzitter")
    with pytest.raises(ValidationError, match="'Afgerond' kan niet worden uitgesteld"):
        actions.postpone_action(ctx, action.id, dt.date(2025, 6, 1))
    with pytest.raises(ValidationError, match="waarom het afgesloten actiepunt wordt heropend"):
        actions.set_action_status(ctx, action.id, ActionStatus.OPEN)
    reopened = actions.set_action_status(ctx, action.id, ActionStatus.OPEN,
                                         note="Intake bleek niet doorgegaan.")
    assert reopened.closed_on is None and reopened.status is ActionStatus.OPEN
    with pytest.raises(ValidationError, match="waarom het actiepunt vervalt"):
        actions.set_action_status(ctx, action.id, ActionStatus.VERVALLEN)


def test_concerned_subject_and_owner_person_must_fit(ctx, meeting, case, region):
    other = cases.create_case(ctx, "LV-2025-021", LegalBasis.PGA, dt.date(2025, 3, 1))
    milan = cases.add_subject(ctx, other.id, "Milan K.", SubjectRole.PRIMAIR, age=22)
    with pytest.raises(ValidationError, match="Milan K. hoort niet bij deze casus"):
        actions.create_action(ctx, meeting.id, "X.", region.school.id, case_id=case.id,
                              concerned_subject_id=milan.id, ongoing=True)
    with pytest.raises(ValidationError, match="R. Pinas werkt niet bij Lindeveld College"):
        actions.create_action(ctx, meeting.id, "X.", region.school.id, ongoing=True,
                              owner_professional_id=region.casusregisseur.id)
    with pytest.raises(ValidationError, match="vóór de vergadering"):
        actions.create_action(ctx, meeting.id, "X.", region.school.id, due_date=dt.date(2025, 1, 1))


def test_action_addressed_to_another_partner(ctx, meeting, case, region):
    a7 = actions.create_action(ctx, meeting.id, "Terugkoppeling aan school (melder).",
                               region.gemeente.id, owner_detail="ZVH procesregisseur",
                               case_id=case.id, due_date=dt.date(2025, 2, 28),
                               addressed_to=[region.school.id])
    assert a7.addressed_to == (region.school.id,)


def test_review_in_the_next_meeting_can_close_the_action(ctx, meeting, case, region):
    item = meetings.add_case_item(ctx, meeting.id, case.id)
    action = actions.create_action(ctx, meeting.id, "Verzuimgesprek.", region.school.id,
                                   agenda_item_id=item.id, due_date=dt.date(2025, 3, 7))
    later = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 4, 9))
    meetings.add_case_item(ctx, later.id, case.id)
    [review] = actions.review_list(ctx, later.id)
    done = actions.record_review(ctx, review.id, note="Gesprek gevoerd.",
                                 status_after=ActionStatus.AFGEROND)
    assert done.status_after is ActionStatus.AFGEROND
    assert done.action.closed_on == dt.date(2025, 4, 9) and done.action.id == action.id

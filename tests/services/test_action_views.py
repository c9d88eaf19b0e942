"""The read model of the Actiepunten page: names joined in, closed actions on request."""

import dataclasses
import datetime as dt

import pytest

from casusoverleg_desktop.domain.enums import ActionStatus, MeetingType
from casusoverleg_desktop.services import action_views, actions, meetings


def test_rows_carry_case_owner_and_origin_meeting(ctx, case, region):
    first = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 2, 26))
    later = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 4, 9))
    a1 = actions.create_action(ctx, first.id, "Gesprekken met Daan en moeder.", region.jeugdteam.id,
                               case_id=case.id, due_date=dt.date(2025, 3, 12),
                               owner_professional_id=region.casusregisseur.id)
    a2 = actions.create_action(ctx, later.id, "Melden bij dreiging.", region.politie.id,
                               condition="Bij concrete dreiging", owner_detail="wijkagent")
    actions.postpone_action(ctx, a1.id, dt.date(2025, 3, 26))

    rows = action_views.action_rows(ctx)
    assert [r.id for r in rows] == [a1.id, a2.id]
    one, two = rows
    assert (one.label, one.case_code, one.owner_partner, one.owner_person) == (
        "A1", "LV-2025-014", "Jeugdteam Lindeveld", "R. Pinas")
    assert (one.due_date, one.postponement_count, one.origin_meeting_date) == (
        dt.date(2025, 3, 26), 1, dt.date(2025, 2, 26))
    assert (two.case_code, two.owner_person, two.condition) == (None, "wijkagent", "Bij concrete dreiging")
    assert one.is_overdue(dt.date(2025, 3, 27)) and not one.is_overdue(dt.date(2025, 3, 26))
    assert not two.is_overdue(dt.date(2030, 1, 1))
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.label = "A9"


def test_closed_actions_are_listed_unless_excluded(ctx, region):
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 2, 26))
    done = actions.create_action(ctx, meeting.id, "Klaar.", region.school.id, ongoing=True)
    actions.set_action_status(ctx, done.id, ActionStatus.AFGEROND)
    rows = action_views.action_rows(ctx)
    assert [(r.status, r.is_overdue(dt.date(2030, 1, 1))) for r in rows] == [(ActionStatus.AFGEROND, False)]
    assert action_views.action_rows(ctx, include_closed=False) == []

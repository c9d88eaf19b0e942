import datetime as dt

import pytest

from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    Attendance,
    LegalBasis,
    MeetingStatus,
    MeetingType,
    MinutesStatus,
)
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import actions, cases, meetings
from casusoverleg_desktop.services.meetings import MeetingRow

K = AgendaItemKind


def _ico(ctx, day=dt.date(2025, 2, 26)):
    return meetings.create_meeting(ctx, MeetingType.ICO_MDO, day, start_time=dt.time(13, 30),
                                   end_time=dt.time(16, 0), location="ZVH Lindeveld, zaal 2")


def test_meeting_is_created_from_the_standard_agenda(ctx):
    meeting = _ico(ctx)
    assert meeting.status is MeetingStatus.IN_VOORBEREIDING
    assert [i.kind for i in meetings.agenda(ctx, meeting.id)] == [
        K.OPENING, K.VASTSTELLEN_AGENDA, K.VERSLAG_VORIGE, K.MEDEDELINGEN, K.RONDVRAAG,
        K.SLUITING]


def test_meeting_end_before_start_is_refused(ctx):
    with pytest.raises(ValidationError, match="eindtijd"):
        meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 2, 26),
                                start_time=dt.time(16), end_time=dt.time(13))


def test_case_items_go_before_rondvraag_with_slot_question_and_invitations(ctx, case, region):
    meeting = _ico(ctx)
    other = cases.create_case(ctx, "LV-2025-021", LegalBasis.PGA, dt.date(2025, 3, 1))
    first = meetings.add_case_item(ctx, meeting.id, case.id, slot_minutes=45,
                                   question="Opnemen in aanpak en plan vaststellen?",
                                   invited_partner_ids=[region.school.id, region.jeugdteam.id])
    meetings.add_case_item(ctx, meeting.id, other.id, slot_minutes=30)
    items = meetings.agenda(ctx, meeting.id)
    assert [i.title for i in items[4:6]] == ["Casusbespreking LV-2025-014",
                                              "Casusbespreking LV-2025-021"]
    assert items[-2].kind is K.RONDVRAAG and items[-1].kind is K.SLUITING
    assert [i.position for i in items] == list(range(1, 9))
    assert first.invited_partner_ids == tuple(sorted((region.school.id, region.jeugdteam.id)))


def test_same_case_twice_and_zero_slot_are_refused(ctx, case):
    meeting = _ico(ctx)
    meetings.add_case_item(ctx, meeting.id, case.id)
    with pytest.raises(ValidationError, match="staat al op de agenda"):
        meetings.add_case_item(ctx, meeting.id, case.id)
    with pytest.raises(ValidationError, match="minstens één minuut"):
        meetings.add_case_item(ctx, meeting.id, case.id, slot_minutes=0)


def test_reorder_keeps_opening_first_and_closing_last(ctx, case):
    meeting = _ico(ctx)
    meetings.add_case_item(ctx, meeting.id, case.id)
    ids = [i.id for i in meetings.agenda(ctx, meeting.id)]
    swapped = ids[:3] + [ids[4], ids[3]] + ids[5:]
    assert [i.id for i in meetings.reorder_agenda(ctx, meeting.id, swapped)] == swapped
    with pytest.raises(ValidationError, match="opening blijft het eerste"):
        meetings.reorder_agenda(ctx, meeting.id, ids[1:] + ids[:1])
    with pytest.raises(ValidationError, match="precies alle agendapunten"):
        meetings.reorder_agenda(ctx, meeting.id, ids[:-1])


def test_attendance_with_notice_and_per_case_item(ctx, case, region):
    meeting = _ico(ctx)
    meetings.set_attendance(ctx, meeting.id, region.school.id, Attendance.AANWEZIG,
                            professional_id=region.zorgcoordinator.id)
    rows = meetings.set_attendance(ctx, meeting.id, region.om.id, Attendance.AFWEZIG_MK,
                                   note="niet nodig voor deze casus")
    assert [(r.partner_id, r.status) for r in rows] == [
        (region.school.id, Attendance.AANWEZIG), (region.om.id, Attendance.AFWEZIG_MK)]
    item = meetings.add_case_item(ctx, meeting.id, case.id, invited_partner_ids=[region.school.id])
    joined = meetings.set_case_item_attendance(ctx, item.id, region.school.id, Attendance.AANWEZIG)
    assert [j.partner_id for j in joined] == [region.school.id]
    with pytest.raises(ValidationError, match="Politie Lindeveld is niet uitgenodigd"):
        meetings.set_case_item_attendance(ctx, item.id, region.politie.id, Attendance.AANWEZIG)


def test_set_invitations_replaces_the_list(ctx, case, region):
    meeting = _ico(ctx)
    item = meetings.add_case_item(ctx, meeting.id, case.id, invited_partner_ids=[region.school.id])
    updated = meetings.set_invitations(ctx, item.id, [region.politie.id])
    assert updated.invited_partner_ids == (region.politie.id,)


def test_open_actions_of_earlier_meetings_come_back_for_review(ctx, case, region):
    first = _ico(ctx, dt.date(2025, 2, 26))
    item = meetings.add_case_item(ctx, first.id, case.id)
    done = actions.create_action(ctx, first.id, "Verzuimgesprek.", region.school.id,
                                 agenda_item_id=item.id, due_date=dt.date(2025, 3, 7))
    still_open = actions.create_action(ctx, first.id, "Gesprekken met Daan.", region.jeugdteam.id,
                                       agenda_item_id=item.id, due_date=dt.date(2025, 3, 12))
    conditional = actions.create_action(ctx, first.id, "Direct melden.", region.politie.id,
                                        case_id=case.id, condition="Bij concrete dreiging")
    actions.set_action_status(ctx, done.id, ActionStatus.AFGEROND)
    unrelated = cases.create_case(ctx, "LV-2025-030", LegalBasis.PGA, dt.date(2025, 3, 1))
    other = actions.create_action(ctx, first.id, "Iets anders.", region.gemeente.id,
                                  case_id=unrelated.id, due_date=dt.date(2025, 3, 12))

    second = _ico(ctx, dt.date(2025, 4, 9))  # the same table: every open action, with or without its case
    assert [r.action.id for r in actions.review_list(ctx, second.id)] == [still_open.id, conditional.id,
                                                                          other.id]
    other_table = meetings.create_meeting(ctx, MeetingType.MAR, dt.date(2025, 4, 10))
    assert actions.review_list(ctx, other_table.id) == []
    meetings.add_case_item(ctx, other_table.id, case.id)  # another table: the actions of its cases
    reviewed = [r.action.id for r in actions.review_list(ctx, other_table.id)]
    assert reviewed == [still_open.id, conditional.id]


def test_meeting_level_actions_come_back_on_the_next_meeting(ctx, region):
    first = _ico(ctx, dt.date(2025, 2, 26))
    general = actions.create_action(ctx, first.id, "Convenant ter ondertekening rondsturen.",
                                    region.gemeente.id, due_date=dt.date(2025, 3, 26))
    second = _ico(ctx, dt.date(2025, 4, 9))
    assert [r.action.id for r in actions.review_list(ctx, second.id)] == [general.id]


def test_list_meetings_gives_id_date_type_status_and_minutes(ctx):
    later = _ico(ctx, dt.date(2025, 5, 15))
    earlier = meetings.create_meeting(ctx, MeetingType.MAR, dt.date(2025, 3, 20))
    meetings.close_meeting(ctx, earlier.id, dt.time(16))
    assert meetings.list_meetings(ctx) == [
        MeetingRow(earlier.id, dt.date(2025, 3, 20), MeetingType.MAR, MeetingStatus.GEHOUDEN,
                   MinutesStatus.CONCEPT),
        MeetingRow(later.id, dt.date(2025, 5, 15), MeetingType.ICO_MDO,
                   MeetingStatus.IN_VOORBEREIDING),
    ]


def test_a_held_meeting_stays_held_and_its_agenda_is_fixed(ctx, case):
    meeting = _ico(ctx)
    meetings.close_meeting(ctx, meeting.id, dt.time(16))
    with pytest.raises(ValidationError, match="blijft dat"):
        meetings.set_meeting_status(ctx, meeting.id, MeetingStatus.GEPLAND)
    with pytest.raises(ValidationError, match="is gesloten; wat zij heeft vastgelegd ligt vast"):
        meetings.add_case_item(ctx, meeting.id, case.id)
    with pytest.raises(ValidationError, match="is gesloten"):
        meetings.update_meeting(ctx, meeting.id, location="elders")


def test_next_meeting_date_must_follow(ctx):
    meeting = _ico(ctx)
    updated = meetings.update_meeting(ctx, meeting.id, next_meeting_on=dt.date(2025, 4, 9))
    assert updated.next_meeting_on == dt.date(2025, 4, 9)
    with pytest.raises(ValidationError, match="na deze vergadering"):
        meetings.update_meeting(ctx, meeting.id, next_meeting_on=dt.date(2025, 2, 1))





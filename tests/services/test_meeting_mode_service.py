import datetime as dt

import pytest
from units_of_work import counted

from casusoverleg_desktop.domain.enums import Attendance, MeetingType, StatementType, SubjectRole
from casusoverleg_desktop.errors import NotFound
from casusoverleg_desktop.services import actions, cases, decisions, meeting_mode, meetings, partners, signals
from casusoverleg_desktop.services.audit import recent_entries


def _meeting(ctx, day=dt.date(2025, 3, 26)):
    return meetings.create_meeting(ctx, MeetingType.ICO_MDO, day, start_time=dt.time(13, 30),
                                   end_time=dt.time(16, 0), location="zaal 2")


def test_meeting_list_names_the_chair_and_counts_case_items(ctx, case, region):
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 3, 26),
                                      chair_id=region.casusregisseur.id)
    meetings.add_case_item(ctx, meeting.id, case.id)
    _meeting(ctx, dt.date(2025, 4, 2))
    rows = meeting_mode.meeting_list(ctx)
    assert [r.held_on for r in rows] == [dt.date(2025, 4, 2), dt.date(2025, 3, 26)]
    assert (rows[1].chair_name, rows[1].case_count) == ("R. Pinas", 1)
    assert (rows[0].chair_name, rows[0].case_count) == (None, 0)


def test_case_labels_show_code_and_primary_pseudonym_first(ctx, case):
    cases.add_subject(ctx, case.id, "Moeder V.", SubjectRole.GERELATEERD, relation="moeder")
    cases.add_subject(ctx, case.id, "Daan V.", SubjectRole.PRIMAIR)
    label = meeting_mode.case_labels(ctx)[case.id]
    assert label.pseudonyms == ("Daan V.", "Moeder V.")
    assert label.text == "LV-2025-014 · Daan V."


def test_briefing_shows_signals_since_the_case_was_last_discussed(ctx, case, region):
    earlier = _meeting(ctx, dt.date(2025, 2, 26))
    meetings.add_case_item(ctx, earlier.id, case.id)
    signals.record_signal(ctx, case.id, "Oud signaal", StatementType.FEIT,
                          observed_on=dt.date(2025, 2, 20), partner_id=region.school.id)
    signals.record_signal(ctx, case.id, "Nieuw signaal", StatementType.MENING,
                          observed_on=dt.date(2025, 3, 10), partner_id=region.school.id)
    meeting = _meeting(ctx)
    item = meetings.add_case_item(ctx, meeting.id, case.id, question="Plan vaststellen?",
                                  invited_partner_ids=[region.school.id])
    meetings.set_case_item_attendance(ctx, item.id, region.school.id, Attendance.AFWEZIG_MK)
    briefing = meeting_mode.item_briefing(ctx, item.id)
    assert briefing.previous_meeting_on == dt.date(2025, 2, 26)
    assert [s.text for s in briefing.new_signals] == ["Nieuw signaal"]
    assert briefing.question == "Plan vaststellen?"
    assert [(a.partner_id, a.status) for a in briefing.attendance] == [
        (region.school.id, Attendance.AFWEZIG_MK)]
    assert "vergadermodus" in recent_entries(ctx, 1)[0].summary


def test_drafts_are_kept_per_user_item_and_field_and_removed_when_empty(ctx, case):
    meeting = _meeting(ctx)
    item = meetings.add_case_item(ctx, meeting.id, case.id)
    meeting_mode.save_drafts(ctx, {(item.id, "contribution"): "De moeder ver"})
    meeting_mode.save_drafts(ctx, {(item.id, "contribution"): "De moeder vertelt",
                                   (item.id, "decision"): "Besluit"})
    assert meeting_mode.drafts(ctx, meeting.id) == {(item.id, "contribution"): "De moeder vertelt",
                                                    (item.id, "decision"): "Besluit"}
    meeting_mode.save_drafts(ctx, {(item.id, "decision"): "  "})
    meeting_mode.clear_draft(ctx, item.id, "contribution")
    assert meeting_mode.drafts(ctx, meeting.id) == {}


def test_decision_context_lists_subjects_informed_reporters_and_escalations(ctx, case, region):
    from casusoverleg_desktop.domain.enums import EscalationDirection, InformedStatus
    from casusoverleg_desktop.services import assessments

    cases.add_subject(ctx, case.id, "Moeder V.", SubjectRole.GERELATEERD, relation="moeder")
    daan = cases.add_subject(ctx, case.id, "Daan V.", SubjectRole.PRIMAIR)
    cases.record_informed(ctx, case.id, daan.id, InformedStatus.UITGESTELD, postponement_reason="onderzoek",
                          review_date=dt.date(2025, 5, 1))
    reporter = cases.add_reporter(ctx, case.id, dt.date(2025, 3, 1), partner_id=region.school.id)
    cases.record_feedback(ctx, reporter.id, dt.date(2025, 3, 5), "mentor", "Casus wordt besproken")
    assessments.record_escalation(ctx, case.id, EscalationDirection.OPSCHALEN, "Dreiging",
                                  dt.date(2025, 3, 20))
    cases.set_review_date(ctx, case.id, dt.date(2025, 6, 1))
    item = meetings.add_case_item(ctx, _meeting(ctx).id, case.id)
    context = meeting_mode.decision_context(ctx, item.id)
    assert [(s.pseudonym, s.informed) for s in context.subjects] == [
        ("Daan V.", InformedStatus.UITGESTELD), ("Moeder V.", None)]
    assert context.subjects[0].informed_review_date == dt.date(2025, 5, 1)
    assert [(r.id, r.last_feedback_on) for r in context.reporters] == [(reporter.id, dt.date(2025, 3, 5))]
    assert [e.reason for e in context.escalations] == ["Dreiging"]
    assert context.next_review_date == dt.date(2025, 6, 1)


def test_meeting_mode_view_is_what_the_single_reads_say_in_one_unit_of_work(ctx, case, region):
    earlier = _meeting(ctx, dt.date(2025, 2, 26))
    meetings.add_case_item(ctx, earlier.id, case.id)
    actions.create_action(ctx, earlier.id, "Gesprek met ouders", region.school.id,
                          due_date=dt.date(2025, 3, 20), case_id=case.id)
    cases.add_subject(ctx, case.id, "Daan V.", SubjectRole.PRIMAIR)
    meeting = _meeting(ctx)
    item = meetings.add_case_item(ctx, meeting.id, case.id, invited_partner_ids=[region.school.id])
    decisions.record_decision(ctx, meeting.id, "Opschalen", agenda_item_id=item.id)
    actions.create_action(ctx, meeting.id, "Huisbezoek", region.jeugdteam.id, case_id=case.id,
                          agenda_item_id=item.id, ongoing=True)
    meeting_mode.save_drafts(ctx, {(item.id, "contribution"): "De moeder ver"})

    counting, units = counted(ctx)
    view = meeting_mode.meeting_mode_view(counting, meeting.id)
    assert units.opened == 1
    assert view.meeting == meetings.get_meeting(ctx, meeting.id)
    assert list(view.agenda) == meetings.agenda(ctx, meeting.id)
    assert list(view.partners) == partners.list_partners(ctx)
    assert list(view.professionals) == partners.list_professionals(ctx)
    assert view.cases == meeting_mode.case_labels(ctx, [case.id])
    assert [d.text for d in view.decisions] == ["Opschalen"]
    assert list(view.decisions) == decisions.decisions(ctx, meeting.id)
    assert list(view.actions) == meeting_mode.meeting_actions(ctx, meeting.id)
    assert [(i, a.description) for i, a in view.actions] == [(item.id, "Huisbezoek")]
    assert [r.action.description for r in view.reviews] == ["Gesprek met ouders"]
    assert list(view.reviews) == actions.review_list(ctx, meeting.id)
    assert view.drafts == {(item.id, "contribution"): "De moeder ver"}


def test_meeting_mode_view_of_an_unknown_meeting_is_not_found(ctx):
    with pytest.raises(NotFound):
        meeting_mode.meeting_mode_view(ctx, 999)

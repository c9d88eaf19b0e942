import datetime as dt

from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    CaseStatus,
    ClosureReason,
    InformedStatus,
    LegalBasis,
    MeetingStatus,
    MeetingType,
    Relation,
    SubjectRole,
)
from casusoverleg_desktop.services import actions, cases, meetings
from casusoverleg_desktop.services.overview import chair_overview

TODAY = dt.date(2025, 5, 14)  # a Wednesday


def test_next_meetings_exclude_past_held_and_cancelled(ctx):
    meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 4, 9))
    upcoming = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 5, 15))
    cancelled = meetings.create_meeting(ctx, MeetingType.MAR, dt.date(2025, 5, 20))
    meetings.set_meeting_status(ctx, cancelled.id, MeetingStatus.GEANNULEERD)
    assert [m.id for m in chair_overview(ctx, TODAY).upcoming_meetings] == [upcoming.id]


def test_overdue_actions_and_due_this_week(ctx, region, case):
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 3, 20))

    def action(description, **when):
        return actions.create_action(ctx, meeting.id, description, region.school.id,
                                     case_id=case.id, **when)

    overdue = action("Te laat", due_date=dt.date(2025, 5, 1))
    this_week = action("Deze week", due_date=dt.date(2025, 5, 18))
    action("Volgende week", due_date=dt.date(2025, 5, 19))
    action("Voorwaarde", condition="Bij overtreding")
    done = action("Klaar", due_date=dt.date(2025, 4, 1))
    actions.set_action_status(ctx, done.id, ActionStatus.AFGEROND)
    overview = chair_overview(ctx, TODAY)
    assert [a.id for a in overview.overdue_actions] == [overdue.id]
    assert [a.id for a in overview.actions_due_this_week] == [this_week.id]
    assert overview.overdue_actions[0].case_code == "LV-2025-014"


def test_open_cases_with_their_next_review(ctx, case):
    monitored = cases.create_case(ctx, "LV-2025-021", LegalBasis.PGA, dt.date(2025, 3, 1))
    cases.set_review_date(ctx, monitored.id, dt.date(2025, 7, 10))
    overdue = cases.create_case(ctx, "LV-2025-007", LegalBasis.PGA, dt.date(2025, 1, 1))
    cases.set_review_date(ctx, overdue.id, dt.date(2025, 5, 1))
    reviews = chair_overview(ctx, TODAY).case_reviews
    assert [(r.code, r.next_review_date, r.overdue) for r in reviews] == [
        ("LV-2025-014", None, False),
        ("LV-2025-007", dt.date(2025, 5, 1), True),
        ("LV-2025-021", dt.date(2025, 7, 10), False),
    ]


def test_closed_cases_leave_the_review_list(ctx, admitted_case):
    case = admitted_case
    cases.close_case(ctx, case.id, ClosureReason.DOELEN_BEREIKT, "Doelen gehaald",
                     dt.date(2025, 5, 1))
    assert chair_overview(ctx, TODAY).case_reviews == ()
    assert cases.open_case(ctx, case.id).case.status is CaseStatus.AFGESLOTEN


def test_reporters_past_respond_by_without_feedback(ctx, case, region):
    waiting = cases.add_reporter(ctx, case.id, dt.date(2025, 5, 1), partner_id=region.school.id,
                                 person="J. Hekman")
    answered = cases.add_reporter(ctx, case.id, dt.date(2025, 5, 1), person="wijkagent")
    cases.record_feedback(ctx, answered.id, dt.date(2025, 5, 5), "wijkagent", "Gewogen.")
    cases.add_reporter(ctx, case.id, dt.date(2025, 5, 13), person="jongerenwerker")
    rows = chair_overview(ctx, TODAY).reporters_waiting
    assert [(r.reporter_id, r.reporter, r.respond_by) for r in rows] == [
        (waiting.id, "Lindeveld College – J. Hekman", dt.date(2025, 5, 8))]


def test_postponed_informing_past_its_review_date(ctx, case):
    daan = cases.add_subject(ctx, case.id, "Daan V.", SubjectRole.PRIMAIR, age=15)
    mother = cases.add_subject(ctx, case.id, "Monique V.", SubjectRole.GERELATEERD,
                               relation=Relation.MOEDER)
    due = cases.record_informed(ctx, case.id, daan.id, InformedStatus.UITGESTELD,
                                postponement_reason="Lopend onderzoek Veilig Thuis",
                                review_date=dt.date(2025, 5, 10))
    cases.record_informed(ctx, case.id, mother.id, InformedStatus.UITGESTELD,
                          postponement_reason="Eerst vader spreken",
                          review_date=dt.date(2025, 6, 1))
    rows = chair_overview(ctx, TODAY).postponed_informing_due
    assert [(r.record_id, r.subject) for r in rows] == [(due.id, "Daan V.")]
    cases.record_informed(ctx, case.id, daan.id, InformedStatus.JA, informed_on=TODAY)
    assert chair_overview(ctx, TODAY).postponed_informing_due == ()

"""Closing a case settles its open ends: actions, reporters waiting for feedback, postponed informing."""

import datetime as dt

import pytest

from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    CaseStatus,
    ClosureReason,
    InformedStatus,
    MeetingType,
    SubjectRole,
)
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import actions, case_closing, cases, meetings, overview
from casusoverleg_desktop.services.case_closing import (
    ActionChoice,
    ActionDisposition,
    FeedbackDisposition,
    InformedDisposition,
)

DAY = dt.date(2025, 3, 12)
CLOSED = dt.date(2025, 6, 2)
WHY = "Doelen bereikt; warme overdracht aan het jeugdteam."


@pytest.fixture
def loose_ends(ctx, admitted_case, region):
    """An admitted case with two open actions, a reporter waiting and a postponed informing."""
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, DAY)
    a1 = actions.create_action(ctx, meeting.id, "Gesprek met Daan.", region.jeugdteam.id,
                               case_id=admitted_case.id, due_date=dt.date(2025, 3, 20))
    a2 = actions.create_action(ctx, meeting.id, "Verzuim volgen.", region.school.id,
                               case_id=admitted_case.id, due_date=dt.date(2025, 3, 26))
    reporter = cases.add_reporter(ctx, admitted_case.id, dt.date(2025, 2, 10), partner_id=region.school.id,
                                  person="J. Hekman")
    daan = cases.add_subject(ctx, admitted_case.id, "Daan V.", SubjectRole.PRIMAIR, age=15)
    postponed = cases.record_informed(ctx, admitted_case.id, daan.id, InformedStatus.UITGESTELD,
                                      postponement_reason="Onderzoek loopt", review_date=dt.date(2025, 4, 1))
    return admitted_case, a1, a2, reporter, postponed


def test_open_ends_lists_what_closing_must_settle(ctx, loose_ends):
    case, a1, a2, reporter, postponed = loose_ends
    ends = case_closing.open_ends(ctx, case.id)
    assert [(a.id, a.label, a.owner) for a in ends.actions] == [
        (a1.id, "A1 (12-03-2025)", "Jeugdteam Lindeveld"), (a2.id, "A2 (12-03-2025)", "Lindeveld College")]
    assert [(f.reporter_id, f.reporter) for f in ends.feedback] == [
        (reporter.id, "Lindeveld College – J. Hekman")]
    assert [(i.record_id, i.subject, i.review_date) for i in ends.informing] == [
        (postponed.id, "Daan V.", dt.date(2025, 4, 1))]
    assert not ends.empty


def test_closing_with_an_open_end_undecided_is_refused_and_changes_nothing(ctx, loose_ends):
    case, a1, a2, reporter, postponed = loose_ends
    with pytest.raises(ValidationError, match=r"kan pas worden afgesloten .* actiepunt A2 \(12-03-2025\) "
                       r"\(Verzuim volgen.\); de terugkoppeling aan Lindeveld College"):
        case_closing.close_with(ctx, case.id, ClosureReason.DOELEN_BEREIKT, WHY, CLOSED,
                                actions=[ActionDisposition(a1.id, ActionChoice.AFRONDEN)],
                                informing=[InformedDisposition(postponed.id, True, "casusregisseur")])
    assert cases.open_case(ctx, case.id).case.status is not CaseStatus.AFGESLOTEN
    assert actions.action_list(ctx, case_id=case.id)[0].status is ActionStatus.OPEN


@pytest.mark.parametrize(("disposition", "message"), [
    (ActionDisposition(0, ActionChoice.VERVALLEN), "waarom actiepunt A1 .* vervalt"),
    (ActionDisposition(0, ActionChoice.OVERDRAGEN, note="Loopt door"), "aan welke partner"),
    (ActionDisposition(0, ActionChoice.OVERDRAGEN, partner_id=-1), "toelichting bij de overdracht"),
])
def test_each_action_choice_needs_what_it_needs(ctx, loose_ends, region, disposition, message):
    case, a1, a2, reporter, postponed = loose_ends
    partner_id = region.school.id if disposition.partner_id == -1 else disposition.partner_id
    chosen = ActionDisposition(a1.id, disposition.choice, disposition.note, partner_id)
    with pytest.raises(ValidationError, match=message):
        case_closing.close_with(
            ctx, case.id, ClosureReason.DOELEN_BEREIKT, WHY, CLOSED,
            actions=[chosen, ActionDisposition(a2.id, ActionChoice.AFRONDEN)],
            feedback=[FeedbackDisposition(reporter.id, no_feedback_reason="Melder vertrokken")],
            informing=[InformedDisposition(postponed.id, True, "casusregisseur")])
    assert actions.action_list(ctx, case_id=case.id)[0].status is ActionStatus.OPEN


@pytest.mark.parametrize("feedback", [
    FeedbackDisposition(0), FeedbackDisposition(0, content="Besproken", no_feedback_reason="Geen"),
    FeedbackDisposition(0, content="Besproken")])
def test_feedback_is_given_or_its_absence_explained(ctx, loose_ends, feedback):
    case, a1, a2, reporter, postponed = loose_ends
    with pytest.raises(ValidationError, match="terugkoppeling"):
        case_closing.close_with(
            ctx, case.id, ClosureReason.DOELEN_BEREIKT, WHY, CLOSED,
            actions=[ActionDisposition(a.id, ActionChoice.AFRONDEN) for a in (a1, a2)],
            feedback=[FeedbackDisposition(reporter.id, feedback.content, feedback.given_to,
                                          feedback.no_feedback_reason)],
            informing=[InformedDisposition(postponed.id, True, "casusregisseur")])


def test_closing_without_a_reason_is_refused_before_anything_else(ctx, loose_ends):
    case = loose_ends[0]
    with pytest.raises(ValidationError, match="alleen met een reden"):
        case_closing.close_with(ctx, case.id, None, WHY, CLOSED)


def test_a_disposition_for_another_case_is_refused(ctx, loose_ends, region):
    case, a1, a2, reporter, postponed = loose_ends
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, DAY + dt.timedelta(days=7))
    stray = actions.create_action(ctx, meeting.id, "Los punt.", region.school.id, due_date=CLOSED)
    with pytest.raises(ValidationError, match="hoort niet bij een open punt"):
        case_closing.close_with(
            ctx, case.id, ClosureReason.DOELEN_BEREIKT, WHY, CLOSED,
            actions=[ActionDisposition(a.id, ActionChoice.AFRONDEN) for a in (a1, a2, stray)],
            feedback=[FeedbackDisposition(reporter.id, no_feedback_reason="Melder vertrokken")],
            informing=[InformedDisposition(postponed.id, True, "casusregisseur")])


def test_closing_settles_every_open_end_and_leaves_the_work_lists(ctx, loose_ends, region):
    case, a1, a2, reporter, postponed = loose_ends
    seen = overview.chair_overview(ctx, today=dt.date(2025, 5, 1))
    assert {a.id for a in seen.overdue_actions} == {a1.id, a2.id}
    assert seen.reporters_waiting and seen.postponed_informing_due
    closed = case_closing.close_with(
        ctx, case.id, ClosureReason.DOELEN_BEREIKT, WHY, CLOSED,
        actions=[ActionDisposition(a1.id, ActionChoice.OVERDRAGEN,
                                   "Jeugdteam gaat door in het voorliggend veld", region.jeugdteam.id),
                 ActionDisposition(a2.id, ActionChoice.VERVALLEN, "Daan is van school")],
        feedback=[FeedbackDisposition(reporter.id, no_feedback_reason="Melder is niet meer bij de school")],
        informing=[InformedDisposition(postponed.id, False, "Contact met vader is niet veilig")])
    assert (closed.status, closed.closed_on) == (CaseStatus.AFGESLOTEN, CLOSED)
    done = {a.id: a for a in actions.action_list(ctx, case_id=case.id, include_closed=True)}
    assert (done[a1.id].status, done[a1.id].status_note, done[a1.id].closed_on) == (
        ActionStatus.OVERGEDRAGEN, "Overgedragen aan Jeugdteam Lindeveld: Jeugdteam gaat door in het "
        "voorliggend veld", CLOSED)
    assert (done[a2.id].status, done[a2.id].status_note) == (ActionStatus.VERVALLEN, "Daan is van school")
    detail = cases.open_case(ctx, case.id)
    current = [r for r in detail.informed if not r.superseded]
    assert [(r.status, r.postponement_reason, r.review_date) for r in current] == [
        (InformedStatus.NEE, "Contact met vader is niet veilig", None)]
    assert detail.transitions[-1].rationale == (
        f"{WHY}\nGeen terugkoppeling aan Lindeveld College – J. Hekman: Melder is niet meer bij de school")
    ends = case_closing.open_ends(ctx, case.id)
    assert not (ends.actions or ends.informing)  # the reporter's missing feedback is explained above
    later = overview.chair_overview(ctx, today=dt.date(2025, 6, 3))
    assert not (later.overdue_actions or later.reporters_waiting or later.postponed_informing_due)


def test_feedback_given_at_closure_is_recorded(ctx, loose_ends):
    case, a1, a2, reporter, postponed = loose_ends
    case_closing.close_with(
        ctx, case.id, ClosureReason.DOELEN_BEREIKT, WHY, CLOSED,
        actions=[ActionDisposition(a.id, ActionChoice.AFRONDEN) for a in (a1, a2)],
        feedback=[FeedbackDisposition(reporter.id, "De aanpak is afgerond.", "J. Hekman")],
        informing=[InformedDisposition(postponed.id, True, "casusregisseur, met moeder")])
    given = cases.open_case(ctx, case.id).reporters[0].feedback
    assert [(f.given_on, f.given_to, f.content) for f in given] == [
        (CLOSED, "J. Hekman", "De aanpak is afgerond.")]


def test_a_closed_case_leaves_the_work_lists_even_when_closed_the_old_way(ctx, loose_ends):
    case = loose_ends[0]
    cases.close_case(ctx, case.id, ClosureReason.DOELEN_BEREIKT, WHY, CLOSED)
    later = overview.chair_overview(ctx, today=dt.date(2025, 6, 3))
    assert not (later.overdue_actions or later.reporters_waiting or later.postponed_informing_due
                or any(r.case_id == case.id for r in later.case_reviews))

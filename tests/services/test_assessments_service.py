import datetime as dt

import pytest

from casusoverleg_desktop.domain.enums import (
    AssessmentOutcome,
    CaseStatus,
    EscalationDirection,
    LegalBasis,
    MeetingType,
)
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import assessments, cases, decisions, meetings
from casusoverleg_desktop.services.assessments import PanelMember


def _to_weging(ctx, case):
    cases.transition_case(ctx, case.id, CaseStatus.SCREENING)
    cases.transition_case(ctx, case.id, CaseStatus.WEGING)


def test_assessment_records_panel_and_moves_the_case(ctx, case, region):
    _to_weging(ctx, case)
    result = assessments.record_assessment(
        ctx, case.id, dt.date(2025, 2, 12), AssessmentOutcome.MEER_INFORMATIE_NODIG,
        "Onvoldoende zicht op online contacten.", [PanelMember(region.gemeente.id)])
    assert result.case_status is CaseStatus.MEER_INFORMATIE_NODIG
    cases.transition_case(ctx, case.id, CaseStatus.WEGING, "Aanvullende informatie binnen")


def test_assessment_outside_weging_is_refused(ctx, case, region):
    with pytest.raises(ValidationError, match="niet in 'Weging'"):
        assessments.record_assessment(ctx, case.id, dt.date(2025, 2, 12),
                                      AssessmentOutcome.GEEN_ACTIE_NODIG, "Geen zorgen.",
                                      [PanelMember(region.gemeente.id)])


def test_assessment_needs_a_panel(ctx, case):
    _to_weging(ctx, case)
    with pytest.raises(ValidationError, match="wegingspanel"):
        assessments.record_assessment(ctx, case.id, dt.date(2025, 2, 12),
                                      AssessmentOutcome.GEEN_ACTIE_NODIG, "Geen zorgen.", [])


def test_escalation_is_an_event_with_reason_and_decision(ctx, case, region):
    meeting = meetings.create_meeting(ctx, MeetingType.SPOEDOVERLEG, dt.date(2025, 3, 1))
    decision = decisions.record_decision(ctx, meeting.id, "Opschalen naar spoedoverleg.",
                                         case_id=case.id)
    event = assessments.record_escalation(ctx, case.id, EscalationDirection.OPSCHALEN,
                                          "Uiting met concrete dreiging.", dt.date(2025, 3, 1),
                                          decision_id=decision.id)
    assert event.decision_id == decision.id
    assert cases.open_case(ctx, case.id).case.status is CaseStatus.SIGNAAL_ONTVANGEN
    with pytest.raises(ValidationError, match="Vul de reden om te afschalen in"):
        assessments.record_escalation(ctx, case.id, EscalationDirection.AFSCHALEN, " ",
                                      dt.date(2025, 4, 1))


def test_escalation_decision_must_concern_the_case(ctx, case):
    other = cases.create_case(ctx, "LV-2025-021", LegalBasis.PGA, dt.date(2025, 3, 1))
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 3, 1))
    decision = decisions.record_decision(ctx, meeting.id, "Iets.", case_id=other.id)
    with pytest.raises(ValidationError, match="andere casus"):
        assessments.record_escalation(ctx, case.id, EscalationDirection.OPSCHALEN, "Reden",
                                      dt.date(2025, 3, 1), decision_id=decision.id)

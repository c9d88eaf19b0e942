"""The weging (assessment) of a case and its escalation or de-escalation events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from casusoverleg_desktop.domain.enums import AssessmentOutcome, CaseStatus, EscalationDirection
from casusoverleg_desktop.domain.rules import require_text
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services.cases import move_case
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import check_case_open, check_professional_of, fetch
from casusoverleg_desktop.store.models import (
    Assessment,
    AssessmentPanelMember,
    Case,
    Decision,
    EscalationEvent,
    Partner,
)


@dataclass(frozen=True)
class PanelMember:
    partner_id: int
    professional_id: int | None = None
    panel_role: str | None = None


@dataclass(frozen=True)
class AssessmentInfo:
    id: int
    case_id: int
    assessed_on: dt.date
    outcome: AssessmentOutcome
    outcome_detail: str | None
    rationale: str
    panel: tuple[PanelMember, ...]
    case_status: CaseStatus


@dataclass(frozen=True)
class EscalationInfo:
    id: int
    case_id: int
    direction: EscalationDirection
    occurred_on: dt.date
    reason: str
    decision_id: int | None


def record_assessment(
    ctx: ServiceContext, case_id: int, assessed_on: dt.date, outcome: AssessmentOutcome,
    rationale: str | None, panel: Sequence[PanelMember], *, outcome_detail: str | None = None,
    meeting_id: int | None = None,
) -> AssessmentInfo:
    """Record the weging and move the case to its outcome; the rationale is required."""
    if not panel:
        raise ValidationError("Noem wie de weging hebben gedaan (het wegingspanel).")
    with ctx.unit_of_work() as session:
        case = fetch(session, Case, case_id)
        if case.status is not CaseStatus.WEGING:
            raise ValidationError(
                f"Casus {case.code} is in '{case.status.label}', niet in 'Weging': "
                "een weging kan nu niet worden vastgelegd."
            )
        move_case(session, ctx, case, outcome.case_status, rationale, meeting_id)
        assert rationale is not None  # move_case refuses a weging without one
        assessment = Assessment(case_id=case_id, assessed_on=assessed_on, outcome=outcome,
                                outcome_detail=outcome_detail, rationale=rationale.strip(),
                                meeting_id=meeting_id)
        session.add(assessment)
        session.flush()
        for member in panel:
            fetch(session, Partner, member.partner_id)
            check_professional_of(session, member.professional_id, member.partner_id)
            session.add(AssessmentPanelMember(
                assessment_id=assessment.id, partner_id=member.partner_id,
                professional_id=member.professional_id, panel_role=member.panel_role,
            ))
        return AssessmentInfo(assessment.id, case_id, assessed_on, outcome, outcome_detail,
                              assessment.rationale, tuple(panel), case.status)


def record_escalation(
    ctx: ServiceContext, case_id: int, direction: EscalationDirection, reason: str | None,
    occurred_on: dt.date, *, decision_id: int | None = None,
) -> EscalationInfo:
    """Opschalen or afschalen: an event with a written reason, not a status."""
    reason = require_text(reason, f"de reden om te {direction.label.lower()}")
    with ctx.unit_of_work() as session:
        case = fetch(session, Case, case_id)
        check_case_open(case)
        if decision_id is not None:
            decision = fetch(session, Decision, decision_id)
            if decision.case_id not in (None, case_id):
                raise ValidationError("Dit besluit gaat over een andere casus.")
        event = EscalationEvent(case_id=case_id, direction=direction, occurred_on=occurred_on,
                                reason=reason, decision_id=decision_id, recorded_by=ctx.actor)
        session.add(event)
        session.flush()
        return EscalationInfo(event.id, case_id, direction, occurred_on, reason, decision_id)

"""The case lifecycle: which status may follow which, and when a written rationale is required."""

from __future__ import annotations

from casusoverleg_desktop.domain.enums import AssessmentOutcome, CaseStatus, ClosureReason
from casusoverleg_desktop.errors import ValidationError

S = CaseStatus

_WEGING_OUTCOMES = frozenset(outcome.case_status for outcome in AssessmentOutcome)
_CLOSABLE = frozenset({
    S.GEEN_ACTIE_NODIG, S.ADVIES_AAN_MELDER, S.STRAFRECHTELIJK_SPOOR, S.OPGENOMEN_IN_AANPAK,
    S.BEELD_EN_OORDEELSVORMING, S.PLAN_VASTGESTELD, S.UITVOERING, S.MONITORING, S.NAZORG,
})

TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    S.SIGNAAL_ONTVANGEN: frozenset({S.SCREENING}),
    S.SCREENING: frozenset({S.WEGING}),
    S.WEGING: _WEGING_OUTCOMES,
    S.MEER_INFORMATIE_NODIG: frozenset({S.SCREENING, S.WEGING}),
    S.GEEN_ACTIE_NODIG: frozenset(),
    S.ADVIES_AAN_MELDER: frozenset(),
    S.STRAFRECHTELIJK_SPOOR: frozenset({S.WEGING}),
    S.OPGENOMEN_IN_AANPAK: frozenset({S.BEELD_EN_OORDEELSVORMING}),
    S.BEELD_EN_OORDEELSVORMING: frozenset({S.PLAN_VASTGESTELD}),
    S.PLAN_VASTGESTELD: frozenset({S.UITVOERING}),
    S.UITVOERING: frozenset({S.MONITORING, S.NAZORG}),
    S.MONITORING: frozenset({S.PLAN_VASTGESTELD, S.UITVOERING, S.NAZORG}),
    S.NAZORG: frozenset({S.MONITORING}),
    S.AFGESLOTEN: frozenset({S.BEWAARTERMIJN_LOOPT}),
    S.BEWAARTERMIJN_LOOPT: frozenset({S.VERNIETIGD}),
    S.VERNIETIGD: frozenset(),
}
for _status in _CLOSABLE:
    TRANSITIONS[_status] = TRANSITIONS[_status] | {S.AFGESLOTEN}

INITIAL_STATUS = S.SIGNAAL_ONTVANGEN
OPEN_STATUSES = frozenset(TRANSITIONS) - {S.AFGESLOTEN, S.BEWAARTERMIJN_LOOPT, S.VERNIETIGD}


def allowed_next(status: CaseStatus) -> frozenset[CaseStatus]:
    return TRANSITIONS[status]


def needs_rationale(from_status: CaseStatus, to_status: CaseStatus) -> bool:
    """The weging outcome and the closure must be explained in writing."""
    return from_status is S.WEGING or to_status is S.AFGESLOTEN


def check_transition(
    from_status: CaseStatus, to_status: CaseStatus, rationale: str | None = None
) -> None:
    """Raise ``ValidationError`` (Dutch reason) unless the lifecycle allows this step."""
    allowed = TRANSITIONS[from_status]
    if to_status not in allowed:
        if allowed:
            options = ", ".join(sorted(f"'{status.label}'" for status in allowed))
            hint = f"Vanuit '{from_status.label}' kan de casus alleen naar {options}."
        else:
            hint = f"'{from_status.label}' is een eindstatus zonder vervolgstap."
        raise ValidationError(
            f"De casus kan niet van '{from_status.label}' naar '{to_status.label}'. {hint}"
        )
    if needs_rationale(from_status, to_status) and not (rationale and rationale.strip()):
        what = "de afsluiting" if to_status is S.AFGESLOTEN else "de uitkomst van de weging"
        raise ValidationError(f"Geef een schriftelijke onderbouwing voor {what}.")


def check_closure(
    from_status: CaseStatus, reason: ClosureReason | None, rationale: str | None
) -> None:
    """Closing needs an allowed step, a closure reason and a written rationale."""
    if reason is None:
        raise ValidationError(
            "Een casus afsluiten kan alleen met een reden: "
            + ", ".join(r.label.lower() for r in ClosureReason) + "."
        )
    check_transition(from_status, S.AFGESLOTEN, rationale)

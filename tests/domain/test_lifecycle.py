import pytest

from casusoverleg_desktop.domain.enums import CaseStatus as S
from casusoverleg_desktop.domain.enums import ClosureReason
from casusoverleg_desktop.domain.lifecycle import (
    OPEN_STATUSES,
    TRANSITIONS,
    check_closure,
    check_transition,
    needs_rationale,
)
from casusoverleg_desktop.errors import ValidationError

SCENARIO_PATH = [
    S.SIGNAAL_ONTVANGEN, S.SCREENING, S.WEGING, S.OPGENOMEN_IN_AANPAK,
    S.BEELD_EN_OORDEELSVORMING, S.PLAN_VASTGESTELD, S.UITVOERING, S.MONITORING, S.NAZORG,
    S.AFGESLOTEN, S.BEWAARTERMIJN_LOOPT, S.VERNIETIGD,
]


def test_every_status_has_a_row_in_the_table():
    assert set(TRANSITIONS) == set(S)


def test_the_full_lifecycle_path_is_allowed_with_rationales():
    for current, following in zip(SCENARIO_PATH, SCENARIO_PATH[1:], strict=False):
        check_transition(current, following, "onderbouwing")


@pytest.mark.parametrize("outcome", [
    S.GEEN_ACTIE_NODIG, S.MEER_INFORMATIE_NODIG, S.ADVIES_AAN_MELDER, S.STRAFRECHTELIJK_SPOOR,
    S.OPGENOMEN_IN_AANPAK,
])
def test_weging_outcome_needs_a_written_rationale(outcome):
    assert needs_rationale(S.WEGING, outcome)
    with pytest.raises(ValidationError, match="onderbouwing voor de uitkomst van de weging"):
        check_transition(S.WEGING, outcome, "   ")
    check_transition(S.WEGING, outcome, "Meerdere feitelijke uitingen.")


def test_meer_informatie_nodig_goes_back_to_weging():
    check_transition(S.MEER_INFORMATIE_NODIG, S.WEGING)
    check_transition(S.MEER_INFORMATIE_NODIG, S.SCREENING)


def test_skipping_the_weging_is_refused_with_the_reason():
    with pytest.raises(ValidationError) as refused:
        check_transition(S.SIGNAAL_ONTVANGEN, S.UITVOERING)
    assert str(refused.value) == (
        "De casus kan niet van 'Signaal ontvangen' naar 'Uitvoering'. "
        "Vanuit 'Signaal ontvangen' kan de casus alleen naar 'Screening en verrijking'."
    )


def test_a_destroyed_case_has_no_next_step():
    with pytest.raises(ValidationError, match="'Vernietigd' is een eindstatus"):
        check_transition(S.VERNIETIGD, S.SIGNAAL_ONTVANGEN)


def test_monitoring_can_revise_the_plan():
    check_transition(S.MONITORING, S.PLAN_VASTGESTELD)


def test_closing_needs_a_reason():
    with pytest.raises(ValidationError, match="alleen met een reden"):
        check_closure(S.NAZORG, None, "Warme overdracht gedaan.")


def test_closing_needs_a_rationale():
    with pytest.raises(ValidationError, match="onderbouwing voor de afsluiting"):
        check_closure(S.NAZORG, ClosureReason.OVERGEDRAGEN, "")


def test_a_case_cannot_be_closed_before_it_was_weighed():
    with pytest.raises(ValidationError,
                       match="niet van 'Screening en verrijking' naar 'Afgesloten'"):
        check_closure(S.SCREENING, ClosureReason.ANDERS, "Verkeerd ingevoerd.")


def test_open_statuses_exclude_closure_retention_and_destruction():
    assert S.MONITORING in OPEN_STATUSES
    assert not {S.AFGESLOTEN, S.BEWAARTERMIJN_LOOPT, S.VERNIETIGD} & OPEN_STATUSES

import datetime as dt

import pytest

from casusoverleg_desktop.domain.agenda import STANDARD_AGENDA, closing_line
from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    DataCategory,
    InformedStatus,
    LegalBasis,
    Relation,
    StatementType,
    SubjectRole,
)
from casusoverleg_desktop.domain.rules import (
    check_action_status_change,
    check_action_timing,
    check_case_code,
    check_informed,
    check_legal_basis,
    check_meeting_times,
    check_postponement,
    check_subject,
)
from casusoverleg_desktop.errors import ValidationError

DAY = dt.date(2025, 3, 5)


def test_enums_have_snake_case_values_and_dutch_labels():
    assert StatementType("hypothese").label == "Hypothese"
    assert DataCategory.STRAFRECHTELIJK.is_marked and not DataCategory.GEWOON.is_marked
    assert StatementType.choices() == "feit, mening, hypothese"


def test_uitgesteld_needs_a_reason():
    with pytest.raises(ValidationError, match="waarom het informeren"):
        check_informed(InformedStatus.UITGESTELD, None, DAY)


def test_uitgesteld_needs_a_review_date():
    with pytest.raises(ValidationError, match="opnieuw wordt bekeken"):
        check_informed(InformedStatus.UITGESTELD, "Lopend onderzoek Veilig Thuis", None)


def test_review_date_belongs_only_to_uitgesteld():
    check_informed(InformedStatus.UITGESTELD, "Lopend onderzoek", DAY)
    check_informed(InformedStatus.JA, None, None)
    with pytest.raises(ValidationError, match="alleen bij 'uitgesteld'"):
        check_informed(InformedStatus.NEE, None, DAY)


def test_due_date_and_condition_together_are_refused():
    with pytest.raises(ValidationError, match="niet meer dan één"):
        check_action_timing(DAY, "Bij overtreding bijzondere voorwaarden", False)


def test_an_action_needs_a_when():
    with pytest.raises(ValidationError, match="termijn, een voorwaarde"):
        check_action_timing(None, "  ", False)


@pytest.mark.parametrize(("due", "condition", "ongoing"), [
    (DAY, None, False), (None, "Bij uitingen met concrete dreiging", False), (None, None, True),
])
def test_exactly_one_when_is_accepted(due, condition, ongoing):
    check_action_timing(due, condition, ongoing)


def test_postponing_needs_a_later_date_and_a_due_date():
    check_postponement(ActionStatus.OPEN, DAY, DAY + dt.timedelta(days=7))
    with pytest.raises(ValidationError, match="na de huidige termijn"):
        check_postponement(ActionStatus.OPEN, DAY, DAY)
    with pytest.raises(ValidationError, match="Alleen een actiepunt met een termijn"):
        check_postponement(ActionStatus.OPEN, None, DAY)
    with pytest.raises(ValidationError, match="'Afgerond' kan niet worden uitgesteld"):
        check_postponement(ActionStatus.AFGEROND, DAY, DAY + dt.timedelta(days=1))


def test_action_status_rules():
    check_action_status_change(ActionStatus.OPEN, ActionStatus.AFGEROND, None)
    with pytest.raises(ValidationError, match="waarom het actiepunt vervalt"):
        check_action_status_change(ActionStatus.OPEN, ActionStatus.VERVALLEN, None)
    with pytest.raises(ValidationError, match="waarom het afgesloten actiepunt wordt heropend"):
        check_action_status_change(ActionStatus.AFGEROND, ActionStatus.OPEN, "")
    with pytest.raises(ValidationError, match="eerst heropenen"):
        check_action_status_change(ActionStatus.AFGEROND, ActionStatus.VERVALLEN, "dubbel")
    with pytest.raises(ValidationError, match="heeft al de status"):
        check_action_status_change(ActionStatus.OPEN, ActionStatus.OPEN, None)


def test_subject_rules():
    check_subject(SubjectRole.GERELATEERD, Relation.MOEDER, None, None)
    with pytest.raises(ValidationError, match="relatie van deze gerelateerde"):
        check_subject(SubjectRole.GERELATEERD, None, None, None)
    with pytest.raises(ValidationError, match="niet allebei"):
        check_subject(SubjectRole.PRIMAIR, None, 15, dt.date(2010, 1, 1))


def test_covenant_basis_names_the_covenant():
    with pytest.raises(ValidationError, match="Noem het convenant"):
        check_legal_basis(LegalBasis.CONVENANT, None)
    check_legal_basis(LegalBasis.PGA, None)


def test_meeting_ends_after_it_starts():
    with pytest.raises(ValidationError, match=r"eindtijd \(09.00\) moet na de begintijd \(10.00\)"):
        check_meeting_times(dt.time(10), dt.time(9))


def test_standard_agenda_and_closing_line():
    kinds = [kind for kind, _ in STANDARD_AGENDA]
    assert kinds[0] is AgendaItemKind.OPENING and kinds[-1] is AgendaItemKind.SLUITING
    assert closing_line(dt.time(16, 5)) == "De voorzitter sluit de vergadering om 16.05 uur."


@pytest.mark.parametrize("code", ["LV-2025-014", "ZVH7-2026-0001", "A1"])
def test_case_codes_are_pseudonyms(code):
    assert check_case_code(f" {code} ") == code


@pytest.mark.parametrize("code", ["Daan Visser", "lv-2025-014", "LV--2025", "LV-XX", ""])
def test_a_name_cannot_be_a_case_code(code):
    with pytest.raises(ValidationError):
        check_case_code(code)

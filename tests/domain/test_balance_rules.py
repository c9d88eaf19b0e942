"""The balance sheet's rules, without storage."""

import pytest

from casusoverleg_desktop.domain.balance import (
    CARE_DOMAINS,
    SAFETY_DOMAINS,
    SCALE_ANCHORS,
    BalanceDomain,
    BalanceSide,
    Priority,
    check_dissent,
    check_domain_fits,
    check_priority,
    check_proportionality,
    check_rating,
    domains_for,
)
from casusoverleg_desktop.errors import ValidationError


def test_domains_are_the_lists_of_the_domain_description():
    assert [d.value for d in SAFETY_DOMAINS] == [
        "ideologie_overtuiging", "intentie_dreiging", "capaciteit_middelen", "netwerk_contacten",
        "gedrag_incidenten", "context_triggers"]
    assert [d.value for d in CARE_DOMAINS] == [
        "gezin_opvoeding", "school_werk", "gezondheid_ggz", "wonen_financien", "identiteit_zingeving",
        "sociaal_netwerk", "toekomstperspectief"]
    assert set(domains_for(BalanceSide.WAT_GAAT_GOED)) == set(BalanceDomain)


@pytest.mark.parametrize(("side", "domain"), [
    (BalanceSide.VEILIGHEID, BalanceDomain.WONEN_FINANCIEN),
    (BalanceSide.ZORG_ONTWIKKELING, BalanceDomain.INTENTIE_DREIGING),
])
def test_a_domain_must_fit_the_side(side, domain):
    with pytest.raises(ValidationError, match=f"hoort bij .*niet bij '{side.label}'"):
        check_domain_fits(side, domain)


@pytest.mark.parametrize(("side", "domain"), [
    (BalanceSide.VEILIGHEID, BalanceDomain.NETWERK_CONTACTEN),
    (BalanceSide.ZORG_ONTWIKKELING, BalanceDomain.SCHOOL_WERK),
    (BalanceSide.WAT_GAAT_GOED, BalanceDomain.NETWERK_CONTACTEN),
    (BalanceSide.WAT_GAAT_GOED, None),
])
def test_fitting_domains_pass(side, domain):
    check_domain_fits(side, domain)


@pytest.mark.parametrize("score", [-1, 11, 4.5, "5", True])
def test_ratings_are_whole_numbers_from_0_to_10(score):
    with pytest.raises(ValidationError, match="heel getal van 0 tot en met 10"):
        check_rating(score)


@pytest.mark.parametrize("score", [0, 5, 10, None])
def test_valid_ratings(score):
    check_rating(score)


@pytest.mark.parametrize("rationale", [None, "", "   \n"])
def test_a_priority_needs_a_written_rationale(rationale):
    with pytest.raises(ValidationError, match="Onderbouw de keuze 'Veiligheid voorop'"):
        check_priority(Priority.VEILIGHEID_VOOROP, rationale)


def test_no_priority_needs_no_rationale():
    check_priority(None, None)
    check_priority(Priority.IN_BALANS, "Voorwaarden nageleefd.")


def test_a_coercive_measure_needs_the_proportionality_answer():
    with pytest.raises(ValidationError, match="proportionaliteit en subsidiariteit") as refused:
        check_proportionality(["Twbmt-meldplicht"], "  ")
    assert "Twbmt-meldplicht" in refused.value.message
    check_proportionality(["Twbmt-meldplicht"], "Bijzondere voorwaarden volstaan.")
    check_proportionality([], None)


def test_dissent_needs_position_and_reason():
    with pytest.raises(ValidationError, match="standpunt"):
        check_dissent("", "Netwerkrisico.")
    with pytest.raises(ValidationError, match="reden"):
        check_dissent("Meldplicht.", None)


def test_anchor_texts():
    assert SCALE_ANCHORS[0] == "zo onveilig dat direct ingrijpen nodig is"
    assert SCALE_ANCHORS[10] == "veilig en stabiel genoeg om de casus af te sluiten"

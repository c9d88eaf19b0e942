"""The balance sheet's vocabulary and rules: weighing care against safety.

The sheet records what partners bring to the table and what the chair decides; it never computes a
decision. Counts per side exist for information only, and the tilt shown anywhere is the chair's
recorded priority.
"""

from __future__ import annotations

from collections.abc import Iterable

from casusoverleg_desktop.domain.enums import LabelledEnum
from casusoverleg_desktop.errors import ValidationError

SCALE_MIN, SCALE_MAX = 0, 10
SCALE_ANCHORS = {
    SCALE_MIN: "zo onveilig dat direct ingrijpen nodig is",
    SCALE_MAX: "veilig en stabiel genoeg om de casus af te sluiten",
}
# Licensed risk instruments are referred to, never reproduced: suggestions for the instrument field.
KNOWN_INSTRUMENTS = ("VERA-2R", "ERG22+", "ARIJ", "IR46", "RAC")


class BalanceSide(LabelledEnum):
    VEILIGHEID = "veiligheid", "Veiligheid"
    ZORG_ONTWIKKELING = "zorg_ontwikkeling", "Zorg & ontwikkeling"
    WAT_GAAT_GOED = "wat_gaat_goed", "Wat gaat goed"

    @property
    def describes(self) -> str:
        return {
            "veiligheid": "zorgen en risico's",
            "zorg_ontwikkeling": "behoeften",
            "wat_gaat_goed": "beschermende factoren en krachten",
        }[self.value]


class BalanceDomain(LabelledEnum):
    """Life domains of an entry: six on the safety side, seven on the care side."""

    IDEOLOGIE_OVERTUIGING = "ideologie_overtuiging", "Ideologie/overtuiging"
    INTENTIE_DREIGING = "intentie_dreiging", "Intentie/dreiging"
    CAPACITEIT_MIDDELEN = "capaciteit_middelen", "Capaciteit/middelen"
    NETWERK_CONTACTEN = "netwerk_contacten", "Netwerk/contacten"
    GEDRAG_INCIDENTEN = "gedrag_incidenten", "Gedrag/incidenten"
    CONTEXT_TRIGGERS = "context_triggers", "Context/triggers"
    GEZIN_OPVOEDING = "gezin_opvoeding", "Gezin/opvoeding"
    SCHOOL_WERK = "school_werk", "School/werk"
    GEZONDHEID_GGZ = "gezondheid_ggz", "Gezondheid/GGZ"
    WONEN_FINANCIEN = "wonen_financien", "Wonen/financiën"
    IDENTITEIT_ZINGEVING = "identiteit_zingeving", "Identiteit/zingeving"
    SOCIAAL_NETWERK = "sociaal_netwerk", "Sociaal netwerk"
    TOEKOMSTPERSPECTIEF = "toekomstperspectief", "Toekomstperspectief"

    @property
    def is_safety(self) -> bool:
        return self in SAFETY_DOMAINS


SAFETY_DOMAINS = tuple(BalanceDomain)[:6]
CARE_DOMAINS = tuple(BalanceDomain)[6:]


class Persistence(LabelledEnum):
    STATISCH = "statisch", "Statisch"
    DYNAMISCH = "dynamisch", "Dynamisch"


class Weight(LabelledEnum):
    """The contributing partner's judgement of how much an entry weighs."""

    LAAG = "laag", "Laag"
    MIDDEN = "midden", "Midden"
    HOOG = "hoog", "Hoog"


class Priority(LabelledEnum):
    """What weighs heavier now: chosen by the chair, with a written rationale."""

    VEILIGHEID_VOOROP = "veiligheid_voorop", "Veiligheid voorop"
    ZORG_VOOROP = "zorg_voorop", "Zorg voorop"
    IN_BALANS = "in_balans", "In balans"


class MeasureKind(LabelledEnum):
    BEGRENZEND = "begrenzend", "Begrenzend"
    ONDERSTEUNEND = "ondersteunend", "Ondersteunend"


class MeasureStatus(LabelledEnum):
    VOORGESTELD = "voorgesteld", "Voorgesteld"
    INGEZET = "ingezet", "Ingezet"
    AFGEWEZEN = "afgewezen", "Afgewezen"


def domains_for(side: BalanceSide) -> tuple[BalanceDomain, ...]:
    """The domains an entry on ``side`` may have; strengths can lie in any domain."""
    if side is BalanceSide.VEILIGHEID:
        return SAFETY_DOMAINS
    if side is BalanceSide.ZORG_ONTWIKKELING:
        return CARE_DOMAINS
    return tuple(BalanceDomain)


def check_domain_fits(side: BalanceSide, domain: BalanceDomain | None) -> None:
    if domain is None or domain in domains_for(side):
        return
    other = "de veiligheidskant" if domain.is_safety else "de zorgkant"
    raise ValidationError(
        f"Domein '{domain.label}' hoort bij {other}, niet bij '{side.label}'. "
        f"Kies een ander domein of zet de regel in de andere kolom."
    )


def check_rating(score: int | None, who: str = "De score") -> None:
    if score is None:
        return
    if isinstance(score, bool) or not isinstance(score, int) or not SCALE_MIN <= score <= SCALE_MAX:
        raise ValidationError(
            f"{who} moet een heel getal van {SCALE_MIN} tot en met {SCALE_MAX} zijn, niet '{score}'."
        )


def check_priority(priority: Priority | None, rationale: str | None) -> None:
    """A priority is never chosen without the chair's written rationale."""
    if priority is not None and not (rationale and rationale.strip()):
        raise ValidationError(
            f"Onderbouw de keuze '{priority.label}': een prioriteit wordt altijd met een "
            "schriftelijke motivering vastgelegd."
        )


def check_proportionality(coercive_measures: Iterable[str], answer: str | None) -> None:
    """A coercive measure, proposed, used or rejected, needs the proportionality answer."""
    named = list(coercive_measures)
    if named and not (answer and answer.strip()):
        raise ValidationError(
            f"Er is een dwangmaatregel aan de orde ('{named[0]}'). Beantwoord eerst de vraag naar "
            "proportionaliteit en subsidiariteit: is een minder ingrijpende route mogelijk, en zo ja, "
            "waarom wordt die niet gekozen?"
        )


def check_dissent(position: str | None, reason: str | None) -> None:
    if not (position and position.strip()):
        raise ValidationError("Noteer het standpunt van de partner die een afwijkende mening heeft.")
    if not (reason and reason.strip()):
        raise ValidationError("Noteer de reden van de afwijkende mening.")

"""The rules of a municipality's chain: who may be a contact, what makes a route complete, and which
routes loop back on themselves.

A route is a small directed graph of steps. The reporter enters at its entry steps (those no link
points to); at least one step must be a contact point the reporter can reach (a meldpunt, an
advice line or, for danger now, the police). Every step has a time limit in working days, and the
route promises the reporter feedback within a number of working days after the signal came in.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from casusoverleg_desktop.domain.enums import ChainLane, ChainRole, PartnerDomain
from casusoverleg_desktop.errors import ValidationError

CONTACT_ROLES = frozenset({ChainRole.MELDPUNT, ChainRole.ADVIES, ChainRole.ACUUT})
MAX_STEP_DAYS = 60
"""A step's time limit in working days: three months is already a route nobody follows."""

_LANE_OF_DOMAIN = {
    PartnerDomain.VOORVELD: ChainLane.VOORVELD, PartnerDomain.ONDERWIJS: ChainLane.VOORVELD,
    PartnerDomain.SOCIAAL: ChainLane.SOCIAAL, PartnerDomain.ZORG: ChainLane.ZORG,
    PartnerDomain.VEILIGHEID: ChainLane.VEILIGHEID,
}
# Words that make a mailbox or a function organisational ("meldpunt.radicalisering@…").
_ORGANISATIONAL_WORDS = frozenset((
    "aanmelding", "aanmeldingen", "aanspreekpunt", "advies", "adviespunt", "afdeling", "balie", "bureau",
    "casus", "casusoverleg", "contact", "contactpunt", "crisis", "dienst", "extremisme", "gemeente",
    "hulp", "info", "informatie", "intake", "jeugd", "jongerenwerk", "loket", "meldingen", "meldpunt",
    "noodhulp", "ondersteuning", "onderwijs", "piket", "politie", "radicalisering", "regie",
    "secretariaat", "service", "servicedesk", "signalen", "steunpunt", "team", "triage", "veiligheid",
    "veiligheidshuis", "veilig", "thuis", "weging", "wijkteam", "wijkteams", "wijkagent", "zorg", "zvh",
))
_HONORIFIC = re.compile(r"^\s*(dhr|mevr|mw|mr|drs|ir|dr|de heer|mevrouw)\b\.?", re.IGNORECASE)
_INITIALS = re.compile(r"^\s*(?:[A-Z]\.\s?){1,4}\s*(?:van |de |der |den |ter |ten )*[A-Z][a-z]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
_PHONE = re.compile(r"^[0-9+][0-9 ()-]{2,19}$")


def default_lane(domain: PartnerDomain) -> ChainLane:
    """The swimlane an organisation of this domain is drawn in (schools stand in the front line)."""
    return _LANE_OF_DOMAIN[domain]


def check_contact(function: str | None, phone: str | None, email: str | None,
                  person_names: Iterable[str] = ()) -> None:
    """Contact details are organisational (a function, a team number, a shared mailbox), never a
    private person's; ``person_names`` are the professionals the vault knows by name."""
    if not (function and function.strip()):
        raise ValidationError("Vul de functie of het team in dat bereikbaar is, zoals 'Meldpunt "
                              "radicalisering' of 'Wijkagent (via 0900-8844)'.")
    if not ((phone and phone.strip()) or (email and email.strip())):
        raise ValidationError("Geef een telefoonnummer of een gedeelde mailbox van de organisatie.")
    names = [n.strip().casefold() for n in person_names if n and len(n.strip()) > 3]
    for what, value in (("de functie", function), ("het telefoonnummer", phone), ("het e-mailadres", email)):
        folded = (value or "").casefold()
        for name in names:
            if name in folded:
                raise ValidationError(_personal(what, value or ""))
    if _HONORIFIC.search(function) or _INITIALS.search(function):
        raise ValidationError(_personal("de functie", function))
    if phone and phone.strip() and not _PHONE.fullmatch(phone.strip()):
        raise ValidationError(f"'{phone.strip()}' is geen telefoonnummer (cijfers, spaties en streepjes).")
    if email and email.strip():
        address = email.strip()
        if not _EMAIL.fullmatch(address):
            raise ValidationError(f"'{address}' is geen e-mailadres.")
        if looks_personal_mailbox(address):
            raise ValidationError(_personal("het e-mailadres", address))


def _personal(what: str, value: str) -> str:
    return (f"Contactgegevens horen van de organisatie te zijn, niet van een persoon: {what} "
            f"'{value.strip()}' lijkt persoonlijk. Gebruik een functie, een teamnummer of een gedeelde "
            "mailbox (zoals meldpunt@gemeente.nl).")


def looks_personal_mailbox(address: str) -> bool:
    """'j.devries@…' or 'jan.de.vries@…' is someone's own mailbox; 'meldpunt.radicalisering@…' is
    not: a mailbox of two or more name-like parts without any organisational word."""
    local = address.split("@", 1)[0].casefold()
    parts = [p for p in re.split(r"[._-]+", local) if p]
    if any(_organisational(part) for part in parts):
        return False
    return len(parts) >= 2 and all(p.isalpha() for p in parts)


def _organisational(part: str) -> bool:
    """A word of the list, or one containing a long one ("meldpuntradicalisering")."""
    return part in _ORGANISATIONAL_WORDS or any(len(w) >= 6 and w in part for w in _ORGANISATIONAL_WORDS)


def check_step_days(within_days: int | None) -> int:
    if within_days is None:
        raise ValidationError("Geef aan binnen hoeveel werkdagen deze stap gebeurt (0 voor direct).")
    if not 0 <= within_days <= MAX_STEP_DAYS:
        raise ValidationError(f"Een termijn ligt tussen 0 en {MAX_STEP_DAYS} werkdagen.")
    return within_days


def check_promise(promise: str | None, promise_days: int | None) -> None:
    """A feedback promise says what the reporter hears and by when; one without the other is no
    promise."""
    has_text = bool(promise and promise.strip())
    if has_text and promise_days is None:
        raise ValidationError("Geef aan binnen hoeveel werkdagen na de melding de melder dit hoort.")
    if promise_days is not None and not has_text:
        raise ValidationError("Schrijf op wat de melder te horen krijgt.")
    if promise_days is not None and not 0 <= promise_days <= MAX_STEP_DAYS:
        raise ValidationError(f"Een terugkoppeltermijn ligt tussen 0 en {MAX_STEP_DAYS} werkdagen.")


def find_cycle(links: Iterable[tuple[int, int]]) -> list[int] | None:
    """The steps of one cycle among the links (first step repeated at the end), or ``None``."""
    successors: dict[int, list[int]] = {}
    for source, target in links:
        successors.setdefault(source, []).append(target)
    state: dict[int, int] = {}  # 1 on the current path, 2 done
    path: list[int] = []

    def visit(node: int) -> list[int] | None:
        state[node] = 1
        path.append(node)
        for nxt in successors.get(node, ()):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        path.pop()
        state[node] = 2
        return None

    for start in list(successors):
        if start not in state and (found := visit(start)) is not None:
            return found
    return None


@dataclass(frozen=True)
class RouteShape:
    """What the completeness rules read of a route."""

    name: str
    is_acute: bool
    step_roles: Mapping[int, ChainRole]
    step_days: Mapping[int, int | None]
    promise_days: Sequence[int]
    links: Sequence[tuple[int, int]]


def route_problems(route: RouteShape) -> list[str]:
    """Why a route cannot be adopted, in Dutch; empty when it can."""
    problems = []
    where = f"Route '{route.name}'"
    if not route.step_roles:
        return [f"{where} heeft nog geen stappen."]
    if not CONTACT_ROLES & set(route.step_roles.values()):
        problems.append(f"{where} heeft geen contactpunt: voeg een stap toe bij een meldpunt, een "
                        "adviespunt of (bij acuut gevaar) de politie.")
    missing = [s for s, days in route.step_days.items() if days is None]
    if missing:
        problems.append(f"{where}: {len(missing)} stap(pen) zonder termijn.")
    if not route.promise_days:
        problems.append(f"{where} belooft de melder geen terugkoppeling: geef bij een stap aan wat de "
                        "melder hoort en wanneer.")
    if (cycle := find_cycle(route.links)) is not None:
        problems.append(f"{where} loopt in een kring ({len(cycle) - 1} stappen).")
    dangling = {s for link in route.links for s in link} - set(route.step_roles)
    if dangling:
        problems.append(f"{where} verwijst naar stappen die niet bij de route horen.")
    return problems


def entry_steps(steps: Sequence[int], links: Collection[tuple[int, int]]) -> list[int]:
    """The steps a reporter enters at: those no link points to, in the route's order."""
    targets = {target for _source, target in links}
    return [s for s in steps if s not in targets]

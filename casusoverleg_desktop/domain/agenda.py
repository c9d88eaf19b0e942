"""The standard Dutch agenda of a case meeting and its fixed sentences."""

from __future__ import annotations

import datetime as dt

from casusoverleg_desktop.domain.enums import AgendaItemKind

K = AgendaItemKind

STANDARD_AGENDA: tuple[tuple[AgendaItemKind, str], ...] = (
    (K.OPENING, "Opening"),
    (K.VASTSTELLEN_AGENDA, "Vaststellen agenda"),
    (K.VERSLAG_VORIGE, "Verslag vorige vergadering en actielijst"),
    (K.MEDEDELINGEN, "Mededelingen en ingekomen stukken"),
    (K.RONDVRAAG, "Rondvraag"),
    (K.SLUITING, "Sluiting"),
)
"""The fixed points; case items (Casusbespreking) go between Mededelingen and Rondvraag."""

CASE_ITEMS_BEFORE = K.RONDVRAAG
FIRST_ITEM = K.OPENING
LAST_ITEM = K.SLUITING

OPENING_REMINDER = (
    "De voorzitter heet iedereen welkom en herinnert aan de geheimhouding en aan het doel van "
    "dit overleg: alleen informatie delen die voor de casus nodig is."
)
AGENDA_ADOPTED_UNCHANGED = "De agenda wordt ongewijzigd vastgesteld."


def case_item_title(case_code: str) -> str:
    return f"Casusbespreking {case_code}"


def closing_line(closed_at: dt.time) -> str:
    """Always the last sentence of the minutes."""
    return f"De voorzitter sluit de vergadering om {closed_at:%H.%M} uur."

"""The standard Dutch agenda of a case meeting, its fixed sentences and its time plan.

The time plan (``agenda_plan``) is the one the Overleggen page shows, the invitation prints and
meeting mode's timer counts against: the same numbers, minutes and start times everywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Protocol

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


# -- the time plan ---------------------------------------------------------------------------------

STANDARD_MINUTES: Mapping[AgendaItemKind, int] = MappingProxyType({
    K.OPENING: 5, K.VASTSTELLEN_AGENDA: 2, K.VERSLAG_VORIGE: 10, K.MEDEDELINGEN: 5,
    K.RONDVRAAG: 5, K.SLUITING: 3,
})
"""Minutes of a fixed point until the chair sets its own; a case item has no standard time."""


class PlannedItemSource(Protocol):
    """What the plan reads of an agenda item (a stored item or a service's info both have it)."""

    @property
    def kind(self) -> AgendaItemKind: ...

    @property
    def slot_minutes(self) -> int | None: ...


def planned_minutes(kind: AgendaItemKind, slot_minutes: int | None) -> int | None:
    """The item's minutes: the chair's slot, else the standard time of a fixed point (a stored
    ``None`` means "standard"); ``None`` for a case item without a slot."""
    return slot_minutes if slot_minutes is not None else STANDARD_MINUTES.get(kind)


def agenda_numbers(kinds: Sequence[AgendaItemKind]) -> tuple[tuple[str, ...], str]:
    """Agenda numbers and the number of the case discussion: fixed points 1, 2, …; a run of case
    items shares one number (5.1, 5.2), so Rondvraag stays 6 however many cases there are."""
    numbers: list[str] = []
    current, case_number, sub, in_cases = 0, "", 0, False
    for kind in kinds:
        if kind is K.CASUS:
            if not in_cases:
                current += 1
                case_number = case_number or str(current)
                sub, in_cases = 0, True
            sub += 1
            numbers.append(f"{current}.{sub}")
        else:
            current += 1
            in_cases = False
            numbers.append(str(current))
    return tuple(numbers), case_number or str(current + 1)


def numbered_title(number: str, title: str) -> str:
    """An item's heading: "3. Verslag vorige vergadering", "5.1 Casusbespreking LV-2025-014"."""
    return f"{number} {title}" if "." in number else f"{number}. {title}"


@dataclass(frozen=True)
class PlannedItem:
    kind: AgendaItemKind
    number: str
    minutes: int | None
    """``None``: a case item without a slot."""
    start: dt.time | None
    """``None`` when the meeting has no start time or an earlier item has no minutes."""

    @property
    def end(self) -> dt.time | None:
        if self.start is None or self.minutes is None:
            return None
        return _later(self.start, self.minutes)


@dataclass(frozen=True)
class AgendaPlan:
    items: tuple[PlannedItem, ...]
    case_number: str
    end: dt.time | None

    @property
    def case_minutes(self) -> int:
        """The minutes of the case items together (those with a slot)."""
        return sum(i.minutes or 0 for i in self.items if i.kind is K.CASUS)


def agenda_plan(items: Sequence[PlannedItemSource], start: dt.time | None) -> AgendaPlan:
    """Number, minutes and start time of every item, in agenda order, from the meeting's start."""
    numbers, case_number = agenda_numbers([item.kind for item in items])
    planned: list[PlannedItem] = []
    moment = start
    for item, number in zip(items, numbers, strict=True):
        planned.append(PlannedItem(item.kind, number, planned_minutes(item.kind, item.slot_minutes),
                                   moment))
        moment = planned[-1].end
    return AgendaPlan(tuple(planned), case_number, moment)


def _later(time: dt.time, minutes: int) -> dt.time:
    return (dt.datetime.combine(dt.date(2000, 1, 1), time) + dt.timedelta(minutes=minutes)).time()

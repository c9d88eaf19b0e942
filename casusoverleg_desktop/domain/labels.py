"""Short references users write: B1 for decisions, A3 for actions, S2 and C1 for signals; dates
as Dutch documents write them.

Decisions and actions are numbered per meeting, so wherever several meetings' numbers are shown
together the number carries its meeting's date (``qualified_label``): "A2 (12-11-2026)"."""

from __future__ import annotations

import datetime as dt

DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december")


def decision_label(number: int) -> str:
    return f"B{number}"


def action_label(number: int) -> str:
    return f"A{number}"


def qualified_label(label: str, held_on: dt.date, *, seen_from: dt.date | None = None) -> str:
    """A per-meeting number with the date of its meeting: "A2 (12-11-2026)". Seen from a meeting or
    document of the same year (``seen_from``) the year is left out: "A2 (12-11)"."""
    day_month = f"{held_on.day:02d}-{held_on.month:02d}"  # not strftime: the Overzicht labels thousands
    if seen_from is not None and seen_from.year == held_on.year:
        return f"{label} ({day_month})"
    return f"{label} ({day_month}-{held_on.year})"


def signal_label(number: int, contra: bool) -> str:
    return f"{'C' if contra else 'S'}{number}"


def long_date(day: dt.date) -> str:
    """'9 april 2025'."""
    return f"{day.day} {DUTCH_MONTHS[day.month - 1]} {day.year}"


def counted(number: int, one: str, many: str) -> str:
    """``number`` with the Dutch word in the right form: "1 zorg", "0 zorgen", "3 sterke punten"."""
    return f"{number} {one if number == 1 else many}"

"""Moments as Dutch users read and type them: in Dutch time, whatever zone the machine or the clock
uses, and dates typed the short way (23-4, 23-04-2025)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from casusoverleg_desktop.errors import ValidationError

ONGOING_WORDS = ("doorlopend", "loopt door")
_TYPED_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$")


def local_time(moment: dt.datetime) -> dt.datetime:
    """A moment in Dutch time (the machine's own zone when the zone data is missing)."""
    try:
        return moment.astimezone(ZoneInfo("Europe/Amsterdam"))
    except ZoneInfoNotFoundError:  # pragma: no cover - tzdata is a dependency on Windows
        return moment.astimezone()


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months later (the month's last day when it has no such day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def stored_moment(moment: dt.datetime) -> dt.datetime:
    """A moment as the database hands it back: SQLite drops the zone, and every moment is stored in UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


class When(NamedTuple):
    """An action's 'wanneer' as typed: a due date, a condition, or ongoing (at most one is set)."""

    due: dt.date | None
    condition: str | None
    ongoing: bool


def parse_when(text: str, after: dt.date) -> When:
    """What was typed as an action's 'wanneer': a date (d-m or d-m-jjjj), 'doorlopend', or a
    condition. A date without a year is the first such date on or after ``after``."""
    typed = text.strip()
    if typed.casefold() in ONGOING_WORDS:
        return When(None, None, True)
    match = _TYPED_DATE.match(typed)
    if match is None:
        return When(None, typed or None, False)
    day, month, year = match.groups()
    try:
        if year is None:
            due = dt.date(after.year, int(month), int(day))
            if due < after:
                due = due.replace(year=after.year + 1)
        else:
            full = int(year) + (2000 if len(year) == 2 else 0)
            due = dt.date(full, int(month), int(day))
    except ValueError:
        raise ValidationError(f"'{typed}' is geen bestaande datum.") from None
    return When(due, None, False)


def parse_typed_date(text: str, after: dt.date, what: str) -> dt.date | None:
    """A typed date (d-m or d-m-jjjj; without a year the first one on or after ``after``); None
    when nothing was typed. ``what`` names the field in the message when it is not a date."""
    if not text.strip():
        return None
    due = parse_when(text, after).due
    if due is None:
        raise ValidationError(f"Typ {what} als datum, bijvoorbeeld 23-4 of 23-04-2025.")
    return due

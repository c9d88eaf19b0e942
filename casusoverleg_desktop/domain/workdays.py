"""Working-day arithmetic for respond-by dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

RESPOND_WITHIN_WORKING_DAYS = 5


def is_working_day(day: dt.date, holidays: Collection[dt.date] = ()) -> bool:
    return day.weekday() < 5 and day not in holidays


def add_working_days(start: dt.date, days: int, holidays: Collection[dt.date] = ()) -> dt.date:
    """The date ``days`` working days after ``start`` (Saturday, Sunday and ``holidays`` skipped).

    A report made on a Friday or in a weekend has its first working day on the following Monday.
    """
    if days < 0:
        raise ValueError("days must not be negative")
    day = start
    remaining = days
    if remaining and not holidays:  # whole weeks at once: from a weekend counts as from the Friday before
        day -= dt.timedelta(days=max(0, day.weekday() - 4))
        day += dt.timedelta(weeks=remaining // 5)
        remaining %= 5
    while remaining:
        day += dt.timedelta(days=1)
        if is_working_day(day, holidays):
            remaining -= 1
    return day


def default_respond_by(reported_on: dt.date, holidays: Collection[dt.date] = ()) -> dt.date:
    return add_working_days(reported_on, RESPOND_WITHIN_WORKING_DAYS, holidays)


def working_days_between(start: dt.date, end: dt.date) -> int:
    """The working days after ``start`` up to and including ``end`` (Saturday and Sunday skipped);
    0 when ``end`` is not after ``start``. ``add_working_days(start, n)`` is n days after ``start``."""
    if end <= start:
        return 0
    weeks, extra = divmod((end - start).days, 7)
    weekday = start.weekday()
    return weeks * 5 + sum(1 for offset in range(1, extra + 1) if (weekday + offset) % 7 < 5)


def within_working_days(days: int) -> str:
    """A time limit in plain Dutch: "direct", "binnen 1 werkdag", "binnen 5 werkdagen"."""
    if days == 0:
        return "direct"
    return "binnen 1 werkdag" if days == 1 else f"binnen {days} werkdagen"

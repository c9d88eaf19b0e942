"""Moments as Dutch users read them: in Dutch time, whatever zone the machine or the clock uses."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def local_time(moment: dt.datetime) -> dt.datetime:
    """A moment in Dutch time (the machine's own zone when the zone data is missing)."""
    try:
        return moment.astimezone(ZoneInfo("Europe/Amsterdam"))
    except ZoneInfoNotFoundError:  # pragma: no cover - tzdata is a dependency on Windows
        return moment.astimezone()

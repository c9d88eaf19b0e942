"""The exchange format's constants, its schema, and how values are written as text.

Dates are ``YYYY-MM-DD``, times ``HH:MM`` (``HH:MM:SS`` when seconds matter), moments ISO 8601 in
UTC with a ``Z``. Decisions, actions and signals carry the short labels users write (B1, A3, S2, C1).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
from pathlib import Path
from typing import Any, overload

from casusoverleg_desktop.resources import package_path

FORMAT_NAME = "casusoverleg-exchange"
FORMAT_VERSION = 3
"""The version this app writes; it reads every version from 1 up to this one."""

_DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME_SHAPE = re.compile(r"\d{2}:\d{2}(:\d{2})?")
_MOMENT_SHAPE = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?"
)
_LABEL = re.compile(r"([A-Z])([1-9][0-9]*)")
# The years a date or moment may have: far enough from 1 and 9999 that date arithmetic (deadlines,
# the conversion to UTC) cannot overflow.
FIRST_YEAR, LAST_YEAR = 1000, 8999


def schema_file_name(version: int = FORMAT_VERSION) -> str:
    return f"casusoverleg-exchange-v{version}.schema.json"


def schema_path(version: int = FORMAT_VERSION) -> Path:
    return package_path("services", "exchange", schema_file_name(version))


@functools.cache
def load_schema(version: int = FORMAT_VERSION) -> dict[str, Any]:
    """The JSON Schema of ``version`` (1 … ``FORMAT_VERSION``)."""
    schema: dict[str, Any] = json.loads(schema_path(version).read_text(encoding="utf-8"))
    return schema


# --- Values as text -------------------------------------------------------------------------------


def date_text(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def time_text(value: dt.time | None) -> str | None:
    if value is None:
        return None
    return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")


def moment_text(value: dt.datetime | None) -> str | None:
    """A moment in UTC with ``Z``; naive values (as SQLite returns them) are UTC already."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    timespec = "seconds" if value.microsecond == 0 else "microseconds"
    return value.isoformat(timespec=timespec) + "Z"


def is_date_text(text: object) -> bool:
    return isinstance(text, str) and _fits(_DATE_SHAPE, text, dt.date.fromisoformat)


def is_time_text(text: object) -> bool:
    return isinstance(text, str) and _fits(_TIME_SHAPE, text, dt.time.fromisoformat)


def is_moment_text(text: object) -> bool:
    return isinstance(text, str) and _fits(_MOMENT_SHAPE, text, parse_moment)


def _fits(shape: re.Pattern[str], text: str, parse: Any) -> bool:
    if not shape.fullmatch(text):
        return False
    try:
        value = parse(text)
    except (ValueError, OverflowError):
        return False
    return not isinstance(value, dt.date) or FIRST_YEAR <= value.year <= LAST_YEAR


@overload
def parse_date(text: str) -> dt.date: ...
@overload
def parse_date(text: str | None) -> dt.date | None: ...
def parse_date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


@overload
def parse_time(text: str) -> dt.time: ...
@overload
def parse_time(text: str | None) -> dt.time | None: ...
def parse_time(text: str | None) -> dt.time | None:
    return None if text is None else dt.time.fromisoformat(text)


@overload
def parse_moment(text: str) -> dt.datetime: ...
@overload
def parse_moment(text: str | None) -> dt.datetime | None: ...
def parse_moment(text: str | None) -> dt.datetime | None:
    """An aware UTC datetime; text without an offset is taken as UTC."""
    if text is None:
        return None
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


# --- Labels and keys ---------------------------------------------------------------------------


def label_number(label: str) -> int:
    """``"B3"`` → 3 (the schema has checked the shape)."""
    match = _LABEL.fullmatch(label)
    if match is None:
        raise ValueError(f"not a label: {label!r}")
    return int(match.group(2))


def slug(text: str, fallback: str) -> str:
    """A readable key: accents folded, lower case, words joined by hyphens."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or fallback


def unique_key(base: str, taken: set[str], joiner: str = "-") -> str:
    """``base``, or ``base-2``, ``base-3``, … when taken; the result is added to ``taken``."""
    key, counter = base, 1
    while key in taken:
        counter += 1
        key = f"{base}{joiner}{counter}"
    taken.add(key)
    return key


def compact(**fields: object) -> dict[str, object]:
    """The fields that carry something: ``None`` and empty lists are left out."""
    return {name: value for name, value in fields.items() if value is not None and value != []}


def without_nulls(value: Any) -> Any:
    """The document with every ``null`` member of an object removed: null means absent."""
    if isinstance(value, dict):
        return {name: without_nulls(item) for name, item in value.items() if item is not None}
    if isinstance(value, list):
        return [without_nulls(item) for item in value]
    return value

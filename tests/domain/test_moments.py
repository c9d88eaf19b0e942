"""What a chair types as 'wanneer' or as a date in meeting mode, read as the domain reads it."""

import datetime as dt

import pytest

from casusoverleg_desktop.domain.moments import When, parse_typed_date, parse_when
from casusoverleg_desktop.errors import ValidationError

MEETING_DAY = dt.date(2025, 4, 14)


@pytest.mark.parametrize(("typed", "when"), [
    ("15-4", When(dt.date(2025, 4, 15), None, False)),
    ("14-4", When(dt.date(2025, 4, 14), None, False)),  # the meeting day itself
    ("1-2", When(dt.date(2026, 2, 1), None, False)),  # already past: next year
    ("01-05-2025", When(dt.date(2025, 5, 1), None, False)),
    ("1/5/25", When(dt.date(2025, 5, 1), None, False)),
    ("1.5", When(dt.date(2025, 5, 1), None, False)),
    ("  20-4  ", When(dt.date(2025, 4, 20), None, False)),
    ("Doorlopend", When(None, None, True)),
    ("loopt door", When(None, None, True)),
    ("bij terugval", When(None, "bij terugval", False)),
    ("", When(None, None, False)),
    ("   ", When(None, None, False)),
])
def test_parse_when(typed, when):
    assert parse_when(typed, MEETING_DAY) == when


def test_parse_when_unpacks_as_due_condition_ongoing():
    due, condition, ongoing = parse_when("15-4", MEETING_DAY)
    assert (due, condition, ongoing) == (dt.date(2025, 4, 15), None, False)


@pytest.mark.parametrize("typed", ["31-02", "29-2-2025", "0-4", "15-13"])
def test_parse_when_refuses_a_date_that_does_not_exist(typed):
    with pytest.raises(ValidationError, match="geen bestaande datum"):
        parse_when(typed, MEETING_DAY)


def test_parse_when_takes_a_leap_day_only_with_its_year():
    assert parse_when("29-2-2028", MEETING_DAY).due == dt.date(2028, 2, 29)
    with pytest.raises(ValidationError):
        parse_when("29-2", MEETING_DAY)  # read in 2025 first, which has no 29 February


def test_parse_typed_date():
    assert parse_typed_date("23-4", MEETING_DAY, "de datum") == dt.date(2025, 4, 23)
    assert parse_typed_date("  ", MEETING_DAY, "de datum") is None


@pytest.mark.parametrize("typed", ["volgende week", "doorlopend"])
def test_parse_typed_date_refuses_words_and_names_the_field(typed):
    with pytest.raises(ValidationError, match="Typ de volgende vergadering als datum"):
        parse_typed_date(typed, MEETING_DAY, "de volgende vergadering")

import datetime as dt

import pytest

from casusoverleg_desktop.domain.workdays import add_working_days, default_respond_by


def test_scenario_report_on_monday_is_answered_by_next_monday():
    assert default_respond_by(dt.date(2025, 2, 10)) == dt.date(2025, 2, 17)


@pytest.mark.parametrize(("reported", "respond_by"), [
    (dt.date(2025, 2, 14), dt.date(2025, 2, 21)),  # Friday → Friday
    (dt.date(2025, 2, 15), dt.date(2025, 2, 21)),  # Saturday → Friday
    (dt.date(2025, 2, 16), dt.date(2025, 2, 21)),  # Sunday → Friday
    (dt.date(2025, 2, 12), dt.date(2025, 2, 19)),  # Wednesday → Wednesday
])
def test_weekends_are_skipped(reported, respond_by):
    assert default_respond_by(reported) == respond_by


def test_holidays_are_skipped_when_given():
    kingsday = dt.date(2025, 4, 28)
    assert add_working_days(dt.date(2025, 4, 25), 1, holidays={kingsday}) == dt.date(2025, 4, 29)


def test_zero_days_is_the_same_day_and_negative_is_refused():
    assert add_working_days(dt.date(2025, 2, 15), 0) == dt.date(2025, 2, 15)
    with pytest.raises(ValueError):
        add_working_days(dt.date(2025, 2, 15), -1)

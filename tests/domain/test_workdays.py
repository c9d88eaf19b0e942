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


def test_whole_weeks_at_once_count_the_same_as_day_by_day():
    def day_by_day(start: dt.date, days: int) -> dt.date:
        day = start
        while days:
            day += dt.timedelta(days=1)
            days -= day.weekday() < 5
        return day

    for offset in range(14):  # every weekday, and both weekend days, as the start
        start = dt.date(2026, 1, 1) + dt.timedelta(days=offset)
        for days in range(45):
            assert add_working_days(start, days) == day_by_day(start, days), (start, days)

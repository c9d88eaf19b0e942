import datetime as dt

import pytest

from casusoverleg_desktop.domain.values import ActionTiming
from casusoverleg_desktop.errors import ValidationError


def test_action_timing_texts():
    assert ActionTiming(due_date=dt.date(2025, 3, 12)).text == "uiterlijk 12-03-2025"
    assert ActionTiming(condition="Bij overtreding bijzondere voorwaarden").text == (
        "Bij overtreding bijzondere voorwaarden")
    assert ActionTiming(ongoing=True).text == "doorlopend"


def test_action_timing_is_validated_on_construction():
    with pytest.raises(ValidationError, match="niet meer dan één"):
        ActionTiming(due_date=dt.date(2025, 3, 12), ongoing=True)

import pytest

from casusoverleg_desktop.domain.labels import counted


@pytest.mark.parametrize(("number", "expected"), [(0, "0 zorgen"), (1, "1 zorg"), (2, "2 zorgen")])
def test_a_count_takes_the_singular_only_for_one(number, expected):
    assert counted(number, "zorg", "zorgen") == expected

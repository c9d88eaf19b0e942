"""The extended selftest, run in this process (the frozen app runs the same code in CI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from casusoverleg_desktop import selftest
from casusoverleg_desktop.selftest import SelftestFailed, run_selftest


@pytest.mark.slow  # builds the demo vault and signs its minutes: ~10 s
def test_selftest_passes_every_step(qapp) -> None:  # pytest-qt's application
    lines = list(run_selftest())
    assert len(lines) == len(selftest._STEPS)
    assert all(line.endswith(" s)") for line in lines)
    assert "offscreen" in lines[2] and "ontgrendelvenster" in lines[2]
    assert "back-up" in lines[-1]


def test_a_failing_step_becomes_one_dutch_sentence(tmp_path: Path) -> None:
    def broken(_run: object) -> str:
        raise FileNotFoundError("migrations/env.py")

    with pytest.raises(SelftestFailed) as caught:
        selftest._timed("de controle van de meegeleverde bestanden", broken, selftest._Run(tmp_path))
    assert caught.value.message == ("Zelftest: de controle van de meegeleverde bestanden mislukt "
                                    "(FileNotFoundError: migrations/env.py).")
    assert caught.value.exit_code == 1

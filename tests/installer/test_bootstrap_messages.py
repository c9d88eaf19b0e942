"""The bootstrap script says plainly what is wrong before it sets anything up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BOOTSTRAP = Path(__file__).resolve().parents[2] / "installer" / "bootstrap.py"


def _bootstrap(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(BOOTSTRAP), *args], capture_output=True, text=True,
                          timeout=60, env=env)


def test_without_an_action_it_lists_every_action() -> None:
    result = _bootstrap()
    assert result.returncode == 2
    assert all(f"bootstrap.py {action}" in result.stdout for action in ("setup", "demo", "test", "build"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a display is a Linux matter")
def test_the_demo_without_a_desktop_session_says_so_and_sets_up_nothing() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = _bootstrap("demo", env=env)
    assert result.returncode == 2 and "no desktop" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr

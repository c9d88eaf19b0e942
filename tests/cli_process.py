"""``casusoverleg`` as a user runs it: a separate process, its exit code and its output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def cli(*args: object, stdin: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "casusoverleg_desktop", *map(str, args)],
                          input=stdin, capture_output=True, text=True, timeout=180, cwd=cwd,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})


def ok(result: subprocess.CompletedProcess) -> str:
    """The standard output of a command that must have succeeded."""
    assert result.returncode == 0, f"stdout: {result.stdout}\nstderr: {result.stderr}"
    return result.stdout


def refused(result: subprocess.CompletedProcess, message: str, code: int | None = None) -> None:
    """A refusal: a non-zero exit (``code`` when given), ``message`` on standard error, no traceback."""
    detail = f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    assert result.returncode != 0 and (code is None or result.returncode == code), detail
    assert message in result.stderr, detail
    assert "Traceback" not in result.stderr + result.stdout, detail

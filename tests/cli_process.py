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

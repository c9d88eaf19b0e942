"""The scenarios the acceptance tests read are the repository's copy (tests/acceptance/scenarios) of
the specification in ../shared/scenarios, so they run on every checkout, CI included. This test keeps
the copy honest:

- the copy missing or incomplete: fails (the acceptance tests would have nothing to read);
- ../shared/scenarios present: every file there must be in the copy, byte for byte, and the copy may
  hold nothing else; otherwise it fails and says how to refresh the copy;
- ../shared/scenarios absent (a plain checkout, CI): passes with a ``ScenarioSourceNotFound`` warning
  in pytest's warnings summary, since the copy cannot be compared.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

COPY = Path(__file__).with_name("scenarios")
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "scenarios"
REFRESH = "cp ../shared/scenarios/*.yaml ../shared/scenarios/README.md tests/acceptance/scenarios/"


class ScenarioSourceNotFound(UserWarning):
    """../shared/scenarios is not beside this checkout: the copy in the repository is not compared."""


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_the_repository_copy_of_the_scenarios_is_current():
    copy = _files(COPY) if COPY.is_dir() else {}
    if not any(name.endswith(".yaml") for name in copy):
        pytest.fail(f"The scenarios the acceptance tests read are missing from {COPY}. Restore them "
                    f"from git, or copy them from the specification: {REFRESH}")
    if not SHARED.is_dir():
        warnings.warn(ScenarioSourceNotFound(
            f"{SHARED} not found: the acceptance tests ran on the repository's copy in {COPY}, "
            "which could not be compared with the specification."), stacklevel=1)
        return
    shared = _files(SHARED)
    differs = sorted(name for name in shared.keys() & copy.keys() if shared[name] != copy[name])
    missing = sorted(shared.keys() - copy.keys())
    extra = sorted(copy.keys() - shared.keys())
    problems = [f"{label}: {', '.join(names)}" for label, names in (
        ("changed in ../shared/scenarios", differs), ("not yet in the copy", missing),
        ("no longer in ../shared/scenarios", extra)) if names]
    assert not problems, (
        f"tests/acceptance/scenarios is not a copy of {SHARED} ({'; '.join(problems)}). Refresh the copy "
        f"(from the repository root: {REFRESH}{'; remove the files no longer there' if extra else ''}) "
        "and update the acceptance tests to what the scenarios now say.")

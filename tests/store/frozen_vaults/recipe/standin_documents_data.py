"""Stand-in for ``casusoverleg_desktop/documents/data.py`` in a worktree of commit 9400170.

That commit's ``services/balance.py`` imports ``BalanceSummary`` and ``DissentLine`` from here, but
the module arrived one migration later (0006, commit 08739b1): as committed, nothing that imports
the services runs. These are the two classes as 08739b1 brought them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DissentLine:
    partner: str
    position: str
    reason: str


@dataclass(frozen=True)
class BalanceSummary:
    """The balance sheet's summary for the minutes (filled once the balance sheet exists)."""

    priority: str
    rationale: str
    consensus_score: int | None = None
    scores: tuple[tuple[str, int], ...] = ()
    dissent: tuple[DissentLine, ...] = ()
    proportionality: str | None = None
    has_marked_data: bool = False

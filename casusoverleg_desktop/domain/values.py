"""Small value types shared by services, documents and screens."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from casusoverleg_desktop.domain.rules import check_action_timing


@dataclass(frozen=True)
class ActionTiming:
    """When an action must happen: by a due date, on a condition, or continuously."""

    due_date: dt.date | None = None
    condition: str | None = None
    ongoing: bool = False

    def __post_init__(self) -> None:
        check_action_timing(self.due_date, self.condition, self.ongoing)

    @property
    def text(self) -> str:
        """The 'wanneer' column of the action list."""
        if self.due_date is not None:
            return f"uiterlijk {self.due_date:%d-%m-%Y}"
        if self.condition:
            return self.condition
        return "doorlopend"

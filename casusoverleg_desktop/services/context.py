"""What every service needs: the open vault's units of work, who acts, a clock, and the policies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.retention import CertificatePolicy

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UnitsOfWork(Protocol):
    """The door to the database (``store.database.Database``, or the GUI's vault that survives a
    lock and a key rotation): every session in one transaction, in the name of one actor."""

    def unit_of_work(self, actor: str, clock: Clock) -> AbstractContextManager[Session]: ...


@dataclass(frozen=True)
class ServiceContext:
    """Injected into every service: one unit of work per user action."""

    database: UnitsOfWork
    actor: str
    clock: Clock = field(default=system_clock)
    certificates: CertificatePolicy = field(default_factory=CertificatePolicy)

    def unit_of_work(self) -> AbstractContextManager[Session]:
        """A session in one transaction in the actor's name: committed when the block ends,
        rolled back on error; every change in it lands in the audit trail."""
        return self.database.unit_of_work(self.actor, self.clock)

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


class OwnKeys(Protocol):
    """Seals and opens with the own key of the user who unlocked (``vault.held_keys.OwnKeyBox``):
    what only that user may use, such as their signing key."""

    @property
    def login(self) -> str: ...

    def seal(self, purpose: str, data: bytes) -> bytes: ...

    def open(self, purpose: str, sealed: bytes) -> bytes: ...


@dataclass(frozen=True)
class ServiceContext:
    """Injected into every service: one unit of work per user action.

    ``own_keys`` belong to the user who unlocked; without them (or for another actor) nothing is
    signed."""

    database: UnitsOfWork
    actor: str
    clock: Clock = field(default=system_clock)
    certificates: CertificatePolicy = field(default_factory=CertificatePolicy)
    own_keys: OwnKeys | None = None

    def unit_of_work(self) -> AbstractContextManager[Session]:
        """A session in one transaction in the actor's name: committed when the block ends,
        rolled back on error; every change in it lands in the audit trail."""
        return self.database.unit_of_work(self.actor, self.clock)

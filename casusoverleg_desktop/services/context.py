"""What every service needs: sessions on the open vault, who acts, a clock, and the policies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from casusoverleg_desktop.domain.retention import CertificatePolicy


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class ServiceContext:
    """Injected into every service: one unit of work per user action."""

    sessions: sessionmaker[Session]
    actor: str
    clock: Callable[[], dt.datetime] = field(default=system_clock)
    certificates: CertificatePolicy = field(default_factory=CertificatePolicy)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session in one transaction: committed when the block ends, rolled back on error.

        Services open theirs through ``services.audit.unit_of_work(ctx)``, which also tells the
        session who acts, so that every change lands in the audit trail.
        """
        with self.sessions() as session, session.begin():
            yield session

"""The open database's one door: every unit of work knows who acts and what time it is.

Sessions are made here only. ``Database`` installs the session hooks it is given (the audit trail
and the search index, ``services.access.SESSION_HOOKS``) on its own session factory when it is
made, so a session without them, or without an actor, cannot exist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

ACTOR = "unit_of_work.actor"
CLOCK = "unit_of_work.clock"

Clock = Callable[[], dt.datetime]
SessionHook = Callable[["sessionmaker[Session]"], None]


class Database:
    """Units of work on one engine, each in one transaction and in the name of one actor."""

    def __init__(self, engine: Engine, hooks: Iterable[SessionHook]) -> None:
        self.engine = engine
        self._sessions: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)
        for install in hooks:
            install(self._sessions)

    @contextmanager
    def unit_of_work(self, actor: str, clock: Clock) -> Iterator[Session]:
        """A session in one transaction: committed when the block ends, rolled back on error."""
        with self._sessions() as session, session.begin():
            session.info[ACTOR] = actor
            session.info[CLOCK] = clock
            yield session

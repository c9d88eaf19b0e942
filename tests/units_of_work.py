"""Counting the units of work behind a screen or a use case (the rule: one read per screen)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import replace

from sqlalchemy.orm import Session

from casusoverleg_desktop.services.context import Clock, ServiceContext, UnitsOfWork


class CountingUnitsOfWork:
    """The vault's units of work, passed on and counted."""

    def __init__(self, inner: UnitsOfWork) -> None:
        self.inner = inner
        self.opened = 0

    def unit_of_work(self, actor: str, clock: Clock) -> AbstractContextManager[Session]:
        self.opened += 1
        return self.inner.unit_of_work(actor, clock)


def counted(ctx: ServiceContext) -> tuple[ServiceContext, CountingUnitsOfWork]:
    """``ctx`` whose units of work are counted, and the counter."""
    units = CountingUnitsOfWork(ctx.database)
    return replace(ctx, database=units), units

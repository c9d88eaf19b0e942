"""What the case window shows of a case's legal bases and retention, read in one unit of work."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.services.retention import (
    BasisLine,
    HoldInfo,
    RetentionLine,
    active_holds,
    case_legal_bases,
    retention_line,
)
from casusoverleg_desktop.services.roles import role_of
from casusoverleg_desktop.store.models import Case


@dataclass(frozen=True)
class CaseRetentionView:
    """The bases of one case, its retention once closed, its active holds, and whether the user
    reading it is a chair (who alone destroys)."""

    case_id: int
    code: str
    bases: tuple[BasisLine, ...]
    retention: RetentionLine | None  # None while the case is open
    holds: tuple[HoldInfo, ...]
    chair: bool

    def due(self, today: dt.date) -> bool:
        return self.retention is not None and self.retention.due(today)


def read_case_retention(session: Session, login: str, case_id: int) -> CaseRetentionView:
    case = fetch(session, Case, case_id)
    line = retention_line(session, case)
    return CaseRetentionView(case.id, case.code, tuple(case_legal_bases(session, case)), line,
                             line.holds if line else active_holds(session, case.id),
                             role_of(session, login) is Role.CHAIR)


def case_retention_view(ctx: ServiceContext, case_id: int) -> CaseRetentionView:
    with ctx.unit_of_work() as session:
        return read_case_retention(session, ctx.actor, case_id)

"""A deleted row keeps its stable identity, with its row id emptied: so the deletion can travel to
a paired vault, and a later row that gets the same id (SQLite reuses the highest) is not taken for
it. Installed on every vault session (``services.access.SESSION_HOOKS``)."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from sqlalchemy import event, inspect, select, update
from sqlalchemy.orm import Session, sessionmaker

from casusoverleg_desktop.services.packages.records import TRAVELLING, chunks, tables
from casusoverleg_desktop.store.exchange_models import RecordIdentity


def install(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "before_flush", _empty_deleted_identities)


@cache
def _children() -> dict[str, list[tuple[str, str]]]:
    """Per travelling table: (child table, column) whose rows the database deletes along."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, info in tables().items():
        for column, parent in info.owners:
            found[parent].append((name, column))
    return found


def _empty_deleted_identities(session: Session, _context: object, _instances: object) -> None:
    pending = [(inspect(obj).mapper.local_table.name, inspect(obj).identity[0])
               for obj in session.deleted if inspect(obj).mapper.local_table.name in TRAVELLING]
    if not pending:
        return
    conn, info, children = session.connection(), tables(), _children()
    removed: dict[str, set[int]] = defaultdict(set)
    todo: dict[str, set[int]] = defaultdict(set)
    for table, row_id in pending:
        todo[table].add(row_id)
    while todo:
        found: dict[str, set[int]] = defaultdict(set)
        for table, ids in todo.items():
            removed[table].update(ids)
            for child, column in children.get(table, ()):
                child_table = info[child].table
                for chunk in chunks(ids):
                    found[child].update(conn.scalars(select(child_table.c.id).where(
                        child_table.c[column].in_(chunk))))
        todo = {t: ids - removed[t] for t, ids in found.items() if ids - removed[t]}
    for table, ids in removed.items():
        for chunk in chunks(ids):
            conn.execute(update(RecordIdentity).where(
                RecordIdentity.table_name == table, RecordIdentity.row_id.in_(chunk)).values(row_id=None))

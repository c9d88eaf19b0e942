"""The audit trail: every change and every opening of case content, hash-chained.

How it cannot be forgotten: ``install`` puts a listener on the vault's session factory
(``after_flush``; done where the database is opened, ``services.access``) that writes one entry per
inserted, updated or deleted ``Audited`` row, inside the same transaction as the change. Services
never call it for changes; every session is a unit of work that knows who acts
(``store.database.Database.unit_of_work``). A flush of audited changes on a session that does not
know its actor is refused, and so is a bulk UPDATE/DELETE on audited tables (it would bypass the
flush): a change without an audit entry cannot be committed. Reads have no flush, so opening case
content is recorded explicitly with ``record_opened``, and what happens to the vault itself (users,
passphrases, keys, backups) with ``record_event``.

Each entry's hash is SHA-256 over a canonical JSON of its fields, including the previous entry's
hash: changing, inserting or removing a row in the middle breaks the chain at that point.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.store.database import ACTOR, CLOCK
from casusoverleg_desktop.store.models import Audited, AuditEntry

GENESIS_HASH = "0" * 64

CREATED = "aangemaakt"
CHANGED = "gewijzigd"
DELETED = "verwijderd"
OPENED = "geopend"


class UnauditedChange(RuntimeError):
    """A programming error: audited rows changed on a session without an actor."""


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: dt.datetime
    actor: str
    action: str
    entity_type: str
    entity_id: int | None
    summary: str


def install(sessions: sessionmaker[Session]) -> None:
    """Audit every change made in a session of ``sessions``, and refuse bulk changes."""
    event.listen(sessions, "do_orm_execute", _refuse_bulk_changes)
    event.listen(sessions, "after_flush", _record_changes)


def record_opened(session: Session, entity_type: str, entity_id: int, summary: str) -> None:
    """Record that the acting user opened content (e.g. a case file or a case item)."""
    record_event(session, OPENED, entity_type, entity_id, summary)


def record_event(session: Session, action: str, entity_type: str, entity_id: int | None,
                 summary: str) -> None:
    """Record what the acting user did that changes no audited row (e.g. made a backup)."""
    actor, clock = _who_and_clock(session)
    _append(session.connection(), clock(), actor, [(action, entity_type, entity_id, summary)])


def verify_chain(session: Session) -> int | None:
    """The id of the first entry that does not fit the chain, or None when the chain is intact."""
    previous = GENESIS_HASH
    for entry in session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars():
        fields = _fields(entry.id, entry.at, entry.actor, entry.action, entry.entity_type,
                         entry.entity_id, entry.summary, entry.prev_hash)
        if entry.prev_hash != previous or _digest(fields) != entry.hash:
            return entry.id
        previous = entry.hash
    return None


def first_broken_entry(ctx: ServiceContext) -> int | None:
    """``verify_chain`` over the vault's whole trail."""
    with ctx.unit_of_work() as session:
        return verify_chain(session)


def recent_entries(ctx: ServiceContext, limit: int = 100) -> list[AuditLine]:
    with ctx.unit_of_work() as session:
        rows = session.execute(
            select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        ).scalars()
        return [
            AuditLine(e.id, e.at, e.actor, e.action, e.entity_type, e.entity_id, e.summary)
            for e in rows
        ]


def _who_and_clock(session: Session) -> tuple[str, Callable[[], dt.datetime]]:
    actor = session.info.get(ACTOR)
    if actor is None:
        raise UnauditedChange("audited rows changed on a session without an actor")
    return actor, session.info[CLOCK]


def _utc_naive(moment: dt.datetime) -> dt.datetime:
    """UTC without tzinfo: how SQLite hands the time back, so hashing gives the same text."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def _fields(entry_id: int, at: dt.datetime, actor: str, action: str, entity_type: str,
            entity_id: int | None, summary: str, prev_hash: str) -> dict[str, object]:
    return {
        "id": entry_id, "at": _utc_naive(at).isoformat(timespec="microseconds"),
        "actor": actor, "action": action,
        "entity_type": entity_type, "entity_id": entity_id, "summary": summary,
        "prev_hash": prev_hash,
    }


def _digest(fields: dict[str, object]) -> str:
    canonical = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _append(conn: Connection, at: dt.datetime, actor: str,
            events: Iterable[tuple[str, str, int | None, str]]) -> None:
    """Chain ``(action, entity_type, entity_id, summary)`` events onto the last entry."""
    last_id, last_hash = conn.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first() or (0, GENESIS_HASH)
    at = _utc_naive(at)
    rows = []
    for action, entity_type, entity_id, summary in events:
        last_id += 1
        fields = _fields(last_id, at, actor, action, entity_type, entity_id, summary, last_hash)
        entry_hash = _digest(fields)
        rows.append({**fields, "at": at, "hash": entry_hash})
        last_hash = entry_hash
    if rows:
        conn.execute(insert(AuditEntry), rows)


def _changed_columns(obj: object) -> list[str]:
    state = inspect(obj)
    return [
        attr.key for attr in state.mapper.column_attrs
        if state.attrs[attr.key].history.has_changes()
    ]


def _primary_key(obj: object) -> int | None:
    key: int | None = inspect(obj).mapper.primary_key_from_instance(obj)[0]
    return key


def _refuse_bulk_changes(state: ORMExecuteState) -> None:
    """Bulk UPDATE/DELETE bypasses the flush, so it would bypass the audit trail too."""
    mapper = state.bind_mapper
    if (state.is_update or state.is_delete) and mapper and issubclass(mapper.class_, Audited):
        raise UnauditedChange("bulk UPDATE/DELETE on audited tables is not allowed")


def _record_changes(session: Session, _flush_context: object) -> None:
    changes: list[tuple[str, str, int | None, str]] = []
    for obj in session.new:
        if isinstance(obj, Audited):
            changes.append((CREATED, obj.__tablename__, _primary_key(obj), CREATED))
    for obj in session.dirty:
        if isinstance(obj, Audited) and (columns := _changed_columns(obj)):
            changes.append((CHANGED, obj.__tablename__, _primary_key(obj),
                            f"{CHANGED}: {', '.join(columns)}"))
    for obj in session.deleted:
        if isinstance(obj, Audited):
            changes.append((DELETED, obj.__tablename__, _primary_key(obj), DELETED))
    if not changes:
        return
    actor, clock = _who_and_clock(session)
    _append(session.connection(), clock(), actor, changes)

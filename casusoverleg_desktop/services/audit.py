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

Content coverage: an entry for a created or changed row also carries ``content_sha256``, the
SHA-256 of the row exactly as stored after the flush (its raw column values, with table and id).
``check_trail`` compares every audited row with the last such hash, so a row changed, added or
removed outside the app is named. Only hashes are kept, never content: when content is destroyed
(with a "verwijderd" entry) the chain stays verifiable. Rows the database itself changes or removes
(ON DELETE SET NULL / CASCADE) are found before the flush and recorded like the app's own changes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from sqlalchemy import Integer, Select, Table, column, event, insert, inspect, select
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.store.base import Base
from casusoverleg_desktop.store.database import ACTOR, CLOCK
from casusoverleg_desktop.store.models import Audited, AuditEntry
from casusoverleg_desktop.store.schema import metadata  # every audited model registered

GENESIS_HASH = "0" * 64

CREATED = "aangemaakt"
CHANGED = "gewijzigd"
DELETED = "verwijderd"
OPENED = "geopend"
APPENDED = "audit.appended"  # session.info: this unit of work added entries (to anchor the head)
WITNESS = "audit.witness"  # session.info: the unlocked user's ``TrailWitness``, to seal entries
OWN_KEY_RENEWED = "wachtwoord hersteld met de herstelcode"  # seals before it used the old own key
NOT_SEALED = ("Regel {id} staat op uw naam, maar is niet door u vastgelegd: het zegel ontbreekt of "
              "klopt niet.")

CHANGED_OUTSIDE = "buiten de app gewijzigd: de inhoud past niet bij wat de audittrail vastlegde"
ADDED_OUTSIDE = "buiten de app toegevoegd: de audittrail kent deze rij niet"
REMOVED_OUTSIDE = "buiten de app verwijderd: de audittrail vermeldt geen verwijdering"

_DB_CASCADES = "audit.db_cascades"
_IDS_PER_QUERY = 900  # well below SQLite's limit on bound parameters

# (action, entity_type, entity_id, summary, content_sha256)
Event = tuple[str, str, int | None, str, str | None]


class TrailWitness(Protocol):
    """The own key of the user who unlocked, as the trail uses it (``services.access``): it seals
    the entries in that user's name, vouches for them later, and checks the head's anchor."""

    @property
    def login(self) -> str: ...

    def seal(self, message: bytes) -> str | None: ...

    def vouches(self, message: bytes, seal: str) -> bool: ...

    def anchor_findings(self, entry_hash: Callable[[int], str | None]) -> list[str]: ...


class UnauditedChange(RuntimeError):
    """A programming error: audited rows changed on a session without an actor."""


@dataclass(frozen=True)
class ContentFinding:
    """An audited row that does not match the trail."""

    table: str
    row_id: int
    what: str


@dataclass(frozen=True)
class TrailReport:
    broken_at: int | None  # the first entry that does not fit the chain
    findings: tuple[ContentFinding, ...]
    anchor: tuple[str, ...] = ()  # what the anchor outside the database shows (``vault.anchor``)
    entries: int = 0
    last_hash: str = GENESIS_HASH  # the head: noted outside the vault, it witnesses a rollback

    @property
    def intact(self) -> bool:
        return self.broken_at is None and not self.findings and not self.anchor

    def problems(self) -> list[str]:
        """Every finding as a Dutch sentence, the anchor's first."""
        lines = list(self.anchor)
        if self.broken_at is not None:
            lines.append(f"De audittrail is verbroken bij regel {self.broken_at}: deze regel of een "
                         "regel ervoor is gewijzigd, ingevoegd of verwijderd.")
        lines.extend(f"Tabel {f.table}, rij {f.row_id}: {f.what}." for f in self.findings)
        return lines

    @property
    def head_mark(self) -> str:
        """The head's hash in four groups, short enough to note on paper."""
        return " ".join(self.last_hash[i:i + 4] for i in range(0, 16, 4))


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
    event.listen(sessions, "before_flush", _note_database_cascades)
    event.listen(sessions, "after_flush", _record_changes)


def record_opened(session: Session, entity_type: str, entity_id: int, summary: str) -> None:
    """Record that the acting user opened content (e.g. a case file or a case item)."""
    record_event(session, OPENED, entity_type, entity_id, summary)


def record_event(session: Session, action: str, entity_type: str, entity_id: int | None,
                 summary: str) -> None:
    """Record what the acting user did that changes no audited row (e.g. made a backup)."""
    actor, clock = _who_and_clock(session)
    _append(session.connection(), clock(), actor, [(action, entity_type, entity_id, summary, None)],
            session.info.get(WITNESS))
    session.info[APPENDED] = True


def verify_chain(session: Session) -> int | None:
    """The id of the first entry that does not fit the chain, or None when the chain is intact."""
    return _first_broken(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def first_broken_entry(ctx: ServiceContext) -> int | None:
    """``verify_chain`` over the vault's whole trail."""
    with ctx.unit_of_work() as session:
        return verify_chain(session)


def check_trail(ctx: ServiceContext, witness: TrailWitness | None = None) -> TrailReport:
    """The chain check, every audited row compared with what the trail says was written, and
    with the unlocked user's ``witness``: the head against the anchors, and the seals of the
    entries in that user's name. The trail is read once."""
    with ctx.unit_of_work() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        anchor: tuple[str, ...] = ()
        if witness is not None:
            hashes = {entry.id: entry.hash for entry in entries}
            anchor = (*witness.anchor_findings(hashes.get), *_seal_findings(entries, witness))
        return TrailReport(_first_broken(entries), tuple(content_findings(session.connection())),
                           anchor, len(entries), entries[-1].hash if entries else GENESIS_HASH)


def _first_broken(entries: Iterable[AuditEntry]) -> int | None:
    previous = GENESIS_HASH
    for entry in entries:
        fields = _stored_fields(entry)
        if entry.actor_seal is not None:
            fields["actor_seal"] = entry.actor_seal
        if entry.prev_hash != previous or _digest(fields) != entry.hash:
            return entry.id
        previous = entry.hash
    return None


def _seal_findings(entries: Sequence[AuditEntry], witness: TrailWitness) -> list[str]:
    """Entries in the witness's name that they did not seal, from their first sealed entry on
    (older ones predate seals) and after their last recovery (seals before it used a key that is
    gone)."""
    own = [entry for entry in entries if entry.actor.casefold() == witness.login.casefold()]
    vouched = [entry.actor_seal is not None and witness.vouches(_seal_message(entry), entry.actor_seal)
               for entry in own]
    start = next((i for i in range(len(own) - 1, -1, -1)
                  if own[i].action == OWN_KEY_RENEWED and vouched[i]), None)
    if start is None:
        start = next((i for i, entry in enumerate(own) if entry.actor_seal is not None), len(own))
    return [NOT_SEALED.format(id=entry.id)
            for entry, ok in zip(own[start:], vouched[start:], strict=True) if not ok]


def _seal_message(entry: AuditEntry) -> bytes:
    return _canonical(_stored_fields(entry))


def _stored_fields(entry: AuditEntry) -> dict[str, object]:
    """The fields a stored entry was hashed and sealed over (its seal not included)."""
    return _fields(entry.id, entry.at, entry.actor, entry.action, entry.entity_type,
                   entry.entity_id, entry.summary, entry.prev_hash, entry.content_sha256)


def content_findings(conn: Connection) -> list[ContentFinding]:
    """Rows changed, added or removed outside the app, by table and id.

    Rows whose last entry predates content hashing (no hash) are not judged; a row without any
    entry counts as added only if its id is above every id the older entries of its table name.
    """
    last: dict[tuple[str, int], tuple[str, str | None]] = {}
    legacy_max: dict[str, int] = defaultdict(int)
    hashing_started = False
    entries = conn.execute(
        select(AuditEntry.action, AuditEntry.entity_type, AuditEntry.entity_id,
               AuditEntry.content_sha256)
        .where(AuditEntry.action.in_((CREATED, CHANGED, DELETED)))
        .order_by(AuditEntry.id))
    for action, entity_type, row_id, content in entries:
        if row_id is None:
            continue
        last[(entity_type, row_id)] = (action, content)
        if content is not None:
            hashing_started = True
        elif not hashing_started:
            legacy_max[entity_type] = max(legacy_max[entity_type], row_id)
    findings = []
    for table in _audited_tables().values():
        present = set()
        for row in conn.execute(_raw_rows(table)).mappings():
            row_id = row["id"]
            present.add(row_id)
            action, content = last.get((table.name, row_id), ("", None))
            if action == DELETED or (not action and hashing_started
                                     and row_id > legacy_max[table.name]):
                findings.append(ContentFinding(table.name, row_id, ADDED_OUTSIDE))
            elif content is not None and content != content_digest(table.name, row):
                findings.append(ContentFinding(table.name, row_id, CHANGED_OUTSIDE))
        findings.extend(
            ContentFinding(table.name, row_id, REMOVED_OUTSIDE)
            for (name, row_id), (action, content) in last.items()
            if name == table.name and content is not None and row_id not in present)
    return sorted(findings, key=lambda f: (f.table, f.row_id))


def content_digest(table: str, row: RowMapping) -> str:
    """SHA-256 of a row's stored values (``_raw_rows``), with its table; the same when written
    and when verified because both read the row the same way."""
    values = {key: value.hex() if isinstance(value, bytes) else value for key, value in row.items()}
    canonical = json.dumps({"table": table, "row": values}, sort_keys=True, ensure_ascii=True,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


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
            entity_id: int | None, summary: str, prev_hash: str,
            content_sha256: str | None) -> dict[str, object]:
    fields: dict[str, object] = {
        "id": entry_id, "at": _utc_naive(at).isoformat(timespec="microseconds"),
        "actor": actor, "action": action,
        "entity_type": entity_type, "entity_id": entity_id, "summary": summary,
        "prev_hash": prev_hash,
    }
    if content_sha256 is not None:  # entries without it hash exactly as before it existed
        fields["content_sha256"] = content_sha256
    return fields


def _canonical(fields: dict[str, object]) -> bytes:
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _digest(fields: dict[str, object]) -> str:
    return hashlib.sha256(_canonical(fields)).hexdigest()


def _append(conn: Connection, at: dt.datetime, actor: str, events: Iterable[Event],
            witness: TrailWitness | None) -> None:
    """Chain ``(action, entity_type, entity_id, summary, content_sha256)`` events onto the last
    entry; sealed by ``witness`` when the actor is the user who unlocked."""
    sealer = witness if witness is not None and witness.login.casefold() == actor.casefold() else None
    last_id, last_hash = conn.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first() or (0, GENESIS_HASH)
    at = _utc_naive(at)
    rows = []
    for action, entity_type, entity_id, summary, content in events:
        last_id += 1
        fields = _fields(last_id, at, actor, action, entity_type, entity_id, summary, last_hash,
                         content)
        seal = sealer.seal(_canonical(fields)) if sealer is not None else None
        if seal is not None:  # entries without it hash exactly as before seals existed
            fields["actor_seal"] = seal
        entry_hash = _digest(fields)
        rows.append({**fields, "at": at, "hash": entry_hash, "content_sha256": content,
                     "actor_seal": seal})
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


@cache
def _audited_tables() -> dict[str, Table]:
    audited = {m.local_table for m in Base.registry.mappers if issubclass(m.class_, Audited)}
    return {table.name: table for table in metadata.sorted_tables if table in audited}


@cache
def _database_cascades() -> dict[str, list[tuple[Table, str, bool]]]:
    """Per audited table: (child table, child column, whether the child row is deleted) for every
    audited foreign key the database itself follows on delete (CASCADE deletes, SET NULL changes)."""
    audited = _audited_tables()
    found: dict[str, list[tuple[Table, str, bool]]] = defaultdict(list)
    for child in audited.values():
        for fk in child.foreign_keys:
            if fk.ondelete in ("CASCADE", "SET NULL") and fk.column.table.name in audited:
                found[fk.column.table.name].append((child, fk.parent.name, fk.ondelete == "CASCADE"))
    return found


def _raw_rows(table: Table) -> Select[*tuple[Any, ...]]:
    """All columns of ``table`` untyped: the values exactly as SQLite stores them."""
    return select(*(column(c.name) for c in table.columns)).select_from(table)


def _note_database_cascades(session: Session, _flush_context: object, _instances: object) -> None:
    """Before rows are deleted, note which audited rows the database will delete or change along."""
    session.info.pop(_DB_CASCADES, None)  # from a flush that failed
    pending = [(inspect(obj).mapper.local_table.name, _primary_key(obj))
               for obj in session.deleted if isinstance(obj, Audited)]
    if not pending:
        return
    conn, cascades = session.connection(), _database_cascades()
    removed: set[tuple[str, int]] = set()
    nulled: dict[tuple[str, int], set[str]] = defaultdict(set)
    while pending:
        parent, parent_id = pending.pop()
        for child, fk_column, deletes in cascades.get(parent, ()):
            children = select(column("id", Integer)).select_from(child).where(column(fk_column) == parent_id)
            for child_id in conn.scalars(children):
                if not deletes:
                    nulled[(child.name, child_id)].add(fk_column)
                elif (child.name, child_id) not in removed:
                    removed.add((child.name, child_id))
                    pending.append((child.name, child_id))
    session.info[_DB_CASCADES] = (removed, nulled)


def _content_digests(conn: Connection,
                     rows: Iterable[tuple[str, int | None]]) -> dict[tuple[str, int | None], str]:
    """Content hashes of rows as they are now, with one query per table."""
    ids: dict[str, list[int | None]] = defaultdict(list)
    for table, row_id in rows:
        ids[table].append(row_id)
    tables, digests = _audited_tables(), {}
    for name, wanted in ids.items():
        for start in range(0, len(wanted), _IDS_PER_QUERY):
            chunk = wanted[start:start + _IDS_PER_QUERY]
            for row in conn.execute(_raw_rows(tables[name]).where(column("id").in_(chunk))).mappings():
                digests[(name, row["id"])] = content_digest(name, row)
    return digests


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
    removed, nulled = session.info.pop(_DB_CASCADES, (set(), {}))
    known = {(table, row_id) for _, table, row_id, _ in changes}
    changes.extend((DELETED, table, row_id, DELETED) for table, row_id in sorted(removed)
                   if (table, row_id) not in known)
    changes.extend((CHANGED, table, row_id, f"{CHANGED}: {', '.join(sorted(columns))}")
                   for (table, row_id), columns in sorted(nulled.items())
                   if (table, row_id) not in known and (table, row_id) not in removed)
    if not changes:
        return
    actor, clock = _who_and_clock(session)
    conn = session.connection()
    digests = _content_digests(conn, [(t, i) for action, t, i, _ in changes if action != DELETED])
    _append(conn, clock(), actor, [
        (action, table, row_id, summary, digests.get((table, row_id)) if action != DELETED else None)
        for action, table, row_id, summary in changes], session.info.get(WITNESS))
    session.info[APPENDED] = True

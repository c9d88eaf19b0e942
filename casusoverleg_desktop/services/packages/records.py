"""Which rows travel in a package, and how a row becomes the content both vaults compare.

A row's content is a dict of its columns except ``id``, as JSON values: dates and moments as ISO
text (as stored), enums by value, bytes in base64, and every reference to another travelling row
as that row's stable identity (a UUID from ``record_identity``). The same row has the same content
in both vaults, which is what the three-way merge compares.

The scope of a meeting's package (need to know): the meeting, the cases on its agenda, everything
that belongs to them (the rows the database deletes along with them), and every row these point
at (partners, professionals, an earlier meeting's heading); a chain version a reporter's route
belongs to travels whole (``WHOLE``). Nothing else of other cases travels.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Table, UniqueConstraint, select
from sqlalchemy.orm import Mapper, Session

from casusoverleg_desktop.store.base import Base
from casusoverleg_desktop.store.exchange_models import RecordIdentity
from casusoverleg_desktop.store.models import AgendaItem
from casusoverleg_desktop.store.schema import metadata

# Tables that travel, in the order a receiving vault can insert them (parents first).
TRAVELLING = (
    "partner", "professional", "municipality", "case_file", "meeting", "chain_version",
    "agenda_item", "assessment", "balance_sheet", "case_legal_basis", "case_note", "case_retention",
    "case_transition", "chain_member", "consultation", "meeting_attendance", "meeting_record",
    "minutes_version", "reporter", "signal", "signalling_route", "subject", "action_item",
    "agenda_item_invitation", "assessment_panel_member", "balance_dissent",
    "balance_formal_assessment", "balance_question", "balance_rating", "case_item_attendance",
    "contribution", "decision", "gezag_holder", "minutes_correction", "minutes_document",
    "person_link", "reporter_feedback", "reporter_route", "route_step", "action_addressee",
    "action_postponement", "action_review", "balance_entry", "balance_measure", "decision_share",
    "escalation_event", "informed_record", "route_link", "route_passage", "statement_person",
)
# Rows that travel whole, with everything they own, once a row in scope points at them: a signal's
# route belongs to a version of the chain, and half a chain version would be a different chain.
WHOLE = ("chain_version",)

# Numbers users see, unique within a scope: (number column, scope columns).
NUMBERED: Mapping[str, tuple[str, tuple[str, ...]]] = {
    "decision": ("number", ("meeting_id",)),
    "action_item": ("number", ("origin_meeting_id",)),
    "signal": ("number", ("case_id", "is_contra")),
    "minutes_version": ("version", ("meeting_id",)),
    "minutes_correction": ("position", ("minutes_version_id",)),
    "minutes_document": ("revision", ("minutes_version_id",)),
    "balance_sheet": ("version", ("case_id",)),
    "chain_version": ("number", ("municipality_id",)),
}

Content = dict[str, Any]


@dataclass(frozen=True)
class TableInfo:
    name: str
    table: Table
    mapper: Mapper[Any]
    references: Mapping[str, str]  # column → table it points at (a travelling one)
    owners: tuple[tuple[str, str], ...]  # (column, parent table) whose delete takes this row along
    natural_keys: tuple[tuple[str, ...], ...]  # unique column sets other than the number's


@cache
def tables() -> dict[str, TableInfo]:
    mappers = {m.persist_selectable.description: m for m in Base.registry.mappers}
    found: dict[str, TableInfo] = {}
    for name in TRAVELLING:
        table = metadata.tables[name]
        references = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys
                      if fk.column.table.name in TRAVELLING}
        owners = tuple(sorted((fk.parent.name, fk.column.table.name) for fk in table.foreign_keys
                              if fk.ondelete == "CASCADE" and fk.column.table.name in TRAVELLING))
        numbered = NUMBERED.get(name)
        numbered_key = (*numbered[1], numbered[0]) if numbered else ()
        keys = tuple(tuple(c.name for c in constraint.columns) for constraint in table.constraints
                     if isinstance(constraint, UniqueConstraint))
        natural = tuple(k for k in keys if set(k) != set(numbered_key))
        found[name] = TableInfo(name, table, mappers[name], references, owners, natural)
    return found


def model(table: str) -> type[Any]:
    return tables()[table].mapper.class_


# -- scope -------------------------------------------------------------------------------------------


def meeting_scope(session: Session, meeting_id: int) -> dict[str, set[int]]:
    """Row ids per table that a package for ``meeting_id`` may carry (see the module's docstring)."""
    case_ids = set(session.scalars(select(AgendaItem.case_id).where(
        AgendaItem.meeting_id == meeting_id, AgendaItem.case_id.is_not(None))))
    scope: dict[str, set[int]] = defaultdict(set)
    scope["meeting"].add(meeting_id)
    scope["case_file"].update(i for i in case_ids if i is not None)
    _add_owned(session, scope, {"meeting": {meeting_id}, "case_file": set(scope["case_file"])})
    _add_parents(session, scope)
    wholes = {name: set(scope[name]) for name in WHOLE if scope.get(name)}
    if wholes:
        _add_owned(session, scope, wholes)
        _add_parents(session, scope)
    return dict(scope)


def _add_owned(session: Session, scope: dict[str, set[int]], roots: dict[str, set[int]]) -> None:
    """Every row the database would delete along with ``roots``, into ``scope``."""
    info = tables()
    owned_roots = {name: set(ids) for name, ids in roots.items()}
    for name in TRAVELLING:  # parents come first, so one pass takes children of children along
        table = info[name].table
        for column, parent in info[name].owners:
            owned = owned_roots.get(parent)
            if owned:
                found = _ids(session, table, column, owned)
                scope[name].update(found)
                owned_roots.setdefault(name, set()).update(found)


def _add_parents(session: Session, scope: dict[str, set[int]]) -> None:
    """Every row a row in scope points at, until nothing new turns up."""
    info = tables()
    todo = {name: set(ids) for name, ids in scope.items()}
    while todo:
        found: dict[str, set[int]] = defaultdict(set)
        for name, ids in todo.items():
            table = info[name].table
            for column, parent in info[name].references.items():
                for parent_id in _values(session, table, column, ids):
                    if parent_id not in scope[parent]:
                        found[parent].add(parent_id)
        for name, ids in found.items():
            scope[name].update(ids)
        todo = {name: ids for name, ids in found.items() if ids}


def _ids(session: Session, table: Table, column: str, values: set[int]) -> set[int]:
    found: set[int] = set()
    for chunk in chunks(values):
        found.update(session.scalars(select(table.c.id).where(table.c[column].in_(chunk))))
    return found


def _values(session: Session, table: Table, column: str, ids: set[int]) -> set[int]:
    found: set[int] = set()
    for chunk in chunks(ids):
        found.update(v for v in session.scalars(select(table.c[column]).where(table.c.id.in_(chunk)))
                     if v is not None)
    return found


def chunks(values: Iterable[int], size: int = 900) -> Iterable[list[int]]:
    ordered = sorted(values)
    for start in range(0, len(ordered), size):
        yield ordered[start:start + size]


# -- identities ------------------------------------------------------------------------------------


class Identities:
    """Row ↔ stable identity within one session; gives a row its identity when it first travels."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._uid: dict[tuple[str, int], str] = {}
        self._row: dict[str, tuple[str, int | None]] = {}
        self._asked_rows: set[tuple[str, int]] = set()  # looked up: known, or without identity
        self._asked_uids: set[str] = set()

    def load(self, table: str, row_ids: Iterable[int]) -> None:
        wanted = [i for i in row_ids if (table, i) not in self._asked_rows]
        self._asked_rows.update((table, i) for i in wanted)
        with self.session.no_autoflush:  # identities made in this session are known already
            for chunk in chunks(wanted):
                for identity in self.session.scalars(select(RecordIdentity).where(
                        RecordIdentity.table_name == table, RecordIdentity.row_id.in_(chunk))):
                    self._remember(identity)

    def load_uids(self, uids: Iterable[str]) -> None:
        wanted = sorted(u for u in uids if u not in self._asked_uids)
        self._asked_uids.update(wanted)
        with self.session.no_autoflush:
            for start in range(0, len(wanted), 900):
                for identity in self.session.scalars(select(RecordIdentity).where(
                        RecordIdentity.uid.in_(wanted[start:start + 900]))):
                    self._remember(identity)

    def _remember(self, identity: RecordIdentity) -> None:
        """A row with two identities (both vaults made it) travels as the lower one, in both vaults."""
        self._row[identity.uid] = (identity.table_name, identity.row_id)
        if identity.row_id is not None:
            key = (identity.table_name, identity.row_id)
            self._uid[key] = min(self._uid.get(key, identity.uid), identity.uid)

    def uid_of(self, table: str, row_id: int) -> str:
        """The row's own identity, made now when it has none."""
        known = self._uid.get((table, row_id))
        if known is None:
            self.load(table, [row_id])
            known = self._uid.get((table, row_id))
        if known is None:
            known = str(uuid.uuid4())
            self.bind(known, table, row_id)
        return known

    def row_of(self, uid: str) -> tuple[str, int | None] | None:
        """(table, row id) of an identity this vault knows; row id None when the row was deleted."""
        if uid not in self._row:
            self.load_uids([uid])
        return self._row.get(uid)

    def rebind(self, uid: str, table: str, row_id: int) -> None:
        """A deleted row's identity on the row that brings it back."""
        identity = self.session.get(RecordIdentity, uid)
        if identity is None:
            self.bind(uid, table, row_id)
            return
        identity.row_id = row_id
        self._remember(identity)

    def prefetch(self, table: str, rows: Mapping[int, Any]) -> None:
        """Load the identities of ``rows`` and of every row they point at, a query per table."""
        self.load(table, rows)
        for column, parent in tables()[table].references.items():
            key = tables()[table].table.c[column].key
            self.load(parent, {getattr(obj, key) for obj in rows.values()} - {None})

    def bind(self, uid: str, table: str, row_id: int, alias: bool = False) -> None:
        identity = RecordIdentity(uid=uid, table_name=table, row_id=row_id, alias=alias)
        self.session.add(identity)
        self._asked_uids.add(uid)
        self._remember(identity)


# -- content ---------------------------------------------------------------------------------------


def content_of(obj: Any, table: str, identities: Identities) -> Content:
    """The row's content: every column but ``id``, references as identities."""
    info = tables()[table]
    content: Content = {}
    for column in info.table.columns:
        if column.name == "id":
            continue
        value = getattr(obj, column.key)
        parent = info.references.get(column.name)
        if parent is not None and value is not None:
            content[column.name] = identities.uid_of(parent, value)
        else:
            content[column.name] = to_json(value)
    return content


def to_json(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def from_json(table: str, column: str, value: Any) -> Any:
    """The Python value of ``column`` for a JSON value (references are resolved by the caller)."""
    if value is None:
        return None
    kind = tables()[table].table.c[column].type.python_type
    if issubclass(kind, enum.Enum):
        return kind(value)
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    if kind is dt.time:
        return dt.time.fromisoformat(value)
    if kind is bytes:
        return base64.b64decode(value, validate=True)
    if kind is bool:
        if not isinstance(value, bool):
            raise ValueError(f"{column}: not a boolean")
        return value
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{column}: not a whole number")
        return value
    if not isinstance(value, str):
        raise ValueError(f"{column}: not text")
    return value


def load_rows(session: Session, table: str, ids: Iterable[int]) -> dict[int, Any]:
    cls = model(table)
    rows: dict[int, Any] = {}
    for chunk in chunks(ids):
        for obj in session.scalars(select(cls).where(cls.id.in_(chunk))):
            rows[obj.id] = obj
    return rows

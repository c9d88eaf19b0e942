"""The merge of a package into this vault: planned first (what is new, changed, deleted, and what
conflicts), applied once every conflict is decided. See ``package`` for the rules in short and
docs/packages.md for the whole of them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.documents.signing import verify_pdf
from casusoverleg_desktop.domain.enums import MeetingStatus
from casusoverleg_desktop.domain.merge import merge_fields
from casusoverleg_desktop.errors import ImportRejected
from casusoverleg_desktop.services.packages import records
from casusoverleg_desktop.services.packages.labels import field_label, record_label, table_label
from casusoverleg_desktop.services.packages.peers import card_of
from casusoverleg_desktop.services.packages.records import NUMBERED, TRAVELLING, Content, Identities
from casusoverleg_desktop.store.document_models import MinutesDocument
from casusoverleg_desktop.store.exchange_models import Peer, ReceivedSignature, SyncBase
from casusoverleg_desktop.store.models import Meeting
from casusoverleg_desktop.store.pki_models import SignatureRecord

DELETED_PENDING = "-"  # the pending content of a deletion sent
CLOSED = "#gesloten"  # the key of a CLOSED_HERE conflict, after the record's identity
# What a meeting records, by the column that leads to it: a closed meeting's minutes keep these as
# they stood at the closing, so a later change from the other laptop is put to the user.
MEETING_CONTENT = {
    "agenda_item": "meeting_id", "decision": "meeting_id", "meeting_attendance": "meeting_id",
    "contribution": "agenda_item_id", "case_item_attendance": "agenda_item_id",
    "agenda_item_invitation": "agenda_item_id", "decision_share": "decision_id",
}


class Keep(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True)
class Combined:
    """A conflict decided with a text the user made of both."""

    text: str


Choice = Keep | Combined


class ConflictKind(StrEnum):
    FIELD = "veld"
    DELETED_HERE = "hier verwijderd"
    DELETED_THERE = "daar verwijderd"
    CLOSED_HERE = "hier gesloten"  # a change to a meeting this vault has closed: not in its minutes


@dataclass(frozen=True)
class Conflict:
    key: str  # what a decision is given for: "<uid>" or "<uid>/<column>"
    kind: ConflictKind
    record: str
    field: str
    mine: str
    theirs: str
    combinable: bool



@dataclass(frozen=True)
class IncomingPackage:
    peer: str
    sender: str
    meeting: str
    sequence: int
    made_at: dt.datetime
    new: dict[str, int]
    changed: dict[str, int]
    deleted: int
    unchanged: int
    conflicts: tuple[Conflict, ...]



@dataclass
class Opened:
    peer: Peer
    header: dict[str, Any]
    payload: dict[str, Any]
    sha256: str



@dataclass
class Step:
    table: str
    uid: str
    theirs: Content | None  # None: deleted there
    row_id: int | None = None
    values: Content | None = None  # the content to write (insert, update or restore)
    action: str = "none"  # insert | update | restore | delete | none
    alias: bool = False
    conflicts: list[Conflict] = field(default_factory=list)
    mine: Content | None = None  # the row's content here, when it exists


def _record_conflict(uid: str, kind: ConflictKind, table: str, content: Content, mine: str,
                     theirs: str) -> Conflict:
    """A record deleted on one side and changed on the other."""
    return Conflict(uid, kind, record_label(table, content), "", mine, theirs, False)


class Plan:
    def __init__(self, session: Session, opened: Opened) -> None:
        self.session = session
        self.opened = opened
        self.identities = Identities(session)
        acknowledged = opened.header["acknowledged"]
        self.bases: dict[str, Content | None] = {}
        self.base_rows: dict[str, SyncBase] = {}
        for base in session.scalars(select(SyncBase).where(SyncBase.peer_id == opened.peer.id)):
            self.base_rows[base.uid] = base
            acked = base.pending is not None and (base.pending_sequence or 0) <= acknowledged
            text = base.pending if acked else base.content
            self.bases[base.uid] = None if text in (None, DELETED_PENDING) else json.loads(text)
        incoming = [r["uid"] for r in opened.payload["records"]]
        self.identities.load_uids([*incoming, *(d["uid"] for d in opened.payload["deleted"])])
        self.incoming = {r["uid"]: r for r in opened.payload["records"]}
        self.numbering_leads = str(opened.header["to_vault"]) < opened.peer.vault_uid
        self.steps: list[Step] = []
        self._rows: dict[tuple[str, int], Any] = {}

    def build(self) -> None:
        self._prefetch()
        order = {t: i for i, t in enumerate(TRAVELLING)}
        for item in sorted(self.opened.payload["records"], key=lambda r: order[r["table"]]):
            self.steps.append(self._record(item["table"], item["uid"], item["content"]))
        for item in self.opened.payload["deleted"]:
            self.steps.append(self._deletion(item["table"], item["uid"]))
        self._restore_missing_parents()
        self._guard_closed_meetings()

    def _prefetch(self) -> None:
        """The rows here that the package touches, and their references' identities, in bulk."""
        wanted: dict[str, set[int]] = defaultdict(set)
        for uid in [*self.incoming, *(d["uid"] for d in self.opened.payload["deleted"])]:
            known = self.identities.row_of(uid)
            if known is not None and known[1] is not None:
                wanted[known[0]].add(known[1])
        for table, ids in wanted.items():
            rows = records.load_rows(self.session, table, ids)
            self.identities.prefetch(table, rows)
            self._rows.update(((table, i), obj) for i, obj in rows.items())

    def _mine(self, table: str, row_id: int) -> Content:
        obj = self._rows.get((table, row_id))
        if obj is None:
            obj = records.load_rows(self.session, table, [row_id])[row_id]
        return records.content_of(obj, table, self.identities)

    def _record(self, table: str, uid: str, theirs: Content) -> Step:
        step = Step(table, uid, theirs)
        known = self.identities.row_of(uid)
        base = self.bases.get(uid)
        if known is None:
            existing = self._same_key(table, theirs)
            if existing is None:
                step.action, step.values = "insert", dict(theirs)
                return step
            step.alias, known = True, (table, existing)
        if known[1] is None:  # deleted here
            if base is not None and base == theirs:
                return step
            step.row_id = None
            step.conflicts.append(_record_conflict(uid, ConflictKind.DELETED_HERE, table, theirs,
                                                   "verwijderd", "gewijzigd"))
            step.values, step.action = dict(theirs), "restore"
            return step
        step.row_id = known[1]
        mine = step.mine = self._mine(table, known[1])
        merge = merge_fields(base, mine, theirs)
        step.values = merge.merged
        if merge.taken or merge.conflicts:
            step.action = "update"
        for column in merge.conflicts:
            if table in NUMBERED and column == NUMBERED[table][0]:
                # Both vaults renumbered it: not the users' words, so no question to them. Both
                # follow the numbering of the same vault, and collisions are settled again after.
                if not self.numbering_leads:
                    step.values[column] = theirs[column]
                continue
            step.conflicts.append(self._field_conflict(uid, table, column, mine, theirs))
        return step

    def _deletion(self, table: str, uid: str) -> Step:
        step = Step(table, uid, None)
        known = self.identities.row_of(uid)
        if known is None or known[1] is None:
            return step
        step.row_id = known[1]
        mine = step.mine = self._mine(table, known[1])
        step.action = "delete"
        if self.bases.get(uid) != mine:
            step.conflicts.append(_record_conflict(uid, ConflictKind.DELETED_THERE, table, mine,
                                                   "gewijzigd", "verwijderd"))
        return step

    def _restore_missing_parents(self) -> None:
        """A record that points at a row deleted here, which the package does not carry: bring
        the row back from the last shared content, or keep it deleted (a conflict to decide)."""
        planned = {s.uid for s in self.steps}
        for step in list(self.steps):
            if step.theirs is None:
                continue
            info = records.tables()[step.table]
            for column, parent in info.references.items():
                parent_uid = step.theirs.get(column)
                if parent_uid is None or parent_uid in planned:
                    continue
                known = self.identities.row_of(parent_uid)
                if known is None:
                    raise ImportRejected("Het pakket verwijst naar gegevens die deze kluis niet heeft; "
                                         "lees eerst de eerdere pakketten in, of vraag een nieuw pakket.")
                base = self.bases.get(parent_uid)
                if known[1] is None and base is not None:
                    restore = Step(parent, parent_uid, base, action="restore", values=dict(base))
                    restore.conflicts.append(_record_conflict(
                        parent_uid, ConflictKind.DELETED_HERE, parent, base, "verwijderd", "aangevuld"))
                    self.steps.insert(0, restore)
                    planned.add(parent_uid)

    def _guard_closed_meetings(self) -> None:
        """A change the other laptop made to a meeting that is closed here would not reach the
        minutes (they keep what stood at the closing): it is put to the user, never taken silently.
        "Mine" leaves the closed meeting as it is; "theirs" takes their version whole."""
        closed = set(self.session.scalars(select(Meeting.id).where(
            Meeting.status.in_((MeetingStatus.GEHOUDEN, MeetingStatus.GEANNULEERD)))))
        if not closed:
            return
        for step in self.steps:
            content = step.theirs if step.theirs is not None else step.mine
            if step.action == "none" or step.table not in MEETING_CONTENT or content is None \
                    or self._meeting_of(step.table, content) not in closed:
                continue
            mine, theirs = self._difference(step.table, step.mine, step.theirs)
            step.conflicts = [Conflict(step.uid + CLOSED, ConflictKind.CLOSED_HERE,
                                       record_label(step.table, content), "", mine, theirs, False)]

    def _meeting_of(self, table: str, content: Content) -> int | None:
        column = MEETING_CONTENT[table]
        known = self.identities.row_of(str(content.get(column)))
        if known is None or known[1] is None:
            return None
        if known[0] == "meeting":
            return known[1]
        parent = self._rows.get((known[0], known[1])) \
            or records.load_rows(self.session, known[0], [known[1]])[known[1]]
        return int(parent.meeting_id)

    def _difference(self, table: str, mine: Content | None, theirs: Content | None) -> tuple[str, str]:
        """Both sides of a record as the user reads them: the fields that differ."""
        if mine is None or theirs is None:
            present = theirs if mine is None else mine
            assert present is not None
            shown = record_label(table, present)
            return ("—", shown) if mine is None else (shown, "verwijderd")
        differing = [c for c in theirs if theirs[c] != mine.get(c)]

        def lines(content: Content) -> str:
            return "\n".join(f"{field_label(c)}: {self._shown(table, c, content.get(c))}" for c in differing)

        return lines(mine), lines(theirs)

    def _same_key(self, table: str, theirs: Content) -> int | None:
        """A row here with the same natural key (a partner's name, an invitation): the same thing."""
        info = records.tables()[table]
        for key in info.natural_keys:
            values = {}
            for column in key:
                value = theirs.get(column)
                if value is None:
                    break
                if column in info.references:
                    known = self.identities.row_of(value)
                    if known is None or known[1] is None:
                        break
                    value = known[1]
                else:
                    value = records.from_json(table, column, value)
                values[column] = value
            else:
                row = self.session.scalar(select(info.table.c.id).where(
                    *(info.table.c[c] == v for c, v in values.items())))
                if row is not None:
                    return int(row)
        return None

    def _field_conflict(self, uid: str, table: str, column: str, mine: Content, theirs: Content) -> Conflict:
        column_type = records.tables()[table].table.c[column].type.python_type
        reference = column in records.tables()[table].references
        return Conflict(f"{uid}/{column}", ConflictKind.FIELD, record_label(table, mine),
                        field_label(column),
                        self._shown(table, column, mine.get(column)),
                        self._shown(table, column, theirs.get(column)),
                        column_type is str and not reference)

    def _shown(self, table: str, column: str, value: Any) -> str:
        if value is None:
            return "—"
        parent = records.tables()[table].references.get(column)
        if parent is not None:
            known = self.identities.row_of(value)
            if known is not None and known[1] is not None:
                return record_label(parent, self._mine(parent, known[1]))
            if value in self.incoming:
                return record_label(parent, self.incoming[value]["content"])
            return "(een ander gegeven)"
        return str(value)

    def conflicts(self) -> tuple[Conflict, ...]:
        return tuple(c for s in self.steps for c in s.conflicts)

    def summary(self) -> IncomingPackage:
        new: Counter[str] = Counter()
        changed: Counter[str] = Counter()
        unchanged = deleted = 0
        for step in self.steps:
            if step.action == "insert":
                new[table_label(step.table)] += 1
            elif step.action in ("update", "restore"):
                changed[table_label(step.table)] += 1
            elif step.action == "delete":
                deleted += 1
            else:
                unchanged += 1
        header = self.opened.header
        card = card_of(self.opened.peer)
        return IncomingPackage(
            self.opened.peer.name, card.get("name", header.get("from_login", "")),
            str(self.opened.payload.get("meeting", {}).get("label", "")), header["sequence"],
            dt.datetime.fromisoformat(header["made_at"]), dict(new), dict(changed), deleted, unchanged,
            self.conflicts())



class Apply:
    def __init__(self, session: Session, plan: Plan, decisions: Mapping[str, Choice]) -> None:
        self.session = session
        self.plan = plan
        self.decisions = decisions
        self.ids = plan.identities
        self.renumbered: list[str] = []
        self.dropped: list[str] = []
        self.new_documents: list[Any] = []

    def run(self) -> None:
        kept_deleted: set[str] = set()
        for step in self.plan.steps:
            self._decide(step, kept_deleted)
        by_table: dict[str, list[Step]] = defaultdict(list)
        for step in self.plan.steps:
            if step.uid in kept_deleted or self._needs_kept_deleted(step, kept_deleted):
                continue
            by_table[step.table].append(step)
        with self.session.no_autoflush:
            for table in TRAVELLING:
                self._write_table(table, by_table.get(table, []))
        for table in reversed(TRAVELLING):
            for step in by_table.get(table, []):
                if step.action == "delete" and step.row_id is not None:
                    obj = self.session.get(records.model(table), step.row_id)
                    if obj is not None:
                        self.session.delete(obj)
        self.session.flush()

    def _decide(self, step: Step, kept_deleted: set[str]) -> None:
        for conflict in step.conflicts:
            choice = self.decisions[conflict.key]
            if conflict.kind is ConflictKind.FIELD:
                column = conflict.key.split("/", 1)[1]
                assert step.values is not None and step.theirs is not None
                if choice == Keep.THEIRS:
                    step.values[column] = step.theirs[column]
                elif isinstance(choice, Combined):
                    step.values[column] = choice.text
            elif conflict.kind is ConflictKind.DELETED_HERE and choice != Keep.THEIRS:
                kept_deleted.add(step.uid)
                step.action = "none"
            elif conflict.kind is ConflictKind.DELETED_THERE and choice != Keep.THEIRS:
                step.action = "none"
            elif conflict.kind is ConflictKind.CLOSED_HERE:
                if choice != Keep.THEIRS:
                    step.action = "none"
                elif step.theirs is not None:
                    step.values = dict(step.theirs)
        if step.action == "update" and step.values == step.mine and not step.alias:
            step.action = "none"  # every difference decided for this side: nothing changes here

    def _needs_kept_deleted(self, step: Step, kept_deleted: set[str]) -> bool:
        """A record that points at a row the user kept deleted cannot come in."""
        if step.theirs is None or not kept_deleted:
            return False
        for column in records.tables()[step.table].references:
            if step.theirs.get(column) in kept_deleted:
                self.dropped.append(record_label(step.table, step.theirs))
                kept_deleted.add(step.uid)
                return True
        return False

    def _write_table(self, table: str, steps: list[Step]) -> None:
        cls = records.model(table)
        info = records.tables()[table]
        self_refs = {info.table.c[c].key for c, parent in info.references.items() if parent == table}
        prepared: list[tuple[Step, dict[str, Any]]] = []
        for step in steps:
            if step.action not in ("insert", "update", "restore") or step.values is None:
                if step.alias and step.row_id is not None:
                    self.ids.bind(step.uid, table, step.row_id, alias=True)
                continue
            prepared.append((step, {info.table.c[column].key: self._value(table, column, value)
                                    for column, value in step.values.items()}))
        if table in NUMBERED:
            self._settle_numbers(table, prepared)
        written: list[tuple[Step, Any, dict[str, Any]]] = []
        for step, attributes in prepared:
            obj = cls() if step.action in ("insert", "restore") else self.session.get(cls, step.row_id)
            for key, value in attributes.items():
                if key not in self_refs or step.action == "update":
                    setattr(obj, key, value)
            if step.action in ("insert", "restore"):
                self.session.add(obj)
            written.append((step, obj, attributes))
        self.session.flush()
        for step, obj, attributes in written:
            if step.action == "insert":
                self.ids.bind(step.uid, table, obj.id)
            elif step.action == "restore":
                self.ids.rebind(step.uid, table, obj.id)
            elif step.alias:
                self.ids.bind(step.uid, table, obj.id, alias=True)
            if table == "minutes_document" and step.action == "insert":
                self.new_documents.append(obj)
            for key in self_refs:  # rows of this table pointing at each other: once all exist
                setattr(obj, key, attributes[key])

    def _value(self, table: str, column: str, value: Any) -> Any:
        parent = records.tables()[table].references.get(column)
        if parent is None or value is None:
            try:
                return records.from_json(table, column, value)
            except (ValueError, TypeError):
                raise ImportRejected(f"Het pakket is beschadigd: {table}.{column} heeft een "
                                     "onbruikbare waarde.") from None
        known = self.ids.row_of(value)
        if known is None or known[1] is None:
            raise ImportRejected("Het pakket verwijst naar gegevens die deze kluis niet heeft; lees "
                                 "eerst de eerdere pakketten in, of vraag een nieuw pakket.")
        return known[1]

    def _settle_numbers(self, table: str, prepared: list[tuple[Step, dict[str, Any]]]) -> None:
        """Numbers users see stay unique in their scope: of the records claiming one number (here
        and in the package), the lowest identity keeps it and the others, in identity order, get
        the next free numbers. Rows here that must move are moved first, through a free number."""
        number_column, scope_columns = NUMBERED[table]
        cls = records.model(table)
        info = records.tables()[table]
        number_key = info.table.c[number_column].key
        scope_keys = [info.table.c[c].key for c in scope_columns]
        incoming: dict[tuple[Any, ...], dict[str, dict[str, Any]]] = defaultdict(dict)
        for step, attributes in prepared:
            incoming[tuple(attributes[k] for k in scope_keys)][step.uid] = attributes
        updated = {step.row_id for step, _ in prepared if step.action == "update"}
        moves: list[tuple[Any, int]] = []
        for scope, claims in incoming.items():
            local = [row for row in self.session.scalars(select(cls).where(
                *(getattr(cls, k) == v for k, v in zip(scope_keys, scope, strict=True))))
                if row.id not in updated]
            self.ids.prefetch(table, {row.id: row for row in local})
            numbers = {self.ids.uid_of(table, row.id): getattr(row, number_key) for row in local}
            rows = {self.ids.uid_of(table, row.id): row for row in local}
            numbers.update({uid: attributes[number_key] for uid, attributes in claims.items()})
            by_number: dict[int, list[str]] = defaultdict(list)
            for uid, number in numbers.items():
                by_number[number].append(uid)
            highest = max(numbers.values(), default=0)
            for number in sorted(by_number):
                for uid in sorted(by_number[number])[1:]:  # the lowest identity keeps it
                    highest += 1
                    attributes = claims.get(uid) or {c.key: getattr(rows[uid], c.key)
                                                     for c in info.table.columns}
                    self._renumbered(table, attributes, number_key, number, highest,
                                     "uit het pakket" if uid in claims else "van deze laptop")
                    if uid in claims:
                        claims[uid][number_key] = highest
                    else:
                        moves.append((rows[uid], highest))
        if moves:
            for row, _ in moves:
                setattr(row, number_key, -row.id)
            self.session.flush()
            for row, number in moves:
                setattr(row, number_key, number)
            self.session.flush()

    def _renumbered(self, table: str, attributes: dict[str, Any], column: str, old: int, new: int,
                    whose: str) -> None:
        self.renumbered.append(f"{record_label(table, {**attributes, column: old})} {whose} heet nu "
                               f"{record_label(table, {**attributes, column: new})}")

    def receive_signatures(self, roots: list[x509.Certificate], now: dt.datetime) -> None:
        """Signatures in minutes that came in, placed in the other vault: read from the PDF."""
        for document in self.new_documents:
            report = verify_pdf(document.pdf, roots, at=now)
            stored = select(MinutesDocument.sha256).where(
                MinutesDocument.minutes_version_id == document.minutes_version_id)
            known = set(self.session.scalars(select(SignatureRecord.field_name).where(
                SignatureRecord.signed_sha256.in_(stored))))
            known |= set(self.session.scalars(select(ReceivedSignature.field_name).where(
                ReceivedSignature.signed_sha256.in_(stored))))
            for check in report.signatures:
                if check.field in known or check.signed_at is None \
                        or not (check.intact and check.valid and check.trusted):
                    continue
                self.session.add(ReceivedSignature(
                    peer_id=self.plan.opened.peer.id, field_name=check.field[:80],
                    signer=check.signer[:200], reason=check.reason[:120],
                    signed_sha256=document.sha256, signed_at=check.signed_at))
                known.add(check.field)


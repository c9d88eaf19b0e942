"""Packages between two paired vaults: made for a meeting, read with a summary, merged without
overwriting anything either side typed.

Making a package (``make_package``): the rows of the meeting's scope (``records.meeting_scope``)
whose content differs from what the peer last acknowledged (``sync_base``), and the rows deleted
since; each sent content is kept as pending until the peer's next package acknowledges it.

Reading one (``read_package`` for the summary, ``import_package`` to merge): everything is checked
before anything is written (``open_package``): the format, the receiving vault, the paired sender
and their signature, and the sequence (no replay, nothing older). Then per record the three-way
merge (``domain.merge``): what only the other side changed is taken over; what both added is kept
side by side; a field both changed differently is a conflict the user decides (mine, theirs, or a
combined text). The import is one transaction: all of it, or nothing when a conflict is left open.
Numbers users see (B3, A5, S2) stay unique: of two records claiming one, the one with the lower
identity keeps it in both vaults, the other gets the next free number.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import uuid
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from cryptography import x509
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casusoverleg_desktop import __version__
from casusoverleg_desktop.documents import pki
from casusoverleg_desktop.documents.signing import verify_pdf
from casusoverleg_desktop.domain.merge import merge_fields
from casusoverleg_desktop.errors import ImportRejected, InputError
from casusoverleg_desktop.services import audit, signing
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.services.minutes import meeting_label
from casusoverleg_desktop.services.packages import records
from casusoverleg_desktop.services.packages.peers import card_of, own_identity, peer_named, signs_for
from casusoverleg_desktop.services.packages.records import NUMBERED, TRAVELLING, Content, Identities
from casusoverleg_desktop.store.document_models import MinutesDocument
from casusoverleg_desktop.store.exchange_models import PackageLog, Peer, ReceivedSignature, SyncBase
from casusoverleg_desktop.store.models import Meeting
from casusoverleg_desktop.store.pki_models import SignatureRecord
from casusoverleg_desktop.vault.envelope import (
    Envelope,
    EnvelopeError,
    canonical,
    open_payload,
    read_envelope,
    seal,
    verify,
)

__all__ = [
    "Combined",
    "Conflict",
    "ConflictsRemain",
    "FORMAT_VERSION",
    "ImportResult",
    "IncomingPackage",
    "Keep",
    "OutgoingPackage",
    "PACKAGE_SUFFIX",
    "import_package",
    "make_package",
    "outgoing_summary",
    "read_package",
]

FORMAT = "casusoverleg-pakket"
FORMAT_VERSION = 1
PACKAGE_SUFFIX = ".cpakket"
_DELETED = "-"  # pending content of a deletion sent
PACKAGE_EVENT = "pakket"
MADE = "pakket gemaakt"
READ = "pakket ingelezen"

TABLE_LABELS = {  # how a summary counts them
    "partner": "organisaties", "professional": "professionals", "case_file": "casussen",
    "meeting": "vergaderingen", "agenda_item": "agendapunten", "assessment": "wegingen",
    "balance_sheet": "balansen", "case_legal_basis": "grondslagen", "case_note": "casusnotities",
    "case_retention": "bewaartermijnen", "case_transition": "statuswijzigingen",
    "consultation": "consultaties", "meeting_attendance": "aanwezigheid",
    "meeting_record": "vastgelegde vergaderingen", "minutes_version": "verslagversies",
    "reporter": "melders", "signal": "signalen", "subject": "betrokkenen", "action_item": "actiepunten",
    "agenda_item_invitation": "uitnodigingen", "assessment_panel_member": "wegers",
    "balance_dissent": "afwijkende standpunten", "balance_formal_assessment": "formele taxaties",
    "balance_question": "open vragen", "balance_rating": "scores", "case_item_attendance":
    "aanwezigheid bij casussen", "contribution": "inbreng", "decision": "besluiten",
    "gezag_holder": "gezagsdragers", "minutes_correction": "verslagcorrecties",
    "minutes_document": "ondertekende verslagen", "person_link": "familierelaties",
    "reporter_feedback": "terugkoppelingen", "action_addressee": "actie-adressaten",
    "action_postponement": "uitstel van acties", "action_review": "actiebesprekingen",
    "balance_entry": "balansregels", "balance_measure": "maatregelen", "decision_share": "gedeelde besluiten",
    "escalation_event": "op- en afschalingen", "informed_record": "informeren van betrokkenen",
    "statement_person": "bronpersonen",
}
RECORD_LABELS = {
    "contribution": "Inbreng", "case_note": "Casusnotitie", "balance_entry": "Balansregel",
    "balance_measure": "Maatregel", "balance_question": "Open vraag", "reporter_feedback": "Terugkoppeling",
    "case_transition": "Statuswijziging", "agenda_item_invitation": "Uitnodiging",
    "meeting_attendance": "Aanwezigheid", "case_item_attendance": "Aanwezigheid bij casus",
}
FIELD_LABELS = {
    "text": "tekst", "description": "omschrijving", "status": "status", "title": "titel",
    "question": "vraag", "notes": "aantekeningen", "note": "notitie", "due_date": "uiterste datum",
    "location": "locatie", "name": "naam", "purpose": "doel", "rationale": "onderbouwing",
    "condition": "voorwaarde", "status_note": "toelichting bij de status", "reason": "reden",
    "held_on": "datum", "start_time": "begintijd", "end_time": "eindtijd", "number": "nummer",
    "statement_type": "soort uitspraak", "content": "inhoud", "function": "functie",
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
class OutgoingPackage:
    peer: str
    meeting: str
    sequence: int
    records: dict[str, int]
    deletions: int
    data: bytes = b""

    @property
    def file_name(self) -> str:
        return f"casusoverleg-pakket-{self.sequence:04d}{PACKAGE_SUFFIX}"

    @property
    def total(self) -> int:
        return sum(self.records.values())


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


@dataclass(frozen=True)
class ImportResult:
    package: IncomingPackage
    renumbered: tuple[str, ...]
    dropped: tuple[str, ...]


class ConflictsRemain(InputError):
    """The package holds conflicts not yet decided: nothing was written."""

    exit_code = 3

    def __init__(self, conflicts: tuple[Conflict, ...]) -> None:
        super().__init__(f"Het pakket bevat {len(conflicts)} conflict(en) die eerst beslist moeten "
                         "worden; er is niets ingelezen.")
        self.conflicts = conflicts


# -- making ----------------------------------------------------------------------------------------


def outgoing_summary(ctx: ServiceContext, peer_name: str, meeting_id: int) -> OutgoingPackage:
    """What a package for ``meeting_id`` to ``peer_name`` would carry now (nothing is written)."""
    with ctx.unit_of_work() as session:
        peer = peer_named(session, peer_name)
        summary, _ = _collect(session, peer, meeting_id, _bases(session, peer))
        session.rollback()  # identities given to rows for the count only
    return summary


def make_package(ctx: ServiceContext, vault_id: str, peer_name: str, meeting_id: int) -> OutgoingPackage:
    """A sealed package for ``meeting_id`` to the paired vault ``peer_name``, signed by the acting
    user, with the summary of what it carries. Logged; its contents pending until acknowledged."""
    key = signing.acting_key(ctx)
    with ctx.unit_of_work() as session:
        peer = peer_named(session, peer_name)
        identity = own_identity(session, ctx, vault_id)
        bases = _bases(session, peer)
        with session.no_autoflush:  # identities given to rows are written once, at the end
            summary, payload = _collect(session, peer, meeting_id, bases)
        sequence = summary.sequence
        header = {
            "format": FORMAT, "version": FORMAT_VERSION, "app": __version__,
            "package": str(uuid.uuid4()), "from_vault": identity.vault_uid, "from_login": ctx.actor,
            "to_vault": peer.vault_uid, "sequence": sequence,
            "acknowledged": _last_sequence(session, peer.id, outgoing=False),
            "made_at": ctx.clock().isoformat(), "certificate": pki.certificate_pem(key.certificate),
        }
        data = seal(canonical(payload), header, _exchange_key(peer), key.private_key)
        for item in payload["records"]:
            _set_pending(session, bases, peer.id, item["uid"], canonical(item["content"]).decode(), sequence)
        for item in payload["deleted"]:
            _set_pending(session, bases, peer.id, item["uid"], _DELETED, sequence)
        session.add(PackageLog(
            peer_id=peer.id, outgoing=True, sequence=sequence, package_uid=header["package"],
            acknowledged=header["acknowledged"], login=ctx.actor, meeting_label=summary.meeting[:200],
            records=summary.total, deletions=summary.deletions, conflicts=0,
            sha256=hashlib.sha256(data).hexdigest(), at=ctx.clock()))
        audit.record_event(session, MADE, PACKAGE_EVENT, meeting_id,
                           f"voor {peer.name}, nummer {sequence}: {summary.total} gegevens, "
                           f"{summary.deletions} verwijderd")
    return OutgoingPackage(summary.peer, summary.meeting, sequence, summary.records, summary.deletions, data)


def _bases(session: Session, peer: Peer) -> dict[str, SyncBase]:
    return {b.uid: b for b in session.scalars(select(SyncBase).where(SyncBase.peer_id == peer.id))}


def _collect(session: Session, peer: Peer, meeting_id: int,
             bases: dict[str, SyncBase]) -> tuple[OutgoingPackage, dict[str, Any]]:
    meeting = fetch(session, Meeting, meeting_id)
    identities = Identities(session)
    scope = records.meeting_scope(session, meeting_id)
    items: list[dict[str, Any]] = []
    counts: Counter[str] = Counter()
    for table in TRAVELLING:
        rows = records.load_rows(session, table, scope.get(table, ()))
        identities.prefetch(table, rows)
        for row_id in sorted(rows):
            content = records.content_of(rows[row_id], table, identities)
            uid = identities.uid_of(table, row_id)
            base = bases.get(uid)
            if base is None or base.content != canonical(content).decode():
                items.append({"table": table, "uid": uid, "content": content})
                counts[_table_label(table)] += 1
    identities.load_uids(bases)
    deleted = [{"table": row[0], "uid": uid} for uid, base in sorted(bases.items())
               if base.content is not None and (row := identities.row_of(uid)) is not None
               and row[1] is None]
    label = f"{meeting_label(meeting)} van {meeting.held_on:%d-%m-%Y}"
    payload = {"meeting": {"uid": identities.uid_of("meeting", meeting_id), "label": label},
               "records": items, "deleted": deleted}
    sequence = _last_sequence(session, peer.id, outgoing=True) + 1
    return OutgoingPackage(peer.name, label, sequence, dict(counts), len(deleted)), payload


def _set_pending(session: Session, bases: dict[str, SyncBase], peer_id: int, uid: str, content: str,
                 sequence: int) -> None:
    if uid not in bases:
        bases[uid] = SyncBase(peer_id=peer_id, uid=uid, content=None)
        session.add(bases[uid])
    bases[uid].pending, bases[uid].pending_sequence = content, sequence


def _last_sequence(session: Session, peer_id: int, *, outgoing: bool) -> int:
    return session.scalar(select(func.max(PackageLog.sequence)).where(
        PackageLog.peer_id == peer_id, PackageLog.outgoing.is_(outgoing))) or 0


def _exchange_key(peer: Peer) -> bytes:
    return base64.b64decode(card_of(peer)["exchange_key"])


# -- reading ---------------------------------------------------------------------------------------


@dataclass
class _Opened:
    peer: Peer
    header: dict[str, Any]
    payload: dict[str, Any]
    sha256: str


def open_package(session: Session, ctx: ServiceContext, vault_id: str, data: bytes) -> _Opened:
    """Every check before anything is written; ``ImportRejected`` with the reason."""
    try:
        envelope = read_envelope(data)
    except EnvelopeError as exc:
        raise ImportRejected(str(exc)) from None
    header = envelope.header
    if header.get("format") != FORMAT:
        raise ImportRejected("Dit is geen pakket van Casusoverleg.")
    version = header.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ImportRejected(f"Dit pakket is gemaakt met een nieuwere versie van Casusoverleg "
                             f"({header.get('app', 'onbekend')}); werk dit programma eerst bij.")
    if header.get("to_vault") != own_identity(session, ctx, vault_id).vault_uid:
        raise ImportRejected("Dit pakket is voor een andere kluis gemaakt; het kan hier niet worden "
                             "ingelezen.")
    peer = _sender(session, header)
    _check_signature(envelope, header, peer)
    package_uid, sequence = header.get("package"), header.get("sequence")
    if not isinstance(sequence, int) or not isinstance(header.get("acknowledged"), int):
        raise ImportRejected("Het pakket is beschadigd: de volgnummers ontbreken.")
    if session.scalar(select(PackageLog.id).where(PackageLog.package_uid == package_uid)) is not None:
        raise ImportRejected(f"Dit pakket (nummer {sequence} van {peer.name}) is al ingelezen.")
    last = _last_sequence(session, peer.id, outgoing=False)
    if sequence <= last:
        raise ImportRejected(f"Dit pakket (nummer {sequence}) is ouder dan het laatst ingelezen pakket "
                             f"van {peer.name} (nummer {last}); het wordt niet ingelezen.")
    try:
        payload = json.loads(open_payload(envelope, own_identity(session, ctx, vault_id).private_key))
    except EnvelopeError as exc:
        raise ImportRejected(str(exc)) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ImportRejected("Het pakket is beschadigd: de inhoud is onleesbaar.") from None
    _check_payload(payload)
    return _Opened(peer, header, payload, hashlib.sha256(data).hexdigest())


def _sender(session: Session, header: dict[str, Any]) -> Peer:
    peers = list(session.scalars(select(Peer).where(Peer.vault_uid == header.get("from_vault"))
                                 .order_by(Peer.id.desc())))
    active = next((p for p in peers if p.removed_at is None), None)
    if active is not None:
        return active
    if peers:
        raise ImportRejected(f"Dit pakket komt van '{peers[0].name}', en die kluis is ontkoppeld: "
                             "koppel opnieuw om er pakketten van te lezen.")
    raise ImportRejected("Dit pakket komt van een kluis die niet met deze kluis is gekoppeld. "
                         "Koppel eerst (Koppelen…) en vergelijk de vingerafdruk.")


def _check_signature(envelope: Envelope, header: dict[str, Any], peer: Peer) -> None:
    """First that nothing changed since the certificate in the header signed, then that the
    certificate is one of the peer's."""
    try:
        signer = pki.load_certificates_pem(str(header.get("certificate", "")))[0]
    except (IndexError, ValueError):
        raise ImportRejected("Het pakket is niet ondertekend.") from None
    try:
        verify(envelope, signer)
    except EnvelopeError as exc:
        raise ImportRejected(str(exc)) from None
    try:
        made_at = dt.datetime.fromisoformat(str(header.get("made_at")))
    except ValueError:
        made_at = None
    if made_at is None or made_at.tzinfo is None or not signs_for(peer, signer, made_at):
        raise ImportRejected(f"Het pakket is ondertekend met een certificaat dat niet bij "
                             f"'{peer.name}' hoort.")


def _check_payload(payload: Any) -> None:
    try:
        ok = (isinstance(payload, dict) and isinstance(payload["records"], list)
              and isinstance(payload["deleted"], list)
              and all(isinstance(r, dict) and r["table"] in TRAVELLING and isinstance(r["uid"], str)
                      and isinstance(r["content"], dict) for r in payload["records"])
              and all(isinstance(d, dict) and d["table"] in TRAVELLING and isinstance(d["uid"], str)
                      for d in payload["deleted"]))
    except (KeyError, TypeError):
        ok = False
    if not ok:
        raise ImportRejected("Het pakket is beschadigd: de inhoud heeft niet de verwachte vorm.")
    for item in payload["records"]:
        columns = {c.name for c in records.tables()[item["table"]].table.columns} - {"id"}
        if set(item["content"]) != columns:
            raise ImportRejected("Dit pakket past niet bij deze versie van Casusoverleg: het is gemaakt "
                                 "met een andere versie. Gebruik op beide laptops dezelfde versie.")


# -- the plan of a merge ---------------------------------------------------------------------------


@dataclass
class _Step:
    table: str
    uid: str
    theirs: Content | None  # None: deleted there
    row_id: int | None = None
    values: Content | None = None  # the content to write (insert, update or restore)
    action: str = "none"  # insert | update | restore | delete | none
    alias: bool = False
    conflicts: list[Conflict] = field(default_factory=list)
    mine: Content | None = None  # the row's content here, when it exists


class _Plan:
    def __init__(self, session: Session, opened: _Opened) -> None:
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
            self.bases[base.uid] = None if text in (None, _DELETED) else json.loads(text)
        incoming = [r["uid"] for r in opened.payload["records"]]
        self.identities.load_uids([*incoming, *(d["uid"] for d in opened.payload["deleted"])])
        self.incoming = {r["uid"]: r for r in opened.payload["records"]}
        self.numbering_leads = str(opened.header["to_vault"]) < opened.peer.vault_uid
        self.steps: list[_Step] = []
        self._rows: dict[tuple[str, int], Any] = {}

    def build(self) -> None:
        self._prefetch()
        order = {t: i for i, t in enumerate(TRAVELLING)}
        for item in sorted(self.opened.payload["records"], key=lambda r: order[r["table"]]):
            self.steps.append(self._record(item["table"], item["uid"], item["content"]))
        for item in self.opened.payload["deleted"]:
            self.steps.append(self._deletion(item["table"], item["uid"]))
        self._restore_missing_parents()

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

    def _record(self, table: str, uid: str, theirs: Content) -> _Step:
        step = _Step(table, uid, theirs)
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
            step.conflicts.append(self._conflict(uid, ConflictKind.DELETED_HERE, table, theirs,
                                                 "", "verwijderd", "gewijzigd"))
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

    def _deletion(self, table: str, uid: str) -> _Step:
        step = _Step(table, uid, None)
        known = self.identities.row_of(uid)
        if known is None or known[1] is None:
            return step
        step.row_id = known[1]
        mine = self._mine(table, known[1])
        step.action = "delete"
        if self.bases.get(uid) != mine:
            step.conflicts.append(self._conflict(uid, ConflictKind.DELETED_THERE, table, mine,
                                                 "", "gewijzigd", "verwijderd"))
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
                    restore = _Step(parent, parent_uid, base, action="restore", values=dict(base))
                    restore.conflicts.append(self._conflict(
                        parent_uid, ConflictKind.DELETED_HERE, parent, base, "", "verwijderd",
                        "aangevuld"))
                    self.steps.insert(0, restore)
                    planned.add(parent_uid)

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
        return Conflict(f"{uid}/{column}", ConflictKind.FIELD, self._label(table, mine),
                        FIELD_LABELS.get(column, column.replace("_", " ")),
                        self._shown(table, column, mine.get(column)),
                        self._shown(table, column, theirs.get(column)),
                        column_type is str and not reference)

    def _conflict(self, uid: str, kind: ConflictKind, table: str, content: Content, column: str,
                  mine: str, theirs: str) -> Conflict:
        return Conflict(uid, kind, self._label(table, content), column, mine, theirs, False)

    def _shown(self, table: str, column: str, value: Any) -> str:
        if value is None:
            return "—"
        parent = records.tables()[table].references.get(column)
        if parent is not None:
            known = self.identities.row_of(value)
            if known is not None and known[1] is not None:
                return self._label(parent, self._mine(parent, known[1]))
            if value in self.incoming:
                return self._label(parent, self.incoming[value]["content"])
            return "(een ander gegeven)"
        return str(value)

    def _label(self, table: str, content: Content) -> str:
        return record_label(table, content)

    def conflicts(self) -> tuple[Conflict, ...]:
        return tuple(c for s in self.steps for c in s.conflicts)

    def summary(self) -> IncomingPackage:
        new: Counter[str] = Counter()
        changed: Counter[str] = Counter()
        unchanged = deleted = 0
        for step in self.steps:
            if step.action == "insert":
                new[_table_label(step.table)] += 1
            elif step.action in ("update", "restore"):
                changed[_table_label(step.table)] += 1
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


def record_label(table: str, content: Content) -> str:
    """How a user recognises a record: 'Besluit B3', 'Casus WM-2026-007', 'Signaal S2'."""
    number = content.get("number")
    if table == "decision":
        return f"Besluit B{number}"
    if table == "action_item":
        return f"Actiepunt A{number}"
    if table == "signal":
        return f"{'Contrasignaal C' if content.get('is_contra') else 'Signaal S'}{number}"
    if table == "case_file":
        return f"Casus {content.get('code')}"
    if table == "meeting":
        return f"Vergadering van {_day(content.get('held_on'))}"
    if table == "partner":
        return f"Organisatie {content.get('name')}"
    if table == "professional":
        return f"Professional {content.get('name')}"
    if table == "agenda_item":
        return f"Agendapunt {content.get('position')}: {content.get('title')}"
    if table == "minutes_version":
        return f"Verslag, versie {content.get('version')}"
    if table == "subject":
        return f"Betrokkene {content.get('pseudonym')}"
    text = content.get("text") or content.get("description") or ""
    label = RECORD_LABELS.get(table) or _table_label(table).capitalize()
    return f"{label}: {text[:40]}…" if len(text) > 40 else (f"{label}: {text}" if text else label)


def _day(value: Any) -> str:
    try:
        return f"{dt.date.fromisoformat(str(value)):%d-%m-%Y}"
    except ValueError:
        return str(value)


def _table_label(table: str) -> str:
    return TABLE_LABELS[table]


def read_package(ctx: ServiceContext, vault_id: str, data: bytes) -> IncomingPackage:
    """What a package would bring in, with its conflicts; nothing is written."""
    with ctx.unit_of_work() as session:
        plan = _Plan(session, open_package(session, ctx, vault_id, data))
        plan.build()
        summary = plan.summary()
        session.rollback()
    return summary


def import_package(ctx: ServiceContext, vault_id: str, data: bytes,
                   decisions: Mapping[str, Choice] | None = None, *,
                   keep: Keep | None = None) -> ImportResult:
    """Merge the package, all or nothing. Every conflict needs a decision (by its key, or ``keep``
    for all); otherwise ``ConflictsRemain`` and nothing is written."""
    decisions = dict(decisions or {})
    with ctx.unit_of_work() as session:
        opened = open_package(session, ctx, vault_id, data)
        plan = _Plan(session, opened)
        plan.build()
        open_conflicts = tuple(c for c in plan.conflicts() if c.key not in decisions and keep is None)
        if open_conflicts:
            session.rollback()
            raise ConflictsRemain(open_conflicts)
        for conflict in plan.conflicts():
            decisions.setdefault(conflict.key, keep or Keep.MINE)
        applier = _Apply(session, plan, decisions)
        applier.run()
        summary = plan.summary()
        _record_bases(session, plan, opened)
        session.add(PackageLog(
            peer_id=opened.peer.id, outgoing=False, sequence=opened.header["sequence"],
            package_uid=str(opened.header["package"]), acknowledged=opened.header["acknowledged"],
            login=ctx.actor, meeting_label=summary.meeting[:200],
            records=len(opened.payload["records"]), deletions=len(opened.payload["deleted"]),
            conflicts=len(plan.conflicts()), sha256=opened.sha256, at=ctx.clock()))
        audit.record_event(session, READ, PACKAGE_EVENT, None,
                           f"van {opened.peer.name} ({summary.sender}), nummer {summary.sequence}: "
                           f"{sum(summary.new.values())} nieuw, {sum(summary.changed.values())} gewijzigd, "
                           f"{summary.deleted} verwijderd, {len(plan.conflicts())} conflict(en) beslist")
        if applier.new_documents:
            applier.receive_signatures(signing.own_roots(session) + _peer_roots(opened.peer), ctx.clock())
    return ImportResult(summary, tuple(applier.renumbered), tuple(applier.dropped))


def _peer_roots(peer: Peer) -> list[x509.Certificate]:
    return [c for pem in card_of(peer)["authorities"] for c in pki.load_certificates_pem(pem)]


def _record_bases(session: Session, plan: _Plan, opened: _Opened) -> None:
    """The other side now has what it sent, and what we sent up to its acknowledgement."""
    acknowledged = opened.header["acknowledged"]
    for base in plan.base_rows.values():
        if base.pending is not None and (base.pending_sequence or 0) <= acknowledged:
            base.content = None if base.pending == _DELETED else base.pending
            base.pending = base.pending_sequence = None
    for step in plan.steps:
        if step.uid not in plan.base_rows:
            plan.base_rows[step.uid] = SyncBase(peer_id=opened.peer.id, uid=step.uid)
            session.add(plan.base_rows[step.uid])
        base = plan.base_rows[step.uid]
        if step.theirs is None:
            base.content = None
        elif step.uid in plan.incoming:
            base.content = canonical(step.theirs).decode()


# -- applying --------------------------------------------------------------------------------------


class _Apply:
    def __init__(self, session: Session, plan: _Plan, decisions: Mapping[str, Choice]) -> None:
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
        by_table: dict[str, list[_Step]] = defaultdict(list)
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

    def _decide(self, step: _Step, kept_deleted: set[str]) -> None:
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
        if step.action == "update" and step.values == step.mine and not step.alias:
            step.action = "none"  # every difference decided for this side: nothing changes here

    def _needs_kept_deleted(self, step: _Step, kept_deleted: set[str]) -> bool:
        """A record that points at a row the user kept deleted cannot come in."""
        if step.theirs is None or not kept_deleted:
            return False
        for column in records.tables()[step.table].references:
            if step.theirs.get(column) in kept_deleted:
                self.dropped.append(record_label(step.table, step.theirs))
                kept_deleted.add(step.uid)
                return True
        return False

    def _write_table(self, table: str, steps: list[_Step]) -> None:
        cls = records.model(table)
        info = records.tables()[table]
        self_refs = {info.table.c[c].key for c, parent in info.references.items() if parent == table}
        prepared: list[tuple[_Step, dict[str, Any]]] = []
        for step in steps:
            if step.action not in ("insert", "update", "restore") or step.values is None:
                if step.alias and step.row_id is not None:
                    self.ids.bind(step.uid, table, step.row_id, alias=True)
                continue
            prepared.append((step, {info.table.c[column].key: self._value(table, column, value)
                                    for column, value in step.values.items()}))
        if table in NUMBERED:
            self._settle_numbers(table, prepared)
        written: list[tuple[_Step, Any, dict[str, Any]]] = []
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

    def _settle_numbers(self, table: str, prepared: list[tuple[_Step, dict[str, Any]]]) -> None:
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


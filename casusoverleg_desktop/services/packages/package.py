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
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casusoverleg_desktop import __version__
from casusoverleg_desktop.documents import pki
from casusoverleg_desktop.errors import ImportRejected, InputError
from casusoverleg_desktop.services import audit, signing
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.services.minutes import meeting_label
from casusoverleg_desktop.services.packages import records
from casusoverleg_desktop.services.packages.labels import table_label
from casusoverleg_desktop.services.packages.merge import (
    DELETED_PENDING,
    Apply,
    Choice,
    Combined,
    Conflict,
    ConflictKind,
    IncomingPackage,
    Keep,
    Opened,
    Plan,
)
from casusoverleg_desktop.services.packages.peers import card_of, own_identity, peer_named, signs_for
from casusoverleg_desktop.services.packages.records import TRAVELLING, Identities
from casusoverleg_desktop.store.exchange_models import PackageLog, Peer, SyncBase
from casusoverleg_desktop.store.models import Meeting
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
    "ConflictKind",
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
PACKAGE_EVENT = "pakket"
MADE = "pakket gemaakt"
READ = "pakket ingelezen"

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
            _set_pending(session, bases, peer.id, item["uid"], DELETED_PENDING, sequence)
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
                counts[table_label(table)] += 1
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


def open_package(session: Session, ctx: ServiceContext, vault_id: str, data: bytes) -> Opened:
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
                             f"van {peer.name} (nummer {last}); het wordt niet ingelezen. Is die kluis "
                             "teruggezet uit een back-up? Ontkoppel dan op beide laptops en koppel "
                             "opnieuw.")
    try:
        payload = json.loads(open_payload(envelope, own_identity(session, ctx, vault_id).private_key))
    except EnvelopeError as exc:
        raise ImportRejected(str(exc)) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ImportRejected("Het pakket is beschadigd: de inhoud is onleesbaar.") from None
    _check_payload(payload)
    return Opened(peer, header, payload, hashlib.sha256(data).hexdigest())


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


def read_package(ctx: ServiceContext, vault_id: str, data: bytes) -> IncomingPackage:
    """What a package would bring in, with its conflicts; nothing is written."""
    with ctx.unit_of_work() as session:
        plan = Plan(session, open_package(session, ctx, vault_id, data))
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
        plan = Plan(session, opened)
        plan.build()
        open_conflicts = tuple(c for c in plan.conflicts() if c.key not in decisions and keep is None)
        if open_conflicts:
            session.rollback()
            raise ConflictsRemain(open_conflicts)
        for conflict in plan.conflicts():
            decisions.setdefault(conflict.key, keep or Keep.MINE)
        applier = Apply(session, plan, decisions)
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
            roots = signing.own_roots(session) + signing.card_authorities(opened.peer.card)
            applier.receive_signatures(roots, ctx.clock())
    return ImportResult(summary, tuple(applier.renumbered), tuple(applier.dropped))


def _record_bases(session: Session, plan: Plan, opened: Opened) -> None:
    """The other side now has what it sent, and what we sent up to its acknowledgement."""
    acknowledged = opened.header["acknowledged"]
    for base in plan.base_rows.values():
        if base.pending is not None and (base.pending_sequence or 0) <= acknowledged:
            base.content = None if base.pending == DELETED_PENDING else base.pending
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



"""Tables for exchanging work between two vaults as packages (``services.packages``).

- ``vault_identity``: this vault's key pair for packages sent to it (X25519); one row.
- ``peer``: a paired vault, from the card its user showed, until it is removed.
- ``package_log``: every package made for or read from a peer, by sequence number.
- ``record_identity``: the stable identity (a UUID) of a row, the same in both vaults. A row that
  is deleted keeps its identity with ``row_id`` empty, so the deletion can travel.
- ``received_signature``: a signature on stored minutes that was placed in the other vault (read
  from the PDF when it came in), beside the ``signature_record`` of signatures placed here.
- ``sync_base``: per peer and record, the content both vaults are known to share (``content``), and
  what was sent since but not yet acknowledged (``pending``): the base of the three-way merge.

New tables only, as since 0009. The bookkeeping tables (identities, bases) are not audited: they
hold no case content of their own, and the audit trail records every row the merge changes.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from casusoverleg_desktop.store.base import Base
from casusoverleg_desktop.store.models import Audited

USER = 80
UID = 36
TABLE = 60


class VaultIdentity(Audited, Base):
    __tablename__ = "vault_identity"

    id: Mapped[int] = mapped_column(primary_key=True)
    vault_uid: Mapped[str] = mapped_column(String(UID), unique=True)
    private_key: Mapped[bytes] = mapped_column(LargeBinary)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime]


class Peer(Audited, Base):
    """A paired vault: its packages are accepted, and packages can be made for it."""

    __tablename__ = "peer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    vault_uid: Mapped[str] = mapped_column(String(UID), index=True)
    login: Mapped[str] = mapped_column(String(USER))
    card: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(60))
    added_at: Mapped[dt.datetime]
    added_by: Mapped[str] = mapped_column(String(USER))
    removed_at: Mapped[dt.datetime | None]
    removed_by: Mapped[str | None] = mapped_column(String(USER))


class PackageLog(Audited, Base):
    """A package made (``outgoing``) or read; ``acknowledged``: the other side's last sequence it
    had read when it was made."""

    __tablename__ = "package_log"
    __table_args__ = (UniqueConstraint("peer_id", "outgoing", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    peer_id: Mapped[int] = mapped_column(ForeignKey("peer.id", ondelete="RESTRICT"), index=True)
    outgoing: Mapped[bool]
    sequence: Mapped[int] = mapped_column(Integer)
    package_uid: Mapped[str] = mapped_column(String(UID), unique=True)
    acknowledged: Mapped[int] = mapped_column(Integer)
    login: Mapped[str] = mapped_column(String(USER))
    meeting_label: Mapped[str] = mapped_column(String(200))
    records: Mapped[int] = mapped_column(Integer)
    deletions: Mapped[int] = mapped_column(Integer)
    conflicts: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime]


class ReceivedSignature(Audited, Base):
    __tablename__ = "received_signature"

    id: Mapped[int] = mapped_column(primary_key=True)
    peer_id: Mapped[int] = mapped_column(ForeignKey("peer.id", ondelete="RESTRICT"), index=True)
    field_name: Mapped[str] = mapped_column(String(USER))
    signer: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(String(120))
    signed_sha256: Mapped[str] = mapped_column(String(64), index=True)
    signed_at: Mapped[dt.datetime]


class RecordIdentity(Base):
    __tablename__ = "record_identity"
    __table_args__ = (Index("ix_record_identity_row", "table_name", "row_id"),)

    uid: Mapped[str] = mapped_column(String(UID), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(TABLE))
    row_id: Mapped[int | None] = mapped_column(Integer)
    # A second identity of the same row: both vaults made it (same partner name, same invitation).
    alias: Mapped[bool] = mapped_column(default=False)


class SyncBase(Base):
    __tablename__ = "sync_base"
    __table_args__ = (UniqueConstraint("peer_id", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    peer_id: Mapped[int] = mapped_column(ForeignKey("peer.id", ondelete="CASCADE"))
    uid: Mapped[str] = mapped_column(String(UID))
    content: Mapped[str | None] = mapped_column(Text)
    pending: Mapped[str | None] = mapped_column(Text)
    pending_sequence: Mapped[int | None] = mapped_column(Integer)

"""Tables for signing: the vault's certificate authority, users' credentials, signatures made.

Private keys are stored as PKCS#8 DER inside the database, which is encrypted as a whole; they
are not wrapped a second time. Creating, revoking and using credentials is audited.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from casusoverleg_desktop.store.base import Base
from casusoverleg_desktop.store.models import Audited

FINGERPRINT = 95  # SHA-256 as 32 colon-separated hex pairs


class CredentialSource(StrEnum):
    VAULT_CA = "vault-ca"
    PKCS12_IMPORT = "pkcs12-import"

    @property
    def label(self) -> str:
        return {"vault-ca": "certificaat van de kluis", "pkcs12-import": "eigen PKI (PKCS#12)"}[
            self.value]


class VaultAuthority(Audited, Base):
    """The vault-local certificate authority: one row per vault."""

    __tablename__ = "vault_authority"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(200))
    fingerprint: Mapped[str] = mapped_column(String(FINGERPRINT), unique=True)
    certificate_pem: Mapped[str] = mapped_column(Text)
    private_key_der: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime]


class SigningCredential(Audited, Base):
    """A user's signing key and certificate; at most one per login has ``revoked_at`` empty."""

    __tablename__ = "signing_credential"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(
        ForeignKey("user_account.login", ondelete="RESTRICT"), index=True)
    source: Mapped[CredentialSource]
    subject: Mapped[str] = mapped_column(String(200))
    fingerprint: Mapped[str] = mapped_column(String(FINGERPRINT))
    certificate_pem: Mapped[str] = mapped_column(Text)
    chain_pem: Mapped[str] = mapped_column(Text, default="")
    private_key_der: Mapped[bytes] = mapped_column(LargeBinary)
    valid_until: Mapped[dt.datetime]
    created_at: Mapped[dt.datetime]
    revoked_at: Mapped[dt.datetime | None]


class SignatureRecord(Audited, Base):
    """One signature placed with this program: who, which field, on which document (by hash)."""

    __tablename__ = "signature_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    credential_id: Mapped[int] = mapped_column(
        ForeignKey("signing_credential.id", ondelete="RESTRICT"), index=True)
    login: Mapped[str] = mapped_column(String(80))
    field_name: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(String(120), default="")
    document_sha256: Mapped[str] = mapped_column(String(64))
    signed_sha256: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[dt.datetime]

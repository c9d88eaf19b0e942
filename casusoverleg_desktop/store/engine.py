"""The SQLAlchemy engine on an SQLCipher file, opened with a raw 256-bit key."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import QueuePool

from casusoverleg_desktop.errors import VaultDamaged, WrongPassphrase

KEY_BYTES = 32


class Cipher(StrEnum):
    """How SQLCipher protects the pages of a vault's database; kept in its key-slot file."""

    SQLCIPHER4 = "sqlcipher4"
    """SQLCipher 4's defaults (AES-256-CBC, HMAC-SHA512, 4 KiB pages): vaults made before 0.1.1."""
    SQLCIPHER4_HMAC_SHA256 = "sqlcipher4-hmac-sha256"
    """The same with HMAC-SHA256, which processors compute in hardware (x86 SHA extensions,
    ARMv8): every page read and written costs less (docs/performance.md). New vaults use this."""


NEW_VAULT_CIPHER = Cipher.SQLCIPHER4_HMAC_SHA256
_CIPHER_PRAGMAS = {
    Cipher.SQLCIPHER4: (),
    Cipher.SQLCIPHER4_HMAC_SHA256: ("PRAGMA cipher_hmac_algorithm = HMAC_SHA256",),
}
CACHE_KIB = 64 * 1024  # docs/performance.md: 32 MiB → overhead 1.42, 64 → 1.29, 128 → 1.29 (+38 MB RSS)


def key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_raw(path: Path, key: bytes | None, cipher: Cipher = NEW_VAULT_CIPHER) -> sqlcipher3.Connection:
    """A DB-API connection with the key and cipher applied and checked; plain SQLite when key is None."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        if key is not None:
            conn.execute(key_pragma(key))
            for pragma in _CIPHER_PRAGMAS[cipher]:
                conn.execute(pragma)
            conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise WrongPassphrase(
                "De sleutel past niet op deze database: verkeerd wachtwoord of een beschadigd bestand."
            ) from None
        raise VaultDamaged(f"De database kan niet worden geopend ({exc}).") from None
    return conn


def _apply_session_pragmas(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA busy_timeout = 5000")


def create_vault_engine(path: Path, key: bytes | None, cipher: Cipher = NEW_VAULT_CIPHER) -> Engine:
    """An engine whose every pooled connection is keyed and configured.

    The first connection is made here, so a wrong key fails now with ``WrongPassphrase``.
    """

    def creator() -> sqlcipher3.Connection:
        conn = connect_raw(path, key, cipher)
        _apply_session_pragmas(conn)
        return conn

    engine = create_engine(
        "sqlite://", module=sqlcipher3, creator=creator, poolclass=QueuePool,
        pool_size=2, max_overflow=2,
    )
    _use_explicit_transactions(engine)
    try:
        with engine.connect():
            pass
    except DatabaseError as exc:  # pragma: no cover - wrapped variants of the above
        engine.dispose()
        raise VaultDamaged(f"De database kan niet worden geopend ({exc.orig}).") from None
    return engine


def _use_explicit_transactions(engine: Engine) -> None:
    """Let SQLAlchemy, not the driver, emit BEGIN (the pysqlite recipe for correct SAVEPOINTs)."""

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

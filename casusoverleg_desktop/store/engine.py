"""The SQLAlchemy engine on an SQLCipher file, opened with a raw 256-bit key."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import QueuePool

from casusoverleg_desktop.errors import (
    CasusoverlegError,
    VaultBusy,
    VaultDamaged,
    VaultKeyChanged,
    WrongPassphrase,
)

KEY_BYTES = 32
BUSY_TIMEOUT_MS = 5000


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
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


KeySource = Callable[[], bytes]
"""Gives the data key each time a connection is made (``vault.held_keys.HeldKey.get``), so the
engine holds no copy of its own: once the key is wiped, no new connection can be made."""


def create_vault_engine(path: Path, key: bytes | None | KeySource,
                        cipher: Cipher = NEW_VAULT_CIPHER) -> Engine:
    """An engine whose every pooled connection is keyed and configured.

    The first connection is made here, so a wrong key fails now with ``WrongPassphrase``; a key
    that fitted then and no longer does was changed by another program (``VaultKeyChanged``).
    """
    key_of: Callable[[], bytes | None] = key if callable(key) else lambda: key
    fitted = False

    def creator() -> sqlcipher3.Connection:
        try:
            conn = connect_raw(path, key_of(), cipher)
        except WrongPassphrase:
            if fitted:
                raise VaultKeyChanged(KEY_CHANGED_MESSAGE) from None
            raise
        _apply_session_pragmas(conn)
        return conn

    engine = create_engine(
        "sqlite://", module=sqlcipher3, creator=creator, poolclass=QueuePool,
        pool_size=2, max_overflow=2,
    )
    _use_explicit_transactions(engine)
    _name_busy_and_changed_key(engine, lambda: _key_still_fits(path, key_of(), cipher))
    try:
        with engine.connect():
            pass
    except DatabaseError as exc:  # pragma: no cover - wrapped variants of the above
        engine.dispose()
        raise VaultDamaged(f"De database kan niet worden geopend ({exc.orig}).") from None
    fitted = True
    return engine


def _use_explicit_transactions(engine: Engine) -> None:
    """Let SQLAlchemy, not the driver, begin transactions (the pysqlite recipe for correct SAVEPOINTs).

    BEGIN IMMEDIATE takes the write lock at the start, waiting up to the busy timeout for another
    process to release it. A deferred BEGIN would read first and then fail at once, without
    waiting, when its read transaction has to become a write (SQLite calls no busy handler then).
    The BEGIN goes out with the transaction's first statement: one begun by a PRAGMA stays deferred
    (a checkpoint cannot run inside a write transaction).
    """

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.info[_BEGIN_PENDING] = True

    @event.listens_for(engine, "commit")
    @event.listens_for(engine, "rollback")
    def _end(conn: Connection) -> None:
        conn.info.pop(_BEGIN_PENDING, None)

    @event.listens_for(engine, "before_cursor_execute")
    def _begin_with_first_statement(conn: Connection, cursor: sqlcipher3.Cursor, statement: str,
                                    *_: object) -> None:
        if conn.info.pop(_BEGIN_PENDING, False):
            pragma = statement.lstrip().upper().startswith("PRAGMA")
            cursor.execute("BEGIN DEFERRED" if pragma else "BEGIN IMMEDIATE")


_BEGIN_PENDING = "casusoverleg.begin_pending"


BUSY_MESSAGE = ("De kluis is bezet door een ander venster of programma; er is niets gewijzigd. "
                "Probeer het zo opnieuw.")
KEY_CHANGED_MESSAGE = ("De sleutel van de kluis is in een ander venster of programma gewisseld; er is "
                       "hier niets gewijzigd. Vergrendel de kluis en ontgrendel haar opnieuw.")


def _name_busy_and_changed_key(engine: Engine, key_still_fits: Callable[[], bool]) -> None:
    """Report a lock held too long, and a key changed by another process, as what they are;
    both reached the user as "damaged" before."""

    @event.listens_for(engine, "handle_error")
    def _handle_error(context: ExceptionContext) -> CasusoverlegError | None:
        error = context.original_exception
        if not isinstance(error, sqlcipher3.DatabaseError):
            return None
        if "database is locked" in str(error):  # SQLITE_BUSY after the busy timeout
            return VaultBusy(BUSY_MESSAGE)
        if "not a database" in str(error) and not key_still_fits():
            return VaultKeyChanged(KEY_CHANGED_MESSAGE)
        return None


def _key_still_fits(path: Path, key: bytes | None, cipher: Cipher) -> bool:
    """Whether a new connection with this key opens the database (after a rotation elsewhere it
    does not; a damaged page further on leaves it opening)."""
    try:
        connect_raw(path, key, cipher).close()
    except CasusoverlegError:
        return False
    return True

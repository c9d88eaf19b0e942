"""Backups: one file holding a consistent snapshot of the encrypted database and the key slots.

The snapshot is taken through SQLite's online backup API and stays encrypted with the data key;
the key slots hold only wrapped keys. So the file needs no further encryption, and opening it
needs a passphrase (or the recovery code) that was valid when it was made.

Layout: ``MAGIC``, a 4-byte big-endian header length, a JSON header, the database bytes.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import itertools
import json
import shutil
import struct
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from casusoverleg_desktop import __version__
from casusoverleg_desktop.errors import (
    BackupError,
    InputError,
    KeySlotFileDamaged,
    VaultDamaged,
    VaultExists,
    WrongPassphrase,
)
from casusoverleg_desktop.store.engine import Cipher, connect_raw
from casusoverleg_desktop.vault.anchor import ANCHOR_NAME
from casusoverleg_desktop.vault.keyslots import KeySlotFile, SlotKind, write_atomically
from casusoverleg_desktop.vault.paths import check_new_vault_folder, prepare_new_vault_folder
from casusoverleg_desktop.vault.recovery import normalise_recovery_code

MAGIC = b"CASUSOVERLEG-BACKUP\n"
FORMAT = "casusoverleg-backup"
VERSION = 1
SUFFIX = ".cobak"
AUTO_PREFIX = "auto-"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class BackupFile:
    header: dict[str, Any]
    keyslots: KeySlotFile
    database: bytes


@dataclass(frozen=True)
class Snapshot:
    """What a backup is made of: the vault's database file, its current key, and the key slots.
    The backup reads the database through a connection of its own (so it can run in a worker
    thread while the program goes on using its engine)."""

    database: Path
    key_generation: int
    key: bytes
    cipher: Cipher
    keyslots: bytes
    vault_id: str
    scratch: Path  # a folder on the vault's own disk for the temporary copy
    automatic: Path | None = None  # the folder of automatic backups, named when the vault is damaged
    audit_anchor: bytes = b""  # the audit trail's anchor file (``vault.anchor``), as it is


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime | None  # None when the file name carries no readable time
    size: int


def write_backup(source: Snapshot, out: Path, created: dt.datetime) -> None:
    if out.exists():
        raise BackupError(f"{out} bestaat al; kies een nieuwe bestandsnaam.")
    with tempfile.TemporaryDirectory(dir=source.scratch, prefix=".snapshot-") as tmp:
        snapshot = Path(tmp) / "snapshot.db"
        target = connect_raw(snapshot, source.key, source.cipher)
        try:
            database = connect_raw(source.database, source.key, source.cipher)
            try:
                database.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                database.backup(target)  # one step: a consistent snapshot; writers go on (WAL)
                # The copy is re-encrypted, so its HMACs hold even where the vault's page was
                # damaged: the vault's own pages are checked (HMAC only; SQLite's quick_check on
                # the copy would double the time a backup takes; restore checks it all).
                sound = _is_sound(database, None)
            finally:
                database.close()
        finally:
            target.close()
        if not sound:
            raise BackupError("Er is geen back-up geschreven: " + damaged_vault_advice(
                source.automatic, source.key, source.cipher))
        digest = hashlib.sha256()
        for chunk in _chunks(snapshot):
            digest.update(chunk)
        header = {
            "format": FORMAT, "version": VERSION, "app_version": __version__,
            "created": created.isoformat(timespec="seconds"), "vault_id": source.vault_id,
            "key_generation": source.key_generation,
            "keyslots": base64.b64encode(source.keyslots).decode("ascii"),
            "database_size": snapshot.stat().st_size, "database_sha256": digest.hexdigest(),
        }
        if source.audit_anchor:
            header["audit_anchor"] = base64.b64encode(source.audit_anchor).decode("ascii")
        head = json.dumps(header).encode("utf-8")
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(out, itertools.chain([MAGIC + struct.pack(">I", len(head)) + head],
                                              _chunks(snapshot)))


def read_header(path: Path) -> dict[str, Any] | None:
    """The header of a backup, read without its database; None when it is not one."""
    try:
        with path.open("rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                return None
            (length,) = struct.unpack(">I", handle.read(4))
            header = json.loads(handle.read(length).decode("utf-8"))
    except (OSError, struct.error, ValueError):
        return None
    return header if isinstance(header, dict) else None


def _chunks(path: Path, size: int = 1 << 20) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(size):
            yield chunk


def read_backup(path: Path) -> BackupFile:
    not_backup = BackupError(f"{path} is geen back-up van Casusoverleg Desktop.")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BackupError(f"De back-up kan niet worden gelezen: {exc.strerror}.") from None
    if not raw.startswith(MAGIC):
        raise not_backup
    try:
        (length,) = struct.unpack(">I", raw[len(MAGIC):len(MAGIC) + 4])
        start = len(MAGIC) + 4
        header = json.loads(raw[start:start + length].decode("utf-8"))
        if header.get("format") != FORMAT:
            raise not_backup
        if header.get("version") != VERSION:
            raise BackupError("Deze back-up is gemaakt door een nieuwere versie van Casusoverleg.")
        keyslots = KeySlotFile.from_bytes(base64.b64decode(header["keyslots"]))
        database = raw[start + length:]
        complete = (len(database) == header["database_size"]
                    and hashlib.sha256(database).hexdigest() == header["database_sha256"])
    except (struct.error, ValueError, KeyError, TypeError, AttributeError, KeySlotFileDamaged):
        raise BackupError(f"{path} is beschadigd of onvolledig; er is niets teruggezet.") from None
    if not complete:
        raise BackupError(f"{path} is beschadigd of onvolledig; er is niets teruggezet.")
    return BackupFile(header, keyslots, database)


@dataclass(frozen=True)
class RestoredVault:
    """A backup written as a new vault, and the key that opened it (to open it at once)."""

    root: Path
    data_keys: dict[int, bytes]
    user_tag: bytes | None  # None when the recovery code opened it
    made: str  # when the backup was made, as its header says
    own_key: bytes | None = None  # the user's own key; None when the recovery code opened it

def restore_backup(source: Path, root: Path, secret: str, login: str | None = None) -> RestoredVault:
    """Check the backup completely, then write it as a new vault in ``root``.

    ``secret`` is a passphrase valid when the backup was made, or the recovery code.
    Never overwrites: ``root`` must not exist or be an empty folder.
    """
    try:
        check_new_vault_folder(root)
    except VaultExists:
        raise BackupError(f"In {root} staat al iets; een back-up wordt alleen in een lege of "
                          "nieuwe map teruggezet, zodat er nooit iets wordt overschreven.") from None
    backup = read_backup(source)
    slots = backup.keyslots
    try:
        opened = slots.open_with(secret, SlotKind.PASSPHRASE, login)
    except WrongPassphrase:
        try:
            opened = slots.open_with(normalise_recovery_code(secret), SlotKind.RECOVERY)
        except (InputError, WrongPassphrase):
            raise WrongPassphrase("Dit wachtwoord opent deze back-up niet.") from None
    keys = opened.data_keys
    key = keys[max(keys)]
    with tempfile.TemporaryDirectory(prefix="casusoverleg-restore-") as tmp:
        candidate = Path(tmp) / "check.db"
        candidate.write_bytes(backup.database)
        check_database(candidate, key, slots.cipher)
        paths = prepare_new_vault_folder(root)
        shutil.copyfile(candidate, paths.db)
        paths.db.chmod(0o600)
    paths.write_keyslots(slots)
    if anchor := backup.header.get("audit_anchor"):
        try:
            write_atomically(paths.root / ANCHOR_NAME, base64.b64decode(str(anchor), validate=True))
        except ValueError:  # the vault opens; its audit check then names the anchor as unreadable
            (paths.root / ANCHOR_NAME).write_bytes(b"?")
    return RestoredVault(root, keys, opened.slot.user_tag, backup.header.get("created", ""),
                         opened.own_key)


def check_database(path: Path, key: bytes, cipher: Cipher) -> None:
    """SQLCipher's page check and SQLite's structure check; ``VaultDamaged`` when either fails."""
    damaged = VaultDamaged("De database in de back-up is beschadigd; er is niets teruggezet.")
    try:
        conn = connect_raw(path, key, cipher)
    except (WrongPassphrase, VaultDamaged):  # the key came from the backup's own slots
        raise damaged from None
    try:
        sound = _is_sound(conn, "integrity_check")
    finally:
        conn.close()
    if not sound:
        raise damaged


def _is_sound(conn: sqlcipher3.Connection, structure_check: str | None) -> bool:
    """SQLCipher's HMAC over every page, then (unless None) SQLite's ``integrity_check`` or
    ``quick_check``."""
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            return False
        return structure_check is None or \
            conn.execute(f"PRAGMA {structure_check}").fetchall() == [("ok",)]
    except sqlcipher3.DatabaseError:  # "database disk image is malformed" on a damaged page
        return False


def damaged_vault_advice(automatic: Path | None, key: bytes, cipher: Cipher) -> str:
    """Says the vault itself is damaged, and names the newest automatic backup that is sound."""
    good = newest_good_backup(automatic, key, cipher) if automatic is not None else None
    damaged = "de database van de kluis zelf is beschadigd."
    if good is None:
        return (f"{damaged} Er is geen goede automatische back-up; zet een eigen back-up terug in "
                "een nieuwe map: casusoverleg restore --from BESTAND --vault NIEUWE-MAP")
    return (f"{damaged} De nieuwste goede automatische back-up is {good}. Zet die terug in een "
            f"nieuwe map: casusoverleg restore --from \"{good}\" --vault NIEUWE-MAP")


def newest_good_backup(folder: Path, key: bytes, cipher: Cipher) -> Path | None:
    """The newest automatic backup that is complete and whose database ``key`` opens and checks."""
    for candidate in reversed(_automatic_files(folder)):
        try:
            database = read_backup(candidate).database
            with tempfile.TemporaryDirectory(prefix="casusoverleg-check-") as tmp:
                copy = Path(tmp) / "check.db"
                copy.write_bytes(database)
                check_database(copy, key, cipher)
        except (BackupError, VaultDamaged, OSError):
            continue
        return candidate
    return None


def _automatic_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{AUTO_PREFIX}*{SUFFIX}")) if folder.is_dir() else []


# -- automatic backups --------------------------------------------------------------------
@dataclass(frozen=True)
class AutomaticBackups:
    """The vault's own backups: before a migration, daily, and after a key rotation."""

    folder: Path
    keep: int
    interval: dt.timedelta

    def files(self) -> list[Path]:
        return _automatic_files(self.folder)

    def listed(self) -> list[BackupInfo]:
        return [BackupInfo(path, made_at(path), path.stat().st_size) for path in self.files()]

    def make(self, source: Snapshot, reason: str, now: dt.datetime) -> Path:
        stamp = now.astimezone(dt.UTC).strftime(STAMP_FORMAT)
        self.folder.mkdir(mode=0o700, exist_ok=True)
        out = self.folder / f"{AUTO_PREFIX}{stamp}-{reason}{SUFFIX}"
        write_backup(source, out, now)
        for old in self.files()[:-self.keep]:
            old.unlink()
        return out

    def daily(self, source: Snapshot, now: dt.datetime) -> Path | None:
        existing = self.files()
        newest = made_at(existing[-1]) if existing else None
        if newest is not None and now - newest < self.interval:
            return None
        return self.make(source, "dagelijks", now)

    def made_before(self, key_generation: int) -> bool:
        """Whether a backup holds an older data key: a key rotation stopped before replacing it."""
        for path in self.files():
            made_with = (read_header(path) or {}).get("key_generation")
            if isinstance(made_with, int) and made_with < key_generation:
                return True
        return False

    def replace_all(self, source: Snapshot, now: dt.datetime, reason: str = "na-sleutelwissel") -> int:
        """Remove every automatic backup and make one anew: after a key rotation (old backups would
        still open with old passphrases) or a destruction (they hold the destroyed case). How many
        were removed."""
        old = self.files()
        for path in old:
            path.unlink()
        self.make(source, reason, now)
        return len(old)


class BackupInBackground:
    """A backup written by a worker thread while the caller goes on. Not a daemon thread: the
    process does not end before the backup is complete. ``wait`` returns what ``write`` returned,
    or raises what went wrong as a ``BackupError``."""

    def __init__(self, write: Callable[[], Path | None]) -> None:
        self._write = write
        self._made: Path | None = None
        self._error: BackupError | None = None
        self._thread = threading.Thread(target=self._run, name="casusoverleg-backup")
        self._thread.start()

    def _run(self) -> None:
        try:
            self._made = self._write()
        except BackupError as exc:
            self._error = exc
        except OSError as exc:
            self._error = BackupError(f"De automatische back-up is niet gemaakt: {exc.strerror or exc}.")
        except Exception as exc:  # the thread's edge: reported to whoever waits, in Dutch
            self._error = BackupError(f"De automatische back-up is niet gemaakt ({exc}).")

    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self) -> Path | None:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._made


def made_at(path: Path) -> dt.datetime | None:
    """When an automatic backup was made, read from its file name."""
    stamp = path.name.removeprefix(AUTO_PREFIX).split("-", 1)[0]
    try:
        return dt.datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=dt.UTC)
    except ValueError:
        return None

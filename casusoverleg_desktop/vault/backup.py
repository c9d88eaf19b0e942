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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

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
from casusoverleg_desktop.vault.keyslots import KeySlotFile, SlotKind, write_atomically
from casusoverleg_desktop.vault.paths import check_new_vault_folder, prepare_new_vault_folder
from casusoverleg_desktop.vault.recovery import normalise_recovery_code

if TYPE_CHECKING:
    from casusoverleg_desktop.vault.vault import OpenVault

MAGIC = b"CASUSOVERLEG-BACKUP\n"
FORMAT = "casusoverleg-backup"
VERSION = 1
SUFFIX = ".cobak"
AUTO_PREFIX = "auto-"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class BackupFile:
    header: dict
    keyslots: KeySlotFile
    database: bytes


def write_backup(vault: OpenVault, out: Path) -> None:
    if out.exists():
        raise BackupError(f"{out} bestaat al; kies een nieuwe bestandsnaam.")
    with tempfile.TemporaryDirectory(dir=vault.paths.root, prefix=".snapshot-") as tmp:
        snapshot = Path(tmp) / "snapshot.db"
        generation, key = next(iter(vault.data_keys.items()))
        target = connect_raw(snapshot, key, vault.cipher)
        try:
            with vault.engine.connect() as conn:
                conn.connection.driver_connection.backup(target)
        finally:
            target.close()
        digest = hashlib.sha256()
        for chunk in _chunks(snapshot):
            digest.update(chunk)
        header = {
            "format": FORMAT, "version": VERSION, "app_version": __version__,
            "created": vault.clock().isoformat(timespec="seconds"), "vault_id": vault.vault_id,
            "key_generation": generation,
            "keyslots": base64.b64encode(vault.keyslot_bytes).decode("ascii"),
            "database_size": snapshot.stat().st_size, "database_sha256": digest.hexdigest(),
        }
        head = json.dumps(header).encode("utf-8")
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(out, itertools.chain([MAGIC + struct.pack(">I", len(head)) + head],
                                              _chunks(snapshot)))


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


def restore_backup(source: Path, root: Path, secret: str, login: str | None = None) -> None:
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
        _, keys = slots.open_with(secret, SlotKind.PASSPHRASE, login)
    except WrongPassphrase:
        try:
            _, keys = slots.open_with(normalise_recovery_code(secret), SlotKind.RECOVERY)
        except (InputError, WrongPassphrase):
            raise WrongPassphrase("Dit wachtwoord opent deze back-up niet.") from None
    key = keys[max(keys)]
    with tempfile.TemporaryDirectory(prefix="casusoverleg-restore-") as tmp:
        candidate = Path(tmp) / "check.db"
        candidate.write_bytes(backup.database)
        check_database(candidate, key, slots.cipher)
        paths = prepare_new_vault_folder(root)
        shutil.copyfile(candidate, paths.db)
        paths.db.chmod(0o600)
    paths.write_keyslots(slots)


def check_database(path: Path, key: bytes, cipher: Cipher) -> None:
    """SQLCipher's page check and SQLite's structure check; ``VaultDamaged`` when either fails."""
    damaged = VaultDamaged("De database in de back-up is beschadigd; er is niets teruggezet.")
    try:
        conn = connect_raw(path, key, cipher)
    except WrongPassphrase:  # the key came from the backup's own slots: a damaged first page
        raise damaged from None
    try:
        bad_pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        structure = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlcipher3.DatabaseError:  # "database disk image is malformed" on a damaged page
        raise damaged from None
    finally:
        conn.close()
    if bad_pages or structure != [("ok",)]:
        raise damaged


# -- automatic backups --------------------------------------------------------------------
def automatic_backups(vault: OpenVault) -> list[Path]:
    folder = vault.paths.backups
    return sorted(folder.glob(f"{AUTO_PREFIX}*{SUFFIX}")) if folder.is_dir() else []


def automatic_backup(vault: OpenVault, reason: str) -> Path:
    stamp = vault.clock().astimezone(dt.UTC).strftime(STAMP_FORMAT)
    vault.paths.backups.mkdir(mode=0o700, exist_ok=True)
    out = vault.paths.backups / f"{AUTO_PREFIX}{stamp}-{reason}{SUFFIX}"
    write_backup(vault, out)
    for old in automatic_backups(vault)[:-vault.settings.auto_backup_keep]:
        old.unlink()
    return out


def daily_backup(vault: OpenVault) -> Path | None:
    existing = automatic_backups(vault)
    if existing:
        stamp = existing[-1].name.removeprefix(AUTO_PREFIX).split("-", 1)[0]
        newest = dt.datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=dt.UTC)
        if vault.clock() - newest < vault.settings.auto_backup_interval:
            return None
    return automatic_backup(vault, "dagelijks")


def replace_automatic_backups(vault: OpenVault) -> None:
    """After a key rotation old backups would still open with old passphrases: replace them."""
    for old in automatic_backups(vault):
        old.unlink()
    automatic_backup(vault, "na-sleutelwissel")

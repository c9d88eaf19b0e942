"""Backup and restore: checked before anything is written, never overwriting; automatic backups."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import struct
from collections.abc import Callable
from pathlib import Path

import pytest
from vault_admin_kit import admin_of, new_vault, work_on
from vault_testkit import CHAIR, PASSPHRASE, SECOND_PASSPHRASE, SECRETARY

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.errors import BackupError, CasusoverlegError, VaultDamaged, WrongPassphrase
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store import search
from casusoverleg_desktop.vault.backup import MAGIC, read_backup, restore_backup
from casusoverleg_desktop.vault.vault import unlock

SETTINGS = Settings()

MARKER = "gesprek met wijkagent 2291"


@pytest.fixture(scope="module")
def backup_file(tmp_path_factory) -> tuple[Path, str]:
    """A backup of a vault with two users and some indexed text, and the recovery code."""
    root = tmp_path_factory.mktemp("bron")
    vault, code = new_vault(root / "kluis", CHAIR, Role.CHAIR, PASSPHRASE)
    admin_of(vault).add_user(SECRETARY, Role.SECRETARY, SECOND_PASSPHRASE)
    with work_on(vault) as session:
        for number in range(1, 200):
            search.index_text(session, "note", number, "body", f"{MARKER} regel {number} " * 5)
    out = root / "kluis.cobak"
    vault.write_backup(out)
    vault.close()
    return out, code


def _hits(root: Path, login: str, passphrase: str) -> int:
    vault = unlock(root, login, passphrase, settings=SETTINGS)
    try:
        with work_on(vault) as session:
            return len(search.search(session, "wijkagent", limit=1000))
    finally:
        vault.close()


@pytest.mark.parametrize(("secret", "login"), [
    ("chair", None), ("chair", CHAIR), ("secretary", SECRETARY), ("code", None), ("code-typed", CHAIR)])
def test_restore_opens_with_any_valid_secret(backup_file, tmp_path: Path, secret, login) -> None:
    source, code = backup_file
    value = {"chair": PASSPHRASE, "secretary": SECOND_PASSPHRASE, "code": code,
             "code-typed": code.lower().replace("-", " ")}[secret]
    target = tmp_path / "teruggezet"
    restore_backup(source, target, value, login)
    assert sorted(p.name for p in target.iterdir()) == [
        "audit-anchor.json", "casusoverleg.db", "keyslots.json"]
    assert _hits(target, CHAIR, PASSPHRASE) == 199
    unlock(target, SECRETARY, SECOND_PASSPHRASE, settings=SETTINGS).close()


def test_backup_refuses_to_overwrite(vault, tmp_path: Path) -> None:
    out = tmp_path / "bestaat.cobak"
    out.write_bytes(b"iets van iemand")
    with pytest.raises(BackupError, match="bestaat al"):
        vault.write_backup(out)
    assert out.read_bytes() == b"iets van iemand"


def _existing_vault(tmp_path: Path, source: Path) -> Path:
    target = tmp_path / "bestaande"
    restore_backup(source, target, PASSPHRASE)
    return target


def _non_empty(tmp_path: Path, source: Path) -> Path:
    target = tmp_path / "map-met-spullen"
    target.mkdir()
    (target / "notities.txt").write_text("van de gebruiker")
    return target


def _a_file(tmp_path: Path, source: Path) -> Path:
    target = tmp_path / "een-bestand"
    target.write_text("geen map")
    return target


@pytest.mark.parametrize("make_target", [_existing_vault, _non_empty, _a_file],
                         ids=["existing-vault", "non-empty-folder", "a-file"])
def test_restore_never_overwrites(backup_file, tmp_path: Path, folder_digest, make_target) -> None:
    source, _ = backup_file
    target = make_target(tmp_path, source)
    before = folder_digest(target) if target.is_dir() else target.read_bytes()
    with pytest.raises(BackupError, match="alleen in een lege of nieuwe map"):
        restore_backup(source, target, PASSPHRASE)
    assert (folder_digest(target) if target.is_dir() else target.read_bytes()) == before


def _truncate(raw: bytes) -> bytes:
    return raw[: len(raw) * 2 // 3]


def _truncate_in_header(raw: bytes) -> bytes:
    return raw[: len(MAGIC) + 30]


def _flip_database_byte(raw: bytes) -> bytes:
    data = bytearray(raw)
    data[-5000] ^= 0x40
    return bytes(data)


def _split(raw: bytes) -> tuple[dict, bytes]:
    (length,) = struct.unpack(">I", raw[len(MAGIC):len(MAGIC) + 4])
    start = len(MAGIC) + 4
    return json.loads(raw[start:start + length]), raw[start + length:]


def _join(header: dict, database: bytes) -> bytes:
    head = json.dumps(header).encode()
    return MAGIC + struct.pack(">I", len(head)) + head + database


def _flip_page_and_fix_checksum(page: int) -> Callable[[bytes], bytes]:
    """A flipped byte that the file checksum does not catch: only SQLCipher's page check can."""
    def damage(raw: bytes) -> bytes:
        header, database = _split(raw)
        data = bytearray(database)
        data[(page % (len(data) // 4096)) * 4096 + 2000] ^= 0x40
        header["database_sha256"] = hashlib.sha256(bytes(data)).hexdigest()
        return _join(header, bytes(data))
    return damage


def _join_raw(head: bytes, raw: bytes) -> bytes:
    return MAGIC + struct.pack(">I", len(head)) + head + _split(raw)[1]


def _damaged_keyslots(raw: bytes) -> bytes:
    header, database = _split(raw)
    header["keyslots"] = header["keyslots"][:100]
    return _join(header, database)


def _newer_version(raw: bytes) -> bytes:
    header, database = _split(raw)
    header["version"] = 99
    return _join(header, database)


BAD_BACKUPS: dict[str, tuple[Callable[[bytes], bytes], type[CasusoverlegError], str]] = {
    "truncated": (_truncate, BackupError, "beschadigd of onvolledig"),
    "truncated-in-header": (_truncate_in_header, BackupError, "beschadigd of onvolledig"),
    "empty": (lambda raw: b"", BackupError, "geen back-up van Casusoverleg"),
    "foreign-file": (lambda raw: b"%PDF-1.7\n" + raw[100:], BackupError, "geen back-up van Casusoverleg"),
    "plain-sqlite": (lambda raw: b"SQLite format 3\x00" + bytes(4000), BackupError, "geen back-up"),
    "flipped-database-byte": (_flip_database_byte, BackupError, "beschadigd of onvolledig"),
    **{f"flipped-page-{page}-checksum-fixed": (_flip_page_and_fix_checksum(page), VaultDamaged, "beschadigd")
       for page in (0, 1, 3, -1)},
    "newer-version": (_newer_version, BackupError, "nieuwere versie"),
    "keyslots-in-header-damaged": (_damaged_keyslots, BackupError, "beschadigd of onvolledig"),
    "header-not-an-object": (lambda raw: _join_raw(b"[1, 2]", raw), BackupError, "beschadigd of onvolledig"),
    "header-not-json": (lambda raw: _join_raw(b"\xff{", raw), BackupError, "beschadigd of onvolledig"),
}


@pytest.mark.parametrize("bad", list(BAD_BACKUPS))
def test_restore_refuses_a_bad_backup_and_creates_nothing(backup_file, tmp_path: Path, bad) -> None:
    source, _ = backup_file
    damage, error, message = BAD_BACKUPS[bad]
    broken = tmp_path / "kapot.cobak"
    broken.write_bytes(damage(source.read_bytes()))
    target = tmp_path / "doel"
    with pytest.raises(error, match=message):
        restore_backup(broken, target, PASSPHRASE)
    assert not target.exists()


def test_restore_refuses_a_missing_file_and_a_wrong_passphrase(backup_file, tmp_path: Path) -> None:
    source, _ = backup_file
    target = tmp_path / "doel"
    with pytest.raises(BackupError, match="kan niet worden gelezen"):
        restore_backup(tmp_path / "bestaat-niet.cobak", target, PASSPHRASE)
    with pytest.raises(WrongPassphrase, match="opent deze back-up niet"):
        restore_backup(source, target, "niet het goede wachtwoord")
    with pytest.raises(WrongPassphrase, match="opent deze back-up niet"):
        restore_backup(source, target, SECOND_PASSPHRASE, CHAIR)
    assert not target.exists()


def test_backup_is_a_consistent_snapshot_with_the_keyslots(backup_file) -> None:
    source, _ = backup_file
    backup = read_backup(source)
    assert backup.header["format"] == "casusoverleg-backup"
    assert backup.header["key_generation"] == 1
    assert len(backup.database) == backup.header["database_size"]
    assert not backup.database.startswith(b"SQLite format 3")


# -- automatic backups ---------------------------------------------------------------------------
class FakeClock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def test_daily_automatic_backups_keep_the_last_n(tmp_path: Path) -> None:
    clock = FakeClock(dt.datetime(2026, 3, 2, 8, 30, tzinfo=dt.UTC))
    settings = Settings(auto_backup_keep=3)
    root = tmp_path / "kluis"
    vault, _ = new_vault(root, CHAIR, Role.CHAIR, PASSPHRASE, settings=settings, clock=clock)
    vault.close()

    def open_and_close() -> list[str]:
        unlock(root, CHAIR, PASSPHRASE, settings=settings, clock=clock).close()
        return sorted(p.name for p in (root / "backups").iterdir())

    assert open_and_close() == ["auto-20260302T083000000000Z-dagelijks.cobak"]
    clock.now += dt.timedelta(hours=3)
    assert len(open_and_close()) == 1  # same day: no second backup
    for _ in range(5):
        clock.now += dt.timedelta(days=1)
        names = open_and_close()
    assert names == [f"auto-202603{day:02d}T113000000000Z-dagelijks.cobak" for day in (5, 6, 7)]

    restored = tmp_path / "terug"
    restore_backup(root / "backups" / names[-1], restored, PASSPHRASE)
    unlock(restored, CHAIR, PASSPHRASE, settings=SETTINGS).close()

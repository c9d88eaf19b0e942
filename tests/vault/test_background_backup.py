"""The daily backup written in the background (issue 14, ``first_unlock_s``): unlocking does not wait
for it, closing and rotating the key do; a backup is complete or absent, never half a file."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from vault_admin_kit import work_on
from vault_testkit import CHAIR, PASSPHRASE

from casusoverleg_desktop.errors import BackupError
from casusoverleg_desktop.services.access import VaultAccess
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store import search
from casusoverleg_desktop.vault.backup import read_backup, restore_backup
from casusoverleg_desktop.vault.leftovers import remove_leftovers
from casusoverleg_desktop.vault.vault import OpenVault, unlock

SETTINGS = Settings()


def _backups(root: Path) -> list[str]:
    folder = root / "backups"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


@pytest.fixture
def no_backup_today(vault: OpenVault) -> OpenVault:
    """The test vault, open, without today's backup (as on the first unlock of a day)."""
    shutil.rmtree(vault.paths.backups)
    return vault


def test_unlocking_for_the_gui_leaves_the_daily_backup_for_later(vault_dir: Path, created) -> None:
    vault, _ = created
    vault.close()
    shutil.rmtree(vault_dir / "backups")
    access = VaultAccess(vault_dir, SETTINGS, None, backup_after_unlock=True)
    session = access.unlock(CHAIR, PASSPHRASE)
    try:
        assert _backups(vault_dir) == [], "unlocking waited for the daily backup"
        session.start_daily_backup()
        assert session.finish_daily_backup() is None
        [name] = _backups(vault_dir)
        assert name.startswith("auto-") and name.endswith("-dagelijks.cobak")
    finally:
        session.close()
    unlock(vault_dir, CHAIR, PASSPHRASE, settings=SETTINGS).close()  # the CLI's way: made at once
    assert len(_backups(vault_dir)) == 1, "a second backup on the same day"


def test_the_background_backup_is_complete_and_restores(no_backup_today: OpenVault, tmp_path: Path) -> None:
    vault = no_backup_today
    with work_on(vault) as session:
        search.index_text(session, "note", 1, "body", "gesprek met de wijkagent")
    vault.start_daily_backup()
    with work_on(vault) as session:  # the program goes on using the vault meanwhile
        search.index_text(session, "note", 2, "body", "huisbezoek gepland")
    made = vault.finish_backup()
    assert made is not None and _backups(vault.paths.root) == [made.name]
    assert read_backup(made).header["database_size"] > 0  # its checksum and size agree
    target = tmp_path / "terug"
    restore_backup(made, target, PASSPHRASE)
    restored = unlock(target, CHAIR, PASSPHRASE, settings=SETTINGS)
    try:
        with work_on(restored) as session:
            assert search.search(session, "wijkagent")
    finally:
        restored.close()
    assert not list(vault.paths.root.glob(".snapshot-*")), "the temporary snapshot stayed behind"


def test_closing_waits_until_the_backup_is_written(no_backup_today: OpenVault) -> None:
    vault = no_backup_today
    vault.start_daily_backup()
    vault.close()
    assert not vault.backup_running()
    [name] = _backups(vault.paths.root)
    read_backup(vault.paths.backups / name)


def test_a_failed_backup_is_reported_in_dutch_and_the_vault_goes_on(no_backup_today: OpenVault) -> None:
    vault = no_backup_today
    vault.paths.backups.write_text("geen map")  # the backups folder cannot be made
    vault.start_daily_backup()
    with pytest.raises(BackupError, match="De automatische back-up is niet gemaakt"):
        vault.finish_backup()
    with work_on(vault) as session:
        search.index_text(session, "note", 3, "body", "het werk gaat door")
    assert vault.finish_backup() is None  # reported once


def test_rotating_the_key_waits_for_the_daily_backup(no_backup_today: OpenVault) -> None:
    """A daily backup under the old key must not land after the rotation replaced every backup."""
    vault = no_backup_today
    vault.start_daily_backup()
    vault.rotate_key()
    [name] = _backups(vault.paths.root)
    assert name.endswith("-na-sleutelwissel.cobak")


def test_a_backup_left_half_written_is_cleared_never_counted(no_backup_today: OpenVault) -> None:
    vault = no_backup_today
    folder = vault.paths.backups
    folder.mkdir()
    stale = folder / ".auto-20260101T080000000000Z-dagelijks.cobak.1a2b3c4d.tmp"
    stale.write_bytes(b"half")
    hour_ago = time.time() - 2 * 3600
    os.utime(stale, (hour_ago, hour_ago))
    fresh = folder / ".auto-20260101T080000000000Z-dagelijks.cobak.5e6f7a8b.tmp"  # being written
    fresh.write_bytes(b"half")
    assert vault.automatic_backups.files() == []
    vault.start_daily_backup()
    vault.finish_backup()
    assert len(vault.automatic_backups.files()) == 1
    remove_leftovers(vault.paths.root)  # what the next start does
    assert not stale.exists() and fresh.exists()

"""Damage is caught, not copied (issue 15, point 3): a damaged page in the vault's database stops
every backup with a Dutch message that names the newest good automatic backup; nothing is written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from vault_admin_kit import work_on
from vault_testkit import CHAIR, PASSPHRASE

from casusoverleg_desktop.errors import BackupError, VaultDamaged
from casusoverleg_desktop.services.access import VaultSession
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store import search
from casusoverleg_desktop.vault.backup import restore_backup
from casusoverleg_desktop.vault.vault import OpenVault, open_with_data_keys, unlock

SETTINGS = Settings()
PAGE = 4096


def damage_page(db: Path, page: int) -> None:
    """Flip 16 bytes in the middle of one page of the (closed) database file."""
    data = bytearray(db.read_bytes())
    start = PAGE * (page - 1) + PAGE // 2
    data[start:start + 16] = bytes(b ^ 0xFF for b in data[start:start + 16])
    db.write_bytes(bytes(data))


def files_in(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


@pytest.fixture
def damaged(vault: OpenVault) -> tuple[Path, dict[int, bytes], Path]:
    """The closed test vault with page 3 damaged: its folder, data keys and newest automatic backup."""
    keys, root = vault._data_keys, vault.paths.root
    [newest] = vault.automatic_backups.files()
    vault.close()
    damage_page(vault.paths.db, 3)
    return root, keys, newest


def test_a_damaged_page_is_not_copied_into_a_backup(damaged, tmp_path: Path) -> None:
    root, keys, newest = damaged
    before = files_in(root)
    vault = open_with_data_keys(root, keys, CHAIR, settings=SETTINGS)
    try:
        with pytest.raises(BackupError) as caught:
            vault.write_backup(tmp_path / "handmatig.cobak")
    finally:
        vault.close()
    message = caught.value.message
    assert message.startswith("Er is geen back-up geschreven: de database van de kluis zelf is beschadigd.")
    assert f"De nieuwste goede automatische back-up is {newest}." in message
    assert f'casusoverleg restore --from "{newest}" --vault NIEUWE-MAP' in message
    assert not (tmp_path / "handmatig.cobak").exists()
    assert files_in(root) == before, "a backup or a temporary file was left behind"
    restore_backup(newest, tmp_path / "nieuw", PASSPHRASE)  # the named backup does restore
    unlock(tmp_path / "nieuw", CHAIR, PASSPHRASE, settings=SETTINGS).close()


def test_the_daily_backup_in_the_background_reports_the_damage(damaged) -> None:
    root, _, newest = damaged
    tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    session = VaultSession(unlock(root, CHAIR, PASSPHRASE, settings=SETTINGS, clock=lambda: tomorrow,
                                  daily_backup=False))
    try:
        session.start_daily_backup()
        problem = session.finish_daily_backup()
    finally:
        session.close()
    assert problem is not None and "de database van de kluis zelf is beschadigd" in problem
    assert str(newest) in problem
    assert [p.name for p in (root / "backups").iterdir()] == [newest.name]


def test_a_newer_backup_that_is_itself_damaged_is_not_named(damaged) -> None:
    root, keys, newest = damaged
    broken = newest.with_name("auto-29991231T000000000000Z-dagelijks.cobak")
    broken.write_bytes(newest.read_bytes()[:-100])  # a newer file, cut short
    vault = open_with_data_keys(root, keys, CHAIR, settings=SETTINGS)
    try:
        with pytest.raises(BackupError, match="De nieuwste goede automatische back-up is ") as caught:
            vault.write_backup(root.parent / "handmatig.cobak")
    finally:
        vault.close()
    assert str(newest) in caught.value.message and broken.name not in caught.value.message


def test_without_a_good_backup_the_message_says_so(damaged) -> None:
    root, keys, newest = damaged
    newest.unlink()  # so opening makes the daily backup, and the damage stops it
    with pytest.raises(BackupError, match="Er is geen goede automatische back-up"):
        open_with_data_keys(root, keys, CHAIR, settings=SETTINGS)
    assert not list((root / "backups").iterdir())


def test_a_vault_that_cannot_be_opened_names_the_newest_good_backup(vault: OpenVault) -> None:
    keys, root = vault._data_keys, vault.paths.root
    [newest] = vault.automatic_backups.files()
    vault.close()
    damage_page(vault.paths.db, 2)  # a page read while opening
    with pytest.raises(VaultDamaged) as caught:
        open_with_data_keys(root, keys, CHAIR, settings=SETTINGS)
    assert caught.value.message.startswith("De kluis kan niet worden geopend: de database van de "
                                           "kluis zelf is beschadigd.")
    assert str(newest) in caught.value.message


def test_an_undamaged_vault_still_backs_up_and_restores(vault: OpenVault, tmp_path: Path) -> None:
    with work_on(vault) as session:
        search.index_text(session, "note", 1, "body", "gesprek met de wijkagent")
    out = tmp_path / "handmatig.cobak"
    vault.write_backup(out)
    restore_backup(out, tmp_path / "nieuw", PASSPHRASE)
    restored = unlock(tmp_path / "nieuw", CHAIR, PASSPHRASE, settings=SETTINGS)
    try:
        with work_on(restored) as session:
            assert search.search(session, "wijkagent")
    finally:
        restored.close()

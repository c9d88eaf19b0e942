"""Removing a user and rotating the data key locks the user out, even with an old key-slot file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from vault_admin_kit import admin_of, work_on
from vault_testkit import (
    CHAIR,
    PASSPHRASE,
    SECOND_PASSPHRASE,
    SECRETARY,
    extract_backup_database,
    generations,
    keyslots_of,
)

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.errors import KeySlotFileDamaged, UnknownUser, WrongPassphrase
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store import search
from casusoverleg_desktop.store.engine import connect_raw, key_pragma
from casusoverleg_desktop.vault.backup import read_backup, restore_backup
from casusoverleg_desktop.vault.keyslots import KeySlotFile, SlotKind
from casusoverleg_desktop.vault.vault import OpenVault, recover, unlock

SETTINGS = Settings()

NEW_PASSPHRASE = "een nieuwe lange zin voor later"


def _note(vault: OpenVault, entity_id: int, text: str) -> None:
    with work_on(vault) as session:
        search.index_text(session, "note", entity_id, "body", text)


def _notes(vault: OpenVault) -> list[str]:
    with vault.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql(
            "SELECT body FROM search_index WHERE entity_type = 'note' ORDER BY entity_id")]


def _opens(db: Path, key: bytes) -> bool:
    try:
        connect_raw(db, key).close()
    except WrongPassphrase:
        return False
    return True


def test_removed_user_is_locked_out_after_rotation_even_with_the_old_keyslot_file(
        created, tmp_path: Path) -> None:
    vault, code = created
    root = vault.paths.root
    admin_of(vault).add_user(SECRETARY, Role.SECRETARY, SECOND_PASSPHRASE)
    _note(vault, 1, "voor de wissel")
    vault.close()

    # Two days on, opening writes a daily automatic backup that holds the secretary's slot.
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    vault = unlock(root, CHAIR, PASSPHRASE, clock=lambda: later, settings=SETTINGS)
    early_backup = sorted(root.glob("backups/auto-*.cobak"))[-1]
    read_backup(early_backup).keyslots.open_with(SECOND_PASSPHRASE, SlotKind.PASSPHRASE, SECRETARY)
    early_backups = set(root.glob("backups/auto-*.cobak"))
    kept_by_removed_user = (root / "keyslots.json").read_bytes()
    old_key = vault._data_keys[1]

    admin_of(vault).remove_user(SECRETARY)
    vault.rotate_key()
    new_key = vault._data_keys[2]
    _note(vault, 2, "na de wissel")
    vault.close()

    assert generations(root) == {2}
    assert not keyslots_of(root).slots_of(SlotKind.PASSPHRASE, SECRETARY)
    assert not _opens(root / "casusoverleg.db", old_key)
    assert _opens(root / "casusoverleg.db", new_key)
    with pytest.raises(UnknownUser):
        unlock(root, SECRETARY, SECOND_PASSPHRASE, settings=SETTINGS)
    with pytest.raises(WrongPassphrase):
        unlock(root, None, SECOND_PASSPHRASE, settings=SETTINGS)

    # The removed user puts their old copy of the key-slot file back: its key no longer fits.
    current = (root / "keyslots.json").read_bytes()
    (root / "keyslots.json").write_bytes(kept_by_removed_user)
    old_slots = KeySlotFile.from_bytes(kept_by_removed_user)
    keys = old_slots.open_with(SECOND_PASSPHRASE, SlotKind.PASSPHRASE, SECRETARY).data_keys
    assert keys == {1: old_key}
    with pytest.raises(KeySlotFileDamaged, match="past niet op de database"):
        unlock(root, SECRETARY, SECOND_PASSPHRASE, settings=SETTINGS)
    (root / "keyslots.json").write_bytes(current)

    # No automatic backup opens for the removed user, nor with the old key.
    backups = sorted(root.glob("backups/auto-*.cobak"))
    assert backups and not early_backups & set(backups)
    for number, backup in enumerate(backups):
        with pytest.raises(WrongPassphrase):
            restore_backup(backup, tmp_path / f"poging-{number}", SECOND_PASSPHRASE)
        assert not (tmp_path / f"poging-{number}").exists()
        database = extract_backup_database(backup, tmp_path / f"backup-{number}.db")
        assert not _opens(database, old_key)
        assert _opens(database, new_key)

    # Everyone else still gets in, with all data.
    vault = unlock(root, CHAIR, PASSPHRASE, settings=SETTINGS)
    assert _notes(vault) == ["voor de wissel", "na de wissel"]
    assert [u.login for u in admin_of(vault).users()] == [CHAIR]
    vault.close()
    recover(root, CHAIR, code, NEW_PASSPHRASE, settings=SETTINGS).close()
    unlock(root, CHAIR, NEW_PASSPHRASE, settings=SETTINGS).close()


def test_rotation_keeps_keyring_and_other_users_working(vault, memory_keyring) -> None:
    from casusoverleg_desktop.vault.secret_store import KeyringSecretStore

    store = KeyringSecretStore()
    admin_of(vault).add_user(SECRETARY, Role.SECRETARY, SECOND_PASSPHRASE)
    vault.remember_on_device(store)
    vault.rotate_key()
    vault.rotate_key()
    vault.close()
    root = vault.paths.root
    assert generations(root) == {3}
    for login, passphrase in ((CHAIR, PASSPHRASE), (SECRETARY, SECOND_PASSPHRASE)):
        unlock(root, login, passphrase, settings=SETTINGS).close()
    from casusoverleg_desktop.vault.vault import unlock_from_device

    unlock_from_device(root, CHAIR, store, settings=SETTINGS).close()


@pytest.mark.parametrize("crash_point", ["before-rekey", "after-rekey"])
def test_interrupted_rotation_is_finished_by_unlock(created, crash_point: str) -> None:
    """The state a crash leaves: both key generations sealed in every slot, database on either key."""
    vault, code = created
    root = vault.paths.root
    _note(vault, 1, "bewaard")
    old_key = vault._data_keys[1]
    new_key = bytes(range(32))
    both = KeySlotFile.from_bytes(vault._slots.to_bytes()).with_data_keys({1: old_key, 2: new_key})
    vault.paths.write_keyslots(both)
    vault.close()
    if crash_point == "after-rekey":
        raw = connect_raw(root / "casusoverleg.db", old_key)
        raw.execute(key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
        raw.close()
    assert generations(root) == {1, 2}

    reopened = unlock(root, CHAIR, PASSPHRASE, settings=SETTINGS)
    expected_key = new_key if crash_point == "after-rekey" else old_key
    assert reopened._data_keys == {2 if crash_point == "after-rekey" else 1: expected_key}
    assert _notes(reopened) == ["bewaard"]
    reopened.close()
    assert generations(root) == ({2} if crash_point == "after-rekey" else {1})
    assert _opens(root / "casusoverleg.db", expected_key)
    # the recovery slot was resealed too
    recover(root, CHAIR, code, NEW_PASSPHRASE, settings=SETTINGS).close()
    unlock(root, CHAIR, NEW_PASSPHRASE, settings=SETTINGS).close()

"""The page cipher of a vault: new vaults use HMAC-SHA256, the key-slot file says so, and a vault
made before (SQLCipher 4's defaults, no "cipher" in the file) still opens, backs up, restores and
rotates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlcipher3
from vault_testkit import CHAIR, PASSPHRASE, keyslots_json

from casusoverleg_desktop.errors import WrongPassphrase
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store.engine import Cipher, connect_raw, key_pragma
from casusoverleg_desktop.vault.backup import restore_backup
from casusoverleg_desktop.vault.vault import unlock

SETTINGS = Settings()


def _opens_with(db: Path, key: bytes, cipher: Cipher) -> bool:
    try:
        connect_raw(db, key, cipher).close()
    except WrongPassphrase:
        return False
    return True


def test_a_new_vault_uses_hmac_sha256_and_says_so(created):
    vault, _ = created
    db, key = vault.paths.db, vault._data_keys[1]
    assert keyslots_json(vault.paths.root)["cipher"] == "sqlcipher4-hmac-sha256"
    assert vault.cipher is Cipher.SQLCIPHER4_HMAC_SHA256
    vault.close()
    assert _opens_with(db, key, Cipher.SQLCIPHER4_HMAC_SHA256)
    assert not _opens_with(db, key, Cipher.SQLCIPHER4)  # the setting is real, not decoration


def _make_legacy(root: Path, key: bytes) -> None:
    """Rewrite the vault as one made before the cipher setting: SQLCipher 4 defaults, no field."""
    db, legacy = root / "casusoverleg.db", root / "legacy.db"
    conn = connect_raw(db, key, Cipher.SQLCIPHER4_HMAC_SHA256)
    conn.execute(f"ATTACH DATABASE '{legacy}' AS legacy KEY \"x'{key.hex()}'\"")
    conn.execute("PRAGMA legacy.cipher_hmac_algorithm = HMAC_SHA512")
    conn.execute("SELECT sqlcipher_export('legacy')")
    conn.execute("DETACH DATABASE legacy")
    conn.close()
    for suffix in ("-wal", "-shm"):
        (root / f"casusoverleg.db{suffix}").unlink(missing_ok=True)
    legacy.replace(db)
    slots = keyslots_json(root)
    del slots["cipher"]
    (root / "keyslots.json").write_text(json.dumps(slots), encoding="utf-8")


@pytest.fixture
def legacy_root(created) -> Path:
    vault, _ = created
    root, key = vault.paths.root, vault._data_keys[1]
    vault.close()
    _make_legacy(root, key)
    raw = sqlcipher3.connect(str(root / "casusoverleg.db"))
    raw.execute(key_pragma(key))  # SQLCipher 4 defaults, as an older version opened it
    assert raw.execute("SELECT count(*) FROM user_account").fetchone() == (1,)
    raw.close()
    return root


def test_a_vault_made_before_the_setting_opens_backs_up_restores_and_rotates(legacy_root, tmp_path):
    vault = unlock(legacy_root, CHAIR, PASSPHRASE, settings=SETTINGS)
    assert vault.cipher is Cipher.SQLCIPHER4
    vault.write_backup(tmp_path / "oud.backup")
    vault.rotate_key()
    vault.close()
    unlock(legacy_root, CHAIR, PASSPHRASE, settings=SETTINGS).close()
    assert keyslots_json(legacy_root)["cipher"] == "sqlcipher4"  # written out by the rotation

    restore_backup(tmp_path / "oud.backup", tmp_path / "teruggezet", PASSPHRASE, CHAIR)
    restored = unlock(tmp_path / "teruggezet", CHAIR, PASSPHRASE, settings=SETTINGS)
    assert restored.cipher is Cipher.SQLCIPHER4 and restored.user.login == CHAIR
    restored.close()


def test_an_unknown_cipher_in_the_key_slot_file_is_refused_plainly(created):
    from casusoverleg_desktop.errors import KeySlotFileDamaged

    vault, _ = created
    root = vault.paths.root
    vault.close()
    slots = keyslots_json(root)
    slots["cipher"] = "rot13"
    (root / "keyslots.json").write_text(json.dumps(slots), encoding="utf-8")
    with pytest.raises(KeySlotFileDamaged):
        unlock(root, CHAIR, PASSPHRASE, settings=SETTINGS)

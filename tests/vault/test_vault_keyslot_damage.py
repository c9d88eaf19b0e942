"""A damaged key-slot file gives a clear error, and a backup brings the vault back."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from vault_admin_kit import admin_of, new_vault, work_on
from vault_testkit import CHAIR, PASSPHRASE, copy_vault

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.errors import KeySlotFileDamaged, WrongPassphrase
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store import search
from casusoverleg_desktop.vault.backup import restore_backup
from casusoverleg_desktop.vault.vault import recover, unlock

SETTINGS = Settings()

MARKER = "dossier kwikstaart 4411"
NEW_PASSPHRASE = "een nieuwe lange zin voor later"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> tuple[Path, str]:
    """A closed vault with some data and one automatic backup; tests damage copies of it."""
    root = tmp_path_factory.mktemp("ongeschonden") / "kluis"
    vault, code = new_vault(root, CHAIR, Role.CHAIR, PASSPHRASE)
    with work_on(vault) as session:
        search.index_text(session, "note", 1, "body", MARKER)
    vault.close()
    unlock(root, CHAIR, PASSPHRASE, settings=SETTINGS).close()  # writes the daily automatic backup
    return root, code


@pytest.fixture
def damaged_copy(pristine, tmp_path: Path) -> tuple[Path, str]:
    root, code = pristine
    return copy_vault(root, tmp_path / "kluis"), code


def _flip(text: str, at: int = 5) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[at % len(raw)] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def _edit(change: Callable[[dict], None]) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data), encoding="utf-8")
    return damage


def _user_slot(data: dict) -> dict:
    return next(s for s in data["slots"] if s["kind"] == "passphrase")


def _set(mapping: dict, key: str, value: object) -> None:
    mapping[key] = value


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated-half": (lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]), "onvolledig"),
    "truncated-last-byte": (lambda p: p.write_bytes(p.read_bytes()[:-2]), "onvolledig"),
    "empty": (lambda p: p.write_bytes(b""), "onvolledig"),
    "not-json": (lambda p: p.write_bytes(b"\x00\xffdit is geen sleutelbestand"), "beschadigd"),
    "json-list": (lambda p: p.write_text("[1, 2, 3]"), "beschadigd"),
    "deleted": (lambda p: p.unlink(), "ontbreekt"),
    "foreign-format": (_edit(lambda d: _set(d, "format", "iets-anders")), "beschadigd"),
    "newer-version": (_edit(lambda d: _set(d, "version", 2)), "nieuwere versie"),
    "slots-missing": (_edit(lambda d: d.pop("slots")), "beschadigd"),
    "slot-field-missing": (_edit(lambda d: _user_slot(d).pop("salt")), "beschadigd"),
    "bad-base64": (_edit(lambda d: _set(_user_slot(d), "public_key", "@@@")), "beschadigd"),
    "unknown-slot-kind": (_edit(lambda d: _set(_user_slot(d), "kind", "vingerafdruk")), "beschadigd"),
    "kdf-weakened": (_edit(lambda d: _set(_user_slot(d)["kdf"], "memory_kib", 8)), "beschadigd"),
    "kdf-unknown": (_edit(lambda d: _set(_user_slot(d)["kdf"], "name", "md5")), "beschadigd"),
    "sealed-key-flipped": (_edit(lambda d: _set(_user_slot(d)["data_keys"][0], "ciphertext", _flip(
        _user_slot(d)["data_keys"][0]["ciphertext"]))), "een sleutel is aangepast"),
    "sealed-nonce-flipped": (_edit(lambda d: _set(_user_slot(d)["data_keys"][0], "nonce", _flip(
        _user_slot(d)["data_keys"][0]["nonce"]))), "een sleutel is aangepast"),
    "ephemeral-flipped": (_edit(lambda d: _set(_user_slot(d)["data_keys"][0], "ephemeral", _flip(
        _user_slot(d)["data_keys"][0]["ephemeral"]))), "een sleutel is aangepast"),
    "public-key-flipped": (_edit(lambda d: _set(_user_slot(d), "public_key", _flip(
        _user_slot(d)["public_key"]))), "een sleutel is aangepast"),
    "generation-changed": (_edit(lambda d: [_set(k, "generation", 7) for s in d["slots"]
                                            for k in s["data_keys"]]), "een sleutel is aangepast"),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_keyslot_file_gives_a_clear_error(damaged_copy, folder_digest, damage) -> None:
    root, _ = damaged_copy
    apply, message = DAMAGE[damage]
    apply(root / "keyslots.json")
    before = folder_digest(root)
    with pytest.raises(KeySlotFileDamaged, match=message) as caught:
        unlock(root, CHAIR, PASSPHRASE, settings=SETTINGS)
    assert caught.value.message[0].isupper() and caught.value.message.endswith(".")
    assert folder_digest(root) == before


def test_wrapped_private_key_flipped_refuses_the_passphrase_but_recovery_works(damaged_copy) -> None:
    """AES-GCM cannot tell a wrong key from a changed ciphertext: the slot just no longer opens."""
    root, code = damaged_copy
    _edit(lambda d: _set(_user_slot(d), "wrapped_private", _flip(_user_slot(d)["wrapped_private"], 20)))(
        root / "keyslots.json")
    with pytest.raises(WrongPassphrase):
        unlock(root, CHAIR, PASSPHRASE, settings=SETTINGS)
    recover(root, CHAIR, code, NEW_PASSPHRASE, settings=SETTINGS).close()
    unlock(root, CHAIR, NEW_PASSPHRASE, settings=SETTINGS).close()


def test_keyslot_file_of_another_vault_does_not_fit(damaged_copy, tmp_path: Path) -> None:
    root, _ = damaged_copy
    other, _ = new_vault(tmp_path / "andere", CHAIR, Role.CHAIR, PASSPHRASE)
    other.close()
    (root / "keyslots.json").write_bytes((tmp_path / "andere" / "keyslots.json").read_bytes())
    with pytest.raises(KeySlotFileDamaged, match="past niet op de database"):
        unlock(root, CHAIR, PASSPHRASE, settings=SETTINGS)


def test_missing_database_with_keyslots_present(damaged_copy) -> None:
    root, _ = damaged_copy
    (root / "casusoverleg.db").unlink()
    with pytest.raises(KeySlotFileDamaged, match="database van de kluis ontbreekt"):
        unlock(root, CHAIR, PASSPHRASE, settings=SETTINGS)


@pytest.mark.parametrize("secret", ["passphrase", "recovery-code"])
def test_restore_from_the_automatic_backup_brings_the_vault_back(damaged_copy, tmp_path: Path,
                                                                  secret: str) -> None:
    root, code = damaged_copy
    (root / "keyslots.json").write_bytes(b"")
    with pytest.raises(KeySlotFileDamaged):
        unlock(root, CHAIR, PASSPHRASE, settings=SETTINGS)
    [automatic] = sorted((root / "backups").glob("auto-*.cobak"))
    restored_root = tmp_path / "teruggezet"
    restore_backup(automatic, restored_root, PASSPHRASE if secret == "passphrase" else code.lower())
    restored = unlock(restored_root, CHAIR, PASSPHRASE, settings=SETTINGS)
    try:
        with work_on(restored) as session:
            assert [hit.snippet for hit in search.search(session, "kwikstaart")] == [
                "dossier [kwikstaart] 4411"]
        assert [u.login for u in admin_of(restored).users()] == [CHAIR]
    finally:
        restored.close()

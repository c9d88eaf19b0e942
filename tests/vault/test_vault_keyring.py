"""'Onthoud op dit apparaat': works with a keyring backend, degrades plainly without one."""

from __future__ import annotations

import base64

import keyring
import pytest
from keyring.backend import KeyringBackend
from vault_admin_kit import admin_of
from vault_testkit import CHAIR, PASSPHRASE, SECOND_PASSPHRASE, SECRETARY, keyslots_of

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.errors import KeyringUnavailable, WrongPassphrase
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.keyslots import SlotKind
from casusoverleg_desktop.vault.secret_store import (
    NO_KEYRING_MESSAGE,
    SERVICE_NAME,
    KeyringSecretStore,
    probe_keyring,
)
from casusoverleg_desktop.vault.vault import unlock, unlock_from_device

SETTINGS = Settings()


class BrokenKeyring(KeyringBackend):
    """A backend that is installed but fails on use (a locked or vanished Secret Service)."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")


def test_remember_then_open_without_passphrase_then_forget(vault, memory_keyring) -> None:
    store, message = probe_keyring()
    assert store is not None and "alleen voor uw account" in message
    data_key = vault._data_keys[1]
    vault.remember_on_device(store)
    assert vault.is_remembered_on_device()
    vault.close()

    [(service, _)] = memory_keyring.entries
    [value] = memory_keyring.entries.values()
    assert service == SERVICE_NAME
    secret = base64.b64decode(value)
    assert len(secret) == 32 and secret != data_key
    assert PASSPHRASE not in value and data_key.hex() not in value
    slot_file = vault.paths.keyslots.read_text()
    assert value not in slot_file and base64.b64encode(data_key).decode() not in slot_file

    opened = unlock_from_device(vault.paths.root, CHAIR, store, settings=SETTINGS)
    assert opened.user.login == CHAIR
    opened.forget_on_device(store)
    assert not opened.is_remembered_on_device()
    opened.close()
    assert memory_keyring.entries == {}
    assert not keyslots_of(vault.paths.root).slots_of(SlotKind.KEYRING)
    with pytest.raises(WrongPassphrase, match="geen sleutel voor deze gebruiker onthouden"):
        unlock_from_device(vault.paths.root, CHAIR, store, settings=SETTINGS)
    unlock(vault.paths.root, CHAIR, PASSPHRASE, settings=SETTINGS).close()


def test_remembering_twice_keeps_one_key(vault, memory_keyring) -> None:
    store = KeyringSecretStore()
    vault.remember_on_device(store)
    vault.remember_on_device(store)
    assert len(memory_keyring.entries) == 1
    assert len(keyslots_of(vault.paths.root).slots_of(SlotKind.KEYRING)) == 1
    vault.close()
    unlock_from_device(vault.paths.root, CHAIR, store, settings=SETTINGS).close()


def test_remembered_key_is_per_user(vault, memory_keyring) -> None:
    store = KeyringSecretStore()
    admin_of(vault).add_user(SECRETARY, Role.SECRETARY, SECOND_PASSPHRASE)
    vault.remember_on_device(store)
    vault.close()
    with pytest.raises(WrongPassphrase):
        unlock_from_device(vault.paths.root, SECRETARY, store, settings=SETTINGS)


def test_removing_a_user_deletes_their_remembered_key(vault, memory_keyring) -> None:
    store = KeyringSecretStore()
    admin_of(vault).add_user(SECRETARY, Role.SECRETARY, SECOND_PASSPHRASE)
    vault.close()
    secretary = unlock(vault.paths.root, SECRETARY, SECOND_PASSPHRASE, settings=SETTINGS)
    secretary.remember_on_device(store)
    secretary.close()
    assert len(memory_keyring.entries) == 1
    chair = unlock(vault.paths.root, CHAIR, PASSPHRASE, settings=SETTINGS)
    admin_of(chair, store).remove_user(SECRETARY)
    chair.close()
    assert memory_keyring.entries == {}
    assert not keyslots_of(vault.paths.root).slots_of(SlotKind.KEYRING)


def test_missing_keyring_entry_means_no_device_unlock(vault, memory_keyring) -> None:
    store = KeyringSecretStore()
    vault.remember_on_device(store)
    vault.close()
    memory_keyring.entries.clear()  # e.g. the user cleared the OS keyring
    with pytest.raises(WrongPassphrase):
        unlock_from_device(vault.paths.root, CHAIR, store, settings=SETTINGS)


def test_no_keyring_backend_is_reported_plainly() -> None:
    # The autouse fixture installs keyring's 'fail' backend: what a headless Linux machine has.
    store, message = probe_keyring()
    assert store is None
    assert message == NO_KEYRING_MESSAGE
    assert "geen werkende sleutelbos" in message and "wachtwoord" in message
    with pytest.raises(KeyringUnavailable):
        KeyringSecretStore()


def test_broken_keyring_degrades_without_a_plaintext_fallback(vault, folder_digest, tmp_path) -> None:
    keyring.set_keyring(BrokenKeyring())
    store, message = probe_keyring()
    assert store is None and message.startswith("De sleutelbos gaf een fout")

    broken = KeyringSecretStore(BrokenKeyring())
    root = vault.paths.root
    before = folder_digest(root)
    files_around = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(KeyringUnavailable, match="De sleutelbos weigerde de sleutel"):
        vault.remember_on_device(broken)
    assert not vault.is_remembered_on_device()
    assert folder_digest(root) == before
    assert (root / "keyslots.json").read_bytes() == vault._slots.to_bytes()
    assert not keyslots_of(root).slots_of(SlotKind.KEYRING)
    assert sorted(p.name for p in tmp_path.iterdir()) == files_around
    vault.close()
    with pytest.raises(WrongPassphrase):
        # no keyring slot: the keyring is not even asked
        unlock_from_device(root, CHAIR, broken, settings=SETTINGS)


def test_keyring_failing_at_unlock_is_reported(vault, memory_keyring) -> None:
    vault.remember_on_device(KeyringSecretStore())
    vault.close()
    with pytest.raises(KeyringUnavailable, match="De sleutelbos gaf een fout"):
        unlock_from_device(vault.paths.root, CHAIR, KeyringSecretStore(BrokenKeyring()), settings=SETTINGS)
    unlock(vault.paths.root, CHAIR, PASSPHRASE, settings=SETTINGS).close()


@pytest.mark.parametrize("tampered", ["!!!geen base64", "AAAA", base64.b64encode(bytes(32)).decode()],
                         ids=["not-base64", "too-short", "other-key"])
def test_a_tampered_keyring_entry_refuses_device_unlock_plainly(vault, memory_keyring, tampered) -> None:
    store = KeyringSecretStore()
    vault.remember_on_device(store)
    vault.close()
    [entry] = memory_keyring.entries
    memory_keyring.entries[entry] = tampered
    with pytest.raises(WrongPassphrase):
        unlock_from_device(vault.paths.root, CHAIR, store, settings=SETTINGS)
    unlock(vault.paths.root, CHAIR, PASSPHRASE, settings=SETTINGS).close()

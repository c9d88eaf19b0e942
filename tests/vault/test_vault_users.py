"""Users and passphrases: change, add, refuse bad input, and every key-slot write atomic."""

from __future__ import annotations

import contextlib
import resource
import signal
from collections.abc import Callable, Iterator

import pytest
from vault_admin_kit import admin_of
from vault_testkit import CHAIR, PASSPHRASE, SECOND_PASSPHRASE, SECRETARY, keyslots_of

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.errors import InputError, UnknownUser, WrongPassphrase
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.keyslots import SlotKind
from casusoverleg_desktop.vault.vault import OpenVault, unlock

SETTINGS = Settings()

NEW_PASSPHRASE = "een nieuwe lange zin voor later"


def test_change_passphrase(vault) -> None:
    admin_of(vault).change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    vault.close()
    with pytest.raises(WrongPassphrase):
        unlock(vault.paths.root, CHAIR, PASSPHRASE, settings=SETTINGS)
    unlock(vault.paths.root, CHAIR, NEW_PASSPHRASE, settings=SETTINGS).close()
    assert len(keyslots_of(vault.paths.root).slots_of(SlotKind.PASSPHRASE, CHAIR)) == 1


@pytest.mark.parametrize(("current", "new", "error", "message"), [
    ("fout wachtwoord hier", NEW_PASSPHRASE, WrongPassphrase, "Het wachtwoord is onjuist."),
    (PASSPHRASE, "kort", InputError, "minstens 10 tekens"),
])
def test_change_passphrase_refused(vault, folder_digest, current, new, error, message) -> None:
    before = folder_digest(vault.paths.root)
    with pytest.raises(error, match=message):
        admin_of(vault).change_passphrase(current, new)
    assert folder_digest(vault.paths.root) == before
    vault.close()
    unlock(vault.paths.root, CHAIR, PASSPHRASE, settings=SETTINGS).close()


def test_add_user_then_both_open(vault) -> None:
    admin_of(vault).add_user(SECRETARY, Role.SECRETARY, SECOND_PASSPHRASE, display_name="Sem Notulist",
                   organisation="Reclassering")
    assert [(u.login, u.role) for u in admin_of(vault).users()] == [(SECRETARY, Role.SECRETARY),
                                                                    (CHAIR, Role.CHAIR)]
    vault.close()
    unlock(vault.paths.root, SECRETARY, SECOND_PASSPHRASE, settings=SETTINGS).close()
    unlock(vault.paths.root, CHAIR, PASSPHRASE, settings=SETTINGS).close()


@pytest.mark.parametrize(("login", "passphrase", "message"), [
    (CHAIR, SECOND_PASSPHRASE, "Er is al een gebruiker"),
    ("Voorzitter", SECOND_PASSPHRASE, "Er is al een gebruiker"),
    (SECRETARY, "kort", "minstens 10 tekens"),
    ("twee woorden", SECOND_PASSPHRASE, "zonder spaties"),
    ("", SECOND_PASSPHRASE, "zonder spaties"),
    ("x" * 81, SECOND_PASSPHRASE, "hoogstens 80 tekens"),
])
def test_add_user_refused_leaves_everything_as_it_was(vault, folder_digest, login, passphrase,
                                                      message) -> None:
    before = folder_digest(vault.paths.root)
    with pytest.raises(InputError, match=message):
        admin_of(vault).add_user(login, Role.SECRETARY, passphrase)
    assert _only_wal_changed(before, folder_digest(vault.paths.root))  # the open log may differ
    assert [u.login for u in admin_of(vault).users()] == [CHAIR]
    vault.close()
    unlock(vault.paths.root, CHAIR, PASSPHRASE, settings=SETTINGS).close()


def _only_wal_changed(before: dict[str, str], after: dict[str, str]) -> bool:
    return {k: v for k, v in before.items() if "-wal" not in k and "-shm" not in k} == {
        k: v for k, v in after.items() if "-wal" not in k and "-shm" not in k}


def test_removed_user_cannot_be_added_again_silently(vault) -> None:
    admin_of(vault).add_user(SECRETARY, Role.SECRETARY, SECOND_PASSPHRASE)
    admin_of(vault).remove_user(SECRETARY)
    with pytest.raises(InputError, match="Er is al een gebruiker"):
        admin_of(vault).add_user(SECRETARY, Role.SECRETARY, "weer een lange zin hier")


def test_remove_user_refuses_self_and_unknown(vault, folder_digest) -> None:
    before = folder_digest(vault.paths.root)
    with pytest.raises(InputError, match="eigen account"):
        admin_of(vault).remove_user(CHAIR)
    with pytest.raises(UnknownUser):
        admin_of(vault).remove_user("onbekend")
    assert _only_wal_changed(before, folder_digest(vault.paths.root))


def test_set_passphrase_for_a_colleague(vault) -> None:
    admin_of(vault).add_user(SECRETARY, Role.SECRETARY, SECOND_PASSPHRASE)
    vault.set_passphrase(SECRETARY, NEW_PASSPHRASE)
    vault.close()
    with pytest.raises(WrongPassphrase):
        unlock(vault.paths.root, SECRETARY, SECOND_PASSPHRASE, settings=SETTINGS)
    unlock(vault.paths.root, SECRETARY, NEW_PASSPHRASE, settings=SETTINGS).close()
    unlock(vault.paths.root, CHAIR, PASSPHRASE, settings=SETTINGS).close()


def test_new_recovery_code_replaces_the_old_one(created) -> None:
    from casusoverleg_desktop.vault.vault import recover

    vault, old_code = created
    new_code = vault.new_recovery_code()
    assert new_code != old_code
    assert len(keyslots_of(vault.paths.root).slots_of(SlotKind.RECOVERY)) == 1
    vault.close()
    with pytest.raises(WrongPassphrase, match="herstelcode hoort niet bij deze kluis"):
        recover(vault.paths.root, CHAIR, old_code, NEW_PASSPHRASE, settings=SETTINGS)
    recover(vault.paths.root, CHAIR, new_code, NEW_PASSPHRASE, settings=SETTINGS).close()


# -- atomic key-slot writes ---------------------------------------------------------------------
@contextlib.contextmanager
def file_writes_fail_beyond(limit: int) -> Iterator[None]:
    """Make every write past ``limit`` bytes of a file fail with EFBIG (works as root, unlike chmod)."""
    previous_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous_handler)


class _NullStore:
    description = "test"

    def __init__(self) -> None:
        self.entries: dict[str, bytes] = {}

    def get(self, name: str) -> bytes | None:
        return self.entries.get(name)

    def put(self, name: str, secret: bytes) -> None:
        self.entries[name] = secret

    def delete(self, name: str) -> None:
        self.entries.pop(name, None)


OPERATIONS: dict[str, Callable[[OpenVault], object]] = {
    "change_passphrase": lambda v: admin_of(v).change_passphrase(PASSPHRASE, NEW_PASSPHRASE),
    "add_user": lambda v: admin_of(v).add_user("derde", Role.SECRETARY, NEW_PASSPHRASE),
    "remove_user": lambda v: admin_of(v).remove_user(SECRETARY),
    "set_passphrase": lambda v: v.set_passphrase(SECRETARY, NEW_PASSPHRASE),
    "new_recovery_code": lambda v: v.new_recovery_code(),
    "remember_on_device": lambda v: v.remember_on_device(_NullStore()),
    "rotate_key": lambda v: v.rotate_key(),
}


@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_failing_keyslot_write_leaves_the_old_file_intact(vault, operation) -> None:
    admin_of(vault).add_user(SECRETARY, Role.SECRETARY, SECOND_PASSPHRASE)
    root = vault.paths.root
    slots_before = vault.paths.keyslots.read_bytes()
    users_before = admin_of(vault).users()
    with file_writes_fail_beyond(100), pytest.raises(OSError):
        OPERATIONS[operation](vault)
    assert vault.paths.keyslots.read_bytes() == slots_before
    assert not list(root.glob(".keyslots.json.*"))
    assert admin_of(vault).users() == users_before
    vault.close()
    unlock(root, CHAIR, PASSPHRASE, settings=SETTINGS).close()
    unlock(root, SECRETARY, SECOND_PASSPHRASE, settings=SETTINGS).close()

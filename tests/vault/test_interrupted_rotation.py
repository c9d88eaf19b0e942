"""A key rotation killed before it replaced the automatic backups: the next unlock replaces them, so
no backup is left that the removed user's passphrase opens."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from vault_admin_kit import admin_of
from vault_testkit import CHAIR, PASSPHRASE, SECOND_PASSPHRASE, SECRETARY, generations

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.errors import WrongPassphrase
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.backup import read_backup, restore_backup
from casusoverleg_desktop.vault.keyslots import SlotKind
from casusoverleg_desktop.vault.vault import OpenVault, unlock

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

REPO = Path(__file__).resolve().parents[2]
SETTINGS = Settings()

# The child rotates the key and is killed (SIGKILL, no clean-up) at one step of the rotation.
ROTATE_AND_DIE = """
import os, signal, sys
from pathlib import Path
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.backup import AutomaticBackups
from casusoverleg_desktop.vault.paths import VaultPaths
from casusoverleg_desktop.vault.vault import open_with_data_keys

root, step, key = Path(sys.argv[1]), sys.argv[2], bytes.fromhex(sys.stdin.readline().strip())
vault = open_with_data_keys(root, {1: key}, "voorzitter", settings=Settings())
write_keyslots = VaultPaths.write_keyslots
written = []

def die(*args):
    os.kill(os.getpid(), signal.SIGKILL)

def write_then_die_at_the_second(paths, slots):
    written.append(slots)
    if len(written) == 2:  # the database is rekeyed; the slots still hold both keys
        die()
    write_keyslots(paths, slots)

if step == "after-rekey":
    VaultPaths.write_keyslots = write_then_die_at_the_second
else:
    AutomaticBackups.replace_all = die
vault.rotate_key()
print("not killed")
"""


def _backups(root: Path) -> list[Path]:
    return sorted(root.glob("backups/auto-*.cobak"))


def _opens_for(backup: Path, passphrase: str, login: str) -> bool:
    try:
        read_backup(backup).keyslots.open_with(passphrase, SlotKind.PASSPHRASE, login)
    except WrongPassphrase:
        return False
    return True


@pytest.mark.slow
@pytest.mark.parametrize("step", ["after-rekey", "before-backups"])
def test_unlock_after_a_killed_rotation_leaves_no_backup_for_the_removed_user(
        created: tuple[OpenVault, str], tmp_path: Path, step: str) -> None:
    vault, _ = created
    root = vault.paths.root
    admin_of(vault).add_user(SECRETARY, Role.SECRETARY, SECOND_PASSPHRASE)
    vault.automatic_backups.make(vault._snapshot(), "dagelijks", vault.clock())
    admin_of(vault).remove_user(SECRETARY)
    key = vault._data_keys[1]
    vault.close()

    child = subprocess.run([sys.executable, "-c", ROTATE_AND_DIE, str(root), step], input=key.hex(),
                           cwd=REPO, capture_output=True, text=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert any(_opens_for(b, SECOND_PASSPHRASE, SECRETARY) for b in _backups(root))
    if step == "after-rekey":
        assert generations(root) == {1, 2}
    else:
        assert generations(root) == {2}

    reopened = unlock(root, CHAIR, PASSPHRASE, settings=SETTINGS)
    reopened.close()

    assert generations(root) == {2}
    backups = _backups(root)
    assert backups
    assert not any(_opens_for(b, SECOND_PASSPHRASE, SECRETARY) for b in backups)
    for number, backup in enumerate(backups):
        with pytest.raises(WrongPassphrase, match="opent deze back-up niet"):
            restore_backup(backup, tmp_path / f"poging-{number}", SECOND_PASSPHRASE, SECRETARY)
        assert not (tmp_path / f"poging-{number}").exists()
    restored = restore_backup(backups[-1], tmp_path / "terug", PASSPHRASE, CHAIR)
    assert max(restored.data_keys) == 2


def test_backups_of_the_current_key_are_kept_at_unlock(created: tuple[OpenVault, str]) -> None:
    vault, _ = created
    root = vault.paths.root
    before = _backups(root)
    vault.close()
    unlock(root, CHAIR, PASSPHRASE, settings=SETTINGS).close()
    assert _backups(root) == before

"""Every file of a vault is owner-only (0o600) and every folder 0o700, even under a lax umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from vault_admin_kit import admin_of, new_vault, work_on
from vault_testkit import CHAIR, PASSPHRASE, SECOND_PASSPHRASE, SECRETARY

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store import search
from casusoverleg_desktop.vault.backup import restore_backup
from casusoverleg_desktop.vault.vault import unlock

SETTINGS = Settings()

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def lax_umask():
    previous = os.umask(0)
    yield
    os.umask(previous)


def modes(root: Path) -> dict[str, int]:
    found = {".": stat.S_IMODE(root.stat().st_mode)}
    for path in root.rglob("*"):
        found[str(path.relative_to(root))] = stat.S_IMODE(path.stat().st_mode)
    return found


def loose(root: Path) -> dict[str, str]:
    """Files not 0o600 and folders not 0o700, as octal strings."""
    wrong = {}
    for name, mode in modes(root).items():
        want = 0o700 if (root / name).is_dir() else 0o600
        if mode != want:
            wrong[name] = oct(mode)
    return wrong


def test_vault_files_are_owner_only(lax_umask, tmp_path: Path) -> None:
    root = tmp_path / "nieuw" / "kluis"
    vault, code = new_vault(root, CHAIR, Role.CHAIR, PASSPHRASE)
    with work_on(vault) as session:
        search.index_text(session, "note", 1, "body", "iets geheims")
    assert (root / "casusoverleg.db-wal").exists() and (root / "casusoverleg.db-shm").exists()
    assert loose(root) == {}
    admin_of(vault).add_user(SECRETARY, Role.SECRETARY, SECOND_PASSPHRASE)
    admin_of(vault).change_passphrase(PASSPHRASE, PASSPHRASE + " nu")
    written = tmp_path / "handmatig.cobak"
    vault.write_backup(written)
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    vault.close()
    assert loose(root) == {}

    vault = unlock(root, CHAIR, PASSPHRASE + " nu", settings=SETTINGS)  # daily backup and its folder
    assert list(root.glob("backups/auto-*.cobak"))
    vault.rotate_key()
    assert loose(root) == {}
    vault.close()
    assert loose(root) == {}

    restored = tmp_path / "teruggezet"
    restore_backup(written, restored, code)
    assert loose(restored) == {}
    unlock(restored, SECRETARY, SECOND_PASSPHRASE, settings=SETTINGS).close()
    assert loose(restored) == {}


def test_restore_into_an_existing_empty_folder_tightens_it(lax_umask, vault, tmp_path: Path) -> None:
    out = tmp_path / "b.cobak"
    vault.write_backup(out)
    target = tmp_path / "leeg"
    target.mkdir(mode=0o777)
    restore_backup(out, target, PASSPHRASE)
    assert loose(target) == {}

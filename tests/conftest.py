"""Shared fixtures: real encrypted vaults in tmp_path, an in-memory keyring, offscreen Qt."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from package_kit import chair, secretary, secretary_template  # noqa: F401 - two paired laptops (issue 18)

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.services.access import VaultSession, create_new_vault
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.vault import OpenVault, open_with_data_keys

PASSPHRASE = "correct paard batterij niet"
SECOND_PASSPHRASE = "notulist schrijft alles op"
TEMPLATE_ORGANISATION = "Zorg- en Veiligheidshuis Lindeveld"
SETTINGS = Settings()


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only: the OS part we may fake."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


@pytest.fixture(autouse=True)
def _no_system_keyring():
    """Tests never touch the machine's real keyring."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "kluis"


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict[int, bytes], bytes]:
    """One vault made (KDF, migrations, first backup) per test session, copied for each test."""
    root = tmp_path_factory.mktemp("template") / "kluis"
    session, code = create_new_vault(root, "voorzitter", Role.CHAIR, PASSPHRASE, settings=SETTINGS,
                                     display_name="Marloes Dekkers", organisation=TEMPLATE_ORGANISATION)
    keys = session.vault._data_keys  # kept by the vault; tests reopen copies without Argon2id
    own_key = session.vault._own_key.get()
    session.close()
    open_with_data_keys(root, keys, "voorzitter", settings=SETTINGS).close()  # makes the daily backup
    return root, code, keys, own_key


@pytest.fixture
def created(vault_template, vault_dir: Path) -> tuple[OpenVault, str]:
    """A fresh vault with user 'voorzitter' (chair) on ``PASSPHRASE``, and its recovery code.

    A copy of the session's template vault, opened with its data key: real SQLCipher files,
    without paying Argon2id and migrations in every test (both are tested on their own).
    """
    template, code, keys, own_key = vault_template
    shutil.copytree(template, vault_dir)
    vault = open_with_data_keys(vault_dir, keys, "voorzitter", settings=SETTINGS, own_key=own_key)
    yield vault, code
    vault.close()


@pytest.fixture
def vault(created: tuple[OpenVault, str]) -> OpenVault:
    """An open vault, logged in as 'voorzitter'."""
    return created[0]


@pytest.fixture
def vault_session(vault: OpenVault) -> VaultSession:
    """The open vault as the GUI and the CLI hold it."""
    return VaultSession(vault)


@pytest.fixture
def ctx(vault_session: VaultSession) -> ServiceContext:
    """The service context of the logged-in chair on the open vault."""
    return vault_session.context()


# -- generic helpers for tests on real files (appended for tests/vault, tests/store, tests/cli) --
@pytest.fixture
def folder_digest():
    """A callable: every file under a folder (recursively) -> its SHA-256, to prove nothing changed."""
    import hashlib

    def digest(root: Path) -> dict[str, str]:
        return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(root.rglob("*")) if p.is_file()}

    return digest


@pytest.fixture(autouse=True)
def close_other_users():
    """Sessions a test opened as another user (``tests/other_users.as_user``) end with it."""
    from other_users import close_other_users as close

    yield
    close()

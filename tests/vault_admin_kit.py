"""New vaults and their administration for tests, made the way the first-run wizard, the
Instellingen page and the CLI make them."""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.services.access import VaultAccess, VaultSession, create_new_vault
from casusoverleg_desktop.services.vault_admin import VaultAdministration
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.secret_store import SecretStore
from casusoverleg_desktop.vault.vault import OpenVault


def admin_of(vault: OpenVault | VaultSession, secret_store: SecretStore | None = None) -> VaultAdministration:
    """``VaultAdministration`` acting as the user who opened ``vault``."""
    session = vault if isinstance(vault, VaultSession) else VaultSession(vault)
    return VaultAdministration(lambda: session, VaultAccess(session.root, Settings(), secret_store))


def new_vault(root: Path, login: str, role: Role, passphrase: str, *, settings: Settings | None = None,
              **details: Any) -> tuple[OpenVault, str]:
    """A new vault made as the first-run wizard and ``init`` make it, opened as the vault layer
    holds it; and its recovery code."""
    session, code = create_new_vault(root, login, role, passphrase, settings=settings or Settings(),
                                     **details)
    return session.vault, code


def work_on(vault: OpenVault | VaultSession) -> AbstractContextManager[Session]:
    """A unit of work on ``vault`` in the name of the user who opened it."""
    session = vault if isinstance(vault, VaultSession) else VaultSession(vault)
    return session.context().unit_of_work()

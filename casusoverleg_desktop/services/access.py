"""Opening and locking the vault, for the GUI and the CLI: one place for the unlock policy."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casusoverleg_desktop.errors import KeyringUnavailable, WrongPassphrase
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store.accounts import Role
from casusoverleg_desktop.vault.secret_store import NO_KEYRING_MESSAGE, SecretStore
from casusoverleg_desktop.vault.vault import (
    Clock,
    OpenVault,
    create_vault,
    unlock,
    unlock_from_device,
    utc_now,
)

__all__ = ["OpenVault", "Role", "VaultAccess", "add_user", "context_for", "create_new_vault"]


def context_for(vault: OpenVault) -> ServiceContext:
    """The service context of the user who unlocked ``vault``."""
    return ServiceContext(vault.sessions, vault.user.login, vault.clock)


def create_new_vault(root: Path, login: str, role: Role, passphrase: str, *, display_name: str = "",
                     organisation: str = "", settings: Settings | None = None,
                     clock: Clock = utc_now) -> tuple[OpenVault, str]:
    """A new vault with its certificate authority and the first user's signing credential.

    Returns the open vault and the recovery code, to be shown once.
    """
    from casusoverleg_desktop.services import signing  # pyHanko is slow to import: only here

    vault, code = create_vault(root, login, role, passphrase, display_name=display_name,
                               organisation=organisation, settings=settings, clock=clock)
    try:
        ctx = context_for(vault)
        signing.ensure_vault_ca(ctx, organisation, vault.vault_id)
        signing.ensure_user_credential(ctx, vault.user.login)
    except BaseException:
        vault.close()
        raise
    return vault, code


def add_user(vault: OpenVault, login: str, role: Role, passphrase: str, *, display_name: str = "",
             organisation: str = "") -> None:
    """A new local user with a passphrase slot and a signing credential from the vault CA."""
    from casusoverleg_desktop.services import signing

    vault.add_user(login, role, passphrase, display_name=display_name, organisation=organisation)
    signing.ensure_user_credential(context_for(vault), login.strip())


@dataclass
class VaultAccess:
    """Knows where the vault is and where a remembered key may live (``secret_store``)."""

    root: Path
    settings: Settings
    secret_store: SecretStore | None

    @property
    def keyring_available(self) -> bool:
        return self.secret_store is not None

    def keyring_statement(self) -> str:
        if self.secret_store is None:
            return NO_KEYRING_MESSAGE
        return (f"Bij 'onthoud op dit apparaat' staat een sleutel in {self.secret_store.description}, "
                "alleen te gebruiken door uw account op deze computer. Zonder vinkje is uw "
                "wachtwoord elke keer nodig.")

    def unlock(self, login: str, passphrase: str, remember: bool = False) -> OpenVault:
        vault = unlock(self.root, login or None, passphrase, settings=self.settings)
        if remember:
            self.remember(vault)
        return vault

    def remember(self, vault: OpenVault) -> None:
        if self.secret_store is None:
            raise KeyringUnavailable(NO_KEYRING_MESSAGE)
        vault.remember_on_device(self.secret_store)

    def unlock_remembered(self, login: str) -> OpenVault | None:
        """The vault opened with a key remembered on this device, or None when there is none."""
        if self.secret_store is None or not login:
            return None
        try:
            return unlock_from_device(self.root, login, self.secret_store, settings=self.settings)
        except (WrongPassphrase, KeyringUnavailable):
            return None

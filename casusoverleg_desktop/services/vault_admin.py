"""Administering the open vault: users, passphrases, the recovery code, backups and the key.

Each step is one use case on the ``VaultSession`` the user unlocked, and each lands in the audit
trail (``services.access.vault_event``), so ``audit-verify`` covers the vault's own history too.
Only the chair adds or removes users and rotates the key.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from casusoverleg_desktop.domain.accounts import Role, User, check_login
from casusoverleg_desktop.errors import InputError, UnknownUser, ValidationError
from casusoverleg_desktop.services import audit
from casusoverleg_desktop.services.access import (
    AUTOMATIC_BACKUPS_RENEWED,
    BACKUP_MADE,
    KEY_ROTATED,
    PASSPHRASE_CHANGED,
    RECOVERY_CODE_RENEWED,
    USER,
    USER_ADDED,
    USER_REMOVED,
    VaultAccess,
    VaultSession,
    record_vault_event,
    vault_event,
)
from casusoverleg_desktop.services.audit import TrailReport
from casusoverleg_desktop.store.accounts import UserAccount
from casusoverleg_desktop.vault.backup import BackupInfo


class VaultAdministration:
    """The vault administration of the user who unlocked ``current()`` (a function, so that the
    GUI's administration follows the vault through a lock and an unlock)."""

    def __init__(self, current: Callable[[], VaultSession], access: VaultAccess) -> None:
        self._current = current
        self._access = access

    @property
    def _session(self) -> VaultSession:
        return self._current()

    # -- who and where ---------------------------------------------------------------------------
    @property
    def user(self) -> User:
        return self._session.user

    @property
    def vault_root(self) -> Path:
        return self._session.root

    @property
    def vault_id(self) -> str:
        return self._session.vault_id

    # -- remember on this device ---------------------------------------------------------------
    @property
    def keyring_available(self) -> bool:
        return self._access.keyring_available

    def keyring_statement(self) -> str:
        return self._access.keyring_statement()

    def is_remembered(self) -> bool:
        return self._session.vault.is_remembered_on_device()

    def set_remembered(self, remember: bool) -> None:
        self._access.set_remembered(self._session, remember)

    # -- passphrases and the recovery code ------------------------------------------------------
    def change_passphrase(self, current: str, new: str) -> None:
        session = self._session
        login = session.user.login
        with vault_event(session, PASSPHRASE_CHANGED, USER, login):
            session.vault.check_passphrase(login, current)
            session.vault.set_passphrase(login, new)

    def new_recovery_code(self) -> str:
        """A new recovery code (to show once); the previous one stops working."""
        session = self._session
        with vault_event(session, RECOVERY_CODE_RENEWED,
                         summary="de vorige herstelcode werkt niet meer"):
            return session.vault.new_recovery_code()

    # -- users --------------------------------------------------------------------------------
    def users(self) -> list[User]:
        with self._session.context().unit_of_work() as db:
            rows = db.scalars(select(UserAccount).where(UserAccount.removed_at.is_(None))
                              .order_by(UserAccount.login))
            return [User(a.login, a.display_name, a.role) for a in rows]

    def add_user(self, login: str, role: Role, passphrase: str, display_name: str = "",
                 organisation: str = "") -> None:
        """A new local user with a passphrase slot (and an own key of their own). Their signing
        credential is made when they first sign, in their own unlock: nobody else ever holds it."""
        session = self._chair_session()
        login = check_login(login)
        with vault_event(session, USER_ADDED, USER, login) as db:
            # Key slots match logins case-insensitively, so must this check (and include removed ones).
            taken = db.scalars(select(UserAccount.login)).all()
            if any(other.casefold() == login.casefold() for other in taken):
                raise InputError(f"Er is al een gebruiker '{login}'.")
            db.add(UserAccount(login=login, display_name=display_name.strip() or login, role=role,
                               organisation=organisation, created_at=session.clock()))
            session.vault.set_passphrase(login, passphrase)

    def remove_user(self, login: str) -> None:
        """Mark the account removed and remove its key slots. Rotate the key afterwards."""
        session = self._chair_session()
        login = login.strip()
        if login.casefold() == session.user.login.casefold():
            raise InputError("U kunt uw eigen account niet verwijderen.")
        with vault_event(session, USER_REMOVED, USER, login) as db:
            account = db.scalar(select(UserAccount).where(
                UserAccount.login == login, UserAccount.removed_at.is_(None)))
            if account is None:
                raise UnknownUser(f"Er is geen gebruiker '{login}' in deze kluis.")
            account.removed_at = session.clock()
            session.vault.remove_slots(login, self._access.secret_store)

    # -- the key and backups -------------------------------------------------------------------
    def rotate_key(self) -> None:
        """A new data key; the automatic backups are made anew with it."""
        session = self._chair_session()
        session.vault.rotate_key()
        record_vault_event(session, KEY_ROTATED,
                           summary="nieuwe sleutel; automatische back-ups opnieuw gemaakt")

    def write_backup(self, out: Path) -> None:
        session = self._session
        session.vault.write_backup(out)
        record_vault_event(session, BACKUP_MADE, summary=out.name)

    def renew_automatic_backups(self) -> int:
        """After a destruction: the automatic backups made anew from the cleaned vault
        (``services.destruction.AutomaticBackupRenewal``); how many old ones were removed."""
        session = self._chair_session()
        removed = session.vault.renew_automatic_backups("na-vernietiging")
        record_vault_event(session, AUTOMATIC_BACKUPS_RENEWED,
                           summary=f"{removed} oude verwijderd, één nieuwe gemaakt")
        return removed

    def automatic_backups(self) -> list[BackupInfo]:
        return self._session.vault.backups()

    # -- the audit trail ---------------------------------------------------------------------------
    def check_audit_trail(self) -> TrailReport:
        """The chain, the content and the anchor (``services.audit.check_trail``)."""
        session = self._session
        return audit.check_trail(session.context(), session.witness)

    def _chair_session(self) -> VaultSession:
        session = self._session
        if session.user.role is not Role.CHAIR:
            raise ValidationError("Alleen de voorzitter beheert gebruikers en de sleutel.")
        return session

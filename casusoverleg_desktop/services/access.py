"""Opening the vault, for the GUI and the CLI: one place for the unlock policy.

What the rest of the program holds of an open vault is a ``VaultSession``: who is in, where the
vault is, and units of work in their name. The data key and the key slots stay in the vault layer.
The database is opened here with the two session hooks no unit of work may miss: the audit trail
and the search index (``SESSION_HOOKS``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.accounts import Role, User, check_login
from casusoverleg_desktop.errors import BackupError, KeyringUnavailable, WrongPassphrase
from casusoverleg_desktop.services import audit, search
from casusoverleg_desktop.services.audit import TrailWitness
from casusoverleg_desktop.services.context import Clock, ServiceContext
from casusoverleg_desktop.services.packages import tombstones
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store.accounts import UserAccount
from casusoverleg_desktop.store.database import Database
from casusoverleg_desktop.vault.anchor import EntryHash
from casusoverleg_desktop.vault.backup import restore_backup
from casusoverleg_desktop.vault.secret_store import NO_KEYRING_MESSAGE, SecretStore
from casusoverleg_desktop.vault.vault import (
    OpenVault,
    create_vault,
    open_restored,
    recover,
    unlock,
    unlock_from_device,
    utc_now,
)

SESSION_HOOKS = (audit.install, search.install, tombstones.install)

# What happens to the vault itself, as the audit trail names it (``record_vault_event``).
VAULT = "vault"
USER = "user_account"
VAULT_CREATED = "kluis aangemaakt"
USER_ADDED = "gebruiker toegevoegd"
USER_REMOVED = "gebruiker verwijderd"
PASSPHRASE_CHANGED = "wachtwoord gewijzigd"
PASSPHRASE_RECOVERED = audit.OWN_KEY_RENEWED
RECOVERY_CODE_RENEWED = "herstelcode vernieuwd"
KEY_REMEMBERED = "sleutel onthouden op dit apparaat"
KEY_FORGOTTEN = "sleutel niet meer onthouden op dit apparaat"
KEY_ROTATED = "sleutel gewisseld"
BACKUP_MADE = "back-up gemaakt"
BACKUP_RESTORED = "back-up teruggezet"
AUTOMATIC_BACKUPS_RENEWED = "automatische back-ups vervangen"


class VaultSession:
    """An unlocked vault as the GUI and the CLI hold it, from unlock to ``close``."""

    def __init__(self, vault: OpenVault) -> None:
        self.vault = vault  # for services.vault_admin; screens use ``user``, ``root`` and ``context``
        self._database: Database | None = None

    @property
    def user(self) -> User:
        return self.vault.user

    @property
    def root(self) -> Path:
        return self.vault.paths.root

    @property
    def vault_id(self) -> str:
        return self.vault.vault_id

    @property
    def clock(self) -> Clock:
        return self.vault.clock

    @contextmanager
    def unit_of_work(self, actor: str, clock: Clock) -> Iterator[Session]:
        """``store.database.Database.unit_of_work`` on the vault's current engine (a key rotation
        makes a new one); once it committed entries to the audit trail, the trail's new head is
        anchored (``vault.anchor``)."""
        if self._database is None or self._database.engine is not self.vault.engine:
            self._database = Database(self.vault.engine, SESSION_HOOKS)
        with self._database.unit_of_work(actor, clock) as session:
            session.info[audit.WITNESS] = self.witness
            yield session
        if session.info.get(audit.APPENDED):
            self.vault.anchor_audit_head()

    @property
    def witness(self) -> TrailWitness:
        """The unlocked user's own key as the audit trail uses it."""
        return _VaultWitness(self.vault)

    def context(self) -> ServiceContext:
        """The service context of the user who unlocked the vault."""
        return ServiceContext(self, self.user.login, self.vault.clock, own_keys=self.vault.own_keys)

    def start_daily_backup(self) -> None:
        """The daily backup (when one is due) in the background; see ``finish_daily_backup``."""
        self.vault.start_daily_backup()

    def daily_backup_running(self) -> bool:
        return self.vault.backup_running()

    def finish_daily_backup(self) -> str | None:
        """Wait until the backup started in the background is complete; why it failed, or None."""
        try:
            self.vault.finish_backup()
        except BackupError as exc:
            return exc.message
        return None

    def close(self) -> None:
        """After a backup still being written (``finish_daily_backup`` says whether it failed)."""
        self.vault.close()


class _VaultWitness:
    """``services.audit.TrailWitness`` from an open vault."""

    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault

    @property
    def login(self) -> str:
        return self._vault.user.login

    def seal(self, message: bytes) -> str | None:
        return self._vault.seal_entry(message)

    def vouches(self, message: bytes, seal: str) -> bool:
        return self._vault.vouches_for(message, seal)

    def anchor_findings(self, entry_hash: EntryHash) -> list[str]:
        return self._vault.anchor_findings(entry_hash)


@contextmanager
def vault_event(session: VaultSession, action: str, entity_type: str = VAULT,
                summary: str = "") -> Iterator[Session]:
    """A unit of work that records ``action`` on the vault in the audit trail when it commits."""
    with session.context().unit_of_work() as db:
        yield db
        account_id = None
        if entity_type == USER:
            account_id = db.scalar(select(UserAccount.id).where(UserAccount.login == summary))
        audit.record_event(db, action, entity_type, account_id, summary)


def record_vault_event(session: VaultSession, action: str, entity_type: str = VAULT,
                       summary: str = "") -> None:
    with vault_event(session, action, entity_type, summary):
        pass


def create_new_vault(root: Path, login: str, role: Role, passphrase: str, *, settings: Settings,
                     display_name: str = "", organisation: str = "",
                     clock: Clock = utc_now) -> tuple[VaultSession, str]:
    """A new vault with its first user, its certificate authority and that user's signing
    credential. Returns the open vault and the recovery code, to be shown once."""
    from casusoverleg_desktop.services import signing  # pyHanko is slow to import: only here

    login = check_login(login)
    user = User(login, display_name.strip() or login, role)
    vault, code = create_vault(root, user, passphrase, settings=settings, clock=clock)
    session = VaultSession(vault)
    try:
        with vault_event(session, USER_ADDED, USER, login) as db:
            audit.record_event(db, VAULT_CREATED, VAULT, None, vault.vault_id)
            db.add(UserAccount(login=login, display_name=user.display_name, role=role,
                               organisation=organisation, created_at=clock()))
        ctx = session.context()
        signing.ensure_vault_ca(ctx, organisation, vault.vault_id)
        signing.ensure_user_credential(ctx, login)
    except BaseException:
        vault.close()
        raise
    return session, code


def restore(source: Path, root: Path, secret: str, login: str | None, *,
            settings: Settings) -> VaultSession:
    """A backup written as a new vault in ``root``, opened, with the restore in its audit trail."""
    restored = restore_backup(source, root, secret, login)
    session = VaultSession(open_restored(restored, login, settings=settings))
    try:
        record_vault_event(session, BACKUP_RESTORED, summary=f"{source.name} ({restored.made})")
    except BaseException:
        session.close()
        raise
    return session


@dataclass
class VaultAccess:
    """Knows where the vault is and where a remembered key may live (``secret_store``).

    ``backup_after_unlock``: unlocking does not wait for the daily backup; the caller starts it
    (``VaultSession.start_daily_backup``) once the user can work (the GUI: its main window shows).
    """

    root: Path
    settings: Settings
    secret_store: SecretStore | None
    backup_after_unlock: bool = False

    @property
    def keyring_available(self) -> bool:
        return self.secret_store is not None

    def keyring_statement(self) -> str:
        if self.secret_store is None:
            return NO_KEYRING_MESSAGE
        return (f"Bij 'onthoud op dit apparaat' staat een sleutel in {self.secret_store.description}, "
                "alleen te gebruiken door uw account op deze computer. Zonder vinkje is uw "
                "wachtwoord elke keer nodig.")

    def unlock(self, login: str, passphrase: str, remember: bool = False) -> VaultSession:
        session = VaultSession(unlock(self.root, login or None, passphrase, settings=self.settings,
                                      daily_backup=not self.backup_after_unlock))
        if remember:
            self.set_remembered(session, True)
        return session

    def unlock_remembered(self, login: str) -> VaultSession | None:
        """The vault opened with a key remembered on this device, or None when there is none."""
        if self.secret_store is None or not login:
            return None
        try:
            return VaultSession(unlock_from_device(self.root, login, self.secret_store,
                                                   settings=self.settings,
                                                   daily_backup=not self.backup_after_unlock))
        except (WrongPassphrase, KeyringUnavailable):
            return None

    def recover(self, login: str, recovery_code: str, new_passphrase: str) -> VaultSession:
        """Open with the recovery code, giving ``login`` a new passphrase and a new own key; the
        signing credential sealed with the old one is revoked (the next signature makes one)."""
        from casusoverleg_desktop.services import signing  # pyHanko is slow to import: only here

        session = VaultSession(recover(self.root, login, recovery_code, new_passphrase,
                                       settings=self.settings, daily_backup=not self.backup_after_unlock))
        try:
            record_vault_event(session, PASSPHRASE_RECOVERED, USER, session.user.login)
            signing.revoke_credential(session.context(), session.user.login)
        except BaseException:
            session.close()
            raise
        return session

    def set_remembered(self, session: VaultSession, remember: bool) -> None:
        """Remember the user's key on this device (the OS keyring), or forget it."""
        if remember and self.secret_store is None:
            raise KeyringUnavailable(NO_KEYRING_MESSAGE)
        with vault_event(session, KEY_REMEMBERED if remember else KEY_FORGOTTEN, USER,
                         session.user.login):
            if remember:
                assert self.secret_store is not None
                session.vault.remember_on_device(self.secret_store)
            else:
                session.vault.forget_on_device(self.secret_store)

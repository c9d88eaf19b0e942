"""The vault: a folder with the encrypted database, its key slots and automatic backups.

``create_vault`` makes one; ``unlock`` and friends open it and return an ``OpenVault``: the engine
on the database and the key slots of its users. What users, passphrases, recovery codes, backups
and rotations mean to the people using the vault (and to its audit trail) is decided above, in
``services.vault_admin``; here the keys are kept. Every change to the key-slot file is atomic, and
the database is migrated on open after an automatic backup.
"""

from __future__ import annotations

import datetime as dt
import hmac
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.accounts import Role, User, check_login, check_passphrase_strength
from casusoverleg_desktop.errors import KeySlotFileDamaged, UnknownUser, VaultDamaged, WrongPassphrase
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store import migrate
from casusoverleg_desktop.store.accounts import UserAccount
from casusoverleg_desktop.store.engine import Cipher, connect_raw, create_vault_engine, key_pragma
from casusoverleg_desktop.store.models import AuditEntry
from casusoverleg_desktop.vault.anchor import ANCHOR_NAME, EMPTY_TRAIL, AuditAnchor, EntryHash, Head
from casusoverleg_desktop.vault.backup import (
    AutomaticBackups,
    BackupInBackground,
    BackupInfo,
    RestoredVault,
    Snapshot,
    damaged_vault_advice,
    write_backup,
)
from casusoverleg_desktop.vault.held_keys import HeldKey, OwnKeyBox
from casusoverleg_desktop.vault.instance_lock import OpenLock
from casusoverleg_desktop.vault.keyslots import KeySlot, KeySlotFile, OpenedSlot, SlotKind, new_slot
from casusoverleg_desktop.vault.paths import VaultPaths, prepare_new_vault_folder
from casusoverleg_desktop.vault.recovery import generate_recovery_code, normalise_recovery_code
from casusoverleg_desktop.vault.secret_store import SecretStore

Clock = Callable[[], dt.datetime]
RECOVERY_CODE_USER = User("herstelcode", "Herstelcode", Role.CHAIR)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class OpenVault:
    """An unlocked vault. Holds the data key and the user's own key in memory until ``close``,
    each in one ``HeldKey`` that ``close`` wipes."""

    def __init__(self, paths: VaultPaths, slots: KeySlotFile, generation: int, data_key: HeldKey,
                 engine: Engine, user: User, settings: Settings, clock: Clock,
                 own_key: bytes | None = None, user_tag: bytes | None = None) -> None:
        self.paths = paths
        self._slots = slots
        self._user_tag = user_tag
        self.audit_anchor = AuditAnchor(paths.root / ANCHOR_NAME, slots.vault_id)
        self._anchor_missing = False
        self._generation = generation
        self._data_key = data_key  # the engine reads it from here: wiped, no connection opens
        self._own_key = HeldKey(own_key) if own_key is not None else None
        self.engine = engine
        self.user = user
        self.settings = settings
        self.clock = clock
        self.automatic_backups = AutomaticBackups(paths.backups, settings.auto_backup_keep,
                                                  settings.auto_backup_interval)
        self._open_lock = OpenLock(paths.root)
        self._background: BackupInBackground | None = None

    @property
    def vault_id(self) -> str:
        return self._slots.vault_id

    @property
    def cipher(self) -> Cipher:
        return self._slots.cipher

    def close(self) -> None:
        """After the backup started in the background (if any) is complete."""
        try:
            self.finish_backup()
        finally:
            self.engine.dispose()
            self._open_lock.release()
            self._data_key.wipe()
            if self._own_key is not None:
                self._own_key.wipe()

    # -- the audit trail's anchor ---------------------------------------------------------------
    def anchor_audit_head(self) -> None:
        """Record the trail's newest entry as the unlocked user's anchor (after a unit of work
        that added entries)."""
        if self._own_key and self._user_tag is not None:
            self.audit_anchor.record(self._user_tag, self._own_key.get(), _audit_head(self.engine))

    def settle_anchor(self, expected: bool) -> None:
        """A user with an own key has an anchor line, written when the key is made: when it is
        missing although ``expected`` (the own key came from the slot), that is a finding; else the
        line is written now."""
        if self._own_key and self._user_tag is not None \
                and not self.audit_anchor.has_line(self._user_tag):
            if expected:
                self._anchor_missing = True
            else:
                self.anchor_audit_head()

    def anchor_findings(self, entry_hash: EntryHash) -> list[str]:
        """What the anchor shows against the trail (``vault.anchor``), in Dutch."""
        found = self.audit_anchor.findings(self._user_tag,
                                           self._own_key.get() if self._own_key else None, entry_hash)
        if self._anchor_missing:
            found.insert(0, "Uw anker van de audittrail ontbreekt: het is buiten Casusoverleg "
                            "verwijderd, of de kluis is teruggezet zonder.")
        return found

    def seal_entry(self, message: bytes) -> str | None:
        """The unlocked user's seal on an audit entry in their name (None without an own key)."""
        return self.audit_anchor.seal(self._own_key.get(), message) if self._own_key else None

    def vouches_for(self, message: bytes, seal: str) -> bool:
        """Whether the unlocked user sealed this entry (with the own key they hold now)."""
        own = self.seal_entry(message)
        return own is not None and hmac.compare_digest(own, seal)

    @property
    def own_keys(self) -> OwnKeyBox:
        """Seals and opens what only the unlocked user may use (their signing key)."""
        return OwnKeyBox(self.user.login, self._own_key)

    # -- passphrases and the recovery code ------------------------------------------------------
    def check_passphrase(self, login: str, passphrase: str) -> None:
        """``WrongPassphrase`` unless ``passphrase`` opens ``login``'s slot."""
        _open_passphrase_slot(self._slots, login, passphrase)

    def set_passphrase(self, login: str, new: str) -> None:
        """Give ``login`` a new passphrase slot in place of the old one.

        The unlocked user's slot keeps their own key. Any other login -- a user being added, or
        the user recovered with the recovery code -- gets a new own key: what the old one sealed
        can no longer be used. Only the unlocked user's new own key is held."""
        check_passphrase_strength(new)
        own_user, tag = self._is_own(login), self._slots.user_tag(login)
        keeps_own_key = own_user and bool(self._own_key)
        own = self._own_key.get() if keeps_own_key and self._own_key else secrets.token_bytes(32)
        old = self._slots.slots_of(SlotKind.PASSPHRASE, login)
        slot = new_slot(self.vault_id, SlotKind.PASSPHRASE, tag, self._data_keys, secret=new,
                        kdf=self.settings.kdf, own_key=own)
        slots = self._slots.without({s.slot_id for s in old}).with_slot(slot)
        if own_user and not keeps_own_key:
            slots = slots.with_own_key(tag, own)
            self._own_key = HeldKey(own)
        self._commit_slots(slots)
        if not keeps_own_key:  # a user with an own key always has an anchor line
            self.audit_anchor.record(tag, own, _audit_head(self.engine))

    def remove_slots(self, login: str, secret_store: SecretStore | None) -> None:
        """Remove every slot of ``login`` (and its remembered keys). Rotate the key afterwards."""
        gone = self._slots.slots_of(SlotKind.PASSPHRASE, login) + \
            self._slots.slots_of(SlotKind.KEYRING, login)
        self._commit_slots(self._slots.without({s.slot_id for s in gone}))
        if secret_store is not None:
            for slot in gone:
                if slot.kind is SlotKind.KEYRING:
                    secret_store.delete(_keyring_entry(self.vault_id, slot))

    def new_recovery_code(self) -> str:
        """Replace the recovery slot; the old recovery code stops working."""
        code = generate_recovery_code()
        old = {s.slot_id for s in self._slots.slots if s.kind is SlotKind.RECOVERY}
        slot = new_slot(self.vault_id, SlotKind.RECOVERY, None, self._data_keys, secret=code,
                        kdf=self.settings.kdf)
        self._commit_slots(self._slots.without(old).with_slot(slot))
        return code

    # -- remember on this device ---------------------------------------------------------------
    def remember_on_device(self, store: SecretStore) -> None:
        key = secrets.token_bytes(32)
        slot = new_slot(self.vault_id, SlotKind.KEYRING, self._slots.user_tag(self.user.login),
                        self._data_keys, random_slot_key=key,
                        own_key=self._own_key.get() if self._own_key else None)
        store.put(_keyring_entry(self.vault_id, slot), key)
        self.forget_on_device(store)
        self._commit_slots(self._slots.with_slot(slot))

    def forget_on_device(self, store: SecretStore | None) -> None:
        old = self._slots.slots_of(SlotKind.KEYRING, self.user.login)
        self._commit_slots(self._slots.without({s.slot_id for s in old}))
        if store is not None:
            for slot in old:
                store.delete(_keyring_entry(self.vault_id, slot))

    def is_remembered_on_device(self) -> bool:
        return bool(self._slots.slots_of(SlotKind.KEYRING, self.user.login))

    # -- the data key --------------------------------------------------------------------------
    def rotate_key(self) -> None:
        """New data key: rekey the database, reseal to every slot, replace automatic backups.

        The slot file first holds both generations, so a crash at any point leaves a key that
        opens the database; ``unlock`` finishes or undoes a half-done rotation.
        """
        self.finish_backup()  # a backup under the old key must not land after the new ones
        with self._open_lock.alone():  # no other window or process left with the old key
            self._rotate_key()

    def _rotate_key(self) -> None:
        new_generation, new_key = self._generation + 1, secrets.token_bytes(32)
        old_key = self._data_key.get()
        both = {self._generation: old_key, new_generation: new_key}
        self.paths.write_keyslots(self._slots.with_data_keys(both))
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()
        raw = connect_raw(self.paths.db, old_key, self.cipher)
        try:
            raw.execute(key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
        finally:
            raw.close()
        self._slots = self._slots.with_data_keys({new_generation: new_key})
        self.paths.write_keyslots(self._slots)
        self._data_key.wipe()
        self._generation, self._data_key = new_generation, HeldKey(new_key)
        self.engine = create_vault_engine(self.paths.db, self._data_key.get, self.cipher)
        self.automatic_backups.replace_all(self._snapshot(), self.clock())

    # -- backups ---------------------------------------------------------------------------
    def write_backup(self, out: Path) -> None:
        write_backup(self._snapshot(), out, self.clock())

    def renew_automatic_backups(self, reason: str) -> int:
        """Replace the automatic backups by one of the database as it is now (after a destruction);
        how many old ones were removed."""
        self.finish_backup()  # one still being written would hold what is gone
        return self.automatic_backups.replace_all(self._snapshot(), self.clock(), reason)

    def start_daily_backup(self) -> None:
        """The daily backup, when one is due, written by a worker thread on a connection of its
        own while the caller goes on (the GUI, once its window shows). ``finish_backup`` waits for
        it; ``close`` and ``rotate_key`` do so first."""
        if self._background is None:
            snapshot, now = self._snapshot(), self.clock()
            self._background = BackupInBackground(lambda: self.automatic_backups.daily(snapshot, now))

    def backup_running(self) -> bool:
        return self._background is not None and self._background.running()

    def finish_backup(self) -> Path | None:
        """Wait for the backup started by ``start_daily_backup``; the file it wrote (None when none
        was due or none was started), or its ``BackupError``."""
        background, self._background = self._background, None
        return background.wait() if background is not None else None

    def backups(self) -> list[BackupInfo]:
        """The automatic backups, oldest first."""
        return self.automatic_backups.listed()

    # -- internals ---------------------------------------------------------------------------
    @property
    def _data_keys(self) -> dict[int, bytes]:
        return {self._generation: self._data_key.get()}

    def _is_own(self, login: str) -> bool:
        return login.strip().casefold() == self.user.login.casefold()

    def _snapshot(self) -> Snapshot:
        return Snapshot(self.paths.db, self._generation, self._data_key.get(), self.cipher,
                        self._slots.to_bytes(), self.vault_id, self.paths.root, self.paths.backups,
                        self.audit_anchor.raw())

    def _commit_slots(self, slots: KeySlotFile) -> None:
        self.paths.write_keyslots(slots)
        self._slots = slots


def _audit_head(engine: Engine) -> Head:
    """The trail's newest committed entry, read outside any transaction: also while a unit of work
    holds the write lock (adding a user)."""
    conn = engine.raw_connection()
    try:
        row = conn.cursor().execute(
            f"SELECT id, hash FROM {AuditEntry.__tablename__} ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return Head(row[0], row[1]) if row is not None else EMPTY_TRAIL


def _keyring_entry(vault_id: str, slot: KeySlot) -> str:
    return f"{vault_id}/{slot.slot_id}"


def _open_passphrase_slot(slots: KeySlotFile, login: str, passphrase: str) -> OpenedSlot:
    if not slots.slots_of(SlotKind.PASSPHRASE, login):
        raise UnknownUser(f"Er is geen gebruiker '{login}' in deze kluis.")
    return slots.open_with(passphrase, SlotKind.PASSPHRASE, login)


def create_vault(root: Path, user: User, passphrase: str, *, settings: Settings,
                 clock: Clock = utc_now) -> tuple[OpenVault, str]:
    """Create a vault with a key slot for its first user; returns it opened, and the recovery code
    to show once. The user's account is the caller's to add (``services.access``)."""
    login = check_login(user.login)
    check_passphrase_strength(passphrase)
    paths = prepare_new_vault_folder(root)
    data_key = secrets.token_bytes(32)
    recovery_code = generate_recovery_code()
    slots = KeySlotFile.new()
    keys = {1: data_key}
    own_key = secrets.token_bytes(32)
    slots = slots.with_slot(new_slot(slots.vault_id, SlotKind.PASSPHRASE, slots.user_tag(login),
                                     keys, secret=passphrase, kdf=settings.kdf, own_key=own_key))
    slots = slots.with_slot(new_slot(slots.vault_id, SlotKind.RECOVERY, None, keys,
                                     secret=recovery_code, kdf=settings.kdf))
    fd = os.open(paths.db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    paths.write_keyslots(slots)
    held = HeldKey(data_key)
    engine = create_vault_engine(paths.db, held.get, slots.cipher)
    migrate.upgrade(engine)
    vault = OpenVault(paths, slots, 1, held, engine, user, settings, clock, own_key,
                      slots.user_tag(login))
    vault.settle_anchor(expected=False)
    return vault, recovery_code


def unlock(root: Path, login: str | None, passphrase: str, *, settings: Settings,
           clock: Clock = utc_now, daily_backup: bool = True) -> OpenVault:
    """Open with a user's passphrase; without ``login``, any user whose passphrase it is.
    ``daily_backup=False``: the caller starts it (``OpenVault.start_daily_backup``)."""
    paths = VaultPaths(root)
    slots = paths.read_keyslots()
    if login is None:
        opened = slots.open_with(passphrase, SlotKind.PASSPHRASE)
    else:
        opened = _open_passphrase_slot(slots, login, passphrase)
    slots, own_key = _bring_up_to_date(paths, slots, opened)
    return _open(paths, slots, opened.data_keys, opened.slot.user_tag, settings, clock,
                 daily_backup=daily_backup, own_key=own_key,
                 anchor_expected=opened.own_key is not None)


def unlock_from_device(root: Path, login: str, store: SecretStore, *, settings: Settings,
                       clock: Clock = utc_now, daily_backup: bool = True) -> OpenVault:
    """Open with the key remembered in the OS keyring; ``WrongPassphrase`` when there is none."""
    paths = VaultPaths(root)
    slots = paths.read_keyslots()
    for slot in slots.slots_of(SlotKind.KEYRING, login):
        slot_key = store.get(_keyring_entry(slots.vault_id, slot))
        if slot_key is None or len(slot_key) != 32:  # absent, or not a key this program stored
            continue
        opened = slots.open_slot(slot, slot_key)
        slots, own_key = _bring_up_to_date(paths, slots, opened)
        return _open(paths, slots, opened.data_keys, slot.user_tag, settings, clock,
                     daily_backup=daily_backup, own_key=own_key,
                     anchor_expected=opened.own_key is not None)
    raise WrongPassphrase("Op dit apparaat is geen sleutel voor deze gebruiker onthouden.")


def recover(root: Path, login: str, recovery_code: str, new_passphrase: str, *,
            settings: Settings, clock: Clock = utc_now, daily_backup: bool = True) -> OpenVault:
    """Open with the recovery code and give ``login`` a new passphrase."""
    check_passphrase_strength(new_passphrase)
    code = normalise_recovery_code(recovery_code)
    paths = VaultPaths(root)
    slots = paths.read_keyslots()
    try:
        keys = slots.open_with(code, SlotKind.RECOVERY).data_keys
    except WrongPassphrase:
        raise WrongPassphrase("Deze herstelcode hoort niet bij deze kluis.") from None
    vault = _open(paths, slots, keys, slots.user_tag(login), settings, clock, daily_backup=daily_backup)
    try:
        vault.set_passphrase(vault.user.login, new_passphrase)  # as stored, not as typed
    except BaseException:
        vault.close()
        raise
    return vault


def open_with_data_keys(root: Path, data_keys: dict[int, bytes], login: str, *,
                        settings: Settings, clock: Clock = utc_now,
                        own_key: bytes | None = None) -> OpenVault:
    """Open with data keys (and the user's own key) already held: tests and benchmarks that skip
    the KDF on purpose."""
    paths = VaultPaths(root)
    slots = paths.read_keyslots()
    return _open(paths, slots, data_keys, slots.user_tag(login), settings, clock, own_key=own_key,
                 anchor_expected=own_key is not None)


def open_restored(restored: RestoredVault, login: str | None, *, settings: Settings,
                  clock: Clock = utc_now) -> OpenVault:
    """Open a vault just restored from a backup, as the user whose passphrase restored it, or
    ``login`` when the recovery code did; without a login the recovery code itself is the user
    (``RECOVERY_CODE_USER``: whoever holds it may open the whole vault anyway)."""
    paths = VaultPaths(restored.root)
    slots = paths.read_keyslots()
    if restored.user_tag is None and not login:
        return _open(paths, slots, restored.data_keys, None, settings, clock, RECOVERY_CODE_USER)
    tag = restored.user_tag or slots.user_tag(login or "")
    return _open(paths, slots, restored.data_keys, tag, settings, clock, own_key=restored.own_key,
                 anchor_expected=restored.own_key is not None)


def _bring_up_to_date(paths: VaultPaths, slots: KeySlotFile,
                      opened: OpenedSlot) -> tuple[KeySlotFile, bytes | None]:
    """A slot made before 0.2 is bound to its user now, and a user without an own key gets one;
    the key-slot file as it is now, and the user's own key (None: this slot has none)."""
    slot, own_key = opened.slot, opened.own_key
    changed = slots
    if not slot.bound:
        changed = changed.replacing(slot.rebound(slots.vault_id, opened))
    if own_key is None and slot.user_tag is not None and not any(
            s.own_key for s in changed.slots if s.user_tag == slot.user_tag):
        own_key = secrets.token_bytes(32)
        changed = changed.with_own_key(slot.user_tag, own_key)
    if changed is not slots:
        paths.write_keyslots(changed)
    return changed, own_key


def _open(paths: VaultPaths, slots: KeySlotFile, keys: dict[int, bytes], user_tag: bytes | None,
          settings: Settings, clock: Clock, user: User | None = None, *,
          daily_backup: bool = True, own_key: bytes | None = None,
          anchor_expected: bool = False) -> OpenVault:
    """``_open_database``; a damaged database is reported with the newest good backup to restore."""
    try:
        return _open_database(paths, slots, keys, user_tag, settings, clock, user,
                              daily_backup=daily_backup, own_key=own_key,
                              anchor_expected=anchor_expected)
    except (VaultDamaged, DatabaseError) as exc:
        if isinstance(exc, DatabaseError) and not any(
                sign in str(exc.orig) for sign in ("malformed", "not a database")):
            raise
        advice = damaged_vault_advice(paths.backups, keys[max(keys)], slots.cipher)
        raise VaultDamaged(f"De kluis kan niet worden geopend: {advice}") from None


def _open_database(paths: VaultPaths, slots: KeySlotFile, keys: dict[int, bytes],
                   user_tag: bytes | None, settings: Settings, clock: Clock,
                   user: User | None = None, *, daily_backup: bool = True,
                   own_key: bytes | None = None, anchor_expected: bool = False) -> OpenVault:
    generation, held, engine = _engine_for_newest_key(paths, keys, slots.cipher)
    if len(keys) > 1:  # finish (or undo) a rotation that was interrupted
        slots = slots.with_data_keys({generation: keys[generation]})
        paths.write_keyslots(slots)
    user = user or _identify(engine, slots, user_tag)
    vault = OpenVault(paths, slots, generation, held, engine, user, settings, clock, own_key,
                      user_tag)
    backups = vault.automatic_backups
    try:
        if len(keys) > 1 or backups.made_before(generation):  # the rotation's last step, too
            backups.replace_all(vault._snapshot(), clock())
        migrate.upgrade(engine, before=lambda: backups.make(vault._snapshot(), "voor-migratie", clock()))
        vault.settle_anchor(anchor_expected)
        if daily_backup:
            backups.daily(vault._snapshot(), clock())
    except BaseException:
        vault.close()
        raise
    return vault


def _engine_for_newest_key(paths: VaultPaths, keys: dict[int, bytes],
                           cipher: Cipher) -> tuple[int, HeldKey, Engine]:
    if not paths.db.exists():
        raise KeySlotFileDamaged("De database van de kluis ontbreekt. Zet een back-up terug.")
    for generation in sorted(keys, reverse=True):
        held = HeldKey(keys[generation])
        try:
            return generation, held, create_vault_engine(paths.db, held.get, cipher)
        except WrongPassphrase:
            held.wipe()
            continue
    raise KeySlotFileDamaged(
        "De sleutel in het sleutelbestand past niet op de database. Zet een back-up terug.")


def _identify(engine: Engine, slots: KeySlotFile, user_tag: bytes | None) -> User:
    """The account whose login hashes to the tag of the slot that opened the vault."""
    with Session(engine) as session:
        accounts = session.scalars(
            select(UserAccount).where(UserAccount.removed_at.is_(None))).all()
    for account in accounts:
        if user_tag is not None and hmac.compare_digest(slots.user_tag(account.login), user_tag):
            return User(account.login, account.display_name, account.role)
    engine.dispose()
    raise UnknownUser("Bij deze sleutel hoort geen (actieve) gebruiker van deze kluis.")

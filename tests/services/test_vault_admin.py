"""Every step of vault administration is a use case that lands in the audit trail, from a new vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.errors import InputError, ValidationError, WrongPassphrase
from casusoverleg_desktop.services import access as vault_access
from casusoverleg_desktop.services.access import VaultAccess, VaultSession, create_new_vault, restore
from casusoverleg_desktop.services.audit import first_broken_entry
from casusoverleg_desktop.services.vault_admin import VaultAdministration
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store.models import AuditEntry
from casusoverleg_desktop.vault.secret_store import KeyringSecretStore

CHAIR_PASSPHRASE = "correct paard batterij niet"
SECRETARY_PASSPHRASE = "notulist schrijft alles op"
NEW_PASSPHRASE = "een nieuwe lange zin voor later"
SETTINGS = Settings()


def _trail(session: VaultSession) -> list[tuple[str, str, str]]:
    with session.context().unit_of_work() as db:
        rows = db.execute(select(AuditEntry.actor, AuditEntry.action, AuditEntry.summary)
                          .where(AuditEntry.entity_type.in_((vault_access.VAULT, vault_access.USER)))
                          .order_by(AuditEntry.id)).all()
    return [tuple(row) for row in rows]


def test_every_administration_step_is_in_the_verified_trail(tmp_path: Path, memory_keyring) -> None:
    root = tmp_path / "kluis"
    access = VaultAccess(root, SETTINGS, KeyringSecretStore(memory_keyring))
    chair, code = create_new_vault(root, "voorzitter", Role.CHAIR, CHAIR_PASSPHRASE, settings=SETTINGS,
                                   display_name="Marloes Dekkers")
    admin = VaultAdministration(lambda: chair, access)
    admin.add_user("notulist", Role.SECRETARY, SECRETARY_PASSPHRASE, display_name="Kees Brinkhorst")
    admin.change_passphrase(CHAIR_PASSPHRASE, NEW_PASSPHRASE)
    admin.set_remembered(True)
    admin.set_remembered(False)
    admin.new_recovery_code()
    admin.write_backup(tmp_path / "kluis.cobak")
    admin.remove_user("notulist")
    admin.rotate_key()
    chair.close()
    recovered = access.recover("voorzitter", code_after := _new_code(access), CHAIR_PASSPHRASE)
    assert code_after != code
    recovered.close()
    restored = restore(tmp_path / "kluis.cobak", tmp_path / "teruggezet", NEW_PASSPHRASE, None,
                       settings=SETTINGS)

    reopened = access.unlock("voorzitter", CHAIR_PASSPHRASE)
    assert [action for _, action, _ in _trail(reopened)] == [
        vault_access.VAULT_CREATED, vault_access.USER_ADDED, vault_access.USER_ADDED,
        vault_access.PASSPHRASE_CHANGED, vault_access.KEY_REMEMBERED, vault_access.KEY_FORGOTTEN,
        vault_access.RECOVERY_CODE_RENEWED, vault_access.BACKUP_MADE, vault_access.USER_REMOVED,
        vault_access.KEY_ROTATED, vault_access.RECOVERY_CODE_RENEWED, vault_access.PASSPHRASE_RECOVERED,
    ]
    assert {actor for actor, _, _ in _trail(reopened)} == {"voorzitter"}
    assert ("voorzitter", vault_access.USER_ADDED, "notulist") in _trail(reopened)
    assert first_broken_entry(reopened.context()) is None
    reopened.close()
    # The restored vault is the history up to the backup (which cannot hold its own making), plus
    # the restore itself.
    assert [action for _, action, _ in _trail(restored)][-2:] == [
        vault_access.RECOVERY_CODE_RENEWED, vault_access.BACKUP_RESTORED]
    assert _trail(restored)[-1][2].startswith("kluis.cobak (")
    assert first_broken_entry(restored.context()) is None
    restored.close()


def _new_code(access: VaultAccess) -> str:
    """A recovery code the chair renews first (the one from the start was replaced above)."""
    session = access.unlock("voorzitter", NEW_PASSPHRASE)
    try:
        return VaultAdministration(lambda: session, access).new_recovery_code()
    finally:
        session.close()


def test_a_restore_with_the_recovery_code_and_no_user_is_recorded_as_the_code(tmp_path,
                                                                              vault_session) -> None:
    session = vault_session
    code = VaultAdministration(lambda: session, VaultAccess(session.root, SETTINGS, None)).new_recovery_code()
    VaultAdministration(lambda: session, VaultAccess(session.root, SETTINGS, None)).write_backup(
        tmp_path / "b.cobak")
    restored = restore(tmp_path / "b.cobak", tmp_path / "terug", code.lower(), None, settings=SETTINGS)
    try:
        assert _trail(restored)[-1][:2] == ("herstelcode", vault_access.BACKUP_RESTORED)
        assert first_broken_entry(restored.context()) is None
    finally:
        restored.close()


@pytest.mark.parametrize(("step", "error", "message"), [
    (lambda admin: admin.add_user("derde", Role.SECRETARY, NEW_PASSPHRASE), ValidationError, "voorzitter"),
    (lambda admin: admin.remove_user("voorzitter"), ValidationError, "voorzitter"),
    (lambda admin: admin.rotate_key(), ValidationError, "voorzitter"),
    (lambda admin: admin.change_passphrase("niet mijn wachtwoord", NEW_PASSPHRASE), WrongPassphrase,
     "onjuist"),
    (lambda admin: admin.change_passphrase(SECRETARY_PASSPHRASE, "kort"), InputError, "minstens 10"),
])
def test_refused_steps_leave_no_trace(vault_session, step, error, message) -> None:
    session = vault_session
    access = VaultAccess(session.root, SETTINGS, None)
    VaultAdministration(lambda: session, access).add_user("notulist", Role.SECRETARY, SECRETARY_PASSPHRASE)
    secretary = access.unlock("notulist", SECRETARY_PASSPHRASE)
    try:
        before = _trail(secretary)
        with pytest.raises(error, match=message):
            step(VaultAdministration(lambda: secretary, access))
        assert _trail(secretary) == before
        assert first_broken_entry(secretary.context()) is None
    finally:
        secretary.close()

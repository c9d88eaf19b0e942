"""Instellingen on a real vault: every action does what it says and says so in Dutch."""

from __future__ import annotations

import pytest
from vault_admin_kit import admin_of

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.errors import WrongPassphrase
from casusoverleg_desktop.services.access import VaultAccess, VaultSession
from casusoverleg_desktop.services.vault_admin import VaultAdministration
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.backup import read_backup
from casusoverleg_desktop.vault.secret_store import KeyringSecretStore
from casusoverleg_desktop.vault.vault import recover, unlock

from casusoverleg_desktop.ui.models.settings_models import BackupsModel, UsersModel
from casusoverleg_desktop.ui.pages.settings_page import SettingsPage
from casusoverleg_desktop.ui.session import LiveVault

SETTINGS = Settings()

PASSPHRASE = "correct paard batterij niet"
NEW = "een heel nieuw wachtwoord"
COLLEAGUE = "notulist schrijft alles op"


def _page(qtbot, vault, access, preferences, navigator, answers=None):
    live = LiveVault(VaultSession(vault))
    page = SettingsPage(live.context(), navigator, VaultAdministration(live.current, access), preferences)
    page.questions = []
    replies = list(answers or [])
    page.confirm = lambda title, question: (page.questions.append(title), replies.pop(0))[1]
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def page(qtbot, vault, vault_access, preferences, navigator):
    return _page(qtbot, vault, vault_access, preferences, navigator)


def test_change_passphrase_then_unlock_with_the_new_one(page, vault):
    page.ui.current_edit.setText("niet het wachtwoord")
    page.ui.new_edit.setText(NEW)
    page.ui.repeat_edit.setText(NEW)
    page.ui.change_button.click()
    assert "past niet" in page.ui.passphrase_feedback_label.text() or \
        "wachtwoord" in page.ui.passphrase_feedback_label.text().lower()
    assert page.ui.new_edit.text() == NEW  # the input stays after an error

    page.ui.current_edit.setText(PASSPHRASE)
    page.ui.change_button.click()
    assert "gewijzigd" in page.ui.passphrase_feedback_label.text()
    assert page.ui.current_edit.text() == page.ui.new_edit.text() == ""
    root = vault.paths.root
    unlock(root, "voorzitter", NEW, settings=SETTINGS).close()
    with pytest.raises(WrongPassphrase):
        unlock(root, "voorzitter", PASSPHRASE, settings=SETTINGS)


def test_a_short_or_unequal_new_passphrase_is_refused_before_the_vault(page):
    page.ui.current_edit.setText(PASSPHRASE)
    page.ui.new_edit.setText("kort")
    page.ui.change_button.click()
    assert "te kort" in page.ui.passphrase_feedback_label.text()
    page.ui.new_edit.setText(NEW)
    page.ui.repeat_edit.setText(NEW + "x")
    assert "nog niet gelijk" in page.ui.strength_label.text()
    page.ui.change_button.click()
    assert "niet gelijk" in page.ui.passphrase_feedback_label.text()


def test_idle_minutes_are_stored_on_this_device(page, preferences):
    page.ui.idle_spin.setValue(15)
    assert preferences.idle_minutes() == 15
    assert "15 minuten" in page.ui.idle_feedback_label.text()


def test_without_keyring_remembering_is_off_with_a_plain_message(page):
    assert not page.ui.remember_check.isEnabled()
    assert "geen werkende sleutelbos" in page.ui.keyring_label.text()


def test_remember_on_and_off(qtbot, vault, preferences, navigator, memory_keyring):
    access = VaultAccess(vault.paths.root, Settings(), KeyringSecretStore(memory_keyring))
    page = _page(qtbot, vault, access, preferences, navigator)
    assert page.ui.remember_check.isEnabled()
    assert "sleutelbos van het besturingssysteem" in page.ui.keyring_label.text()
    page.ui.remember_check.setChecked(True)
    assert vault.is_remembered_on_device() and memory_keyring.entries
    assert "staat nu op dit apparaat" in page.ui.remember_feedback_label.text()
    page.ui.remember_check.setChecked(False)
    assert not vault.is_remembered_on_device() and not memory_keyring.entries
    assert access.unlock_remembered("voorzitter") is None


def test_add_and_remove_a_user_with_rotation_advice(qtbot, vault, vault_access, preferences, navigator):
    page = _page(qtbot, vault, vault_access, preferences, navigator, answers=[True, False])
    page.ui.new_login_edit.setText("notulist")
    page.ui.new_name_edit.setText("Jeroen Aalbers")
    page.ui.new_user_passphrase_edit.setText(COLLEAGUE)
    page.ui.new_user_repeat_edit.setText(COLLEAGUE)
    page.ui.add_user_button.click()
    assert "toegevoegd als notulist" in page.ui.users_feedback_label.text()
    assert [u.login for u in admin_of(vault).users()] == ["notulist", "voorzitter"]
    assert page.users_model.rowCount() == 2
    other = unlock(vault.paths.root, "notulist", COLLEAGUE, settings=SETTINGS)
    assert other.user.role is Role.SECRETARY
    other.close()

    assert page.ui.new_login_edit.text() == ""  # the form is empty for the next one
    page.ui.new_login_edit.setText("Notulist")  # the same login again
    page.ui.new_user_passphrase_edit.setText(COLLEAGUE)
    page.ui.new_user_repeat_edit.setText(COLLEAGUE)
    page.ui.add_user_button.click()
    assert "al een gebruiker" in page.ui.users_feedback_label.text()

    page.ui.remove_user_button.click()
    assert "Kies eerst" in page.ui.users_feedback_label.text()
    page.ui.users_view.setCurrentIndex(page.users_model.index(0, 0))
    page.ui.remove_user_button.click()
    assert page.questions == ["Gebruiker verwijderen", "Sleutel vervangen?"]
    assert "vervang nu de sleutel" in page.ui.users_feedback_label.text()
    assert [u.login for u in admin_of(vault).users()] == ["voorzitter"]
    with pytest.raises(Exception):  # noqa: B017 - UnknownUser or WrongPassphrase
        unlock(vault.paths.root, "notulist", COLLEAGUE, settings=SETTINGS)


def test_new_recovery_code_is_shown_once_and_replaces_the_old(qtbot, created, vault_access, preferences,
                                                             navigator, tmp_path):
    vault, old_code = created
    page = _page(qtbot, vault, vault_access, preferences, navigator, answers=[False, True])
    assert page.new_recovery_code() is None  # "no" changes nothing
    dialog = page.new_recovery_code()
    code = dialog.ui.code_label.text()
    assert code != old_code and len(code.split("-")) == 8
    assert "nieuwe herstelcode" in page.ui.recovery_feedback_label.text()
    assert dialog.save_export(tmp_path / "blad.pdf").read_bytes().startswith(b"%PDF")
    dialog.accept()
    assert dialog.ui.code_label.text() == ""
    root = vault.paths.root
    with pytest.raises(WrongPassphrase):
        recover(root, "voorzitter", old_code, NEW, settings=SETTINGS)
    recover(root, "voorzitter", code, NEW, settings=SETTINGS).close()


def test_backup_now_and_the_list_of_automatic_backups(page, vault, tmp_path):
    assert page.backups_model.rowCount() >= 1  # the daily backup made on opening
    out = page.make_backup(tmp_path / "handmatig.cobak")
    assert "Back-up gemaakt" in page.ui.backup_feedback_label.text()
    assert read_backup(out).header["vault_id"] == vault.vault_id
    assert page.make_backup(out) is None  # never overwrites
    assert "bestaat al" in page.ui.backup_feedback_label.text()


def test_key_rotation_keeps_the_session_working(qtbot, vault, vault_access, preferences, navigator):
    from casusoverleg_desktop.services import cases

    page = _page(qtbot, vault, vault_access, preferences, navigator, answers=[True])
    ctx = page.ctx
    cases.list_cases(ctx)
    page.ui.rotate_button.click()
    assert "vervangen" in page.ui.rotate_feedback_label.text()
    assert cases.list_cases(ctx) == []  # the same context works on the rekeyed database
    unlock(vault.paths.root, "voorzitter", PASSPHRASE, settings=SETTINGS).close()


def test_a_secretary_does_not_manage_users_or_the_key(qtbot, vault, vault_access, preferences, navigator):

    admin_of(vault).add_user("notulist", Role.SECRETARY, COLLEAGUE)
    secretary = unlock(vault.paths.root, "notulist", COLLEAGUE, settings=SETTINGS)
    try:
        page = _page(qtbot, secretary, vault_access, preferences, navigator)
        assert not page.ui.users_group.isEnabled() and not page.ui.rotate_group.isEnabled()
        assert page.ui.passphrase_group.isEnabled()
    finally:
        secretary.close()


def test_settings_models(qtmodeltester, page):
    assert isinstance(page.users_model, UsersModel) and isinstance(page.backups_model, BackupsModel)
    qtmodeltester.check(page.users_model)
    qtmodeltester.check(page.backups_model)


def test_what_the_page_does_to_the_vault_is_in_its_verified_audit_trail(qtbot, vault, vault_access,
                                                                        preferences, navigator, tmp_path):
    from casusoverleg_desktop.services import access
    from casusoverleg_desktop.services.audit import first_broken_entry, recent_entries

    page = _page(qtbot, vault, vault_access, preferences, navigator, answers=[True, False, True])
    page.ui.new_login_edit.setText("notulist")
    page.ui.new_user_passphrase_edit.setText(COLLEAGUE)
    page.ui.new_user_repeat_edit.setText(COLLEAGUE)
    page.ui.add_user_button.click()
    page.make_backup(tmp_path / "handmatig.cobak")
    page.ui.users_view.setCurrentIndex(page.users_model.index(0, 0))
    page.ui.remove_user_button.click()
    page.ui.rotate_button.click()
    actions = [e.action for e in reversed(recent_entries(page.ctx, 20)) if e.entity_type in
               (access.VAULT, access.USER)]
    assert actions[-4:] == [access.USER_ADDED, access.BACKUP_MADE, access.USER_REMOVED, access.KEY_ROTATED]
    assert first_broken_entry(page.ctx) is None


def test_the_audit_trail_is_checked_from_the_page_and_a_change_outside_is_named(page, vault, ctx):
    from casusoverleg_desktop.domain.enums import PartnerDomain, PartnerTier
    from casusoverleg_desktop.services import partners
    from casusoverleg_desktop.store.engine import connect_raw

    partner = partners.create_partner(ctx, "Gemeente Wadmeer", PartnerDomain.SOCIAAL,
                                      PartnerTier.KERNPARTIJ, covenant_signed=True)
    page.ui.audit_button.click()
    said = page.ui.audit_feedback_label.text()
    assert said.startswith("De audittrail is intact: ") and "Kenmerk van de laatste regel" in said

    keys = vault._data_keys
    outside = connect_raw(vault.paths.db, keys[max(keys)], vault.cipher)
    try:
        outside.execute(f"UPDATE partner SET name = 'Gemeente Elders' WHERE id = {partner.id}")
    finally:
        outside.close()
    page.ui.audit_button.click()
    said = page.ui.audit_feedback_label.text()
    assert said.startswith("De audittrail klopt niet.")
    assert f"Tabel partner, rij {partner.id}: buiten de app gewijzigd" in said
    assert "Traceback" not in said and page.ui.audit_feedback_label.isVisible()


def test_the_register_for_the_fg_is_saved_from_the_page(page, tmp_path):
    written = page.save_fg_register(tmp_path / "register.pdf")
    assert written is not None and written.read_bytes().startswith(b"%PDF")
    assert "Register voor de FG opgeslagen als register.pdf" in page.ui.periods_feedback_label.text()
    assert page.save_fg_register(tmp_path / "geen-map" / "register.pdf") is None
    assert "bestaat niet" in page.ui.periods_feedback_label.text()

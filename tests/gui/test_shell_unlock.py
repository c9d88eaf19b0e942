"""Unlock with the right and the wrong passphrase, and the way back in with the recovery code."""

from __future__ import annotations

from functools import partial

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from casusoverleg_desktop.errors import WrongPassphrase
from casusoverleg_desktop.services.access import VaultAccess
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.vault import recover, unlock

from casusoverleg_desktop.ui.unlock_dialog import UnlockDialog

SETTINGS = Settings()

PASSPHRASE = "correct paard batterij niet"  # the test vault's (tests/conftest.py)
NEW_PASSPHRASE = "nieuw wachtwoord na herstel"


@pytest.fixture
def closed_vault(created):
    """The test vault folder, closed: only a passphrase or the recovery code opens it."""
    vault, code = created
    vault.close()
    return vault.paths.root, code


@pytest.fixture
def dialog(qtbot, closed_vault):
    root, _ = closed_vault
    settings = Settings()
    dialog = UnlockDialog(root, "voorzitter").bind(VaultAccess(root, settings, None),
                                                   partial(recover, root, settings=settings))
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    if dialog.unlocked is not None:
        dialog.unlocked.close()


def _ok(qtbot, dialog: QDialog) -> None:
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_the_right_passphrase_opens_the_vault(qtbot, dialog):
    qtbot.keyClicks(dialog.ui.passphrase_edit, PASSPHRASE)
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.unlocked.user.login == "voorzitter"
    assert dialog.ui.passphrase_edit.text() == ""


def test_a_wrong_passphrase_says_so_and_keeps_the_dialog(qtbot, dialog):
    qtbot.keyClicks(dialog.ui.passphrase_edit, "verkeerd wachtwoord")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.unlocked is None
    message = dialog.ui.error_label.text()
    assert message and "Traceback" not in message
    assert dialog.ui.passphrase_edit.hasFocus() or dialog.ui.passphrase_edit.selectedText()


def test_the_keyring_statement_is_plain_when_there_is_no_keyring(dialog):
    assert "geen werkende sleutelbos" in dialog.ui.keyring_label.text()
    assert not dialog.ui.remember_check.isEnabled()


def test_remembering_names_where_the_key_lives(qtbot, closed_vault, memory_keyring):
    from casusoverleg_desktop.vault.secret_store import KeyringSecretStore

    root, _ = closed_vault
    access = VaultAccess(root, Settings(), KeyringSecretStore(memory_keyring))
    dialog = UnlockDialog(root, "voorzitter").bind(access)
    qtbot.addWidget(dialog)
    assert "sleutelbos van het besturingssysteem" in dialog.ui.keyring_label.text()
    assert dialog.ui.remember_check.isEnabled()
    dialog.ui.passphrase_edit.setText(PASSPHRASE)
    dialog.ui.remember_check.setChecked(True)
    _ok(qtbot, dialog)
    dialog.unlocked.close()
    again = access.unlock_remembered("voorzitter")
    assert again is not None and again.user.login == "voorzitter"
    again.close()


def test_forgotten_passphrase_recovered_with_the_code(qtbot, dialog, closed_vault):
    root, code = closed_vault
    qtbot.mouseClick(dialog.ui.forgot_button, Qt.MouseButton.LeftButton)
    recovery = dialog.recovery_dialog
    assert recovery is not None and recovery.isVisible()
    assert recovery.ui.user_edit.text() == "voorzitter"

    recovery.ui.code_edit.setText(code.replace("-", " ").lower())
    recovery.ui.new_edit.setText(NEW_PASSPHRASE)
    recovery.ui.repeat_edit.setText(NEW_PASSPHRASE + "x")
    _ok(qtbot, recovery)
    assert "niet gelijk" in recovery.ui.error_label.text() and recovery.isVisible()

    recovery.ui.repeat_edit.setText(NEW_PASSPHRASE)
    _ok(qtbot, recovery)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.unlocked.user.login == "voorzitter"
    dialog.unlocked.close()
    dialog.unlocked = None
    unlock(root, "voorzitter", NEW_PASSPHRASE, settings=SETTINGS).close()
    with pytest.raises(WrongPassphrase):
        unlock(root, "voorzitter", PASSPHRASE, settings=SETTINGS)


def test_a_wrong_recovery_code_is_refused_plainly(qtbot, dialog, closed_vault):
    _, code = closed_vault
    recovery = dialog.open_recovery()
    groups = code.split("-")
    groups[0] = "0000" if groups[0] != "0000" else "1111"
    recovery.ui.code_edit.setText("-".join(groups))
    recovery.ui.new_edit.setText(NEW_PASSPHRASE)
    recovery.ui.repeat_edit.setText(NEW_PASSPHRASE)
    _ok(qtbot, recovery)
    assert recovery.isVisible() and dialog.unlocked is None
    assert "herstelcode" in recovery.ui.error_label.text().lower()


def test_a_remembered_key_opens_with_the_user_name_only_but_not_after_a_lock(qtbot, closed_vault,
                                                                              memory_keyring):
    from casusoverleg_desktop.vault.secret_store import KeyringSecretStore

    root, _ = closed_vault
    access = VaultAccess(root, Settings(), KeyringSecretStore(memory_keyring))
    access.unlock("voorzitter", PASSPHRASE, remember=True).close()

    locked = UnlockDialog(root, "voorzitter").bind(access)
    qtbot.addWidget(locked)
    locked.show_locked()
    _ok(qtbot, locked)
    assert locked.unlocked is None and locked.ui.error_label.text()

    start = UnlockDialog(root, "").bind(access)
    qtbot.addWidget(start)
    start.ui.user_edit.setText("voorzitter")
    _ok(qtbot, start)
    assert start.result() == QDialog.DialogCode.Accepted and start.unlocked.user.login == "voorzitter"
    start.unlocked.close()

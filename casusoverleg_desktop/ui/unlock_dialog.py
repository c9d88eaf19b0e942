"""Open the vault: user, passphrase, optionally remember the key on this device, or recover.

This module imports nothing of the data layer: at start-up the window is shown first and bound to
the vault (``bind``) once the rest of the application has loaded.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from casusoverleg_desktop.errors import CasusoverlegError

from casusoverleg_desktop.ui.forms.ui_unlock_dialog import Ui_UnlockDialog
from casusoverleg_desktop.ui.widgets.messages import clear_message, show_error

if TYPE_CHECKING:
    from casusoverleg_desktop.services.access import VaultAccess, VaultSession

    from casusoverleg_desktop.ui.dialogs.recovery_dialog import RecoverFunction, RecoveryDialog

class UnlockDialog(QDialog):
    """Accepted with ``unlocked`` set to the opened vault (by passphrase or through recovery).

    Built for the vault folder ``root``; it can open the vault once ``bind`` gave it the access.
    ``recover`` (login, recovery code, new passphrase) → vault is injected by the composition root;
    without it there is no "Wachtwoord vergeten?" path.
    """

    def __init__(self, root: Path, login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.setMinimumWidth(500)
        self._access: VaultAccess | None = None
        self._recover: RecoverFunction | None = None
        self.unlocked: VaultSession | None = None
        self._locked = False
        self.recovery_dialog: RecoveryDialog | None = None
        self.ui.vault_label.setText(self.tr("Kluis: %1").replace("%1", str(root)))
        self.ui.keyring_label.setText(self.tr("De kluis wordt voorbereid…"))
        # room for the keyring sentence of bind(), so that the form does not jump when it comes
        self.ui.keyring_label.setMinimumHeight(3 * self.ui.keyring_label.fontMetrics().lineSpacing())
        self.ui.remember_check.setEnabled(False)
        self._open_button.setText(self.tr("Openen"))
        self._open_button.setEnabled(False)
        self.ui.button_box.accepted.connect(self._try_unlock)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.forgot_button.setVisible(False)
        self.ui.forgot_button.clicked.connect(self.open_recovery)
        self.ui.user_edit.setText(login)
        (self.ui.passphrase_edit if login else self.ui.user_edit).setFocus()

    @property
    def _open_button(self):  # QPushButton
        return self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)

    def bind(self, access: VaultAccess, recover: RecoverFunction | None = None) -> UnlockDialog:
        """Ready to open the vault through ``access``; says where a remembered key would live."""
        self._access = access
        self._recover = recover
        self.ui.keyring_label.setText(access.keyring_statement())
        self.ui.remember_check.setEnabled(access.keyring_available)
        self.ui.forgot_button.setVisible(recover is not None)
        self._open_button.setEnabled(True)
        return self

    def show_locked(self) -> None:
        """Shown after a lock: say that the work was kept."""
        self.ui.title_label.setText(self.tr("Kluis vergrendeld"))
        self.ui.locked_label.setText(self.tr(
            "Casusoverleg is vergrendeld. Uw werk is bewaard; voer uw wachtwoord in om verder te gaan."))
        self.ui.locked_label.setVisible(True)
        self._locked = True  # after a lock the passphrase is needed, remembered key or not
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Afsluiten"))
        self.setWindowTitle(self.tr("Vergrendeld — Casusoverleg"))

    def open_recovery(self) -> RecoveryDialog:
        from casusoverleg_desktop.ui.dialogs.recovery_dialog import RecoveryDialog

        assert self._recover is not None
        dialog = RecoveryDialog(self._recover, self.ui.user_edit.text().strip(), self)
        dialog.accepted.connect(lambda: self._recovered(dialog))
        self.recovery_dialog = dialog
        dialog.open()
        return dialog

    def _recovered(self, dialog: RecoveryDialog) -> None:
        self.unlocked = dialog.unlocked
        self.accept()

    def _try_unlock(self) -> None:
        if self._access is None:  # not bound yet: the button is disabled until then
            return
        clear_message(self.ui.error_label)
        login = self.ui.user_edit.text().strip()
        if not self.ui.passphrase_edit.text() and not self._locked and login:
            self.unlocked = self._access.unlock_remembered(login)
            if self.unlocked is not None:
                self.accept()
                return
        try:
            self.unlocked = self._access.unlock(login, self.ui.passphrase_edit.text(),
                                             self.ui.remember_check.isChecked())
        except CasusoverlegError as exc:
            show_error(self.ui.error_label, exc)
            self.ui.passphrase_edit.selectAll()
            self.ui.passphrase_edit.setFocus()
            return
        self.ui.passphrase_edit.clear()
        self.accept()

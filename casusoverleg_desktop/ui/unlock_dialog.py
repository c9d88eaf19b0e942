"""Open the vault: user, passphrase, optionally remember the key on this device, or recover."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services.access import OpenVault, VaultAccess

from casusoverleg_desktop.ui.dialogs.recovery_dialog import RecoverFunction, RecoveryDialog
from casusoverleg_desktop.ui.forms.ui_unlock_dialog import Ui_UnlockDialog

DIALOG_STYLE = """
QPushButton#forgot_button { color: #1f5fa8; text-decoration: underline; border: none; padding: 2px 0;
    text-align: left; }
QPushButton#forgot_button:focus { outline: 1px dotted #1f5fa8; }
QLabel#locked_label { color: #1f3a5f; }
"""


class UnlockDialog(QDialog):
    """Accepted with ``vault`` set to the opened vault (by passphrase or through recovery).

    ``recover`` (login, recovery code, new passphrase) → vault is injected by the composition root;
    without it there is no "Wachtwoord vergeten?" path.
    """

    def __init__(self, access: VaultAccess, login: str = "", parent: QWidget | None = None,
                 recover: RecoverFunction | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(DIALOG_STYLE)
        self.setMinimumWidth(500)
        self._access = access
        self._recover = recover
        self.vault: OpenVault | None = None
        self.allow_remembered = access.keyring_available
        self.recovery_dialog: RecoveryDialog | None = None
        self.ui.vault_label.setText(self.tr("Kluis: %1").replace("%1", str(access.root)))
        self.ui.keyring_label.setText(access.keyring_statement())
        self.ui.remember_check.setEnabled(access.keyring_available)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Openen"))
        self.ui.button_box.accepted.connect(self._try_unlock)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.forgot_button.setVisible(recover is not None)
        self.ui.forgot_button.clicked.connect(self.open_recovery)
        self.ui.user_edit.setText(login)
        (self.ui.passphrase_edit if login else self.ui.user_edit).setFocus()

    def show_locked(self) -> None:
        """Shown after a lock: say that the work was kept."""
        self.ui.title_label.setText(self.tr("Kluis vergrendeld"))
        self.ui.locked_label.setText(self.tr(
            "Casusoverleg is vergrendeld. Uw werk is bewaard; voer uw wachtwoord in om verder te gaan."))
        self.ui.locked_label.setVisible(True)
        self.allow_remembered = False  # after a lock the passphrase is needed, remembered key or not
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Afsluiten"))
        self.setWindowTitle(self.tr("Vergrendeld — Casusoverleg"))

    def open_recovery(self) -> RecoveryDialog:
        assert self._recover is not None
        dialog = RecoveryDialog(self._recover, self.ui.user_edit.text().strip(), self)
        dialog.accepted.connect(lambda: self._recovered(dialog))
        self.recovery_dialog = dialog
        dialog.open()
        return dialog

    def _recovered(self, dialog: RecoveryDialog) -> None:
        self.vault = dialog.vault
        self.accept()

    def _try_unlock(self) -> None:
        self.ui.error_label.clear()
        login = self.ui.user_edit.text().strip()
        if not self.ui.passphrase_edit.text() and self.allow_remembered and login:
            self.vault = self._access.unlock_remembered(login)
            if self.vault is not None:
                self.accept()
                return
        try:
            self.vault = self._access.unlock(self.ui.user_edit.text().strip(),
                                             self.ui.passphrase_edit.text(),
                                             self.ui.remember_check.isChecked())
        except CasusoverlegError as exc:
            self.ui.error_label.setText(exc.message)
            self.ui.passphrase_edit.selectAll()
            self.ui.passphrase_edit.setFocus()
            return
        self.ui.passphrase_edit.clear()
        self.accept()



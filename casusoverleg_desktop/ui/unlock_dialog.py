"""Open the vault: user, passphrase, and optionally remember the key on this device."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services.access import OpenVault, VaultAccess

from casusoverleg_desktop.ui.forms.ui_unlock_dialog import Ui_UnlockDialog


class UnlockDialog(QDialog):
    def __init__(self, access: VaultAccess, login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self._access = access
        self.vault: OpenVault | None = None
        self.ui.vault_label.setText(self.tr("Kluis: %1").replace("%1", str(access.root)))
        self.ui.keyring_label.setText(access.keyring_statement())
        self.ui.remember_check.setEnabled(access.keyring_available)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Openen"))
        self.ui.button_box.accepted.connect(self._try_unlock)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.user_edit.setText(login)
        (self.ui.passphrase_edit if login else self.ui.user_edit).setFocus()

    def _try_unlock(self) -> None:
        self.ui.error_label.clear()
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

"""Composition root of the GUI: the only module that knows every layer."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services.access import OpenVault, VaultAccess, context_for
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.secret_store import probe_keyring

from casusoverleg_desktop.ui.i18n import install_translators
from casusoverleg_desktop.ui.main_window import MainWindow
from casusoverleg_desktop.ui.navigation import PageSpec
from casusoverleg_desktop.ui.theme import apply_theme
from casusoverleg_desktop.ui.unlock_dialog import UnlockDialog

# The areas of the main window, in the order of the navigation list.
PAGES: list[PageSpec] = []


def create_application(argv: list[str] | None = None) -> QApplication:
    if QApplication.instance() is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Casusoverleg")
    app.setOrganizationName("casusoverleg")
    install_translators(app)
    apply_theme(app)
    return app


class GuiSession:
    """Unlock → main window → lock → unlock again, for one vault."""

    def __init__(self, access: VaultAccess, login: str | None) -> None:
        self.access = access
        self.login = login or ""
        self.vault: OpenVault | None = None
        self.window: MainWindow | None = None

    def ask_unlock(self) -> bool:
        vault = self.access.unlock_remembered(self.login)
        if vault is None:
            dialog = UnlockDialog(self.access, self.login)
            if dialog.exec() != UnlockDialog.DialogCode.Accepted:
                return False
            vault = dialog.vault
        self.show(vault)
        return True

    def show(self, vault: OpenVault) -> None:
        self.vault = vault
        self.login = vault.user.login
        self.window = MainWindow(vault, context_for(vault), PAGES)
        self.window.lock_requested.connect(self.lock)
        self.window.show()

    def lock(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        if not self.ask_unlock():
            QApplication.quit()


def run_gui(root: Path, login: str | None, passphrase: str | None) -> int:
    app = create_application()
    settings = Settings()
    store, _ = probe_keyring()
    access = VaultAccess(root, settings, store)
    session = GuiSession(access, login)
    try:
        if passphrase is not None:
            session.show(access.unlock(login or "", passphrase))
        elif not session.ask_unlock():
            return 0
    except CasusoverlegError as exc:
        QMessageBox.critical(None, "Casusoverleg", exc.message)
        return exc.exit_code
    code = app.exec()
    if session.vault is not None:
        session.vault.close()
    return code

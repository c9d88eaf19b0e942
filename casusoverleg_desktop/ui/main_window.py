"""The main window (a first frame: the areas of the app follow in later work)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from casusoverleg_desktop.ui.forms.ui_main_window import Ui_MainWindow
from casusoverleg_desktop.vault.vault import OpenVault


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        user = vault.user
        self.ui.user_label.setText(f"{user.display_name} · {user.role.label}")
        self.ui.welcome_label.setText(self.tr("De kluis is geopend."))
        self.ui.status_bar.showMessage(self.tr("Kluis: %1").replace("%1", str(vault.paths.root)))
        self.ui.lock_button.clicked.connect(self.lock_requested)

"""The main window: a header (search, user, lock), the list of areas, and the pages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QPushButton, QWidget

from casusoverleg_desktop.services.access import OpenVault
from casusoverleg_desktop.services.context import ServiceContext

from casusoverleg_desktop.ui.dialogs.search_dialog import SearchDialog
from casusoverleg_desktop.ui.forms.ui_main_window import Ui_MainWindow
from casusoverleg_desktop.ui.navigation import PageSpec

if TYPE_CHECKING:
    from casusoverleg_desktop.ui.dialogs.verify_dialog import VerifyDialog

# The frame of the window: a quiet header and a navigation list with room around each entry.
WINDOW_STYLE = """
QFrame#header_frame { background: #ffffff; border-bottom: 1px solid #d9dee5; }
QListWidget#nav_list { background: #f5f7fa; border: none; border-right: 1px solid #d9dee5;
    padding-top: 10px; font-size: 11pt; outline: 0; }
QListWidget#nav_list::item { padding: 9px 18px; color: #1f2933; border-left: 3px solid transparent; }
QListWidget#nav_list::item:hover { background: #eaeef3; }
QListWidget#nav_list::item:selected { background: #dde6f0; color: #1f3a5f; border-left: 3px solid #1f3a5f; }
QListWidget#nav_list:focus { border-right: 1px solid #1f3a5f; }
QStatusBar { color: #5b6573; }
"""


class MainWindow(QMainWindow):
    """Also the ``Navigator`` of its pages.

    ``lock_requested`` asks the session to lock (button, Ctrl+L); ``closed_by_user`` tells it the
    user closed the window (after ``save_pending``), so the application can end.
    """

    lock_requested = Signal()
    closed_by_user = Signal()

    def __init__(self, vault: OpenVault, ctx: ServiceContext, pages: Sequence[PageSpec],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setStyleSheet(WINDOW_STYLE)
        self.ctx = ctx
        self.closing_for_lock = False
        self.search_dialog: SearchDialog | None = None
        self.verify_dialog: VerifyDialog | None = None
        user = vault.user
        self.user = user  # pages ask for the role (e.g. who signs the minutes)
        self.ui.user_label.setText(f"{user.display_name} · {user.role.label}")
        self.ui.status_bar.showMessage(self.tr("Kluis: %1").replace("%1", str(vault.paths.root)))
        self._specs = list(pages)
        self._pages: dict[str, QWidget] = {}
        for spec in self._specs:
            QListWidgetItem(spec.title, self.ui.nav_list)
        self.ui.nav_list.currentRowChanged.connect(self._show_row)
        self.ui.lock_button.clicked.connect(self.lock_requested)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock_requested.emit)
        QShortcut(QKeySequence("Ctrl+K"), self, activated=self.open_search)
        self.verify_button = QPushButton(self.tr("Handtekeningen controleren…"), self.ui.header_frame)
        self.verify_button.setObjectName("verify_button")
        self.verify_button.setAccessibleName(self.tr("Handtekeningen controleren"))
        self.verify_button.setToolTip(self.tr("Controleer de handtekeningen in een PDF (Ctrl+Shift+V)"))
        self.verify_button.clicked.connect(self.open_verify)
        header = self.ui.header_layout
        header.insertWidget(header.indexOf(self.ui.user_label), self.verify_button)
        QShortcut(QKeySequence("Ctrl+Shift+V"), self, activated=self.open_verify)
        self.ui.search_edit.returnPressed.connect(self.open_search)
        if self._specs:
            self.ui.nav_list.setCurrentRow(0)

    # -- pages -------------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page for ``key``, made on first use."""
        if key not in self._pages:
            spec = next(s for s in self._specs if s.key == key)
            widget = spec.factory(self.ctx, self)
            self._pages[key] = widget
            self.ui.page_stack.addWidget(widget)
        return self._pages[key]

    def show_page(self, key: str) -> None:
        row = next(i for i, s in enumerate(self._specs) if s.key == key)
        if self.ui.nav_list.currentRow() != row:
            self.ui.nav_list.setCurrentRow(row)
        else:
            self._show_row(row)

    def current_page_key(self) -> str | None:
        row = self.ui.nav_list.currentRow()
        return self._specs[row].key if 0 <= row < len(self._specs) else None

    def save_pending(self) -> None:
        """Ask every page made so far to save what the user typed but did not save yet."""
        for widget in self._pages.values():
            save = getattr(widget, "save_pending", None)
            if save is not None:
                save()

    # -- Navigator: each "open" shows the page that owns the thing and asks it to open it --------
    def open_case(self, case_id: int) -> None:
        self._open_on("casussen", "open_case", case_id)

    def open_meeting(self, meeting_id: int) -> None:
        self._open_on("overleggen", "open_meeting", meeting_id)

    def open_meeting_mode(self, meeting_id: int) -> None:
        self._open_on("overleggen", "open_meeting_mode", meeting_id)

    def open_action(self, action_id: int) -> None:
        self._open_on("actiepunten", "open_action", action_id)

    def open_partner(self, partner_id: int) -> None:
        self._open_on("ketenpartners", "open_partner", partner_id)

    def _open_on(self, key: str, method: str, item_id: int) -> None:
        if not any(s.key == key for s in self._specs):
            self.ui.status_bar.showMessage(self.tr("Dit onderdeel is nog niet beschikbaar."), 5000)
            return
        self.show_page(key)
        getattr(self.page(key), method)(item_id)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        widget = self.page(self._specs[row].key)
        self.ui.page_stack.setCurrentWidget(widget)
        refresh = getattr(widget, "refresh", None)
        if refresh is not None:
            refresh()

    def lock_now(self) -> None:
        """Lock at once (for windows of their own, e.g. meeting mode, that offer Ctrl+L too)."""
        self.lock_requested.emit()

    # -- search and closing -----------------------------------------------------------------------
    def open_search(self) -> SearchDialog:
        """The search popup (Ctrl+K), starting from what is typed in the header field."""
        if self.search_dialog is not None:
            self.search_dialog.close()
            self.search_dialog.deleteLater()
        query = self.ui.search_edit.text()
        self.ui.search_edit.clear()
        self.search_dialog = SearchDialog(self.ctx, self, self, initial_query=query)
        self.search_dialog.open()
        return self.search_dialog

    def open_verify(self) -> VerifyDialog:
        from casusoverleg_desktop.ui.dialogs.verify_dialog import VerifyDialog  # pyHanko: slow import

        """Handtekeningen controleren (Ctrl+Shift+V): open a signed PDF and see the verdict."""
        if self.verify_dialog is None:
            self.verify_dialog = VerifyDialog(self.ctx, self)
        self.verify_dialog.show()
        self.verify_dialog.raise_()
        self.verify_dialog.activateWindow()
        return self.verify_dialog

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.closing_for_lock:
            self.save_pending()
            self.closed_by_user.emit()
        super().closeEvent(event)

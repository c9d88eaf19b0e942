"""The main window: a header (search, user, help, lock), the list of areas, and the pages.

Its keys come from ``ui/shortcuts.py`` (``MAIN_WINDOW``): F1 shows every screen's shortcuts,
Ctrl+F goes to the filter of the page on screen wherever the keyboard is.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QMenu, QPushButton, QWidget

from casusoverleg_desktop.domain.accounts import User
from casusoverleg_desktop.services.context import ServiceContext

from casusoverleg_desktop.ui.dialogs.about_dialog import AboutDialog
from casusoverleg_desktop.ui.dialogs.help_dialog import HelpDialog
from casusoverleg_desktop.ui.dialogs.search_dialog import SearchDialog
from casusoverleg_desktop.ui.forms.ui_main_window import Ui_MainWindow
from casusoverleg_desktop.ui.navigation import PageSpec
from casusoverleg_desktop.ui.pages.actions_page import ActionsPage
from casusoverleg_desktop.ui.pages.base import Page
from casusoverleg_desktop.ui.pages.cases_page import CasesPage
from casusoverleg_desktop.ui.pages.meetings_page import MeetingsPage
from casusoverleg_desktop.ui.pages.partners_page import PartnersPage
from casusoverleg_desktop.ui.pages.requests_page import RequestsPage
from casusoverleg_desktop.ui.shortcuts import MAIN_WINDOW

if TYPE_CHECKING:
    from casusoverleg_desktop.ui.dialogs.package_dialogs import IncomingPackageDialog
    from casusoverleg_desktop.ui.dialogs.pairing_dialog import PairingDialog
    from casusoverleg_desktop.ui.dialogs.verify_dialog import VerifyDialog

P = TypeVar("P", bound=Page)


class MainWindow(QMainWindow):
    """Also the ``Navigator`` of its pages.

    ``lock_requested`` asks the session to lock (button, Ctrl+L); ``closed_by_user`` tells it the
    user closed the window (after ``save_pending``), so the application can end.
    """

    lock_requested = Signal()
    closed_by_user = Signal()

    def __init__(self, user: User, vault_root: Path, ctx: ServiceContext, pages: Sequence[PageSpec],
                 parent: QWidget | None = None, *, vault_id: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.closing_for_lock = False
        self.search_dialog: SearchDialog | None = None
        self.verify_dialog: VerifyDialog | None = None
        self.help_dialog: HelpDialog | None = None
        self.vault_root = vault_root
        self.vault_id = vault_id  # packages name the vault they are for (Uitwisselen, Pakket maken…)
        self.user = user  # pages ask for the role (e.g. who signs the minutes)
        self.ui.user_label.setText(f"{user.display_name} · {user.role.label}")
        self.ui.status_bar.showMessage(self.tr("Kluis: %1").replace("%1", str(vault_root)))
        self._specs = list(pages)
        self._pages: dict[str, QWidget] = {}
        for spec in self._specs:
            QListWidgetItem(spec.title, self.ui.nav_list)
        self.ui.nav_list.currentRowChanged.connect(self._show_row)
        self.ui.lock_button.clicked.connect(self.lock_requested)
        MAIN_WINDOW.bind("lock", self, self.lock_requested.emit)
        MAIN_WINDOW.bind("search", self, self.open_search)
        MAIN_WINDOW.bind("filter", self, self.focus_filter)
        MAIN_WINDOW.bind("help", self, self.open_help)
        help_menu = QMenu(self.tr("Help"), self.ui.help_button)
        help_menu.setObjectName("help_menu")
        self.help_action = help_menu.addAction(f"{self.tr('Sneltoetsen…')}\t{MAIN_WINDOW['help'].key_text()}",
                                               self.open_help)
        self.about_action = help_menu.addAction(self.tr("Over Casusoverleg Desktop…"), self.open_about)
        self.ui.help_button.setMenu(help_menu)
        self.verify_button = QPushButton(self.tr("Handtekeningen controleren…"), self.ui.header_frame)
        self.verify_button.setObjectName("verify_button")
        self.verify_button.setAccessibleName(self.tr("Handtekeningen controleren"))
        self.verify_button.setToolTip(self.tr("Controleer de handtekeningen in een PDF (Ctrl+Shift+V)"))
        self.verify_button.clicked.connect(self.open_verify)
        header = self.ui.header_layout
        header.insertWidget(header.indexOf(self.ui.user_label), self.verify_button)
        MAIN_WINDOW.bind("verify", self, self.open_verify)
        self.exchange_button = QPushButton(self.tr("Uitwisselen"), self.ui.header_frame)
        self.exchange_button.setObjectName("exchange_button")
        self.exchange_button.setAccessibleName(self.tr("Uitwisselen met een andere laptop"))
        self.exchange_button.setToolTip(self.tr("Koppelen met een andere laptop en pakketten van die laptop "
                                                "inlezen (een pakket maken: bij het overleg)"))
        exchange_menu = QMenu(self.tr("Uitwisselen"), self.exchange_button)
        exchange_menu.setObjectName("exchange_menu")
        self.pairing_action = exchange_menu.addAction(self.tr("Koppelen…"), self.open_pairing)
        self.incoming_action = exchange_menu.addAction(self.tr("Pakket inlezen…"), self.open_incoming_package)
        self.exchange_button.setMenu(exchange_menu)
        header.insertWidget(header.indexOf(self.ui.user_label), self.exchange_button)
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
            if isinstance(widget, Page):
                widget.save_pending()

    # -- Navigator: each "open" shows the page that owns the thing and asks it to open it --------
    def open_case(self, case_id: int) -> None:
        if (page := self._shown_page("casussen", CasesPage)) is not None:
            page.open_case(case_id)

    def open_meeting(self, meeting_id: int) -> None:
        if (page := self._shown_page("overleggen", MeetingsPage)) is not None:
            page.open_meeting(meeting_id)

    def open_meeting_mode(self, meeting_id: int) -> None:
        if (page := self._shown_page("overleggen", MeetingsPage)) is not None:
            page.open_meeting_mode(meeting_id)

    def open_action(self, action_id: int) -> None:
        if (page := self._shown_page("actiepunten", ActionsPage)) is not None:
            page.open_action(action_id)

    def open_partner(self, partner_id: int) -> None:
        if (page := self._shown_page("ketenpartners", PartnersPage)) is not None:
            page.open_partner(partner_id)

    def open_request(self, request_id: int) -> None:
        if (page := self._shown_page("verzoeken", RequestsPage)) is not None:
            page.open_request(request_id)

    def _shown_page(self, key: str, kind: type[P]) -> P | None:
        """Show page ``key`` and return it when it is a ``kind``; say so when it is not there."""
        page = self.page(key) if any(s.key == key for s in self._specs) else None
        if not isinstance(page, kind):
            self.ui.status_bar.showMessage(self.tr("Dit onderdeel is nog niet beschikbaar."), 5000)
            return None
        self.show_page(key)
        return page

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        widget = self.page(self._specs[row].key)
        self.ui.page_stack.setCurrentWidget(widget)
        if isinstance(widget, Page):
            widget.refresh()

    def lock_now(self) -> None:
        """Lock at once (for windows of their own, e.g. meeting mode, that offer Ctrl+L too)."""
        self.lock_requested.emit()

    def current_page(self) -> QWidget | None:
        key = self.current_page_key()
        return self._pages.get(key) if key is not None else None

    def focus_filter(self) -> None:
        """Ctrl+F: the filter of the page on screen; on a page without one, the search field."""
        page = self.current_page()
        if not (isinstance(page, Page) and page.focus_filter()):
            self.ui.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.ui.search_edit.selectAll()

    # -- help --------------------------------------------------------------------------------------
    def open_help(self) -> HelpDialog:
        """F1: the shortcuts of every screen, the page on screen first."""
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.show_screen(self.current_page_key())
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()
        return self.help_dialog

    def open_about(self) -> AboutDialog:
        dialog = AboutDialog(self.vault_root, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

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
        """Handtekeningen controleren (Ctrl+Shift+V): open a signed PDF and see the verdict."""
        from casusoverleg_desktop.ui.dialogs.verify_dialog import VerifyDialog  # pyHanko: slow import

        if self.verify_dialog is None:
            self.verify_dialog = VerifyDialog(self.ctx, self)
        self.verify_dialog.show()
        self.verify_dialog.raise_()
        self.verify_dialog.activateWindow()
        return self.verify_dialog

    # -- exchange with another laptop ----------------------------------------------------------------
    def open_pairing(self) -> PairingDialog:
        """Uitwisselen › Koppelen…: this laptop's card, the other's card, the paired laptops."""
        from casusoverleg_desktop.ui.dialogs.pairing_dialog import PairingDialog  # pyHanko: slow import

        dialog = PairingDialog(self.ctx, self.vault_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_incoming_package(self) -> IncomingPackageDialog:
        """Uitwisselen › Pakket inlezen…: what a package brings, then read it in."""
        from casusoverleg_desktop.ui.dialogs.package_dialogs import IncomingPackageDialog

        dialog = IncomingPackageDialog(self.ctx, self.vault_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._package_imported)
        dialog.open()
        return dialog

    def _package_imported(self) -> None:
        """A package read in: the page on screen shows the vault as it is now."""
        page = self.current_page()
        if isinstance(page, Page):
            page.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt API
        if not self.closing_for_lock:
            self.save_pending()
            self.closed_by_user.emit()
        super().closeEvent(event)

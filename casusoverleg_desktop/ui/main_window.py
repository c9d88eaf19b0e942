"""The main window: a header (search, user, lock), the list of areas, and the pages."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QWidget

from casusoverleg_desktop.services.access import OpenVault
from casusoverleg_desktop.services.context import ServiceContext

from casusoverleg_desktop.ui.forms.ui_main_window import Ui_MainWindow
from casusoverleg_desktop.ui.navigation import PageSpec


class MainWindow(QMainWindow):
    lock_requested = Signal()
    search_requested = Signal(str)

    def __init__(self, vault: OpenVault, ctx: ServiceContext, pages: Sequence[PageSpec],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ctx = ctx
        user = vault.user
        self.ui.user_label.setText(f"{user.display_name} · {user.role.label}")
        self.ui.status_bar.showMessage(self.tr("Kluis: %1").replace("%1", str(vault.paths.root)))
        self._specs = list(pages)
        self._pages: dict[str, QWidget] = {}
        for spec in self._specs:
            QListWidgetItem(spec.title, self.ui.nav_list)
        self.ui.nav_list.currentRowChanged.connect(self._show_row)
        self.ui.lock_button.clicked.connect(self.lock_requested)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock_requested.emit)
        QShortcut(QKeySequence("Ctrl+K"), self, activated=self._focus_search)
        self.ui.search_edit.returnPressed.connect(
            lambda: self.search_requested.emit(self.ui.search_edit.text()))
        if self._specs:
            self.ui.nav_list.setCurrentRow(0)

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

    def _focus_search(self) -> None:
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

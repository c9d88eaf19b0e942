"""Help (F1): the keyboard shortcuts of every screen, from the one table in ``ui/shortcuts.py``."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casusoverleg_desktop.ui.shortcuts import PAGES, SCREENS, Screen, tr


class HelpDialog(QDialog):
    """One section per screen (``SCREENS``); the screen it was asked from is chosen and in view."""

    def __init__(self, parent: QWidget | None = None, current: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HelpDialog")
        self.setWindowTitle(self.tr("Sneltoetsen — Casusoverleg"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("De sneltoetsen per scherm. Een toets bij een veld of lijst werkt als dat "
                               "veld of die lijst de toetsen heeft."))
        intro.setObjectName("intro_label")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcuts_tree")
        self.tree.setAccessibleName(self.tr("Sneltoetsen per scherm"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Toets"), self.tr("Wat het doet")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.sections: dict[str, QTreeWidgetItem] = {}
        for screen in SCREENS:
            self.sections[screen.key] = self._section(screen)
        self.tree.expandAll()
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(780, 640)  # less on a small screen (widgets.screen_fit)
        self.show_screen(current)

    def _section(self, screen: Screen) -> QTreeWidgetItem:
        section = QTreeWidgetItem(self.tree, [tr(screen.title)])
        section.setFirstColumnSpanned(True)
        font = QFont(section.font(0))
        font.setBold(True)
        section.setFont(0, font)
        for row in screen.rows.values():
            item = QTreeWidgetItem(section, [row.key_text(), tr(row.text)])
            item.setToolTip(1, tr(row.text))
        return section

    def show_screen(self, key: str | None) -> None:
        """Choose the section of screen ``key`` (a ``Screen.key``). A page of the main window is
        shown below the main window's own keys, which hold on every page; another window's section
        goes to the top."""
        section = self.sections.get(key or "")
        if section is None:
            return
        self.tree.setCurrentItem(section)
        if self.tree.indexOfTopLevelItem(section) <= self.tree.indexOfTopLevelItem(self._last_page()):
            self.tree.scrollToTop()
            self.tree.scrollToItem(section, QAbstractItemView.ScrollHint.EnsureVisible)
        else:
            self.tree.scrollToItem(section, QAbstractItemView.ScrollHint.PositionAtTop)

    def _last_page(self) -> QTreeWidgetItem:
        return self.sections[PAGES[-1].key]

    def rows(self, key: str) -> list[tuple[str, str]]:
        """(keys, what) of the section of screen ``key``, as shown."""
        section = self.sections[key]
        items = [section.child(i) for i in range(section.childCount())]
        return [(item.text(0), item.text(1)) for item in items if item is not None]


__all__ = ["HelpDialog"]

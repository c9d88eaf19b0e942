"""One list of the balance sheet's details — measures, dissent, formal assessments, open questions.

Each is the same thing: the rows as text, a small form to add one, and a button that removes the
chosen row. The parts are laid out in Designer (``forms/balance_sheet.ui``) on a tab page promoted to
``ListEditor``; ``attach`` tells the editor which widget is which. The sheet stores and removes
through the services when the editor asks:

    editor.attach(ui.questions_list, ui.add_question_button, ui.remove_question_button,
                  submit_with=(ui.question_edit,), checkable=True)
    editor.add_requested.connect(add_question)           # Add, or Enter in a submit_with field
    editor.remove_requested.connect(remove_question)     # the chosen row's id
    editor.check_changed.connect(set_resolved)           # id, checked (checkable lists)
    editor.set_rows([ListRow(q.id, q.text, q.resolved) for q in questions])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QPushButton, QWidget

ID = Qt.ItemDataRole.UserRole
"""Where a row's id is kept on its ``QListWidgetItem``."""


@dataclass(frozen=True)
class ListRow:
    id: int
    text: str
    checked: bool | None = None  # None: the row has no check box


class ListEditor(QWidget):
    add_requested = Signal()
    remove_requested = Signal(int)
    check_changed = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list: QListWidget | None = None

    def attach(self, rows: QListWidget, add_button: QPushButton, remove_button: QPushButton, *,
               submit_with: Sequence[QLineEdit] = (), checkable: bool = False) -> None:
        """Use ``rows`` for the list and the two buttons; Enter in a ``submit_with`` field adds too."""
        self.list = rows
        rows.setWordWrap(True)
        rows.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        add_button.clicked.connect(self.add_requested)
        for field in submit_with:
            field.returnPressed.connect(self.add_requested)
        remove_button.clicked.connect(self._remove_current)
        if checkable:
            rows.itemChanged.connect(self._item_changed)

    def set_rows(self, rows: Sequence[ListRow]) -> None:
        """Show ``rows``, each with its whole text as tooltip; filling reports no check changes."""
        assert self.list is not None, "attach the list first"
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for row in rows:
                item = QListWidgetItem(row.text)
                item.setData(ID, row.id)
                item.setToolTip(row.text)
                if row.checked is not None:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked)
                self.list.addItem(item)
        finally:
            self.list.blockSignals(False)

    def current_id(self) -> int | None:
        item = self.list.currentItem() if self.list is not None else None
        return item.data(ID) if item is not None else None

    def _remove_current(self) -> None:
        row_id = self.current_id()
        if row_id is not None:
            self.remove_requested.emit(row_id)

    def _item_changed(self, item: QListWidgetItem) -> None:
        self.check_changed.emit(item.data(ID), item.checkState() == Qt.CheckState.Checked)


__all__ = ["ListEditor", "ListRow"]

"""Search hits as a table: case code, where the hit lies, and the snippet with the hit in bold."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from casusoverleg_desktop.services.search import SearchResult

Index = QModelIndex | QPersistentModelIndex

COL_CASE, COL_WHERE, COL_SNIPPET = range(3)
COLUMN_COUNT = 3

# Custom roles:
#   RESULT_ROLE — the ``SearchResult`` of the row (any column).
#   HTML_ROLE   — rich text of the snippet, hit words in <b>…</b>, the rest escaped (snippet column).
RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2


def snippet_html(result: SearchResult) -> str:
    return "".join(f"<b>{html.escape(p.text)}</b>" if p.is_hit else html.escape(p.text)
                   for p in result.snippet_parts)


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001 - QObject
        super().__init__(parent)
        self._rows: list[SearchResult] = []

    def set_results(self, results: Sequence[SearchResult]) -> None:
        self.beginResetModel()
        self._rows = list(results)
        self.endResetModel()

    def result(self, row: int) -> SearchResult:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = (self.tr("Casus"), self.tr("Waar"), self.tr("Fragment"))
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        result = self._rows[index.row()]
        column = index.column()
        if role == RESULT_ROLE:
            return result
        if role == HTML_ROLE and column == COL_SNIPPET:
            return snippet_html(result)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_CASE:
                return result.case_code or self.tr("(geen casus)")
            if column == COL_WHERE:
                return result.where
            if column == COL_SNIPPET:
                return result.marked("", "")
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SNIPPET:
            return result.marked("", "")
        return None

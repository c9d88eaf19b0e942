"""A table model over a list of frozen service records, one row per record.

Each concrete model declares its columns (header and how to show a record in them) as class data.
Custom roles, the same in every model built on this one:

- ``RECORD_ROLE``: the record (a frozen dataclass from a service) of the row.
- ``ID_ROLE``: the record's ``id``.
- ``BADGES_ROLE``: a tuple of ``markers.Badge`` for the cell (painted by ``BadgeDelegate``).
- ``SORT_ROLE``: a value that sorts right (ISO dates instead of Dutch date text).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

R = TypeVar("R")

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
BADGES_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4

HEADER_CONTEXT = "Tabellen"

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    """A Dutch cell or header text, translatable in context "Tabellen"."""
    return QCoreApplication.translate(HEADER_CONTEXT, text)


def dutch_date(day: dt.date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


def sort_key(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value if value is not None else ""


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    badges: Callable[[R], tuple] | None = None
    tooltip: Callable[[R], str | None] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of records; subclasses set ``columns`` and may override ``extra_data``."""

    columns: Sequence[Column] = ()

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[R] = []

    # -- data in ------------------------------------------------------------------------------
    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def records(self) -> list[R]:
        return list(self._rows)

    def record(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, record_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == record_id), None)

    # -- Qt -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return tr(self.columns[section].header)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == RECORD_ROLE:
            return record
        if role == ID_ROLE:
            return getattr(record, "id", None)
        if role == BADGES_ROLE:
            return column.badges(record) if column.badges else None
        if role == SORT_ROLE:
            return sort_key(column.sort(record) if column.sort else column.text(record))
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        return self.extra_data(record, index.column(), role)

    def extra_data(self, record: R, column: int, role: int) -> Any:
        """Fonts, colours and the like for a subclass; ``None`` when there is nothing to add."""
        return None

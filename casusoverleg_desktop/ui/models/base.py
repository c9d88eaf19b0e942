"""The base of every table model in the application, and the custom roles they answer.

A model holds a list of rows, each a plain frozen dataclass (a service record or a row made for the
screen), and declares its columns as data: a header and how a row shows in that column. Reloading
resets the model (``set_rows``); one changed row sends a targeted ``dataChanged`` (``replace_row``).
Subclasses add fonts and colours in ``extra_data``; models whose cells need more than the row (the
agenda's planned start, attendance per partner) override ``cell_data``.

Custom roles — one number each, the same in every model. A model answers the roles that make sense
for it and ``None`` otherwise:

==============  ============  ====================================================================
Role            Value         ``index.data(role)`` returns
==============  ============  ====================================================================
``ROW_ROLE``    UserRole + 1  the row's dataclass (any column)
``ID_ROLE``     UserRole + 2  the row's ``id`` (any column); ``row_id`` says which id
``SORT_ROLE``   UserRole + 3  a value that sorts right: ISO dates, not Dutch date text
``BADGES_ROLE`` UserRole + 4  ``tuple[markers.Badge, ...]`` for the cell (``BadgeDelegate`` paints them)
``VALUE_ROLE``  UserRole + 5  the raw value behind the cell: an enum member, a date, minutes
``TARGET_ROLE`` UserRole + 6  the ``overview_models.Target`` a row of the Overzicht opens
``HTML_ROLE``   UserRole + 7  rich text of the cell (a search hit with the found words in bold)
==============  ============  ====================================================================
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
BADGES_ROLE = Qt.ItemDataRole.UserRole + 4
VALUE_ROLE = Qt.ItemDataRole.UserRole + 5
TARGET_ROLE = Qt.ItemDataRole.UserRole + 6
HTML_ROLE = Qt.ItemDataRole.UserRole + 7

DISPLAY = Qt.ItemDataRole.DisplayRole
HEADER_CONTEXT = "Tabellen"

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


def tr(text: str, context: str = HEADER_CONTEXT) -> str:
    """A Dutch cell or header text, translatable (context "Tabellen" unless given)."""
    return QCoreApplication.translate(context, text)


def dutch_date(day: dt.date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


def sort_key(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value if value is not None else ""


@dataclass(frozen=True)
class Column(Generic[R]):
    """A column: its header (Dutch, translated in the model's ``tr_context``) and how a row shows.

    ``text`` is the display text; ``sort`` a value for ``SORT_ROLE`` (default: the text); ``badges``
    the cell's badges; ``tooltip`` its tooltip; ``value`` the raw value for ``VALUE_ROLE``.
    """

    header: str
    text: Callable[[R], str] | None = None
    sort: Callable[[R], Any] | None = None
    badges: Callable[[R], tuple] | None = None
    tooltip: Callable[[R], str | None] | None = None
    value: Callable[[R], Any] | None = None


class TableModel(QAbstractTableModel, Generic[R]):
    """Rows of dataclasses under declared ``columns``.

    Class attributes: ``columns`` (or override ``make_columns`` when they need the instance),
    ``tr_context`` for the headers, and ``accessible_text`` to answer ``AccessibleTextRole`` with
    the display text.
    """

    columns: Sequence[Column] = ()
    tr_context: str = HEADER_CONTEXT
    accessible_text: bool = False

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self.columns = self.make_columns()

    def make_columns(self) -> Sequence[Column]:
        return type(self).columns

    # -- rows in and out ------------------------------------------------------------------------
    @contextmanager
    def resetting(self) -> Iterator[None]:
        """Change the rows (and whatever else the cells show) inside one model reset."""
        self.beginResetModel()
        try:
            yield
        finally:
            self.endResetModel()

    def set_rows(self, rows: Sequence[R]) -> None:
        with self.resetting():
            self._rows = list(rows)

    def rows(self) -> list[R]:
        return list(self._rows)

    def row(self, number: int) -> R:
        return self._rows[number]

    def row_id(self, row: R) -> Any:
        """What ``ID_ROLE`` returns for ``row``: its ``id``."""
        return getattr(row, "id", None)

    def row_of(self, row_id: Any) -> int | None:
        """The number of the row whose ``row_id`` is ``row_id``, or None."""
        return next((i for i, row in enumerate(self._rows) if self.row_id(row) == row_id), None)

    def append(self, row: R) -> None:
        end = len(self._rows)
        self.beginInsertRows(QModelIndex(), end, end)
        self._rows.append(row)
        self.endInsertRows()

    def replace_row(self, number: int, row: R) -> None:
        self._rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))

    # -- Qt -------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.columns):
            return tr(self.columns[section].header, self.tr_context)
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.columns):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return self.row_id(row)
        return self.cell_data(row, index, role)

    def cell_data(self, row: R, index: Index, role: int) -> Any:
        """Display, tooltip, badges, sort and raw value from the column; the rest from ``extra_data``."""
        column = self.columns[index.column()]
        if role == DISPLAY or (role == Qt.ItemDataRole.AccessibleTextRole and self.accessible_text):
            return column.text(row) if column.text else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == BADGES_ROLE:
            return column.badges(row) if column.badges else None
        if role == SORT_ROLE:
            return sort_key(column.sort(row) if column.sort else column.text(row) if column.text else None)
        if role == VALUE_ROLE and column.value is not None:
            return column.value(row)
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: R, column: int, role: int) -> Any:
        """Fonts, colours and the like for a subclass; ``None`` when there is nothing to add."""
        return None


__all__ = ["BADGES_ROLE", "DISPLAY", "HTML_ROLE", "ID_ROLE", "ROW_ROLE", "SORT_ROLE", "TARGET_ROLE",
           "VALUE_ROLE", "Column", "Index", "TableModel", "dutch_date", "sort_key", "tr"]

"""Qt models of the balance sheet: the entries of one column, and the scale question."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services.balance import EntryInfo

from casusoverleg_desktop.ui.labels import label

Index = QModelIndex | QPersistentModelIndex

# Entries of one side. Custom roles:
#   ENTRY_ROLE — the ``EntryInfo`` of the row (any column).
COL_TEXT, COL_TYPE, COL_WEIGHT, COL_DOMAIN, COL_SOURCE = range(5)
ENTRY_COLUMNS = 5
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class EntryTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001 - QObject
        super().__init__(parent)
        self._rows: list[EntryInfo] = []

    def set_entries(self, entries: Sequence[EntryInfo]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> EntryInfo:
        return self._rows[row]

    def entries(self) -> tuple[EntryInfo, ...]:
        return tuple(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else ENTRY_COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = (self.tr("Tekst"), self.tr("Soort"), self.tr("Gewicht"), self.tr("Domein"),
                       self.tr("Bron"))
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.text
        return None

    def _text(self, entry: EntryInfo, column: int) -> str | None:
        if column == COL_TEXT:
            return entry.text
        if column == COL_TYPE:
            return label(entry.statement_type)
        if column == COL_WEIGHT:
            return label(entry.weight) if entry.weight else ""
        if column == COL_DOMAIN:
            return label(entry.domain) if entry.domain else ""
        if column == COL_SOURCE:
            return " · ".join(part for part in (entry.source_partner, entry.source_label) if part)
        return None


# The scale question: one row per partner. Custom roles:
#   PARTNER_ROLE — the partner id of the row (any column).
COL_PARTNER, COL_PREVIOUS, COL_SCORE = range(3)
RATING_COLUMNS = 3
PARTNER_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class RatingRow:
    partner_id: int
    partner: str
    previous: int | None
    score: int | None


class RatingTableModel(QAbstractTableModel):
    """Partners' ratings; the score column is editable and ``save`` stores it.

    When ``save`` refuses (a ``CasusoverlegError``), the value is not taken and ``refused`` carries
    the Dutch message.
    """

    refused = Signal(str)

    def __init__(self, save: Callable[[int, int | None], None] | None = None, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[RatingRow] = []
        self._save = save

    def set_rows(self, rows: Sequence[RatingRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> tuple[RatingRow, ...]:
        return tuple(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else RATING_COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = (self.tr("Partner"), self.tr("Vorige keer"), self.tr("Nu (0–10)"))
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == COL_SCORE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == PARTNER_ROLE:
            return row.partner_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_PARTNER:
                return row.partner
            value = row.previous if column == COL_PREVIOUS else row.score
            return "—" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole and column == COL_SCORE:
            return "" if row.score is None else str(row.score)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_PARTNER:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != COL_SCORE or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip() if value is not None else ""
        if text and not text.lstrip("-").isdigit():
            return False
        score = int(text) if text else None
        row = self._rows[index.row()]
        if self._save is not None:
            try:
                self._save(row.partner_id, score)
            except CasusoverlegError as refusal:
                self.refused.emit(refusal.message)
                return False
        self._rows[index.row()] = replace(row, score=score)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

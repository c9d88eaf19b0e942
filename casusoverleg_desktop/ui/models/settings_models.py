"""Table models of the Instellingen page: the users of the vault, and its automatic backups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from casusoverleg_desktop.services.access import Role

Index = QModelIndex | QPersistentModelIndex

# Custom role: ROW_ROLE — the user or ``BackupEntry`` behind the row (any column).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class VaultUser(Protocol):
    login: str
    display_name: str
    role: Role


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    made_at: dt.datetime | None
    size: int


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} kB"


class _Table(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001 - QObject
        super().__init__(parent)
        self._rows: list = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, row: object, column: int) -> str:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[object]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):  # noqa: ANN201
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        headers = self.headers()
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(headers)):
            return headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(row, index.column())
        if role == ROW_ROLE:
            return row
        return None


class UsersModel(_Table):
    COL_LOGIN, COL_NAME, COL_ROLE = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Gebruikersnaam"), self.tr("Naam"), self.tr("Rol"))

    def cell(self, row: VaultUser, column: int) -> str:  # type: ignore[override]
        if column == self.COL_LOGIN:
            return row.login
        if column == self.COL_NAME:
            return row.display_name
        return row.role.label


class BackupsModel(_Table):
    COL_MADE, COL_NAME, COL_SIZE = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Gemaakt"), self.tr("Bestand"), self.tr("Grootte"))

    def cell(self, row: BackupEntry, column: int) -> str:  # type: ignore[override]
        if column == self.COL_MADE:
            return f"{row.made_at.astimezone():%d-%m-%Y %H.%M}" if row.made_at else "—"
        if column == self.COL_NAME:
            return row.path.name
        return human_size(row.size)

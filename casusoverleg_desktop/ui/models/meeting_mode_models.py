"""Item models of meeting mode: contributions, decisions, and actions (new ones and for review)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from casusoverleg_desktop.services.actions import ActionInfo, ReviewInfo
from casusoverleg_desktop.services.contributions import ContributionInfo
from casusoverleg_desktop.services.decisions import DecisionInfo

from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.record_model import BADGES_ROLE
from casusoverleg_desktop.ui.widgets.markers import DIAGNOSIS_FLAG, category_badge, statement_badge

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The id of the row's contribution, decision, action (int) or review (int, ``ReviewModel``)."""
DISPLAY = Qt.ItemDataRole.DisplayRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingModeModels", text)


class _RowsModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list = []

    def load(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append(self, row) -> None:  # noqa: ANN001
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()

    def row(self, number: int):  # noqa: ANN201
        return self._rows[number]

    def rows(self) -> list:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if orientation is Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        return None


class ContributionsModel(_RowsModel):
    """The inbreng of one case item; type and category cells carry their badge (``BADGES_ROLE``)."""

    PHASE, PARTNER, TYPE, CATEGORY, TEXT = range(5)
    HEADERS = ("Fase", "Partner", "Soort", "Gegeven", "Inbreng")

    def __init__(self, partner_name: Callable[[int], str], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._partner_name = partner_name

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        c: ContributionInfo = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return c.id
        if role == BADGES_ROLE:
            if column == self.TYPE:
                return (statement_badge(c.statement_type),)
            badge = category_badge(c.data_category) if column == self.CATEGORY else None
            return (badge,) if badge is not None else ()
        if role == DISPLAY:
            if column == self.PHASE:
                return label(c.bob_phase)
            if column == self.PARTNER:
                return self._partner_name(c.partner_id)
            if column == self.TYPE:
                return label(c.statement_type)
            if column == self.CATEGORY:
                return "" if not c.data_category.is_marked else label(c.data_category)
            if column == self.TEXT:
                return f"{c.text}  [{DIAGNOSIS_FLAG.text}]" if c.diagnosis_flag else c.text
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return c.text
        return None


class DecisionsModel(_RowsModel):
    LABEL, TEXT = range(2)
    HEADERS = ("Nr.", "Besluit")

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        d: DecisionInfo = self._rows[index.row()]
        if role == ID_ROLE:
            return d.id
        if role == DISPLAY:
            return d.label if index.column() == self.LABEL else d.text
        return None


class ActionsModel(_RowsModel):
    """Actions: new ones of this item, or (``ReviewInfo`` rows) earlier ones up for review."""

    LABEL, DESCRIPTION, OWNER, WHEN, STATUS, POSTPONED = range(6)
    HEADERS = ("Nr.", "Actiepunt", "Wie", "Wanneer", "Status", "Uitgesteld")

    def __init__(self, owner_name: Callable[[ActionInfo], str], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._owner_name = owner_name

    @staticmethod
    def action_of(row: ActionInfo | ReviewInfo) -> ActionInfo:
        return row.action if isinstance(row, ReviewInfo) else row

    def replace(self, number: int, row: ActionInfo | ReviewInfo) -> None:
        self._rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        action = self.action_of(row)
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == DISPLAY:
            if column == self.LABEL:
                return action.label
            if column == self.DESCRIPTION:
                return action.description
            if column == self.OWNER:
                return self._owner_name(action)
            if column == self.WHEN:
                return action.timing.text
            if column == self.STATUS:
                if isinstance(row, ReviewInfo) and row.status_after is None:
                    return _tr("te bespreken")
                return label(action.status)
            if column == self.POSTPONED:
                return f"{action.postponement_count}×" if action.postponement_count else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DESCRIPTION:
            return action.description
        return None

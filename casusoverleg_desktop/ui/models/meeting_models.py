"""Item models of the Overleggen page: meetings, the agenda being built, and attendance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from casusoverleg_desktop.domain.enums import AgendaItemKind, Attendance
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import meetings
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.meeting_mode import CaseLabel, MeetingListRow
from casusoverleg_desktop.services.meetings import AgendaItemInfo, AttendanceInfo
from casusoverleg_desktop.services.partners import PartnerInfo

from casusoverleg_desktop.ui.labels import label

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The id of the row's meeting, agenda item or partner (int)."""
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The raw value behind a cell (an enum member, a date, minutes), for sorting and tests."""

AGENDA_MIME = "application/x-casusoverleg-agenda-row"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingModels", text)


def partner_name(partner: PartnerInfo) -> str:
    return partner.short_name or partner.name


def minutes_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return _tr("%1 u %2 min").replace("%1", str(hours)).replace("%2", str(rest))
    if hours:
        return _tr("%1 u").replace("%1", str(hours))
    return _tr("%1 min").replace("%1", str(rest))


class MeetingListModel(QAbstractTableModel):
    DATE, TYPE, STATUS, MINUTES, CHAIR, CASES = range(6)
    HEADERS = ("Datum", "Soort", "Status", "Verslag", "Voorzitter", "Casussen")

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[MeetingListRow] = []

    def load(self, rows: Sequence[MeetingListRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, meeting_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == meeting_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TYPE:
            return label(row.meeting_type)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DATE and row.start_time:
            return f"{row.start_time:%H:%M}"
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return f"{row.held_on:%d-%m-%Y}"
            if column == self.TYPE:
                return label(row.meeting_type).split(" (")[0]
            if column == self.STATUS:
                return label(row.status)
            if column == self.CHAIR:
                return row.chair_name or "—"
            if column == self.CASES:
                return str(row.case_count)
            if column == self.MINUTES:
                return label(row.minutes).lower() if row.minutes is not None else "—"
        if role == VALUE_ROLE:
            return (row.held_on, row.meeting_type, row.status, row.minutes, row.chair_name,
                    row.case_count)[column]
        return None


class AgendaModel(QAbstractTableModel):
    """The agenda of one meeting, in order; case items carry slot and question.

    Rows move with ``moveRows`` (drag and drop, Alt+Up/Down), which asks the meetings service to
    reorder; the service keeps Opening first and Sluiting last and the model follows its answer.
    """

    NUMBER, ITEM, SLOT, START, QUESTION = range(5)
    HEADERS = ("#", "Agendapunt", "Tijd (min)", "Begint", "Vraag aan het overleg")
    error = Signal(str)
    timing_changed = Signal()

    def __init__(self, ctx: ServiceContext, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._ctx = ctx
        self._meeting_id: int | None = None
        self._start: dt.time | None = None
        self._items: list[AgendaItemInfo] = []
        self._cases: dict[int, CaseLabel] = {}
        self._editable = True

    # -- loading ---------------------------------------------------------------------------------
    def load(self, meeting_id: int | None, items: Sequence[AgendaItemInfo], start: dt.time | None,
             cases: dict[int, CaseLabel], editable: bool = True) -> None:
        self.beginResetModel()
        self._meeting_id, self._items, self._start = meeting_id, list(items), start
        self._cases, self._editable = cases, editable
        self.endResetModel()
        self.timing_changed.emit()

    def item(self, row: int) -> AgendaItemInfo:
        return self._items[row]

    def items(self) -> list[AgendaItemInfo]:
        return list(self._items)

    def row_of(self, item_id: int) -> int:
        return next((i for i, it in enumerate(self._items) if it.id == item_id), -1)

    def case_text(self, item: AgendaItemInfo) -> str:
        case = self._cases.get(item.case_id) if item.case_id is not None else None
        return f"{label(item.kind)} {case.text}" if case else item.title

    # -- timing ----------------------------------------------------------------------------------
    def total_minutes(self) -> int:
        return sum(item.slot_minutes or 0 for item in self._items)

    def planned_start(self, row: int) -> dt.time | None:
        if self._start is None:
            return None
        before = sum(item.slot_minutes or 0 for item in self._items[:row])
        moment = dt.datetime.combine(dt.date(2000, 1, 1), self._start) + dt.timedelta(minutes=before)
        return moment.time()

    def planned_end(self) -> dt.time | None:
        return self.planned_start(len(self._items))

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled if self._editable else base
        item = self._items[index.row()]
        if not self._editable:
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if item.kind is AgendaItemKind.CASUS and index.column() in (self.SLOT, self.QUESTION):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return item.id
        if role == VALUE_ROLE:
            if column == self.SLOT:
                return item.slot_minutes
            if column == self.START:
                return self.planned_start(index.row())
            return item.kind
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NUMBER:
                return str(index.row() + 1)
            if column == self.ITEM:
                return self.case_text(item)
            if column == self.SLOT:
                if role == Qt.ItemDataRole.EditRole:
                    return item.slot_minutes or 0
                return str(item.slot_minutes) if item.slot_minutes else ""
            if column == self.START:
                start = self.planned_start(index.row())
                return f"{start:%H:%M}" if start and item.kind is AgendaItemKind.CASUS else ""
            if column == self.QUESTION:
                return item.question or ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.QUESTION and item.question:
            return item.question
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.SLOT, self.START):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001
        if not index.isValid() or role != Qt.ItemDataRole.EditRole \
                or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        item = self._items[index.row()]
        try:
            if index.column() == self.SLOT:
                minutes = int(value or 0)
                if minutes == (item.slot_minutes or 0):
                    return False
                updated = meetings.update_agenda_item(self._ctx, item.id, slot_minutes=minutes)
            else:
                text = str(value or "").strip()
                if text == (item.question or ""):
                    return False
                updated = meetings.update_agenda_item(self._ctx, item.id, question=text)
        except (CasusoverlegError, ValueError) as exc:
            self.error.emit(getattr(exc, "message", str(exc)))
            return False
        self._items[index.row()] = updated
        if index.column() == self.SLOT:
            self.dataChanged.emit(self.index(index.row(), self.SLOT),
                                  self.index(len(self._items) - 1, self.START))
            self.timing_changed.emit()
        else:
            self.dataChanged.emit(index, index)
        return True

    # -- moving ----------------------------------------------------------------------------------
    def moveRows(self, source_parent: Index, source_row: int, count: int,
                 destination_parent: Index, destination_child: int) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count < 1 \
                or self._meeting_id is None or not self._editable:
            return False
        last = source_row + count - 1
        if source_row < 0 or last >= len(self._items) or not 0 <= destination_child <= len(self._items) \
                or source_row <= destination_child <= last + 1:
            return False
        moving = self._items[source_row:last + 1]
        rest = self._items[:source_row] + self._items[last + 1:]
        at = destination_child if destination_child < source_row else destination_child - count
        order = rest[:at] + moving + rest[at:]
        try:
            updated = meetings.reorder_agenda(self._ctx, self._meeting_id, [i.id for i in order])
        except CasusoverlegError as exc:
            self.error.emit(exc.message)
            return False
        self.beginMoveRows(QModelIndex(), source_row, last, QModelIndex(), destination_child)
        self._items = updated
        self.endMoveRows()
        self.dataChanged.emit(self.index(0, self.NUMBER), self.index(len(self._items) - 1, self.START))
        self.timing_changed.emit()
        return True

    def move_row(self, row: int, delta: int) -> bool:
        """Move one row up (-1) or down (+1): what Alt+Up/Down does."""
        target = row + delta
        if not 0 <= target < len(self._items):
            return False
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), target if delta < 0 else target + 1)

    # drag and drop: the row travels as its number, the move goes through moveRows
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(AGENDA_MIME, QByteArray(str(rows[0]).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return self._editable and data.hasFormat(AGENDA_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = int(bytes(data.data(AGENDA_MIME)).decode())
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        self.moveRows(QModelIndex(), source, 1, QModelIndex(), row)
        return False  # the move is done; the view must not remove the source row

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False


_NO_STATUS = "—"


class AttendanceModel(QAbstractTableModel):
    """Attendance of each partner: at the meeting as a whole, or invited to one case item.

    In case-item mode the first column is checkable: checked means invited (need to know), and
    only invited partners have a case-item attendance.
    """

    PARTNER, STATUS = range(2)
    error = Signal(str)

    def __init__(self, ctx: ServiceContext, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._ctx = ctx
        self._partners: list[PartnerInfo] = []
        self._status: dict[int, Attendance] = {}
        self._invited: set[int] = set()
        self._meeting_id: int | None = None
        self._item_id: int | None = None
        self._editable = True

    @property
    def for_case_item(self) -> bool:
        return self._item_id is not None

    def load_meeting(self, meeting_id: int, partners: Sequence[PartnerInfo],
                     rows: Sequence[AttendanceInfo], editable: bool = True) -> None:
        self.beginResetModel()
        self._meeting_id, self._item_id, self._partners = meeting_id, None, list(partners)
        self._status = {r.partner_id: r.status for r in rows if r.professional_id is None}
        self._status.update({r.partner_id: r.status for r in rows
                             if r.partner_id not in self._status})
        self._invited, self._editable = set(), editable
        self.endResetModel()

    def load_case_item(self, item: AgendaItemInfo, partners: Sequence[PartnerInfo],
                       rows: Sequence[AttendanceInfo], editable: bool = True) -> None:
        self.beginResetModel()
        self._meeting_id, self._item_id, self._partners = item.meeting_id, item.id, list(partners)
        self._status = {r.partner_id: r.status for r in rows}
        self._invited, self._editable = set(item.invited_partner_ids), editable
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._partners, self._status, self._invited = [], {}, set()
        self._meeting_id = self._item_id = None
        self.endResetModel()

    def invited(self) -> list[int]:
        return [p.id for p in self._partners if p.id in self._invited]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._partners)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == self.PARTNER:
                return _tr("Uitgenodigd") if self.for_case_item else _tr("Ketenpartner")
            if section == self.STATUS:
                return _tr("Aanwezigheid")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or not self._editable:
            return base
        partner = self._partners[index.row()]
        if index.column() == self.PARTNER and self.for_case_item:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.STATUS and (not self.for_case_item or partner.id in self._invited):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        partner = self._partners[index.row()]
        status = self._status.get(partner.id)
        if role == ID_ROLE:
            return partner.id
        if index.column() == self.PARTNER:
            if role == Qt.ItemDataRole.DisplayRole:
                return partner.name
            if role == Qt.ItemDataRole.CheckStateRole and self.for_case_item:
                return Qt.CheckState.Checked if partner.id in self._invited else Qt.CheckState.Unchecked
        if index.column() == self.STATUS:
            if role == Qt.ItemDataRole.DisplayRole:
                if self.for_case_item and partner.id not in self._invited:
                    return ""
                return label(status) if status else _NO_STATUS
            if role in (Qt.ItemDataRole.EditRole, VALUE_ROLE):
                return status
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001
        if not index.isValid() or not (self.flags(index) & (Qt.ItemFlag.ItemIsEditable
                                                            | Qt.ItemFlag.ItemIsUserCheckable)):
            return False
        partner = self._partners[index.row()]
        try:
            if index.column() == self.PARTNER and role == Qt.ItemDataRole.CheckStateRole:
                invite = Qt.CheckState(value) == Qt.CheckState.Checked
                wanted = set(self._invited)
                (wanted.add if invite else wanted.discard)(partner.id)
                updated = meetings.set_invitations(self._ctx, self._item_id, sorted(wanted))
                self._invited = set(updated.invited_partner_ids)
                self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 1))
                return True
            if index.column() == self.STATUS and role == Qt.ItemDataRole.EditRole:
                status = Attendance(value)
                if self.for_case_item:
                    meetings.set_case_item_attendance(self._ctx, self._item_id, partner.id, status)
                else:
                    meetings.set_attendance(self._ctx, self._meeting_id, partner.id, status)
                self._status[partner.id] = status
                self.dataChanged.emit(index, index)
                return True
        except (CasusoverlegError, ValueError) as exc:
            self.error.emit(getattr(exc, "message", str(exc)))
        return False

"""Item models of the Overleggen page: meetings, the agenda being built, and attendance.

Rows answer ``ID_ROLE`` with the id of their meeting, agenda item or partner, and ``VALUE_ROLE``
with the raw value behind a cell (an enum member, a date, minutes) for sorting and tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from casusoverleg_desktop.domain.agenda import agenda_plan
from casusoverleg_desktop.domain.enums import AgendaItemKind, Attendance
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import meetings
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.meeting_mode import CaseLabel, MeetingListRow
from casusoverleg_desktop.services.meetings import AgendaItemInfo, AttendanceInfo
from casusoverleg_desktop.services.partners import PartnerInfo

from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.base import DISPLAY, VALUE_ROLE, Column, Index, TableModel, tr
from casusoverleg_desktop.ui.theme import Palette

CONTEXT = "MeetingModels"
AGENDA_MIME = "application/x-casusoverleg-agenda-row"


def _tr(text: str) -> str:
    return tr(text, CONTEXT)


def partner_name(partner: PartnerInfo) -> str:
    return partner.short_name or partner.name


def minutes_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return _tr("%1 u %2 min").replace("%1", str(hours)).replace("%2", str(rest))
    if hours:
        return _tr("%1 u").replace("%1", str(hours))
    return _tr("%1 min").replace("%1", str(rest))


class MeetingListModel(TableModel[MeetingListRow]):
    DATE, TYPE, STATUS, MINUTES, CASES = range(5)  # the chair in the date's tooltip: a laptop has
    tr_context = CONTEXT                            # no room for a sixth column beside the agenda
    columns = (
        Column("Datum", lambda r: f"{r.held_on:%d-%m-%Y}", value=lambda r: r.held_on,
               tooltip=lambda r: " · ".join(filter(None, (
                   f"{r.start_time:%H:%M}" if r.start_time else None,
                   _tr("voorzitter: %1").replace("%1", r.chair_name) if r.chair_name else None)))
               or None),
        Column("Soort", lambda r: label(r.meeting_type).split(" (")[0], value=lambda r: r.meeting_type,
               tooltip=lambda r: label(r.meeting_type)),
        Column("Status", lambda r: label(r.status), value=lambda r: r.status),
        Column("Verslag", lambda r: label(r.minutes).lower() if r.minutes is not None else "—",
               value=lambda r: r.minutes),
        Column("Casussen", lambda r: str(r.case_count), value=lambda r: r.case_count),
    )


class AgendaModel(TableModel[AgendaItemInfo]):
    """The agenda of one meeting, in order, with its time plan (``domain.agenda.agenda_plan``, the
    plan the invitation prints and meeting mode counts against); case items carry a question.

    Rows move with ``moveRows`` (drag and drop, Alt+Up/Down), which asks the meetings service to
    reorder; the service keeps Opening first and Sluiting last and the model follows its answer.
    """

    NUMBER, ITEM, SLOT, START, QUESTION = range(5)
    tr_context = CONTEXT
    columns = (Column("#"), Column("Agendapunt"), Column("Tijd (min)"), Column("Begint"),
               Column("Vraag aan het overleg"))
    error = Signal(str)
    timing_changed = Signal()

    def __init__(self, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._meeting_id: int | None = None
        self._start: dt.time | None = None
        self._plan = agenda_plan([], None)
        self._cases: dict[int, CaseLabel] = {}
        self._editable = True

    # -- loading ---------------------------------------------------------------------------------
    def load(self, meeting_id: int | None, items: Sequence[AgendaItemInfo], start: dt.time | None,
             cases: dict[int, CaseLabel], editable: bool = True) -> None:
        with self.resetting():
            self._meeting_id, self._rows, self._start = meeting_id, list(items), start
            self._cases, self._editable = cases, editable
            self._replan()
        self.timing_changed.emit()

    def case_text(self, item: AgendaItemInfo) -> str:
        case = self._cases.get(item.case_id) if item.case_id is not None else None
        return f"{label(item.kind)} {case.text}" if case else item.title

    # -- timing ----------------------------------------------------------------------------------
    def _replan(self) -> None:
        self._plan = agenda_plan(self._rows, self._start)

    def total_minutes(self) -> int:
        """The case items' minutes together."""
        return self._plan.case_minutes

    def planned_minutes(self, row: int) -> int | None:
        return self._plan.items[row].minutes

    def planned_start(self, row: int) -> dt.time | None:
        return self._plan.items[row].start

    def planned_end(self) -> dt.time | None:
        return self._plan.end

    # -- Qt model --------------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled if self._editable else base
        item = self._rows[index.row()]
        if not self._editable:
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == self.SLOT or (item.kind is AgendaItemKind.CASUS
                                           and index.column() == self.QUESTION):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def cell_data(self, item: AgendaItemInfo, index: Index, role: int) -> Any:
        column = index.column()
        if role == VALUE_ROLE:
            if column == self.SLOT:
                return self.planned_minutes(index.row())
            if column == self.START:
                return self.planned_start(index.row())
            return item.kind
        if role in (DISPLAY, Qt.ItemDataRole.EditRole):
            if column == self.NUMBER:
                return self._plan.items[index.row()].number
            if column == self.ITEM:
                return self.case_text(item)
            if column == self.SLOT:
                minutes = self.planned_minutes(index.row())
                if role == Qt.ItemDataRole.EditRole:
                    return minutes or 0
                return str(minutes) if minutes else ""
            if column == self.START:
                start = self.planned_start(index.row())
                return f"{start:%H:%M}" if start else ""
            if column == self.QUESTION:
                if role == DISPLAY and not item.question and self._question_editable(item):
                    return _tr("typ de vraag aan het overleg…")
                return item.question or ""
        if column == self.QUESTION:
            return self._question_look(item, role)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SLOT and item.slot_minutes is None \
                and item.kind is not AgendaItemKind.CASUS:
            return _tr("Standaardtijd voor dit agendapunt; dubbelklik om te wijzigen")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.SLOT, self.START):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _question_editable(self, item: AgendaItemInfo) -> bool:
        return self._editable and item.kind is AgendaItemKind.CASUS

    def _question_look(self, item: AgendaItemInfo, role: int) -> Any:
        """A case item's question cell looks like a field while the agenda can change: tinted, and
        a quiet hint in it until a question is typed."""
        editable = self._question_editable(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.question or (_tr("Dubbelklik of druk op F2 om de vraag aan het overleg te typen")
                                     if editable else None)
        if not editable:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(Palette.NOTE_BG))
        if role == Qt.ItemDataRole.ForegroundRole and not item.question:
            return QBrush(QColor(Palette.QUIET))
        if role == Qt.ItemDataRole.FontRole and not item.question:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole \
                or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        item = self._rows[index.row()]
        try:
            if index.column() == self.SLOT:
                minutes = int(value or 0)
                if minutes == self.planned_minutes(index.row()):
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
        self._rows[index.row()] = updated
        if index.column() == self.SLOT:
            self._replan()
            self.dataChanged.emit(self.index(index.row(), self.SLOT),
                                  self.index(len(self._rows) - 1, self.START))
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
        if source_row < 0 or last >= len(self._rows) or not 0 <= destination_child <= len(self._rows) \
                or source_row <= destination_child <= last + 1:
            return False
        moving = self._rows[source_row:last + 1]
        rest = self._rows[:source_row] + self._rows[last + 1:]
        at = destination_child if destination_child < source_row else destination_child - count
        order = rest[:at] + moving + rest[at:]
        try:
            updated = meetings.reorder_agenda(self._ctx, self._meeting_id, [i.id for i in order])
        except CasusoverlegError as exc:
            self.error.emit(exc.message)
            return False
        self.beginMoveRows(QModelIndex(), source_row, last, QModelIndex(), destination_child)
        self._rows = updated
        self._replan()
        self.endMoveRows()
        self.dataChanged.emit(self.index(0, self.NUMBER), self.index(len(self._rows) - 1, self.START))
        self.timing_changed.emit()
        return True

    def move_row(self, row: int, delta: int) -> bool:
        """Move one row up (-1) or down (+1): what Alt+Up/Down does."""
        target = row + delta
        if not 0 <= target < len(self._rows):
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
            row = parent.row() if parent.isValid() else len(self._rows)
        self.moveRows(QModelIndex(), source, 1, QModelIndex(), row)
        return False  # the move is done; the view must not remove the source row

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False


_NO_STATUS = "—"


class AttendanceModel(TableModel[PartnerInfo]):
    """Attendance of each partner: at the meeting as a whole, or invited to one case item.

    In case-item mode the first column is checkable: checked means invited (need to know), and
    only invited partners have a case-item attendance.
    """

    PARTNER, STATUS = range(2)
    tr_context = CONTEXT
    columns = (Column("Ketenpartner"), Column("Aanwezigheid"))
    error = Signal(str)

    def __init__(self, ctx: ServiceContext, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._status: dict[int, Attendance] = {}
        self._invited: set[int] = set()
        self._meeting_id: int | None = None
        self._item_id: int | None = None
        self._editable = True
        # asked before inviting a partner that has not signed the covenant; False leaves it out
        self.confirm_without_covenant: Callable[[PartnerInfo], bool] = lambda _partner: True

    @property
    def for_case_item(self) -> bool:
        return self._item_id is not None

    def load_meeting(self, meeting_id: int, partners: Sequence[PartnerInfo],
                     rows: Sequence[AttendanceInfo], editable: bool = True) -> None:
        with self.resetting():
            self._meeting_id, self._item_id, self._rows = meeting_id, None, list(partners)
            self._status = {r.partner_id: r.status for r in rows if r.professional_id is None}
            self._status.update({r.partner_id: r.status for r in rows
                                 if r.partner_id not in self._status})
            self._invited, self._editable = set(), editable

    def load_case_item(self, item: AgendaItemInfo, partners: Sequence[PartnerInfo],
                       rows: Sequence[AttendanceInfo], editable: bool = True) -> None:
        with self.resetting():
            self._meeting_id, self._item_id, self._rows = item.meeting_id, item.id, list(partners)
            self._status = {r.partner_id: r.status for r in rows}
            self._invited, self._editable = set(item.invited_partner_ids), editable

    def clear(self) -> None:
        with self.resetting():
            self._rows, self._status, self._invited = [], {}, set()
            self._meeting_id = self._item_id = None

    def invited(self) -> list[int]:
        return [p.id for p in self._rows if p.id in self._invited]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == DISPLAY and section == self.PARTNER \
                and self.for_case_item:
            return _tr("Uitgenodigd")
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or not self._editable:
            return base
        partner = self._rows[index.row()]
        if index.column() == self.PARTNER and self.for_case_item:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.STATUS and (not self.for_case_item or partner.id in self._invited):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def cell_data(self, partner: PartnerInfo, index: Index, role: int) -> Any:
        status = self._status.get(partner.id)
        if index.column() == self.PARTNER:
            if role == DISPLAY:
                return partner.name
            if role == Qt.ItemDataRole.CheckStateRole and self.for_case_item:
                return Qt.CheckState.Checked if partner.id in self._invited else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole and not partner.covenant_signed:
                return _tr("%1 heeft het convenant niet getekend").replace("%1", partner.name)
        if index.column() == self.STATUS:
            if role == DISPLAY:
                if self.for_case_item and partner.id not in self._invited:
                    return ""
                return label(status) if status else _NO_STATUS
            if role in (Qt.ItemDataRole.EditRole, VALUE_ROLE):
                return status
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not (self.flags(index) & (Qt.ItemFlag.ItemIsEditable
                                                            | Qt.ItemFlag.ItemIsUserCheckable)):
            return False
        partner = self._rows[index.row()]
        try:
            if index.column() == self.PARTNER and role == Qt.ItemDataRole.CheckStateRole:
                invite = Qt.CheckState(value) == Qt.CheckState.Checked
                if invite and not partner.covenant_signed and not self.confirm_without_covenant(partner):
                    return False
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

"""The table model and filter of the Actiepunten page.

``ActionListModel`` rows are ``action_views.ActionRow`` records; it answers the roles of
``models.base`` (``ROW_ROLE``, ``ID_ROLE``, ``BADGES_ROLE`` for the status badge, ``SORT_ROLE``).
Overdue due dates are red and bold. Only case codes and pseudonyms are shown. Actions are numbered
per meeting, so the number carries its meeting's date: "A2 (26-02-2025)" (``reference``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication

from casusoverleg_desktop.domain.enums import ActionStatus
from casusoverleg_desktop.domain.labels import qualified_label
from casusoverleg_desktop.services.action_views import ActionRow

from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.base import ROW_ROLE, Column, TableModel, dutch_date, tr
from casusoverleg_desktop.ui.theme import Palette
from casusoverleg_desktop.ui.widgets.markers import Badge

# Status badges: a word each (not only a colour), calm for open, warm for running, grey when closed.
_STATUS_BADGE = {
    ActionStatus.OPEN: (Palette.ON_DARK, Palette.STATUS_OPEN),
    ActionStatus.LOOPT: (Palette.ON_BRIGHT, Palette.STATUS_RUNNING),
    ActionStatus.AFGEROND: (Palette.ON_DARK, Palette.STATUS_DONE),
    ActionStatus.VERVALLEN: (Palette.ON_DARK, Palette.CLOSED),
}


def status_badge(status: ActionStatus) -> Badge:
    foreground, background = _STATUS_BADGE[status]
    return Badge(label(status).upper(), foreground, background)


def when_text(due_date: dt.date | None, condition: str | None) -> str:
    """When an action is due: its date, else its condition ("bij: …"), else "doorlopend"."""
    if due_date is not None:
        return dutch_date(due_date)
    if condition:
        if condition.casefold().startswith(("bij ", "als ", "zodra ", "wanneer ")):
            return condition
        return tr("bij: %1").replace("%1", condition)
    return tr("doorlopend")


def when_sort_key(row: ActionRow) -> str:
    """Dated first (by date), then conditional, then ongoing; one string, so Qt can compare it."""
    if row.due_date is not None:
        return f"0-{row.due_date.isoformat()}"
    return "1-" if row.condition else "2-"


def reference(row: ActionRow) -> str:
    """The action's number with its meeting's date, unambiguous among all meetings' actions."""
    return qualified_label(row.label, row.origin_meeting_date)


def owner_text(row: ActionRow) -> str:
    return f"{row.owner_partner} / {row.owner_person}" if row.owner_person else row.owner_partner


class ActionListModel(TableModel[ActionRow]):
    """All actions; the "Wanneer" column sorts dated actions first, then conditions, then ongoing."""

    LABEL, DESCRIPTION, CASE, OWNER, WHEN, STATUS, POSTPONED = range(7)
    columns = (
        Column("Nr", reference,
               sort=lambda r: f"{r.origin_meeting_date.isoformat()}-{int(r.label[1:]):04d}",
               tooltip=lambda r: tr("%1 van de vergadering van %2").replace("%1", r.label).replace(
                   "%2", dutch_date(r.origin_meeting_date))),
        Column("Actie", lambda r: r.description, tooltip=lambda r: r.description),
        Column("Casus", lambda r: r.case_code or "—", sort=lambda r: r.case_code or ""),
        Column("Eigenaar", owner_text),
        Column("Wanneer", lambda r: when_text(r.due_date, r.condition), tooltip=lambda r: r.condition,
               sort=lambda r: when_sort_key(r)),
        Column("Status", lambda r: label(r.status), badges=lambda r: (status_badge(r.status),),
               sort=lambda r: list(ActionStatus).index(r.status),
               tooltip=lambda r: r.status_note),
        Column("Uitgesteld", lambda r: f"{r.postponement_count}×" if r.postponement_count else "",
               sort=lambda r: r.postponement_count),
    )

    def __init__(self, parent=None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()

    def extra_data(self, record: ActionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.WHEN and record.is_overdue(self.today):
                return QBrush(QColor(Palette.ERROR))
            if record.status.is_closed:
                return QBrush(QColor(Palette.SUBDUED))
        if role == Qt.ItemDataRole.FontRole and (
                column == self.LABEL or (column == self.WHEN and record.is_overdue(self.today))):
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        if (role == Qt.ItemDataRole.AccessibleTextRole and column == self.WHEN
                and record.is_overdue(self.today)):
            return tr("%1 (verlopen)").replace("%1", when_text(record.due_date, record.condition))
        return None


OPEN_AND_RUNNING = "open-loopt"
"""Status filter value: the actions still on the list (open and loopt)."""
NO_CASE = 0
"""Case filter value: actions that concern no case."""


class ActionFilterProxy(QSortFilterProxyModel):
    """Filters on status (a status, ``OPEN_AND_RUNNING`` or all), owner partner, case
    (an id or ``NO_CASE``), overdue only, and a text over number, action, case and owner."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.status: ActionStatus | str | None = OPEN_AND_RUNNING
        self.partner_id: int | None = None
        self.case_id: int | None = None
        self.overdue_only = False
        self.today = dt.date.today()
        self.text = ""

    def set_filters(self, *, status: ActionStatus | str | None, partner_id: int | None,
                    case_id: int | None, overdue_only: bool, text: str, today: dt.date) -> None:
        self.beginFilterChange()
        self.status, self.partner_id, self.case_id = status, partner_id, case_id
        self.overdue_only, self.today, self.text = overdue_only, today, text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        row: ActionRow = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if self.status == OPEN_AND_RUNNING and row.status.is_closed:
            return False
        if isinstance(self.status, ActionStatus) and row.status is not self.status:
            return False
        if self.partner_id is not None and row.owner_partner_id != self.partner_id:
            return False
        if self.case_id == NO_CASE and row.case_id is not None:
            return False
        if self.case_id not in (None, NO_CASE) and row.case_id != self.case_id:
            return False
        if self.overdue_only and not row.is_overdue(self.today):
            return False
        if self.text:
            haystack = " ".join((reference(row), row.description, row.case_code or "", owner_text(row),
                                 row.condition or "")).casefold()
            return self.text in haystack
        return True


__all__ = ["NO_CASE", "OPEN_AND_RUNNING", "ActionFilterProxy", "ActionListModel", "reference",
           "status_badge", "when_text"]

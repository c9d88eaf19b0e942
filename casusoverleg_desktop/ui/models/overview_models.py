"""Table models for the sections of the chair's overview (``services.overview.chair_overview``).

Every row names one thing the chair can open: ``TARGET_ROLE`` returns a ``Target`` (what kind,
which id) that the page hands to the navigator. Column constants per model; reloads reset the model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from casusoverleg_desktop.services.overview import (
    ActionDue,
    CaseReview,
    PostponedInforming,
    ReporterWaiting,
    UpcomingMeeting,
)

from casusoverleg_desktop.ui.labels import label

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

# Custom roles:
#   TARGET_ROLE — the ``Target`` the row opens (any column), or None when it opens nothing.
#   ROW_ROLE    — the service dataclass behind the row (any column).
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

ATTENTION = QColor("#a61b1b")
CONTEXT = "Overzicht"

WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def short_date(day: dt.date | None) -> str:
    """``wo 14 mei 2025``: readable at a glance, the same on every machine."""
    if day is None:
        return "—"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Target:
    kind: str  # "case", "meeting" or "action": the navigator's open_<kind>
    id: int


class SectionModel(QAbstractTableModel, Generic[Row]):
    """Rows of one overview section; subclasses name the columns and what a row opens."""

    headers: tuple[str, ...] = ()
    text_column: int = -1  # the column that takes the remaining width (long text is elided)

    def __init__(self, parent=None) -> None:  # noqa: ANN001 - QObject
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def target(self, row: int) -> Target | None:
        raise NotImplementedError

    def cell(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def needs_attention(self, row: Row, column: int) -> bool:
        return False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return tr(self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and self.needs_attention(row, index.column()):
            return ATTENTION
        if role == TARGET_ROLE:
            return self.target(index.row())
        if role == ROW_ROLE:
            return row
        return None


class MeetingsModel(SectionModel[UpcomingMeeting]):
    COL_DATE, COL_TIME, COL_TYPE, COL_STATUS = range(4)
    headers = ("Datum", "Tijd", "Soort overleg", "Status")
    text_column = COL_STATUS

    def cell(self, row: UpcomingMeeting, column: int) -> str:
        if column == self.COL_DATE:
            return short_date(row.held_on)
        if column == self.COL_TIME:
            return f"{row.start_time:%H.%M} uur" if row.start_time else "—"
        if column == self.COL_TYPE:
            return label(row.meeting_type)
        return label(row.status)

    def target(self, row: int) -> Target:
        return Target("meeting", self._rows[row].id)


class ActionsModel(SectionModel[ActionDue]):
    COL_DUE, COL_LABEL, COL_CASE, COL_DESCRIPTION, COL_OWNER = range(5)
    headers = ("Termijn", "Nr.", "Casus", "Actiepunt", "Wie")
    text_column = COL_DESCRIPTION

    def __init__(self, today: Callable[[], dt.date] = dt.date.today, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._today = today

    def cell(self, row: ActionDue, column: int) -> str:
        if column == self.COL_DUE:
            return short_date(row.due_date)
        if column == self.COL_LABEL:
            return row.label
        if column == self.COL_CASE:
            return row.case_code or "—"
        if column == self.COL_DESCRIPTION:
            postponed = (tr(" (%n× uitgesteld)").replace("%n", str(row.postponement_count))
                         if row.postponement_count else "")
            return row.description + postponed
        return row.owner

    def needs_attention(self, row: ActionDue, column: int) -> bool:
        return column == self.COL_DUE and row.due_date < self._today()

    def target(self, row: int) -> Target:
        return Target("action", self._rows[row].id)


class ReviewsModel(SectionModel[CaseReview]):
    COL_CASE, COL_STATUS, COL_REVIEW = range(3)
    headers = ("Casus", "Fase", "Herbeoordeling")
    text_column = COL_REVIEW

    def cell(self, row: CaseReview, column: int) -> str:
        if column == self.COL_CASE:
            return row.code
        if column == self.COL_STATUS:
            return label(row.status)
        if row.next_review_date is None:
            return tr("geen datum gepland")
        return short_date(row.next_review_date) + (tr(" — te laat") if row.overdue else "")

    def needs_attention(self, row: CaseReview, column: int) -> bool:
        return column == self.COL_REVIEW and (row.overdue or row.next_review_date is None)

    def target(self, row: int) -> Target:
        return Target("case", self._rows[row].case_id)


class ReportersModel(SectionModel[ReporterWaiting]):
    COL_CASE, COL_REPORTER, COL_REPORTED, COL_RESPOND_BY = range(4)
    headers = ("Casus", "Melder", "Gemeld op", "Terugkoppelen vóór")
    text_column = COL_REPORTER

    def cell(self, row: ReporterWaiting, column: int) -> str:
        if column == self.COL_CASE:
            return row.case_code
        if column == self.COL_REPORTER:
            return row.reporter
        if column == self.COL_REPORTED:
            return short_date(row.reported_on)
        return short_date(row.respond_by)

    def needs_attention(self, row: ReporterWaiting, column: int) -> bool:
        return column == self.COL_RESPOND_BY

    def target(self, row: int) -> Target:
        return Target("case", self._rows[row].case_id)


class InformingModel(SectionModel[PostponedInforming]):
    COL_CASE, COL_SUBJECT, COL_REASON, COL_REVIEW = range(4)
    headers = ("Casus", "Betrokkene", "Reden van uitstel", "Herbeoordelen op")
    text_column = COL_REASON

    def cell(self, row: PostponedInforming, column: int) -> str:
        if column == self.COL_CASE:
            return row.case_code
        if column == self.COL_SUBJECT:
            return row.subject
        if column == self.COL_REASON:
            return row.reason
        return short_date(row.review_date)

    def needs_attention(self, row: PostponedInforming, column: int) -> bool:
        return column == self.COL_REVIEW

    def target(self, row: int) -> Target:
        return Target("case", self._rows[row].case_id)

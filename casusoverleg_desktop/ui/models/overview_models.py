"""Table models for the sections of the chair's overview (``services.overview.chair_overview``).

Every row names one thing the chair can open: ``TARGET_ROLE`` returns a ``Target`` (what kind,
which id) that the page hands to the navigator; ``ROW_ROLE`` the service dataclass. Cells show their
whole text as tooltip; a date that needs the chair's attention is red.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from casusoverleg_desktop.services.overview import (
    ActionDue,
    CaseReview,
    MinutesStep,
    MinutesToHandle,
    PostponedInforming,
    ReporterWaiting,
    UpcomingMeeting,
)

from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.base import TARGET_ROLE, Column, TableModel
from casusoverleg_desktop.ui.models.base import tr as _translate
from casusoverleg_desktop.ui.theme import Palette

Row = TypeVar("Row")

CONTEXT = "Overzicht"

WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def tr(text: str) -> str:
    return _translate(text, CONTEXT)


def short_date(day: dt.date | None) -> str:
    """``wo 14 mei 2025``: readable at a glance, the same on every machine."""
    if day is None:
        return "—"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Target:
    kind: str  # "case", "meeting" or "action": the navigator's open_<kind>
    id: int


class SectionModel(TableModel[Row]):
    """Rows of one overview section; subclasses name the columns, what needs attention and what a
    row opens."""

    tr_context = CONTEXT
    accessible_text = True
    text_column: int = -1  # the column that takes the remaining width (long text is elided)

    def target(self, row: Row) -> Target | None:
        raise NotImplementedError

    def needs_attention(self, row: Row, column: int) -> bool:
        return False

    def extra_data(self, row: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and self.needs_attention(row, column):
            return QColor(Palette.ERROR)
        if role == TARGET_ROLE:
            return self.target(row)
        return None


def _columns(*pairs: tuple[str, Callable]) -> tuple[Column, ...]:
    """Columns whose text is also their tooltip (long text is elided in the overview)."""
    return tuple(Column(header, text, tooltip=text) for header, text in pairs)


class MeetingsModel(SectionModel[UpcomingMeeting]):
    COL_DATE, COL_TIME, COL_TYPE, COL_STATUS = range(4)
    columns = _columns(
        ("Datum", lambda r: short_date(r.held_on)),
        ("Tijd", lambda r: f"{r.start_time:%H.%M} uur" if r.start_time else "—"),
        ("Soort overleg", lambda r: label(r.meeting_type)),
        ("Status", lambda r: label(r.status)),
    )
    text_column = COL_STATUS

    def target(self, row: UpcomingMeeting) -> Target:
        return Target("meeting", row.id)


def _minutes_step(row: MinutesToHandle) -> str:
    if row.step is MinutesStep.ADOPT:
        return tr("Vaststellen (in de volgende vergadering of schriftelijk)")
    if row.step is MinutesStep.SIGN_AS_SECRETARY:
        return tr("Ondertekenen als notulist (opgesteld)")
    if row.secretary_signed:
        return tr("Ondertekenen als voorzitter (vastgesteld)")
    return tr("Ondertekenen als voorzitter, na de notulist")


class MinutesModel(SectionModel[MinutesToHandle]):
    COL_DATE, COL_MEETING, COL_STEP = range(3)
    columns = _columns(
        ("Vergadering van", lambda r: short_date(r.held_on)),
        ("Overleg", lambda r: r.meeting_label),
        ("Te doen", _minutes_step),
    )
    text_column = COL_STEP

    def target(self, row: MinutesToHandle) -> Target:
        return Target("meeting", row.meeting_id)


def _with_postponements(row: ActionDue) -> str:
    if not row.postponement_count:
        return row.description
    return row.description + tr(" (%n× uitgesteld)").replace("%n", str(row.postponement_count))


class ActionsModel(SectionModel[ActionDue]):
    COL_DUE, COL_LABEL, COL_CASE, COL_DESCRIPTION, COL_OWNER = range(5)
    columns = _columns(
        ("Termijn", lambda r: short_date(r.due_date)),
        ("Nr.", lambda r: r.label),
        ("Casus", lambda r: r.case_code or "—"),
        ("Actiepunt", _with_postponements),
        ("Wie", lambda r: r.owner),
    )
    text_column = COL_DESCRIPTION

    def __init__(self, today: Callable[[], dt.date] = dt.date.today, parent=None) -> None:
        super().__init__(parent)
        self._today = today

    def needs_attention(self, row: ActionDue, column: int) -> bool:
        return column == self.COL_DUE and row.due_date < self._today()

    def target(self, row: ActionDue) -> Target:
        return Target("action", row.id)


def _review_text(row: CaseReview) -> str:
    if row.next_review_date is None:
        return tr("geen datum gepland")
    return short_date(row.next_review_date) + (tr(" — te laat") if row.overdue else "")


class ReviewsModel(SectionModel[CaseReview]):
    COL_CASE, COL_STATUS, COL_REVIEW = range(3)
    columns = _columns(
        ("Casus", lambda r: r.code),
        ("Fase", lambda r: label(r.status)),
        ("Herbeoordeling", _review_text),
    )
    text_column = COL_REVIEW

    def needs_attention(self, row: CaseReview, column: int) -> bool:
        return column == self.COL_REVIEW and (row.overdue or row.next_review_date is None)

    def target(self, row: CaseReview) -> Target:
        return Target("case", row.case_id)


def _promise_text(row: ReporterWaiting) -> str:
    if row.promise is None:
        return tr("terugkoppeling (termijn verstreken)")
    return row.promise


class ReportersModel(SectionModel[ReporterWaiting]):
    """Reporters past their respond-by date, and promises of a route about to be broken (due within
    two working days: orange; overdue: red), soonest first."""

    COL_CASE, COL_REPORTER, COL_ROUTE, COL_PROMISE, COL_RESPOND_BY = range(5)
    columns = _columns(
        ("Casus", lambda r: r.case_code),
        ("Melder", lambda r: r.reporter),
        ("Route", lambda r: r.route or "—"),
        ("Belofte", _promise_text),
        ("Terugkoppelen vóór", lambda r: short_date(r.due_on)),
    )
    text_column = COL_PROMISE

    def __init__(self, today: Callable[[], dt.date] = dt.date.today, parent=None) -> None:
        super().__init__(parent)
        self._today = today

    def needs_attention(self, row: ReporterWaiting, column: int) -> bool:
        return column == self.COL_RESPOND_BY

    def extra_data(self, row: ReporterWaiting, column: int, role: int) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and column in (self.COL_PROMISE, self.COL_RESPOND_BY)
                and row.due_on >= self._today()):
            return QColor(Palette.WARNING)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_PROMISE and row.promise is not None:
            return QColor(Palette.ERROR)
        return super().extra_data(row, column, role)

    def target(self, row: ReporterWaiting) -> Target:
        return Target("case", row.case_id)


class InformingModel(SectionModel[PostponedInforming]):
    COL_CASE, COL_SUBJECT, COL_REASON, COL_REVIEW = range(4)
    columns = _columns(
        ("Casus", lambda r: r.case_code),
        ("Betrokkene", lambda r: r.subject),
        ("Reden van uitstel", lambda r: r.reason),
        ("Herbeoordelen op", lambda r: short_date(r.review_date)),
    )
    text_column = COL_REASON

    def needs_attention(self, row: PostponedInforming, column: int) -> bool:
        return column == self.COL_REVIEW

    def target(self, row: PostponedInforming) -> Target:
        return Target("case", row.case_id)


__all__ = ["TARGET_ROLE", "ActionsModel", "InformingModel", "MeetingsModel", "MinutesModel", "ReportersModel",
           "ReviewsModel", "SectionModel", "Target", "short_date"]

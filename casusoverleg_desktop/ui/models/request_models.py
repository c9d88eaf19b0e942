"""Table models for subject requests: the list of the Verzoeken page and the Overzicht's work list
of requests nearing their deadline. A request past its due date is red; one due within
``SOON_DAYS`` has a warning background."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from casusoverleg_desktop.services.subject_requests import RequestView

from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.base import Column, TableModel, dutch_date
from casusoverleg_desktop.ui.models.overview_models import SectionModel, Target, short_date, tr
from casusoverleg_desktop.ui.theme import Palette

SOON_DAYS = 7


def requester_text(view: RequestView) -> str:
    detail = f" ({view.requester_detail})" if view.requester_detail else ""
    return label(view.requester) + detail


def due_text(view: RequestView) -> str:
    if view.extended_until is not None:
        return tr("%1 (verlengd)").replace("%1", dutch_date(view.extended_until))
    return dutch_date(view.deadline)


def deadline_state(view: RequestView, today: dt.date) -> str | None:
    """'overdue' or 'soon' for an open request; None otherwise."""
    if not view.status.is_open:
        return None
    if view.due < today:
        return "overdue"
    return "soon" if view.due <= today + dt.timedelta(days=SOON_DAYS) else None


class RequestListModel(TableModel[RequestView]):
    COL_KIND, COL_PERSON, COL_REQUESTER, COL_RECEIVED, COL_DUE, COL_STATUS = range(6)
    tr_context = "Verzoeken"
    accessible_text = True
    columns = (
        Column("Soort", lambda v: label(v.kind)),
        Column("Persoon", lambda v: v.person_pseudonym),
        Column("Wie vroeg", requester_text, tooltip=requester_text),
        Column("Ontvangen", lambda v: dutch_date(v.received_on), sort=lambda v: v.received_on),
        Column("Termijn", due_text, sort=lambda v: v.due,
               tooltip=lambda v: v.extension_reason and tr("Verlengd: %1").replace("%1", v.extension_reason)),
        Column("Status", lambda v: label(v.status)),
    )

    def __init__(self, today: Callable[[], dt.date], parent=None) -> None:
        super().__init__(parent)
        self._today = today

    def extra_data(self, row: RequestView, column: int, role: int) -> Any:
        state = deadline_state(row, self._today())
        if role == Qt.ItemDataRole.ForegroundRole:
            if state == "overdue" and column == self.COL_DUE:
                return QColor(Palette.ERROR)
            if not row.status.is_open:
                return QColor(Palette.SUBDUED)
        if role == Qt.ItemDataRole.BackgroundRole and state == "soon":
            return QColor(Palette.WARNING_BG)
        return None


class RequestsDueModel(SectionModel[RequestView]):
    """The Overzicht's "Verzoeken met naderende termijn": open requests due within a week or overdue."""

    COL_KIND, COL_PERSON, COL_DUE = range(3)
    columns = tuple(Column(header, text, tooltip=text) for header, text in (
        ("Verzoek", lambda v: label(v.kind)),
        ("Persoon", lambda v: v.person_pseudonym),
        ("Termijn", lambda v: short_date(v.due)),
    ))
    text_column = COL_PERSON

    def __init__(self, today: Callable[[], dt.date] = dt.date.today, parent=None) -> None:
        super().__init__(parent)
        self._today = today

    def needs_attention(self, row: RequestView, column: int) -> bool:
        return column == self.COL_DUE and row.due < self._today()

    def target(self, row: RequestView) -> Target:
        return Target("request", row.id)

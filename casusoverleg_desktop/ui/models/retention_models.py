"""Table models for retention: the periods per legal basis (Instellingen) and the closed cases whose
retention date has passed or comes within 30 days (Overzicht)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from casusoverleg_desktop.services.retention import PeriodSetting, RetentionLine

from casusoverleg_desktop.ui.models.base import Column, TableModel
from casusoverleg_desktop.ui.models.overview_models import SectionModel, Target, short_date, tr


def _years(count: int) -> str:
    return tr("1 jaar") if count == 1 else tr("%1 jaar").replace("%1", str(count))


class PeriodsModel(TableModel[PeriodSetting]):
    COL_BASIS, COL_YEARS, COL_SOURCE, COL_STATE = range(4)
    tr_context = "PeriodsModel"
    accessible_text = True
    columns = (
        Column("Grondslag", lambda p: p.basis.label),
        Column("Termijn", lambda p: _years(p.years)),
        Column("Bron", lambda p: p.source, tooltip=lambda p: p.source),
        Column("Stand", lambda p: p.state),
    )

    def row_id(self, row: PeriodSetting) -> str:
        return row.basis.value


def _holds(row: RetentionLine) -> str:
    if not row.holds:
        return "—"
    return tr("bewaarplicht: ") + "; ".join(hold.reason for hold in row.holds)


class RetentionDueModel(SectionModel[RetentionLine]):
    """A case past its date is to be destroyed (unless a hold keeps it); the date is then red."""

    COL_CASE, COL_CLOSED, COL_UNTIL, COL_HOLD = range(4)
    columns = tuple(Column(header, text, tooltip=text) for header, text in (
        ("Casus", lambda r: r.code),
        ("Afgesloten", lambda r: short_date(r.closed_on)),
        ("Bewaren tot", lambda r: short_date(r.retention_until)),
        ("Bewaarplicht", _holds),
    ))
    text_column = COL_HOLD

    def __init__(self, today: Callable[[], dt.date] = dt.date.today, parent=None) -> None:
        super().__init__(parent)
        self._today = today

    def needs_attention(self, row: RetentionLine, column: int) -> bool:
        return column == self.COL_UNTIL and row.due(self._today())

    def target(self, row: RetentionLine) -> Target:
        return Target("case", row.case_id)

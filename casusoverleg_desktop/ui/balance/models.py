"""Qt models of the balance sheet: the entries of one column, and the scale question.

Entries answer ``ROW_ROLE`` with their ``EntryInfo`` (the card delegate paints from it); ratings
answer ``ID_ROLE`` with the partner's id. Roles: ``ui/models/base.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, Signal

from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services.balance import EntryInfo

from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.base import DISPLAY, Column, Index, TableModel

COL_TEXT, COL_TYPE, COL_WEIGHT, COL_DOMAIN, COL_SOURCE = range(5)


def _entry_text(entry: EntryInfo) -> str:
    return entry.text


class EntryTableModel(TableModel[EntryInfo]):
    """The entries of one side of the sheet; every cell's tooltip is the entry's whole text."""

    tr_context = "EntryTableModel"
    accessible_text = True
    columns = (
        Column("Tekst", _entry_text, tooltip=_entry_text),
        Column("Soort", lambda e: label(e.statement_type), tooltip=_entry_text),
        Column("Gewicht", lambda e: label(e.weight) if e.weight else "", tooltip=_entry_text),
        Column("Domein", lambda e: label(e.domain) if e.domain else "", tooltip=_entry_text),
        Column("Bron", lambda e: " · ".join(part for part in (e.source_partner, e.source_label) if part),
               tooltip=_entry_text),
    )


# The scale question: one row per partner.
COL_PARTNER, COL_PREVIOUS, COL_SCORE = range(3)


@dataclass(frozen=True)
class RatingRow:
    partner_id: int
    partner: str
    previous: int | None
    score: int | None


def _score_text(value: int | None) -> str:
    return "—" if value is None else str(value)


class RatingTableModel(TableModel[RatingRow]):
    """Partners' ratings; the score column is editable and ``save`` stores it.

    When ``save`` refuses (a ``CasusoverlegError``), the value is not taken and ``refused`` carries
    the Dutch message.
    """

    refused = Signal(str)
    tr_context = "RatingTableModel"
    accessible_text = True
    columns = (
        Column("Partner", lambda r: r.partner),
        Column("Vorige keer", lambda r: _score_text(r.previous)),
        Column("Nu (0–10)", lambda r: _score_text(r.score)),
    )

    def __init__(self, save: Callable[[int, int | None], None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._save = save

    def row_id(self, row: RatingRow) -> int:
        return row.partner_id

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == COL_SCORE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def extra_data(self, row: RatingRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole and column == COL_SCORE:
            return "" if row.score is None else str(row.score)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_PARTNER:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
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
        self.dataChanged.emit(index, index, [DISPLAY, Qt.ItemDataRole.EditRole])
        return True

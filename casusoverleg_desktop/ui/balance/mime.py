"""Dragging a signal or a contribution onto the balance sheet.

Any view that shows signals or contributions (the case window, meeting mode) makes its drag data
with ``source_mime_data("signal", id)`` or ``source_mime_data("contribution", id)``; the sheet's
columns accept ``MIME_TYPE`` and create an entry linked to that source.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt

MIME_TYPE = "application/x-casusoverleg-source"
SIGNAL = "signal"
CONTRIBUTION = "contribution"
ENTITY_TYPES = (SIGNAL, CONTRIBUTION)


@dataclass(frozen=True)
class SourceRef:
    entity_type: str  # SIGNAL or CONTRIBUTION
    entity_id: int


def source_mime_data(entity_type: str, entity_id: int, text: str | None = None) -> QMimeData:
    """Drag data for a signal or contribution; ``text`` is the plain-text fallback for other targets."""
    if entity_type not in ENTITY_TYPES:
        raise ValueError(f"not a draggable source: {entity_type!r}")
    data = QMimeData()
    payload = json.dumps({"entity_type": entity_type, "id": int(entity_id)})
    data.setData(MIME_TYPE, payload.encode("utf-8"))
    if text:
        data.setText(text)
    return data


def draggable(flags: Qt.ItemFlag, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
    """A model's ``flags`` for a row that drags onto the balance sheet."""
    return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags


def rows_mime_data(indexes: Sequence[QModelIndex], entity_type: str, record: Callable[[int], Any],
                   text: Callable[[Any], str]) -> QMimeData | None:
    """A model's ``mimeData``: the first dragged row's record (with an ``id``) as a source."""
    rows = sorted({i.row() for i in indexes if i.isValid()})
    if not rows:
        return None
    dragged = record(rows[0])
    return source_mime_data(entity_type, dragged.id, text(dragged))


def read_source(data: QMimeData | None) -> SourceRef | None:
    """The source carried by ``data``, or None when it carries none (or something malformed)."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        entity_type, entity_id = payload["entity_type"], payload["id"]
    except (ValueError, KeyError, TypeError):
        return None
    if entity_type not in ENTITY_TYPES or not isinstance(entity_id, int) or isinstance(entity_id, bool):
        return None
    return SourceRef(entity_type, entity_id)

"""Small helpers for combo boxes whose items carry data (ids, enum values)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtWidgets import QComboBox

E = TypeVar("E", bound=Enum)


def enum_value(combo: QComboBox, enum_type: type[E], index: int | None = None) -> E | None:
    """The enum member of the current (or given) item: Qt hands string enums back as plain text."""
    data = combo.itemData(combo.currentIndex() if index is None else index)
    return None if data is None else enum_type(data)


def fill_items(combo: QComboBox, items: Sequence[tuple[str, Any]], none_text: str | None = None) -> None:
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for text, value in items:
        combo.addItem(text, value)


def select_data(combo: QComboBox, value: Any) -> None:
    """Make the item whose data is ``value`` current (``None`` finds the 'none'/'all' item)."""
    for index in range(combo.count()):
        data = combo.itemData(index)
        if data is value or (value is not None and data == value):
            combo.setCurrentIndex(index)
            return


def refill_keeping_selection(combo: QComboBox, items: Sequence[tuple[str, Any]], all_text: str) -> None:
    """New items for a filter combo, with the same item current as before and no signal fired."""
    current = combo.currentData()
    combo.blockSignals(True)
    fill_items(combo, items, all_text)
    select_data(combo, current)
    combo.blockSignals(False)

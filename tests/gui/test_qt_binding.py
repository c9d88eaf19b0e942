"""The Qt binding must not lose references to None.

PySide6 6.12.0 on CPython 3.11 takes one reference from None for every invalid QVariant it hands
to Python (``index.data(role)`` with no data, ``QComboBox.currentData()`` on an "Alle" item). The
app reads such values on every paint of a badge cell, so a long session or a large table freed
None and aborted the process (``none_dealloc``), found by the benchmark's large vault.
pyproject.toml therefore keeps PySide6 below 6.12; this test fails on a binding with the leak.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox

from casusoverleg_desktop.ui.models.base import BADGES_ROLE

CALLS = 2000


def _none_references_lost(call) -> int:
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    return before - sys.getrefcount(None)


def test_reading_absent_item_data_keeps_none_alive(qtbot) -> None:
    model = QStandardItemModel(1, 1)
    index = model.index(0, 0)
    assert _none_references_lost(lambda: index.data(BADGES_ROLE)) < CALLS // 2


def test_an_item_without_data_in_a_combo_keeps_none_alive(qtbot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("Alle", None)
    assert _none_references_lost(combo.currentData) < CALLS // 2
    assert combo.currentData() is None

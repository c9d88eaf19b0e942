"""Opening meeting mode is one read: one unit of work for the window, however long the agenda.

What an item shows of a case (its briefing, besluitvorming) is read when the item is shown, and
logged then; preparing spare screens in a quiet moment reads nothing.
"""

from __future__ import annotations

import pytest
from meeting_testkit import build_world
from units_of_work import counted

from PySide6.QtCore import Qt

from casusoverleg_desktop.domain.enums import AgendaItemKind
from casusoverleg_desktop.services import meetings

from casusoverleg_desktop.ui.meeting.meeting_mode_window import PREFETCH_MS, SPARE_SCREENS, MeetingModeWindow


@pytest.mark.parametrize("extra_cases", [0, 12])
def test_opening_meeting_mode_takes_one_unit_of_work(qtbot, ctx, extra_cases):
    world = build_world(ctx, extra_cases=extra_cases)
    for code, case_id in world.case_ids.items():
        if code.startswith("LV-2025-1"):
            meetings.add_case_item(ctx, world.meeting_id, case_id, slot_minutes=10)
    counting, units = counted(ctx)
    window = MeetingModeWindow(counting, world.meeting_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    assert units.opened == 1
    assert window.session.agenda[0].kind is AgendaItemKind.OPENING
    assert len(window.session.cases) == 3 + extra_cases

    window.show()
    qtbot.waitUntil(lambda: len(window._spare) == SPARE_SCREENS, timeout=10 * PREFETCH_MS * SPARE_SCREENS)
    assert units.opened == 1, "spare case screens are made without reading"


def test_showing_a_case_item_reads_its_briefing_once(qtbot, ctx):
    world = build_world(ctx)
    counting, units = counted(ctx)
    window = MeetingModeWindow(counting, world.meeting_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    case_row = next(row for row, item in enumerate(window.session.agenda)
                    if item.kind is AgendaItemKind.CASUS)
    window.show_item(case_row)
    opened = units.opened
    window.show_item(0)
    window.show_item(case_row)
    assert units.opened == opened, "a screen once made keeps what it read"

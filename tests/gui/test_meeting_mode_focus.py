"""No typed word is lost in meeting mode (issue 14, point 2): Tab stays in the inbreng row, and the
attendance chips change only on a deliberate key after Alt+P."""

from __future__ import annotations

import pytest
from meeting_testkit import build_world

from PySide6.QtCore import Qt

from casusoverleg_desktop.ui.meeting.attendance import AttendanceButton
from casusoverleg_desktop.ui.meeting.meeting_mode_window import MeetingModeWindow

ALT, SHIFT = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def case_item(qtbot, ctx):
    world = build_world(ctx)
    window = MeetingModeWindow(ctx, world.meeting_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_item(next(r for r, item in enumerate(window.session.agenda) if item.case_id is not None))
    return window, window.current_screen()


def test_tab_stays_in_the_input_row_and_keeps_the_sentence(qtbot, case_item):
    window, screen = case_item
    capture, chips = screen.capture, screen.attendance
    before = dict(chips.status)
    capture.partner_edit.setFocus()
    qtbot.keyClicks(capture.partner_edit, "Gemeente")
    qtbot.keyClick(capture.partner_edit, Qt.Key.Key_Return)
    assert window.focusWidget() is capture.text_edit  # Enter on the partner moves on to the text
    qtbot.keyClicks(capture.text_edit, "de moeder zegt")
    for _ in range(5):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        assert window.focusWidget() in (capture.partner_edit, capture.text_edit)
        assert not isinstance(window.focusWidget(), AttendanceButton)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab, SHIFT)
    assert window.focusWidget() in (capture.partner_edit, capture.text_edit)
    assert capture.text_edit.text() == "de moeder zegt" and chips.status == before


def test_attendance_changes_only_after_alt_p_and_a_key(qtbot, case_item):
    window, screen = case_item
    chips = screen.attendance
    first, second = list(chips.buttons)[:2]
    qtbot.keyClick(screen.capture.text_edit, Qt.Key.Key_P, ALT)
    assert window.focusWidget() is chips.buttons[first]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Right)
    assert window.focusWidget() is chips.buttons[second]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
    assert chips.status[second] is not None and chips.status[first] is None


def test_escape_steps_back_and_then_closes_keeping_what_was_typed(qtbot, ctx, case_item):
    from casusoverleg_desktop.services import meeting_mode

    window, screen = case_item
    screen.capture.partner_edit.setText("Gemeente")
    screen.capture.text_edit.setText("half getypte zin")
    window.toggle_blank()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.is_blank() and window.isVisible()
    qtbot.keyClick(screen.capture.text_edit, Qt.Key.Key_Escape)
    assert not window.isVisible()
    item_id = window.session.agenda[window.current].id
    assert (item_id, "contribution") in meeting_mode.drafts(ctx, window.session.meeting.id)

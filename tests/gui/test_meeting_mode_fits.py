"""Meeting mode fits the laptop screen in every phase: content scrolls inside, the header with the
timer and the footer with Vorige/Volgende/Sluiten stay in view (issue 14, point 1)."""

from __future__ import annotations

import pytest
from meeting_testkit import build_world

from PySide6.QtCore import QRect, Qt

from casusoverleg_desktop.ui.meeting.item_screens import CaseItemScreen
from casusoverleg_desktop.ui.meeting.meeting_mode_window import MeetingModeWindow

ALT = Qt.KeyboardModifier.AltModifier
SCREENS = {"1366x768": (1366, 768 - 40),  # a laptop, less its task bar
           "1920x1080@150%": (1280, 720 - 40)}  # what Qt sees of a full-HD screen at 150 %


def _inside(inner: QRect, outer: QRect) -> bool:
    return outer.contains(inner)


@pytest.mark.parametrize("size", SCREENS.values(), ids=SCREENS.keys())
@pytest.mark.parametrize("large", [False, True], ids=["normal", "grote-letters"])
@pytest.mark.parametrize("phase_key", [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3],
                         ids=["beeldvorming", "oordeelsvorming", "besluitvorming"])
def test_every_phase_of_a_case_item_fits_a_laptop(qtbot, ctx, size, large, phase_key):
    world = build_world(ctx)
    window = MeetingModeWindow(ctx, world.meeting_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    if large:
        window.ui.large_check.setChecked(True)
    row = next(r for r, item in enumerate(window.session.agenda) if item.case_id is not None)
    window.show_item(row)
    screen = window.current_screen()
    assert isinstance(screen, CaseItemScreen)
    qtbot.keyClick(screen.capture.text_edit, phase_key, ALT)
    qtbot.wait(50)
    assert window.minimumSizeHint().height() <= size[1] and window.minimumSizeHint().width() <= size[0]
    assert (window.width(), window.height()) == size, "the window grew past the screen"
    frame = window.rect()
    for part in (window.ui.header_frame, window.ui.footer_frame):
        shown = QRect(part.mapTo(window, part.rect().topLeft()), part.size())
        assert _inside(shown, frame), f"{part.objectName()} is off-screen: {shown} outside {frame}"
    for button in (window.ui.previous_button, window.ui.next_button, window.ui.close_button):
        assert button.isVisible() and _inside(QRect(button.mapTo(window, button.rect().topLeft()),
                                                    button.size()), frame)


@pytest.mark.parametrize("large", [False, True], ids=["normal", "grote-letters"])
def test_every_item_of_the_agenda_fits_a_laptop(qtbot, ctx, large):
    world = build_world(ctx)
    window = MeetingModeWindow(ctx, world.meeting_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    size = SCREENS["1366x768"]
    window.resize(*size)
    window.show()
    window.ui.large_check.setChecked(large)
    for row in range(len(window.session.agenda)):
        window.show_item(row)
        qtbot.wait(10)
        hint = window.minimumSizeHint()
        assert hint.height() <= size[1] and hint.width() <= size[0], (row, hint)
        assert (window.width(), window.height()) == size, row


@pytest.mark.parametrize("size", SCREENS.values(), ids=SCREENS.keys())
def test_in_beeldvorming_the_inbreng_row_is_in_view_without_scrolling(qtbot, ctx, size):
    """Scrolling is the safety net; the phase a meeting mostly spends its time in needs none."""
    world = build_world(ctx)
    window = MeetingModeWindow(ctx, world.meeting_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.show_item(next(r for r, item in enumerate(window.session.agenda) if item.case_id is not None))
    qtbot.keyClick(window.current_screen().capture.text_edit, Qt.Key.Key_3, ALT)  # a taller phase first
    qtbot.keyClick(window.current_screen().capture.text_edit, Qt.Key.Key_1, ALT)
    qtbot.wait(20)
    screen = window.current_screen()
    assert screen.minimumSizeHint().height() <= window.ui.item_stack.height()
    row = screen.capture.text_edit
    shown = QRect(row.mapTo(window, row.rect().topLeft()), row.size())
    assert window.ui.item_stack.geometry().contains(shown)

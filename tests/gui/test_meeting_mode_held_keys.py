"""PgDn held down in meeting mode (issue 14, benchmark ``item_switch_held_ms``): the titles keep pace
with the keyboard's repeats, the item where the key is let go gets its screen, nothing typed is
lost and nothing of a case passed by is read."""

from __future__ import annotations

from meeting_testkit import build_world

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from casusoverleg_desktop.domain.enums import AgendaItemKind

from casusoverleg_desktop.ui.meeting.item_screens import CaseItemScreen
from casusoverleg_desktop.ui.meeting.meeting_mode_window import MeetingModeWindow

PGDN, PGUP, NONE = Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier


def _window(qtbot, ctx) -> MeetingModeWindow:
    world = build_world(ctx)
    window = MeetingModeWindow(ctx, world.meeting_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    with qtbot.waitActive(window):  # the item keys are the window's shortcuts
        window.show()
        window.activateWindow()
    return window


def _press(window: MeetingModeWindow, key: Qt.Key, held: bool) -> None:
    """A key press as the keyboard sends it to the window the user works in; ``held``: one of its
    auto-repeats."""
    if not window.isActiveWindow():
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
    QTest.simulateEvent(window.focusWidget() or window, True, key, NONE, "", held)


def _case_rows(window: MeetingModeWindow) -> list[int]:
    return [row for row, item in enumerate(window.session.agenda) if item.kind is AgendaItemKind.CASUS]


def test_held_pgdn_passes_titles_and_shows_the_screen_where_it_is_let_go(qtbot, ctx):
    window = _window(qtbot, ctx)
    first_case, *_, last_case = _case_rows(window)
    _press(window, PGDN, held=False)
    assert window.current == 1 and window.current_screen() is not None  # one press: the screen at once
    while window.current < last_case:
        _press(window, PGDN, held=True)
        assert window.current_screen() is None, "a held key builds no screen"
        assert window.ui.item_stack.currentWidget().objectName() == "passing_page"
        item = window.session.agenda[window.current]
        assert window.session.item_title(item) in window.ui.item_title_label.text()
        count = len(window.session.agenda)
        still = count - window.current - 1
        number = window.plan.items[window.current].number
        assert window.ui.position_label.text() == (f"Punt {number} · nog {still}" if still
                                                   else f"Punt {number} · laatste")
    passed = [window.session.agenda[row].id for row in range(first_case, last_case)]
    assert not any(item_id in window.screens for item_id in passed), "a case passed by was read"
    qtbot.waitUntil(lambda: window.current_screen() is not None, timeout=2000)
    screen = window.current_screen()
    assert isinstance(screen, CaseItemScreen) and screen.item.id == window.session.agenda[last_case].id
    assert window.focusWidget() in (screen.capture.partner_edit, screen.capture.text_edit)


def test_text_typed_before_holding_the_key_is_kept(qtbot, ctx):
    window = _window(qtbot, ctx)
    case_row = _case_rows(window)[0]
    window.show_item(case_row)
    screen = window.current_screen()
    qtbot.keyClicks(screen.capture.text_edit, "Zorgen over de schoolgang")
    _press(window, PGDN, held=False)
    _press(window, PGDN, held=True)
    for _ in range(3):  # back past the case, to the item before it
        _press(window, PGUP, held=True)
    assert window.current == case_row - 1
    qtbot.waitUntil(lambda: window.current_screen() is not None, timeout=2000)
    window.show_item(case_row)
    assert window.current_screen() is screen
    assert screen.capture.text_edit.text() == "Zorgen over de schoolgang"


def test_a_held_key_stops_at_the_ends_of_the_agenda(qtbot, ctx):
    window = _window(qtbot, ctx)
    last = len(window.session.agenda) - 1
    _press(window, PGUP, held=True)
    assert window.current == 0 and window.current_screen() is not None, "nothing before the first item"
    window.show_item(last - 1)
    for _ in range(4):
        _press(window, PGDN, held=True)
    assert window.current == last
    qtbot.waitUntil(lambda: window.current_screen() is not None, timeout=2000)
    assert window.current == last


def test_the_blank_screen_waits_for_the_item_passed_to(qtbot, ctx):
    window = _window(qtbot, ctx)
    _press(window, PGDN, held=False)
    _press(window, PGDN, held=True)
    window.toggle_blank()  # F7 while the key was held: nothing of the meeting shows
    qtbot.wait(300)
    assert window.is_blank()
    window.toggle_blank()
    qtbot.waitUntil(lambda: window.current_screen() is not None, timeout=2000)
    assert window.current == 2

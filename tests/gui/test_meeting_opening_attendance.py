"""Attendance during the meeting (issue 14, point 6): the Opening records who is at the table, the
invited partners listed beforehand; an inbreng marks its partner present at the case and at the
meeting; the minutes then say who was there."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from meeting_testkit import build_world, open_meeting_mode

from PySide6.QtCore import Qt

from casusoverleg_desktop.domain.enums import Attendance, MeetingStatus, PartnerDomain, PartnerTier
from casusoverleg_desktop.services import document_data, meetings, partners
from casusoverleg_desktop.services.meeting_mode import case_item_attendance

from casusoverleg_desktop.ui.meeting.attendance import AttendanceButton
from casusoverleg_desktop.ui.meeting.item_screens import CaseItemScreen, GeneralItemScreen
from casusoverleg_desktop.ui.meeting.meeting_mode_window import MeetingModeWindow
from casusoverleg_desktop.ui.meeting.opening import MeetingAttendancePanel

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
AFTERNOON = dt.datetime(2025, 3, 26, 14, 0, tzinfo=dt.UTC)
DAAN_ROW = 4


@pytest.fixture
def on_the_day(ctx):
    return dataclasses.replace(ctx, clock=lambda: AFTERNOON)


@pytest.fixture
def world(ctx):
    """A fresh vault with partners, cases and this month's meeting; one partner invited for no case."""
    world = build_world(ctx)
    partners.create_partner(ctx, "Veilig Thuis Lindeveld", PartnerDomain.ZORG,
                            PartnerTier.EXTERNE_CASUSPARTNER, covenant_signed=True, short_name="Veilig Thuis")
    return world




@pytest.fixture
def window(qtbot, on_the_day, world) -> MeetingModeWindow:
    return open_meeting_mode(qtbot, on_the_day, world.meeting_id, 1366, 728)


def _press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


def _panel(window) -> MeetingAttendancePanel:
    screen = window.current_screen()
    assert isinstance(screen, GeneralItemScreen) and screen.attendance is not None
    return screen.attendance


def test_the_opening_lists_the_invited_partners_and_records_attendance_by_keyboard(qtbot, ctx, window, world):
    assert window.ui.item_title_label.text().endswith("Opening")
    panel = _panel(window)
    ids = world.partner_ids
    # every partner invited for a case of this meeting, by name; Veilig Thuis is invited for none
    by_name = sorted(ids.values(), key=lambda p: window.session.partner_name(p).casefold())
    assert list(panel.buttons) == by_name
    assert all(status is None for status in panel.status.values())
    assert window.screens[window.session.agenda[0].id].notes_edit.hasFocus()  # never a chip first

    _press(qtbot, window, Qt.Key.Key_P, ALT)
    first = panel.buttons[ids["Gemeente"]]
    assert window.focusWidget() is first and first.text() == "Gemeente · —"
    _press(qtbot, window, Qt.Key.Key_Space)
    assert first.text() == "Gemeente · aanwezig"
    _press(qtbot, window, Qt.Key.Key_Right)  # GGZ
    _press(qtbot, window, Qt.Key.Key_M)
    ggz = panel.buttons[ids["GGZ"]]
    assert ggz.text() == "GGZ · m.k." and "afwezig met kennisgeving" in ggz.toolTip()
    assert "Z afwezig zonder kennisgeving (z.k.)" in ggz.toolTip()
    _press(qtbot, window, Qt.Key.Key_Right)  # Jeugdteam
    _press(qtbot, window, Qt.Key.Key_Z)
    qtbot.mouseClick(panel.all_present_button, Qt.MouseButton.LeftButton)

    expected = {p: Attendance.AANWEZIG for p in ids.values()}
    expected.update({ids["GGZ"]: Attendance.AFWEZIG_MK, ids["Jeugdteam"]: Attendance.AFWEZIG_ZK})
    assert {a.partner_id: a.status for a in meetings.attendance(ctx, world.meeting_id)} == expected
    assert panel.status == expected

    # someone at the table who was invited for no case
    panel.add_edit.setFocus()
    qtbot.keyClicks(panel.add_edit, "veilig")
    qtbot.keyClick(panel.add_edit, Qt.Key.Key_Return)
    assert panel.add_edit.text() == "" and not panel.error.text()
    veilig = next(p for p in window.session.partners.values() if p.short_name == "Veilig Thuis")
    assert panel.buttons[veilig.id].text() == "Veilig Thuis · aanwezig"


def test_tab_from_the_opening_notes_and_fields_never_reaches_a_chip(qtbot, window):
    panel = _panel(window)
    panel.add_edit.setFocus()
    qtbot.keyClicks(panel.add_edit, "politie")
    for _ in range(8):
        _press(qtbot, window, Qt.Key.Key_Tab)
        assert not isinstance(window.focusWidget(), AttendanceButton)
    assert all(status is None for status in panel.status.values())


def test_an_unknown_partner_gets_a_dutch_message_and_nothing_is_recorded(qtbot, ctx, window, world):
    panel = _panel(window)
    panel.add_edit.setFocus()
    qtbot.keyClicks(panel.add_edit, "Brandweer")
    qtbot.keyClick(panel.add_edit, Qt.Key.Key_Return)
    assert panel.error.text() == "Typ de naam van een partner die nog niet in de lijst staat."
    assert panel.add_edit.text() == "Brandweer"
    panel.add_edit.setText("Politie")  # already listed: set its chip instead
    qtbot.keyClick(panel.add_edit, Qt.Key.Key_Return)
    assert panel.error.text() and meetings.attendance(ctx, world.meeting_id) == []


def test_an_inbreng_marks_the_partner_present_at_the_case_and_on_the_opening(qtbot, ctx, window, world):
    opening = _panel(window)
    for _ in range(DAAN_ROW):
        _press(qtbot, window, Qt.Key.Key_PageDown)
    screen = window.current_screen()
    assert isinstance(screen, CaseItemScreen)
    politie, school = world.partner_ids["Politie"], world.partner_ids["School"]
    screen.attendance.set_status(school, Attendance.AFWEZIG_MK)
    for partner, text in (("Politie", "Wijkagent zag Daan bij de moskee"), ("School", "Schriftelijk")):
        screen.capture.partner_edit.setText(partner)
        screen.capture.partner_edit.setFocus()
        qtbot.keyClick(screen.capture.partner_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(screen.capture.text_edit, text)
        qtbot.keyClick(screen.capture.text_edit, Qt.Key.Key_Return)
    assert screen.capture.model.rowCount() == 2
    assert screen.attendance.buttons[politie].text() == "Politie · aanwezig"
    assert screen.attendance.buttons[school].text() == "School · m.k."  # recorded absent stays so
    item_id = window.session.agenda[DAAN_ROW].id
    assert {a.partner_id: a.status for a in case_item_attendance(ctx, item_id)} == {
        politie: Attendance.AANWEZIG, school: Attendance.AFWEZIG_MK}

    window.show_item(0)
    assert opening.status[politie] is Attendance.AANWEZIG
    assert opening.status[school] is Attendance.AANWEZIG  # at the meeting nothing was recorded
    assert opening.buttons[politie].text() == "Politie · aanwezig"
    assert {a.partner_id for a in meetings.attendance(ctx, world.meeting_id)} == {politie, school}


def test_the_attendance_recorded_at_the_opening_is_in_the_minutes(qtbot, ctx, on_the_day, window, world):
    panel = _panel(window)
    ids = world.partner_ids
    panel.set_status(ids["OM"], Attendance.AFWEZIG_MK)
    panel.set_status(ids["Reclassering"], Attendance.AFWEZIG_ZK)
    panel.rest_present()
    window.show_item(len(window.session.agenda) - 1)
    closing = window.current_screen().closing
    closing.create_next_check.setChecked(False)
    _press(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.mouseClick(closing.unfinished_dialog.close_anyway_button, Qt.MouseButton.LeftButton)
    assert meetings.get_meeting(ctx, world.meeting_id).status is MeetingStatus.GEHOUDEN

    record = document_data.minutes_data(ctx, world.meeting_id).record
    lines = {line.partner: line.status for line in record.attendance}
    assert lines["Openbaar Ministerie"] is Attendance.AFWEZIG_MK
    assert lines["Reclassering"] is Attendance.AFWEZIG_ZK
    assert lines["Politie Lindeveld"] is Attendance.AANWEZIG and len(lines) == len(ids)
    # closed: the chips show the record and take no key
    window.show_item(0)
    assert not panel.isEnabled()

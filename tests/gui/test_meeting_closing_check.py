"""Before closing, and after (issue 14, point 7): Ctrl+Enter on Sluiting first lists what is
unfinished; "Terug naar dit punt" goes there and keeps the meeting open, "Toch sluiten" closes;
the next meeting's date makes that meeting; Escape closes meeting mode as the × does."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from meeting_testkit import build_world, open_meeting_mode

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication

from casusoverleg_desktop.domain.enums import Attendance, BobPhase, MeetingStatus, MeetingType
from casusoverleg_desktop.services import actions, cases, decisions, meetings

from casusoverleg_desktop.ui.meeting.closing import ClosingPanel
from casusoverleg_desktop.ui.meeting.item_screens import CaseItemScreen, GeneralItemScreen
from casusoverleg_desktop.ui.meeting.meeting_mode_window import MeetingModeWindow

CTRL = Qt.KeyboardModifier.ControlModifier
AFTERNOON = dt.datetime(2025, 3, 26, 14, 0, tzinfo=dt.UTC)  # 15.00 in Lindeveld, on the meeting day


@pytest.fixture
def on_the_day(ctx):
    return dataclasses.replace(ctx, clock=lambda: AFTERNOON)


@pytest.fixture
def world(ctx):
    return build_world(ctx)




@pytest.fixture
def window(qtbot, on_the_day, world) -> MeetingModeWindow:
    return open_meeting_mode(qtbot, on_the_day, world.meeting_id, 1366, 728)


def _press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


def _to_closing(qtbot, window) -> tuple[GeneralItemScreen, ClosingPanel]:
    """Sluiting, reached with PgDn through every item as the chair does."""
    while window.current + 1 < len(window.session.agenda):
        _press(qtbot, window, Qt.Key.Key_PageDown)
    screen = window.current_screen()
    assert isinstance(screen, GeneralItemScreen) and screen.closing is not None
    return screen, screen.closing


def _finish_everything(ctx, world) -> None:
    for partner_id in world.partner_ids.values():
        meetings.set_attendance(ctx, world.meeting_id, partner_id, Attendance.AANWEZIG)
    for review in actions.review_list(ctx, world.meeting_id):
        actions.record_review(ctx, review.id, note="besproken")
    for item in meetings.agenda(ctx, world.meeting_id):
        if item.case_id is not None:
            decisions.record_decision(ctx, world.meeting_id, "Aanpak loopt door", agenda_item_id=item.id)
            cases.set_review_date(ctx, item.case_id, dt.date(2025, 6, 18))


def test_ctrl_enter_lists_what_is_unfinished_and_terug_goes_there(qtbot, ctx, window, world):
    screen, closing = _to_closing(qtbot, window)
    closing.next_meeting_edit.setText("23-4")
    _press(qtbot, window, Qt.Key.Key_Return, CTRL)
    dialog = closing.unfinished_dialog
    assert dialog is not None and dialog.isVisible()
    lines = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert lines[0] == "Opening: De aanwezigheid is niet vastgelegd."
    assert "Casusbespreking LV-2025-014 · Daan V.: Geen besluit vastgelegd." in lines
    assert "Casusbespreking LV-2025-030 · Milan B.: Geen datum voor de volgende bespreking." in lines
    assert not any(line.startswith("Rondvraag") for line in lines)  # paged through: it was held
    assert dialog.back_button.isDefault() and not dialog.close_anyway_button.autoDefault()

    dialog.list.setCurrentRow(lines.index("Casusbespreking LV-2025-014 · Daan V.: Geen besluit vastgelegd."))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter: back to that point
    assert not dialog.isVisible() and closing.unfinished_dialog is None
    case_screen = window.current_screen()
    assert isinstance(case_screen, CaseItemScreen)
    assert case_screen.item.case_id == world.case_ids["LV-2025-014"]
    assert case_screen.phase is BobPhase.BESLUITVORMING and case_screen.decisions.edit.hasFocus()
    meeting = meetings.get_meeting(ctx, world.meeting_id)
    assert meeting.status is not MeetingStatus.GEHOUDEN and meeting.next_meeting_on is None
    assert closing.next_meeting_edit.text() == "23-4"  # what was typed on Sluiting stays


def test_escape_in_the_list_stays_on_sluiting_with_the_meeting_open(qtbot, ctx, window, world):
    screen, closing = _to_closing(qtbot, window)
    _press(qtbot, window, Qt.Key.Key_Return, CTRL)
    dialog = closing.unfinished_dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and window.isVisible()
    assert window.current_screen() is screen
    assert meetings.get_meeting(ctx, world.meeting_id).status is not MeetingStatus.GEHOUDEN


def test_toch_sluiten_closes_and_the_next_meeting_is_made_like_this_one(qtbot, ctx, window, world):
    screen, closing = _to_closing(qtbot, window)
    closing.end_edit.setTime(QTime(15, 42))
    closing.next_meeting_edit.setText("23-4")
    _press(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.mouseClick(closing.unfinished_dialog.close_anyway_button, Qt.MouseButton.LeftButton)

    meeting = meetings.get_meeting(ctx, world.meeting_id)
    assert (meeting.status, meeting.end_time, meeting.next_meeting_on) == (
        MeetingStatus.GEHOUDEN, dt.time(15, 42), dt.date(2025, 4, 23))
    following = [m for m in meetings.list_meetings(ctx) if m.held_on == dt.date(2025, 4, 23)]
    assert len(following) == 1
    made = meetings.get_meeting(ctx, following[0].id)
    assert (made.meeting_type, made.status, made.start_time, made.end_time, made.location, made.chair_id) == (
        MeetingType.ICO_MDO, MeetingStatus.IN_VOORBEREIDING, dt.time(13, 30), dt.time(16),
        "ZVH Lindeveld, zaal 2", world.chair_id)  # the planned end, not today's 15.42
    assert closing.next_label.text() == ("De volgende vergadering (23-04-2025, 13:30) staat klaar "
                                         "onder Overleggen, in voorbereiding.")
    assert closing.sentence.text() == "De voorzitter sluit de vergadering om 15.42 uur."
    assert not closing.close_button.isEnabled() and not closing.create_next_check.isEnabled()


def test_with_nothing_unfinished_ctrl_enter_closes_at_once(qtbot, ctx, on_the_day, world):
    _finish_everything(ctx, world)
    following = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 4, 23))  # planned already
    window = open_meeting_mode(qtbot, on_the_day, world.meeting_id, 1366, 728)
    screen, closing = _to_closing(qtbot, window)
    closing.next_meeting_edit.setText("23-04-2025")
    _press(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert closing.unfinished_dialog is None
    assert meetings.get_meeting(ctx, world.meeting_id).status is MeetingStatus.GEHOUDEN
    assert [m.id for m in meetings.list_meetings(ctx) if m.held_on == dt.date(2025, 4, 23)] == [following.id]
    assert "stond al onder Overleggen" in closing.next_label.text()


def test_a_next_meeting_date_in_the_past_gets_a_dutch_message_and_nothing_happens(qtbot, ctx, world):
    """Closed late: today is long after the meeting, and 23-4-2025 is gone."""
    window = open_meeting_mode(qtbot, ctx, world.meeting_id, 1366, 728)
    screen, closing = _to_closing(qtbot, window)
    closing.next_meeting_edit.setText("23-4-2025")
    closing.end_edit.setTime(QTime(15, 40))
    _press(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert closing.unfinished_dialog is None
    assert closing.error.text() == ("De volgende vergadering (23-04-2025) ligt in het verleden. Kies een "
                                    "datum vanaf vandaag, of laat die vergadering niet aanmaken.")
    assert closing.next_meeting_edit.text() == "23-4-2025"
    assert meetings.get_meeting(ctx, world.meeting_id).status is not MeetingStatus.GEHOUDEN
    assert len(meetings.list_meetings(ctx)) == 2
    # only recording the date (not making that meeting) is allowed
    closing.create_next_check.setChecked(False)
    _press(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.mouseClick(closing.unfinished_dialog.close_anyway_button, Qt.MouseButton.LeftButton)
    assert meetings.get_meeting(ctx, world.meeting_id).next_meeting_on == dt.date(2025, 4, 23)
    assert len(meetings.list_meetings(ctx)) == 2 and not closing.next_label.text()


def test_a_refused_end_time_is_said_before_any_list(qtbot, ctx, window, world):
    screen, closing = _to_closing(qtbot, window)
    closing.end_edit.setTime(QTime(12, 0))  # before the start at 13.30
    _press(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert closing.unfinished_dialog is None and "eindtijd" in closing.error.text()


def test_escape_closes_meeting_mode_as_the_cross_does(qtbot, ctx, window, world):
    screen, closing = _to_closing(qtbot, window)
    screen.notes_edit.setFocus()
    qtbot.keyClicks(screen.notes_edit, "Volgende keer in zaal 3")
    _press(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.keyClick(closing.unfinished_dialog, Qt.Key.Key_Escape)  # first Escape: only the list goes
    assert window.isVisible()
    _press(qtbot, window, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert not window.isVisible()
    assert meetings.agenda(ctx, world.meeting_id)[-1].notes == "Volgende keer in zaal 3"
    assert meetings.get_meeting(ctx, world.meeting_id).status is not MeetingStatus.GEHOUDEN

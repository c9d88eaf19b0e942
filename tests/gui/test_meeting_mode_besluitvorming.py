"""Vergadermodus, the rest of a whole meeting: decision share marks, escalation, informed,
feedback to the reporter, next review date, attendance per case item, and closing the meeting."""

from __future__ import annotations

import datetime as dt

import pytest
from answers import Answers
from meeting_testkit import MEETING_DAY, build_world

from PySide6.QtCore import Qt, QTime

from casusoverleg_desktop.domain.enums import (
    AgendaItemKind,
    Attendance,
    BobPhase,
    EscalationDirection,
    InformedStatus,
    MeetingStatus,
)
from casusoverleg_desktop.services import cases, decisions, meeting_mode, meetings

from casusoverleg_desktop.ui.meeting.item_screens import CaseItemScreen, GeneralItemScreen
from casusoverleg_desktop.ui.meeting.meeting_mode_window import MeetingModeWindow

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
DAAN_ROW = 4


@pytest.fixture
def world(ctx):
    world = build_world(ctx)
    cases.add_reporter(ctx, world.case_ids["LV-2025-014"], dt.date(2025, 3, 3),
                       partner_id=world.partner_ids["School"])
    return world


@pytest.fixture
def window(qtbot, ctx, world) -> MeetingModeWindow:
    window = MeetingModeWindow(ctx, world.meeting_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


def _daan(qtbot, window) -> CaseItemScreen:
    for _ in range(DAAN_ROW):
        _press(qtbot, window, Qt.Key.Key_PageDown)
    screen = window.current_screen()
    assert isinstance(screen, CaseItemScreen)
    return screen


def _decide(qtbot, window, screen: CaseItemScreen, text: str) -> None:
    _press(qtbot, window, Qt.Key.Key_D, ALT)
    screen.decisions.edit.setText(text)
    qtbot.keyClick(screen.decisions.edit, Qt.Key.Key_Return)


def test_decisions_are_marked_shareable_per_invited_partner_by_keyboard(qtbot, ctx, window, world):
    screen = _daan(qtbot, window)
    screen.shares.ask = answers = Answers(True)  # the chair shares knowingly
    _decide(qtbot, window, screen, "Opschalen naar gezinsaanpak")
    ids = world.partner_ids
    invited = list(window.session.agenda[DAAN_ROW].invited_partner_ids)
    assert [b.text().split(" ", 1)[1] for b in screen.shares.buttons] == [
        window.session.partner_name(p) for p in invited]
    _press(qtbot, window, Qt.Key.Key_S, ALT)
    assert screen.decisions.view.hasFocus()
    school = invited.index(ids["School"]) + 1
    qtbot.keyClick(screen.decisions.view, Qt.Key(Qt.Key.Key_0 + school))
    assert decisions.decisions(ctx, world.meeting_id)[0].shared_with == (ids["School"],)
    title, text, _proceed = answers.asked[0]  # Daan's case holds special-category data
    assert title == "Toch delen?" and "Besluit B1: Opschalen naar gezinsaanpak" in text
    assert screen.shares.buttons[school - 1].isChecked()
    qtbot.keyClick(screen.decisions.view, Qt.Key.Key_0)  # Alle genodigden
    assert set(decisions.decisions(ctx, world.meeting_id)[0].shared_with) == set(invited)
    qtbot.keyClick(screen.decisions.view, Qt.Key.Key_0)  # all again: none
    assert decisions.decisions(ctx, world.meeting_id)[0].shared_with == ()
    qtbot.mouseClick(screen.shares.buttons[0], Qt.MouseButton.LeftButton)
    assert decisions.decisions(ctx, world.meeting_id)[0].shared_with == (invited[0],)
    # a second decision becomes the selected one, with no marks of its own
    _decide(qtbot, window, screen, "Regie bij het jeugdteam")
    assert screen.shares.title.text().startswith("Delen B2")
    assert not any(b.isChecked() for b in screen.shares.buttons)


def test_escalation_follows_a_decision_of_this_item(qtbot, ctx, window, world):
    screen = _daan(qtbot, window)
    _decide(qtbot, window, screen, "Opschalen naar gezinsaanpak")
    _press(qtbot, window, Qt.Key.Key_O, ALT)
    extras = screen.extras
    assert extras.escalation_edit.hasFocus() and screen.phase is BobPhase.BESLUITVORMING
    qtbot.keyClick(extras.escalation_edit, Qt.Key.Key_Return)  # no reason: refused
    assert "reden" in extras.error.text()
    qtbot.keyClicks(extras.escalation_edit, "Zorgen over radicalisering nemen toe")
    qtbot.keyClick(extras.escalation_edit, Qt.Key.Key_Return)
    assert not extras.error.text() and extras.escalation_edit.text() == ""
    (event,) = meeting_mode.decision_context(ctx, window.session.agenda[DAAN_ROW].id).escalations
    decision = decisions.decisions(ctx, world.meeting_id)[0]
    assert (event.direction, event.reason, event.decision_id, event.occurred_on) == (
        EscalationDirection.OPSCHALEN, "Zorgen over radicalisering nemen toe", decision.id, MEETING_DAY)
    assert "opschalen" in extras.escalation_state.text()


def test_informed_uitgesteld_needs_a_review_date_and_keeps_the_reason(qtbot, ctx, window, world):
    screen = _daan(qtbot, window)
    _press(qtbot, window, Qt.Key.Key_G, ALT)
    extras = screen.extras
    assert extras.subject_combo.hasFocus()
    assert [extras.subject_combo.itemText(i) for i in range(extras.subject_combo.count())] == [
        "Daan V.", "Moeder V."]
    extras.informed_combo.setCurrentIndex(extras.informed_combo.findData(InformedStatus.UITGESTELD.value))
    extras.informed_edit.setText("Politieonderzoek loopt; informeren zou het schaden")
    qtbot.keyClick(extras.informed_edit, Qt.Key.Key_Return)
    assert extras.error.text() == "Kies een datum waarop het uitgestelde informeren opnieuw wordt bekeken."
    assert extras.error.isVisible()
    assert extras.informed_edit.text() == "Politieonderzoek loopt; informeren zou het schaden"
    qtbot.keyClicks(extras.informed_date_edit, "7-5")
    qtbot.keyClick(extras.informed_date_edit, Qt.Key.Key_Return)
    assert not extras.error.text()
    daan = meeting_mode.decision_context(ctx, window.session.agenda[DAAN_ROW].id).subjects[0]
    assert (daan.informed, daan.informed_review_date) == (InformedStatus.UITGESTELD, dt.date(2025, 5, 7))
    assert "07-05-2025" in extras.informed_state.text()
    # 'ja' for the mother: the meeting day unless a date is typed
    extras.subject_combo.setCurrentIndex(1)
    extras.informed_combo.setCurrentIndex(extras.informed_combo.findData(InformedStatus.JA.value))
    extras.informed_edit.setText("Jeugdteam")
    qtbot.keyClick(extras.informed_edit, Qt.Key.Key_Return)
    detail = cases.open_case(ctx, world.case_ids["LV-2025-014"])
    current = [r for r in detail.informed if not r.superseded]
    assert sorted((r.status, r.informed_on, r.informed_by) for r in current) == [
        (InformedStatus.JA, MEETING_DAY, "Jeugdteam"), (InformedStatus.UITGESTELD, None, None)]


def test_feedback_to_the_reporter_and_the_next_review_date(qtbot, ctx, window, world):
    screen = _daan(qtbot, window)
    _press(qtbot, window, Qt.Key.Key_T, ALT)
    extras = screen.extras
    assert extras.feedback_to_edit.hasFocus()
    assert extras.reporter_combo.currentText() == "School"
    assert "terugkoppelen" in extras.feedback_state.text()
    qtbot.keyClicks(extras.feedback_to_edit, "mentor")
    qtbot.keyClick(extras.feedback_to_edit, Qt.Key.Key_Return)
    assert extras.feedback_edit.hasFocus()
    extras.feedback_edit.setText("De casus is besproken; het jeugdteam neemt contact op.")
    qtbot.keyClick(extras.feedback_edit, Qt.Key.Key_Return)
    (reporter,) = cases.open_case(ctx, world.case_ids["LV-2025-014"]).reporters
    assert [(f.given_to, f.content, f.given_on) for f in reporter.feedback] == [
        ("mentor", "De casus is besproken; het jeugdteam neemt contact op.", MEETING_DAY)]
    assert "Laatst 26-03" in extras.feedback_state.text()

    _press(qtbot, window, Qt.Key.Key_V, ALT)
    assert extras.review_edit.hasFocus()
    qtbot.keyClicks(extras.review_edit, "juni")
    qtbot.keyClick(extras.review_edit, Qt.Key.Key_Return)
    assert "als datum" in extras.error.text() and extras.review_edit.text() == "juni"
    extras.review_edit.setText("18-6-2025")
    qtbot.keyClick(extras.review_edit, Qt.Key.Key_Return)
    assert cases.open_case(ctx, world.case_ids["LV-2025-014"]).case.next_review_date == dt.date(2025, 6, 18)
    assert extras.review_state.text() == "Nu: 18-06-2025"


def test_case_item_attendance_cycles_with_one_key(qtbot, ctx, window, world):
    screen = _daan(qtbot, window)
    item_id = window.session.agenda[DAAN_ROW].id
    invited = list(window.session.agenda[DAAN_ROW].invited_partner_ids)
    _press(qtbot, window, Qt.Key.Key_P, ALT)
    first = screen.attendance.buttons[invited[0]]
    assert first.hasFocus() and first.text().endswith("—")
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert first.text().endswith("aanwezig")
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert first.text().endswith("m.k.")
    qtbot.keyClick(first, Qt.Key.Key_Right)
    second = screen.attendance.buttons[invited[1]]
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Z)
    stored = {a.partner_id: a.status for a in meeting_mode.case_item_attendance(ctx, item_id)}
    assert stored == {invited[0]: Attendance.AFWEZIG_MK, invited[1]: Attendance.AFWEZIG_ZK}
    # it comes back when the meeting is opened again
    window.close()
    again = MeetingModeWindow(ctx, world.meeting_id)
    qtbot.addWidget(again)
    screen = again.screen_for(DAAN_ROW)
    assert screen.attendance.status[invited[1]] is Attendance.AFWEZIG_ZK


def test_typed_extras_survive_a_lock(qtbot, ctx, window, world):
    screen = _daan(qtbot, window)
    _press(qtbot, window, Qt.Key.Key_G, ALT)
    screen.extras.informed_edit.setText("Wacht op uitkomst gesprek met moeder")
    screen.extras.feedback_edit.setText("Half getypt")
    with qtbot.waitSignal(window.lock_requested):
        _press(qtbot, window, Qt.Key.Key_L, CTRL)
    stored = meeting_mode.drafts(ctx, world.meeting_id)
    item_id = window.session.agenda[DAAN_ROW].id
    assert stored[(item_id, "informed_text")] == "Wacht op uitkomst gesprek met moeder"
    assert stored[(item_id, "feedback")] == "Half getypt"
    window.close()
    again = MeetingModeWindow(ctx, world.meeting_id)
    qtbot.addWidget(again)
    assert again.screen_for(DAAN_ROW).extras.informed_edit.text() == "Wacht op uitkomst gesprek met moeder"


def test_closing_the_meeting_records_end_time_status_and_next_meeting(qtbot, ctx, window, world):
    last = len(window.session.agenda) - 1
    assert window.session.agenda[last].kind is AgendaItemKind.SLUITING
    for _ in range(last):
        _press(qtbot, window, Qt.Key.Key_PageDown)
    screen = window.current_screen()
    assert isinstance(screen, GeneralItemScreen) and screen.closing is not None
    closing = screen.closing
    now = ctx.clock().astimezone() + dt.timedelta(seconds=30)
    assert closing.end_edit.time().hour() == now.hour and closing.sentence.isHidden()
    closing.end_edit.setTime(QTime(15, 42))
    closing.next_meeting_edit.setText("23-4")
    closing.create_next_check.setChecked(False)  # a date long gone (real clock): only recorded
    assert screen.notes_edit.hasFocus()
    _press(qtbot, window, Qt.Key.Key_Return, CTRL)
    # the cases have no decision yet: the list of what is unfinished comes first (test_meeting_closing_check)
    qtbot.mouseClick(closing.unfinished_dialog.close_anyway_button, Qt.MouseButton.LeftButton)
    meeting = meetings.get_meeting(ctx, world.meeting_id)
    assert (meeting.end_time, meeting.status, meeting.next_meeting_on) == (
        dt.time(15, 42), MeetingStatus.GEHOUDEN, dt.date(2025, 4, 23))
    assert closing.sentence.text() == "De voorzitter sluit de vergadering om 15.42 uur."
    assert closing.sentence.isVisible() and not closing.error.text()
    assert closing.next_meeting_edit.text() == "23-04-2025"
    assert window.ui.meeting_label.text().endswith("13:30–15:42 · gehouden")


def test_a_refused_close_says_why_and_keeps_the_input(qtbot, ctx, window, world):
    last = len(window.session.agenda) - 1
    screen = window.screen_for(last)
    closing = screen.closing
    closing.end_edit.setTime(QTime(12, 0))  # before the start at 13:30
    closing.next_meeting_edit.setText("1-3-2025")
    assert not closing.close_meeting()
    assert closing.error.text()
    assert closing.next_meeting_edit.text() == "1-3-2025"
    assert meetings.get_meeting(ctx, world.meeting_id).status is not MeetingStatus.GEHOUDEN


def test_switching_to_a_seen_case_item_stays_fast(qtbot, window):
    _daan(qtbot, window)
    _press(qtbot, window, Qt.Key.Key_3, ALT)
    _press(qtbot, window, Qt.Key.Key_PageDown)
    window.switch_ms.clear()
    for _ in range(5):
        _press(qtbot, window, Qt.Key.Key_PageUp)
        _press(qtbot, window, Qt.Key.Key_PageDown)
    assert max(window.switch_ms) < 50, window.switch_ms

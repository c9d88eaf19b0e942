"""Overleggen: create a meeting through the dialog, build its agenda, invite, record attendance."""

from __future__ import annotations

import datetime as dt

import pytest
from meeting_testkit import MEETING_DAY, build_world, start_meeting_mode_anyway

from PySide6.QtCore import QDate, QModelIndex, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from casusoverleg_desktop.domain.enums import AgendaItemKind, Attendance, MeetingType
from casusoverleg_desktop.services import meeting_mode, meetings

from casusoverleg_desktop.composition import PAGES
from casusoverleg_desktop.ui.dialogs.new_meeting_dialog import NewMeetingDialog
from casusoverleg_desktop.ui.models.meeting_models import AgendaModel, AttendanceModel
from casusoverleg_desktop.ui.pages.meetings_page import MeetingsPage


@pytest.fixture
def world(ctx):
    return build_world(ctx)


@pytest.fixture
def page(qtbot, ctx, world, navigator):
    widget = MeetingsPage(ctx, navigator)
    qtbot.addWidget(widget)
    widget.resize(1300, 820)
    widget.show()
    widget.refresh()
    widget.open_meeting(world.meeting_id)
    return widget


def _titles(ctx, meeting_id):
    return [i.title for i in meetings.agenda(ctx, meeting_id)]


def test_the_page_is_registered_between_casussen_and_the_rest():
    keys = [spec.key for spec in PAGES]
    assert "overleggen" in keys
    order = ["overzicht", "casussen", "overleggen", "actiepunten", "ketenpartners", "verzoeken",
             "instellingen"]
    present = [k for k in order if k in keys]
    assert [k for k in keys if k in order] == present


def test_a_meeting_is_created_through_the_dialog_with_the_standard_agenda(qtbot, ctx, world, navigator):
    page = MeetingsPage(ctx, navigator)
    qtbot.addWidget(page)
    page.refresh()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewMeetingDialog)
        dialog.ui.type_combo.setCurrentIndex(dialog.ui.type_combo.findData(MeetingType.SPOEDOVERLEG))
        dialog.ui.date_edit.setDate(QDate(2025, 4, 9))
        dialog.ui.start_edit.setTime(QTime(9, 0))
        dialog.ui.end_edit.setTime(QTime(10, 30))
        dialog.ui.location_edit.setText("Stadhuis, kamer 3.14")
        dialog.ui.chair_combo.setCurrentIndex(dialog.ui.chair_combo.findData(world.chair_id))
        dialog.ui.minute_taker_combo.setCurrentIndex(
            dialog.ui.minute_taker_combo.findData(world.minute_taker_id))
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    page.new_meeting()
    fill()
    created = [r for r in meeting_mode.meeting_list(ctx) if r.meeting_type is MeetingType.SPOEDOVERLEG]
    assert len(created) == 1
    info = meetings.get_meeting(ctx, created[0].id)
    assert (info.held_on, info.start_time, info.end_time) == (
        dt.date(2025, 4, 9), dt.time(9), dt.time(10, 30))
    assert (info.chair_id, info.minute_taker_id, info.location) == (
        world.chair_id, world.minute_taker_id, "Stadhuis, kamer 3.14")
    assert [i.kind for i in meetings.agenda(ctx, info.id)] == [
        AgendaItemKind.OPENING, AgendaItemKind.VASTSTELLEN_AGENDA, AgendaItemKind.VERSLAG_VORIGE,
        AgendaItemKind.MEDEDELINGEN, AgendaItemKind.RONDVRAAG, AgendaItemKind.SLUITING]
    assert page._meeting.id == info.id  # the new meeting is shown, ready for its agenda
    assert "Spoedoverleg" in page.ui.meeting_title_label.text()


def test_the_dialog_refuses_an_end_before_the_start_and_keeps_the_input(qtbot, ctx, world):
    dialog = NewMeetingDialog(ctx, today=MEETING_DAY)
    qtbot.addWidget(dialog)
    dialog.ui.location_edit.setText("Zaal 2")
    dialog.ui.start_edit.setTime(QTime(16, 0))
    dialog.ui.end_edit.setTime(QTime(13, 0))
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.meeting is None and "eindtijd" in dialog.ui.error_label.text()
    assert dialog.ui.location_edit.text() == "Zaal 2"


def test_cases_are_added_by_typing_their_code_and_the_total_and_end_time_follow(qtbot, ctx, page):
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 4, 23),
                                      start_time=dt.time(13, 30), end_time=dt.time(15))
    page.refresh()
    page.open_meeting(meeting.id)
    assert page.ui.timing_label.text() == "Nog geen tijd gepland"
    page.ui.slot_spin.setValue(40)
    qtbot.keyClicks(page.ui.case_code_edit, "lv-2025-014")
    qtbot.keyClick(page.ui.case_code_edit, Qt.Key.Key_Return)
    page.ui.case_code_edit.setText("LV-2025-021 · Sara K.")  # as the completer fills it in
    page.ui.slot_spin.setValue(30)
    page.ui.add_case_button.click()
    assert _titles(ctx, meeting.id)[4:6] == ["Casusbespreking LV-2025-014", "Casusbespreking LV-2025-021"]
    model = page.agenda_model
    assert model.index(4, AgendaModel.ITEM).data() == "Casusbespreking LV-2025-014 · Daan V."
    # the fixed points before the cases take their standard 5 + 2 + 10 + 5 minutes
    assert [model.index(r, AgendaModel.START).data() for r in (4, 5)] == ["13:52", "14:32"]
    assert "1 u 10 min" in page.ui.timing_label.text()
    assert "geplande eindtijd 15:10" in page.ui.timing_label.text()
    assert "loopt uit" in page.ui.timing_label.text()  # the meeting ends at 15:00

    model.setData(model.index(5, AgendaModel.SLOT), 15)
    assert meetings.agenda(ctx, meeting.id)[5].slot_minutes == 15
    assert "geplande eindtijd 14:55" in page.ui.timing_label.text()
    assert "loopt uit" not in page.ui.timing_label.text()

    page.ui.case_code_edit.setText("Daan")  # the pseudonym works too
    page.ui.add_case_button.click()
    assert "staat al op de agenda" in page.ui.error_label.text()
    page.ui.case_code_edit.setText("XX-1")
    page.ui.add_case_button.click()
    assert "Geen casus met code 'XX-1'" in page.ui.error_label.text()


def test_the_question_is_edited_in_the_agenda(ctx, page, world):
    model = page.agenda_model
    assert model.setData(model.index(5, AgendaModel.QUESTION), "Plan vaststellen en evalueren?")
    assert meetings.agenda(ctx, world.meeting_id)[5].question == "Plan vaststellen en evalueren?"
    assert not model.flags(model.index(0, AgendaModel.QUESTION)) & Qt.ItemFlag.ItemIsEditable


def test_agenda_items_move_with_alt_up_and_down(qtbot, ctx, page, world):
    before = _titles(ctx, world.meeting_id)
    page.ui.agenda_view.setFocus()
    page.ui.agenda_view.selectRow(4)
    qtbot.keyClick(page.ui.agenda_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    after = _titles(ctx, world.meeting_id)
    assert after[4:6] == [before[5], before[4]]
    assert page.selected_row() == 5  # the moved item stays selected
    qtbot.keyClick(page.ui.agenda_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _titles(ctx, world.meeting_id) == before
    assert page.agenda_model.index(4, AgendaModel.START).data() == "13:52"


def test_move_rows_and_drop_reorder_and_opening_stays_first(ctx, page, world):
    model = page.agenda_model
    before = _titles(ctx, world.meeting_id)
    assert model.moveRows(QModelIndex(), 6, 1, QModelIndex(), 4)  # LV-2025-030 to the top of the cases
    assert _titles(ctx, world.meeting_id)[4] == "Casusbespreking LV-2025-030"
    data = model.mimeData([model.index(4, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 7, 0, QModelIndex())  # dragged back below
    assert _titles(ctx, world.meeting_id) == before
    assert not model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert "opening blijft het eerste" in page.ui.error_label.text()
    assert _titles(ctx, world.meeting_id) == before


def test_invitations_and_attendance_per_case_item_and_for_the_meeting(ctx, page, world):
    page.ui.agenda_view.selectRow(5)  # LV-2025-021: Gemeente, Politie, GGZ invited
    items = page.item_partners_model
    assert items.for_case_item
    rows = {items.index(r, 0).data(): r for r in range(items.rowCount())}
    school = rows["Lindeveld College"]
    assert items.index(school, AttendanceModel.PARTNER).data(Qt.ItemDataRole.CheckStateRole) \
        == Qt.CheckState.Unchecked
    assert not items.flags(items.index(school, AttendanceModel.STATUS)) & Qt.ItemFlag.ItemIsEditable
    assert items.setData(items.index(school, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    item = meetings.agenda(ctx, world.meeting_id)[5]
    assert world.partner_ids["School"] in item.invited_partner_ids
    assert items.setData(items.index(school, AttendanceModel.STATUS), Attendance.AANWEZIG)
    assert [(a.partner_id, a.status) for a in meeting_mode.case_item_attendance(ctx, item.id)] == [
        (world.partner_ids["School"], Attendance.AANWEZIG)]

    whole = page.attendance_model
    rows = {whole.index(r, 0).data(): r for r in range(whole.rowCount())}
    whole.setData(whole.index(rows["Openbaar Ministerie"], AttendanceModel.STATUS), Attendance.AFWEZIG_MK)
    whole.setData(whole.index(rows["Politie Lindeveld"], AttendanceModel.STATUS), Attendance.AANWEZIG)
    assert {(a.partner_id, a.status) for a in meetings.attendance(ctx, world.meeting_id)} == {
        (world.partner_ids["OM"], Attendance.AFWEZIG_MK), (world.partner_ids["Politie"], Attendance.AANWEZIG)}
    assert whole.index(rows["Openbaar Ministerie"], AttendanceModel.STATUS).data() == "Afwezig m.k."


def test_a_held_meeting_is_shown_but_not_edited(ctx, page, world):
    meetings.close_meeting(ctx, world.meeting_id, dt.time(15, 45))
    page.refresh()
    page._show_meeting(meetings.get_meeting(ctx, world.meeting_id))
    assert not page.ui.add_case_button.isEnabled()
    model = page.agenda_model
    assert not model.flags(model.index(4, AgendaModel.SLOT)) & Qt.ItemFlag.ItemIsEditable
    assert not model.moveRows(QModelIndex(), 5, 1, QModelIndex(), 4)


def test_start_meeting_mode_asks_the_navigator(page, navigator, world):
    start_meeting_mode_anyway(page)
    assert navigator.calls[-1] == ("open_meeting_mode", world.meeting_id)


def test_item_models_pass_the_model_tester(qtmodeltester, ctx, page, world):
    qtmodeltester.check(page.meeting_model)
    qtmodeltester.check(page.agenda_model)
    qtmodeltester.check(page.attendance_model)
    page.ui.agenda_view.selectRow(4)
    qtmodeltester.check(page.item_partners_model)


def test_in_the_main_window_meeting_mode_opens_and_ctrl_l_reaches_the_lock(qtbot, ctx, main_window):
    world = build_world(ctx)
    main_window.open_meeting(world.meeting_id)
    page = main_window.page("overleggen")
    assert page.isVisible() and page.ui.meeting_title_label.text().endswith("26-03-2025")
    main_window.open_meeting_mode(world.meeting_id)
    window = page.mode_window
    assert window is not None and window.isVisible()
    with qtbot.waitSignal(main_window.lock_requested, timeout=1000):
        window.request_lock()
    window.close()

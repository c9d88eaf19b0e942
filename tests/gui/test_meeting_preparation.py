"""Preparing a meeting on the Overleggen page, from a fresh vault (issue 14, points 7 and 8): the
new-meeting dialog proposes the user and remembers the place, the case completer only chooses, the
question cell looks editable, the lists keep up with the facts, the documents dialog opens on what
fits, a closed meeting says what comes next, and meeting mode on another day asks first.

The vault is the test template (user 'voorzitter', Marloes Dekkers, chair); partners, people and
cases are made through the services, as a ZVH does once; the rest goes through the widgets.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from casusoverleg_desktop.domain.accounts import Role, User
from casusoverleg_desktop.domain.enums import (
    AgendaItemKind,
    LegalBasis,
    MeetingStatus,
    MeetingType,
    MinutesStatus,
    PartnerDomain,
    PartnerTier,
    SubjectRole,
)
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.services import cases, meetings, minutes, partners

from casusoverleg_desktop.ui.dialogs.export_dialog import DocumentKind, ExportDialog, fitting_document
from casusoverleg_desktop.ui.dialogs.new_meeting_dialog import NewMeetingDialog
from casusoverleg_desktop.ui.models.meeting_models import AgendaModel, AttendanceModel, MeetingListModel
from casusoverleg_desktop.ui.pages.meetings_page import MeetingsPage
from casusoverleg_desktop.ui.theme import Palette

OTHER_DAY = dt.date(2025, 11, 12)
PLACE = "Zorg- en Veiligheidshuis, zaal 2"
BUILD_TIMEOUT_MS = 60_000


@dataclasses.dataclass(frozen=True)
class Table:
    partner_ids: dict[str, int]
    me: int  # Marloes Dekkers, the logged-in chair
    chair: int
    minute_taker: int
    police_officer: int
    case_ids: dict[str, int]


@pytest.fixture
def table(ctx) -> Table:
    ids = {short: partners.create_partner(ctx, name, domain, tier, covenant_signed=True, short_name=short).id
           for name, short, domain, tier in (
               ("Zorg- en Veiligheidshuis Wadmeer", "ZVH", PartnerDomain.VEILIGHEID, PartnerTier.KERNPARTIJ),
               ("Gemeente Wadmeer (OOV)", "Gemeente", PartnerDomain.SOCIAAL, PartnerTier.KERNPARTIJ),
               ("Politie basisteam Wadmeer-Noord", "Politie", PartnerDomain.VEILIGHEID,
                PartnerTier.KERNPARTIJ),
               ("Raad voor de Kinderbescherming, locatie Wadmeer", "RvdK", PartnerDomain.ZORG,
                PartnerTier.CASUSPARTIJ))}
    police = partners.add_professional(ctx, ids["Politie"], "A. Aksoy", function="wijkagent")
    taker = partners.add_professional(ctx, ids["ZVH"], "K. Brinkhorst", function="notulist")
    chair = partners.add_professional(ctx, ids["Gemeente"], "P. de Boer", function="procesregisseur")
    me = partners.add_professional(ctx, ids["ZVH"], "Marloes Dekkers", function="procesregisseur")
    case_ids = {}
    for code, pseudonym in (("WM-2025-041", "Lars T."), ("WM-2025-052", "Noor B.")):
        case = cases.create_case(ctx, code, LegalBasis.PGA, dt.date(2025, 9, 1))
        cases.add_subject(ctx, case.id, pseudonym, SubjectRole.PRIMAIR)
        case_ids[code] = case.id
    return Table(ids, me.id, chair.id, taker.id, police.id, case_ids)


@pytest.fixture
def page(qtbot, main_window) -> MeetingsPage:
    main_window.resize(1366, 768)
    main_window.show_page("overleggen")
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    page = main_window.page("overleggen")
    assert isinstance(page, MeetingsPage)
    return page


def today(ctx) -> dt.date:
    return local_time(ctx.clock()).date()


def combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def create_through_dialog(page: MeetingsPage, day: dt.date, location: str | None = None) -> int:
    dialog = page.new_meeting()
    dialog.ui.date_edit.setDate(QDate(day.year, day.month, day.day))
    if location is not None:
        dialog.ui.location_edit.setText(location)
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.meeting is not None, dialog.ui.error_label.text()
    return dialog.meeting.id


def settle(qtbot, dialog: ExportDialog) -> None:
    qtbot.wait(5)
    qtbot.waitUntil(lambda: not dialog.busy() and not dialog._rebuild, timeout=BUILD_TIMEOUT_MS)


def list_cell(page: MeetingsPage, meeting_id: int, column: int) -> str:
    model = page.meeting_model
    return model.index(model.row_of(meeting_id), column).data()


# -- the new-meeting dialog --------------------------------------------------------------------------
def test_the_dialog_proposes_the_user_as_chair_and_lists_chairs_and_minute_takers_first(qtbot, ctx, table,
                                                                                         page):
    dialog = page.new_meeting()
    chair, taker = dialog.ui.chair_combo, dialog.ui.minute_taker_combo
    assert chair.currentData() == table.me  # the logged-in user, found by name among the professionals
    assert combo_texts(chair) == ["(nog niet bekend)", "Marloes Dekkers (ZVH)", "P. de Boer (Gemeente)", "",
                                  "A. Aksoy (Politie)", "K. Brinkhorst (ZVH)"]
    assert taker.currentData() is None
    assert combo_texts(taker) == ["(nog niet bekend)", "K. Brinkhorst (ZVH)", "", "A. Aksoy (Politie)",
                                  "Marloes Dekkers (ZVH)", "P. de Boer (Gemeente)"]
    assert not dialog.ui.people_hint_label.isVisible()
    taker.setCurrentIndex(taker.findData(table.minute_taker))
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    info = meetings.get_meeting(ctx, dialog.meeting.id)
    assert (info.chair_id, info.minute_taker_id) == (table.me, table.minute_taker)


def test_a_minute_taker_is_proposed_as_minute_taker_with_the_last_chair(qtbot, ctx, table):
    meetings.create_meeting(ctx, MeetingType.ICO_MDO, OTHER_DAY, chair_id=table.chair)
    user = User("notulist", "Kees Brinkhorst", Role.SECRETARY)  # "K. Brinkhorst" among the professionals
    dialog = NewMeetingDialog(ctx, user=user)
    qtbot.addWidget(dialog)
    assert dialog.ui.minute_taker_combo.currentData() == table.minute_taker
    assert dialog.ui.chair_combo.currentData() == table.chair
    assert combo_texts(dialog.ui.chair_combo)[1] == "P. de Boer (Gemeente)"  # chaired before: first


def test_a_user_who_is_no_professional_yet_is_told_how_to_be_proposed(qtbot, ctx, table):
    dialog = NewMeetingDialog(ctx, user=User("voorzitter", "Ingrid Postma", Role.CHAIR))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.chair_combo.currentData() is None
    assert dialog.ui.people_hint_label.isVisible()
    hint = dialog.ui.people_hint_label.text()
    assert "Ingrid Postma staat nog niet als professional" in hint and "als voorzitter" in hint


def test_the_location_is_remembered_from_one_new_meeting_to_the_next(qtbot, ctx, table, page):
    first = page.new_meeting()
    assert first.ui.location_edit.text() == ""  # a fresh vault knows no place yet
    first.ui.location_edit.setText(PLACE)
    first.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert first.meeting is not None

    second = page.new_meeting()
    assert second.ui.location_edit.text() == PLACE
    # a refused meeting changes nothing: the place stays the one last used
    second.ui.location_edit.setText("Stadhuis")
    second.ui.start_edit.setTime(QTime(16, 0))
    second.ui.end_edit.setTime(QTime(13, 0))
    second.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert second.meeting is None and "eindtijd" in second.ui.error_label.text()
    assert second.ui.location_edit.text() == "Stadhuis"
    second.reject()
    assert page.new_meeting().ui.location_edit.text() == PLACE


# -- the agenda ------------------------------------------------------------------------------------------
def test_enter_on_a_case_in_the_completer_chooses_it_and_enter_in_the_slot_adds_it(qtbot, ctx, table, page):
    meeting_id = create_through_dialog(page, OTHER_DAY, PLACE)
    edit, spin = page.ui.case_code_edit, page.ui.slot_spin
    assert edit.hasFocus()
    qtbot.keyClicks(edit, "wm-2025")
    popup = page._completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    chosen = edit.text()
    assert chosen.startswith("WM-2025-0")
    qtbot.keyClick(popup, Qt.Key.Key_Return)

    assert not [i for i in meetings.agenda(ctx, meeting_id) if i.kind is AgendaItemKind.CASUS]  # not yet
    assert edit.text() == chosen and spin.hasFocus()
    assert "Kies het tijdsblok" in page.error_label.text()
    qtbot.keyClicks(spin, "45")
    qtbot.keyClick(spin, Qt.Key.Key_Return)

    added = [i for i in meetings.agenda(ctx, meeting_id) if i.kind is AgendaItemKind.CASUS]
    assert [(i.case_id, i.slot_minutes) for i in added] == [(table.case_ids[chosen[:11]], 45)]
    assert edit.text() == "" and edit.hasFocus() and not page.error_label.isVisible()
    assert list_cell(page, meeting_id, MeetingListModel.CASES) == "1"  # the list keeps up

    # Enter in the slot field with no case chosen adds nothing; an unknown code is refused in Dutch
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "wm-2099-001")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "Geen casus met code 'wm-2099-001'" in page.error_label.text()
    assert edit.text() == "wm-2099-001"
    assert len([i for i in meetings.agenda(ctx, meeting_id) if i.kind is AgendaItemKind.CASUS]) == 1


def test_the_question_cell_looks_editable_until_the_meeting_is_closed(qtbot, ctx, table, page):
    meeting_id = create_through_dialog(page, OTHER_DAY, PLACE)
    page.ui.case_code_edit.setText("WM-2025-041")
    page.ui.add_case_button.click()
    model = page.agenda_model
    row = next(r for r, item in enumerate(model.rows()) if item.kind is AgendaItemKind.CASUS)
    cell = model.index(row, AgendaModel.QUESTION)
    assert cell.data() == "typ de vraag aan het overleg…"
    assert cell.data(Qt.ItemDataRole.EditRole) == ""
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(Palette.NOTE_BG)
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(Palette.QUIET)
    assert "F2" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, AgendaModel.QUESTION).data(Qt.ItemDataRole.BackgroundRole) is None  # Opening

    assert model.setData(cell, "Wie neemt de regie?")
    cell = model.index(row, AgendaModel.QUESTION)
    assert cell.data() == "Wie neemt de regie?" and cell.data(Qt.ItemDataRole.ForegroundRole) is None
    assert meetings.agenda(ctx, meeting_id)[row].question == "Wie neemt de regie?"

    meetings.close_meeting(ctx, meeting_id, dt.time(15, 30))
    page.refresh()
    cell = page.agenda_model.index(row, AgendaModel.QUESTION)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None and cell.data() == "Wie neemt de regie?"


def test_the_invitation_list_starts_at_the_top_for_each_case(qtbot, ctx, table, page):
    for n in range(20):
        partners.create_partner(ctx, f"Wijkteam Wadmeer {n:02d}", PartnerDomain.SOCIAAL,
                                PartnerTier.EXTERNE_CASUSPARTNER, covenant_signed=True)
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, OTHER_DAY, start_time=dt.time(13, 30))
    for case_id in table.case_ids.values():
        meetings.add_case_item(ctx, meeting.id, case_id, slot_minutes=30)
    page.refresh()
    page.open_meeting(meeting.id)
    rows = [r for r, item in enumerate(page.agenda_model.rows()) if item.kind is AgendaItemKind.CASUS]
    bar = page.ui.item_partners_view.verticalScrollBar()
    page.ui.agenda_view.selectRow(rows[0])
    QApplication.processEvents()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    page.ui.agenda_view.selectRow(rows[1])
    QApplication.processEvents()
    assert bar.value() == 0


def test_names_are_not_cut_off_on_a_1366_screen(qtbot, ctx, table, page):
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, OTHER_DAY, chair_id=table.me)
    meetings.add_case_item(ctx, meeting.id, table.case_ids["WM-2025-041"], slot_minutes=30)
    page.refresh()
    page.open_meeting(meeting.id)
    page.ui.agenda_view.selectRow(next(r for r, i in enumerate(page.agenda_model.rows())
                                       if i.kind is AgendaItemKind.CASUS))
    QApplication.processEvents()
    listed = page.ui.meeting_view
    for column in range(page.meeting_model.columnCount()):
        assert listed.columnWidth(column) >= listed.sizeHintForColumn(column), column
    assert not listed.horizontalScrollBar().isVisible()
    row = page.meeting_model.row_of(meeting.id)
    assert "voorzitter: " in page.meeting_model.index(row, MeetingListModel.DATE).data(
        Qt.ItemDataRole.ToolTipRole)  # the chair: in the date's tooltip and the details
    for view in (page.ui.attendance_view, page.ui.item_partners_view):  # long names wrap, whole
        model = view.model()
        for row in range(model.rowCount()):
            index = model.index(row, AttendanceModel.PARTNER)
            cell = view.visualRect(index)
            text = view.fontMetrics().boundingRect(cell.adjusted(0, 0, -28, 0), Qt.TextFlag.TextWordWrap,
                                                   index.data())
            assert text.height() <= cell.height(), (view.objectName(), index.data())


# -- the meetings list keeps up --------------------------------------------------------------------------
def test_the_list_shows_a_meeting_closed_in_meeting_mode_on_return_to_the_main_window(qtbot, ctx, table,
                                                                                      main_window, page):
    meeting_id = create_through_dialog(page, today(ctx), PLACE)
    page.ui.case_code_edit.setText("WM-2025-052")
    page.ui.add_case_button.click()
    page.ui.start_mode_button.click()  # today: no question
    window = page.mode_window
    assert window is not None and page.question_box is None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    meetings.close_meeting(ctx, meeting_id, dt.time(15, 30))  # what Sluiting does in meeting mode
    main_window.activateWindow()  # the chair looks back at the Overleggen page
    qtbot.waitUntil(main_window.isActiveWindow)
    assert list_cell(page, meeting_id, MeetingListModel.STATUS) == "Gehouden"
    assert list_cell(page, meeting_id, MeetingListModel.MINUTES) == "concept"
    assert list_cell(page, meeting_id, MeetingListModel.CASES) == "1"
    assert page.ui.start_mode_button.text() == "Vergadering &inzien"
    window.close()


# -- point 7: after closing, and meeting mode on another day --------------------------------------------
def test_a_closed_meeting_says_what_comes_next_and_offers_no_start(qtbot, ctx, table, page):
    meeting_id = create_through_dialog(page, today(ctx), PLACE)
    assert page.ui.start_mode_button.text() == "Start &vergadermodus"
    assert not page.next_step_button.isVisible()
    page.ui.start_mode_button.click()
    window = page.mode_window
    meetings.close_meeting(ctx, meeting_id, dt.time(15, 30))
    window.close()  # back from meeting mode: the page reads afresh

    start = page.ui.start_mode_button
    assert "Start vergadermodus" not in (start.text().replace("&", ""), start.accessibleName())
    assert start.text() == "Vergadering &inzien" and "gesloten" in start.toolTip()
    assert "Volgende stap:</b> maak het conceptverslag" in page.ui.minutes_label.text()
    assert page.next_step_button.isVisible() and page.next_step_button.hasFocus()
    qtbot.mouseClick(page.next_step_button, Qt.MouseButton.LeftButton)
    dialog = page.export_dialog
    assert dialog is not None and dialog.kind() is DocumentKind.MINUTES
    settle(qtbot, dialog)
    assert dialog.result is not None and dialog.result.request.kind is DocumentKind.MINUTES
    dialog.close()
    start.click()  # a closed meeting is only looked into, without a question
    assert page.question_box is None and page.mode_window is not None
    assert page.mode_window.ui.closed_label.isVisible()
    page.mode_window.close()


def test_meeting_mode_on_another_day_asks_first_and_no_opens_nothing(qtbot, ctx, table, page):
    create_through_dialog(page, OTHER_DAY, PLACE)
    page.ui.start_mode_button.click()
    box = page.question_box
    assert isinstance(box, QMessageBox) and box.isVisible() and page.mode_window is None
    assert "12-11-2025, niet vandaag" in box.text()
    no = box.button(QMessageBox.StandardButton.No)
    assert box.defaultButton() is no and no.text() == "Nee"
    assert box.button(QMessageBox.StandardButton.Yes).text() == "Ja, openen"
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    assert page.mode_window is None

    page.ui.start_mode_button.click()
    qtbot.keyClick(page.question_box, Qt.Key.Key_Escape)  # Escape is "no" too
    assert page.mode_window is None

    page.ui.start_mode_button.click()
    qtbot.mouseClick(page.question_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert page.mode_window is not None and page.mode_window.isVisible()
    page.mode_window.close()


# -- the documents dialog -------------------------------------------------------------------------------
def test_the_documents_dialog_opens_on_the_document_that_fits_the_meeting(qtbot, ctx, table, page):
    meeting_id = create_through_dialog(page, today(ctx) - dt.timedelta(days=7), PLACE)
    page.ui.case_code_edit.setText("WM-2025-041")
    page.ui.add_case_button.click()

    qtbot.mouseClick(page.documents_button, Qt.MouseButton.LeftButton)
    dialog = page.export_dialog
    assert dialog.kind() is DocumentKind.AGENDA  # in preparation: the invitation and agenda
    assert dialog.ui.questions_check.isChecked()  # "Casusvragen opnemen" on by default
    settle(qtbot, dialog)
    assert dialog.result is not None and dialog.result.request.with_questions
    dialog.close()

    meetings.close_meeting(ctx, meeting_id, dt.time(15, 30))
    page.refresh()
    qtbot.mouseClick(page.documents_button, Qt.MouseButton.LeftButton)
    assert page.export_dialog.kind() is DocumentKind.MINUTES  # held: the concept minutes
    settle(qtbot, page.export_dialog)
    page.export_dialog.close()

    adopted = minutes.adopt_in_writing(ctx, meeting_id, today(ctx), "Rondgestuurd; geen bezwaren")
    assert adopted.status is MinutesStatus.VASTGESTELD
    standalone = ExportDialog(ctx, meeting_id, Role.CHAIR)  # read by the dialog itself
    qtbot.addWidget(standalone)
    assert standalone.kind() is DocumentKind.MINUTES  # adopted: the minutes, to be signed
    settle(qtbot, standalone)
    standalone.close()
    signed = dataclasses.replace(adopted, status=MinutesStatus.ONDERTEKEND)
    assert fitting_document(MeetingStatus.GEHOUDEN, signed) is DocumentKind.ACTIONS
    assert fitting_document(MeetingStatus.GEANNULEERD, None) is DocumentKind.AGENDA

"""Vergadermodus on a real vault: keyboard capture, decisions and actions, review keys, autosave
after a crash, blank screen, lock, timer, and paging through a long agenda."""

from __future__ import annotations

import datetime as dt
import time

import pytest
import shiboken6
from meeting_testkit import MEETING_DAY, build_world, open_meeting_mode, start_meeting_mode_anyway

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casusoverleg_desktop.domain.balance import BalanceSide
from casusoverleg_desktop.domain.enums import ActionStatus, BobPhase, DataCategory, StatementType
from casusoverleg_desktop.services import actions, balance, contributions, decisions, meeting_mode, meetings

from casusoverleg_desktop.ui.meeting.item_screens import CaseItemScreen, GeneralItemScreen
from casusoverleg_desktop.ui.meeting.meeting_mode_window import MeetingModeWindow
from casusoverleg_desktop.ui.pages.meetings_page import MeetingsPage

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
DAAN_ROW = 4  # Opening, Vaststellen agenda, Verslag, Mededelingen, then LV-2025-014


@pytest.fixture
def world(ctx):
    return build_world(ctx)




@pytest.fixture
def window(qtbot, ctx, world) -> MeetingModeWindow:
    return open_meeting_mode(qtbot, ctx, world.meeting_id, 1440, 900)


def _daan(window: MeetingModeWindow, qtbot) -> CaseItemScreen:
    for _ in range(DAAN_ROW):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_PageDown)
    screen = window.current_screen()
    assert isinstance(screen, CaseItemScreen), (window.current, window.isActiveWindow(), window.focusWidget(),
                                                QApplication.activeWindow())
    return screen


def test_it_opens_on_the_first_item_and_pages_with_the_keyboard(qtbot, window):
    assert window.ui.item_title_label.text() == "1. Opening"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_PageDown)
    assert window.ui.item_title_label.text() == "2. Vaststellen agenda"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Right, ALT)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    assert window.current == 1
    for _ in range(3):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_PageDown)
    assert window.ui.item_title_label.text() == "5.1 Casusbespreking LV-2025-014 · Daan V."
    assert "Daan V." in window.ui.item_title_label.text()


def test_contributions_are_captured_by_keyboard_with_type_and_category_keys(qtbot, ctx, window, world):
    screen = _daan(window, qtbot)
    capture = screen.capture
    assert capture.partner_edit.hasFocus()
    qtbot.keyClicks(capture.partner_edit, "politie")
    qtbot.keyClick(capture.partner_edit, Qt.Key.Key_Return)
    assert capture.partner_edit.text() == "Politie" and capture.text_edit.hasFocus()
    qtbot.keyClicks(capture.text_edit, "Wijkagent zag Daan twee keer bij de moskee")
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(capture.text_edit, "Hij lijkt rustiger")
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_2, CTRL)  # mening
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_5, CTRL)  # bijzonder gegeven
    assert "MENING" in capture.type_badge.text() and "BIJZONDER" in capture.category_badge.text()
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_Return)
    assert "FEIT" in capture.type_badge.text() and capture.category_badge.isHidden()  # back to feit
    capture.partner_edit.setText("Jeugdteam")
    capture.text_edit.setText("Moeder zegt: één keer per week naar de club")  # non-ASCII via setText
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_3, CTRL)  # hypothese
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_2, ALT)  # oordeelsvorming
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_Return)

    stored = contributions.contributions(ctx, window.session.agenda[DAAN_ROW].id)
    assert [(c.partner_id, c.statement_type, c.data_category, c.bob_phase, c.text) for c in stored] == [
        (world.partner_ids["Politie"], StatementType.FEIT, DataCategory.GEWOON, BobPhase.BEELDVORMING,
         "Wijkagent zag Daan twee keer bij de moskee"),
        (world.partner_ids["Politie"], StatementType.MENING, DataCategory.BIJZONDER, BobPhase.BEELDVORMING,
         "Hij lijkt rustiger"),
        (world.partner_ids["Jeugdteam"], StatementType.HYPOTHESE, DataCategory.GEWOON,
         BobPhase.OORDEELSVORMING, "Moeder zegt: één keer per week naar de club"),
    ]
    assert capture.model.rowCount() == 3


def test_only_invited_partners_contribute_and_a_refusal_keeps_the_text(qtbot, ctx, window):
    capture = _daan(window, qtbot).capture
    capture.partner_edit.setText("GGZ")  # not invited for LV-2025-014 (need to know)
    capture.text_edit.setText("Bekend bij de GGZ")
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_Return)
    assert "Kies eerst de partner" in capture.error.text()
    assert capture.text_edit.text() == "Bekend bij de GGZ"
    capture.partner_edit.setText("School")
    capture.text_edit.setText("   ")
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_Return)
    assert capture.error.text() and capture.model.rowCount() == 0


def test_decisions_and_actions_are_recorded_inline(qtbot, ctx, window, world):
    screen = _daan(window, qtbot)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_D, ALT)
    assert screen.phase is BobPhase.BESLUITVORMING and screen.decisions.edit.hasFocus()
    qtbot.keyClicks(screen.decisions.edit, "Opschalen naar gezinsaanpak; regie bij het jeugdteam")
    qtbot.keyClick(screen.decisions.edit, Qt.Key.Key_Return)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_A, ALT)
    editor = screen.actions
    assert editor.description_edit.hasFocus()
    qtbot.keyClicks(editor.description_edit, "Gezinsplan opstellen met ouders")
    qtbot.keyClick(editor.description_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.owner_edit, "Jeugdteam")
    qtbot.keyClick(editor.owner_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.person_edit, "R. Pinas")
    qtbot.keyClick(editor.person_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.when_edit, "15-4")
    qtbot.keyClick(editor.when_edit, Qt.Key.Key_Return)
    editor.description_edit.setText("Direct melden bij concrete dreiging")
    editor.owner_edit.setText("School")
    editor.when_edit.setText("bij uitingen met concrete dreiging")
    qtbot.keyClick(editor.when_edit, Qt.Key.Key_Return)
    editor.description_edit.setText("Contact met moeder onderhouden")
    editor.owner_edit.setText("Jeugdteam")
    editor.when_edit.setText("doorlopend")
    qtbot.keyClick(editor.when_edit, Qt.Key.Key_Return)

    item_id = window.session.agenda[DAAN_ROW].id
    recorded = decisions.decisions(ctx, world.meeting_id)
    assert [(d.label, d.agenda_item_id, d.case_id, d.text) for d in recorded] == [
        ("B1", item_id, world.case_ids["LV-2025-014"],
         "Opschalen naar gezinsaanpak; regie bij het jeugdteam")]
    made = [a for _, a in meeting_mode.meeting_actions(ctx, world.meeting_id)]
    assert [(a.label, a.owner_partner_id, a.due_date, a.condition, a.ongoing) for a in made] == [
        ("A1", world.partner_ids["Jeugdteam"], dt.date(2025, 4, 15), None, False),
        ("A2", world.partner_ids["School"], None, "bij uitingen met concrete dreiging", False),
        ("A3", world.partner_ids["Jeugdteam"], None, None, True),
    ]
    assert made[0].owner_professional_id is not None and made[0].case_id == world.case_ids["LV-2025-014"]
    assert editor.model.rowCount() == 3 and screen.decisions.model.rowCount() == 1


def test_an_action_without_owner_or_with_an_impossible_date_is_refused(qtbot, window):
    editor = _daan(window, qtbot).actions
    editor.description_edit.setText("Iets doen")
    editor.when_edit.setText("31-02")
    editor.owner_edit.setText("Niemand")
    assert not editor.add() and "Wie is eigenaar" in editor.error.text()
    editor.owner_edit.setText("Politie")
    assert not editor.add() and "geen bestaande datum" in editor.error.text()
    assert editor.description_edit.text() == "Iets doen"


def test_review_keys_close_postpone_and_drop_earlier_actions(qtbot, ctx, window, world):
    screen = _daan(window, qtbot)
    panel = screen.review
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_R, ALT)
    assert panel.view.hasFocus() and panel.model.rowCount() == 3
    panel.ask_postponement = lambda action, parent, answer: answer(dt.date(2025, 4, 30), "ouders op vakantie")
    panel.ask_reason = lambda action, parent, answer: answer("school heeft eigen protocol")
    qtbot.keyClick(panel.view, Qt.Key.Key_U)  # A1 uitgesteld: new date
    qtbot.keyClick(panel.view, Qt.Key.Key_A)  # A2 afgerond
    qtbot.keyClick(panel.view, Qt.Key.Key_V)  # A3 vervallen, with a reason

    by_description = {r.action.description: r for r in actions.review_list(ctx, world.meeting_id)}
    postponed = by_description["Gesprek met ouders over schoolverzuim"]
    assert postponed.action.postponement_count == 1 and postponed.action.due_date == dt.date(2025, 4, 30)
    assert postponed.status_after is ActionStatus.OPEN and postponed.note == "ouders op vakantie"
    assert by_description["Huisbezoek wijkagent"].action.status is ActionStatus.AFGEROND
    dropped = by_description["Bij uitingen met concrete dreiging: direct melden bij politie"]
    assert dropped.action.status is ActionStatus.VERVALLEN
    assert dropped.action.status_note == "school heeft eigen protocol"
    assert [panel.model.index(r, panel.model.STATUS).data() for r in range(3)] == [
        "Open", "Afgerond", "Vervallen"]
    assert panel.model.index(0, panel.model.POSTPONED).data() == "1×"


def test_review_asks_date_and_reason_in_real_dialogs_over_the_window(qtbot, ctx, window, world):
    from PySide6.QtWidgets import QInputDialog

    from casusoverleg_desktop.ui.meeting.item_parts import PostponeDialog

    panel = _daan(window, qtbot).review
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_R, ALT)
    qtbot.keyClick(panel.view, Qt.Key.Key_U)
    postpone = QApplication.activeModalWidget()
    assert isinstance(postpone, PostponeDialog)  # open, and the window's event loop runs on
    postpone.date_edit.setDate(dt.date(2025, 5, 7))
    postpone.reason_edit.setText("intake verschoven")
    postpone.accept()
    qtbot.keyClick(panel.view, Qt.Key.Key_V)  # the next action (selection moved on)
    why = QApplication.activeModalWidget()
    assert isinstance(why, QInputDialog)
    why.setTextValue("  ")
    why.accept()  # no reason: nothing recorded
    assert panel.model.index(1, panel.model.STATUS).data() == "te bespreken"
    qtbot.keyClick(panel.view, Qt.Key.Key_V)
    why = QApplication.activeModalWidget()
    why.setTextValue("niet meer nodig")
    why.accept()
    reviewed = {r.action.description: r for r in actions.review_list(ctx, world.meeting_id)}
    assert reviewed["Gesprek met ouders over schoolverzuim"].action.due_date == dt.date(2025, 5, 7)
    assert reviewed["Huisbezoek wijkagent"].action.status_note == "niet meer nodig"


def test_a_postponement_that_the_rules_refuse_says_why(qtbot, window):
    panel = _daan(window, qtbot).review
    panel.view.selectRow(2)  # the action with a condition has no date to postpone
    panel.ask_postponement = lambda action, parent, answer: answer(dt.date(2025, 4, 30), None)
    panel.apply(None)
    assert "voorwaarde" in panel.error.text()
    assert panel.model.index(2, panel.model.STATUS).data() == "te bespreken"


def test_the_whole_actielijst_is_reviewed_under_verslag_vorige(qtbot, ctx, window, world):
    window.show_item(2)
    screen = window.current_screen()
    assert isinstance(screen, GeneralItemScreen) and screen.review is not None
    model = screen.review.model
    assert [model.index(r, model.DESCRIPTION).data() for r in range(model.rowCount())] == [
        "Convenant aanvullen met GGZ", "Gesprek met ouders over schoolverzuim", "Huisbezoek wijkagent",
        "Bij uitingen met concrete dreiging: direct melden bij politie"]  # Daan's last: also at his case
    assert [model.index(r, model.STATUS).data() for r in range(model.rowCount())] == [
        "te bespreken", "bij de casus", "bij de casus", "bij de casus"]
    screen.review.view.setFocus()
    qtbot.keyClick(screen.review.view, Qt.Key.Key_A)
    assert actions.review_list(ctx, world.meeting_id)[-1].action.status is ActionStatus.AFGEROND


def test_notes_of_a_standard_item_are_recorded_when_the_meeting_moves_on(qtbot, ctx, window, world):
    window.show_item(3)
    screen = window.current_screen()
    screen.notes_edit.setPlainText("Ingekomen: brief van de wethouder over de evaluatie.")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_PageDown)
    assert meetings.agenda(ctx, world.meeting_id)[3].notes == \
        "Ingekomen: brief van de wethouder over de evaluatie."


def test_autosave_brings_the_typing_back_after_a_crash(qtbot, ctx, world):
    window = open_meeting_mode(qtbot, ctx, world.meeting_id, 1440, 900)
    screen = _daan(window, qtbot)
    screen.capture.partner_edit.setText("School")
    screen.capture.text_edit.setText("Mentor meldt: hij zegt één keer dat")
    screen.decisions.edit.setText("Besluit in wording")
    item_id = window.session.agenda[DAAN_ROW].id
    started = time.perf_counter()
    qtbot.waitUntil(lambda: (item_id, "contribution") in meeting_mode.drafts(ctx, world.meeting_id),
                    timeout=2500)
    print(f"\nautosave: draft in the vault {1000 * (time.perf_counter() - started):.0f} ms after typing")

    # The crash: no close, no save_pending; the window simply disappears.
    window._autosave.stop()
    window.hide()
    shiboken6.delete(window)
    QApplication.processEvents()

    again = open_meeting_mode(qtbot, ctx, world.meeting_id, 1440, 900)
    again.show_item(DAAN_ROW)
    restored = again.current_screen()
    assert restored.capture.partner_edit.text() == "School"
    assert restored.capture.text_edit.text() == "Mentor meldt: hij zegt één keer dat"
    assert restored.decisions.edit.text() == "Besluit in wording"
    qtbot.keyClick(restored.capture.text_edit, Qt.Key.Key_Return)  # finishing it makes the record
    assert contributions.contributions(ctx, item_id)[0].text == "Mentor meldt: hij zegt één keer dat"
    again.save_drafts()
    assert (item_id, "contribution") not in meeting_mode.drafts(ctx, world.meeting_id)


def test_blank_screen_hides_everything_until_pressed_again(qtbot, window):
    screen = _daan(window, qtbot)
    assert window.ui.item_title_label.isVisible() and screen.isVisible()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F7)
    assert window.is_blank()
    assert not window.ui.item_title_label.isVisible() and not screen.isVisible()
    assert not window.ui.timer_label.isVisible() and not window.ui.footer_frame.isVisible()
    image = window.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 40)
               for y in range(0, image.height(), 40)}
    assert colours == {"#000000"}
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_PageDown)  # no paging in the dark
    assert window.current == DAAN_ROW
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F7)
    assert not window.is_blank() and screen.isVisible()


def test_ctrl_l_saves_what_is_typed_and_asks_to_lock(qtbot, ctx, window, world):
    screen = _daan(window, qtbot)
    window._autosave.stop()
    screen.capture.text_edit.setText("Half af")
    with qtbot.waitSignal(window.lock_requested, timeout=1000):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_L, CTRL)
    assert meeting_mode.drafts(ctx, world.meeting_id)[(window.session.agenda[DAAN_ROW].id, "contribution")] \
        == "Half af"


def test_the_page_forwards_the_lock_to_the_main_window_and_saves_first(qtbot, ctx, world, navigator):
    from PySide6.QtCore import QObject, Signal

    class LockingNavigator(QObject):
        lock_requested = Signal()

        def open_meeting_mode(self, meeting_id: int) -> None:
            page.open_meeting_mode(meeting_id)

    nav = LockingNavigator()
    page = MeetingsPage(ctx, nav)
    qtbot.addWidget(page)
    page.refresh()
    page.open_meeting(world.meeting_id)
    start_meeting_mode_anyway(page)
    window = page.mode_window
    assert window is not None and window.meeting_id == world.meeting_id
    window.show_item(3)
    window.current_screen().notes_edit.setPlainText("Geen mededelingen.")
    page.save_pending()
    assert meetings.agenda(ctx, world.meeting_id)[3].notes == "Geen mededelingen."
    with qtbot.waitSignal(nav.lock_requested, timeout=1000):
        window.ui.lock_button.click()
    window.close()
    assert page.mode_window is None


def test_the_timer_turns_amber_near_the_slot_and_red_over_it(qtbot, window):
    screen = _daan(window, qtbot)
    item = screen.item
    assert window.timer_state(0, 40) == "ok" and window.timer_state(33 * 60_000, 40) == "near"
    assert window.timer_state(41 * 60_000, 40) == "over" and window.timer_state(10**9, None) == "ok"
    window._elapsed_ms[item.id] = 39 * 60_000
    window._update_clock()
    assert window.ui.timer_label.property("state") == "near"
    assert window.ui.timer_label.text().startswith("39:0")
    assert window.ui.timer_label.text().endswith("/ 40:00")
    window._elapsed_ms[item.id] = 45 * 60_000
    window._update_clock()
    assert window.ui.timer_label.property("state") == "over"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_PageDown)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_PageUp)
    assert window.elapsed_ms(item.id) >= 45 * 60_000  # the time of an item is kept when going back


def test_large_letters_for_the_projector(qtbot, window):
    normal = window.ui.item_title_label.font().pointSizeF()
    window.ui.large_check.setChecked(True)
    assert window.ui.item_title_label.font().pointSizeF() > normal
    assert "font-size: 15pt" in window.styleSheet()


def test_meeting_mode_models_pass_the_model_tester(qtbot, qtmodeltester, ctx, window):
    screen = _daan(window, qtbot)
    screen.capture.partner_edit.setText("Politie")
    screen.capture.text_edit.setText("Feit")
    screen.capture.add()
    screen.decisions.edit.setText("Besluit")
    screen.decisions.add()
    qtmodeltester.check(screen.capture.model)
    qtmodeltester.check(screen.decisions.model)
    qtmodeltester.check(screen.review.model)
    qtmodeltester.check(screen.actions.model)


def test_a_40_item_meeting_pages_through_every_item_and_back(qtbot, ctx):
    """Every item gets its own screen with its own case, prepared in a pause or not (how fast
    lives in tests/benchmarks)."""
    world = build_world(ctx, with_meeting=False, extra_cases=34)
    meeting = meetings.create_meeting(ctx, meetings.MeetingType.ICO_MDO, MEETING_DAY,
                                      start_time=dt.time(9), end_time=dt.time(17))
    partner_ids = list(world.partner_ids.values())[:4]
    for case_id in list(world.case_ids.values())[:34]:
        meetings.add_case_item(ctx, meeting.id, case_id, slot_minutes=10, question="Voortgang?",
                               invited_partner_ids=partner_ids)
    window = open_meeting_mode(qtbot, ctx, meeting.id, 1440, 900)
    agenda = window.session.agenda
    assert len(agenda) == 40
    shown_cases = []
    for row in range(1, 40):
        if row % 8 == 0:
            qtbot.wait(window._prefetch.interval() + 50)  # a pause: a spare screen is made
        window.next_item()
        assert window.current == row
        number = f"5.{row - 3} " if 4 <= row < 38 else f"{row + 1 if row < 4 else row - 32}. "
        assert window.ui.item_title_label.text().startswith(number)
        screen = window.current_screen()
        if isinstance(screen, CaseItemScreen):
            assert screen.item.id == agenda[row].id
            shown_cases.append(screen.briefing.case.case_id)
    assert len(set(shown_cases)) == 34
    for _ in range(39):
        window.previous_item()
    assert window.current == 0 and not window.ui.previous_button.isEnabled()


def test_inbreng_rows_grow_with_their_text_and_with_a_narrower_window(qtbot, window):
    screen = _daan(window, qtbot)
    capture = screen.capture
    for text in ("Kort.", "Lang verhaal van de school over de afgelopen weken, " * 6):
        capture.partner_edit.setText("Politie")
        capture.text_edit.setText(text)
        qtbot.keyClick(capture.text_edit, Qt.Key.Key_Return)
    view = capture.view
    short, long = view.rowHeight(0), view.rowHeight(1)
    assert long > short * 1.5
    window.resize(1000, 900)
    qtbot.waitUntil(lambda: view.rowHeight(1) > long)
    assert view.rowHeight(0) == short


def test_oordeelsvorming_opens_the_balance_sheet_and_locking_keeps_a_typed_line(qtbot, ctx, window):
    screen = _daan(window, qtbot)
    assert screen.balance_sheet is None  # paging past an item begins no sheet
    qtbot.keyClick(screen.capture.text_edit, Qt.Key.Key_2, ALT)
    sheet = screen.balance_sheet
    assert sheet is not None and sheet.isVisibleTo(window)
    case_id = window.session.agenda[DAAN_ROW].case_id
    panel = sheet.panels[BalanceSide.VEILIGHEID]
    panel.entry_edit.setText("Deelt RE-symboliek in de klassenapp")
    window.save_pending()  # what locking does first

    stored = balance.find_sheet(ctx, case_id, window.session.meeting.id)
    assert [e.text for e in stored.side(BalanceSide.VEILIGHEID)] == ["Deelt RE-symboliek in de klassenapp"]

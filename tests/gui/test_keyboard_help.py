"""The keyboard in the daily screens (issue 14, point 10): Ctrl+F to the page's filter from anywhere,
Down and Enter from a filter, Ctrl+Tab in the case window, visible focus, and the help (F1) whose
table of shortcuts is the one the screens bind — checked against the QShortcut objects of each live
window — and the "Over" dialog.

The first test is a new user's path on a fresh vault, by keyboard: a case made with Ctrl+N, found
again with Ctrl+F and Enter, its tabs walked with Ctrl+Tab, and F1 asked in its window.
"""

from __future__ import annotations

import datetime as dt
from importlib import metadata

import pytest
from meeting_testkit import build_world

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from casusoverleg_desktop.domain.enums import (
    AgendaItemKind,
    BobPhase,
    LegalBasis,
    PartnerDomain,
    PartnerTier,
)
from casusoverleg_desktop.services import cases, partners

from casusoverleg_desktop.ui.dialogs.about_dialog import AboutDialog
from casusoverleg_desktop.ui.dialogs.help_dialog import HelpDialog
from casusoverleg_desktop.ui.meeting.meeting_mode_window import MeetingModeWindow
from casusoverleg_desktop.ui.pages.cases_page import CasesPage
from casusoverleg_desktop.ui.shortcuts import (
    BALANCE_SHEET,
    CASE_WINDOW,
    CASES_PAGE,
    MAIN_WINDOW,
    MEETING_MODE,
    MEETINGS_PAGE,
    OVERVIEW_PAGE,
    PARTNERS_PAGE,
    shortcut_keys,
)
from casusoverleg_desktop.ui.theme import Palette
from casusoverleg_desktop.ui.windows.case_window import CaseWindow

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def case_windows() -> list[CaseWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CaseWindow) and w.isVisible()]


@pytest.fixture
def cases_page(qtbot, main_window) -> CasesPage:
    main_window.show_page("casussen")
    page = main_window.current_page()
    assert isinstance(page, CasesPage)
    activate(qtbot, main_window)
    yield page
    for window in list(page.windows.values()):
        window.close()


@pytest.fixture
def two_cases(ctx) -> dict[str, int]:
    police = partners.create_partner(ctx, "Politie Wadmeer", PartnerDomain.VEILIGHEID, PartnerTier.KERNPARTIJ,
                                     covenant_signed=True).id
    made = {}
    for code in ("WM-2025-031", "WM-2025-032"):
        made[code] = cases.create_case(ctx, code, LegalBasis.PGA, dt.date(2025, 9, 1)).id
        cases.add_reporter(ctx, made[code], dt.date(2025, 9, 1), partner_id=police)
    return made


# -- a new user's path, by keyboard ---------------------------------------------------------------------
def test_a_new_case_is_found_and_walked_through_by_keyboard(qtbot, ctx, main_window, cases_page):
    partners.create_partner(ctx, "Politie Wadmeer", PartnerDomain.VEILIGHEID, PartnerTier.KERNPARTIJ,
                            covenant_signed=True)
    cases_page.refresh()
    cases_page.ui.cases_view.setFocus()
    qtbot.keyClick(cases_page.ui.cases_view, Qt.Key.Key_N, CTRL)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None, "Ctrl+N opened no dialog"
    qtbot.keyClicks(dialog.ui.code_edit, "WM-2025-031")
    dialog.ui.reporter_person_edit.setText("mentor van de school")
    assert dialog.try_accept(), dialog.error_text()
    for window in case_windows():
        window.close()
    qtbot.waitUntil(lambda: not cases_page.windows)  # the closed window is gone
    activate(qtbot, main_window)

    main_window.ui.nav_list.setFocus()
    qtbot.keyClick(main_window.ui.nav_list, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is cases_page.ui.text_filter_edit
    qtbot.keyClicks(cases_page.ui.text_filter_edit, "031")
    qtbot.keyClick(cases_page.ui.text_filter_edit, Qt.Key.Key_Return)
    opened = case_windows()
    assert len(opened) == 1 and opened[0].detail.case.code == "WM-2025-031"

    window = opened[0]
    activate(qtbot, window)
    tabs = window.ui.tabs
    assert tabs.currentIndex() == 0
    qtbot.keyClick(window, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_Backtab, CTRL | SHIFT)
    qtbot.keyClick(window, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert tabs.currentIndex() == tabs.count() - 1  # round the end
    qtbot.keyClick(window, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 0

    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_dialog = window.help_dialog
    assert help_dialog is not None and help_dialog.isVisible()
    assert help_dialog.tree.currentItem() is help_dialog.sections[CASE_WINDOW.key]
    shown = dict(help_dialog.rows(CASE_WINDOW.key))
    assert shown[native("Ctrl+Tab")] == "Volgend tabblad"
    help_dialog.close()


# -- Ctrl+F, Down and Enter ------------------------------------------------------------------------------
def test_ctrl_f_goes_to_the_filter_from_wherever_the_keyboard_is(qtbot, main_window, two_cases, cases_page):
    for widget in (cases_page.ui.cases_view, main_window.ui.nav_list, main_window.ui.search_edit,
                   cases_page.ui.status_filter_combo):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_F, CTRL)
        assert QApplication.focusWidget() is cases_page.ui.text_filter_edit, widget.objectName()
    cases_page.ui.text_filter_edit.setText("WM")
    cases_page.ui.cases_view.setFocus()
    qtbot.keyClick(cases_page.ui.cases_view, Qt.Key.Key_F, CTRL)
    assert cases_page.ui.text_filter_edit.selectedText() == "WM"  # typing replaces the filter


def test_ctrl_f_on_a_page_without_a_filter_goes_to_the_search_field(qtbot, main_window):
    main_window.show_page("overzicht")
    activate(qtbot, main_window)
    main_window.ui.nav_list.setFocus()
    qtbot.keyClick(main_window.ui.nav_list, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is main_window.ui.search_edit


def test_down_from_the_filter_moves_into_the_list_on_the_first_row(qtbot, two_cases, cases_page):
    edit, view = cases_page.ui.text_filter_edit, cases_page.ui.cases_view
    edit.setFocus()
    qtbot.keyClicks(edit, "WM")
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view
    assert [i.row() for i in view.selectionModel().selectedRows()] == [0]
    assert edit.text() == "WM"
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter in the list opens the chosen row
    assert len(case_windows()) == 1


def test_enter_with_several_rows_left_opens_nothing_and_keeps_the_text(qtbot, two_cases, cases_page):
    edit = cases_page.ui.text_filter_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "WM-2025")
    assert cases_page.ui.cases_view.model().rowCount() == 2
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert case_windows() == [] and not cases_page.windows
    assert edit.text() == "WM-2025" and QApplication.focusWidget() is edit


def test_down_with_nothing_found_stays_in_the_filter(qtbot, two_cases, cases_page):
    edit = cases_page.ui.text_filter_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "XX-9999")
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is edit and edit.text() == "XX-9999"
    assert case_windows() == []


# -- the help and the shortcuts it lists -----------------------------------------------------------------
def test_f1_shows_the_shortcuts_of_every_screen_the_page_on_screen_first(qtbot, main_window, cases_page):
    cases_page.ui.cases_view.setFocus()
    qtbot.keyClick(cases_page.ui.cases_view, Qt.Key.Key_F1)
    dialog = main_window.help_dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    assert dialog.tree.currentItem() is dialog.sections[CASES_PAGE.key]
    main = dict(dialog.rows(MAIN_WINDOW.key))
    assert main[native("Ctrl+L")].startswith("Vergrendelen")
    assert main[native("Ctrl+F")].startswith("Naar het filter")
    meeting = dict(dialog.rows(MEETING_MODE.key))
    next_keys = " / ".join(native(k) for k in ("PgDown", "Ctrl+PgDown", "Alt+Right"))
    assert meeting[next_keys] == "Volgend agendapunt"
    assert native("Ctrl+L") in meeting
    screen = main_window.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    dialog.close()


def test_the_help_menu_offers_the_shortcuts_and_the_about_dialog(qtbot, main_window, vault_dir):
    menu = main_window.ui.help_button.menu()
    assert [a.text().split("\t")[0] for a in menu.actions()] == ["Sneltoetsen…", "Over Casusoverleg Desktop…"]
    main_window.about_action.trigger()
    about = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog) and w.isVisible())
    assert about.values["vault"].text() == str(vault_dir)
    assert about.values["backups"].text() == str(vault_dir / "backups")
    assert about.values["version"].text().startswith(metadata.version("casusoverleg-desktop"))
    assert "EUPL-1.2" in about.values["licence"].text()
    assert about.values["data"].text()
    assert about.width() <= 1366 and about.height() <= 728
    about.reject()


def test_every_bound_shortcut_of_the_main_window_is_in_the_help_and_back(qtbot, main_window):
    for spec in main_window._specs:
        main_window.page(spec.key)  # pages are made on first use: make them all
    listed = set().union(*(s.bound_keys() for s in (MAIN_WINDOW, OVERVIEW_PAGE, CASES_PAGE, MEETINGS_PAGE,
                                                     PARTNERS_PAGE)))
    bound = shortcut_keys(main_window)
    assert bound - listed == set(), "bound but not in the help: declare them in ui/shortcuts.py"
    assert listed - bound == set(), "in the help but bound nowhere"


def test_every_bound_shortcut_of_the_case_window_is_in_the_help_and_back(qtbot, ctx, two_cases):
    window = CaseWindow(ctx, two_cases["WM-2025-031"])
    qtbot.addWidget(window)
    assert shortcut_keys(window) == CASE_WINDOW.bound_keys()


def test_every_bound_shortcut_of_meeting_mode_is_in_the_help_and_back(qtbot, ctx):
    world = build_world(ctx)
    window = MeetingModeWindow(ctx, world.meeting_id)
    qtbot.addWidget(window)
    window.show()
    for row, item in enumerate(window.session.agenda):  # every kind of screen, the balance sheet too
        if item.kind in (AgendaItemKind.CASUS, AgendaItemKind.SLUITING):
            window.show_item(row)
            window.current_screen().set_phase(BobPhase.OORDEELSVORMING)
    bound = shortcut_keys(window)
    listed = MEETING_MODE.bound_keys() | BALANCE_SHEET.bound_keys()
    assert bound - listed == set(), "bound but not in the help: declare them in ui/shortcuts.py"
    assert listed - bound == set(), "in the help but bound nowhere"


# -- focus that shows --------------------------------------------------------------------------------------
def edge_colour(widget) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(0, image.height() // 2)


def test_the_list_with_the_keyboard_shows_a_focus_frame(qtbot, two_cases, cases_page):
    view = cases_page.ui.cases_view
    cases_page.ui.text_filter_edit.setFocus()
    assert edge_colour(view) != QColor(Palette.FOCUS)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert edge_colour(view) == QColor(Palette.FOCUS)


def test_the_focused_entry_of_the_navigation_stands_out(qtbot, main_window):
    nav = main_window.ui.nav_list
    rect = nav.visualItemRect(nav.item(0))
    main_window.ui.search_edit.setFocus()
    before = nav.grab().toImage().pixelColor(rect.center().x(), rect.bottom() - 2)
    nav.setFocus()
    qtbot.waitUntil(nav.hasFocus)
    after = nav.grab().toImage().pixelColor(rect.center().x(), rect.bottom() - 2)
    assert after == QColor(Palette.FOCUS) and before != after


def test_focus_shows_in_meeting_mode_with_large_letters(qtbot, ctx):
    world = build_world(ctx)
    window = MeetingModeWindow(ctx, world.meeting_id)
    qtbot.addWidget(window)
    window.show()
    window.ui.large_check.setChecked(True)
    activate(qtbot, window)
    row = next(r for r, item in enumerate(window.session.agenda) if item.kind is AgendaItemKind.CASUS)
    window.show_item(row)
    edit = next(e for e in window.current_screen().findChildren(QLineEdit) if e.isVisible())
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    assert edge_colour(edit) == QColor(Palette.FOCUS)


def test_the_help_dialog_closes_with_escape(qtbot, main_window):
    dialog = main_window.open_help()
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected

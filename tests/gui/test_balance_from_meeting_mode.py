"""Carrying a contribution (inbreng) or a signal onto a column of the balance sheet from meeting mode:
A/B/C on the selected inbreng row, dragging the row, or a signal's A/B/C link (pytest-qt, offscreen,
a fresh vault with partners, cases and a meeting made through the services)."""

from __future__ import annotations

import datetime as dt

import pytest
from meeting_testkit import build_world, open_meeting_mode

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser

from casusoverleg_desktop.domain.balance import BalanceSide
from casusoverleg_desktop.domain.enums import BobPhase, StatementType
from casusoverleg_desktop.services import balance, contributions, meetings

from casusoverleg_desktop.ui.balance import CONTRIBUTION, read_source
from casusoverleg_desktop.ui.meeting.item_screens import CaseItemScreen
from casusoverleg_desktop.ui.meeting.meeting_mode_window import MeetingModeWindow
from casusoverleg_desktop.ui.models.meeting_mode_models import ContributionsModel

A, B, C = BalanceSide.VEILIGHEID, BalanceSide.ZORG_ONTWIKKELING, BalanceSide.WAT_GAAT_GOED
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
DAAN = "LV-2025-014"


@pytest.fixture
def world(ctx):
    return build_world(ctx)




def _page_to_daan(qtbot, window: MeetingModeWindow, case_id: int) -> CaseItemScreen:
    """PgDn through the agenda, as the chair does, up to Daan's case."""
    for _ in range(len(window.session.agenda)):
        screen = window.current_screen()
        if isinstance(screen, CaseItemScreen) and screen.item.case_id == case_id:
            return screen
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_PageDown)
    raise AssertionError("Daan's case is not on the agenda")


def _stored_side(ctx, window: MeetingModeWindow, case_id: int, side: BalanceSide):
    sheet = balance.find_sheet(ctx, case_id, window.session.meeting.id)
    return () if sheet is None else sheet.side(side)


def _select_row(qtbot, screen: CaseItemScreen, row: int) -> None:
    view = screen.capture.view
    rect = view.visualRect(screen.capture.model.index(row, ContributionsModel.TEXT))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())
    assert view.currentIndex().row() == row and view.hasFocus()


def test_a_typed_inbreng_goes_onto_column_b_with_one_key(qtbot, ctx, world):
    daan = world.case_ids[DAAN]
    window = open_meeting_mode(qtbot, ctx, world.meeting_id)
    screen = _page_to_daan(qtbot, window, daan)
    capture = screen.capture
    qtbot.keyClicks(capture.partner_edit, "jeugdteam")
    qtbot.keyClick(capture.partner_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(capture.text_edit, "Daan wil graag een stage bij een garage")
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_Return)
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_2, ALT)  # oordeelsvorming: the sheet opens
    sheet = screen.balance_sheet
    assert screen.phase is BobPhase.OORDEELSVORMING and sheet is not None
    assert "A, B of C" in capture.carry_hint.text()

    _select_row(qtbot, screen, 0)
    qtbot.keyClick(capture.view, Qt.Key.Key_B)

    [entry] = _stored_side(ctx, window, daan, B)
    [contribution] = contributions.contributions(ctx, screen.item.id)
    assert (entry.contribution_id, entry.text) == (contribution.id, "Daan wil graag een stage bij een garage")
    assert entry.source_partner_id == world.partner_ids["Jeugdteam"]
    assert sheet.panels[B].model.rowCount() == 1, "the column on screen shows it at once"
    assert capture.carry_hint.text() == "Op de balans gezet onder B. Zorg & ontwikkeling."
    assert capture.carry_hint.property("message") == "ok" and not capture.error.isVisible()
    assert capture.view.hasFocus(), "the next row can be carried straight away"
    assert capture.text_edit.text() == "" and capture.partner_edit.text() == "Jeugdteam"


def test_keys_that_do_not_carry(qtbot, ctx, world):
    daan = world.case_ids[DAAN]
    window = open_meeting_mode(qtbot, ctx, world.meeting_id)
    screen = _page_to_daan(qtbot, window, daan)
    capture = screen.capture
    capture.partner_edit.setText("School")
    capture.text_edit.setText("Mentor ziet dat Daan zich terugtrekt")
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_Return)
    _select_row(qtbot, screen, 0)
    qtbot.keyClick(capture.view, Qt.Key.Key_C, CTRL)
    qtbot.keyClick(capture.view, Qt.Key.Key_D)  # no column D
    capture.view.setCurrentIndex(QModelIndex())
    qtbot.keyClick(capture.view, Qt.Key.Key_A)  # no row chosen
    assert screen.balance_sheet is None, "nothing opened the sheet"
    assert all(_stored_side(ctx, window, daan, side) == () for side in BalanceSide)


def test_an_inbreng_row_drags_onto_a_column(qtbot, ctx, world):
    daan = world.case_ids[DAAN]
    window = open_meeting_mode(qtbot, ctx, world.meeting_id)
    screen = _page_to_daan(qtbot, window, daan)
    contributions.add_contribution(ctx, screen.item.id, world.partner_ids["Politie"],
                                   "Geen nieuwe incidenten sinds januari", bob_phase=BobPhase.OORDEELSVORMING,
                                   statement_type=StatementType.FEIT)
    screen.bind(screen.item)  # as when the item is shown again
    screen.set_phase(BobPhase.OORDEELSVORMING)
    capture, sheet = screen.capture, screen.balance_sheet
    assert capture.view.dragEnabled()
    index = capture.model.index(0, ContributionsModel.TEXT)
    assert capture.model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    data = capture.model.mimeData([index])
    source = read_source(data)
    assert source is not None and source.entity_type == CONTRIBUTION
    assert data.text() == "Geen nieuwe incidenten sinds januari"

    panel = sheet.panels[C]
    enter = QDragEnterEvent(panel.rect().center(), Qt.DropAction.CopyAction, data, LEFT,
                            Qt.KeyboardModifier.NoModifier)
    panel.dragEnterEvent(enter)
    assert enter.isAccepted() and "loslaten om toe te voegen" in panel.header.text()
    drop = QDropEvent(panel.rect().center().toPointF(), Qt.DropAction.CopyAction, data, LEFT,
                      Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(drop)
    assert drop.isAccepted()
    [entry] = _stored_side(ctx, window, daan, C)
    assert entry.contribution_id == source.entity_id
    assert "loslaten" not in panel.header.text() and "(1)" in panel.header.toolTip()


def _link_point(browser: QTextBrowser, href: str) -> QPoint:
    """Where the link ``href`` is drawn in the browser's viewport (scrolled into view)."""
    document = browser.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                rect = browser.cursorRect(cursor)
                return QPoint(rect.left() + 3, rect.center().y())
            fragments += 1
        block = block.next()
    raise AssertionError(f"no link {href}")


def test_a_signal_goes_onto_column_a_with_a_click_in_beeldvorming(qtbot, ctx, world):
    daan = world.case_ids[DAAN]
    window = open_meeting_mode(qtbot, ctx, world.meeting_id)
    screen = _page_to_daan(qtbot, window, daan)
    assert screen.phase is BobPhase.BEELDVORMING and screen.balance_sheet is None
    signal = next(s for s in screen.briefing.new_signals if "filmpjes" in s.text)
    browser = screen.signals_view
    qtbot.mouseClick(browser.viewport(), LEFT, pos=_link_point(browser, f"carry:{signal.id}:veiligheid"))

    [entry] = _stored_side(ctx, window, daan, A)
    assert entry.signal_id == signal.id and entry.source_label == signal.label
    assert screen.phase is BobPhase.BEELDVORMING, "the chair stays where the signals are"
    assert screen.signals_message.text() == "Op de balans gezet onder A. Veiligheid."
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_2, ALT)
    assert screen.balance_sheet.panels[A].model.rowCount() == 1


def test_a_closed_meeting_carries_nothing_and_says_why(qtbot, ctx, world):
    daan = world.case_ids[DAAN]
    item = next(i for i in meetings.agenda(ctx, world.meeting_id) if i.case_id == daan)
    contributions.add_contribution(ctx, item.id, world.partner_ids["School"], "Verzuim is gedaald",
                                   bob_phase=BobPhase.BEELDVORMING, statement_type=StatementType.FEIT)
    meetings.close_meeting(ctx, world.meeting_id, dt.time(15, 45))
    window = open_meeting_mode(qtbot, ctx, world.meeting_id)
    screen = _page_to_daan(qtbot, window, daan)
    assert "carry:" not in screen.signals_view.toHtml(), "no links to carry with"
    _select_row(qtbot, screen, 0)
    qtbot.keyClick(screen.capture.view, Qt.Key.Key_B)
    assert "De vergadering is gesloten" in screen.capture.error.text()
    assert screen.balance_sheet is None
    assert _stored_side(ctx, window, daan, B) == ()


def test_inside_the_sheet_its_own_keys_win_and_outside_meeting_mode_keeps_them(qtbot, ctx, world):
    """Ctrl+1 and Ctrl+= are meeting mode's (soort inbreng, grote letters) and the sheet's (column A,
    zoom): inside the sheet the sheet's work, elsewhere meeting mode's; never neither."""
    window = open_meeting_mode(qtbot, ctx, world.meeting_id)
    screen = _page_to_daan(qtbot, window, world.case_ids[DAAN])
    screen.set_phase(BobPhase.OORDEELSVORMING)
    sheet = screen.balance_sheet
    assert sheet is not None
    sheet.ui.rationale_edit.setFocus()
    qtbot.waitUntil(sheet.ui.rationale_edit.hasFocus)
    qtbot.keyClick(sheet.ui.rationale_edit, Qt.Key.Key_1, CTRL)
    assert window.focusWidget() is sheet.panels[A].entry_edit
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Equal, CTRL)
    assert sheet._zoom > 1.0 and not window.ui.large_check.isChecked()

    screen.set_phase(BobPhase.BEELDVORMING)
    screen.capture.text_edit.setFocus()
    qtbot.waitUntil(screen.capture.text_edit.hasFocus)
    qtbot.keyClick(screen.capture.text_edit, Qt.Key.Key_2, CTRL)
    assert screen.capture.statement_type is StatementType.MENING
    qtbot.keyClick(screen.capture.text_edit, Qt.Key.Key_Equal, CTRL)
    assert window.ui.large_check.isChecked()


def test_f1_in_meeting_mode_shows_its_keys(qtbot, ctx, world):
    window = open_meeting_mode(qtbot, ctx, world.meeting_id)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    help_dialog = window.help_dialog
    assert help_dialog is not None and help_dialog.isVisible()
    assert "Vergadermodus" in help_dialog.tree.currentItem().text(0)
    help_dialog.close()


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand)."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].upper() if 0 <= at < len(plain) - 1 else None


def test_no_label_in_meeting_mode_takes_one_of_its_alt_keys(qtbot, ctx, world):
    """A mnemonic on the same Alt key as a meeting-mode shortcut makes both ambiguous: neither works
    (the sheet's 'Veiligheid voorop' once took Alt+V, 'Dwangmaatregel' Alt+D)."""
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget

    window = open_meeting_mode(qtbot, ctx, world.meeting_id)
    screen = _page_to_daan(qtbot, window, world.case_ids[DAAN])
    for phase in BobPhase:  # every phase built: the balance sheet and the decision page too
        screen.enter_phase(phase)
    alt_keys = {s.key().toString() for s in window.findChildren(QShortcut)
                if s.parent() is window and s.key().toString().startswith("Alt+")}
    texts = [w.text() for w in window.findChildren(QAbstractButton)]
    texts += [w.text() for w in window.findChildren(QLabel) if w.buddy() is not None]
    texts += [tabs.tabText(i) for tabs in window.findChildren(QTabWidget) for i in range(tabs.count())]
    taken = {text: f"Alt+{letter}" for text in texts if (letter := _mnemonic(text))}
    clashes = {text: key for text, key in taken.items()
               if QKeySequence(key).toString() in alt_keys}
    assert not clashes, clashes

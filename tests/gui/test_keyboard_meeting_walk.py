"""A whole meeting of two cases held by keyboard only on a 1366×768 laptop (issue 14, "Tests and
measures": a walk through a whole meeting by keyboard only).

From a fresh vault (partners, two cases, an earlier meeting with open actions, all made through the
services), the chair opens meeting mode and holds the meeting with key presses on the focus widget
alone: attendance at the Opening, the action list under item 3, announcements, both cases through
beeldvorming (inbreng), oordeelsvorming (the balance sheet and the weighing) and besluitvorming
(decision, sharing, action, next review), the rondvraag, and the Sluiting with its list of unfinished
business. Afterwards the services must hold every typed word, the meeting must be held and its
concept minutes made. After every key the window still fits the laptop, and the focus widget and the
Vorige / Volgende / Sluiten buttons lie inside it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import shiboken6
from answers import Answers
from meeting_testkit import MEETING_DAY, MeetingWorld, build_world

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from casusoverleg_desktop.domain.balance import BalanceSide, Priority
from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    Attendance,
    BobPhase,
    MeetingStatus,
    MeetingType,
    MinutesStatus,
    StatementType,
)
from casusoverleg_desktop.services import (
    actions,
    balance,
    cases,
    contributions,
    decisions,
    document_data,
    meeting_mode,
    meetings,
    minutes,
)

from casusoverleg_desktop.ui.meeting.item_screens import CaseItemScreen, GeneralItemScreen
from casusoverleg_desktop.ui.meeting.meeting_mode_window import MeetingModeWindow

LAPTOP = QSize(1366, 768)
NO, ALT, CTRL, SHIFT = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.AltModifier,
                        Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier)
AFTERNOON = dt.datetime(2025, 3, 26, 14, 0, tzinfo=dt.UTC)  # the meeting day, after the 13.30 start
DAAN, SARA = "LV-2025-014", "LV-2025-021"
MAX_TABS = 12  # a field further away than this many Tab presses is not reachable in practice

# What the chair types (ASCII only: a non-ASCII key click aborts the test process).
OPENING_NOTES = "Welkom; korte voorstelronde van de nieuwe wijkagent."
VERSLAG_NOTES = "Verslag van 26 februari zonder wijzigingen besproken."
POSTPONE_REASON = "Ouders pas in april bereikbaar"
LAPSE_REASON = "Wijkagent met verlof, huisbezoek niet meer nodig"
ANNOUNCEMENTS = "De wijkagent is met verlof tot 1 mei."
DAAN_FACT = "Daan deelt opnieuw filmpjes van een prediker in de klassenapp"
DAAN_OPINION = "Het jeugdteam denkt dat Daan zich eenzaam voelt"
DAAN_CONCERN = "Deelt extremistische filmpjes"
DAAN_NEED = "Heeft een vaste mentor nodig"
DAAN_STRENGTH = "Speelt weer wekelijks voetbal"
DAAN_RATIONALE = "Er is geen concrete dreiging; de zorg rond Daan gaat nu voor."
DAAN_DECISION = "Gezinsaanpak starten met het jeugdteam als regiehouder"
DAAN_ACTION = "Gezinsplan opstellen met ouders en school"
SARA_FACT = "Sara is twee keer aangehouden voor winkeldiefstal"
SARA_HYPOTHESIS = "Mogelijk speelt er een schuld bij een oudere vriend"
SARA_NEED = "Hulp bij schulden"
SARA_STRENGTH = "Goede band met haar oma"
SARA_RATIONALE = "Veiligheid en zorg wegen even zwaar; beide sporen tegelijk."
SARA_DECISION = "Plan van aanpak vastgesteld met schuldhulp en begrenzing"
SARA_ACTION = "Schuldhulp aanvragen voor Sara"
RONDVRAAG_NOTES = "Gemeente vraagt de evaluatie van het convenant in juni te plannen."
DAAN_REVIEW_ON, SARA_REVIEW_ON = dt.date(2025, 4, 23), dt.date(2025, 5, 21)
NEXT_MEETING_ON = dt.date(2025, 4, 23)


@dataclasses.dataclass(frozen=True)
class TodaysMeeting:
    world: MeetingWorld
    meeting_id: int

    def partner(self, short: str) -> int:
        return self.world.partner_ids[short]

    def case(self, code: str) -> int:
        return self.world.case_ids[code]


@pytest.fixture
def todays_meeting(ctx) -> TodaysMeeting:
    """Partners, cases and last month's meeting with four open actions (``build_world``), and today's
    meeting with two cases, each with its invited partners."""
    world = build_world(ctx, with_meeting=False)
    ids = world.partner_ids
    meeting = meetings.create_meeting(
        ctx, MeetingType.ICO_MDO, MEETING_DAY,
        start_time=dt.time(13, 30), end_time=dt.time(16), location="ZVH Lindeveld, zaal 2",
        chair_id=world.chair_id, minute_taker_id=world.minute_taker_id)
    meetings.add_case_item(ctx, meeting.id, world.case_ids[DAAN], slot_minutes=40,
                           question="Is opschalen naar een gezinsaanpak nodig?",
                           invited_partner_ids=[ids[s] for s in ("Gemeente", "Politie", "Jeugdteam",
                                                                 "School")])
    meetings.add_case_item(ctx, meeting.id, world.case_ids[SARA], slot_minutes=30,
                           question="Plan van aanpak vaststellen.",
                           invited_partner_ids=[ids[s] for s in ("Gemeente", "Politie", "GGZ")])
    return TodaysMeeting(world, meeting.id)


@pytest.fixture
def on_the_day(ctx):
    """The services as they run on the meeting day itself (the meeting can be closed then)."""
    return dataclasses.replace(ctx, clock=lambda: AFTERNOON)


# -- the chair's hands: keys on the focus widget, and a look at the screen after every key ----------------
def _lies_inside(widget: QWidget, top: QWidget) -> bool:
    return top.rect().contains(QRect(widget.mapTo(top, QPoint(0, 0)), widget.size()))


def _visible_part(widget: QWidget) -> QRect:
    """What the chair needs to see of a focused widget: its chosen row in a list or table, else all
    of it (in the widget's own coordinates)."""
    if isinstance(widget, QAbstractItemView):
        chosen = widget.currentIndex()
        if not chosen.isValid() and widget.selectionModel().hasSelection():
            chosen = widget.selectionModel().selectedIndexes()[0]
        if chosen.isValid():
            row = widget.visualRect(chosen)
            return QRect(widget.viewport().mapTo(widget, row.topLeft()), row.size())
    return widget.rect()


def _clipped_by(widget: QWidget) -> tuple[QWidget, QRect] | None:
    """The parent (a scroll area's viewport, a splitter pane) that hides some of what the chair
    needs to see of ``widget``, and the part that stays in view; None when all of it is in view."""
    needed = _visible_part(widget)
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        placed = QRect(widget.mapTo(parent, needed.topLeft()), needed.size())
        if not parent.rect().contains(placed):
            return parent, parent.rect().intersected(placed)
        parent = parent.parentWidget()
    return None


def _name(widget: QWidget) -> str:
    return widget.accessibleName() or widget.objectName() or type(widget).__name__


class _Deactivations(QObject):
    """Counts how often meeting mode lost its activation."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.count = 0
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
        if event.type() == QEvent.Type.WindowDeactivate:
            self.count += 1
        return False


class Chair:
    """Presses keys where a person at the laptop would: on an open completer list, else on the widget
    with the keyboard focus.

    One thing here is not the chair's: a completer's list, once shown, later takes the activation
    of the window for a moment on the test platforms (offscreen, and X without a window manager), and
    Qt then gives the focus to the completer's field. A desktop does not activate a closed list, so
    when the window lost its activation between two keys, the focus goes back where the last key
    left it and the window is activated again (``_undo_stray_activation``)."""

    def __init__(self, qtbot, window: MeetingModeWindow) -> None:
        self.qtbot, self.window = qtbot, window
        self.steps = 0
        self.findings: list[str] = []
        """What a chair at this laptop would stumble over without the walk failing: reported at the end."""
        self._shown: dict[str, float] = {}
        self._left_focus: QWidget | None = None
        self._deactivations = _Deactivations(window)

    def activate(self, top: QWidget) -> None:
        """Offscreen Qt now and then drops a request to activate a window: ask again."""
        def active() -> bool:
            if not top.isActiveWindow():
                top.activateWindow()
            return top.isActiveWindow()

        self.qtbot.waitUntil(active)

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, f"step {self.steps}: no widget has the keyboard focus; a key would be lost"
        return widget

    def _receiver(self) -> QWidget:
        popup = QApplication.activePopupWidget()  # a completer's list takes the keys while it is open
        if popup is not None:
            return popup
        self._undo_stray_activation()
        return self.focus()

    def _undo_stray_activation(self) -> None:
        left = self._left_focus
        if QApplication.activeModalWidget() is not None or left is None or not shiboken6.isValid(left):
            return
        if self._deactivations.count or not left.window().isActiveWindow():
            self.activate(left.window())
            if QApplication.focusWidget() is not left and left.isVisible():
                left.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self._deactivations.count = 0

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO) -> None:
        self.qtbot.keyClick(self._receiver(), key, modifier)
        self._after_key()

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self._receiver(), text)
        self._after_key()

    def _after_key(self) -> None:
        self.steps += 1
        self._left_focus = QApplication.focusWidget()
        self._deactivations.count = 0
        self.check_fits()

    def type_into(self, expected: QWidget, text: str) -> None:
        assert self.focus() is expected, (
            f"step {self.steps}: typing meant for {_name(expected)!r} would go to {_name(self.focus())!r}")
        self.type(text)

    def tab_to(self, target: QWidget, modifier: Qt.KeyboardModifier = NO) -> int:
        """Tab (or Shift+Tab) until ``target`` has the focus; the number of presses it took."""
        for presses in range(1, MAX_TABS + 1):
            self.press(Qt.Key.Key_Tab, modifier)
            if self.focus() is target:
                return presses
        raise AssertionError(f"{_name(target)!r} is not reached with {MAX_TABS} Tab presses")

    def check_fits(self) -> None:
        """The window fits the laptop; its navigation and the focus widget lie inside it."""
        window = self.window
        if not window.isVisible():
            return
        assert window.width() <= LAPTOP.width() and window.height() <= LAPTOP.height(), (
            f"step {self.steps}: meeting mode grew to {window.width()}×{window.height()}")
        for button in (window.ui.previous_button, window.ui.next_button, window.ui.close_button):
            assert button.isVisible() and _lies_inside(button, window), (
                f"step {self.steps}: {button.text()!r} is off-screen")
        widget = QApplication.focusWidget()
        if widget is None:
            return
        top = widget.window()
        assert top.width() <= LAPTOP.width() and top.height() <= LAPTOP.height(), (
            f"step {self.steps}: {type(top).__name__} is {top.width()}×{top.height()}")
        assert widget.isVisible() and _lies_inside(widget, top), (
            f"step {self.steps}: the focus ({_name(widget)!r}) is off-screen")
        clipped = _clipped_by(widget)
        if clipped is not None:
            clip, shown = clipped
            screen = window.current_screen()
            where = window.ui.item_title_label.text() if screen is not None else "?"
            needed = _visible_part(widget).height()
            self.note(f"{where}: the focus ({_name(widget)!r}) shows {shown.height()} of the {needed} px "
                      f"it needs in {_name(clip.parentWidget() or clip)}", shown.height() / needed)

    def note(self, finding: str, shown: float = 0.0) -> None:
        """A finding, once per item and widget (the words before ")" say which): the worst one."""
        key = finding.split(")")[0]
        if key not in self._shown or shown < self._shown[key]:
            self._shown[key] = shown
            self.findings = [known for known in self.findings if known.split(")")[0] != key] + [finding]

    # -- dialogs --------------------------------------------------------------------------------
    def dialog(self) -> QWidget:
        """The window-modal dialog a key just opened, active and with its focus in it."""
        self.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
        dialog = QApplication.activeModalWidget()
        self.activate(dialog)
        self.check_fits()
        return dialog

    def back_in_meeting_mode(self, dialog: QWidget) -> None:
        """The dialog is gone; the focus is where meeting mode puts it."""
        self.qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
        self.activate(self.window)
        self._left_focus = QApplication.focusWidget()
        self._deactivations.count = 0
        self.check_fits()

    # -- the agenda -----------------------------------------------------------------------------
    def next_item(self, kind: AgendaItemKind, case_id: int | None = None):
        """PgDn to the next agenda item, which must be ``kind`` (and that case)."""
        self.press(Qt.Key.Key_PageDown)
        screen = self.window.current_screen()
        assert screen is not None and screen.item.kind is kind and screen.item.case_id == case_id
        return screen


# -- the walk, item by item ------------------------------------------------------------------------
def open_meeting_mode(qtbot, ctx, meeting_id: int) -> Chair:
    window = MeetingModeWindow(ctx, meeting_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.resize(LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    chair = Chair(qtbot, window)
    chair.activate(window)
    chair.check_fits()
    return chair


def hold_the_opening(chair: Chair) -> None:
    """Notes, then Alt+P to the chips: A / M / Z set, Space cycles, arrows move on; Shift+Tab from the
    chips reaches 'another partner at the table'."""
    screen = chair.window.current_screen()
    assert isinstance(screen, GeneralItemScreen) and screen.item.kind is AgendaItemKind.OPENING
    panel = screen.attendance
    chair.type_into(screen.notes_edit, OPENING_NOTES)
    chair.press(Qt.Key.Key_Tab)  # on to the next field: notes take no tab characters
    assert chair.focus() is not screen.notes_edit and screen.notes_edit.toPlainText() == OPENING_NOTES
    chair.press(Qt.Key.Key_P, ALT)
    chips = dict(panel.buttons)  # the partners invited for a case, by name
    assert [chair.window.session.partner_name(p) for p in chips] == [
        "Gemeente", "GGZ", "Jeugdteam", "Politie", "School"]
    for chip, keys in zip(chips.values(), (
            [Qt.Key.Key_A],  # Gemeente aanwezig
            [Qt.Key.Key_M],  # GGZ afwezig met kennisgeving
            [Qt.Key.Key_Space],  # Jeugdteam: nothing recorded yet, so aanwezig
            [Qt.Key.Key_A],  # Politie aanwezig
            [Qt.Key.Key_Z, Qt.Key.Key_Space]), strict=True):  # School z.k.; then it walks in: aanwezig
        assert chair.focus() is chip
        for key in keys:
            chair.press(key)
        chair.press(Qt.Key.Key_Right)
    chair.tab_to(panel.add_edit, SHIFT)  # the OM, not invited for a case, is at the table too
    chair.type("Openbaar")
    chair.press(Qt.Key.Key_Return)  # on the completer's list: chooses "Openbaar Ministerie" and adds it
    assert not panel.error.text(), panel.error.text()


def review_the_action_list(chair: Chair) -> None:
    """Item 3: Alt+R, then A afgerond, U uitgesteld (a dialog: new date, reason), V vervallen (a
    dialog: the reason); the standing instruction at Daan's case is left as it is."""
    screen = chair.next_item(AgendaItemKind.VERSLAG_VORIGE)
    chair.type_into(screen.notes_edit, VERSLAG_NOTES)
    chair.press(Qt.Key.Key_R, ALT)
    panel = screen.review
    assert chair.focus() is panel.view

    def select(description: str) -> None:
        rows = [panel.model.row(r).action.description for r in range(panel.model.rowCount())]
        wanted = rows.index(description)
        while panel.current_row() != wanted:
            chair.press(Qt.Key.Key_Down if panel.current_row() < wanted else Qt.Key.Key_Up)

    select("Convenant aanvullen met GGZ")
    chair.press(Qt.Key.Key_A)
    select("Gesprek met ouders over schoolverzuim")
    chair.press(Qt.Key.Key_U)
    postpone = chair.dialog()
    chair.tab_to(postpone.reason_edit)  # the proposed date (two weeks on) is kept
    chair.type(POSTPONE_REASON)
    chair.press(Qt.Key.Key_Return)
    chair.back_in_meeting_mode(postpone)
    if not focus_came_back(chair, panel.view, "the postponement dialog"):
        chair.press(Qt.Key.Key_R, ALT)  # what the chair does on seeing the focus elsewhere
    select("Huisbezoek wijkagent")
    chair.press(Qt.Key.Key_V)
    lapse = chair.dialog()
    chair.type(LAPSE_REASON)
    chair.press(Qt.Key.Key_Return)
    chair.back_in_meeting_mode(lapse)
    focus_came_back(chair, panel.view, "the lapse dialog")
    assert not panel.error.text(), panel.error.text()


def focus_came_back(chair: Chair, where: QWidget, after: str) -> bool:
    """After a dialog the chair's next key must go where it was going before."""
    if chair.focus() is where:
        return True
    chair.note(f"{chair.window.ui.item_title_label.text()}: after {after} the focus is in "
               f"{_name(chair.focus())!r}, not in {_name(where)!r}; the next key would go there")
    return False


def give_inbreng(chair: Chair, screen: CaseItemScreen, partner: str, text: str,
                 statement_key: Qt.Key | None = None) -> None:
    """Partner name, Enter to the text (Ctrl+1/2/3 sets its kind), the sentence, Enter records it."""
    capture = screen.capture
    if chair.focus() is capture.text_edit:
        chair.press(Qt.Key.Key_Tab, SHIFT)  # back to the partner: Tab selects what is there
    chair.type_into(capture.partner_edit, partner)
    chair.press(Qt.Key.Key_Return)
    if statement_key is not None:
        chair.press(statement_key, CTRL)
    chair.type_into(capture.text_edit, text)
    chair.press(Qt.Key.Key_Return)
    assert not capture.error.text(), capture.error.text()
    assert capture.text_edit.text() == "", "the sentence is recorded and the line is free again"


def weigh_on_the_balance_sheet(chair: Chair, screen: CaseItemScreen, entries: dict[BalanceSide, str],
                               priority_key: Qt.Key, rationale: str) -> None:
    """Alt+2 puts the cursor in column A's line; inside the sheet Ctrl+1/2/3 go to a column's line
    (not the inbreng's feit/mening/hypothese): type, Enter; the priority by its mnemonic; Ctrl+4 to
    the rationale; Ctrl+Enter records the weighing."""
    chair.press(Qt.Key.Key_2, ALT)
    assert screen.phase is BobPhase.OORDEELSVORMING and screen.balance_sheet is not None
    sheet = screen.balance_sheet
    assert chair.focus() is sheet.panels[BalanceSide.VEILIGHEID].entry_edit
    for side, key in zip(BalanceSide, (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3), strict=True):
        if side in entries:
            chair.press(key, CTRL)
            chair.type_into(sheet.panels[side].entry_edit, entries[side])
            chair.press(Qt.Key.Key_Return)
            assert sheet.panels[side].entry_edit.text() == "", sheet.error_text()
    chair.press(priority_key, ALT)
    chair.qtbot.waitUntil(lambda: sheet.chosen_priority() is not None)  # a mnemonic clicks after a beat
    chair.press(Qt.Key.Key_4, CTRL)
    chair.type_into(sheet.ui.rationale_edit, rationale)
    chair.press(Qt.Key.Key_Return, CTRL)
    assert not sheet.weighing_unsaved() and not sheet.error_text(), sheet.error_text()


def decide(chair: Chair, screen: CaseItemScreen, decision: str, action: tuple[str, str, str, str],
           share_with_key: Qt.Key | None = None) -> None:
    """Alt+3; Alt+D the decision, Enter; Alt+S and a digit shares it; Alt+A the action: what, Enter,
    owner, Enter, person, Enter, when, Enter."""
    chair.press(Qt.Key.Key_3, ALT)
    assert screen.phase is BobPhase.BESLUITVORMING
    chair.press(Qt.Key.Key_D, ALT)
    chair.type_into(screen.decisions.edit, decision)
    chair.press(Qt.Key.Key_Return)
    assert not screen.decisions.error.text(), screen.decisions.error.text()
    if share_with_key is not None:
        chair.press(Qt.Key.Key_S, ALT)
        assert chair.focus() is screen.decisions.view
        screen.shares.ask = answers = Answers(True)  # "Toch delen?" (a modal box: answered here)
        chair.press(share_with_key)
        assert [title for title, _text, _proceed in answers.asked] == ["Toch delen?"]  # marked data
    editor = screen.actions
    chair.press(Qt.Key.Key_A, ALT)
    for field, text in zip((editor.description_edit, editor.owner_edit, editor.person_edit, editor.when_edit),
                           action, strict=True):
        if text:
            chair.type_into(field, text)
        else:
            assert chair.focus() is field
        chair.press(Qt.Key.Key_Return)
    assert not editor.error.text(), editor.error.text()
    assert editor.description_edit.text() == "" and chair.focus() is editor.description_edit


def set_next_review(chair: Chair, screen: CaseItemScreen, day: dt.date) -> None:
    """Alt+V: the date of the case's next review, Enter."""
    chair.press(Qt.Key.Key_V, ALT)
    chair.type_into(screen.extras.review_edit, f"{day.day}-{day.month}")
    chair.press(Qt.Key.Key_Return)
    assert not screen.extras.error.text(), screen.extras.error.text()


def discuss_daan(chair: Chair, meeting: TodaysMeeting) -> None:
    screen = chair.next_item(AgendaItemKind.CASUS, meeting.case(DAAN))
    assert chair.focus() is screen.capture.partner_edit
    chair.press(Qt.Key.Key_P, ALT)  # who joined for this case: Gemeente and Politie
    chair.press(Qt.Key.Key_A)
    chair.press(Qt.Key.Key_Right)
    chair.press(Qt.Key.Key_A)
    chair.press(Qt.Key.Key_I, ALT)
    give_inbreng(chair, screen, "school", DAAN_FACT)
    give_inbreng(chair, screen, "jeugdteam", DAAN_OPINION, Qt.Key.Key_2)
    weigh_on_the_balance_sheet(
        chair, screen, {BalanceSide.VEILIGHEID: DAAN_CONCERN, BalanceSide.ZORG_ONTWIKKELING: DAAN_NEED,
                        BalanceSide.WAT_GAAT_GOED: DAAN_STRENGTH}, Qt.Key.Key_Z, DAAN_RATIONALE)
    decide(chair, screen, DAAN_DECISION, (DAAN_ACTION, "jeugdteam", "R. Pinas", "15-4"),
           share_with_key=Qt.Key.Key_3)  # the third invited partner: Jeugdteam
    set_next_review(chair, screen, DAAN_REVIEW_ON)


def discuss_sara(chair: Chair, meeting: TodaysMeeting) -> None:
    """As Daan, but the next review date is forgotten: Sluiting will say so."""
    screen = chair.next_item(AgendaItemKind.CASUS, meeting.case(SARA))
    give_inbreng(chair, screen, "politie", SARA_FACT)
    give_inbreng(chair, screen, "gemeente", SARA_HYPOTHESIS, Qt.Key.Key_3)
    weigh_on_the_balance_sheet(
        chair, screen, {BalanceSide.ZORG_ONTWIKKELING: SARA_NEED, BalanceSide.WAT_GAAT_GOED: SARA_STRENGTH},
        Qt.Key.Key_B, SARA_RATIONALE)
    decide(chair, screen, SARA_DECISION, (SARA_ACTION, "gemeente", "", "30-4"))


def close_the_meeting(chair: Chair, meeting: TodaysMeeting) -> None:
    """Sluiting: Alt+V to the next meeting's date, Ctrl+Enter; the list of unfinished business sends
    the chair back to Sara's next review; back on Sluiting, Ctrl+Enter again and "Toch sluiten"
    (Alt+T) for the standing instruction that stays open."""
    screen = chair.next_item(AgendaItemKind.SLUITING)
    closing = screen.closing
    chair.press(Qt.Key.Key_V, ALT)
    chair.type_into(closing.next_meeting_edit, f"{NEXT_MEETING_ON:%d-%m-%Y}")
    assert closing.create_next_check.isChecked()
    chair.press(Qt.Key.Key_Return, CTRL)
    assert not closing.error.text(), closing.error.text()
    unfinished = chair.dialog()
    lines = [unfinished.list.item(row).text() for row in range(unfinished.list.count())]
    forgotten = f"Casusbespreking {chair.window.session.cases[meeting.case(SARA)].text}: " \
                "Geen datum voor de volgende bespreking."
    assert forgotten in lines, lines
    while unfinished.list.currentItem().text() != forgotten:
        chair.press(Qt.Key.Key_Down)
    chair.press(Qt.Key.Key_Return)  # "Terug naar dit punt"
    chair.back_in_meeting_mode(unfinished)
    sara = chair.window.current_screen()
    assert isinstance(sara, CaseItemScreen) and sara.item.case_id == meeting.case(SARA)
    chair.type_into(sara.extras.review_edit, f"{SARA_REVIEW_ON.day}-{SARA_REVIEW_ON.month}")
    chair.press(Qt.Key.Key_Return)
    assert not sara.extras.error.text(), sara.extras.error.text()
    chair.next_item(AgendaItemKind.RONDVRAAG)
    chair.next_item(AgendaItemKind.SLUITING)
    assert closing.next_meeting_edit.text() == f"{NEXT_MEETING_ON:%d-%m-%Y}", "what was typed stays"
    chair.press(Qt.Key.Key_Return, CTRL)
    unfinished = chair.dialog()
    lines = [unfinished.list.item(row).text() for row in range(unfinished.list.count())]
    assert len(lines) == 1 and "nog niet doorgenomen" in lines[0], lines
    chair.press(Qt.Key.Key_T, ALT)  # "&Toch sluiten"
    chair.back_in_meeting_mode(unfinished)
    assert chair.window.session.closed and not closing.error.text(), closing.error.text()


def test_a_chair_holds_a_whole_meeting_of_two_cases_by_keyboard_only(qtbot, ctx, on_the_day, todays_meeting):
    meeting = todays_meeting
    chair = open_meeting_mode(qtbot, on_the_day, meeting.meeting_id)

    hold_the_opening(chair)
    chair.next_item(AgendaItemKind.VASTSTELLEN_AGENDA)  # adopted as it stands: nothing to type
    review_the_action_list(chair)
    announcements = chair.next_item(AgendaItemKind.MEDEDELINGEN)
    chair.type_into(announcements.notes_edit, ANNOUNCEMENTS)
    discuss_daan(chair, meeting)
    discuss_sara(chair, meeting)
    rondvraag = chair.next_item(AgendaItemKind.RONDVRAAG)
    chair.type_into(rondvraag.notes_edit, RONDVRAAG_NOTES)
    close_the_meeting(chair, meeting)
    end_time = chair.window.current_screen().closing.end_edit.time().toPython()
    chair.press(Qt.Key.Key_Escape)  # out of meeting mode
    qtbot.waitUntil(lambda: not chair.window.isVisible())

    assert_the_meeting_is_held(ctx, meeting, end_time)
    assert_attendance_recorded(ctx, meeting)
    assert_notes_recorded(ctx, meeting)
    assert_action_list_reviewed(ctx, meeting)
    assert_cases_recorded(ctx, meeting)
    assert_every_word_in_the_concept_minutes(ctx, meeting)
    assert not chair.findings, chair.findings


# -- what the services hold afterwards ----------------------------------------------------------------
def _items(ctx, meeting: TodaysMeeting) -> dict[object, object]:
    return {item.case_id or item.kind: item for item in meetings.agenda(ctx, meeting.meeting_id)}


def assert_the_meeting_is_held(ctx, meeting: TodaysMeeting, end_time: dt.time) -> None:
    held = meetings.get_meeting(ctx, meeting.meeting_id)
    assert (held.status, held.end_time, held.next_meeting_on) == (MeetingStatus.GEHOUDEN, end_time,
                                                                  NEXT_MEETING_ON)
    concept = minutes.minutes_status(ctx, meeting.meeting_id)
    assert (concept.status, concept.version) == (MinutesStatus.CONCEPT, 1)
    following = [m for m in meetings.list_meetings(ctx) if m.held_on == NEXT_MEETING_ON]
    assert [m.status for m in following] == [MeetingStatus.IN_VOORBEREIDING]
    left = meeting_mode.drafts(ctx, meeting.meeting_id)
    assert set(left.values()) <= {"Jeugdteam", "Gemeente"}, f"a typed text was left unrecorded: {left}"


def assert_attendance_recorded(ctx, meeting: TodaysMeeting) -> None:
    at_the_meeting = {row.partner_id: row.status for row in meetings.attendance(ctx, meeting.meeting_id)
                      if row.professional_id is None}
    present, excused = Attendance.AANWEZIG, Attendance.AFWEZIG_MK
    assert at_the_meeting == {meeting.partner(short): status for short, status in (
        ("Gemeente", present), ("GGZ", excused), ("Jeugdteam", present), ("Politie", present),
        ("School", present), ("OM", present))}
    daan_item = _items(ctx, meeting)[meeting.case(DAAN)]
    at_daan = {row.partner_id: row.status
               for row in meeting_mode.item_briefing(ctx, daan_item.id).attendance}
    assert at_daan == {meeting.partner(short): present
                       for short in ("Gemeente", "Politie", "Jeugdteam", "School")}


def assert_notes_recorded(ctx, meeting: TodaysMeeting) -> None:
    items = _items(ctx, meeting)
    assert items[AgendaItemKind.OPENING].notes == OPENING_NOTES
    assert not items[AgendaItemKind.VASTSTELLEN_AGENDA].notes
    assert items[AgendaItemKind.VERSLAG_VORIGE].notes == VERSLAG_NOTES
    assert items[AgendaItemKind.MEDEDELINGEN].notes == ANNOUNCEMENTS
    assert items[AgendaItemKind.RONDVRAAG].notes == RONDVRAAG_NOTES


def assert_action_list_reviewed(ctx, meeting: TodaysMeeting) -> None:
    reviews = {r.action.description: r for r in actions.review_list(ctx, meeting.meeting_id)}
    done = reviews["Convenant aanvullen met GGZ"]
    assert (done.status_after, done.action.status) == (ActionStatus.AFGEROND, ActionStatus.AFGEROND)
    postponed = reviews["Gesprek met ouders over schoolverzuim"]
    assert (postponed.note, postponed.action.due_date, postponed.action.postponement_count) == (
        POSTPONE_REASON, dt.date(2025, 4, 3), 1)
    lapsed = reviews["Huisbezoek wijkagent"]
    assert (lapsed.status_after, lapsed.note) == (ActionStatus.VERVALLEN, LAPSE_REASON)
    standing = reviews["Bij uitingen met concrete dreiging: direct melden bij politie"]
    assert standing.status_after is None, "left open on purpose: closed with 'Toch sluiten'"


def assert_cases_recorded(ctx, meeting: TodaysMeeting) -> None:
    items = _items(ctx, meeting)
    name = {partner_id: short for short, partner_id in meeting.world.partner_ids.items()}
    for code, inbreng in ((DAAN, [("School", StatementType.FEIT, DAAN_FACT),
                                  ("Jeugdteam", StatementType.MENING, DAAN_OPINION)]),
                          (SARA, [("Politie", StatementType.FEIT, SARA_FACT),
                                  ("Gemeente", StatementType.HYPOTHESE, SARA_HYPOTHESIS)])):
        recorded = contributions.contributions(ctx, items[meeting.case(code)].id)
        assert [(name[c.partner_id], c.statement_type, c.text) for c in recorded] == inbreng
        assert {c.bob_phase for c in recorded} == {BobPhase.BEELDVORMING}

    made = {d.text: d for d in decisions.decisions(ctx, meeting.meeting_id)}
    assert set(made) == {DAAN_DECISION, SARA_DECISION}
    assert made[DAAN_DECISION].shared_with == (meeting.partner("Jeugdteam"),)
    assert made[DAAN_DECISION].agenda_item_id == items[meeting.case(DAAN)].id

    new_actions = {a.description: a for a in actions.action_list(ctx, include_closed=True)
                   if a.origin_meeting_id == meeting.meeting_id}
    assert set(new_actions) == {DAAN_ACTION, SARA_ACTION}
    daan_action, sara_action = new_actions[DAAN_ACTION], new_actions[SARA_ACTION]
    assert (name[daan_action.owner_partner_id], daan_action.due_date, daan_action.case_id) == (
        "Jeugdteam", dt.date(2025, 4, 15), meeting.case(DAAN))
    assert daan_action.owner_professional_id is not None  # R. Pinas, from the completer
    assert (name[sara_action.owner_partner_id], sara_action.due_date) == ("Gemeente", dt.date(2025, 4, 30))

    review_dates = {c.id: c.next_review_date for c in cases.list_cases(ctx)}
    assert review_dates[meeting.case(DAAN)] == DAAN_REVIEW_ON
    assert review_dates[meeting.case(SARA)] == SARA_REVIEW_ON

    for code, sides, priority, rationale in (
            (DAAN, {BalanceSide.VEILIGHEID: DAAN_CONCERN, BalanceSide.ZORG_ONTWIKKELING: DAAN_NEED,
                    BalanceSide.WAT_GAAT_GOED: DAAN_STRENGTH}, Priority.ZORG_VOOROP, DAAN_RATIONALE),
            (SARA, {BalanceSide.ZORG_ONTWIKKELING: SARA_NEED, BalanceSide.WAT_GAAT_GOED: SARA_STRENGTH},
             Priority.IN_BALANS, SARA_RATIONALE)):
        sheet = balance.find_sheet(ctx, meeting.case(code), meeting.meeting_id)
        assert sheet is not None
        assert (sheet.priority, sheet.rationale) == (priority, rationale)
        for side in BalanceSide:
            assert [e.text for e in sheet.side(side)] == ([sides[side]] if side in sides else [])


def assert_every_word_in_the_concept_minutes(ctx, meeting: TodaysMeeting) -> None:
    """The full minutes are printed from the record frozen at the closing: every typed text is in it."""
    record = repr(document_data.minutes_data(ctx, meeting.meeting_id))
    typed = (OPENING_NOTES, VERSLAG_NOTES, ANNOUNCEMENTS, RONDVRAAG_NOTES, DAAN_FACT, DAAN_OPINION,
             SARA_FACT, SARA_HYPOTHESIS, DAAN_DECISION, SARA_DECISION, DAAN_ACTION, SARA_ACTION,
             DAAN_RATIONALE, SARA_RATIONALE, LAPSE_REASON)
    missing = [text for text in typed if text not in record]
    assert not missing, f"typed but not in the concept minutes: {missing}"

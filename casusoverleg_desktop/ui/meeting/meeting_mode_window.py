"""Vergadermodus: the live meeting, one screen per agenda item, keyboard first.

Keys: the table ``ui.shortcuts.MEETING_MODE`` (F1 shows it, the footer's tooltip lists it). A held
PgDn/PgUp lets the titles pass by; the item where the key is let go gets its screen.

A closed (or cancelled) meeting opens read-only: a banner says so, and every screen shows what was
recorded without inputs (the services would refuse any change: a change is a correction when the
minutes are adopted). Closing from the Sluiting item turns the open window read-only at once.

Autosave: every second the text in every field being typed is compared with what was last saved
and changes go to the vault's ``meeting_draft`` table (see ``services.meeting_mode``), so a crash
loses at most about a second of typing. Drafts come back when the meeting is opened again.
"""

from __future__ import annotations

import time
from functools import cached_property

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.agenda import AgendaPlan, agenda_plan, numbered_title
from casusoverleg_desktop.domain.enums import AgendaItemKind, BobPhase, DataCategory, MeetingStatus
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import meeting_mode
from casusoverleg_desktop.services.context import ServiceContext

from casusoverleg_desktop.ui.balance import BalanceSheetWidget
from casusoverleg_desktop.ui.dialogs.help_dialog import HelpDialog
from casusoverleg_desktop.ui.forms.ui_meeting_mode_window import Ui_MeetingModeWindow
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.meeting.item_parts import EMPHASIS, emphasise, scale_columns
from casusoverleg_desktop.ui.meeting.item_screens import CaseItemScreen, GeneralItemScreen, ItemScreen
from casusoverleg_desktop.ui.meeting.session import STATEMENT_KEYS, MeetingSession
from casusoverleg_desktop.ui.shortcuts import BALANCE_SHEET, MEETING_MODE
from casusoverleg_desktop.ui.shortcuts import tr as shortcut_text
from casusoverleg_desktop.ui.theme import set_style_property
from casusoverleg_desktop.ui.widgets.scrolling import scrolled

AUTOSAVE_MS = 1000
PREFETCH_MS = 300
SPARE_SCREENS = 2
HELD_SETTLE_MS = 150  # a held PgDn let go this long: the item's screen is built
NORMAL_POINTS, LARGE_POINTS = 12, 15
AMBER_FRACTION = 0.8
EMPHASIS_SIZES = {"title": ("QLabel", 1.8, 700), "question": ("QLabel", 1.3, 600),
                  "guidance": ("QLabel", 1.2, 400), "section": ("QLabel", 1.1, 600),
                  "phase": ("QPushButton", 1.05, 600)}

CATEGORY_KEYS = {"Ctrl+4": DataCategory.GEWOON, "Ctrl+5": DataCategory.BIJZONDER,
                 "Ctrl+6": DataCategory.STRAFRECHTELIJK}
PHASE_KEYS = {"Alt+1": BobPhase.BEELDVORMING, "Alt+2": BobPhase.OORDEELSVORMING,
              "Alt+3": BobPhase.BESLUITVORMING}
PART_KEYS = {"Alt+I": "contribution", "Alt+D": "decision", "Alt+A": "action", "Alt+R": "review",
             "Alt+S": "share", "Alt+O": "escalation", "Alt+G": "informed", "Alt+T": "feedback",
             "Alt+V": "review_date", "Alt+P": "attendance"}

def position_text(number: str, still_to_come: int) -> str:
    """Where the meeting is, in the agenda's own numbers: "Punt 5.1 · nog 2", "Punt 7 · laatste"."""
    if not still_to_come:
        return QCoreApplication.translate("MeetingModeWindow", "Punt %1 · laatste").replace("%1", number)
    return QCoreApplication.translate("MeetingModeWindow", "Punt %1 · nog %2").replace(
        "%1", number).replace("%2", str(still_to_come))


class MeetingModeWindow(QWidget):
    lock_requested = Signal()
    closed = Signal()
    item_changed = Signal(int)

    def __init__(self, ctx: ServiceContext, meeting_id: int, parent: QWidget | None = None,
                 role: Role | None = None) -> None:
        """``role``: the logged-in user's (only the chair adopts minutes); None when not known."""
        started = time.perf_counter()
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_MeetingModeWindow()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.meeting_id = meeting_id
        self.session = MeetingSession.load(ctx, meeting_id, role)
        self.screens: dict[int, ItemScreen] = {}
        self._spare: list[CaseItemScreen] = []
        self._scrolled: dict[ItemScreen, QScrollArea] = {}  # each screen's scroll area in the stack
        self.current = -1
        self.large = False
        self._saved_drafts = dict(self.session.drafts)
        self._elapsed_ms: dict[int, int] = {}
        self._item_clock = QElapsedTimer()
        self.switch_ms: list[float] = []
        self._key_repeating = False  # the last key pressed is held down (auto-repeat)
        self._passing = False  # a held PgDn/PgUp passes items by: title only, no screen yet
        self.help_dialog: HelpDialog | None = None

        self._show_meeting()
        emphasise(self.ui.item_title_label, "title")
        emphasise(self.ui.timer_label, "title")
        for text in (self.ui.meeting_label, self.ui.item_title_label):  # a long title takes a
            text.setWordWrap(True)  # second line where the screen is narrow, not the window's width
        self.ui.header_layout.setStretch(0, 1)  # the titles take the room beside the clock
        # One line at normal size: Ctrl+1/2/3 is named in the inbreng field, every key in the tooltip.
        self.ui.keys_label.setText(self.tr("PgDn/PgUp punt · Alt+1/2/3 fase · F1 toetsen"))
        self.ui.keys_label.setToolTip("\n".join(f"{row.key_text()}: {shortcut_text(row.text)}"
                                                 for row in MEETING_MODE.rows.values()))
        self.ui.previous_button.clicked.connect(self.previous_item)
        self.ui.next_button.clicked.connect(self.next_item)
        self.ui.blank_button.clicked.connect(self.toggle_blank)
        self.ui.lock_button.clicked.connect(self.request_lock)
        self.ui.close_button.clicked.connect(self.close)
        self.ui.full_screen_button.clicked.connect(self.toggle_full_screen)
        self.ui.large_check.toggled.connect(self.set_large)
        self._shortcuts()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

        self._tick = QTimer(self)
        self._tick.timeout.connect(self._update_clock)
        self._tick.start(1000)
        self._autosave = QTimer(self)
        self._autosave.timeout.connect(self.save_drafts)
        self._autosave.start(AUTOSAVE_MS)
        self._prefetch = QTimer(self)
        self._prefetch.setSingleShot(True)
        self._prefetch.setInterval(PREFETCH_MS)
        self._prefetch.timeout.connect(self.prepare_spare_screen)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(HELD_SETTLE_MS)
        self._settle.timeout.connect(self._arrive)
        self._passing_page = QWidget()  # what the stack shows while items pass by
        self._passing_page.setObjectName("passing_page")
        self.ui.item_stack.addWidget(self._passing_page)
        self.apply_font_size()
        if self.session.agenda:
            self.show_item(0)
        self.open_ms = (time.perf_counter() - started) * 1000

    def _show_meeting(self) -> None:
        meeting = self.session.meeting
        times = (f" · {meeting.start_time:%H:%M}–{meeting.end_time:%H:%M}"
                 if meeting.start_time and meeting.end_time else "")
        status = (f" · {label(meeting.status).lower()}" if self.session.closed else "")
        self.ui.meeting_label.setText(
            f"{label(meeting.meeting_type)} · {meeting.held_on:%d-%m-%Y}{times}{status}")
        if meeting.status is MeetingStatus.GEHOUDEN:
            self.ui.closed_label.setText(self.tr(
                "<b>Gesloten</b> — alleen inzien. Een wijziging is een correctie bij de vaststelling "
                "van het verslag."))
            self.ui.closed_label.setToolTip(self.tr(
                "Wat deze vergadering heeft vastgelegd ligt vast sinds de sluiting; het verslag laat het "
                "zien zoals het toen stond."))
        elif meeting.status is MeetingStatus.GEANNULEERD:
            self.ui.closed_label.setText(self.tr("<b>Geannuleerd</b> — er wordt niets in deze vergadering "
                                                 "vastgelegd."))
        self.ui.closed_label.setMargin(6)  # not style-sheet padding: that breaks the wrapped height
        self.ui.closed_label.setVisible(self.session.closed)

    def _meeting_closed(self) -> None:
        """Closed from the Sluiting item: every screen made so far shows the record, read-only."""
        self._show_meeting()
        for screen in (*self.screens.values(), *self._spare):
            screen.set_closed()

    # -- keys ------------------------------------------------------------------------------------
    def _shortcuts(self) -> None:
        sheet_keys = BALANCE_SHEET.bound_keys()
        self._yielding_keys: list[QShortcut] = []  # give way to the balance sheet's own keys

        def key(sequence: str, slot) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self, activated=slot,
                                 context=Qt.ShortcutContext.WindowShortcut)
            if shortcut.key().toString() in sheet_keys:
                self._yielding_keys.append(shortcut)

        for sequence in ("PgDown", "Ctrl+PgDown", "Alt+Right"):
            key(sequence, lambda: self._step(1))
        for sequence in ("PgUp", "Ctrl+PgUp", "Alt+Left"):
            key(sequence, lambda: self._step(-1))
        key("F1", self.open_help)
        key("F7", self.toggle_blank)
        key("F11", self.toggle_full_screen)
        key("Escape", self.step_back)
        key("Ctrl+L", self.request_lock)
        key("Ctrl+=", lambda: self.ui.large_check.toggle())
        for sequence, statement_type in STATEMENT_KEYS.items():
            key(sequence, lambda t=statement_type: self._screen_call("set_statement_type", t))
        for sequence, category in CATEGORY_KEYS.items():
            key(sequence, lambda c=category: self._screen_call("set_data_category", c))
        for sequence, phase in PHASE_KEYS.items():
            key(sequence, lambda p=phase: self._screen_call("enter_phase", p))
        for sequence, part in PART_KEYS.items():
            key(sequence, lambda p=part: self._screen_call("focus_part", p))

    def event(self, event: QEvent) -> bool:  # Qt API
        """A key that may trigger a shortcut comes here first (as ShortcutOverride, from the focus
        widget up): it says whether the key is held down."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            self._key_repeating = event.isAutoRepeat()
        return super().event(event)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Inside the balance sheet Ctrl+1 … Ctrl+5 and Ctrl+= are the sheet's: two shortcuts on one
        key would both be ambiguous, and neither would fire."""
        in_sheet = False
        while new is not None and not in_sheet:
            in_sheet, new = isinstance(new, BalanceSheetWidget), new.parentWidget()
        for shortcut in self._yielding_keys:
            shortcut.setEnabled(not in_sheet)

    def open_help(self) -> HelpDialog:
        """F1: the shortcuts, meeting mode's first."""
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self, MEETING_MODE.key)
        self.help_dialog.show_screen(MEETING_MODE.key)
        self.help_dialog.show()
        self.help_dialog.raise_()
        return self.help_dialog

    def _step(self, step: int) -> None:
        """PgDn/PgUp: one press shows the next item; held down, the items pass by (``pass_item``)."""
        if self._key_repeating:
            self.pass_item(self.current + step)
        else:
            self.show_item(self.current + step)

    def _screen_call(self, method: str, value: object) -> None:
        screen = self.current_screen()
        if screen is not None and not self.is_blank():
            getattr(screen, method)(value)

    # -- items -----------------------------------------------------------------------------------
    def current_screen(self) -> ItemScreen | None:
        """The screen on display; None while items pass by."""
        if self.current < 0 or self._passing:
            return None
        return self.screens.get(self.session.agenda[self.current].id)

    def screen_for(self, row: int) -> ItemScreen:
        item = self.session.agenda[row]
        screen = self.screens.get(item.id)
        if screen is not None:
            return screen
        if item.kind is AgendaItemKind.CASUS:
            screen = self._spare.pop() if self._spare else self._new_case_screen()
            screen.bind(item)
        else:
            screen = GeneralItemScreen(self.session, item)
            if screen.closing is not None:
                screen.closing.before_close = self.record_before_closing
                screen.closing.shown_items = lambda: tuple(self.screens)
                screen.closing.go_back.connect(self.go_to_item)
                screen.closing.closed.connect(self._meeting_closed)
            scale_columns(screen, self.column_factor())
            self._add_to_stack(screen)
            if self.session.closed:
                screen.set_closed()
        self.screens[item.id] = screen
        return screen

    def _add_to_stack(self, screen: ItemScreen) -> QScrollArea:
        """The screen in the stack inside a scroll area of its own: an item that needs more room than
        the screen has (the balance sheet, large letters on a laptop) scrolls, and the window, its
        timer and its Vorige/Volgende stay within the screen."""
        area = scrolled(screen, "item_scroll")
        self._scrolled[screen] = area
        self.ui.item_stack.addWidget(area)
        return area

    def _new_case_screen(self) -> CaseItemScreen:
        screen = CaseItemScreen(self.session)
        if self.session.closed:
            screen.set_closed()
        scale_columns(screen, self.column_factor())
        self._add_to_stack(screen).resize(self.ui.item_stack.size())
        screen.grab()  # polishes and lays out every part now, off screen, instead of on first show
        return screen

    def show_item(self, row: int) -> None:
        if (not 0 <= row < len(self.session.agenda) or (row == self.current and not self._passing)
                or self.is_blank()):
            return
        started = time.perf_counter()
        self._leave_screen()
        self._settle.stop()
        self._passing = False
        self.current = row
        item = self.session.agenda[row]
        screen = self.screen_for(row)
        self.ui.item_stack.setCurrentWidget(self._scrolled[screen])
        self._show_heading(row)
        self._item_clock.start()
        self._update_clock()
        screen.focus_first()
        self.switch_ms.append((time.perf_counter() - started) * 1000)
        self.item_changed.emit(item.id)
        self._prefetch.start()

    def pass_item(self, row: int) -> None:
        """While PgDn/PgUp is held: the item's number and title at once, its screen only when
        the key is let go (``HELD_SETTLE_MS``), so holding the key keeps pace with its repeats and
        nothing of a case passed by is read."""
        if not 0 <= row < len(self.session.agenda) or self.is_blank():
            return
        self._leave_screen()
        self._prefetch.stop()
        self._passing = True
        self.current = row
        self.ui.item_stack.setCurrentWidget(self._passing_page)
        self._passing_page.setFocus()
        self._show_heading(row)
        self._update_clock()
        self._settle.start()

    def _arrive(self) -> None:
        """The held key is let go: the item passed to last gets its screen."""
        if not self._passing:
            return
        if self.is_blank():
            self._settle.start()  # after the blank screen
        else:
            self.show_item(self.current)

    def _leave_screen(self) -> None:
        previous = self.current_screen()
        if previous is not None:
            previous.leave()
            self._forget_recorded_notes(previous)
            self._stop_item_clock()

    def _show_heading(self, row: int) -> None:
        item = self.session.agenda[row]
        self.ui.item_title_label.setText(numbered_title(self.plan.items[row].number,
                                                        self.session.item_title(item)))
        self.ui.position_label.setText(position_text(self.plan.items[row].number,
                                                     len(self.session.agenda) - row - 1))
        self.ui.previous_button.setEnabled(row > 0)
        self.ui.next_button.setEnabled(row + 1 < len(self.session.agenda))

    def prepare_spare_screen(self) -> None:
        """In a quiet moment, make the widgets of a case screen without any case content (so
        nothing is read or logged ahead): moving on then only fills it in."""
        unbound = sum(1 for item in self.session.agenda
                      if item.kind is AgendaItemKind.CASUS and item.id not in self.screens)
        if len(self._spare) < min(SPARE_SCREENS, unbound):
            self._spare.append(self._new_case_screen())
            self._prefetch.start()

    def go_to_item(self, agenda_item_id: int, part: str) -> None:
        """Back to an item and the part of it that is unfinished (from Sluiting's list)."""
        row = next((r for r, item in enumerate(self.session.agenda) if item.id == agenda_item_id), None)
        if row is None:
            return
        self.show_item(row)
        self.current_screen().focus_part(part)

    def next_item(self) -> None:
        self.show_item(self.current + 1)

    def previous_item(self) -> None:
        self.show_item(self.current - 1)

    # -- timer -----------------------------------------------------------------------------------
    def _stop_item_clock(self) -> None:
        item_id = self.session.agenda[self.current].id
        self._elapsed_ms[item_id] = self.elapsed_ms(item_id)
        self._item_clock.invalidate()

    def elapsed_ms(self, item_id: int) -> int:
        running = (self._item_clock.elapsed() if self._item_clock.isValid()
                   and self.current >= 0 and self.session.agenda[self.current].id == item_id else 0)
        return self._elapsed_ms.get(item_id, 0) + running

    @cached_property
    def plan(self) -> AgendaPlan:
        """The agenda's numbers, minutes and start times, as on the Overleggen page and the
        invitation; the timer counts against these minutes."""
        return agenda_plan(self.session.agenda, self.session.meeting.start_time)

    def timer_state(self, elapsed_ms: int, slot_minutes: int | None) -> str:
        if not slot_minutes:
            return "ok"
        fraction = elapsed_ms / (slot_minutes * 60_000)
        return "over" if fraction > 1 else "near" if fraction >= AMBER_FRACTION else "ok"

    def _update_clock(self) -> None:
        if self.current < 0:
            return
        item = self.session.agenda[self.current]
        planned = self.plan.items[self.current]
        elapsed = self.elapsed_ms(item.id)
        minutes, seconds = divmod(elapsed // 1000, 60)
        text = f"{minutes:02d}:{seconds:02d}"
        if planned.minutes:
            text += f" / {planned.minutes:02d}:00"
        self.ui.timer_label.setText(text)
        set_style_property(self.ui.timer_label, "state", self.timer_state(elapsed, planned.minutes))
        now = self.session.ctx.clock().astimezone().time()
        end = self.session.meeting.end_time
        clock = self.tr("Nu %1").replace("%1", f"{now:%H:%M}")
        if planned.start is not None and planned.end is not None:
            clock += self.tr(" · dit punt %1–%2").replace("%1", f"{planned.start:%H:%M}").replace(
                "%2", f"{planned.end:%H:%M}")
        if end is not None:
            clock += self.tr(" · einde gepland %1").replace("%1", f"{end:%H:%M}")
        self.ui.clock_label.setText(clock)

    # -- blank, full screen, letters -------------------------------------------------------------
    def is_blank(self) -> bool:
        return self.ui.window_stack.currentWidget() is self.ui.blank_page

    def toggle_blank(self) -> None:
        """F7: nothing of the meeting visible (projector), until F7 again."""
        if self.is_blank():
            self.ui.window_stack.setCurrentWidget(self.ui.meeting_page)
            screen = self.current_screen()
            if screen is not None:
                screen.focus_first()
        else:
            self.ui.window_stack.setCurrentWidget(self.ui.blank_page)
            self.ui.blank_page.setFocus()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def step_back(self) -> None:
        """Escape: out of the blank screen, then out of full screen, then closed as by the × (what
        is typed is kept as a draft)."""
        if self.is_blank():
            self.toggle_blank()
        elif self.isFullScreen():
            self.showNormal()
        else:
            self.close()

    def set_large(self, large: bool) -> None:
        self.large = large
        self.apply_font_size()

    def apply_font_size(self) -> None:
        """Every text in the window follows one base size; emphasised texts scale with it. Only sizes
        here: the colours are in the application's style sheet (``#MeetingModeWindow``)."""
        base = LARGE_POINTS if self.large else NORMAL_POINTS
        sizes = "".join(
            f'{widget}[{EMPHASIS}="{kind}"] {{ font-size: {base * factor:.0f}pt; font-weight: {weight}; }}\n'
            for kind, (widget, factor, weight) in EMPHASIS_SIZES.items())
        controls = f"QFrame#footer_frame QWidget {{ font-size: {NORMAL_POINTS}pt; }}\n"
        self.setStyleSheet(f"QWidget {{ font-size: {base}pt; }}\n{sizes}{controls}")
        self.ui.keys_label.setVisible(not self.large)
        scale_columns(self, self.column_factor())

    def column_factor(self) -> float:
        return LARGE_POINTS / NORMAL_POINTS if self.large else 1.0

    # -- saving and locking ----------------------------------------------------------------------
    def draft_changes(self) -> dict[tuple[int, str], str]:
        changes = {}
        for item_id, screen in self.screens.items():
            for name, text in screen.draft_texts().items():
                if self._saved_drafts.get((item_id, name), "") != text:
                    changes[(item_id, name)] = text
        return changes

    def save_drafts(self) -> None:
        """Autosave: what is being typed goes to the vault (only what changed)."""
        changes = self.draft_changes()
        if not changes:
            return
        try:
            meeting_mode.save_drafts(self.session.ctx, changes)
        except CasusoverlegError:
            return  # the next tick tries again; typing is never interrupted by a message
        self._saved_drafts.update(changes)
        self.session.drafts.update(changes)

    def _forget_recorded_notes(self, screen: ItemScreen) -> None:
        """Notes that are now part of the record need no draft any more."""
        key = (screen.item.id, "notes")
        if isinstance(screen, GeneralItemScreen) and screen.notes_saved() and key in self._saved_drafts:
            try:
                meeting_mode.clear_draft(self.session.ctx, *key)
            except CasusoverlegError:
                return
            self._saved_drafts[key] = screen.notes_edit.toPlainText()
            self.session.drafts.pop(key, None)

    def save_pending(self) -> None:
        """Before locking or closing: drafts to the vault, notes of the standard items recorded."""
        self.save_drafts()
        for screen in self.screens.values():
            if isinstance(screen, GeneralItemScreen) and screen.save_notes():
                self._forget_recorded_notes(screen)
            elif isinstance(screen, CaseItemScreen):
                screen.save_balance_sheet()

    def record_before_closing(self) -> str | None:
        """What closing needs first: drafts saved, the notes of every standard item recorded (they
        cannot be afterwards). Returns why not, or None."""
        self.save_pending()
        unsaved = [screen.item.title for screen in self.screens.values()
                   if isinstance(screen, GeneralItemScreen) and not screen.notes_saved()]
        if unsaved:
            return self.tr("De aantekeningen bij %1 zijn nog niet vastgelegd (zie de melding daar); de "
                           "vergadering is niet gesloten.").replace("%1", ", ".join(unsaved))
        return None

    def request_lock(self) -> None:
        self.save_pending()
        self.lock_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_pending()
        self._autosave.stop()
        self._tick.stop()
        self.closed.emit()
        super().closeEvent(event)

"""Auto-lock: after idle time every window is hidden and the vault closed; unlocking as the same
user shows the same windows again, open dialogs and typed text included, on the reopened vault.

Idle time passes on a ``ManualTimer`` the test advances: no test waits for a real timeout."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from vault_admin_kit import admin_of

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from casusoverleg_desktop.domain.enums import CaseNoteKind, LegalBasis
from casusoverleg_desktop.errors import VaultLocked
from casusoverleg_desktop.services import cases
from casusoverleg_desktop.services.access import VaultSession

from casusoverleg_desktop.composition import PAGES, window_factory
from casusoverleg_desktop.ui.idle_lock import IdleWatcher, minutes_to_ms
from casusoverleg_desktop.ui.main_window import MainWindow
from casusoverleg_desktop.ui.navigation import PageSpec
from casusoverleg_desktop.ui.pages.base import Page
from casusoverleg_desktop.ui.session import GuiSession

PASSPHRASE = "correct paard batterij niet"
DRAFT = "Moeder belt maandag terug over de school"


class ManualTimer(QObject):
    """A single-shot timer that runs only as far as the test advances it."""

    timeout = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._interval = 0
        self._left: int | None = None  # None: not running

    def setSingleShot(self, single_shot: bool) -> None:
        assert single_shot, "the idle watcher relies on a single-shot timer"

    def setInterval(self, msec: int) -> None:
        self._interval = msec

    def interval(self) -> int:
        return self._interval

    def isActive(self) -> bool:
        return self._left is not None

    def start(self) -> None:
        self._left = self._interval

    def stop(self) -> None:
        self._left = None

    def advance(self, msec: int) -> None:
        if self._left is not None:
            self._left -= msec
            if self._left <= 0:
                self._left = None
                self.timeout.emit()


class DraftPage(Page):
    """A page like the real ones: what is typed but not yet saved goes to the vault in save_pending."""

    case_id = 0

    def __init__(self, ctx, navigator) -> None:
        super().__init__(ctx, navigator)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName("Aantekening")
        QVBoxLayout(self).addWidget(self.edit)

    def save_pending(self) -> None:
        if self.edit.text():
            cases.add_case_note(self.ctx, self.case_id, CaseNoteKind.OVERIG, self.edit.text(),
                                label="concept")

    def load(self) -> None:
        drafts = [n for n in cases.open_case(self.ctx, self.case_id).notes if n.label == "concept"]
        if drafts and not self.edit.text():
            self.edit.setText(drafts[-1].text)


@pytest.fixture
def session(qtbot, ctx, vault, vault_access, preferences):
    DraftPage.case_id = cases.create_case(ctx, "LV-2025-014", LegalBasis.PGA, dt.date(2025, 2, 10)).id
    pages = [*PAGES[:1], PageSpec("aantekeningen", "Aantekeningen", DraftPage), *PAGES[-1:]]
    session = GuiSession(vault_access, "voorzitter", preferences, window_factory(vault_access, pages),
                         idle_timeout_ms=300)
    session.show(VaultSession(vault))
    yield session
    session.idle.stop()
    if session.unlock_dialog is not None:
        session.unlock_dialog.close()
    if session.window is not None and shiboken6.isValid(session.window):
        session.window.closing_for_lock = True
        session.window.close()
        session.window.deleteLater()
    if session.vault is not None and session.vault.vault is not vault:
        session.vault.close()


@pytest.fixture
def idle_clock(session) -> ManualTimer:
    """The session's idle watcher, armed by ``show`` with its timeout, made again on a manual timer."""
    armed = session.idle
    assert armed.is_active() and armed.timeout_ms == 300
    armed.stop()
    clock = ManualTimer()
    session.idle = IdleWatcher(armed.timeout_ms, session, timer=clock)
    session.idle.idle.connect(session.lock)
    session.idle.start()
    return clock


def _visible_main_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def _visible_windows(session) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not session.unlock_dialog]


def _unlock(session, login: str = "voorzitter", passphrase: str = PASSPHRASE) -> None:
    dialog = session.unlock_dialog
    dialog.ui.user_edit.setText(login)
    dialog.ui.passphrase_edit.setText(passphrase)
    dialog.ui.button_box.accepted.emit()


def test_idle_locks_hides_content_and_unlock_restores_page_and_input(qtbot, session, idle_clock, vault):
    window = session.window
    window.show_page("aantekeningen")
    window.page("aantekeningen").edit.setText(DRAFT)

    idle_clock.advance(299)
    assert not session.locked and window.isVisible()
    idle_clock.advance(1)
    assert session.unlock_dialog is not None
    assert session.locked and session.vault is None
    assert not window.isVisible() and _visible_main_windows() == [] and _visible_windows(session) == []
    dialog = session.unlock_dialog
    assert dialog.isVisible() and "vergrendeld" in dialog.ui.title_label.text()
    with pytest.raises(Exception):  # noqa: B017 - the old vault is closed: its key is gone
        vault._data_keys[1].hex()[0]
    with pytest.raises(VaultLocked):  # and nothing reaches the vault while locked
        cases.list_cases(window.ctx)

    qtbot.keyClicks(dialog.ui.passphrase_edit, "verkeerd wachtwoord")
    dialog.ui.button_box.accepted.emit()
    assert session.locked and dialog.ui.error_label.text() and not window.isVisible()

    _unlock(session)
    assert session.window is window and window.isVisible() and not session.locked
    assert window.current_page_key() == "aantekeningen"
    assert window.page("aantekeningen").edit.text() == DRAFT
    assert [c.code for c in cases.list_cases(window.ctx)] == ["LV-2025-014"]  # on the new vault


@pytest.fixture
def full_session(qtbot, vault, vault_access, preferences):
    """The real pages, no idle timer (the tests lock themselves)."""
    session = GuiSession(vault_access, "voorzitter", preferences, window_factory(vault_access),
                         idle_timeout_ms=3_600_000)
    session.show(VaultSession(vault))
    yield session
    session.idle.stop()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.closing_for_lock = True
        widget.close()
    if session.vault is not None and session.vault.vault is not vault:
        session.vault.close()


def test_a_dialog_half_filled_in_a_case_window_comes_back_after_the_lock(qtbot, full_session, ctx):
    from casusoverleg_desktop.ui.dialogs.case_dialogs import SignalDialog

    case_id = cases.create_case(ctx, "LV-2025-021", LegalBasis.PGA, dt.date(2025, 2, 10)).id
    full_session.window.open_case(case_id)
    case_window = full_session.window.page("casussen").windows[case_id]
    case_window.add_signal()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SignalDialog)
    dialog.ui.text_edit.setPlainText("Broer zegt dat hij 's nachts online is met onbekenden.")
    dialog.ui.source_detail_edit.setText("broer, op school")

    full_session.lock()
    assert _visible_windows(full_session) == []
    assert shiboken6.isValid(dialog) and not dialog.isVisible()
    _unlock(full_session)
    assert dialog.isVisible() and case_window.isVisible() and full_session.window.isVisible()
    assert dialog.ui.text_edit.toPlainText().startswith("Broer zegt")
    assert dialog.try_accept()  # saved through the vault opened by the unlock
    assert [s.text for s in case_window.detail.signals] == [
        "Broer zegt dat hij 's nachts online is met onbekenden."]


def test_meeting_mode_stays_open_and_quiet_through_a_lock(qtbot, full_session, ctx):
    from meeting_testkit import build_world

    world = build_world(ctx)
    full_session.window.open_meeting_mode(world.meeting_id)
    mode = full_session.window.page("overleggen").mode_window
    mode.show_item(4)
    screen = mode.current_screen()
    screen.capture.text_edit.setText("Moeder maakt zich zorgen")
    full_session.lock()
    mode.save_drafts()  # what the autosave timer runs, now while locked: nothing to save, no message
    assert not mode.isVisible() and _visible_windows(full_session) == []  # no message either
    _unlock(full_session)
    assert mode.isVisible() and mode.current == 4
    assert mode.current_screen().capture.text_edit.text() == "Moeder maakt zich zorgen"


def test_another_user_unlocking_gets_a_fresh_main_window(qtbot, full_session, vault, ctx):
    from casusoverleg_desktop.domain.accounts import Role

    admin_of(vault).add_user("notulist", Role.SECRETARY, "notulist wachtwoord lang")
    first = full_session.window
    case_id = cases.create_case(ctx, "LV-2025-030", LegalBasis.PGA, dt.date(2025, 2, 10)).id
    first.open_case(case_id)
    case_window = first.page("casussen").windows[case_id]
    full_session.lock()
    _unlock(full_session, "notulist", "notulist wachtwoord lang")
    assert full_session.window is not first and full_session.window.isVisible()
    assert full_session.vault.user.login == "notulist"
    assert not shiboken6.isValid(case_window) or not case_window.isVisible()
    assert not shiboken6.isValid(first) or not first.isVisible()


def test_input_keeps_the_session_open(qtbot, session, idle_clock):
    window = session.window
    for _ in range(6):  # twice the timeout, with a mouse move every 100 ms
        idle_clock.advance(100)
        event = QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.NoButton,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(window, event)
    assert session.window is window and session.unlock_dialog is None
    idle_clock.advance(299)  # counted from the last input
    assert session.unlock_dialog is None
    idle_clock.advance(1)
    assert session.locked and session.unlock_dialog is not None


def test_ctrl_l_locks_now(qtbot, session):
    window = session.window
    window.lock_requested.emit()
    assert session.locked and session.unlock_dialog is not None and not window.isVisible()


def test_watcher_fires_once_and_the_minutes_are_bounded(qtbot):
    clock = ManualTimer()
    watcher = IdleWatcher(50, timer=clock)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    clock.advance(49)
    assert fired == [] and watcher.is_active()
    clock.advance(1)
    assert fired == [True] and not watcher.is_active()
    clock.advance(1000)
    assert fired == [True]
    assert minutes_to_ms(0) == 60_000 and minutes_to_ms(5) == 300_000 and minutes_to_ms(999) == 120 * 60_000


def test_the_watcher_counts_from_the_last_input_and_a_new_timeout_restarts_it(qtbot):
    clock = ManualTimer()
    watcher = IdleWatcher(100, timer=clock)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    target = QWidget()
    watcher.start()
    clock.advance(90)
    QApplication.sendEvent(target, QMouseEvent(
        QEvent.Type.MouseMove, QPointF(1, 1), QPointF(1, 1), Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    clock.advance(90)
    assert fired == []
    watcher.set_timeout_ms(500)  # while running: starts again with the new timeout
    clock.advance(499)
    assert fired == []
    clock.advance(1)
    assert fired == [True]
    watcher.set_timeout_ms(50)  # stopped: stays stopped
    assert not watcher.is_active()


def test_a_watcher_without_a_timer_given_runs_on_a_qtimer(qtbot):
    watcher = IdleWatcher(60_000)
    watcher.start()
    assert watcher.is_active() and watcher.timeout_ms == 60_000
    watcher.stop()
    assert not watcher.is_active()


def test_the_idle_minutes_come_from_the_preferences(preferences, vault_access):
    preferences.set_idle_minutes(12)
    session = GuiSession(vault_access, "voorzitter", preferences, window_factory(vault_access))
    assert session.idle.timeout_ms == 12 * 60_000


def test_ctrl_l_locks_from_a_dialog_too(qtbot, full_session):
    from PySide6.QtWidgets import QDialog

    dialog = QDialog(full_session.window)
    edit = QLineEdit(dialog)
    edit.setText("half getypt")
    dialog.open()  # window-modal, as the app's dialogs are: the main window's shortcut is blocked
    qtbot.waitUntil(dialog.isVisible)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert full_session.locked and not dialog.isVisible()
    _unlock(full_session)
    assert dialog.isVisible() and edit.text() == "half getypt"

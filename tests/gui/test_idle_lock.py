"""Auto-lock: after idle time everything is hidden and the vault closed; unlocking brings back the
same page with what was typed, because pages save pending input before the lock."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from casusoverleg_desktop.domain.enums import CaseNoteKind, LegalBasis
from casusoverleg_desktop.services import cases

from casusoverleg_desktop.composition import PAGES, GuiSession
from casusoverleg_desktop.ui.idle_lock import IdleWatcher, minutes_to_ms
from casusoverleg_desktop.ui.main_window import MainWindow
from casusoverleg_desktop.ui.navigation import PageSpec

PASSPHRASE = "correct paard batterij niet"
DRAFT = "Moeder belt maandag terug over de school"


class DraftPage(QWidget):
    """A page like the real ones: what is typed but not yet saved goes to the vault in save_pending."""

    case_id = 0

    def __init__(self, ctx, navigator) -> None:  # noqa: ANN001
        super().__init__()
        self.ctx = ctx
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName("Aantekening")
        QVBoxLayout(self).addWidget(self.edit)

    def save_pending(self) -> None:
        if self.edit.text():
            cases.add_case_note(self.ctx, self.case_id, CaseNoteKind.OVERIG, self.edit.text(),
                                label="concept")

    def refresh(self) -> None:
        drafts = [n for n in cases.open_case(self.ctx, self.case_id).notes if n.label == "concept"]
        if drafts and not self.edit.text():
            self.edit.setText(drafts[-1].text)


@pytest.fixture
def session(qtbot, ctx, vault, vault_access, preferences):
    DraftPage.case_id = cases.create_case(ctx, "LV-2025-014", LegalBasis.PGA, dt.date(2025, 2, 10)).id
    pages = [*PAGES[:1], PageSpec("aantekeningen", "Aantekeningen", DraftPage), *PAGES[-1:]]
    session = GuiSession(vault_access, "voorzitter", preferences, idle_timeout_ms=300, pages=pages)
    session.show(vault)
    yield session
    session.idle.stop()
    if session.unlock_dialog is not None:
        session.unlock_dialog.close()
    if session.window is not None and shiboken6.isValid(session.window):
        session.window.closing_for_lock = True
        session.window.close()
        session.window.deleteLater()
    if session.vault is not None and session.vault is not vault:
        session.vault.close()


def _visible_main_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_idle_locks_hides_content_and_unlock_restores_page_and_input(qtbot, session, vault):
    window = session.window
    window.show_page("aantekeningen")
    window.page("aantekeningen").edit.setText(DRAFT)

    qtbot.waitUntil(lambda: session.unlock_dialog is not None, timeout=3000)
    assert session.window is None and session.vault is None
    assert not shiboken6.isValid(window) or not window.isVisible()
    assert _visible_main_windows() == []
    dialog = session.unlock_dialog
    assert dialog.isVisible() and "vergrendeld" in dialog.ui.title_label.text()
    with pytest.raises(Exception):  # noqa: B017 - the old vault is closed: its key is gone
        vault.data_keys[1].hex()[0]

    qtbot.keyClicks(dialog.ui.passphrase_edit, "verkeerd wachtwoord")
    dialog.ui.button_box.accepted.emit()
    assert session.window is None and dialog.ui.error_label.text()

    dialog.ui.passphrase_edit.setText(PASSPHRASE)
    dialog.ui.button_box.accepted.emit()
    assert session.window is not None and session.window.isVisible()
    assert session.window.current_page_key() == "aantekeningen"
    assert session.window.page("aantekeningen").edit.text() == DRAFT


def test_input_keeps_the_session_open(qtbot, session):
    window = session.window
    for _ in range(6):
        qtbot.wait(100)
        event = QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.NoButton,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(window, event)
    assert session.window is window and session.unlock_dialog is None
    qtbot.waitUntil(lambda: session.unlock_dialog is not None, timeout=3000)


def test_ctrl_l_locks_now(qtbot, session):
    window = session.window
    window.lock_requested.emit()
    assert session.window is None and session.unlock_dialog is not None
    assert not shiboken6.isValid(window) or not window.isVisible()


def test_watcher_fires_once_and_the_minutes_are_bounded(qtbot):
    watcher = IdleWatcher(50)
    with qtbot.waitSignal(watcher.idle, timeout=1000):
        watcher.start()
    assert not watcher.is_active()
    assert minutes_to_ms(0) == 60_000 and minutes_to_ms(5) == 300_000 and minutes_to_ms(999) == 120 * 60_000


def test_the_idle_minutes_come_from_the_preferences(preferences, vault_access):
    preferences.set_idle_minutes(12)
    session = GuiSession(vault_access, "voorzitter", preferences)
    assert session.idle.timeout_ms == 12 * 60_000

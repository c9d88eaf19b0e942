"""The first unlock of the day (issue 14, ``first_unlock_s``): the main window shows at once and the
daily backup is written behind it; locking and closing wait for it; a failure is told in Dutch."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import shiboken6

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from casusoverleg_desktop.settings import Settings

from casusoverleg_desktop.composition import new_session
from casusoverleg_desktop.ui.main_window import MainWindow

PASSPHRASE = "correct paard batterij niet"  # the test vault's (tests/conftest.py)


@pytest.fixture
def first_of_the_day(created, vault_dir: Path) -> Path:
    """The fresh test vault, closed, without a backup of today."""
    vault, _ = created
    vault.close()
    shutil.rmtree(vault_dir / "backups")
    return vault_dir


@pytest.fixture
def session(qtbot, first_of_the_day, preferences):
    """The app's own session on the vault (``composition.new_session``), its unlock window open."""
    session = new_session(first_of_the_day, "voorzitter", Settings(), preferences,
                          idle_timeout_ms=3_600_000)
    session.start()
    qtbot.addWidget(session.unlock_dialog)
    yield session
    session.idle.stop()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.closing_for_lock = True
        widget.close()
    if session.vault is not None:
        session.vault.close()


def _backups(root: Path) -> list[Path]:
    return sorted((root / "backups").glob("*")) if (root / "backups").is_dir() else []


def _unlock(qtbot, session) -> None:
    dialog = session.unlock_dialog
    qtbot.keyClicks(dialog.ui.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_the_main_window_shows_before_the_daily_backup_is_written(qtbot, session, first_of_the_day):
    _unlock(qtbot, session)
    assert session.window is not None and session.window.isVisible()
    assert _backups(first_of_the_day) == [], "the unlock waited for the backup"
    qtbot.waitUntil(lambda: len(_backups(first_of_the_day)) == 1 and not session.vault.daily_backup_running(),
                    timeout=10_000)
    [made] = _backups(first_of_the_day)
    assert made.name.startswith("auto-") and made.name.endswith("-dagelijks.cobak")
    qtbot.wait(2 * 250)  # the session has seen it finish: nothing to report
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)


def test_locking_at_once_waits_for_the_backup_and_unlocking_again_makes_none(qtbot, session,
                                                                             first_of_the_day):
    _unlock(qtbot, session)
    qtbot.wait(1)  # the backup starts once the window is on screen
    session.lock()
    assert session.vault is None and session.unlock_dialog.isVisible()
    [made] = _backups(first_of_the_day)  # complete: its temporary name is gone
    assert made.name.endswith("-dagelijks.cobak")
    _unlock(qtbot, session)
    assert session.window.isVisible()
    qtbot.wait(50)
    assert not session.vault.daily_backup_running()
    assert _backups(first_of_the_day) == [made], "a second backup on the same day"


def test_a_daily_backup_that_fails_is_told_and_the_work_goes_on(qtbot, session, first_of_the_day):
    (first_of_the_day / "backups").write_text("geen map")  # the backups folder cannot be made
    told: list[str] = []

    def answer_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            told.append(box.text())
            box.button(QMessageBox.StandardButton.Ok).click()

    closer = QTimer()
    closer.timeout.connect(answer_the_box)
    closer.start(20)
    _unlock(qtbot, session)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    closer.stop()
    assert told[0].startswith("De automatische back-up is niet gemaakt")
    assert session.window is not None and shiboken6.isValid(session.window) and session.window.isVisible()
    assert session.vault is not None and not session.vault.daily_backup_running()

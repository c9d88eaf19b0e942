"""Start-up: the unlock window comes first, before the data layer is even imported, and the
session takes it over once it is on screen (tests/benchmarks: ``startup_ratio``)."""

from __future__ import annotations

import subprocess
import sys

import pytest
import shiboken6

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from casusoverleg_desktop.settings import Settings

from casusoverleg_desktop.app import UnlockFirst

PASSPHRASE = "correct paard batterij niet"  # the test vault's (tests/conftest.py)

# What the start window must not wait for: the data layer and the cryptography under it.
DEFERRED = ("sqlalchemy", "sqlcipher3", "alembic", "cryptography", "keyring", "reportlab", "pyhanko",
            "casusoverleg_desktop.services", "casusoverleg_desktop.store", "casusoverleg_desktop.vault.vault",
            "casusoverleg_desktop.composition")


def test_the_start_window_imports_no_data_layer():
    probe = ("import sys, casusoverleg_desktop.cli, casusoverleg_desktop.app\n"
             f"print(sorted({{m.split('.')[0] if not m.startswith('casus') else m for m in sys.modules"
             f" if m.startswith({DEFERRED!r})}}))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"


@pytest.fixture
def start(qtbot, created, preferences):
    vault, _ = created
    vault.close()
    start = UnlockFirst(vault.paths.root, "voorzitter", Settings(), preferences)
    yield start
    if shiboken6.isValid(start.dialog):
        start.dialog.close()
    for session in start.sessions:
        if session.window is not None:
            session.window.closing_for_lock = True  # no "save and close?" on teardown
            session.window.close()
        if session.vault is not None:
            session.vault.close()


def _open_button(start: UnlockFirst):
    return start.dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)


def test_the_unlock_window_shows_first_and_opens_once_the_session_took_it(qtbot, start):
    start.show()
    assert start.dialog.isVisible() and not start.sessions
    assert not _open_button(start).isEnabled()
    assert "voorbereid" in start.dialog.ui.keyring_label.text()

    qtbot.waitUntil(lambda: bool(start.sessions))
    assert _open_button(start).isEnabled()
    assert "sleutelbos" in start.dialog.ui.keyring_label.text()
    qtbot.keyClicks(start.dialog.ui.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(_open_button(start), Qt.MouseButton.LeftButton)
    session = start.sessions[0]
    assert session.window is not None and session.window.isVisible()
    assert session.vault.user.login == "voorzitter"


def test_a_wrong_passphrase_in_the_start_window_keeps_it_open(qtbot, start):
    start.show()
    qtbot.waitUntil(lambda: bool(start.sessions))
    qtbot.keyClicks(start.dialog.ui.passphrase_edit, "niet het wachtwoord")
    qtbot.mouseClick(_open_button(start), Qt.MouseButton.LeftButton)
    assert start.dialog.isVisible() and start.sessions[0].vault is None
    assert start.dialog.ui.error_label.text()


def test_a_remembered_key_opens_the_main_window_in_place_of_the_start_window(qtbot, start, created,
                                                                             memory_keyring):
    from casusoverleg_desktop.services.access import VaultAccess
    from casusoverleg_desktop.vault.secret_store import KeyringSecretStore

    VaultAccess(created[0].paths.root, Settings(), KeyringSecretStore(memory_keyring)).unlock(
        "voorzitter", PASSPHRASE, remember=True).close()
    with qtbot.assertNotEmitted(start.finished, wait=100):  # the app goes on, in the main window
        start.show()
        qtbot.waitUntil(lambda: bool(start.sessions))
    assert not shiboken6.isValid(start.dialog) or not start.dialog.isVisible()
    assert start.sessions[0].window is not None and start.sessions[0].window.isVisible()


def test_closing_the_start_window_before_the_session_ends_the_app(qtbot, start):
    start.show()
    with qtbot.waitSignal(start.finished) as ended:
        start.dialog.reject()
    assert ended.args == [0]
    qtbot.wait(50)  # the scheduled session start finds the window gone and does nothing
    assert not start.sessions

"""Shared GUI fixtures: the main window on the test vault, device preferences in tmp_path, a
navigator that records what pages ask it to open, and a helper to find widgets.

Qt runs offscreen (tests/conftest.py). Type ASCII with ``qtbot.keyClicks``; set other text with
``setText`` (a non-ASCII key click aborts the process).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from casusoverleg_desktop.services.access import VaultAccess
from casusoverleg_desktop.settings import Settings

from casusoverleg_desktop.composition import build_main_window
from casusoverleg_desktop.ui.preferences import Preferences
from casusoverleg_desktop.ui.session import LiveVault
from casusoverleg_desktop.ui.theme import apply_theme


@pytest.fixture(scope="session", autouse=True)
def _themed_application(qapp: QApplication) -> QApplication:
    """The one QApplication, with the bundled fonts and the style sheet of the real app."""
    apply_theme(qapp)
    return qapp


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    """Device preferences in a file of this test, never the user's real QSettings."""
    return Preferences(QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def vault_access(vault_dir: Path) -> VaultAccess:
    """Access to the test vault's folder, without a keyring (the normal headless state)."""
    return VaultAccess(vault_dir, Settings(), None)


@pytest.fixture
def main_window(qtbot, vault_session, vault_access: VaultAccess, preferences: Preferences):
    """The real main window with every registered page, on the open test vault ('voorzitter')."""
    window = build_main_window(LiveVault(vault_session), vault_access, preferences)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    return window


class FakeNavigator:
    """Records ``open_*`` / ``show_page`` calls as (method, argument) tuples: our own interface."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def __getattr__(self, name: str):
        if name.startswith("open_") or name == "show_page":
            return lambda arg: self.calls.append((name, arg))
        raise AttributeError(name)


@pytest.fixture
def navigator() -> FakeNavigator:
    return FakeNavigator()


def find_widget(root: QWidget, cls: type[QWidget] | None = None, *, name: str | None = None,
                accessible: str | None = None, text: str | None = None) -> QWidget:
    """The one widget under ``root`` (or ``root``'s top-level windows when None) that matches."""
    widgets = root.findChildren(cls or QWidget) if root is not None else QApplication.topLevelWidgets()
    found = [w for w in widgets
             if (cls is None or isinstance(w, cls))
             and (name is None or w.objectName() == name)
             and (accessible is None or w.accessibleName() == accessible)
             and (text is None or getattr(w, "text", lambda: None)() == text)]
    if len(found) != 1:
        raise LookupError(f"{len(found)} widgets match cls={cls} name={name} accessible={accessible} "
                          f"text={text}")
    return found[0]


def visible_windows(cls: type[QWidget]) -> list[QWidget]:
    """Visible top-level windows of ``cls`` (dialogs opened without a parent, the main window)."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]


@pytest.fixture
def find():
    """``find_widget`` as a fixture, for tests that prefer not to import from conftest."""
    return find_widget

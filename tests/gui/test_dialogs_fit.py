"""Every dialog, page and window fits a laptop (issue 14, point 1), checked in this process against
the room of the two screens: 1366×768 and 1920×1080 at 150 % (1280×720 logical), less a task bar.
(tests/gui/test_scaled_screens.py shows them on such screens for real.)

Windows keep the size they are given (they do not grow); a dialog is shrunk to the room as the
app's screen-fit helper does, and its buttons stay in view."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from meeting_testkit import build_world
from screen_walk import ABSTRACT_DIALOGS, DIALOG_OPENERS, ScreenWalk, settle

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QDialog, QWidget

import casusoverleg_desktop.ui
from casusoverleg_desktop.composition import build_main_window
from casusoverleg_desktop.ui.session import LiveVault

SCREENS = {"1366x768": QSize(1366, 768 - 40), "1920x1080@150%": QSize(1280, 720 - 40)}


def _dialog_classes() -> set[str]:
    for module in pkgutil.walk_packages(casusoverleg_desktop.ui.__path__, "casusoverleg_desktop.ui."):
        importlib.import_module(module.name)
    found, todo = set(), [QDialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("casusoverleg_desktop."):
                found.add(sub.__name__)
    return found


def test_every_dialog_class_is_walked():
    """A dialog added to the app gets a step in ``screen_walk`` (and so its geometry checks)."""
    assert _dialog_classes() - ABSTRACT_DIALOGS == set(DIALOG_OPENERS)


@pytest.mark.parametrize("room", SCREENS.values(), ids=SCREENS)
def test_every_window_and_dialog_fits_and_keeps_its_buttons_in_view(qtbot, ctx, vault_session, vault_access,
                                                                   preferences, vault_dir, room):
    world = build_world(ctx)
    problems: list[str] = []

    def check(name: str, window: QWidget, must_see) -> None:
        need = window.minimumSizeHint().expandedTo(window.minimumSize())
        if need.width() > room.width() or need.height() > room.height():
            problems.append(f"{name}: needs {need.width()}×{need.height()}")
        if isinstance(window, QDialog):
            window.resize(window.size().boundedTo(room).expandedTo(window.minimumSize()))
            settle()
        elif window.size() != room:
            problems.append(f"{name}: the window grew to {window.width()}×{window.height()}")
        for part in must_see:
            shown = QRect(part.mapTo(window, QPoint(0, 0)), part.size())
            if not part.isVisible() or not window.rect().contains(shown):
                problems.append(f"{name}: {part.objectName() or type(part).__name__} is out of view")

    main = build_main_window(LiveVault(vault_session), vault_access, preferences)
    qtbot.addWidget(main)
    walk = ScreenWalk(ctx, vault_dir, world, check, size=(room.width(), room.height()))
    walk.everything(main)
    assert not problems, "\n".join(problems)
    assert walk.opened == set(DIALOG_OPENERS), set(DIALOG_OPENERS) - walk.opened

"""The app on real screens (issue 14, point 1): a 1366×768 laptop and a 1920×1080 screen at 150 %
(Windows' "150 %" is a logical DPI of 144; Qt then lays out on 1280×720 logical pixels).

Each screen is an offscreen screen of its own in a child process (``QT_QPA_PLATFORM=offscreen:
configfile=…``), where the app starts as it does (``create_application``: theme, translations,
the screen-fit helper). On a fresh vault it shows every page, the case window and its tabs,
meeting mode on every item and phase with and without Grote letters, and every dialog
(``screen_walk``), as the app sizes them. Each must lie inside the screen, need no more than the
screen less a task bar, and keep its buttons (meeting mode: header and Vorige/Volgende/Sluiten)
inside its window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
TASK_BAR = 40
SCREENS = {  # name: (physical width, height, logical DPI), Qt's logical size
    "1366x768": ((1366, 768, 96), (1366, 768)),
    "1920x1080@150%": ((1920, 1080, 144), (1280, 720)),
}


@pytest.mark.parametrize("screen", SCREENS, ids=SCREENS)
def test_every_window_and_dialog_fits_the_screen(tmp_path, screen):
    (width, height, dpi), logical = SCREENS[screen]
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": screen, "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": dpi,
                                               "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / ".config"))
    done = subprocess.run([sys.executable, __file__, str(tmp_path)], env=env, capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["screen"] == list(logical), "the screen is not the one asked for"
    assert not result["problems"], "\n".join(result["problems"])
    checked = result["checked"]
    assert len(checked) > 70, checked
    for must in ("Hoofdvenster: Overleggen", "Casusvenster: Afweging", "Eerste start",
                 "Vergadermodus (grote letters): casus 5, oordeelsvorming",
                 "Vergadermodus (gewone letters): sluiting 9", "Documenten (gehouden)"):
        assert must in checked, must


# -- the child process --------------------------------------------------------------------------------
def _child(work: Path) -> None:
    sys.path[:0] = [str(HERE), str(HERE.parent)]
    from meeting_testkit import build_world
    from screen_walk import ScreenWalk

    from PySide6.QtCore import QPoint, QRect, QSettings, QSize
    from PySide6.QtWidgets import QWidget

    from casusoverleg_desktop.domain.accounts import Role
    from casusoverleg_desktop.services.access import VaultAccess, create_new_vault
    from casusoverleg_desktop.settings import Settings

    from casusoverleg_desktop.app import create_application
    from casusoverleg_desktop.composition import build_main_window
    from casusoverleg_desktop.ui.preferences import Preferences
    from casusoverleg_desktop.ui.session import LiveVault

    app = create_application()
    app.setQuitOnLastWindowClosed(False)
    root = work / "kluis"
    session, _code = create_new_vault(root, "voorzitter", Role.CHAIR, "correct paard batterij niet",
                                      settings=Settings(), display_name="Marloes Dekkers",
                                      organisation="Zorg- en Veiligheidshuis Lindeveld")
    ctx = session.context()
    world = build_world(ctx)
    preferences = Preferences(QSettings(str(work / "preferences.ini"), QSettings.Format.IniFormat))
    main = build_main_window(LiveVault(session), VaultAccess(root, Settings(), None), preferences)
    available = app.primaryScreen().availableGeometry()
    room = available.size() - QSize(0, TASK_BAR)
    problems: list[str] = []
    checked: list[str] = []

    def check(name: str, window: QWidget, must_see) -> None:
        checked.append(name)
        need = window.minimumSizeHint().expandedTo(window.minimumSize())
        if need.width() > room.width() or need.height() > room.height():
            problems.append(f"{name}: needs {need.width()}×{need.height()}, the screen less a task bar "
                            f"has {room.width()}×{room.height()}")
        frame = window.frameGeometry()
        if not available.contains(frame):
            problems.append(f"{name}: the window {frame.width()}×{frame.height()} at {frame.x()},{frame.y()} "
                            f"is not inside the screen {available.width()}×{available.height()}")
        for part in must_see:
            shown = QRect(part.mapTo(window, QPoint(0, 0)), part.size())
            if not part.isVisible() or not window.rect().contains(shown):
                problems.append(f"{name}: {part.objectName() or type(part).__name__} is out of view")

    ScreenWalk(ctx, root, world, check).everything(main)
    print(json.dumps({"screen": [available.width(), available.height()], "problems": problems,
                      "checked": checked}), flush=True)
    os._exit(0)  # the vault's files are the test's tmp_path; skip Qt's teardown of every window


if __name__ == "__main__":
    _child(Path(sys.argv[1]))

"""No window larger than the screen it is shown on (issue 14): one application-wide helper.

A window's size comes from its content (``sizeHint``) or from code that sizes it for a large
screen; on a laptop, or a full-HD screen at 150 %, that can be more than the screen has, with its
buttons out of reach. ``keep_windows_on_screen`` makes every window, as it is shown (and
activated), no larger than the available part of its screen and moves it inside. Content that
needs more room scrolls within (``scrolling.FittingScrollArea``); a window whose *minimum* is more
than the screen is a fault the geometry tests (tests/gui/test_*fit*.py, test_scaled_screens.py)
catch.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QWidget

FRAME_ALLOWANCE = QMargins(8, 32, 8, 8)
"""Room for a window's frame and title bar while the window system has not said yet."""
_FITTED_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog)  # not popups, tooltips, menus


class ScreenFit(QObject):
    """Fits each window to its screen when it becomes the active window, as a shown window does.
    It listens to the application's ``focusWindowChanged``, not to its events: an
    application-wide event filter would take every event of every widget through Python (about
    4,300 for one meeting-mode switch, +25 ms)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusWindowChanged.connect(self._activated)

    def _activated(self, window: QWindow | None) -> None:
        widget = next((w for w in QApplication.topLevelWidgets() if w.windowHandle() == window), None)
        if window is not None and widget is not None and widget.windowType() in _FITTED_TYPES:
            fit_to_screen(widget)


def keep_windows_on_screen(app: QApplication) -> ScreenFit:
    """From now on every window of ``app`` fits its screen when shown (set up once)."""
    fit = app.findChild(ScreenFit)
    return fit if fit is not None else ScreenFit(app)


def fit_to_screen(window: QWidget) -> None:
    """``window`` no larger than the available part of its screen, frame included, and inside it.
    Maximised and full-screen windows are the window system's to place."""
    screen = window.screen()
    if screen is None or window.windowState() & (Qt.WindowState.WindowMaximized
                                                 | Qt.WindowState.WindowFullScreen):
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    known = frame != window.geometry()
    border = (QSize(frame.width() - window.width(), frame.height() - window.height()) if known
              else QSize(FRAME_ALLOWANCE.left() + FRAME_ALLOWANCE.right(),
                         FRAME_ALLOWANCE.top() + FRAME_ALLOWANCE.bottom()))
    size = window.size()
    fitted = size.boundedTo(available.size() - border).expandedTo(window.minimumSize())
    if fitted != size:
        window.resize(fitted)
    outer = QRect(window.pos(), fitted + border)  # a window's pos() is its frame's
    inside = QPoint(max(available.left(), min(outer.left(), available.right() + 1 - outer.width())),
                    max(available.top(), min(outer.top(), available.bottom() + 1 - outer.height())))
    if inside != outer.topLeft():
        window.move(inside)

"""Lock after a period without keyboard or mouse input.

An application-wide event filter sees every input event and restarts a single-shot timer; when
the timer runs out, ``idle`` is emitted and the session locks. The same filter hears Ctrl+L in any
window (``lock_key``): a modal dialog blocks the main window's own shortcut. One filter, because
each takes every event of every widget through Python. The timeout (in milliseconds) and the
timer are injected: tests pass a timer they advance by hand, and wait for nothing.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

DEFAULT_IDLE_MINUTES = 5
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 120

# Events that mean someone is at the keyboard or the mouse.
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
    QEvent.Type.TabletMove, QEvent.Type.InputMethod, QEvent.Type.ShortcutOverride,
})


class SingleShotTimer(Protocol):
    """What the watcher uses of a ``QTimer`` (the default); a test's timer needs no more."""

    @property
    def timeout(self) -> SignalInstance: ...
    def setSingleShot(self, single_shot: bool) -> None: ...
    def setInterval(self, msec: int) -> None: ...
    def interval(self) -> int: ...
    def isActive(self) -> bool: ...
    def start(self) -> None: ...
    def stop(self) -> None: ...


def minutes_to_ms(minutes: int) -> int:
    return max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, int(minutes))) * 60_000


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``timeout_ms`` without input, and ``lock_key`` on a Ctrl+L no
    shortcut took; ``start``/``stop`` arm it."""

    idle = Signal()
    lock_key = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None, *,
                 timer: SingleShotTimer | None = None) -> None:
        super().__init__(parent)
        self._timer: SingleShotTimer = timer if timer is not None else QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._on_timeout)
        self._installed = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        active = self._timer.isActive()
        self._timer.setInterval(timeout_ms)
        if active:
            self._timer.start()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
        kind = event.type()
        if kind not in INPUT_EVENTS:
            return False
        if self._timer.isActive():
            self._timer.start()
        if (kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_L
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
            self.lock_key.emit()
            return True
        return False

    def _on_timeout(self) -> None:
        self.stop()
        self.idle.emit()

"""Run one slow piece of work (building, signing, verifying a PDF) off the GUI thread.

``BackgroundTask(work)`` calls ``work(progress)`` on ``QThreadPool.globalInstance()``; ``progress``
is a ``(done, total)`` callback that may be called from that thread. Its signals arrive in the GUI
thread: ``progressed(done, total)``, ``succeeded(result)`` or ``failed(exception)``, then
``ended``. The task keeps itself alive until it has ended, so a dialog that closes early does not
pull the object away from under the thread. pyHanko calls ``asyncio.run``: a pool thread has no
running event loop, so signing and verifying are safe here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

ProgressCallback = Callable[[int, int], None]

_RUNNING: set[BackgroundTask] = set()


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    ended = Signal()


class BackgroundTask(QRunnable):
    def __init__(self, work: Callable[[ProgressCallback], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._work = work
        self.signals = _Signals()
        self.signals.ended.connect(lambda: _RUNNING.discard(self))

    def start(self) -> BackgroundTask:
        _RUNNING.add(self)
        QThreadPool.globalInstance().start(self)
        return self

    def run(self) -> None:  # runs in a pool thread
        try:
            result = self._work(self.signals.progressed.emit)
        except Exception as exc:  # handed to the GUI thread, which shows it in Dutch
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.ended.emit()


def running_tasks() -> int:
    """How many tasks have started and not yet ended (for tests and for closing windows)."""
    return len(_RUNNING)

"""The GUI session on one vault: unlock → main window → lock → unlock, until the user ends it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

import shiboken6

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from casusoverleg_desktop.errors import CasusoverlegError, VaultLocked
from casusoverleg_desktop.services.access import VaultAccess, VaultSession
from casusoverleg_desktop.services.context import ServiceContext

from casusoverleg_desktop.ui.idle_lock import IdleWatcher, minutes_to_ms
from casusoverleg_desktop.ui.main_window import MainWindow
from casusoverleg_desktop.ui.preferences import Preferences
from casusoverleg_desktop.ui.unlock_dialog import UnlockDialog
from casusoverleg_desktop.ui.widgets.messages import show_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class LiveVault:
    """The vault a GUI session works on, as the door to its database (``UnitsOfWork``).

    Windows reach the vault only through this object, so a key rotation (a new engine) and a lock
    and unlock (a new ``VaultSession``) leave every window working. While locked there is no
    vault: any use is refused with ``VaultLocked``.
    """

    def __init__(self, session: VaultSession) -> None:
        self.session: VaultSession | None = session

    def current(self) -> VaultSession:
        if self.session is None:
            raise VaultLocked("De kluis is vergrendeld; voer eerst uw wachtwoord in.")
        return self.session

    def unit_of_work(self, actor: str,
                     clock: Callable[[], dt.datetime]) -> AbstractContextManager[Session]:
        return self.current().unit_of_work(actor, clock)

    def context(self) -> ServiceContext:
        session = self.current()
        return ServiceContext(self, session.user.login, session.clock, own_keys=_LiveOwnKeys(self))


class _LiveOwnKeys:
    """The own keys of whoever has the live vault unlocked now (``services.context.OwnKeys``)."""

    def __init__(self, live: LiveVault) -> None:
        self._live = live

    @property
    def login(self) -> str:
        return self._live.current().user.login

    def seal(self, purpose: str, data: bytes) -> bytes:
        return self._live.current().vault.own_keys.seal(purpose, data)

    def open(self, purpose: str, sealed: bytes) -> bytes:
        return self._live.current().vault.own_keys.open(purpose, sealed)


BACKUP_WATCH_MS = 250

WindowFactory = Callable[[LiveVault, "GuiSession"], MainWindow]
"""(the live vault, the session as the idle-lock setting) → the main window; from the composition root."""


# -- the session: unlock → main window → lock → unlock ---------------------------------------------
class GuiSession(QObject):
    """One vault from unlock to the end: shows the main window and locks on idle or Ctrl+L.

    Locking saves pending input, hides every window (dialogs too) and closes the vault; unlocking
    as the same user puts the vault back under the same windows and shows them as they were, typed
    text and all. Another user gets a fresh main window. ``finished`` when the user ends.

    The first unlock of a day writes the daily backup in the background once the window shows
    (the user need not wait for it); locking and ending wait until it is complete.
    """

    finished = Signal()

    def __init__(self, access: VaultAccess, login: str | None, preferences: Preferences,
                 build_window: WindowFactory, *, idle_timeout_ms: int | None = None) -> None:
        super().__init__()
        self.access = access
        self.login = login or ""
        self.preferences = preferences
        self.vault: VaultSession | None = None
        self.live: LiveVault | None = None
        self.window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.hidden: list[QWidget] = []  # hidden by the lock, shown again after it
        self.save_problems: list[str] = []
        self._active: QWidget | None = None
        self._build_window = build_window
        self._fixed_timeout = idle_timeout_ms
        self.idle = IdleWatcher(idle_timeout_ms or minutes_to_ms(preferences.idle_minutes()), self)
        self.idle.idle.connect(self.lock)
        self.idle.lock_key.connect(self._lock_key)
        self._backup_watch = QTimer(self)
        self._backup_watch.setInterval(BACKUP_WATCH_MS)
        self._backup_watch.timeout.connect(self._watch_backup)

    @property
    def locked(self) -> bool:
        return self.window is not None and self.vault is None

    def start(self, shown: UnlockDialog | None = None) -> None:
        """Open with a key remembered on this device, else ask for the passphrase (in ``shown``,
        the unlock window already on screen, when there is one)."""
        vault = self.access.unlock_remembered(self.login)
        if vault is not None:
            if shown is not None:
                shown.hide()  # not close(): that would reject it, which means "end the app"
                shown.deleteLater()
            self.show(vault)
        else:
            self.ask_unlock(shown=shown)

    def ask_unlock(self, locked: bool = False, shown: UnlockDialog | None = None) -> UnlockDialog:
        dialog = (shown or UnlockDialog(self.access.root, self.login)).bind(self.access, self.access.recover)
        if locked:
            dialog.show_locked()
        dialog.accepted.connect(lambda: self._unlocked(dialog))
        dialog.rejected.connect(self._end)
        self.unlock_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _unlocked(self, dialog: UnlockDialog) -> None:
        self.unlock_dialog = None
        dialog.deleteLater()
        assert dialog.unlocked is not None
        if self.locked and dialog.unlocked.user.login == self.login:
            self._resume(dialog.unlocked)
        else:
            self._close_windows()
            self.show(dialog.unlocked)

    def show(self, vault: VaultSession) -> MainWindow:
        self.vault = vault
        self.login = vault.user.login
        self.live = LiveVault(vault)
        self.window = self._build_window(self.live, self)
        self.window.lock_requested.connect(self.lock)
        self.window.closed_by_user.connect(self._window_closed)
        self.window.show()
        self._started(self.window)
        return self.window

    def _resume(self, vault: VaultSession) -> None:
        """The same user again: the vault back under every window, shown as they were."""
        assert self.live is not None
        self.vault = self.live.session = vault
        windows_first = sorted(self.hidden, key=lambda widget: widget.parentWidget() is not None)
        for widget in windows_first:
            if shiboken6.isValid(widget):
                widget.show()
        self.hidden = []
        active = self._active if self._active is not None and shiboken6.isValid(self._active) else None
        self._started(active or self.window)

    def _started(self, front: QWidget) -> None:
        front.raise_()
        front.activateWindow()
        if self.save_problems:
            show_error(front, "\n".join(self.save_problems), "Casusoverleg")
            self.save_problems = []
        self.idle.start()
        QTimer.singleShot(0, self._start_backup)

    # -- the daily backup, in the background --------------------------------------------------
    def _start_backup(self) -> None:
        if self.vault is not None:
            self.vault.start_daily_backup()
            self._backup_watch.start()

    def _watch_backup(self) -> None:
        if self.vault is None or not self.vault.daily_backup_running():
            problem = self._finish_backup()
            if problem is not None and self.window is not None:
                show_error(self.window, problem, "Casusoverleg")

    def _finish_backup(self) -> str | None:
        """Wait until the daily backup is complete; why it failed, or None."""
        self._backup_watch.stop()
        return self.vault.finish_daily_backup() if self.vault is not None else None

    # -- IdleSetting, for the Instellingen page -------------------------------------------------
    def idle_minutes(self) -> int:
        return self.preferences.idle_minutes()

    def set_idle_minutes(self, minutes: int) -> None:
        self.preferences.set_idle_minutes(minutes)
        if self._fixed_timeout is None:
            self.idle.set_timeout_ms(minutes_to_ms(self.preferences.idle_minutes()))

    def _lock_key(self) -> None:
        """Ctrl+L from any window of this session, also a dialog the main window's shortcut cannot
        reach (``IdleWatcher.lock_key``)."""
        if self.window is not None and self.window.isVisible() and not self.locked:
            self.lock()

    def lock(self) -> None:
        """Save pending input everywhere, hide every window, close the vault, ask again."""
        if self.window is None or self.locked:
            return
        self.idle.stop()
        self._save_everything()
        backup_problem = self._finish_backup()  # the key goes with the lock: the backup ends first
        if backup_problem is not None:
            self.save_problems.append(backup_problem)
        self._active = QApplication.activeWindow()
        self.hidden = [w for w in QApplication.topLevelWidgets()
                       if w.isVisible() and w is not self.unlock_dialog]
        for widget in self.hidden:
            widget.hide()
        assert self.live is not None and self.vault is not None
        self.live.session = None
        self.vault.close()
        self.vault = None
        self.ask_unlock(locked=True)

    def _save_everything(self) -> None:
        savers = [self.window.save_pending] if self.window is not None else []
        savers += [w.save_pending for w in self._other_windows() if hasattr(w, "save_pending")]
        for save in savers:
            try:
                save()
            except CasusoverlegError as exc:
                self.save_problems.append(exc.message)
            except Exception as exc:  # the lock must happen regardless
                self.save_problems.append(QApplication.translate(
                    "Casusoverleg", "Niet alles kon worden bewaard voor het vergrendelen (%1).")
                    .replace("%1", type(exc).__name__))

    def _other_windows(self) -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets()
                if w.isVisible() and w is not self.window and w is not self.unlock_dialog]

    def _close_windows(self) -> None:
        """Another user unlocked: the previous user's windows go, unseen (they were hidden)."""
        for widget in self.hidden:
            if shiboken6.isValid(widget) and widget is not self.window:
                widget.close()
                widget.deleteLater()
        self.hidden = []
        if self.window is not None:
            self.window.closing_for_lock = True
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def _window_closed(self) -> None:
        """The user closed the main window (pending input is already saved): end the session."""
        self.idle.stop()
        backup_problem = self._finish_backup()
        if backup_problem is not None and self.window is not None:
            show_error(self.window, backup_problem, "Casusoverleg")
        self.window = None
        for widget in self._other_windows():
            if hasattr(widget, "save_pending"):
                widget.save_pending()
            widget.close()
        self._end()

    def _end(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        self.finished.emit()

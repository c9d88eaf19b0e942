"""Composition root of the GUI: the only module that knows every layer.

``app.py`` shows the unlock window first and imports this module while it is on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

import shiboken6

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from casusoverleg_desktop.errors import CasusoverlegError, VaultLocked
from casusoverleg_desktop.services.access import (
    OpenVault,
    Role,
    VaultAccess,
    add_user,
    create_new_vault,
)
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault import backup
from casusoverleg_desktop.vault.secret_store import probe_keyring
from casusoverleg_desktop.vault.vault import recover as recover_vault

from casusoverleg_desktop.app import Preferences
from casusoverleg_desktop.ui.dialogs.first_run_wizard import FirstRunWizard
from casusoverleg_desktop.ui.dialogs.recovery_dialog import RecoverFunction
from casusoverleg_desktop.ui.idle_lock import IdleWatcher, minutes_to_ms
from casusoverleg_desktop.ui.main_window import MainWindow
from casusoverleg_desktop.ui.models.settings_models import BackupEntry
from casusoverleg_desktop.ui.navigation import Navigator, PageSpec
from casusoverleg_desktop.ui.pages.actions_page import actions_page
from casusoverleg_desktop.ui.pages.cases_page import cases_page
from casusoverleg_desktop.ui.pages.meetings_page import create_meetings_page
from casusoverleg_desktop.ui.pages.overview_page import OverviewPage
from casusoverleg_desktop.ui.pages.partners_page import partners_page
from casusoverleg_desktop.ui.pages.settings_page import SettingsPage
from casusoverleg_desktop.ui.unlock_dialog import UnlockDialog

# The areas of the main window, in the order of the navigation list.
# Order: overzicht, casussen, overleggen, actiepunten, ketenpartners, instellingen.
PAGES: list[PageSpec] = [
    PageSpec("overzicht", "Overzicht", OverviewPage),
    PageSpec("casussen", "Casussen", cases_page),
    PageSpec("overleggen", "Overleggen", create_meetings_page),
    PageSpec("actiepunten", "Actiepunten", actions_page),
    PageSpec("ketenpartners", "Ketenpartners", partners_page),
    # Built per session by page_specs(): it manages the open vault itself.
    PageSpec("instellingen", "Instellingen", lambda ctx, nav: _bound_by_session(ctx, nav)),
]


# -- what the Instellingen page may do to the open vault -----------------------------------------
class LiveVault:
    """The vault a GUI session works on, as the session factory of its contexts.

    Windows and the Instellingen page reach the vault only through this object, so a key rotation
    (a new session factory) and a lock and unlock (a new vault object) leave every window working.
    While locked there is no vault: any use is refused with ``VaultLocked``.
    """

    def __init__(self, vault: OpenVault) -> None:
        self.vault: OpenVault | None = vault

    @property
    def open_vault(self) -> OpenVault:
        if self.vault is None:
            raise VaultLocked("De kluis is vergrendeld; voer eerst uw wachtwoord in.")
        return self.vault

    def __call__(self, **kwargs):  # noqa: ANN003, ANN204 - sessionmaker's call
        return self.open_vault.sessions(**kwargs)

    def begin(self):  # noqa: ANN201
        return self.open_vault.sessions.begin()

    def context(self) -> ServiceContext:
        vault = self.open_vault
        return ServiceContext(self, vault.user.login, vault.clock)  # type: ignore[arg-type]


def gui_context(vault: OpenVault) -> ServiceContext:
    """Like ``context_for``, but surviving a key rotation while the window stays open."""
    return LiveVault(vault).context()


class VaultAdmin:
    """``ui.pages.settings_page.VaultAdministration`` on the session's vault (composition root only)."""

    def __init__(self, live: LiveVault, access: VaultAccess, preferences: Preferences,
                 on_idle_minutes: Callable[[int], None] | None = None) -> None:
        self._live = live
        self._access = access
        self._preferences = preferences
        self._on_idle_minutes = on_idle_minutes

    @property
    def _vault(self) -> OpenVault:
        return self._live.open_vault

    @property
    def user(self):  # noqa: ANN201 - CurrentUser
        return self._vault.user

    @property
    def vault_root(self) -> Path:
        return self._vault.paths.root

    @property
    def vault_id(self) -> str:
        return self._vault.vault_id

    @property
    def keyring_available(self) -> bool:
        return self._access.keyring_available

    def keyring_statement(self) -> str:
        return self._access.keyring_statement()

    def is_remembered(self) -> bool:
        return self._vault.is_remembered_on_device()

    def set_remembered(self, remember: bool) -> None:
        if remember:
            self._access.remember(self._vault)
        else:
            self._vault.forget_on_device(self._access.secret_store)

    def change_passphrase(self, current: str, new: str) -> None:
        self._vault.change_passphrase(current, new)

    def users(self) -> list:
        return self._vault.users()

    def add_user(self, login: str, role: Role, passphrase: str, display_name: str,
                 organisation: str) -> None:
        add_user(self._vault, login, role, passphrase, display_name=display_name,
                 organisation=organisation)

    def remove_user(self, login: str) -> None:
        self._vault.remove_user(login, self._access.secret_store)

    def new_recovery_code(self) -> str:
        return self._vault.new_recovery_code()

    def write_backup(self, path: Path) -> None:
        self._vault.write_backup(path)

    def automatic_backups(self) -> list[BackupEntry]:
        entries = []
        for path in backup.automatic_backups(self._vault):
            stamp = path.name.removeprefix(backup.AUTO_PREFIX).split("-", 1)[0]
            try:
                made = dt.datetime.strptime(stamp, backup.STAMP_FORMAT).replace(tzinfo=dt.UTC)
            except ValueError:
                made = None
            entries.append(BackupEntry(path, made, path.stat().st_size))
        return entries

    def rotate_key(self) -> None:
        self._vault.rotate_key()

    def idle_minutes(self) -> int:
        return self._preferences.idle_minutes()

    def set_idle_minutes(self, minutes: int) -> None:
        self._preferences.set_idle_minutes(minutes)
        if self._on_idle_minutes is not None:
            self._on_idle_minutes(self._preferences.idle_minutes())


def _bound_by_session(ctx: ServiceContext, navigator: Navigator) -> QWidget:
    raise RuntimeError("this page needs the open vault: build the window with build_main_window()")


def page_specs(admin: VaultAdmin, pages: Sequence[PageSpec] | None = None) -> list[PageSpec]:
    """``pages`` (default ``PAGES``), with the pages that manage the vault itself given its vault."""
    bound = {"instellingen": lambda ctx, nav: SettingsPage(ctx, nav, admin)}
    return [replace(spec, factory=bound[spec.key]) if spec.key in bound else spec
            for spec in (PAGES if pages is None else pages)]


def build_main_window(vault: OpenVault | LiveVault, access: VaultAccess, preferences: Preferences,
                      on_idle_minutes: Callable[[int], None] | None = None,
                      pages: Sequence[PageSpec] | None = None) -> MainWindow:
    live = vault if isinstance(vault, LiveVault) else LiveVault(vault)
    admin = VaultAdmin(live, access, preferences, on_idle_minutes)
    return MainWindow(live.open_vault, live.context(), page_specs(admin, pages))


# -- the session: unlock → main window → lock → unlock ---------------------------------------------
class GuiSession(QObject):
    """One vault from unlock to the end: shows the main window and locks on idle or Ctrl+L.

    Locking saves pending input, hides every window (dialogs too) and closes the vault; unlocking
    as the same user puts the vault back under the same windows and shows them as they were, typed
    text and all. Another user gets a fresh main window. ``finished`` when the user ends.
    """

    finished = Signal()

    def __init__(self, access: VaultAccess, login: str | None, preferences: Preferences, *,
                 idle_timeout_ms: int | None = None, recover: RecoverFunction | None = None,
                 pages: Sequence[PageSpec] | None = None) -> None:
        super().__init__()
        self.access = access
        self.login = login or ""
        self.preferences = preferences
        self.vault: OpenVault | None = None
        self.live: LiveVault | None = None
        self.window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.hidden: list[QWidget] = []  # hidden by the lock, shown again after it
        self.save_problems: list[str] = []
        self._active: QWidget | None = None
        self._recover = recover or partial(recover_vault, access.root, settings=access.settings)
        self._fixed_timeout = idle_timeout_ms
        self._pages = pages
        self.idle = IdleWatcher(idle_timeout_ms or minutes_to_ms(preferences.idle_minutes()), self)
        self.idle.idle.connect(self.lock)

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
        dialog = (shown or UnlockDialog(self.access.root, self.login)).bind(self.access, self._recover)
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
        assert dialog.vault is not None
        if self.locked and dialog.vault.user.login == self.login:
            self._resume(dialog.vault)
        else:
            self._close_windows()
            self.show(dialog.vault)

    def show(self, vault: OpenVault) -> MainWindow:
        self.vault = vault
        self.login = vault.user.login
        self.live = LiveVault(vault)
        self.window = build_main_window(self.live, self.access, self.preferences,
                                        self._idle_minutes_changed, self._pages)
        self.window.lock_requested.connect(self.lock)
        self.window.closed_by_user.connect(self._window_closed)
        self.window.show()
        self._started(self.window)
        return self.window

    def _resume(self, vault: OpenVault) -> None:
        """The same user again: the vault back under every window, shown as they were."""
        assert self.live is not None
        self.vault = self.live.vault = vault
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
            QMessageBox.warning(front, "Casusoverleg", "\n".join(self.save_problems))
            self.save_problems = []
        self.idle.start()

    def _idle_minutes_changed(self, minutes: int) -> None:
        if self._fixed_timeout is None:
            self.idle.set_timeout_ms(minutes_to_ms(minutes))

    def lock(self) -> None:
        """Save pending input everywhere, hide every window, close the vault, ask again."""
        if self.window is None or self.locked:
            return
        self.idle.stop()
        self._save_everything()
        self._active = QApplication.activeWindow()
        self.hidden = [w for w in QApplication.topLevelWidgets()
                       if w.isVisible() and w is not self.unlock_dialog]
        for widget in self.hidden:
            widget.hide()
        assert self.live is not None and self.vault is not None
        self.live.vault = None
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
            except Exception as exc:  # noqa: BLE001 - the lock must happen regardless
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
        self.window = None
        for widget in self._other_windows():
            if hasattr(widget, "save_pending"):
                widget.save_pending()
            widget.close()
        self._end()

    def _end(self) -> None:
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        self.finished.emit()


def run_first_run(root: Path, settings: Settings) -> FirstRunWizard:
    def create(where: Path, login: str, role: Role, passphrase: str, display_name: str,
               organisation: str) -> tuple[OpenVault, str]:
        return create_new_vault(where, login, role, passphrase, display_name=display_name,
                                organisation=organisation, settings=settings)

    return FirstRunWizard(create, root)




def new_session(root: Path, login: str | None, settings: Settings, preferences: Preferences) -> GuiSession:
    """A session on the vault in ``root``; the OS keyring is probed here (it can take a moment)."""
    store, _ = probe_keyring()
    return GuiSession(VaultAccess(root, settings, store), login, preferences)


def open_session(root: Path, login: str | None, settings: Settings, preferences: Preferences,
                 shown: UnlockDialog | None = None) -> GuiSession:
    """The session on the vault in ``root``, started, after the unlock window ``shown`` (if any)
    is on screen."""
    session = new_session(root, login, settings, preferences)
    session.start(shown)
    return session

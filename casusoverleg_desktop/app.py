"""Start of the GUI: the unlock window is shown first; the data layer and the composition root
(``composition.py``) are imported while it is on screen.

Nothing here may import ``services``, ``store`` or ``vault.vault`` at module level: that is what
keeps the first window quick (``tests/benchmarks``: ``startup_ratio``).
"""

from __future__ import annotations

import sys
import traceback
from contextlib import ExitStack
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from casusoverleg_desktop.errors import CasusoverlegError, VaultInUse
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.instance_lock import acquire_instance_lock
from casusoverleg_desktop.vault.paths import VaultPaths

from casusoverleg_desktop.ui.i18n import install_translators
from casusoverleg_desktop.ui.preferences import Preferences
from casusoverleg_desktop.ui.theme import apply_theme
from casusoverleg_desktop.ui.unlock_dialog import UnlockDialog
from casusoverleg_desktop.ui.widgets.screen_fit import keep_windows_on_screen


def create_application(argv: list[str] | None = None) -> QApplication:
    if QApplication.instance() is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Casusoverleg")
    app.setOrganizationName("casusoverleg")
    install_translators(app)
    apply_theme(app)
    keep_windows_on_screen(app)
    return app


# -- unexpected errors ------------------------------------------------------------------------------
class ExceptionReporter:
    """``sys.excepthook`` for the GUI: a Dutch message, no traceback, and the app keeps running.

    Only the exception's type and where it happened go to stderr, never its message or values
    (they may hold case content); nothing is written to a file.
    """

    def __init__(self) -> None:
        self.box: QMessageBox | None = None

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        where = ""
        if tb is not None:
            frame = traceback.extract_tb(tb)[-1]
            where = f" in {Path(frame.filename).name}:{frame.lineno}"
        print(f"casusoverleg: onverwachte fout ({exc_type.__name__}){where}", file=sys.stderr)
        if QApplication.instance() is None:
            return
        if isinstance(exc, CasusoverlegError):
            text = exc.message
        else:
            text = QApplication.translate(
                "Casusoverleg", "Er ging iets mis. Wat al was opgeslagen is veilig; probeer het nog eens. "
                "Gebeurt het opnieuw, sla dan uw werk op en start Casusoverleg opnieuw.")
        if self.box is not None and self.box.isVisible():
            return
        self.box = QMessageBox(QMessageBox.Icon.Warning, "Casusoverleg", text)
        self.box.setInformativeText(QApplication.translate("Casusoverleg", "Technische aanduiding: %1")
                                    .replace("%1", exc_type.__name__))
        self.box.open()


# -- start ------------------------------------------------------------------------------------------
def resolve_vault_dir(root: Path, preferences: Preferences) -> Path:
    """The folder chosen in the first-run wizard when the default was asked for and holds no vault."""
    if VaultPaths(root).exists():
        return root
    remembered = preferences.vault_dir()
    if (remembered is not None and root == Settings.default_vault_dir()
            and VaultPaths(remembered).exists()):
        return remembered
    return root


def run_gui(root: Path, login: str | None, passphrase: str | None) -> int:
    app = create_application()
    app.setQuitOnLastWindowClosed(False)
    sys.excepthook = ExceptionReporter()
    settings = Settings()
    preferences = Preferences(default_idle_minutes=settings.idle_lock_minutes)
    root = resolve_vault_dir(root, preferences)
    with ExitStack() as held:
        try:
            if VaultPaths(root).exists():  # a new vault is claimed once the first-run wizard made it
                held.enter_context(acquire_instance_lock(root))
        except VaultInUse as exc:
            print(f"casusoverleg: {exc.message}", file=sys.stderr)
            QMessageBox.critical(None, "Casusoverleg", exc.message)
            return exc.exit_code
        QTimer.singleShot(0, lambda: _remove_leftovers(root))  # once the first window is up
        return _run(app, root, login, passphrase, settings, preferences, held)


def _remove_leftovers(root: Path) -> None:
    """What a crashed run left behind (never another window's files: this one holds the vault)."""
    from casusoverleg_desktop.vault.leftovers import remove_leftovers  # not on the start's path

    remove_leftovers(root)


def _run(app: QApplication, root: Path, login: str | None, passphrase: str | None, settings: Settings,
         preferences: Preferences, held: ExitStack) -> int:
    if passphrase is None and VaultPaths(root).exists():
        return _run_unlocking(app, root, login, settings, preferences)

    from casusoverleg_desktop.composition import new_session, run_first_run

    first_vault = None
    if passphrase is None:
        wizard = run_first_run(root, settings)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.unlocked is None:
            return 0
        first_vault, root = wizard.unlocked, wizard.root or root
        preferences.set_vault_dir(root)
        held.enter_context(acquire_instance_lock(root))
    session = new_session(root, login, settings, preferences)
    session.finished.connect(app.quit)
    try:
        session.show(first_vault or session.access.unlock(login or "", passphrase or ""))
    except CasusoverlegError as exc:
        QMessageBox.critical(None, "Casusoverleg", exc.message)
        return exc.exit_code
    return _exec(app, [session])


def _run_unlocking(app: QApplication, root: Path, login: str | None, settings: Settings,
                   preferences: Preferences) -> int:
    start = UnlockFirst(root, login, settings, preferences)
    start.finished.connect(app.exit)
    start.show()
    return _exec(app, start.sessions)


class UnlockFirst(QObject):
    """The unlock window at once; the session, and the imports it needs, once the window is on
    screen. ``finished`` (exit code) when the user closes the window before that, or the vault
    cannot be opened at all; else the session's own ``finished``."""

    finished = Signal(int)
    PAINT_WAIT_MS = 400

    def __init__(self, root: Path, login: str | None, settings: Settings, preferences: Preferences) -> None:
        super().__init__()
        self._root, self._login = root, login
        self._settings, self._preferences = settings, preferences
        self.sessions: list = []
        self._handed_over = False
        self.dialog = UnlockDialog(root, login or "")
        self.dialog.rejected.connect(lambda: None if self._handed_over else self.finished.emit(0))

    def show(self) -> None:
        """Show the window; the session opens after its first paint, so that it is really on screen
        (a window system paints only when the event loop runs), or after ``PAINT_WAIT_MS``."""
        self.dialog.installEventFilter(self)
        self.dialog.show()
        QTimer.singleShot(self.PAINT_WAIT_MS, self.open_session)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.dialog and event.type() == QEvent.Type.Paint:
            self.dialog.removeEventFilter(self)
            QTimer.singleShot(0, self.open_session)
        return False

    def open_session(self) -> None:
        from casusoverleg_desktop.composition import open_session

        if self._handed_over or not self.dialog.isVisible():
            return
        self._handed_over = True  # from here on the session decides what closing the window means
        try:
            session = open_session(self._root, self._login, self._settings, self._preferences, self.dialog)
        except CasusoverlegError as exc:
            self.dialog.close()
            QMessageBox.critical(None, "Casusoverleg", exc.message)
            self.finished.emit(exc.exit_code)
            return
        session.finished.connect(lambda: self.finished.emit(0))
        self.sessions.append(session)


def _exec(app: QApplication, sessions: list) -> int:
    """Run the event loop; close the vault of any session still open when it ends."""
    code = app.exec()
    for session in sessions:
        if session.vault is not None:
            session.vault.close()
    return code

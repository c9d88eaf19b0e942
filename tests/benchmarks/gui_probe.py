"""Child process of the benchmark: one GUI measurement per process, offscreen.

``startup VAULT``  the real start (``python -m casusoverleg_desktop --vault VAULT``) until the
                   unlock dialog's ``showEvent``; prints ``SHOWN <time.time()>`` and exits at once.
``floor``          a bare PySide6 window, the same way: the floor any Qt app pays.
``lean``           the themed unlock form with only Qt-side modules imported (what deferring the
                   rest of the imports until after the window shows could reach).
``unlock MANIFEST REPEATS``   passphrase → main window through ``GuiSession``, alternately the first
                   unlock of a day (its daily backup is written in the background once the window
                   shows: also until it is complete, and the longest the event loop waited then)
                   and a later one.
``meeting MANIFEST REPEATS PAUSED``  opening the 40-item meeting in meeting mode and moving through
                   it: every item at once (nothing prepared), then PAUSED items each after a pause
                   in which the window prepares a spare screen (as in a real meeting), then with
                   PgDn held (auto-repeated key presses, each painted, no pause in between).
``rss MANIFEST [--keep-backups] [--pin-none]``   the first unlock of the day (with its automatic
                   backup, unless kept), the main window with every page visited; peak RSS from
                   ``getrusage``. ``--pin-none``: work around the PySide6/3.11 crash (``_pin_none``).
Everything but ``startup``/``floor`` prints one JSON line.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# BENCH_PROFILE=FILE: profile the whole probe with pyinstrument (``uv run --with pyinstrument``)
# and write the text report to FILE when the probe ends.
_PROFILER = None
if os.environ.get("BENCH_PROFILE"):
    from pyinstrument import Profiler

    _PROFILER = Profiler(interval=0.0005)
    _PROFILER.start()


def _exit() -> None:
    if _PROFILER is not None:
        _PROFILER.stop()
        with open(os.environ["BENCH_PROFILE"], "w", encoding="utf-8") as out:
            out.write(_PROFILER.output_text(unicode=True, color=False, show_all=False))
    os._exit(0)


def _shown() -> None:
    print(f"SHOWN {time.time():.6f}", flush=True)
    _exit()


def startup(vault: str) -> None:
    """The real entry point; only ``UnlockDialog.showEvent`` is wrapped to report the moment."""
    from casusoverleg_desktop.cli import main

    from casusoverleg_desktop.ui.unlock_dialog import UnlockDialog

    original = UnlockDialog.showEvent

    def show_event(self, event) -> None:
        original(self, event)
        _shown()

    UnlockDialog.showEvent = show_event
    main(["--vault", vault])
    raise SystemExit("the unlock dialog was never shown")


def floor() -> None:
    from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QVBoxLayout

    class Bare(QDialog):
        def showEvent(self, event) -> None:
            super().showEvent(event)
            _shown()

    app = QApplication(sys.argv[:1])
    dialog = Bare()
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Wachtwoord"))
    layout.addWidget(QLineEdit())
    dialog.show()
    app.exec()


def lean() -> None:
    """What a start with deferred imports could reach: the themed, translated unlock form with
    only Qt, the theme, the translations and the generated form imported (no SQLAlchemy, Alembic,
    cryptography or keyring before the window shows). An estimate for docs/performance.md."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDialog

    from casusoverleg_desktop.ui.forms.ui_unlock_dialog import Ui_UnlockDialog
    from casusoverleg_desktop.ui.i18n import install_translators
    from casusoverleg_desktop.ui.theme import apply_theme

    class Lean(QDialog):
        def showEvent(self, event) -> None:
            super().showEvent(event)
            _shown()

    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv[:1])
    install_translators(app)
    apply_theme(app)
    dialog = Lean()
    form = Ui_UnlockDialog()
    form.setupUi(dialog)
    dialog.show()
    app.exec()


# -- helpers shared by the vault-based probes ------------------------------------------------------
def _load(manifest: str):
    import json

    from synthetic import BuiltVault

    with open(manifest, encoding="utf-8") as handle:
        return BuiltVault.from_json(json.load(handle))


def _preferences(tmp: str):
    from PySide6.QtCore import QSettings

    from casusoverleg_desktop.ui.preferences import Preferences

    return Preferences(QSettings(os.path.join(tmp, "preferences.ini"), QSettings.Format.IniFormat))


def _settle(app) -> None:
    app.processEvents()
    app.processEvents()


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _current_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _pin_none() -> None:
    """Measurement workaround, never app code: PySide6 6.12 on CPython 3.11 loses a reference to
    ``None`` on each Python-side ``QModelIndex.data()`` that yields ``None`` (docs/performance.md,
    "A crash"); visiting every page of a large vault then aborts the process. Raising the count
    once lets the probe finish; it allocates nothing, so the RSS figure is unaffected."""
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def _session(built, tmp: str):
    from synthetic import CHAIR

    from casusoverleg_desktop.services.access import VaultAccess
    from casusoverleg_desktop.settings import Settings

    from casusoverleg_desktop.composition import window_factory
    from casusoverleg_desktop.ui.session import GuiSession

    # no keyring (the headless state, not probed); the daily backup after the window, as the app does
    access = VaultAccess(built.root, Settings(), None, backup_after_unlock=True)
    return GuiSession(access, CHAIR, _preferences(tmp), window_factory(access), idle_timeout_ms=3_600_000)


def _unlock_once(app, session, passphrase: str) -> tuple[float, float]:
    """Passphrase typed, Openen pressed → main window painted; (wall s, cpu s)."""
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = session.ask_unlock()
    _settle(app)
    dialog.ui.passphrase_edit.setText(passphrase)
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    wall, cpu = time.perf_counter(), time.process_time()
    ok.click()
    assert session.window is not None, dialog.ui.error_label.text()
    _settle(app)
    return time.perf_counter() - wall, time.process_time() - cpu


def _backup_done(app, vault) -> float:
    """Runs the event loop until the daily backup is complete; the longest turn it took (s)."""
    longest = 0.0
    while vault.daily_backup_running():
        turn = time.perf_counter()
        app.processEvents()
        time.sleep(0.002)  # a user's pace of events, not a busy loop competing for the GIL
        longest = max(longest, time.perf_counter() - turn - 0.002)
    return longest


def unlock(manifest: str, repeats: int) -> dict:
    import json
    import shutil
    import tempfile

    from synthetic import CHAIR_PASSPHRASE

    from casusoverleg_desktop.app import create_application

    built = _load(manifest)
    app = create_application()
    app.setQuitOnLastWindowClosed(False)
    tmp = tempfile.mkdtemp(prefix="bench-prefs-")
    results: dict[str, list[float]] = {"warm": [], "warm_cpu": [], "with_backup": [],
                                       "with_backup_cpu": [], "backup_done": [], "backup_stall": []}
    for n in range(repeats * 2):
        with_backup = n % 2 == 0  # alternate: the first unlock of a day writes the daily backup
        if with_backup:
            shutil.rmtree(built.root / "backups", ignore_errors=True)
        session = _session(built, tmp)  # a new session each time: the main window is built anew
        started = time.perf_counter()
        wall, cpu = _unlock_once(app, session, CHAIR_PASSPHRASE)
        key = "with_backup" if with_backup else "warm"
        results[key].append(wall)
        results[key + "_cpu"].append(cpu)
        if with_backup:
            stall = _backup_done(app, session.vault)
            results["backup_done"].append(time.perf_counter() - started)
            results["backup_stall"].append(stall)
            assert any((built.root / "backups").glob("auto-*.cobak")), "no daily backup was written"
        session.window.close()  # ends the session and closes its vault
        _settle(app)
    print(json.dumps(results), flush=True)
    _exit()


def rss(manifest: str) -> dict:
    import json
    import shutil
    import tempfile

    from synthetic import CHAIR_PASSPHRASE

    from casusoverleg_desktop.app import create_application
    from casusoverleg_desktop.composition import PAGES

    built = _load(manifest)
    app = create_application()
    app.setQuitOnLastWindowClosed(False)
    tmp = tempfile.mkdtemp(prefix="bench-prefs-")
    if "--pin-none" in sys.argv:
        _pin_none()
    with_backup = "--keep-backups" not in sys.argv  # kept: today's backup exists, none is written
    if with_backup:
        shutil.rmtree(built.root / "backups", ignore_errors=True)
    session = _session(built, tmp)
    _unlock_once(app, session, CHAIR_PASSPHRASE)
    _backup_done(app, session.vault)  # written in the background: its memory counts too
    window = session.window
    window.resize(1440, 900)
    _settle(app)

    def report(page: str) -> None:  # a line per step: a crash on a later page keeps the earlier figures
        print(json.dumps({"page": page, "peak_mb": _peak_rss_mb(), "current_mb": _current_rss_mb(),
                          "with_backup": with_backup}), flush=True)

    report(window.current_page_key() or "")
    for spec in PAGES:
        print(f"PAGE {spec.key}", flush=True)
        window.show_page(spec.key)
        _settle(app)
        report(spec.key)
    _exit()


def meeting(manifest: str, repeats: int, paused_switches: int) -> dict:
    import json

    from synthetic import CHAIR

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from casusoverleg_desktop.services.access import VaultSession
    from casusoverleg_desktop.settings import Settings
    from casusoverleg_desktop.vault.vault import open_with_data_keys

    from casusoverleg_desktop.app import create_application
    from casusoverleg_desktop.ui.meeting.meeting_mode_window import PREFETCH_MS, MeetingModeWindow
    from casusoverleg_desktop.ui.session import LiveVault

    built = _load(manifest)
    app = create_application()
    app.setQuitOnLastWindowClosed(False)
    vault = VaultSession(open_with_data_keys(built.root, built.data_keys, CHAIR, settings=Settings()))
    ctx = LiveVault(vault).context()
    opened, opened_cpu, switches, switches_cpu, inside, paused, paused_cpu = [], [], [], [], [], [], []
    held, held_cpu, released = [], [], []
    items = 0
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        window = MeetingModeWindow(ctx, built.big_meeting_id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        window.resize(1440, 900)
        window.show()
        _settle(app)  # first paint
        opened.append(time.perf_counter() - wall)
        opened_cpu.append(time.process_time() - cpu)
        items = len(window.session.agenda)
        window.switch_ms.clear()
        for _ in range(items - 1):  # first visit of every item, nothing prepared in a pause
            wall, cpu = time.perf_counter(), time.process_time()
            window.next_item()
            _settle(app)  # painted
            switches.append(time.perf_counter() - wall)
            switches_cpu.append(time.process_time() - cpu)
        inside.extend(ms / 1000 for ms in window.switch_ms)
        window.close()
        window.deleteLater()
        _settle(app)
        # as a chair moves on: a pause before each switch, in which a spare screen is prepared
        window = MeetingModeWindow(ctx, built.big_meeting_id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        window.resize(1440, 900)
        window.show()
        _settle(app)
        for _ in range(min(items - 1, paused_switches)):
            QTest.qWait(PREFETCH_MS + 150)
            wall, cpu = time.perf_counter(), time.process_time()
            window.next_item()
            _settle(app)
            paused.append(time.perf_counter() - wall)
            paused_cpu.append(time.process_time() - cpu)
        window.close()
        window.deleteLater()
        _settle(app)
        # PgDn held from the first item to the last: one press, then the keyboard's repeats
        window = MeetingModeWindow(ctx, built.big_meeting_id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        window.resize(1440, 900)
        window.show()
        _settle(app)
        QTest.qWait(PREFETCH_MS + 150)
        window.activateWindow()  # the item keys are the window's shortcuts
        QTest.qWaitForWindowActive(window)
        for n in range(items - 1):
            wall, cpu = time.perf_counter(), time.process_time()
            QTest.simulateEvent(window.focusWidget() or window, True, Qt.Key.Key_PageDown,
                                Qt.KeyboardModifier.NoModifier, "", n > 0)
            _settle(app)  # painted
            if n > 0:
                held.append(time.perf_counter() - wall)
                held_cpu.append(time.process_time() - cpu)
        wall = time.perf_counter()
        QTest.simulateEvent(window.focusWidget() or window, False, Qt.Key.Key_PageDown,
                            Qt.KeyboardModifier.NoModifier, "", False)
        while window.current_screen() is None:  # released: the last item's screen comes
            app.processEvents()
            time.sleep(0.001)
        _settle(app)
        released.append(time.perf_counter() - wall)
        assert window.current == items - 1, window.current
        window.close()
        window.deleteLater()
        _settle(app)
    vault.close()
    print(json.dumps({"items": items, "open": opened, "open_cpu": opened_cpu, "switch": switches,
                      "switch_cpu": switches_cpu, "switch_in_show_item": inside, "paused": paused,
                      "paused_cpu": paused_cpu, "held": held, "held_cpu": held_cpu,
                      "released": released}), flush=True)
    _exit()


if __name__ == "__main__":  # run as a script: Python puts this folder (and synthetic.py) on sys.path
    mode, args = sys.argv[1], sys.argv[2:]
    if mode == "startup":
        startup(args[0])
    elif mode == "floor":
        floor()
    elif mode == "lean":
        lean()
    elif mode == "unlock":
        unlock(args[0], int(args[1]))
    elif mode == "meeting":
        meeting(args[0], int(args[1]), int(args[2]))
    elif mode == "rss":
        rss(args[0])
    else:
        raise SystemExit(f"unknown mode {mode}")

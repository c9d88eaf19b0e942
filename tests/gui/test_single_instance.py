"""One running GUI per vault: a second start on the same vault is refused with a plain message;
a lock left by a crashed app does not block (the OS releases it)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.errors import VaultInUse
from casusoverleg_desktop.services.access import create_new_vault
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.instance_lock import LOCK_NAME, acquire_instance_lock

from casusoverleg_desktop.app import run_gui

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct paard batterij niet"
HOLD = ("import sys, time; from pathlib import Path\n"
        "from casusoverleg_desktop.vault.instance_lock import acquire_instance_lock\n"
        "lock = acquire_instance_lock(Path(sys.argv[1])); print('held', flush=True); time.sleep(60)")


def test_the_lock_is_one_holder_at_a_time_and_owner_only(vault_dir: Path) -> None:
    vault_dir.mkdir()
    first = acquire_instance_lock(vault_dir)
    with pytest.raises(VaultInUse) as refused:
        acquire_instance_lock(vault_dir)
    assert "al geopend op de kluis" in refused.value.message
    assert stat.S_IMODE((vault_dir / LOCK_NAME).stat().st_mode) == 0o600
    first.release()
    with acquire_instance_lock(vault_dir):
        pass
    acquire_instance_lock(vault_dir).release()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
def test_a_lock_held_by_another_process_refuses_and_a_crash_frees_it(vault_dir: Path) -> None:
    vault_dir.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(vault_dir)], cwd=REPO,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(VaultInUse):
            acquire_instance_lock(vault_dir)
    finally:
        os.kill(holder.pid, signal.SIGKILL)  # a crash: nobody releases the lock on purpose
        holder.wait(timeout=30)
    acquire_instance_lock(vault_dir).release()


def close_message_box_later(qtbot, seen: list[str]) -> None:
    """Read and close the message box that ``run_gui`` shows (modal) once it is up."""

    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.done(QMessageBox.StandardButton.Ok)
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(0, close)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
def test_a_second_gui_on_the_same_fresh_vault_is_refused(qtbot, tmp_path: Path, monkeypatch,
                                                          capsys) -> None:
    root = tmp_path / "kluis"
    create_new_vault(root, "voorzitter", Role.CHAIR, PASSPHRASE, settings=Settings(),
                     display_name="Marloes Dekkers", organisation="Gemeente Lindeveen")[0].close()
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config")}
    first = subprocess.Popen([sys.executable, "-m", "casusoverleg_desktop", "--vault", str(root)],
                             cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        waited = time.monotonic()
        while not (root / LOCK_NAME).exists():  # made just before the first GUI locks it
            assert first.poll() is None, first.communicate()[1]
            assert time.monotonic() - waited < 60, "the first GUI never claimed the vault"
            time.sleep(0.05)
        time.sleep(0.5)
        assert first.poll() is None, first.communicate()[1]  # the first GUI runs on

        monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
        monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
        seen: list[str] = []
        close_message_box_later(qtbot, seen)
        app = QApplication.instance()
        quits = app.quitOnLastWindowClosed()
        try:
            code = run_gui(root, None, None)
        finally:
            app.setQuitOnLastWindowClosed(quits)  # run_gui sets it for the real app
        assert code == VaultInUse.exit_code != 0
        assert len(seen) == 1 and "Casusoverleg is al geopend op de kluis" in seen[0], seen
        assert "al geopend" in capsys.readouterr().err
        assert first.poll() is None  # the running GUI is left alone
    finally:
        first.send_signal(signal.SIGKILL)  # a crash of the first GUI ...
        first.wait(timeout=30)
    acquire_instance_lock(root).release()  # ... leaves nothing that blocks the next start

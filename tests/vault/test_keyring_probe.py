"""Choosing the keyring backend starts no program: keyring's macOS backend, when imported on Linux,
runs ldconfig and gcc (ctypes.util.find_library) at every start. Checked in a fresh interpreter,
since this one may have imported every backend already."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith(("linux", "win32")),
                                reason="on macOS keyring's own choice is the native one")

# Records every program started through subprocess (what ctypes.util.find_library uses) or os.
PROBE = textwrap.dedent("""
    import os, subprocess, sys
    started = []
    class Recording(subprocess.Popen):
        def __init__(self, args, *rest, **kwargs):
            started.append(args)
            super().__init__(args, *rest, **kwargs)
    subprocess.Popen = Recording
    if hasattr(os, "posix_spawn"):
        real_spawn = os.posix_spawn
        def spawn(path, argv, *rest, **kwargs):
            started.append(argv)
            return real_spawn(path, argv, *rest, **kwargs)
        os.posix_spawn = spawn

    from casusoverleg_desktop.vault.secret_store import probe_keyring
    store, statement = probe_keyring()
    print("started:", started)
    print("macOS backend imported:", "keyring.backends.macOS" in sys.modules)
    print("statement:", statement)
""")


def _run_probe(tmp_path: Path) -> subprocess.CompletedProcess:
    # No session bus and a private home: the machine's real keyring is never touched.
    env = {key: value for key, value in os.environ.items()
           if key not in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "PYTHON_KEYRING_BACKEND",
                           "XDG_CONFIG_HOME")}
    env["HOME"] = str(tmp_path)
    return subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60,
                          env=env)


def test_selecting_the_keyring_starts_no_program(tmp_path: Path) -> None:
    result = _run_probe(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "started: []" in result.stdout, result.stdout
    assert "macOS backend imported: False" in result.stdout, result.stdout
    assert "Traceback" not in result.stderr


def test_without_a_keyring_the_probe_says_so_plainly(tmp_path: Path) -> None:
    result = _run_probe(tmp_path)
    assert "statement: Er is op dit apparaat geen werkende sleutelbos" in result.stdout, result.stdout


def test_a_backend_set_by_the_program_wins(memory_keyring) -> None:
    from casusoverleg_desktop.vault.secret_store import KeyringSecretStore

    store = KeyringSecretStore()
    store.put("entry", b"secret")
    assert memory_keyring.entries and store.get("entry") == b"secret"

"""The keyring slot against a real Secret Service (gnome-keyring on a private D-Bus session).

The in-memory keyring covers the logic; this proves the real OS path: probe, remember, unlock
without passphrase, forget. Skipped where gnome-keyring or dbus-run-session is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (shutil.which("gnome-keyring-daemon") and shutil.which("dbus-run-session")),
                       reason="gnome-keyring and dbus-run-session are not installed"),
]

SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from casusoverleg_desktop.domain.accounts import Role
    from casusoverleg_desktop.services.access import VaultAccess, create_new_vault
    from casusoverleg_desktop.settings import Settings
    from casusoverleg_desktop.vault.secret_store import probe_keyring

    root = Path(sys.argv[1])
    store, statement = probe_keyring()
    print("probe:", statement)
    assert store is not None, statement
    vault, _ = create_new_vault(root, "voorzitter", Role.CHAIR, "een lang wachtwoord", settings=Settings())
    access = VaultAccess(root, Settings(), store)
    access.set_remembered(vault, True)
    vault.close()
    opened = access.unlock_remembered("voorzitter")
    assert opened is not None and opened.user.login == "voorzitter"
    access.set_remembered(opened, False)
    opened.close()
    assert access.unlock_remembered("voorzitter") is None
    print("ok")
""")


def test_remember_and_forget_on_a_real_secret_service(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    script = tmp_path / "keyring_check.py"
    script.write_text(SCRIPT)
    command = (f"echo -n unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
               f"{sys.executable} {script} {tmp_path / 'kluis'}")
    result = subprocess.run(["dbus-run-session", "--", "sh", "-c", command], capture_output=True,
                            text=True, timeout=120, env={**os.environ, "HOME": str(home)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SecretService" in result.stdout and result.stdout.strip().endswith("ok")
    assert "Traceback" not in result.stderr

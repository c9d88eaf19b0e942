#!/usr/bin/env python3
"""Set up everything this checkout needs, then start the demo or run the tests.

    python3 installer/bootstrap.py setup    # only the environment (.venv, uv, system packages)
    python3 installer/bootstrap.py demo     # start the app on the demo vault (needs a desktop session)
    python3 installer/bootstrap.py test     # run the whole test suite (arguments go to pytest)
    python3 installer/bootstrap.py build    # the frozen app in dist/ (arguments go to installer/build.py)

Needs only Python 3.11, 3.12 or 3.13. Installs missing Debian packages (when run as root with apt-get;
otherwise it names them), uv into ./.tools, and the locked dependencies into ./.venv. Safe to run
again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / ".tools"
UV_VERSION = "0.13.9"
DEMO_DIR = ROOT / ".demo"
DEMO_PASSPHRASE = "wadmeer demo wachtwoord"
SUPPORTED_PYTHONS = ((3, 11), (3, 12), (3, 13))  # pyproject: requires-python >=3.11,<3.14
APT_LOCK_WAIT_S = 300  # right after boot, unattended upgrades may hold the apt lock for minutes

# Qt's xcb and offscreen platforms, and what the tests render and inspect with.
RUNTIME_PACKAGES = [
    "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1",
    "libglib2.0-0", "libdbus-1-3", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
    "libxcb-image0", "libxcb-render-util0", "libxcb-randr0", "libxcb-shape0", "libxcb-xkb1",
]
# poppler-utils: pdftoppm, pdftotext and pdfsig; libnss3-tools: certutil, for pdfsig's trust store.
TEST_PACKAGES = ["poppler-utils", "libnss3-tools", "xvfb", "xauth", "gnome-keyring", "dbus"]
# PyInstaller reads shared libraries with objdump; the GUI smoke test looks for windows with xwininfo.
BUILD_PACKAGES = ["binutils", "xvfb", "xauth", "x11-utils"]


def say(text: str) -> None:
    print(f"[bootstrap] {text}", flush=True)


def missing_debian_packages(names: list[str]) -> list[str]:
    if not shutil.which("dpkg-query"):
        return []
    missing = []
    for name in names:
        probe = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name],
                               capture_output=True, text=True)
        if "install ok installed" not in probe.stdout:
            missing.append(name)
    return missing


def ensure_system_packages(names: list[str]) -> None:
    missing = missing_debian_packages(names)
    if not missing:
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say("installing Debian packages: " + " ".join(missing))
        apt_get("update", "-qq")
        apt_get("install", "-y", "-qq", "--no-install-recommends", *missing)
    else:
        say("these system packages are missing; install them with:")
        say("  sudo apt-get install -y --no-install-recommends " + " ".join(missing))


def apt_get(*args: str) -> None:
    """apt-get, waiting for the apt lock another process holds (e.g. updates right after boot)."""
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    lock = f"DPkg::Lock::Timeout={APT_LOCK_WAIT_S}"
    deadline = time.monotonic() + APT_LOCK_WAIT_S
    while True:
        result = subprocess.run(["apt-get", "-o", lock, *args], env=env, capture_output=True, text=True)
        if result.returncode == 0:
            return
        locked = "lock" in (result.stderr + result.stdout).lower()
        if not locked or time.monotonic() > deadline:
            raise SetupFailed(f"apt-get {args[0]} failed: {result.stderr.strip() or result.stdout.strip()}"
                              + ("\nAnother program is still installing updates; wait until it is done "
                                 "and run this command again." if locked else ""))
        say("another program holds the apt lock (installing updates?); waiting …")
        time.sleep(10)


class SetupFailed(Exception):
    """A setup step failed; the message says what to do."""


def ensure_uv() -> str:
    found = shutil.which("uv")
    local = TOOLS / ("Scripts/uv.exe" if os.name == "nt" else "bin/uv")
    if local.exists():
        return str(local)
    if found:
        return found
    say(f"installing uv {UV_VERSION} into {TOOLS.name}/")
    subprocess.run([sys.executable, "-m", "venv", str(TOOLS)], check=True)
    pip = TOOLS / ("Scripts/pip.exe" if os.name == "nt" else "bin/pip")
    subprocess.run([str(pip), "install", "-q", f"uv=={UV_VERSION}"], check=True)
    return str(local)


def uv_env() -> dict[str, str]:
    return {**os.environ, "UV_PYTHON_DOWNLOADS": "never", "UV_PYTHON": sys.executable}


def sync(uv: str, *groups: str) -> None:
    extra = [arg for group in groups for arg in ("--group", group)]
    subprocess.run([uv, "sync", "--frozen", "--quiet", *extra], check=True, cwd=ROOT, env=uv_env())


def run_demo(uv: str, extra: list[str]) -> int:
    vault = DEMO_DIR / "kluis"
    run = [uv, "run", "--frozen", "casusoverleg"]
    if not vault.exists():
        DEMO_DIR.mkdir(exist_ok=True)
        say(f"creating the demo vault in {vault.relative_to(ROOT)}")
        subprocess.run([*run, "demo", "--vault", str(vault), "--passphrase-file", "-"],
                       input=DEMO_PASSPHRASE + "\n", text=True, check=True, cwd=ROOT,
                       env=uv_env())
    say(f"demo users: 'voorzitter' and 'notulist', passphrase: '{DEMO_PASSPHRASE}'")
    return subprocess.run([*run, "--vault", str(vault), "--user", "voorzitter",
                           "--passphrase-file", "-", *extra], input=DEMO_PASSPHRASE + "\n",
                          text=True, cwd=ROOT, env=uv_env()).returncode


def run_tests(uv: str, extra: list[str]) -> int:
    env = {**uv_env(), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([uv, "run", "--frozen", "pytest", *extra], cwd=ROOT, env=env).returncode


def run_build(uv: str, extra: list[str]) -> int:
    command = [uv, "run", "--frozen", "--group", "build", "python", "installer/build.py", *extra]
    return subprocess.run(command, cwd=ROOT, env=uv_env()).returncode


def desktop_session_missing() -> bool:
    """On Linux the GUI needs a display (X11 or Wayland); the tests run offscreen without one."""
    return (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"))


def main() -> int:
    if sys.version_info[:2] not in SUPPORTED_PYTHONS:
        say(f"Python {sys.version_info[0]}.{sys.version_info[1]} is not supported: use Python 3.11, "
            "3.12 or 3.13 (e.g. python3.12 installer/bootstrap.py …).")
        return 2
    if len(sys.argv) < 2 or sys.argv[1] not in {"demo", "test", "setup", "build"}:
        print(__doc__)
        return 2
    action, extra = sys.argv[1], sys.argv[2:]
    if action == "demo" and desktop_session_missing():
        say("the demo opens a window, and this session has no desktop (no DISPLAY or WAYLAND_DISPLAY). "
            "Run it in a desktop session, or use 'setup' or 'test' here.")
        return 2
    try:
        return run(action, extra)
    except (SetupFailed, subprocess.CalledProcessError) as exc:
        say(str(exc) if isinstance(exc, SetupFailed) else
            f"{' '.join(map(str, exc.cmd[:3]))} … stopped with exit code {exc.returncode}; see above.")
        return 1


def run(action: str, extra: list[str]) -> int:
    packages = RUNTIME_PACKAGES + {"test": TEST_PACKAGES, "build": BUILD_PACKAGES}.get(action, [])
    if sys.platform.startswith("linux"):
        ensure_system_packages(packages)
    uv = ensure_uv()
    sync(uv, *(["build"] if action == "build" else []))
    if action == "build":
        return run_build(uv, extra)
    if action == "demo":
        return run_demo(uv, extra)
    if action == "test":
        return run_tests(uv, extra)
    return 0


if __name__ == "__main__":
    sys.exit(main())

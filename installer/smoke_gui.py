"""Start the app's GUI on a virtual X screen, wait for its window, and say how long that took.

    python3 installer/smoke_gui.py dist/casusoverleg/casusoverleg                  # frozen app
    python3 installer/smoke_gui.py --unlock-window .venv/bin/python -m casusoverleg_desktop
    .venv/bin/python installer/smoke_gui.py --screenshot shot.png dist/casusoverleg/casusoverleg

Makes a throw-away vault with the same program (``init``), starts Xvfb (1440x900), runs the GUI on
it — opened with ``--passphrase-file`` (main window) or, with ``--unlock-window``, waiting at the
unlock dialog — and polls ``xwininfo`` until a visible window titled "...Casusoverleg..." exists.
Exit 0 when it came up within ``--timeout`` seconds and the program was still running, else 1.
Needs Xvfb and xwininfo (Debian: xvfb, x11-utils); the screenshot needs Pillow with XCB (the
project's environment has it).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "rookproef op een virtueel scherm"
WINDOW = re.compile(r'^\s*(0x[0-9a-f]+) "([^"]*Casusoverleg[^"]*)"', re.MULTILINE)


def start_xvfb() -> tuple[subprocess.Popen, str]:
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1440x900x24",
                             "-nolisten", "tcp"], pass_fds=(write_end,), stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        xvfb.kill()
        raise SystemExit("Xvfb did not start.")
    return xvfb, f":{number}"


def visible_windows(display: str) -> list[str]:
    env = {**os.environ, "DISPLAY": display}
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=env).stdout
    titles = []
    for window_id, title in WINDOW.findall(tree):
        state = subprocess.run(["xwininfo", "-id", window_id], capture_output=True, text=True, env=env).stdout
        if "IsViewable" in state:
            titles.append(title)
    return titles


def screenshot(display: str, out: Path) -> None:
    from PIL import ImageGrab

    ImageGrab.grab(xdisplay=display).save(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unlock-window", action="store_true", help="start without a passphrase file")
    parser.add_argument("--screenshot", type=Path, help="save the screen as PNG when the window is up")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--settle", type=float, default=2.0, help="seconds to wait after the window")
    parser.add_argument("command", nargs=argparse.REMAINDER,
                        help="the program, e.g. dist/casusoverleg/casusoverleg")
    args = parser.parse_args()
    if not args.command:
        parser.error("name the program to start")
    for tool in ("Xvfb", "xwininfo"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing (Debian: apt-get install xvfb x11-utils).")

    with tempfile.TemporaryDirectory(prefix="casusoverleg-smoke-") as tmp:
        vault, secret = Path(tmp) / "kluis", Path(tmp) / "wachtwoord.txt"
        secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
        subprocess.run([*args.command, "init", "--vault", str(vault), "--user", "rookproef", "--role",
                        "chair", "--passphrase-file", str(secret)], check=True, stdout=subprocess.DEVNULL)
        gui = [*args.command, "--vault", str(vault), "--user", "rookproef"]
        if not args.unlock_window:
            gui += ["--passphrase-file", str(secret)]
        xvfb, display = start_xvfb()
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        started = time.perf_counter()
        app = subprocess.Popen(gui, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            titles: list[str] = []
            while not titles and app.poll() is None and time.perf_counter() - started < args.timeout:
                time.sleep(0.05)
                titles = visible_windows(display)
            elapsed = time.perf_counter() - started
            if titles:
                time.sleep(args.settle)
                if args.screenshot:
                    screenshot(display, args.screenshot)
            running = app.poll() is None
        finally:
            app.terminate()
            try:
                output, _ = app.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                app.kill()
                output, _ = app.communicate()
            xvfb.terminate()
            xvfb.wait(timeout=10)
    if titles and running:
        print(f"window {titles[0]!r} visible after {elapsed:.2f} s on {display}")
        return 0
    print(f"no window within {args.timeout:.0f} s (program {'running' if running else 'ended'})",
          file=sys.stderr)
    print(output, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())

"""Second process of the busy and concurrency tests: opens the vault as crash_writer.py does.

Usage: python busy_peer.py VAULT LOGIN MODE ARG < data keys (JSON: generation → hex), as the
test fixtures open a vault without paying Argon2id. Prints ``open`` once it has the vault.
- ``hold SECONDS``: takes the write lock, prints ``held``, keeps it SECONDS, commits, prints ``released``.
- ``write COUNT``: commits COUNT small numbered rows (search index, type ``peer``), printing each
  number, 5 ms apart.
- ``rotate -``: tries to rotate the data key; prints ``rotated``, or ``refused;`` and why (another
  window or process has the vault open).
"""

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casusoverleg_desktop.errors import VaultInUse
from casusoverleg_desktop.services.access import VaultSession
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store import search
from casusoverleg_desktop.vault.vault import OpenVault, open_with_data_keys, utc_now

REPO = Path(__file__).resolve().parents[2]


def start_peer(vault: OpenVault, mode: str, arg: str, ready: str) -> subprocess.Popen[str]:
    """For the tests: this script on ``vault`` in a second process, once it printed ``ready``."""
    child = subprocess.Popen(
        [sys.executable, __file__, str(vault.paths.root), vault.user.login, mode, arg], cwd=REPO,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdin is not None and child.stdout is not None and child.stderr is not None
    keys = {generation: key.hex() for generation, key in vault._data_keys.items()}
    child.stdin.write(json.dumps(keys) + "\n")
    child.stdin.close()
    for expected in ("open", ready):
        line = child.stdout.readline().strip()
        if not line.startswith(expected):
            child.kill()
            pytest.fail(f"peer said {line!r}, not {expected!r}: {child.stderr.read()}")
    return child


def finish(child: subprocess.Popen[str]) -> str:
    """For the tests: what the peer printed after ``ready``, once it ended well."""
    assert child.stdout is not None and child.stderr is not None
    child.wait(timeout=120)
    out, err = child.stdout.read(), child.stderr.read()
    assert child.returncode == 0, err
    return out


def main() -> None:
    root, login, mode, arg = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    given = json.loads(sys.stdin.readline())
    keys = {int(generation): bytes.fromhex(key) for generation, key in given.items()}
    vault = VaultSession(open_with_data_keys(root, keys, login, settings=Settings()))
    print("open", flush=True)
    if mode == "hold":
        with vault.unit_of_work(login, utc_now) as session:
            search.index_text(session, "peer", 0, "vast", "de schrijfblokkade vasthouden")
            session.flush()
            print("held", flush=True)
            time.sleep(float(arg))
        print("released", flush=True)
    elif mode == "write":
        for number in range(1, int(arg) + 1):
            with vault.unit_of_work(login, utc_now) as session:
                search.index_text(session, "peer", number, "nummer", f"rij nummer {number}")
            print(number, flush=True)
            time.sleep(0.005)  # a steady writer, still busy while the other side writes
    elif mode == "rotate":
        try:
            vault.vault.rotate_key()
        except VaultInUse as exc:
            print(f"refused; {exc.message}", flush=True)
        else:
            print("rotated", flush=True)
    vault.close()


if __name__ == "__main__":
    main()

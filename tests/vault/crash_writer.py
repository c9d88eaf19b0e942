"""Child process of the crash test: open the vault, then commit numbered rows until killed.

Usage: python crash_writer.py VAULT LOGIN < passphrase. Prints ``open`` once, then each number
right after its transaction committed.
"""

import sys
from pathlib import Path

from casusoverleg_desktop.services.access import VaultSession
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store import search
from casusoverleg_desktop.vault.vault import unlock, utc_now

SETTINGS = Settings()


def main() -> None:
    root, login = Path(sys.argv[1]), sys.argv[2]
    vault = VaultSession(unlock(root, login, sys.stdin.readline().rstrip("\n"), settings=SETTINGS))
    print("open", flush=True)
    number = 0
    while True:
        number += 1
        with vault.unit_of_work(login, utc_now) as session:
            search.index_text(session, "crash", number, "nummer",
                              f"rij nummer {number} " + "opvulling " * (20 + number % 50))
        print(number, flush=True)


if __name__ == "__main__":
    main()

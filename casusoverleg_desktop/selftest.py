"""``casusoverleg selftest``: prove this installation works, on a temporary vault.

It touches everything a broken install or a frozen build tends to lose: SQLCipher, the Argon2id
KDF, migrations shipped as data files, FTS5, the backup API and restore.
"""

from __future__ import annotations

import secrets
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.store import search
from casusoverleg_desktop.store.accounts import Role
from casusoverleg_desktop.vault.backup import restore_backup
from casusoverleg_desktop.vault.vault import create_vault, unlock


class SelftestFailed(CasusoverlegError):
    pass


def run_selftest() -> Iterator[str]:
    passphrase = secrets.token_urlsafe(16)
    marker = "zelftest reünie " + secrets.token_hex(4)
    with tempfile.TemporaryDirectory(prefix="casusoverleg-selftest-") as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        vault, _ = create_vault(root / "kluis", "zelftest", Role.CHAIR, passphrase)
        yield f"kluis aangemaakt ({time.perf_counter() - started:.2f} s)"
        with vault.sessions.begin() as session:
            search.index_text(session, "selftest", 1, "tekst", marker)
        vault.close()

        vault = unlock(root / "kluis", "zelftest", passphrase)
        with vault.sessions() as session:
            if not search.search(session, "reunie"):
                raise SelftestFailed("Zelftest: zoeken zonder accenten vindt de tekst niet.")
        yield "versleuteld schrijven, openen en zoeken werken"
        vault.write_backup(root / "zelftest.cobak")
        vault.close()
        yield "back-up geschreven"

        restore_backup(root / "zelftest.cobak", root / "teruggezet", passphrase)
        restored = unlock(root / "teruggezet", "zelftest", passphrase)
        with restored.sessions() as session:
            hits = search.search(session, marker.split()[-1])
        restored.close()
        if not hits:
            raise SelftestFailed("Zelftest: de teruggezette kluis mist de geschreven tekst.")
        yield "back-up teruggezet en gecontroleerd"

"""A writer killed with SIGKILL mid-stream loses no committed transaction and leaves a sound vault."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from vault_testkit import CHAIR, PASSPHRASE

from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.vault import unlock

SETTINGS = Settings()

WRITER = Path(__file__).with_name("crash_writer.py")
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
@pytest.mark.parametrize("kill_after", [40, 1500])
def test_sigkill_loses_no_committed_transaction(created, kill_after: int) -> None:
    vault, _ = created
    vault.close()
    root = vault.paths.root
    child = subprocess.Popen(
        [sys.executable, str(WRITER), str(root), CHAIR], cwd=REPO,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.close()
        assert child.stdout.readline().strip() == "open", child.stderr.read()
        reported = 0
        while reported < kill_after:
            line = child.stdout.readline()
            assert line, f"writer stopped early: {child.stderr.read()}"
            reported = int(line)
        os.kill(child.pid, signal.SIGKILL)  # while it keeps writing: it never waits for us
        child.wait(timeout=30)
        for line in child.stdout:  # numbers printed after our last read were committed too
            reported = max(reported, int(line))
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    assert (root / "casusoverleg.db-wal").exists()  # a hot write-ahead log is left to recover

    reopened = unlock(root, CHAIR, PASSPHRASE, settings=SETTINGS)
    try:
        with reopened.engine.connect() as conn:
            numbers = [r[0] for r in conn.exec_driver_sql(
                "SELECT entity_id FROM search_index WHERE entity_type = 'crash' ORDER BY entity_id")]
            cipher_check = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
            structure = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
            # FTS5's own check raises when the index disagrees with its content.
            conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
    finally:
        reopened.close()
    assert numbers == list(range(1, len(numbers) + 1)), "a gap: a committed row went missing"
    assert len(numbers) >= reported
    assert cipher_check == []
    assert structure == [("ok",)]

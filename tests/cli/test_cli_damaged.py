"""``casusoverleg backup`` on a vault with a damaged page (issue 15, point 3), as a real process from
a fresh ``init``: a non-zero exit, a Dutch message naming the newest good automatic backup, no file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli_process import cli

pytestmark = pytest.mark.slow

PASSPHRASE = "correct paard batterij niet"



def test_backup_of_a_damaged_vault_fails_and_names_the_good_backup(tmp_path: Path) -> None:
    vault, secret = tmp_path / "kluis", tmp_path / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert cli("init", "--vault", vault, "--user", "voorzitter", "--role", "chair",
               "--passphrase-file", secret).returncode == 0
    assert cli("unlock-check", "--vault", vault, "--passphrase-file", secret).returncode == 0
    [daily] = (vault / "backups").iterdir()  # the first unlock of the day made it

    db = vault / "casusoverleg.db"
    data = bytearray(db.read_bytes())
    data[2 * 4096 + 2048:2 * 4096 + 2064] = bytes(16)  # page 3
    db.write_bytes(bytes(data))
    before = sorted(p.name for p in vault.rglob("*"))

    out = tmp_path / "handmatig.cobak"
    result = cli("backup", "--vault", vault, "--passphrase-file", secret, "--out", out)
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    assert "de database van de kluis zelf is beschadigd" in result.stderr, result.stderr
    assert f"De nieuwste goede automatische back-up is {daily}." in result.stderr
    assert not out.exists()
    assert sorted(p.name for p in vault.rglob("*")) == before, "a file was left behind"

    command = re.search(r'casusoverleg restore --from "(.+?)" --vault NIEUWE-MAP', result.stderr)
    assert command is not None, result.stderr
    restored = tmp_path / "nieuw"
    result = cli("restore", "--from", command.group(1), "--vault", restored, "--passphrase-file", secret)
    assert result.returncode == 0, result.stderr
    assert cli("unlock-check", "--vault", restored, "--passphrase-file", secret).returncode == 0

"""`casusoverleg import` refuses what no export holds with a Dutch message and exit 2 — never
"onverwachte fout" (exit 3) or a traceback — and writes nothing to the vault."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from exchange_sample import rich_document
from sqlalchemy import func, select
from vault_admin_kit import new_vault, work_on

from casusoverleg_desktop.cli import main
from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.services.access import VaultAccess
from casusoverleg_desktop.services.exchange.validation import MAX_FILE_BYTES, MAX_PROBLEMS_SHOWN
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store.schema import metadata

PASSPHRASE = "correct paard batterij niet"


@pytest.fixture(scope="module")
def vault_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("cli-import") / "kluis"
    vault, _code = new_vault(root, "voorzitter", Role.CHAIR, PASSPHRASE, display_name="Voorzitter")
    vault.close()
    (root.parent / "wachtwoord.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    yield root


def rows(root: Path) -> dict[str, int]:
    """Row counts of every table (audit trail included) and a hash of the database file."""
    session = VaultAccess(root, Settings(), None).unlock("voorzitter", PASSPHRASE)
    try:
        with work_on(session) as unit:
            counts = {table.name: unit.scalar(select(func.count()).select_from(table))
                      for table in metadata.sorted_tables}
    finally:
        session.close()
    return counts


def run_import(root: Path, source: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["import", "--vault", str(root), "--passphrase-file", str(root.parent / "wachtwoord.txt"),
                 str(source)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "onverwachte fout" not in err, err
    return code, err


def rich_with(raw: str, *path: str | int) -> str:
    """The sample export as JSON text with ``raw`` (JSON text) as the value at ``path``."""
    document = rich_document()
    target = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = "@@here@@"
    return json.dumps(document, ensure_ascii=False).replace('"@@here@@"', raw)


CASE, STEP, SLOT = ("cases", 0, "purpose"), ("cases", 0, "transitions", 0, "at"), (
    "meetings", 0, "agenda", 4, "slot_minutes")
# (the document's JSON text, what stderr says)
DOCUMENTS = {
    "lone surrogate, escaped": (
        rich_with(r'"\ud800"', *CASE), "cases[0].purpose: tekst bevat een ongeldig teken"),
    "lone surrogate as bytes": (rich_with('"\ud800"', *CASE), "geen UTF-8-tekst"),
    "year 10000": (rich_with('"10000-01-01"', "cases", 0, "opened_on"),
                   "cases[0].opened_on: '10000-01-01' is geen geldige datum"),
    "moment that overflows in UTC": (
        rich_with('"9999-12-31T23:59:59-14:00"', *STEP),
        "cases[0].transitions[0].at: '9999-12-31T23:59:59-14:00' is geen geldig tijdstip"),
    "huge offset": (rich_with('"2025-01-06T09:00:00+99:00"', *STEP), "is geen geldig tijdstip"),
    "integer 2^63": (rich_with(str(2**63), *SLOT), "meetings[0].agenda[4].slot_minutes: getal is te groot"),
    "4,400 digits": (rich_with("7" * 4400, *SLOT), "meer dan 4300 cijfers"),
    "nesting of 1,000 levels": (rich_with("[" * 1000 + "]" * 1000, *CASE), "te diep genest"),
    "many problems": (rich_with(json.dumps([{"x": n} for n in range(200)]), "cases"),
                      "Import geweigerd: 1200 problemen gevonden"),
}


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS.values(), ids=DOCUMENTS)
def test_a_document_beyond_the_limits_is_refused_with_exit_2(vault_dir, tmp_path, capsys, text, expected):
    source = tmp_path / "import.json"
    source.write_bytes(text.encode("utf-8", "surrogatepass"))
    before = rows(vault_dir)
    code, err = run_import(vault_dir, source, capsys)
    assert (code, expected in err) == (2, True), err
    assert "niets opgeslagen" in err
    assert err.count("\n") <= MAX_PROBLEMS_SHOWN + 2, "every problem printed"
    assert rows(vault_dir) == before


def test_a_file_over_the_size_limit_is_refused_with_exit_2(vault_dir, tmp_path, capsys):
    huge = tmp_path / "groot.json"
    with huge.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    before = rows(vault_dir)
    code, err = run_import(vault_dir, huge, capsys)
    assert (code, "groter dan 256 MB" in err) == (2, True), err
    assert rows(vault_dir) == before


def test_a_keyslot_file_that_is_a_folder_is_refused_with_exit_2(vault_dir, tmp_path, capsys):
    root = tmp_path / "kluis"
    shutil.copytree(vault_dir, root)
    db_hash = hashlib.sha256((root / "casusoverleg.db").read_bytes()).hexdigest()
    (root / "keyslots.json").unlink()
    (root / "keyslots.json").mkdir()
    (tmp_path / "wachtwoord.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    source = tmp_path / "leeg.json"
    source.write_text(json.dumps(rich_document()), encoding="utf-8")
    code, err = run_import(root, source, capsys)
    assert (code, "keyslots.json is een map in plaats van een bestand" in err) == (2, True), err
    assert hashlib.sha256((root / "casusoverleg.db").read_bytes()).hexdigest() == db_hash

"""Vaults frozen at every earlier schema revision open with today's code, migrate and keep their content.

Each folder in ``frozen_vaults/`` is a vault made with the code of the commit where that revision
was the newest (``frozen_vaults/README.md`` says how). A copy is opened through the command line,
as a user would, and must arrive at the newest revision with its audit trail intact, every row it
had, its users, cases and meetings, and a recovery code that still works.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from casusoverleg_desktop.cli import main
from casusoverleg_desktop.store import migrate
from casusoverleg_desktop.store.engine import Cipher, connect_raw
from casusoverleg_desktop.vault.keyslots import KeySlotFile, SlotKind

FROZEN = Path(__file__).with_name("frozen_vaults")
PASSPHRASE = "correct paard batterij niet"  # both users of every frozen vault: voorzitter, notulist
NEW_PASSPHRASE = "na herstel een nieuwe zin"

DEMO_CASES = ("WM-2026-007", "WM-2026-031", "WM-2026-034", "WM-2026-038", "WM-2026-041")
DEMO_MEETINGS = (
    "1\t2026-10-06\tweegploeg\tgehouden", "2\t2026-10-22\tico_mdo\tgehouden",
    "3\t2026-11-19\tico_mdo\tgehouden", "4\t2026-12-08\tweegploeg\tgepland",
    "5\t2026-12-17\tico_mdo\tin_voorbereiding",
)


@dataclass(frozen=True)
class Frozen:
    """What the vault held when it was made (the old program's own listings)."""

    recovery_code: str
    cases: tuple[str, ...] = ()
    partners: int = 0
    meetings: tuple[str, ...] = ()  # 'id<TAB>date<TAB>type<TAB>status', as `casusoverleg meetings` prints
    kept: dict[str, int] = field(default_factory=dict)  # tables whose rows must survive, with a minimum


FROZEN_VAULTS = {
    "0001": Frozen("GRH4-3P7G-32J8-6FMN-FZ62-XKNV-KAY3-187G"),
    "0002": Frozen("6H63-52JS-Q3ZV-V9KT-HMFX-7B9K-HR6J-177J", cases=("LV-2025-002",), partners=2,
                   meetings=("1\t2025-01-20\tico_mdo\tgehouden", "2\t2025-02-17\tico_mdo\tgehouden"),
                   kept={"minutes_version": 1, "audit_entry": 30}),
    "0003": Frozen("VFRD-BES3-BNZ0-7J4Y-2AC9-ZTFZ-EXFA-T6BJ", DEMO_CASES, 12, DEMO_MEETINGS,
                   {"signing_credential": 2, "vault_authority": 1}),
    "0004": Frozen("JX0A-V7PD-6BZ9-WKDR-03P0-QZVZ-5WME-SPQA", DEMO_CASES, 12, DEMO_MEETINGS),
    "0005": Frozen("T1C6-P9X5-TQHJ-A3K3-RNMT-YKC4-TJKN-8BGT", DEMO_CASES, 12, DEMO_MEETINGS,
                   {"balance_sheet": 2, "balance_entry": 10}),
    # The minute taker's signed minutes of meeting 2 are kept in the vault (two revisions).
    "0006": Frozen("K101-KZ3X-GDJK-Z3ER-6G9S-0B2Y-715T-S4RC", DEMO_CASES, 12, DEMO_MEETINGS,
                   {"minutes_document": 2}),
    "0007": Frozen("2665-HMH4-5BB9-AEDN-CMSH-C80N-BNSF-2M9X", DEMO_CASES, 12, DEMO_MEETINGS,
                   {"minutes_document": 3, "meeting_record": 1}),
    # Own keys, sealed signing keys, sealed audit entries and the audit anchor beside the database.
    "0008": Frozen("Y41E-HHTZ-W8NT-HX5G-C51V-27M6-B9A1-N7Z3", DEMO_CASES, 12, DEMO_MEETINGS,
                   {"minutes_document": 3, "meeting_record": 1, "signing_credential": 2}),
    # The privacy tables of 0009 (legal bases, retention, requests, families) beside the rest.
    "0009": Frozen("ANDN-TGPP-3HN9-DC08-PFZY-Y3AS-S6DY-648N", DEMO_CASES, 12, DEMO_MEETINGS,
                   {"minutes_document": 3, "meeting_record": 1, "signing_credential": 2}),
    # The chain of 0010 (municipalities, versions, routes, reporters on routes) beside the rest.
    "0010": Frozen("BVFM-X2W9-KBHP-244X-HK0S-9VQM-S3ZS-9YAB", DEMO_CASES, 15, DEMO_MEETINGS,
                   {"minutes_document": 3, "meeting_record": 1, "signing_credential": 2,
                    "municipality": 2, "signalling_route": 7}),
}


def frozen_revisions() -> list[str]:
    return sorted(p.name for p in FROZEN.iterdir() if p.is_dir() and p.name.isdigit())


def cli(capsys: pytest.CaptureFixture[str], *args: object) -> str:
    """``casusoverleg ARGS`` in this process; its standard output, after checking it succeeded."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 0, f"casusoverleg {args[0]} ended with exit {code}: {err.strip()}"
    return out


def data_key(root: Path) -> tuple[bytes, Cipher]:
    slots = KeySlotFile.from_bytes((root / "keyslots.json").read_bytes())
    keys = slots.open_with(PASSPHRASE, SlotKind.PASSPHRASE, "voorzitter").data_keys
    return keys[max(keys)], slots.cipher


def table_rows(root: Path, key: tuple[bytes, Cipher]) -> tuple[str, dict[str, int]]:
    """The schema revision and the row count of every table, read straight from the database."""
    conn = connect_raw(root / "casusoverleg.db", *key)
    try:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        rows = {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables}
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    return revision, rows


@pytest.fixture
def secret_files(tmp_path: Path) -> dict[str, Path]:
    files = {"passphrase": PASSPHRASE, "new": NEW_PASSPHRASE}
    for name, text in files.items():
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    return {name: tmp_path / f"{name}.txt" for name in files}


def copy_of(revision: str, tmp_path: Path) -> Path:
    return Path(shutil.copytree(FROZEN / revision, tmp_path / f"kluis-{revision}"))


def test_every_earlier_schema_revision_has_a_frozen_vault() -> None:
    """A new migration makes the previous head an earlier revision: freeze a vault of it
    (frozen_vaults/recipe/build.sh) and describe it in FROZEN_VAULTS and the README."""
    head = migrate.head_revision()
    earlier = sorted(set(migrate.known_revisions()) - {head})
    assert not set(earlier) - set(frozen_revisions()), (
        f"no frozen vault for revision(s) {sorted(set(earlier) - set(frozen_revisions()))}: see "
        "tests/store/frozen_vaults/README.md")
    assert set(frozen_revisions()) == set(FROZEN_VAULTS)


@pytest.mark.parametrize("revision", frozen_revisions())
def test_a_frozen_vault_migrates_and_keeps_its_content(revision: str, tmp_path: Path, secret_files,
                                                       capsys) -> None:
    frozen = FROZEN_VAULTS[revision]
    vault = copy_of(revision, tmp_path)
    key = data_key(vault)
    before_revision, before = table_rows(vault, key)
    assert before_revision == revision
    opened = ["--vault", vault, "--passphrase-file", secret_files["passphrase"]]

    # Opening without --user finds the user whose passphrase it is; the first open migrates.
    assert cli(capsys, "unlock-check", *opened).startswith("De kluis opent voor voorzitter")
    verdict = cli(capsys, "audit-verify", *opened, "--user", "voorzitter")
    assert verdict.startswith("De audittrail is intact: ")

    after_revision, after = table_rows(vault, key)
    assert after_revision == migrate.head_revision()
    lost = {table: f"{count} → {after.get(table, 'table gone')}" for table, count in before.items()
            if after.get(table, 0) < count}
    assert not lost, f"rows lost in migrating {revision}: {lost}"
    short = {table: after.get(table, 0) for table, least in frozen.kept.items()
             if after.get(table, 0) < least}
    assert not short, f"fewer rows than the vault was made with: {short}"

    listed = cli(capsys, "meetings", *opened, "--user", "notulist").splitlines()  # the second user too
    assert ["\t".join(line.split("\t")[:4]) for line in listed] == list(frozen.meetings)
    cli(capsys, "export-json", *opened, "--user", "voorzitter", "--out", tmp_path / "inhoud.json")
    content = json.loads((tmp_path / "inhoud.json").read_text(encoding="utf-8"))
    assert tuple(case["code"] for case in content["cases"]) == frozen.cases
    assert len(content["partners"]) == frozen.partners


@pytest.mark.parametrize("revision", frozen_revisions())
def test_the_recovery_code_of_a_frozen_vault_still_works(revision: str, tmp_path: Path, secret_files,
                                                         capsys) -> None:
    vault = copy_of(revision, tmp_path)
    (tmp_path / "herstel.txt").write_text(FROZEN_VAULTS[revision].recovery_code + "\n", encoding="utf-8")
    cli(capsys, "recover", "--vault", vault, "--user", "voorzitter",
        "--recovery-file", tmp_path / "herstel.txt", "--new-passphrase-file", secret_files["new"])
    out = cli(capsys, "unlock-check", "--vault", vault, "--user", "voorzitter",
              "--passphrase-file", secret_files["new"])
    assert out.startswith("De kluis opent voor voorzitter")

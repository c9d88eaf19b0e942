"""No secret or personal text in clear in any file of the vault, while open and after close."""

from __future__ import annotations

from pathlib import Path

import pytest
from vault_admin_kit import new_vault, work_on
from vault_testkit import PASSPHRASE

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store import search
from casusoverleg_desktop.store.engine import connect_raw
from casusoverleg_desktop.vault.vault import OpenVault, unlock

SETTINGS = Settings()

MARKER = "Zwaluwstaartgeheim Reünie-7319 Oosterkwartier"
LOGIN = "marloes.dekkers"
DISPLAY_NAME = "Marloes Zwaluwstaart-Dekkers"
ORGANISATION = "Veiligheidshuis Kwakkelstad"


def forbidden_needles(data_key: bytes, recovery_code: str) -> dict[str, bytes]:
    needles = {
        "marker": MARKER.encode(), "marker word": b"Zwaluwstaartgeheim",
        "folded token": b"zwaluwstaartgeheim", "marker number": b"Reunie-7319",
        "login": LOGIN.encode(), "display name": DISPLAY_NAME.encode(),
        "organisation": ORGANISATION.encode(), "passphrase": PASSPHRASE.encode(),
        "recovery code": recovery_code.encode(),
        "recovery code (no dashes)": recovery_code.replace("-", "").encode(),
        "data key": data_key, "data key (hex)": data_key.hex().encode(),
        "data key (HEX)": data_key.hex().upper().encode(),
    }
    needles["marker (utf-16)"] = MARKER.encode("utf-16-le")
    return needles


def leaks(root: Path, needles: dict[str, bytes]) -> list[str]:
    """Every (file, needle) pair where the needle occurs in the raw bytes of a file under root."""
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        found += [f"{path.relative_to(root)}: {name}" for name, needle in needles.items()
                  if needle in raw]
    return found


def write_marker(vault: OpenVault, entity_id: int) -> None:
    with work_on(vault) as session:
        search.index_text(session, "note", entity_id, "body", f"{MARKER} {entity_id}")


@pytest.fixture
def personal_vault(tmp_path: Path):
    vault, code = new_vault(tmp_path / "kluis", LOGIN, Role.CHAIR, PASSPHRASE,
                               display_name=DISPLAY_NAME, organisation=ORGANISATION)
    yield vault, code, vault._data_keys[1]
    vault.close()


def test_the_scan_finds_text_in_a_plain_sqlite_file(tmp_path: Path) -> None:
    """Positive control: the scanner does see the marker when a database is not encrypted."""
    plain = connect_raw(tmp_path / "plain.db", None)
    plain.execute("CREATE TABLE t (body TEXT)")
    plain.execute("INSERT INTO t VALUES (?)", (MARKER,))
    plain.close()
    assert leaks(tmp_path, {"marker": MARKER.encode()}) == ["plain.db: marker"]


def test_no_plaintext_in_any_vault_file_open_closed_and_in_backups(personal_vault, tmp_path: Path) -> None:
    vault, code, data_key = personal_vault
    root = vault.paths.root
    needles = forbidden_needles(data_key, code)
    for entity_id in range(1, 60):
        write_marker(vault, entity_id)

    # Open, with committed transactions still in the write-ahead log.
    assert (root / "casusoverleg.db-wal").stat().st_size > 0
    assert (root / "casusoverleg.db-shm").exists()
    assert leaks(root, needles) == []

    # Open, in the middle of an uncommitted write transaction.
    with work_on(vault) as session:
        for entity_id in range(100, 140):
            search.index_text(session, "note", entity_id, "body", f"{MARKER} {entity_id}")
        session.flush()
        assert leaks(root, needles) == []

    written = tmp_path / "handmatig.cobak"
    vault.write_backup(written)
    vault.close()
    assert leaks(root, needles) == []
    assert leaks(tmp_path, needles) == []  # includes the written backup file

    # Reopened: an automatic daily backup appears; a key rotation rewrites the database.
    vault = unlock(root, LOGIN, PASSPHRASE, settings=SETTINGS)
    try:
        assert list((root / "backups").glob("auto-*.cobak"))
        write_marker(vault, 500)
        assert leaks(root, needles) == []
        vault.rotate_key()
        new_key = vault._data_keys[2]
        write_marker(vault, 501)
        rotated_needles = {**needles, "new data key": new_key, "new data key (hex)": new_key.hex().encode()}
        assert leaks(root, rotated_needles) == []
    finally:
        vault.close()
    assert leaks(tmp_path, rotated_needles) == []


def test_login_name_is_not_in_the_keyslot_file(personal_vault) -> None:
    vault, _, _ = personal_vault
    raw = vault.paths.keyslots.read_bytes().lower()
    for form in (LOGIN, "marloes", "dekkers"):
        assert form.encode() not in raw


def test_no_plaintext_in_a_rollback_journal(personal_vault) -> None:
    """The vault runs in WAL mode; should a rollback journal ever appear, its pages are encrypted too."""
    vault, code, data_key = personal_vault
    root = vault.paths.root
    for entity_id in range(1, 40):
        write_marker(vault, entity_id)
    vault.close()
    raw = connect_raw(root / "casusoverleg.db", data_key)
    try:
        assert raw.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("DELETE FROM search_index WHERE entity_type = 'note'")
        raw.execute("UPDATE user_account SET display_name = display_name || ' (gewijzigd)'")
        assert (root / "casusoverleg.db-journal").stat().st_size > 0
        assert leaks(root, forbidden_needles(data_key, code)) == []
        raw.execute("ROLLBACK")
        raw.execute("PRAGMA journal_mode = WAL")
    finally:
        raw.close()
    assert leaks(root, forbidden_needles(data_key, code)) == []

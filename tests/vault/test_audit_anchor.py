"""The audit trail cannot be cut or rewritten unnoticed (issue 15, point 2: the anchor).

A vault made with ``init``, a minute taker added, work done through the services; then the trail
is attacked in the database itself, as a user who knows the data key could with tooling of her own,
and ``audit-verify`` (the command a chair runs) must say what happened and exit 1.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from vault_admin_kit import admin_of

from casusoverleg_desktop.cli import main
from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import LegalBasis
from casusoverleg_desktop.services import audit, cases
from casusoverleg_desktop.services.access import VaultAccess, VaultSession
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store.engine import connect_raw
from casusoverleg_desktop.vault.anchor import ANCHOR_NAME
from casusoverleg_desktop.vault.backup import restore_backup
from casusoverleg_desktop.vault.vault import open_with_data_keys

CHAIR_PASSPHRASE, SECRETARY_PASSPHRASE = "correct paard batterij niet", "notulist schrijft alles op"


@pytest.fixture
def worked_on(tmp_path: Path, capsys) -> Path:
    """``init``, a minute taker, and a few cases entered by each, each in their own unlock."""
    root = tmp_path / "kluis"
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(CHAIR_PASSPHRASE + "\n")
    assert main(["init", "--vault", str(root), "--user", "voorzitter", "--role", "chair",
                 "--passphrase-file", str(secret)]) == 0
    code = capsys.readouterr().out.split("Herstelcode: ", 1)[1].split()[0]
    (tmp_path / "herstelcode.txt").write_text(code + "\n")
    access = VaultAccess(root, Settings(), None)
    chair = access.unlock("voorzitter", CHAIR_PASSPHRASE)
    admin_of(chair).add_user("notulist", Role.SECRETARY, SECRETARY_PASSPHRASE)
    for number in (1, 2):
        cases.create_case(chair.context(), f"LV-2025-00{number}", LegalBasis.PGA, dt.date(2025, 2, 1))
    chair.close()
    secretary = access.unlock("notulist", SECRETARY_PASSPHRASE)
    cases.create_case(secretary.context(), "LV-2025-003", LegalBasis.PGA, dt.date(2025, 2, 3))
    secretary.close()
    chair = access.unlock("voorzitter", CHAIR_PASSPHRASE)
    cases.create_case(chair.context(), "LV-2025-004", LegalBasis.PGA, dt.date(2025, 2, 4))
    chair.close()
    capsys.readouterr()
    return root


def audit_verify(root: Path, capsys, passphrase: str = CHAIR_PASSPHRASE,
                 user: str = "voorzitter") -> tuple[int, str]:
    secret = root.parent / f"{user}.txt"
    secret.write_text(passphrase + "\n")
    code = main(["audit-verify", "--vault", str(root), "--user", user,
                 "--passphrase-file", str(secret)])
    out, err = capsys.readouterr()
    return code, out + err


def in_database(root: Path, *statements: str) -> None:
    """Run SQL on the vault's database with its data key, outside the app."""
    opened = VaultAccess(root, Settings(), None).unlock("notulist", SECRETARY_PASSPHRASE)
    keys, cipher = opened.vault._data_keys, opened.vault.cipher
    opened.vault.engine.dispose()
    opened.vault._data_key.wipe()  # closed without anchoring anything: the attacker's own tooling
    conn = connect_raw(root / "casusoverleg.db", keys[max(keys)], cipher)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def entries(root: Path) -> list[tuple]:
    opened = VaultAccess(root, Settings(), None).unlock("voorzitter", CHAIR_PASSPHRASE)
    keys, cipher = opened.vault._data_keys, opened.vault.cipher
    opened.vault.engine.dispose()
    opened.vault._data_key.wipe()
    conn = connect_raw(root / "casusoverleg.db", keys[max(keys)], cipher)
    try:
        return conn.execute("SELECT id, at, actor, action, entity_type, entity_id, summary, "
                            "prev_hash, content_sha256, actor_seal, hash FROM audit_entry "
                            "ORDER BY id").fetchall()
    finally:
        conn.close()


def test_normal_use_by_two_users_verifies(worked_on, capsys):
    code, text = audit_verify(worked_on, capsys)
    assert code == 0, text
    assert "intact" in text
    code, text = audit_verify(worked_on, capsys, SECRETARY_PASSPHRASE, "notulist")
    assert code == 0, text
    heads = json.loads((worked_on / ANCHOR_NAME).read_text())["heads"]
    assert len(heads) == 2  # one line per user, nothing personal in it
    assert "voorzitter" not in (worked_on / ANCHOR_NAME).read_text()


def test_a_cut_tail_is_named(worked_on, capsys):
    last = entries(worked_on)[-1][0]
    in_database(worked_on, f"DELETE FROM audit_entry WHERE id > {last - 3}")
    code, text = audit_verify(worked_on, capsys)
    assert code == 1
    assert f"De audittrail is ingekort: regel {last}, die u als laatste vastlegde, ontbreekt" in text
    assert "intact" not in text


def test_a_cut_tail_shows_in_another_users_line_too(worked_on, capsys):
    """The minute taker's own work was before the chair's last: cutting back past it shows in her line."""
    secretary_head = json.loads((worked_on / ANCHOR_NAME).read_text())["heads"]
    cut_to = min(line["entry_id"] for line in secretary_head.values()) - 1
    in_database(worked_on, f"DELETE FROM audit_entry WHERE id > {cut_to}")
    code, text = audit_verify(worked_on, capsys)
    assert code == 1
    assert "die een andere gebruiker als laatste vastlegde, ontbreekt" in text


def test_a_chain_recomputed_from_a_changed_entry_is_named(worked_on, capsys):
    rows = entries(worked_on)
    middle = len(rows) // 2
    changed_at, previous = rows[middle][0], rows[middle - 1][-1]
    statements = []
    for entry_id, at, actor, action, entity_type, entity_id, summary, _prev, content, seal, _hash \
            in rows[middle:]:
        if entry_id == changed_at:
            summary = "iets anders"
        fields = audit._fields(entry_id, dt.datetime.fromisoformat(at), actor, action, entity_type,
                               entity_id, summary, previous, content)
        if seal is not None:  # the seals are kept: she cannot make new ones
            fields["actor_seal"] = seal
        new_hash = audit._digest(fields)
        statements.append(f"UPDATE audit_entry SET summary = '{summary}', prev_hash = '{previous}', "
                          f"hash = '{new_hash}' WHERE id = {entry_id}")
        previous = new_hash
    in_database(worked_on, *statements)
    code, text = audit_verify(worked_on, capsys)
    assert code == 1
    assert "De audittrail is herschreven: regel" in text
    assert "verbroken" not in text  # the chain itself verifies: only the anchor shows it


def test_a_forged_anchor_line_is_named(worked_on, capsys):
    last = entries(worked_on)[-1][0]
    in_database(worked_on, f"DELETE FROM audit_entry WHERE id > {last - 3}")
    cut_head = entries(worked_on)[-1]
    anchor = json.loads((worked_on / ANCHOR_NAME).read_text())
    for line in anchor["heads"].values():  # every line moved back to the new end, MACs kept
        line["entry_id"], line["hash"] = cut_head[0], cut_head[-1]
    (worked_on / ANCHOR_NAME).write_text(json.dumps(anchor))
    code, text = audit_verify(worked_on, capsys)
    assert code == 1
    assert "Uw anker van de audittrail is buiten Casusoverleg aangepast" in text


@pytest.mark.parametrize("damage", ["removed", "garbled"])
def test_an_anchor_removed_or_garbled_is_named(worked_on, capsys, damage):
    if damage == "removed":
        (worked_on / ANCHOR_NAME).unlink()
    else:
        (worked_on / ANCHOR_NAME).write_text("{niet meer leesbaar")
    code, text = audit_verify(worked_on, capsys)
    assert code == 1
    assert ("ontbreekt" if damage == "removed" else "onleesbaar") in text


def test_the_anchor_travels_with_a_backup(worked_on, capsys, tmp_path):
    out = tmp_path / "kopie.cobak"
    secret = tmp_path / "w.txt"
    secret.write_text(CHAIR_PASSPHRASE + "\n")
    assert main(["backup", "--vault", str(worked_on), "--user", "voorzitter", "--passphrase-file",
                 str(secret), "--out", str(out)]) == 0
    restored = tmp_path / "terug"
    restore_backup(out, restored, CHAIR_PASSPHRASE, "voorzitter")
    assert (restored / ANCHOR_NAME).exists()  # as it stood with the database it was copied with
    capsys.readouterr()
    code, text = audit_verify(restored, capsys)
    assert code == 0, text


def test_opening_with_the_data_key_alone_anchors_nothing(worked_on):
    """Tooling with the data key but no own key cannot move anyone's anchor."""
    opened = VaultAccess(worked_on, Settings(), None).unlock("voorzitter", CHAIR_PASSPHRASE)
    keys = opened.vault._data_keys
    opened.close()
    before = (worked_on / ANCHOR_NAME).read_bytes()
    vault = open_with_data_keys(worked_on, keys, "voorzitter", settings=Settings())
    cases.create_case(VaultSession(vault).context(), "LV-2025-009", LegalBasis.PGA, dt.date(2025, 3, 1))
    vault.close()
    assert (worked_on / ANCHOR_NAME).read_bytes() == before


def test_an_entry_appended_in_the_chairs_name_is_named_by_the_chair(worked_on, capsys):
    """Appended after every anchored head, a forged entry is beyond the anchor's sight; but it
    bears no seal of the chair's, and the chair's check says so."""
    last = entries(worked_on)[-1]
    at = dt.datetime(2026, 12, 5, 9, 0)
    fields = audit._fields(last[0] + 1, at, "voorzitter", audit.OPENED, "case_file", 1,
                           "geopend", last[-1], None)
    forged = audit._digest(fields)
    in_database(worked_on, "INSERT INTO audit_entry (id, at, actor, action, entity_type, entity_id, "
                f"summary, prev_hash, hash) VALUES ({last[0] + 1}, '{at.isoformat(sep=' ')}', "
                f"'voorzitter', 'geopend', 'case_file', 1, 'geopend', '{last[-1]}', '{forged}')")
    code, text = audit_verify(worked_on, capsys)
    assert code == 1
    assert f"Regel {last[0] + 1} staat op uw naam, maar is niet door u vastgelegd" in text
    code, text = audit_verify(worked_on, capsys, SECRETARY_PASSPHRASE, "notulist")
    assert code == 0, text  # not in her name: she cannot tell, and it changes nothing of hers


def test_after_a_recovery_the_trail_still_verifies(worked_on, capsys, tmp_path):
    """The recovery code gives the chair a new own key: seals made with the old one are no longer
    checked, the ones after it are."""
    new = tmp_path / "nieuw.txt"
    new.write_text("na herstel een nieuwe zin\n")
    assert main(["recover", "--vault", str(worked_on), "--user", "voorzitter", "--recovery-file",
                 str(tmp_path / "herstelcode.txt"), "--new-passphrase-file", str(new)]) == 0
    chair = VaultAccess(worked_on, Settings(), None).unlock("voorzitter", "na herstel een nieuwe zin")
    cases.create_case(chair.context(), "LV-2025-010", LegalBasis.PGA, dt.date(2025, 3, 1))
    chair.close()
    capsys.readouterr()
    code, text = audit_verify(worked_on, capsys, "na herstel een nieuwe zin")
    assert code == 0, text

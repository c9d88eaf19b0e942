"""`casusoverleg audit-verify` as a real process on a vault made the way `init` makes it: a
contribution edited, a row added and a row removed with SQL are each named, with exit 1."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from vault_admin_kit import new_vault

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import (
    BobPhase,
    LegalBasis,
    MeetingType,
    PartnerDomain,
    PartnerTier,
    StatementType,
)
from casusoverleg_desktop.services import cases, contributions, meetings, partners
from casusoverleg_desktop.services.access import VaultAccess, VaultSession
from casusoverleg_desktop.settings import Settings

pytestmark = pytest.mark.slow

PASSPHRASE = "correct paard batterij niet"


def audit_verify(root: Path, secret: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "casusoverleg_desktop", "audit-verify", "--vault", str(root),
         "--passphrase-file", str(secret)], input="", capture_output=True, text=True, timeout=180,
        env={**os.environ, "PYTHONWARNINGS": "ignore"})


def test_rows_changed_added_or_removed_outside_the_app_are_named(tmp_path):
    root, secret = tmp_path / "kluis", tmp_path / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    vault, _code = new_vault(root, "voorzitter", Role.CHAIR, PASSPHRASE)
    ctx = VaultSession(vault).context()
    politie = partners.create_partner(ctx, "Politie Lindeveld", PartnerDomain.VEILIGHEID,
                                      PartnerTier.KERNPARTIJ)
    case = cases.create_case(ctx, "LV-2025-014", LegalBasis.PGA, dt.date(2025, 2, 10))
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 2, 26))
    item = meetings.add_case_item(ctx, meeting.id, case.id, invited_partner_ids=[politie.id])
    said = [contributions.add_contribution(ctx, item.id, politie.id, f"Inbreng {n}.",
                                           bob_phase=BobPhase.BEELDVORMING,
                                           statement_type=StatementType.FEIT) for n in (1, 2)]
    vault.close()

    result = audit_verify(root, secret)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("De audittrail is intact: ") and "kenmerk van de laatste" in result.stdout

    unlocked = VaultAccess(root, Settings(), None).unlock("voorzitter", PASSPHRASE)
    with unlocked.vault.engine.begin() as conn:  # SQL straight on the SQLCipher file
        conn.execute(text("UPDATE contribution SET text = 'Verzonnen.' WHERE id = :id"), {"id": said[0].id})
        conn.execute(text("DELETE FROM contribution WHERE id = :id"), {"id": said[1].id})
        conn.execute(text("INSERT INTO partner (name, domain, tier, covenant_signed) "
                          "VALUES ('Stiekem', 'zorg', 'casuspartij', 0)"))
    unlocked.close()

    result = audit_verify(root, secret)
    detail = f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    assert result.returncode == 1, detail
    assert result.stdout == "" and "Traceback" not in result.stderr, detail
    assert result.stderr.splitlines() == [
        f"casusoverleg: Tabel contribution, rij {said[0].id}: buiten de app gewijzigd: de inhoud "
        "past niet bij wat de audittrail vastlegde.",
        f"casusoverleg: Tabel contribution, rij {said[1].id}: buiten de app verwijderd: de "
        "audittrail vermeldt geen verwijdering.",
        f"casusoverleg: Tabel partner, rij {politie.id + 1}: buiten de app toegevoegd: de "
        "audittrail kent deze rij niet.",
    ], detail

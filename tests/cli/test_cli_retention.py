"""Retention and destruction from the command line, from ``casusoverleg init`` on: a family case
closed long ago, a hold placed and lifted, refusals that change nothing, the destruction, and the
proof that nothing of the case is left while ``audit-verify`` still passes."""

from __future__ import annotations

import datetime as dt
from functools import partial

import cli_process
import pytest
from cli_process import cli, ok
from nothing_left import found_in_backups, found_in_database
from vault_admin_kit import admin_of

from casusoverleg_desktop.domain.enums import (
    BobPhase,
    CaseStatus,
    ClosureReason,
    LegalBasis,
    MeetingType,
    PartnerDomain,
    PartnerTier,
    Relation,
    StatementType,
    SubjectRole,
)
from casusoverleg_desktop.services import cases, contributions, meetings, partners, retention, signals
from casusoverleg_desktop.services.access import VaultSession
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.vault import unlock

pytestmark = pytest.mark.slow

CHAIR, SECRETARY = "correct paard batterij niet", "notulist schrijft alles op"
MARKERS = ("Wolkenkrabbel", "Zeepaardjes", "Kantelbrug", "Mosterdveld")

refused = partial(cli_process.refused, code=2)  # a refusal of this command is exit 2


def test_a_family_case_is_destroyed_through_the_cli_and_nothing_is_left(tmp_path, folder_digest):
    (tmp_path / "voorzitter.txt").write_text(CHAIR + "\n", encoding="utf-8")
    (tmp_path / "notulist.txt").write_text(SECRETARY + "\n", encoding="utf-8")
    root = tmp_path / "kluis"
    ok(cli("init", "--vault", root, "--user", "voorzitter", "--role", "chair", "--name", "M. Dekkers",
           "--organisation", "ZVH Lindeveld", "--passphrase-file", tmp_path / "voorzitter.txt"))
    vault = VaultSession(unlock(root, "voorzitter", CHAIR, settings=Settings()))
    try:
        admin_of(vault).add_user("notulist", "secretary", SECRETARY)
        ctx = vault.context()
        school = partners.create_partner(ctx, "Lindeveld College", PartnerDomain.ONDERWIJS,
                                         PartnerTier.EXTERNE_CASUSPARTNER, covenant_signed=True).id
        case = cases.create_case(ctx, "LV-2019-003", LegalBasis.PGA, dt.date(2019, 6, 1)).id
        cases.add_subject(ctx, case, "Wolkenkrabbel K.", SubjectRole.PRIMAIR)
        cases.add_subject(ctx, case, "Zeepaardjes K.", SubjectRole.GERELATEERD, relation=Relation.MOEDER,
                          has_gezag=True)
        signals.record_signal(ctx, case, "Kantelbrug bij de oprit.", StatementType.FEIT, partner_id=school)
        meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2019, 7, 3)).id
        item = meetings.add_case_item(ctx, meeting, case, invited_partner_ids=[school]).id
        contributions.add_contribution(ctx, item, school, "Mosterdveld gezien.",
                                       bob_phase=BobPhase.BEELDVORMING, statement_type=StatementType.FEIT)
        meetings.close_meeting(ctx, meeting, dt.time(15))
        cases.transition_case(ctx, case, CaseStatus.SCREENING, "Screening gestart")
        cases.transition_case(ctx, case, CaseStatus.WEGING, "Screening compleet")
        cases.transition_case(ctx, case, CaseStatus.GEEN_ACTIE_NODIG, "Geen zorgen gebleken")
        cases.close_case(ctx, case, ClosureReason.DOELEN_BEREIKT, "Doelen bereikt.", dt.date(2020, 1, 15))
        hold = retention.hold_case(ctx, case, "Klacht bij de ombudsman")
        vault.vault.renew_automatic_backups("test")
        key = vault.vault._data_keys[max(vault.vault._data_keys)]
        cipher = vault.vault.cipher
    finally:
        vault.close()
    chair = ("--vault", root, "--passphrase-file", tmp_path / "voorzitter.txt")
    secretary = ("--vault", root, "--user", "notulist", "--passphrase-file", tmp_path / "notulist.txt")

    assert "LV-2019-003\t15-01-2020\t15-01-2025\tKlacht bij de ombudsman\t" in ok(cli("retention", *chair))
    before = folder_digest(root)
    refused(cli("destroy", *chair, "--case", "LV-2019-003", "--confirm", "LV-2019-003"),
            "bewaarplicht op casus LV-2019-003: Klacht bij de ombudsman")
    refused(cli("destroy", *chair, "--case", "LV-2019-003", "--confirm", "LV-2019-030"),
            "Typ ter bevestiging de casuscode LV-2019-003")
    refused(cli("destroy", *chair, "--case", "LV-2099-001", "--confirm", "LV-2099-001"),
            "Er is geen casus met code LV-2099-001")
    assert {k: v for k, v in folder_digest(root).items() if k.endswith(".cobak")} == \
        {k: v for k, v in before.items() if k.endswith(".cobak")}

    vault = VaultSession(unlock(root, "voorzitter", CHAIR, settings=Settings()))
    try:
        retention.lift_hold(vault.context(), hold.id, "Klacht afgehandeld")
    finally:
        vault.close()
    assert "\t-\tte vernietigen" in ok(cli("retention", *chair))
    refused(cli("destroy", *secretary, "--case", "LV-2019-003", "--confirm", "LV-2019-003"),
            "Alleen de voorzitter vernietigt een casus.")

    out = ok(cli("destroy", *chair, "--case", "LV-2019-003", "--confirm", "LV-2019-003",
                 "--report", tmp_path / "pv.pdf"))
    assert "Casus LV-2019-003 is vernietigd" in out and (tmp_path / "pv.pdf").read_bytes().startswith(b"%PDF")
    assert "ondertekend" in ok(cli("verify", tmp_path / "pv.pdf", *chair))  # the chair's signature holds
    assert found_in_database(root / "casusoverleg.db", key, cipher, MARKERS) == []
    assert found_in_backups(root / "backups", key, cipher, MARKERS) == []
    assert list((root / "backups").glob("*.cobak"))
    assert "LV-2019-003" not in ok(cli("retention", *chair))
    assert "De audittrail is intact" in ok(cli("audit-verify", *chair))
    refused(cli("destroy", *chair, "--case", "LV-2019-003", "--confirm", "LV-2019-003"), "al vernietigd op")

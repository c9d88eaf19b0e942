"""Minutes from the command line, from ``casusoverleg init`` on: status, adoption in a meeting or in
writing with corrections, the meetings list's minutes column, both signatures, and the feedback
letter; with the refusals a chair and a secretary can run into."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

import pytest
from cli_process import cli, ok, refused
from pypdf import PdfReader
from vault_admin_kit import admin_of

from casusoverleg_desktop.domain.enums import (
    Attendance,
    BobPhase,
    LegalBasis,
    MeetingType,
    PartnerDomain,
    PartnerTier,
    StatementType,
)
from casusoverleg_desktop.services import actions, cases, contributions, meetings, partners
from casusoverleg_desktop.services.access import VaultSession
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.vault import unlock

SETTINGS = Settings()

pytestmark = pytest.mark.slow

CHAIR, SECRETARY = "correct paard batterij niet", "notulist schrijft alles op"
FIRST, SECOND, LATER = dt.date(2025, 2, 26), dt.date(2025, 4, 9), dt.date(2099, 1, 7)



@pytest.fixture(scope="module")
def table(tmp_path_factory):
    """``casusoverleg init`` as chair, a secretary, a case and three ICO meetings; the first held
    (through the services, as meeting mode does) with one contribution, one action and feedback."""
    root = tmp_path_factory.mktemp("cli-minutes")
    (root / "voorzitter.txt").write_text(CHAIR + "\n", encoding="utf-8")
    (root / "notulist.txt").write_text(SECRETARY + "\n", encoding="utf-8")
    ok(cli("init", "--vault", root / "kluis", "--user", "voorzitter", "--role", "chair", "--name",
           "Marloes Dekkers", "--organisation", "ZVH Lindeveld",
           "--passphrase-file", root / "voorzitter.txt"))
    vault = VaultSession(unlock(root / "kluis", "voorzitter", CHAIR, settings=SETTINGS))
    try:
        admin_of(vault).add_user("notulist", "secretary", SECRETARY, display_name="Kees Brinkhorst",
                 organisation="ZVH Lindeveld")
        ctx = vault.context()
        school = partners.create_partner(ctx, "Lindeveld College", PartnerDomain.ONDERWIJS,
                                         PartnerTier.EXTERNE_CASUSPARTNER, covenant_signed=True).id
        case = cases.create_case(ctx, "LV-2025-014", LegalBasis.PGA, dt.date(2025, 2, 10), purpose="PGA").id
        reporter = cases.add_reporter(ctx, case, dt.date(2025, 2, 10), partner_id=school,
                                      person="zorgcoördinator J. Hekman").id
        cases.record_feedback(ctx, reporter, dt.date(2025, 2, 14), "J. Hekman",
                              "Het signaal is ontvangen; de casus wordt besproken in het ICO.")
        first, second, later = (
            meetings.create_meeting(ctx, MeetingType.ICO_MDO, day, start_time=dt.time(14)).id
            for day in (FIRST, SECOND, LATER))
        item = meetings.add_case_item(ctx, first, case, invited_partner_ids=[school]).id
        meetings.set_attendance(ctx, first, school, Attendance.AANWEZIG)
        contributions.add_contribution(ctx, item, school, "Mentor heeft een goede band met Daan.",
                                       bob_phase=BobPhase.BEELDVORMING, statement_type=StatementType.FEIT)
        actions.create_action(ctx, first, "Normstellend gesprek.", school, agenda_item_id=item,
                              due_date=dt.date(2025, 3, 12))
        meetings.close_meeting(ctx, first, dt.time(16, 5))
        triage = meetings.create_meeting(ctx, MeetingType.WEEGPLOEG, dt.date(2025, 3, 3)).id
        meetings.close_meeting(ctx, triage, dt.time(11))
    finally:
        vault.close()
    return {"root": root, "first": first, "second": second, "later": later, "triage": triage}


def args(table, who: str = "voorzitter") -> list[object]:
    root = table["root"]
    return ["--vault", root / "kluis", "--user", who, "--passphrase-file", root / f"{who}.txt"]


def test_adopt_in_the_next_meeting_then_status_meetings_and_both_signatures(table, tmp_path):
    first = table["first"]
    status = ok(cli("minutes", "status", *args(table), "--meeting", first))
    assert status.startswith("concept\tversie 1")
    meetings_list = ok(cli("meetings", *args(table))).splitlines()
    assert meetings_list[0].split("\t") == [str(first), "2025-02-26", "ico_mdo", "gehouden", "concept"]
    assert meetings_list[-1].split("\t")[3:] == ["in_voorbereiding", "-"]

    refused(cli("minutes", "adopt", *args(table, "notulist"), "--meeting", first,
                "--in-meeting", table["second"]), "Alleen de voorzitter stelt een verslag vast")
    refused(cli("minutes", "adopt", *args(table), "--meeting", first, "--in-meeting", table["later"]),
            "ligt in de toekomst")
    refused(cli("minutes", "adopt", *args(table), "--meeting", first, "--in-meeting", table["second"],
                "--correction", "zonder onderdeel"), "Noem bij elke correctie het onderdeel")
    refused(cli("minutes", "adopt", *args(table), "--meeting", table["second"], "--written", "akkoord"),
            "nog niet gehouden en gesloten")

    adopted = ok(cli("minutes", "adopt", *args(table), "--meeting", first, "--in-meeting", table["second"],
                     "--correction", "5.1: 'zorgcoördinator' in plaats van 'mentor'."))
    assert adopted.strip() == (
        "Vastgesteld in de vergadering van 9 april 2025 (ICO/MDO), met de volgende correcties: (1) bij 5.1 "
        "Casus LV-2025-014: 'zorgcoördinator' in plaats van 'mentor'.")
    refused(cli("minutes", "adopt", *args(table), "--meeting", first, "--written", "nogmaals"),
            "is al vastgesteld op 09-04-2025")
    assert ok(cli("minutes", "status", *args(table), "--meeting", first)).startswith("vastgesteld\tversie 2")

    signed = tmp_path / "opgesteld.pdf"
    ok(cli("export", "minutes", *args(table, "notulist"), "--meeting", first, "--sign", "--out", signed))
    final = tmp_path / "verslag.pdf"
    ok(cli("export", "minutes", *args(table), "--meeting", first, "--sign", "--out", final))
    status = ok(cli("minutes", "status", *args(table), "--meeting", first)).splitlines()
    assert status[0] == "ondertekend\tversie 2"
    assert status[-2].startswith("ondertekend: Kees Brinkhorst (opgesteld) op ")
    assert status[-1].startswith("ondertekend: Marloes Dekkers (vastgesteld) op ")
    first_page = PdfReader(BytesIO(final.read_bytes())).pages[0].extract_text()
    assert "Vastgesteld in de vergadering van 9 april 2025" in first_page and "ondertekend" not in first_page
    ok(cli("verify", final, "--vault", table["root"] / "kluis", "--passphrase-file",
           table["root"] / "voorzitter.txt"))
    assert ok(cli("meetings", *args(table))).splitlines()[0].endswith("\tondertekend")


def test_feedback_letter_from_the_command_line(table, tmp_path):
    letter = tmp_path / "brief.pdf"
    out = ok(cli("export", "feedback", *args(table), "--case", "lv-2025-014", "--out", letter))
    assert "1 pagina" in out
    text = PdfReader(BytesIO(letter.read_bytes())).pages[0].extract_text()
    assert "de casus wordt besproken in het ICO" in text and "LV-2025-014" in text
    refused(cli("export", "feedback", *args(table), "--case", "LV-2099-001", "--out", tmp_path / "x.pdf"),
            "Er is geen casus met code LV-2099-001")
    refused(cli("export", "feedback", *args(table), "--out", tmp_path / "y.pdf"), "geef --case CODE op")
    refused(cli("export", "minutes", *args(table), "--out", tmp_path / "z.pdf"), "--meeting ID")
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()


def test_written_adoption_with_its_date(table):
    triage = table["triage"]
    refused(cli("minutes", "adopt", *args(table), "--meeting", triage, "--written", "akkoord per mail",
                "--op-datum", "2099-01-01"), "ligt in de toekomst")
    refused(cli("minutes", "adopt", *args(table), "--meeting", triage, "--written", "akkoord",
                "--op-datum", "3-3-2025"), "is geen datum")
    adopted = ok(cli("minutes", "adopt", *args(table), "--meeting", triage, "--written",
                     "Rondgestuurd op 4-3; geen bezwaren vóór 11-3", "--op-datum", "2025-03-11"))
    assert adopted.strip() == ("Schriftelijk vastgesteld op 11 maart 2025 (Rondgestuurd op 4-3; geen "
                               "bezwaren vóór 11-3) zonder correcties.")

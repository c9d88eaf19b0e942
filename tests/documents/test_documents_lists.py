"""Agenda, decision and action list, partner extracts, letter, recovery sheet, CA instruction."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from doc_scenarios import (
    YOUTH_TEAM_TEXT,
    body_text,
    lv_2025_014,
    lv_2025_021,
    outline_titles,
    pages_text,
    with_signers,
)
from sqlalchemy import select
from vault_admin_kit import work_on

from casusoverleg_desktop.errors import InputError
from casusoverleg_desktop.services import actions, document_data, document_export, meetings
from casusoverleg_desktop.store.document_models import DocumentExport
from casusoverleg_desktop.store.models import AuditEntry

LABELS = re.compile(r"\b([AB]\d+)\b")


@pytest.fixture
def lv014(ctx):
    return lv_2025_014(ctx)


def labels(pdf: bytes) -> set[str]:
    return set(LABELS.findall(body_text(pdf)))


def footer_on_every_page(pdf: bytes, codes: str) -> None:
    pages = pages_text(pdf)
    for number, text in enumerate(pages, start=1):
        assert "Vertrouwelijk" in text and "grondslag:" in text, text
        assert f"pagina {number} van {len(pages)}" in text
        assert codes in text and "Geëxporteerd op" in text


def test_lv_2025_014_decision_and_action_list_holds_3_decisions_and_7_actions(ctx, lv014):
    data = document_data.action_list_data(ctx, lv014.meeting)
    assert (len(data.decisions), len(data.actions), data.carried) == (3, 7, ())
    built = document_export.export_action_list(ctx, lv014.meeting)
    assert labels(built.pdf) == {"B1", "B2", "B3", "A1", "A2", "A3", "A4", "A5", "A6", "A7"}
    body = body_text(built.pdf)
    assert "Openbaar Ministerie" in body and "afwezig m.k." in body  # attendance with the decisions
    assert "Bij uitingen met concrete dreiging" in " ".join(body.split())  # A6: a condition, no date
    assert YOUTH_TEAM_TEXT[:30] not in body  # no contributions in the list
    footer_on_every_page(built.pdf, "Casus: LV-2025-014")
    assert [t for t, _ in outline_titles(built.pdf)] == [
        "Aanwezigheid", "Besluiten", "Actiepunten uit deze vergadering", "Openstaande actiepunten"]
    assert built.suggested_name == "besluiten-actielijst_2025-02-26_LV-2025-014.pdf"


def test_open_actions_are_carried_with_their_postponements(ctx, lv014):
    listed = {a.label: a for a in actions.action_list(ctx, case_id=lv014.case)}
    actions.postpone_action(ctx, listed["A2"].id, dt.date(2025, 3, 19), reason="mentor ziek")
    actions.postpone_action(ctx, listed["A2"].id, dt.date(2025, 4, 2), reason="meivakantie")
    actions.set_action_status(ctx, listed["A7"].id, actions.ActionStatus.AFGEROND, on=dt.date(2025, 2, 28))
    meetings.add_case_item(ctx, lv014.next_meeting, lv014.case, slot_minutes=30)
    data = document_data.action_list_data(ctx, lv014.next_meeting)
    assert [a.label for a in data.carried] == [f"A{n} (26-02)" for n in range(1, 7)]  # A7 closed
    assert {a.label: a.postponements for a in data.carried}["A2 (26-02)"] == 2
    body = " ".join(body_text(document_export.export_action_list(ctx, lv014.next_meeting).pdf).split())
    assert "2 keer uitgesteld" in body and "uiterlijk 02-04-2025" in body and "A2 (26-02)" in body


def test_school_extract_holds_only_its_actions_and_shared_decisions(ctx, lv014):
    built = document_export.export_extract(ctx, lv014.meeting, lv014.partners["school"])
    assert labels(built.pdf) == {"A2", "A7", "B1", "B3"}
    body = " ".join(body_text(built.pdf).split())
    assert YOUTH_TEAM_TEXT not in body and "Huisbezoek" not in body
    others = ("C2; geen strafbare feiten", "Verzuim is boven de meldgrens", "gamecafé", "Zoekt erkenning")
    for other in others:
        assert other not in body
    assert "Uittreksel casusoverleg" in body and "Voor Lindeveld College" in body
    footer_on_every_page(built.pdf, "Casus: LV-2025-014")
    assert "uittreksel voor Lindeveld College" in pages_text(built.pdf)[0]
    assert built.suggested_name == f"uittreksel_2025-02-26_partner-{lv014.partners['school']}_LV-2025-014.pdf"


def test_extract_of_an_uninvited_partner_holds_no_case(ctx, lv014):
    data = document_data.extract_data(ctx, lv014.meeting, lv014.partners["om"])
    assert data.cases == ()
    body = body_text(document_export.export_extract(ctx, lv014.meeting, lv014.partners["om"]).pdf)
    assert "geen casussen besproken" in body and "LV-2025-014" not in body


def test_extract_with_criminal_data_needs_an_acknowledgement(ctx):
    scenario = lv_2025_021(ctx)
    reclassering = scenario.partners["reclassering"]
    with pytest.raises(document_export.SensitiveDataNotAcknowledged,
                       match="strafrechtelijk gegeven") as caught:
        document_export.export_extract(ctx, scenario.meeting, reclassering)
    assert caught.value.case_codes == ("LV-2025-021",)
    built = document_export.export_extract(ctx, scenario.meeting, reclassering, acknowledge_sensitive=True)
    body = body_text(built.pdf)
    assert "STRAFRECHTELIJK GEGEVEN" in body and "dit uittreksel bevat bijzondere of strafrechtelijke" in body
    assert "Stemt in met begeleiding" not in body  # Forsa's (bijzonder) contribution is not theirs
    # nothing marked: no ask
    document_export.export_extract(ctx, scenario.meeting, scenario.partners["politie"])


def test_agenda_times_follow_the_slots(ctx, lv014):
    data = document_data.agenda_data(ctx, lv014.meeting)
    times = [(s.number, s.start_time.strftime("%H.%M")) for s in data.slots]
    assert times == [("1", "14.00"), ("2", "14.05"), ("3", "14.07"), ("4", "14.17"), ("5.1", "14.22"),
                     ("6", "15.07"), ("7", "15.12")]
    case_slot = data.slots[4]
    assert case_slot.case_code == "LV-2025-014" and "Lindeveld College" in case_slot.invited
    assert "Openbaar Ministerie" not in case_slot.invited and case_slot.question is None  # need to know
    built = document_export.export_agenda(ctx, lv014.meeting)
    body = body_text(built.pdf)
    assert "Uitnodiging en agenda" in body and "14.22" in body and "Casusbespreking LV-2025-014" in body
    assert "15.12" in body and "Genodigden" in body
    footer_on_every_page(built.pdf, "Casus: LV-2025-014")
    assert [t for t, _ in outline_titles(built.pdf)][4] == "5.1 Casusbespreking LV-2025-014"


def test_feedback_letter_tells_the_reporter_only_the_feedback(ctx, lv014):
    built = document_export.export_feedback_letter(ctx, lv014.feedback)
    body = " ".join(body_text(built.pdf).split())
    assert "Terugkoppeling op uw melding" in body and "zorgcoördinator J. Hekman, Lindeveld College" in body
    assert "besproken in het casusoverleg van 26 februari" in body
    assert "Daan" not in body and YOUTH_TEAM_TEXT not in body
    assert built.page_count == 1 and built.suggested_name == "terugkoppeling_LV-2025-014_2025-02-13.pdf"
    footer_on_every_page(built.pdf, "Casus: LV-2025-014")


def test_recovery_sheet_and_ca_instruction_are_one_page(vault, ctx):
    sheet = document_export.recovery_sheet("K7QM-4XPA-9RTD-WH2E-LC6N-BV3F", vault.vault_id, "voorzitter",
                                           dt.date(2025, 1, 6), organisation="ZVH Lindeveld")
    text = pages_text(sheet.pdf)[0]
    assert sheet.page_count == 1 and "K7QM-4XPA-9RTD-WH2E-LC6N-BV3F" in text and vault.vault_id in text
    assert "pagina 1 van 1" in text
    with_signers(vault, ctx)
    pem, instructions = document_export.ca_for_recipients(ctx, "zvh-ca.pem")
    assert pem.startswith(b"-----BEGIN CERTIFICATE-----")
    text = " ".join(pages_text(instructions.pdf)[0].split())
    assert instructions.page_count == 1
    assert "Vertrouwde certificaten" in text and "zvh-ca.pem" in text and "SHA-256" in text


def test_find_partner_matches_a_unique_part(ctx, lv014):
    assert document_data.find_partner(ctx, "college").name == "Lindeveld College"
    assert document_data.find_partner(ctx, "ZVH LINDEVELD").id == lv014.partners["zvh"]
    with pytest.raises(document_data.AmbiguousPartner, match="meer dan één partner") as caught:
        document_data.find_partner(ctx, "lindeveld")
    assert "Jeugdteam Lindeveld" in caught.value.candidates
    with pytest.raises(InputError, match="Geen partner heeft 'bakkerij'"):
        document_data.find_partner(ctx, "bakkerij")


def test_exports_are_logged_without_content(ctx, vault, lv014):
    document_export.export_action_list(ctx, lv014.meeting)
    document_export.export_extract(ctx, lv014.meeting, lv014.partners["school"])
    with work_on(vault) as session:
        rows = session.scalars(select(DocumentExport).order_by(DocumentExport.id)).all()
        audit = session.scalars(select(AuditEntry).where(AuditEntry.entity_type == "document_export")).all()
        opened = session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "geopend")).all()
    assert [(r.kind, r.partner_id, r.exported_by) for r in rows] == [
        ("besluiten- en actielijst", None, "voorzitter"),
        ("uittreksel", lv014.partners["school"], "voorzitter")]
    assert len(audit) == 2
    assert f"uittreksel voor partner {lv014.partners['school']}" in opened


def test_save_pdf_is_atomic_and_leaves_nothing_else(tmp_path):
    target = document_export.save_export(tmp_path / "lijst.pdf", b"%PDF-1.4 test")
    assert target.read_bytes() == b"%PDF-1.4 test"
    assert [p.name for p in tmp_path.iterdir()] == ["lijst.pdf"]
    with pytest.raises(InputError, match="bestaat niet"):
        document_export.save_export(tmp_path / "nergens" / "lijst.pdf", b"x")
    assert [p.name for p in tmp_path.iterdir()] == ["lijst.pdf"]

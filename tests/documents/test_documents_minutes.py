"""The full minutes, read back from the PDF: sections in order, markers, footer, metadata, outline."""

from __future__ import annotations

import re
import subprocess
from io import BytesIO

import pytest
from balance_scenarios import build_021
from doc_scenarios import (
    SCHOOL_TEXT,
    YOUTH_TEAM_TEXT,
    adopt,
    body_text,
    lv_2025_014,
    lv_2025_021,
    outline_titles,
    pages_text,
)
from pypdf import PdfReader

from casusoverleg_desktop.documents.data import BalanceSummary, DissentLine
from casusoverleg_desktop.documents.minutes import build_minutes
from casusoverleg_desktop.errors import SigningError
from casusoverleg_desktop.services import document_data, document_export, document_signatures

CLOSING = "De voorzitter sluit de vergadering om 16.05 uur."


@pytest.fixture
def lv014(ctx):
    return lv_2025_014(ctx)


def test_concept_minutes_hold_every_section_in_order(ctx, lv014):
    built = document_export.export_minutes(ctx, lv014.meeting)
    body = body_text(built.pdf)
    expected_order = [
        "Verslag casusoverleg", "Concept", "ICO/MDO (casusoverleg)", "26 februari 2025", "14.00–16.05 uur",
        "Zorg- en Veiligheidshuis Lindeveld, zaal 2", "M. Dekkers, procesregisseur",
        "K. Brinkhorst, notulist",
        "Wet gegevensverwerking PGA", "Aanwezigheid", "Openbaar Ministerie", "afwezig m.k.",
        "1. Opening", "geheimhouding", "2. Vaststellen agenda", "De agenda wordt ongewijzigd vastgesteld.",
        "3. Verslag vorige vergadering en actielijst", "4. Mededelingen", "LSE-consultatie telefonisch",
        "5. Casusbespreking", "5.1 Casus LV-2025-014", "Vraag aan het overleg", "Beeldvorming",
        "Oordeelsvorming", "Besluitvorming", "Besluiten", "B1", "B3", "Actiepunten", "A1", "A7",
        "6. Rondvraag", "e-sportsaanbod", "7. Sluiting", "9 april 2025", CLOSING,
    ]
    position = 0
    for fragment in expected_order:
        found = body.find(fragment, position)
        assert found >= 0, f"{fragment!r} missing or out of order"
        position = found
    assert body.rstrip().endswith(CLOSING)  # the closing line is the last sentence
    flat = " ".join(body.split())
    assert " ".join(YOUTH_TEAM_TEXT.split()) in flat and SCHOOL_TEXT in flat
    assert "FEIT" in body and "MENING" in body  # statement-type markers
    assert "Daan V." in body and "Monique V. (moeder van Daan V., gezag)" in " ".join(body.split())
    assert "Aldus vastgesteld" not in body  # a concept is not signed


def test_concept_is_marked_and_cannot_be_signed(ctx, lv014):
    built = document_export.export_minutes(ctx, lv014.meeting)
    assert built.signature_areas == ()
    assert "CONCEPT" in PdfReader(BytesIO(built.pdf)).pages[0].extract_text()
    with pytest.raises(SigningError, match="Alleen een vastgesteld verslag"):
        document_export.export_minutes(ctx, lv014.meeting, sign=True)


def test_adopted_minutes_carry_the_adoption_and_two_empty_fields(ctx, lv014):
    adopt(ctx, lv014, corrections="Naam jongerenwerker gecorrigeerd.")
    built = document_export.export_minutes(ctx, lv014.meeting)
    body = body_text(built.pdf)
    assert body.rstrip().endswith(CLOSING)  # the closing line stays the last sentence
    first_page = pages_text(built.pdf)[0]
    flat = " ".join(first_page.split())
    assert "Vastgesteld in de vergadering van 9 april 2025" in flat
    assert "Bij 5.1 Casus LV-2025-014: Naam jongerenwerker gecorrigeerd." in flat
    assert "Aldus vastgesteld in de vergadering van 9 april 2025." in flat  # the signatures on page 1
    assert "ondertekend" not in first_page.lower().replace("ondertekening", "")
    assert [(name, page) for name, page, _ in built.signature_areas] == [("opgesteld", 0), ("vastgesteld", 0)]
    fields = document_signatures.signature_fields(built.pdf)
    assert fields == {"opgesteld": False, "vastgesteld": False}
    assert "CONCEPT" not in first_page
    correction_at_its_section = " ".join(body.split()).split("5.1 Casus LV-2025-014", 2)[-1]
    assert correction_at_its_section.lstrip().startswith("Correctie bij vaststelling: Naam jongerenwerker")


def test_the_next_meeting_records_the_adoption_and_reviews_open_actions(ctx, lv014):
    from casusoverleg_desktop.services import meetings

    adopt(ctx, lv014)
    meetings.add_case_item(ctx, lv014.next_meeting, lv014.case, slot_minutes=30)
    body = body_text(document_export.export_minutes(ctx, lv014.next_meeting).pdf)
    flat = " ".join(body.split())
    assert "Het verslag van de vergadering van 26 februari 2025 wordt vastgesteld zonder correcties." in flat
    assert flat.count("wordt vastgesteld zonder correcties") == 1
    assert "Stand van eerdere actiepunten" in body and "A1 (26-02)" in body


def test_footer_on_every_page(ctx, lv014):
    built = document_export.export_minutes(ctx, lv014.meeting)
    pages = pages_text(built.pdf)
    assert len(pages) == built.page_count >= 2
    for number, text in enumerate(pages, start=1):
        assert "Vertrouwelijk" in text and "grondslag: Wet gegevensverwerking PGA" in text
        assert f"pagina {number} van {len(pages)}" in text
        assert "Casus: LV-2025-014" in text
        assert re.search(r"Geëxporteerd op \d\d-\d\d-\d{4} door Marloes Dekkers", text)


def test_metadata_fonts_and_language(ctx, lv014):
    built = document_export.export_minutes(ctx, lv014.meeting)
    reader = PdfReader(BytesIO(built.pdf))
    meta = reader.metadata
    assert meta.title == "Verslag ICO/MDO 26-02-2025"
    assert meta.author.startswith("Marloes Dekkers")
    assert "LV-2025-014" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("NotoSans" in f for f in fonts), fonts
    assert built.suggested_name == "verslag_2025-02-26_LV-2025-014.pdf"


def test_outline_has_an_entry_per_agenda_item(ctx, lv014):
    built = document_export.export_minutes(ctx, lv014.meeting)
    titles = outline_titles(built.pdf)
    assert [t for t, _ in titles] == [
        "Aanwezigheid", "1. Opening", "2. Vaststellen agenda", "3. Verslag vorige vergadering en actielijst",
        "4. Mededelingen en ingekomen stukken", "5. Casusbespreking", "5.1 Casus LV-2025-014",
        "6. Rondvraag", "7. Sluiting"]
    pages = pages_text(built.pdf)
    for title, page in titles:
        assert title in pages[page], f"outline entry {title!r} points to the wrong page"


def test_marked_data_and_dutch_characters_render(ctx, tmp_path):
    scenario = lv_2025_021(ctx)
    built = document_export.export_minutes(ctx, scenario.meeting)
    body = body_text(built.pdf)
    assert "STRAFRECHTELIJK GEGEVEN" in body and "BIJZONDER PERSOONSGEGEVEN" in body
    path = tmp_path / "verslag.pdf"
    path.write_bytes(built.pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "€ 6.400" in text and "Geëxporteerd" in text
    assert "re-integratie casusoverleg" in text


def test_ij_and_euro_glyphs_are_in_the_embedded_font(ctx, lv014, tmp_path):
    from casusoverleg_desktop.services import contributions, meetings

    item = meetings.add_case_item(ctx, lv014.next_meeting, lv014.case,
                                  invited_partner_ids=[lv014.partners["jeugdteam"]])
    contributions.add_contribution(ctx, item.id, lv014.partners["jeugdteam"],
                                   "De ĳsbaan-reünie kost € 12; coördinatie bĳ moeder.",
                                   bob_phase="beeldvorming", statement_type="feit")
    path = tmp_path / "verslag.pdf"
    path.write_bytes(document_export.export_minutes(ctx, lv014.next_meeting).pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "ĳsbaan-reünie kost € 12" in text


def test_balance_sheet_hook_prints_the_weighing(ctx, lv014):
    from casusoverleg_desktop.services import meetings

    meetings.add_case_item(ctx, lv014.next_meeting, lv014.case)

    def provider(session, case_id, meeting_id):
        assert case_id == lv014.case and meeting_id == lv014.next_meeting
        return BalanceSummary(
            priority="Zorg voorop", rationale="Leeftijd 15, geen concrete dreiging.", consensus_score=5,
            scores=(("school", 5), ("jeugdteam", 6)),
            dissent=(DissentLine("Politie Lindeveld", "Aanvullende meldplicht.", "Netwerkrisico."),),
            proportionality="Lichtere route onvoldoende.")

    without = body_text(document_export.export_minutes(ctx, lv014.next_meeting).pdf)
    assert "geen balansblad vastgelegd" in without
    body = body_text(document_export.export_minutes(ctx, lv014.next_meeting, balance=provider).pdf)
    flat = " ".join(body.split())
    assert "Balansblad" in body and "Zorg voorop" in body
    assert "consensus 5; school 5, jeugdteam 6" in flat and "Netwerkrisico." in flat
    assert flat.index("Balansblad") < flat.index("Besluitvorming")  # under the weighing, not in decisions


def test_progress_is_reported_until_done(ctx, lv014):
    seen: list[tuple[int, int]] = []
    data = document_data.minutes_data(ctx, lv014.meeting)
    build_minutes(data, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] and seen[0][0] == 0
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_the_real_balance_sheet_prints_under_oordeelsvorming_not_in_the_decision_list(ctx):
    built = build_021(ctx)
    first = built.meeting_ids[0]
    minutes = " ".join(body_text(build_minutes(document_data.minutes_data(ctx, first)).pdf).split())
    judgement = minutes[minutes.index("Oordeelsvorming"):minutes.index("Besluitvorming")]
    assert "Veiligheid voorop" in judgement
    assert "Eerste 6 maanden" in judgement  # the chair's rationale
    assert "Aanvullende bestuurlijke meldplicht" in judgement  # police dissent
    assert "Niet nodig naast bijzondere voorwaarden" in judgement  # probation's dissent
    decision_list = " ".join(body_text(document_export.export_action_list(ctx, first).pdf).split())
    assert "Netwerkrisico" not in decision_list and "Afwijkend" not in decision_list

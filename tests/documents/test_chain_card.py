"""The signaleringskaart: one landscape page (A4 or A3) as PDF, SVG and PNG from a chain entered
through the services; read back with pypdf, xml.etree and the PNG header."""

from __future__ import annotations

import datetime as dt
import os
import struct
import xml.etree.ElementTree as ET
import zlib
from io import BytesIO
from pathlib import Path

import pytest
from chain_kit import build_chain
from pdf_checks import pdfa_problems
from pypdf import PdfReader

from casusoverleg_desktop.documents.chain_card import (
    FLOW_STYLE,
    MIN_DRAWING_TEXT,
    MIN_TEXT_SIZE,
    CardDoesNotFit,
    Text,
    build_card,
    card_pdf,
    card_png,
    card_svg,
)
from casusoverleg_desktop.domain.enums import ChainRole, PartnerDomain, PartnerTier
from casusoverleg_desktop.errors import NotFound, ValidationError
from casusoverleg_desktop.services import chain, partners
from casusoverleg_desktop.services.chain import StepFields
from casusoverleg_desktop.services.chain_card import card_data, export_card, version_for_card

SVG = "{http://www.w3.org/2000/svg}"
A4_LANDSCAPE, A3_LANDSCAPE = (841.89, 595.28), (1190.55, 841.89)
ON = dt.date(2026, 3, 2)


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def show(name: str, content: bytes) -> None:
    """Keep a copy for looking at it (CHAIN_CARD_OUT=/some/dir)."""
    if folder := os.environ.get("CHAIN_CARD_OUT"):
        Path(folder, name).write_bytes(content)


def add_busy_routes(ctx, version_id: int, members: dict[str, int], routes: int = 3, steps: int = 6) -> None:
    """``routes`` more routes of ``steps`` steps each, with a branch and long texts."""
    for r in range(routes):
        route = chain.add_route(ctx, version_id, f"Zorgen over situatie {r + 1} thuis of op school",
                                worry="U ziet dat een leerling zich terugtrekt, verzuimt of signalen geeft "
                                      "van geweld of dwang thuis, en u wilt weten wat u moet doen.")
        previous = chain.add_step(ctx, route.id, StepFields(
            members["meldpunt"], "Meldpunt neemt de melding aan en vraagt door", 1,
            information="Vastgelegd in het registratiesysteem; alleen het meldpunt ziet het",
            promise="Ontvangst bevestigd en wie de melding oppakt", promise_days=5))
        for s in range(steps - 1):
            member = members[("weging", "casusoverleg", "ggz")[s % 3]]
            previous = chain.add_step(ctx, route.id, StepFields(
                member, f"Stap {s + 2}: de partners bekijken samen wat nodig is", 5 + s,
                person_informed=s % 2 == 0,
                promise="Of er iets met de melding gebeurt (geen inhoud)" if s == 2 else None,
                promise_days=15 if s == 2 else None),
                after_step_id=previous.id, label="bij zorgen" if s == 1 else None)


@pytest.fixture
def kit(ctx):
    return build_chain(ctx, adopt=True)


def test_the_pdf_is_one_landscape_page_with_routes_contacts_and_promises(ctx, kit):
    card = build_card(card_data(ctx, kit.version_id), "A4")
    pdf = card_pdf(card)
    show("kaart-a4.pdf", pdf)
    reader = PdfReader(BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4_LANDSCAPE, abs=0.1)
    text = pdf_text(pdf)
    for expected in ("Signaleringskaart Wadmeer-Noord", "Zorgen over een leerling of jongere?",
                     "Zo meldt u het.", "Acuut gevaar? Bel 112", "Zorgen over radicalisering", "Wanneer?",
                     "Wie belt of mailt u?", "Meldpunt radicalisering", "14 0519",
                     "meldpunt.radicalisering@wadmeer.nl", "Wat gebeurt er daarna?",
                     "Weegploeg weegt de melding", "binnen 10 werkdagen", "Wat hoort u terug?",
                     "Ontvangst bevestigd en wie de melding oppakt", "Binnen 5 werkdagen",
                     "Binnen 20 werkdagen", "U hoort geen inhoud van de casus", "Bij zorgen:",
                     "Versie 1", "geldig vanaf 1 januari 2026", "De routes in één schema"):
        assert expected in text, expected
    assert "Concept" not in text
    assert reader.metadata.title == "Signaleringskaart Wadmeer-Noord"
    assert pdfa_problems(pdf) == []
    assert min(s.size for s in card.shapes if isinstance(s, Text) and s.y < card.height * 0.5) \
        >= MIN_TEXT_SIZE


def drawn_texts(card) -> list[Text]:
    """The text in the flowchart: below the heading "De routes in één schema"."""
    heading = next(s for s in card.shapes if isinstance(s, Text) and s.text == "De routes in één schema")
    return [s for s in card.shapes if isinstance(s, Text) and heading.y < s.y < card.height - 40]


def test_the_kit_chain_is_drawn_readably_on_a4_with_compact_boxes(ctx, kit):
    card = build_card(card_data(ctx, kit.version_id), "A4")
    pdf = card_pdf(card)
    show("kaart-a4-schema.png", card_png(card, 100))
    assert card.drawing_text_size >= MIN_DRAWING_TEXT
    drawn = drawn_texts(card)
    assert min(t.size for t in drawn) >= MIN_DRAWING_TEXT
    assert min(t.size for t in drawn) == pytest.approx(card.drawing_scale * FLOW_STYLE.font_size)
    words = [t.text for t in drawn]
    # a box per step: its organisation and its term, no action or promise (the text blocks say those)
    assert words.count("Politie Wadmeer") == 1 and words.count("GGZ Wadmeer") == 1 and "direct" in words
    assert words.count("binnen 1 werkdag") >= 2
    assert not any("Meldpunt neemt" in w or "Melder hoort" in w for w in words)
    assert "De routes in één schema" in pdf_text(pdf)
    assert "past niet leesbaar" not in pdf_text(pdf)


def test_a3_is_landscape_a3_with_larger_text(ctx, kit):
    data = card_data(ctx, kit.version_id)
    a4, a3 = build_card(data, "A4"), build_card(data, "A3")
    pdf = card_pdf(a3)
    show("kaart-a3.pdf", pdf)
    box = PdfReader(BytesIO(pdf)).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A3_LANDSCAPE, abs=0.1)
    assert a3.text_size > a4.text_size
    assert "Acuut gevaar? Bel 112" in pdf_text(pdf)


def test_a_concept_says_so(ctx):
    kit = build_chain(ctx)
    text = pdf_text(card_pdf(build_card(card_data(ctx, kit.version_id))))
    assert "CONCEPT — nog niet vastgesteld" in text
    assert "Concept — nog niet vastgesteld" in text


def test_the_svg_keeps_its_text_in_points(ctx, kit):
    card = build_card(card_data(ctx, kit.version_id), "A4")
    svg = card_svg(card)
    show("kaart-a4.svg", svg.encode())
    root = ET.fromstring(svg)
    assert root.get("viewBox") == "0 0 841.89 595.28"
    assert root.get("width") == "841.89pt"
    assert root.find(f"{SVG}title").text == "Signaleringskaart Wadmeer-Noord"
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "Signaleringskaart Wadmeer-Noord" in texts
    assert "Acuut gevaar? Bel 112" in texts
    assert "Wat hoort u terug?" in texts
    assert "meldpunt.radicalisering@wadmeer.nl" in texts
    assert all("Noto Sans" in t.get("font-family") for t in root.iter(f"{SVG}text"))
    assert root.findall(f".//{SVG}polygon"), "arrowheads"


def test_the_png_is_a_150_dpi_page(ctx, kit):
    png = card_png(build_card(card_data(ctx, kit.version_id), "A4"))
    show("kaart-a4.png", png)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height, depth, colour = struct.unpack(">IIBB", png[16:26])
    assert (width, depth, colour) == (1754, 8, 2) and height in (1240, 1241)
    chunks, at = {}, 8
    while at < len(png):
        (length,), kind = struct.unpack(">I", png[at:at + 4]), png[at + 4:at + 8]
        body = png[at + 8:at + 8 + length]
        assert struct.unpack(">I", png[at + 8 + length:at + 12 + length])[0] == zlib.crc32(kind + body)
        chunks[kind] = chunks.get(kind, b"") + body
        at += 12 + length
    pixels = zlib.decompress(chunks[b"IDAT"])
    assert len(pixels) == height * (1 + width * 3)
    reds = sum(1 for i in range(1, len(pixels) - 3, 3 * 7) if pixels[i] > 150 and pixels[i + 1] < 80
               and pixels[i + 2] < 80)
    assert reds > 1000, "the red acute banner"


def test_four_routes_of_six_steps_fit_on_a4_and_a3(ctx, kit):
    chain.new_version(ctx, kit.municipality_id, dt.date(2026, 6, 1))
    version = chain.list_versions(ctx, kit.municipality_id)[0]
    view = chain.chain_view(ctx, version.id)
    by_role = {m.role: m.id for m in view.members}
    add_busy_routes(ctx, version.id, {"meldpunt": by_role[ChainRole.MELDPUNT],
                                      "weging": by_role[ChainRole.WEGING],
                                      "casusoverleg": by_role[ChainRole.CASUSOVERLEG],
                                      "ggz": by_role[ChainRole.OPVOLGING]})
    data = card_data(ctx, version.id)
    assert len(data.routes) == 5
    for paper in ("A4", "A3"):
        card = build_card(data, paper)
        pdf = card_pdf(card)
        show(f"kaart-druk-{paper.lower()}.pdf", pdf)
        assert len(PdfReader(BytesIO(pdf)).pages) == 1
        assert card.text_size >= MIN_TEXT_SIZE
        assert all(0 <= s.y <= card.height for s in card.shapes if isinstance(s, Text))
        text = pdf_text(pdf)
        assert "Zorgen over situatie 3 thuis of op school" in text
        # too much for a readable drawing: left out, with where to see it
        assert card.drawing_scale == 0
        assert "De routes in één schema" not in text
        assert "past niet leesbaar op deze pagina" in text and "pagina Keten" in text
        assert ("A3-versie" in text) is (paper == "A4")


def test_a_chain_too_big_for_one_page_is_refused(ctx, kit):
    chain.new_version(ctx, kit.municipality_id, dt.date(2026, 6, 1))
    version = chain.list_versions(ctx, kit.municipality_id)[0]
    view = chain.chain_view(ctx, version.id)
    by_role = {m.role: m.id for m in view.members}
    add_busy_routes(ctx, version.id, {"meldpunt": by_role[ChainRole.MELDPUNT],
                                      "weging": by_role[ChainRole.WEGING],
                                      "casusoverleg": by_role[ChainRole.CASUSOVERLEG],
                                      "ggz": by_role[ChainRole.OPVOLGING]}, routes=9, steps=8)
    with pytest.raises(CardDoesNotFit, match="past niet op één A4-pagina"):
        build_card(card_data(ctx, version.id), "A4")


def test_which_version_goes_on_the_card(ctx):
    with pytest.raises(NotFound, match="nog geen keten"):
        version_for_card(ctx, None, ON)
    first = build_chain(ctx, adopt=True)
    assert version_for_card(ctx, None, ON) == first.version_id
    assert version_for_card(ctx, "wadmeer-noord", ON) == first.version_id
    later = chain.new_version(ctx, first.municipality_id, dt.date(2026, 9, 1))
    assert version_for_card(ctx, None, ON) == first.version_id  # the concept is not in force
    chain.adopt_version(ctx, later.id)
    assert version_for_card(ctx, None, ON) == first.version_id
    assert version_for_card(ctx, None, dt.date(2026, 9, 1)) == later.id
    assert version_for_card(ctx, None, dt.date(2025, 1, 1)) == later.id  # none in force yet: newest
    south = chain.create_municipality(ctx, "Wadmeer-Zuid")
    with pytest.raises(ValidationError, match="kies er één: Wadmeer-Noord, Wadmeer-Zuid"):
        version_for_card(ctx, None, ON)
    with pytest.raises(NotFound, match="'Lindeveld' staat niet in de kluis. Gemeenten: Wadmeer-Noord"):
        version_for_card(ctx, "Lindeveld", ON)
    with pytest.raises(NotFound, match="Wadmeer-Zuid heeft nog geen versie"):
        version_for_card(ctx, "Wadmeer-Zuid", ON)
    concept = chain.new_version(ctx, south.id, ON)
    assert version_for_card(ctx, "Wadmeer-Zuid", ON) == concept.id
    with pytest.raises(ValidationError, match="heeft nog geen routes"):
        card_data(ctx, concept.id)


@pytest.mark.parametrize("suffix", [".pdf", ".svg", ".png"])
def test_export_writes_the_format_of_the_suffix_owner_only(ctx, kit, tmp_path, suffix):
    out = tmp_path / "uit"
    out.mkdir()
    target = export_card(ctx, kit.version_id, out / f"kaart{suffix}", "A3")
    content = target.read_bytes()
    assert content[:4] == {".pdf": b"%PDF", ".svg": b"<?xm", ".png": b"\x89PNG"}[suffix]
    if os.name == "posix":
        assert target.stat().st_mode & 0o077 == 0
    assert sorted(p.name for p in out.iterdir()) == [f"kaart{suffix}"]


@pytest.mark.parametrize(("name", "paper", "message"), [
    ("kaart.docx", "A4", "eindigen op .pdf, .svg of .png"),
    ("kaart", "A4", "eindigen op .pdf, .svg of .png"),
    ("kaart.pdf", "A5", "Papierformaat 'A5' ken ik niet"),
])
def test_export_refuses_bad_input_and_writes_nothing(ctx, kit, tmp_path, name, paper, message):
    out = tmp_path / "uit"
    out.mkdir()
    with pytest.raises(ValidationError, match=message):
        export_card(ctx, kit.version_id, out / name, paper)
    assert list(out.iterdir()) == []


def test_the_card_shows_organisations_not_people(ctx):
    """Contacts come from the chain's organisational fields only: no professional's name appears."""
    partner = partners.create_partner(ctx, "Jongerenwerk Wadmeer", PartnerDomain.VOORVELD,
                                      PartnerTier.EXTERNE_CASUSPARTNER)
    kit = build_chain(ctx)
    chain.add_member(ctx, kit.version_id, partner.id, ChainRole.VOORVELD, contact_function="Jongerenwerk",
                     contact_email="jongerenwerk@wadmeer.nl")
    text = pdf_text(card_pdf(build_card(card_data(ctx, kit.version_id))))
    assert "Marloes Dekkers" not in text

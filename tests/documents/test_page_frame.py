"""The header and footer every page carries stay inside the margins and never print over each
other, also with long partner names, long legal bases and many case codes (read back with
poppler's word boxes; render the PDF with pdftoppm to look at it)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph
from signing_testkit import Box, word_boxes

from casusoverleg_desktop.documents import layout
from casusoverleg_desktop.documents.data import ExportStamp

LONG_PARTNER = "Stichting Maatschappelijke Dienstverlening en Schuldhulp Regio Lindeveld-Oost"
LONG_BASIS = ("Wet gegevensverwerking samenwerkingsverbanden (Zorg- en Veiligheidshuis); "
              "Wet gegevensverwerking PGA")
VARIANTS = {
    "kort": ("Lindeveld College", "Wet gegevensverwerking PGA", ("LV-2025-014",), "Marloes Dekkers", "ZVH"),
    "lange partner, drie casussen": (LONG_PARTNER, LONG_BASIS, ("LV-2025-014", "LV-2025-021", "LV-2025-102"),
                                     "Marloes Dekkers", "Zorg- en Veiligheidshuis Lindeveld"),
    "alles lang, achttien casussen": (
        LONG_PARTNER, LONG_BASIS, tuple(f"LV-2025-{n}" for n in range(101, 119)),
        "Marloes Dekkers-van den Heuvel-Oosterbroek", "Zorg- en Veiligheidshuis Lindeveld-Oost en Omstreken"),
    "één lang woord": ("Samenwerkingsverbandgegevensverwerkingsovereenkomstpartnerorganisatie" * 2, "—",
                       ("LV-2025-014",), "M. Dekkers", "ZVH"),
}
LEFT, RIGHT = layout.MARGIN_LEFT, layout.PAGE_WIDTH - layout.MARGIN_RIGHT
EDGE = 0.5  # points of rounding in poppler's boxes


def render(tmp_path: Path, partner: str, basis: str, codes: tuple[str, ...], exporter: str,
           organisation: str) -> Path:
    styles = layout.styles()
    story = [Paragraph("Uittreksel casusoverleg", styles.title),
             *(Paragraph("Inbreng en besluiten. " * 60, styles.body) for _ in range(6))]
    page = layout.PageInfo(
        document=f"Uittreksel 26-02-2025 voor {partner}", legal_basis=basis, case_codes=codes,
        stamp=ExportStamp(dt.date(2025, 2, 26), exporter, organisation),
        audience=f"uittreksel voor {partner}")
    rendered = layout.render(story, layout.Metadata("Uittreksel", "Uittreksel", exporter), page)
    path = tmp_path / "uittreksel.pdf"
    path.write_bytes(rendered.pdf)
    return path


def frame_words(words: list[Box]) -> list[Box]:
    """The words of the header (top 20 mm) and the footer (below the rule at 21 mm)."""
    return [w for w in words if w[3] < 20 * mm or w[1] > layout.PAGE_HEIGHT - 21 * mm]


@pytest.mark.parametrize("variant", VARIANTS, ids=list(VARIANTS))
def test_header_and_footer_fit_inside_the_margins_without_overlap(tmp_path, variant):
    pages = word_boxes(render(tmp_path, *VARIANTS[variant]))
    assert len(pages) >= 2
    for number, words in enumerate(pages, start=1):
        frame = frame_words(words)
        outside = [w[4] for w in frame if w[0] < LEFT - EDGE or w[2] > RIGHT + EDGE]
        assert outside == [], f"page {number}: {outside}"
        rows: dict[float, list[Box]] = {}
        for word in frame:
            rows.setdefault(round(word[3], 1), []).append(word)
        for row in rows.values():
            row.sort()
            overlaps = [(a[4], b[4]) for a, b in zip(row, row[1:], strict=False) if b[0] < a[2] - EDGE]
            assert overlaps == [], f"page {number}: {overlaps}"
        text = " ".join(w[4] for w in frame)
        assert f"pagina {number} van {len(pages)}" in text
        assert "Vertrouwelijk" in text and "VERTROUWELIJK" in text and "Geëxporteerd op 26-02-2025" in text
        footer_rows = {round(w[3], 1) for w in frame if w[1] > layout.PAGE_HEIGHT - 21 * mm}
        assert len(footer_rows) <= layout.FOOTER_ROWS
        assert min(w[1] for w in frame if w[1] > layout.PAGE_HEIGHT - 21 * mm) > layout.PAGE_HEIGHT - 21 * mm


def test_the_short_footer_reads_as_before(tmp_path):
    """Typical values: one row with classification, basis and audience beside the page number,
    one with the case beside the export."""
    words = frame_words(word_boxes(render(tmp_path, *VARIANTS["kort"]))[0])
    rows: dict[float, list[Box]] = {}
    for word in sorted(words):
        rows.setdefault(round(word[3], 1), []).append(word)
    lines = [" ".join(w[4] for w in rows[y]) for y in sorted(rows)]
    assert lines == [
        "ZVH · Uittreksel 26-02-2025 voor Lindeveld College VERTROUWELIJK",
        "Vertrouwelijk · grondslag: Wet gegevensverwerking PGA · uittreksel voor Lindeveld College "
        "pagina 1 van 2",
        "Casus: LV-2025-014 Geëxporteerd op 26-02-2025 door Marloes Dekkers",
    ]


def test_what_does_not_fit_ends_in_an_ellipsis(tmp_path):
    words = frame_words(word_boxes(render(tmp_path, *VARIANTS["alles lang, achttien casussen"]))[0])
    text = " ".join(w[4] for w in sorted(words, key=lambda w: (round(w[3], 1), w[0])))
    assert "Casussen: LV-2025-101," in text and "…" in text and "LV-2025-118" not in text

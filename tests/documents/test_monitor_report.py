"""The Ketenmonitor PDF, parsed back: the figures of the hand-counted quarter, "< 5" for the small
counts and no count from 1 to 4 anywhere as a number."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from casusoverleg_desktop.errors import InputError
from casusoverleg_desktop.services import chain_monitor
from casusoverleg_desktop.services.document_export import save_export
from tests.services.test_chain_monitor import Q1, TODAY, enter_quarter


@pytest.fixture
def built(ctx):
    enter_quarter(ctx)
    report = chain_monitor.monitor(ctx, *Q1, today=TODAY)
    return report, chain_monitor.export_monitor_pdf(ctx, report)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_report_holds_the_aggregates_and_hides_small_counts(built):
    report, document = built
    text = _text(document.pdf)
    assert "Ketenmonitor Wadmeer-Noord 01-01-2026 t/m 31-03-2026" in text
    assert "< 5" in text and "Aantallen van 1 tot en met 4" in text
    for heading in ("Per gemeente", "Per route", "Per partner die meldde", "Signalen per route",
                    "Werkdagen van melding tot weging", "Terugkoppeling op tijd"):
        assert heading in text
    flat = re.sub(r"\s+", " ", text)
    assert "Totaal 10 2 8 9 10 40% 5" in flat
    assert "Acute dreiging < 5 — — — — < 5 < 5" in flat
    assert "Zorgen over radicalisering 5 2 8 9 10 60% < 5" in flat
    assert "Wadmeer-Noord x 2 8 9 10 x < 5" in flat
    # past the rule's own words and the page numbers, the only figure from 1 to 4 is the median
    # time to triage (2 working days): no count
    rest = re.sub(r"1 tot en met 4|pagina \d van \d|< 5", "", flat)
    assert set(re.findall(r"(?<![\d-])\b[1-4]\b(?![\d%-])", rest)) == {"2"}
    assert document.suggested_name == "Ketenmonitor_Wadmeer-Noord_2026-01-01_2026-03-31.pdf"


def test_no_person_or_case_appears(built):
    text = _text(built[1].pdf)
    assert "WN-2026" not in text and "buurvrouw" not in text


def test_written_where_chosen_and_nowhere_when_the_folder_is_missing(ctx, tmp_path: Path):
    report = chain_monitor.monitor(ctx, *Q1, today=TODAY)
    built = chain_monitor.export_monitor_pdf(ctx, report)
    written = save_export(tmp_path / "monitor.pdf", built.pdf)
    assert written.read_bytes()[:5] == b"%PDF-" and built.page_count >= 1
    with pytest.raises(InputError, match="bestaat niet"):
        save_export(tmp_path / "geen" / "monitor.pdf", built.pdf)
    assert not (tmp_path / "geen").exists()
    left = [p.name for p in tmp_path.iterdir() if p.name.startswith((".monitor", "monitor"))]
    assert left == ["monitor.pdf"]

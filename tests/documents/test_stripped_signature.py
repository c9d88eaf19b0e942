"""A signature that was stripped is reported: minutes cut back to before the chair's signature (or
signed by the notulist alone) fail verification and name the chair's empty field; the fully signed
minutes still pass. Real vault, real minutes export, real pyHanko signatures."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import pytest
from doc_scenarios import adopt, as_user, lv_2025_014, with_signers
from pyhanko.pdf_utils.reader import PdfFileReader
from signing_testkit import MINUTES_FIELDS, minutes_pdf

from casusoverleg_desktop.documents.signing import prepare_signature_fields
from casusoverleg_desktop.services import document_export, signing

CHAIR_EMPTY = "Het handtekeningveld 'vastgesteld' (voorzitter) is leeg"


@dataclass(frozen=True)
class Minutes:
    secretary_only: bytes
    both: bytes
    stripped: bytes
    ca: Path


def cut_back_to_first_signature(pdf: bytes) -> bytes:
    """The file as it was when the first signature was made: its signed byte range ends there."""
    first = PdfFileReader(BytesIO(pdf), strict=False).embedded_regular_signatures[0]
    *_, start, length = first.byte_range
    return pdf[:start + length]


@pytest.fixture
def minutes(vault, ctx, tmp_path) -> Minutes:
    with_signers(vault, ctx)
    scenario = lv_2025_014(ctx)
    adopt(ctx, scenario)
    first = document_export.export_minutes(as_user(ctx, "notulist"), scenario.meeting, sign=True).pdf
    both = document_export.export_minutes(ctx, scenario.meeting, sign=True).pdf
    ca = tmp_path / "ca.pem"
    ca.write_bytes(signing.export_ca_certificate(ctx))
    return Minutes(first, both, cut_back_to_first_signature(both), ca)


def verify(tmp_path: Path, pdf: bytes, ca: Path, name: str) -> tuple[int, str]:
    path = tmp_path / name
    path.write_bytes(pdf)
    return signing.verify_file(path, [ca])


def test_the_fully_signed_minutes_still_pass(minutes, ctx, tmp_path):
    code, text = verify(tmp_path, minutes.both, minutes.ca, "verslag.pdf")
    assert code == signing.EXIT_OK, text
    assert "Oordeel: Geldig ondertekend door" in text and "leeg" not in text
    assert signing.verify_document(ctx, minutes.both).ok


def test_minutes_cut_back_to_before_the_chairs_signature_fail_and_name_the_field(minutes, ctx, tmp_path):
    assert minutes.both.startswith(minutes.stripped) and len(minutes.stripped) < len(minutes.both)
    code, text = verify(tmp_path, minutes.stripped, minutes.ca, "ingekort.pdf")
    assert code == signing.EXIT_NOT_OK, text
    assert CHAIR_EMPTY in text and "een handtekening is eraf gehaald" in text
    assert "Leeg (niet ondertekend): veld 'vastgesteld' (voorzitter)" in text
    report = signing.verify_document(ctx, minutes.stripped)
    assert not report.ok and report.unsigned_fields == ("vastgesteld",)
    assert report.verdict.startswith("Niet in orde. " + CHAIR_EMPTY)
    [secretary] = report.signatures  # her signature itself is in order: only the chair's is missing
    assert secretary.field == "opgesteld" and secretary.ok


def test_minutes_signed_by_the_secretary_alone_fail_and_name_the_chairs_field(minutes, ctx, tmp_path):
    code, text = verify(tmp_path, minutes.secretary_only, minutes.ca, "opgesteld.pdf")
    assert code == signing.EXIT_NOT_OK and CHAIR_EMPTY in text
    assert "'opgesteld' (notulist) is leeg" not in text


def test_prepared_fields_without_any_signature_name_both_roles(minutes, tmp_path):
    prepared = prepare_signature_fields(minutes_pdf(), MINUTES_FIELDS)
    code, text = verify(tmp_path, prepared, minutes.ca, "leeg.pdf")
    assert code == signing.EXIT_NOT_OK
    assert "Dit document is niet ondertekend." in text
    assert "De handtekeningvelden 'opgesteld' (notulist) en 'vastgesteld' (voorzitter) zijn leeg" in text

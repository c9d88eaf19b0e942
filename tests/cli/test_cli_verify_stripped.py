"""`casusoverleg verify` as a real process on minutes whose chair's signature was stripped: exit 1
and the empty field named on stderr; the fully signed minutes still exit 0 with nothing on stderr."""

from __future__ import annotations

from io import BytesIO

import pytest
from cli_process import cli
from doc_scenarios import adopt, as_user, lv_2025_014, with_signers
from pyhanko.pdf_utils.reader import PdfFileReader

from casusoverleg_desktop.services import document_export, signing

pytestmark = pytest.mark.slow



def test_verify_exits_non_zero_for_a_stripped_chair_signature(vault, ctx, tmp_path):
    with_signers(vault, ctx)
    scenario = lv_2025_014(ctx)
    adopt(ctx, scenario)
    document_export.export_minutes(as_user(ctx, "notulist"), scenario.meeting, sign=True)
    both = document_export.export_minutes(ctx, scenario.meeting, sign=True).pdf
    *_, start, length = PdfFileReader(BytesIO(both), strict=False).embedded_regular_signatures[0].byte_range
    stripped, full, ca = tmp_path / "ingekort.pdf", tmp_path / "verslag.pdf", tmp_path / "ca.pem"
    stripped.write_bytes(both[:start + length])
    full.write_bytes(both)
    ca.write_bytes(signing.export_ca_certificate(ctx))

    result = cli("verify", stripped, "--trust", ca)
    detail = f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    assert result.returncode == 1, detail
    assert "Het handtekeningveld 'vastgesteld' (voorzitter) is leeg" in result.stderr, detail
    assert result.stderr.startswith("casusoverleg: Oordeel: Niet in orde."), detail
    assert "Kees Brinkhorst" in result.stdout and "Traceback" not in result.stderr + result.stdout

    result = cli("verify", full, "--trust", ca)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert "Oordeel: Geldig ondertekend door" in result.stdout

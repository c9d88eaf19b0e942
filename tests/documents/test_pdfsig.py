"""Another implementation agrees: poppler's pdfsig (with NSS) finds both signatures of the signed
minutes valid and their certificate trusted once the vault's exported CA certificate is trusted,
and notices a changed byte."""

from __future__ import annotations

import re

import pytest
from doc_scenarios import adopt, as_user, lv_2025_014, with_signers
from pdf_checks import pdfsig

from casusoverleg_desktop.services import document_export, signing


@pytest.fixture
def signed_minutes(vault, ctx, tmp_path):
    with_signers(vault, ctx)
    scenario = lv_2025_014(ctx)
    adopt(ctx, scenario)
    document_export.export_minutes(as_user(ctx, "notulist"), scenario.meeting, sign=True)
    final = tmp_path / "verslag.pdf"
    final.write_bytes(document_export.export_minutes(ctx, scenario.meeting, sign=True).pdf)
    ca = tmp_path / "kluis-ca.pem"
    ca.write_bytes(signing.export_ca_certificate(ctx))
    return final, ca


def signatures(report: str) -> list[dict[str, str]]:
    """Each signature's lines: "- Key: value" as key → value, "- Statement" as statement → ""."""
    blocks = re.split(r"^Signature #\d+:$", report, flags=re.MULTILINE)[1:]
    return [{key: value for key, _, value in (line.partition(": ") for line in
                                              re.findall(r"^  - (.*)$", block, flags=re.MULTILINE))}
            for block in blocks]


def test_pdfsig_trusts_both_signatures_with_the_exported_ca(signed_minutes, tmp_path):
    pdf, ca = signed_minutes
    found = signatures(pdfsig(pdf, ca, tmp_path))
    assert [s["Signature Field Name"] for s in found] == ["opgesteld", "vastgesteld"]
    assert [s["Signer Certificate Common Name"] for s in found] == ["Kees Brinkhorst", "Marloes Dekkers"]
    for signature in found:
        assert signature["Signature Validation"] == "Signature is Valid."
        assert signature["Certificate Validation"] == "Certificate is Trusted."
        assert signature["Signature Type"] == "ETSI.CAdES.detached"
    assert "Total document signed" in found[1]


def test_pdfsig_notices_a_changed_byte(signed_minutes, tmp_path):
    pdf, ca = signed_minutes
    data = bytearray(pdf.read_bytes())
    data[len(data) // 4] ^= 0x01
    damaged = tmp_path / "gewijzigd.pdf"
    damaged.write_bytes(bytes(data))
    found = signatures(pdfsig(damaged, ca, tmp_path))
    assert found and any(s.get("Signature Validation") != "Signature is Valid." for s in found)

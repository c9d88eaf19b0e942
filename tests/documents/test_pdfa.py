"""Archival PDFs: every document the house template renders is PDF/A-2b (structurally, see
pdf_checks and docs/archive.md), and the signed minutes stay PDF/A-2b at PDF 1.7 with their title
and metadata after both signatures. The checker itself is shown what it must refuse."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

import pytest
from asn1crypto import keys as asn1_keys
from doc_scenarios import adopt, as_user, lv_2025_014, with_signers
from pdf_checks import pdfa_problems
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner, SimpleSigner
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

from casusoverleg_desktop.documents import layout, pki
from casusoverleg_desktop.documents.data import ExportStamp
from casusoverleg_desktop.documents.pdfa import srgb_profile
from casusoverleg_desktop.documents.signing import _to_asn1
from casusoverleg_desktop.services import document_export, signing


@pytest.fixture
def lv014(vault, ctx):
    with_signers(vault, ctx)
    return lv_2025_014(ctx)


def catalog(pdf: bytes):
    return PdfReader(BytesIO(pdf)).trailer["/Root"]


def test_every_kind_of_document_is_pdfa_2b(vault, ctx, lv014):
    built = {
        "agenda": document_export.export_agenda(ctx, lv014.meeting),
        "agenda, ondertekend": document_export.export_agenda(ctx, lv014.meeting, sign=True),
        "besluiten- en actielijst": document_export.export_action_list(ctx, lv014.meeting, sign=True),
        "uittreksel": document_export.export_extract(ctx, lv014.meeting, lv014.partners["school"], sign=True),
        "verslag (concept, met watermerk)": document_export.export_minutes(ctx, lv014.meeting),
        "terugkoppeling": document_export.export_feedback_letter(ctx, lv014.feedback),
        "herstelblad": document_export.recovery_sheet("K7QM-4XPA-9RTD-WH2E-LC6N-BV3F", vault.vault_id,
                                                      "voorzitter", dt.date(2025, 1, 6)),
        "instructie CA": document_export.ca_for_recipients(ctx)[1],
    }
    for kind, document in built.items():
        assert pdfa_problems(document.pdf) == [], kind
        assert document.pdf.startswith(b"%PDF-1.7\n"), kind


def test_signed_minutes_stay_pdfa_at_pdf_17_with_their_metadata(ctx, lv014):
    adopt(ctx, lv014)
    prepared = document_export.export_minutes(ctx, lv014.meeting).pdf
    first = document_export.export_minutes(as_user(ctx, "notulist"), lv014.meeting, sign=True).pdf
    final = document_export.export_minutes(ctx, lv014.meeting, sign=True).pdf
    assert signing.verify_document(ctx, final).ok
    for pdf in (prepared, first, final):
        assert pdfa_problems(pdf) == []
        assert pdf.startswith(b"%PDF-1.7\n") and catalog(pdf).get("/Version", "/1.7") == "/1.7"
    extensions = catalog(final)["/Extensions"]
    assert list(extensions) == ["/ESIC"] and extensions["/ESIC"]["/BaseVersion"] == "/1.7"
    made, signed = PdfReader(BytesIO(prepared)), PdfReader(BytesIO(final))
    assert signed.metadata == made.metadata  # title, producer and dates as the document was made
    assert signed.metadata.title.startswith("Verslag")
    assert (signed.trailer["/Root"]["/Metadata"].get_object().get_data()
            == made.trailer["/Root"]["/Metadata"].get_object().get_data())
    assert signed.trailer["/ID"][0] == made.trailer["/ID"][0]  # the same document, updated


def test_metadata_in_any_script_agrees_between_info_and_xmp():
    page = layout.PageInfo("Verslag", "—", (), ExportStamp(dt.date(2025, 2, 26), "K. Brinkhorst", "ZVH"))
    meta = layout.Metadata(title="Verslag reünie & ĳsbaan <€ 1.250> “definitief”",
                           subject="Één ‘onderwerp’", author="Kees Brinkhorst, ZVH", keywords=("a&b", "ĳ"))
    pdf = layout.render([Paragraph("Tekst", layout.styles().body)], meta, page).pdf
    assert pdfa_problems(pdf) == []
    assert PdfReader(BytesIO(pdf)).metadata.title == meta.title


def test_the_output_intent_carries_pillows_srgb_profile(ctx, lv014):
    pdf = document_export.export_action_list(ctx, lv014.meeting).pdf
    [intent] = catalog(pdf)["/OutputIntents"]
    intent = intent.get_object()
    assert intent["/S"] == "/GTS_PDFA1" and intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    assert intent["/DestOutputProfile"].get_object().get_data() == srgb_profile()


def test_the_checker_refuses_a_plain_reportlab_file():
    out = BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setTitle("Verslag")
    page.setFont("Helvetica", 12)
    page.setFillAlpha(0.5)
    page.drawString(72, 720, "Niet gearchiveerd")
    page.showPage()
    page.save()
    problems = " | ".join(pdfa_problems(out.getvalue()))
    for expected in ("0 output intents", "no XMP /Metadata", "Helvetica is not embedded",
                     "sets /ca 0.5 (transparency)"):
        assert expected in problems


def test_the_checker_refuses_what_plain_pyhanko_makes_of_it(ctx, lv014):
    """Why documents.signing has its own signer and writer: pyHanko alone makes an ECDSA-signed file
    PDF 2.0 and stamps its own producer and time into the metadata, differently in Info and XMP."""
    pdf = document_export.export_agenda(ctx, lv014.meeting, sign=True).pdf
    ca = pki.make_vault_ca("Ander", now=dt.datetime.now(dt.UTC), policy=ctx.certificates)
    user = pki.issue_user_certificate(ca, "K. Brinkhorst", "", "notulist", now=dt.datetime.now(dt.UTC),
                                      policy=ctx.certificates)
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    out = BytesIO()
    PdfSigner(PdfSignatureMetadata(field_name="extra", subfilter=SigSeedSubFilter.PADES),
              signer=SimpleSigner(signing_cert=_to_asn1(user.certificate), cert_registry=None,
                                  signing_key=asn1_keys.PrivateKeyInfo.load(pki.private_key_der(user.private_key))),
              ).sign_pdf(writer, output=out)
    problems = " | ".join(pdfa_problems(out.getvalue()))
    assert "catalog /Version is /2.0" in problems
    assert "Info /Producer" in problems and "differs from XMP pdf:Producer" in problems

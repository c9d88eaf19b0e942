"""Signed minutes: both fields first, the minute taker then the chair, stored in the vault between
the two; validated with pyHanko; tampering and later revisions are reported."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

import pytest
from doc_scenarios import adopt, as_user, big_meeting, lv_2025_014, with_signers
from pyhanko.pdf_utils.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    TextStringObject,
)
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from sqlalchemy import select
from vault_admin_kit import work_on

from casusoverleg_desktop.documents.signing import _to_asn1, verify_pdf
from casusoverleg_desktop.domain.enums import MeetingType, MinutesStatus
from casusoverleg_desktop.errors import SigningError
from casusoverleg_desktop.services import document_export, document_signatures, meetings, minutes, signing
from casusoverleg_desktop.store.document_models import MinutesDocument


@pytest.fixture
def adopted(vault, ctx):
    with_signers(vault, ctx)
    scenario = lv_2025_014(ctx)
    adopt(ctx, scenario)
    return scenario


def secretary(ctx):
    return as_user(ctx, "notulist")


def signed_by_both(ctx, scenario) -> bytes:
    document_export.export_minutes(secretary(ctx), scenario.meeting, sign=True)
    return document_export.export_minutes(ctx, scenario.meeting, sign=True).pdf


def test_secretary_then_chair_both_signatures_valid(ctx, vault, adopted):
    first = document_export.export_minutes(secretary(ctx), adopted.meeting, sign=True)
    assert document_signatures.signature_fields(first.pdf) == {"opgesteld": True, "vastgesteld": False}
    final = document_export.export_minutes(ctx, adopted.meeting, sign=True).pdf
    report = verify_pdf(final, signing.trust_roots(ctx))
    assert report.ok, report.verdict
    assert [(c.field, c.signer, c.reason) for c in report.signatures] == [
        ("opgesteld", "Kees Brinkhorst", "opgesteld"), ("vastgesteld", "Marloes Dekkers", "vastgesteld")]
    # pyHanko directly: both intact, valid and trusted
    roots = [_to_asn1(c) for c in signing.trust_roots(ctx)]
    reader = PdfFileReader(BytesIO(final))
    for embedded in reader.embedded_signatures:
        status = validate_pdf_signature(embedded, ValidationContext(trust_roots=roots, allow_fetching=False))
        assert (status.intact, status.valid, status.trusted) == (True, True, True)
    version = minutes.minutes_versions(ctx, adopted.meeting)[-1]
    assert version.status is MinutesStatus.ONDERTEKEND
    assert [(s.signer, s.capacity) for s in version.signatures] == [
        ("Kees Brinkhorst", "opgesteld"), ("Marloes Dekkers", "vastgesteld")]
    with work_on(vault) as session:
        steps = session.scalars(select(MinutesDocument.step).order_by(MinutesDocument.revision)).all()
    assert steps == ["velden aangemaakt", "opgesteld", "vastgesteld"]
    assert document_export.export_minutes(ctx, adopted.meeting).pdf == final  # frozen: the stored PDF


def test_chair_cannot_sign_before_the_minute_taker(ctx, adopted):
    with pytest.raises(SigningError, match="De notulist ondertekent eerst"):
        document_export.export_minutes(ctx, adopted.meeting, sign=True)
    document_export.export_minutes(secretary(ctx), adopted.meeting, sign=True)
    with pytest.raises(SigningError, match="al ondertekend"):
        document_export.export_minutes(secretary(ctx), adopted.meeting, sign=True)


def test_a_flipped_byte_is_not_intact(ctx, adopted):
    final = bytearray(signed_by_both(ctx, adopted))
    spot = final.index(b"Verslag casusoverleg") if b"Verslag casusoverleg" in final else len(final) // 3
    final[spot + 2] ^= 0x01
    report = verify_pdf(bytes(final), signing.trust_roots(ctx))
    assert not report.ok
    assert any(not c.intact for c in report.signatures) or report.problems


def test_an_unsigned_revision_added_later_is_reported(ctx, adopted):
    final = signed_by_both(ctx, adopted)
    writer = IncrementalPdfFileWriter(BytesIO(final))
    page_ref = writer.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    note = writer.add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FreeText"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (60, 700, 300, 740)]),
        NameObject("/Contents"): TextStringObject("Besluit B2 vervalt."),
        NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
    }))
    annotations = page.get("/Annots", ArrayObject())
    annotations.append(note)
    page[NameObject("/Annots")] = annotations
    writer.update_container(page)
    out = BytesIO()
    writer.write(out)
    report = verify_pdf(out.getvalue(), signing.trust_roots(ctx))
    assert not report.ok
    last = report.signatures[-1]
    assert last.intact and last.valid and last.changed_after
    assert "gewijzigd" in report.verdict


def test_sign_command_continues_from_the_stored_revision(ctx, adopted):
    first = document_export.export_minutes(secretary(ctx), adopted.meeting, sign=True).pdf
    final = document_signatures.sign_existing_pdf(ctx, first)
    assert verify_pdf(final, signing.trust_roots(ctx)).ok
    version = minutes.minutes_versions(ctx, adopted.meeting)[-1]
    assert version.status is MinutesStatus.ONDERTEKEND
    with pytest.raises(SigningError, match="al ondertekend"):
        document_signatures.sign_existing_pdf(ctx, final)


def test_signed_extract_and_an_unprepared_pdf(ctx, adopted):
    built = document_export.export_extract(ctx, adopted.meeting, adopted.partners["school"], sign=True)
    report = verify_pdf(built.pdf, signing.trust_roots(ctx))
    assert report.ok and [c.field for c in report.signatures] == ["ondertekend"]
    plain = document_export.export_agenda(ctx, adopted.meeting).pdf
    signed = document_signatures.sign_existing_pdf(ctx, plain)  # no field yet: an invisible one is added
    assert verify_pdf(signed, signing.trust_roots(ctx)).ok


@pytest.mark.slow
def test_twenty_case_minutes_are_built_adopted_and_signed_by_both(vault, ctx):
    with_signers(vault, ctx)
    meeting = big_meeting(ctx, 20)
    adopting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 7, 2))
    meetings.close_meeting(ctx, meeting, dt.time(17))
    minutes.adopt_in_meeting(ctx, meeting, adopting.id)
    document_export.export_minutes(secretary(ctx), meeting, sign=True)
    final = document_export.export_minutes(ctx, meeting, sign=True)
    assert verify_pdf(final.pdf, signing.trust_roots(ctx)).ok
    assert final.page_count >= 15

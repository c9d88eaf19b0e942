"""Signing minutes (secretary, then chair) and verifying them, with pyHanko, pypdf and poppler."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import SigFieldSpec, append_signature_field
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader
from signing_testkit import (
    CHAIR_BOX,
    MINUTES_FIELDS,
    ORGANISATION,
    POLICY,
    SECRETARY_BOX,
    dark_pixels,
    minutes_pdf,
    now,
    render_gray,
)

from casusoverleg_desktop.documents import pki
from casusoverleg_desktop.documents.signing import (
    FieldSpec,
    prepare_signature_fields,
    sign_pdf,
    verify_pdf,
)
from casusoverleg_desktop.errors import SigningError

SECRETARY_STAMP = ("Opgesteld door K. Brinkhorst, notulist\n" + ORGANISATION
                   + "\nDigitaal ondertekend op 26-02-2025 om 16.12 uur")
CHAIR_STAMP = ("Vastgesteld door M. Dekkers, voorzitter\nGemeente Lindeveld · coördinatie"
               "\nDigitaal ondertekend op 26-02-2025 om 16.20 uur")


@dataclass(frozen=True)
class Signed:
    ca: pki.CertifiedKey
    secretary: pki.CertifiedKey
    chair: pki.CertifiedKey
    prepared: bytes
    first: bytes
    both: bytes
    sign_seconds: tuple[float, float]
    verify_seconds: float


@pytest.fixture(scope="module")
def signed() -> Signed:
    ca = pki.make_vault_ca(ORGANISATION, "3f9a2c7e", now=now(), policy=POLICY)
    secretary = pki.issue_user_certificate(ca, "K. Brinkhorst", ORGANISATION, "notulist", now=now(),
                                           policy=POLICY)
    chair = pki.issue_user_certificate(ca, "M. Dekkers", "Gemeente Lindeveld", "voorzitter", now=now(),
                                       policy=POLICY)
    prepared = prepare_signature_fields(minutes_pdf(), MINUTES_FIELDS)
    started = time.perf_counter()
    first = sign_pdf(prepared, "opgesteld", secretary, reason="opgesteld", location="Lindeveld",
                     stamp_text=SECRETARY_STAMP, signed_at=now())
    middle = time.perf_counter()
    both = sign_pdf(first, "vastgesteld", chair, reason="vastgesteld", location="Lindeveld",
                    stamp_text=CHAIR_STAMP, signed_at=now())
    done = time.perf_counter()
    verify_pdf(both, [ca.certificate])
    verified = time.perf_counter()
    return Signed(ca, secretary, chair, prepared, first, both, (middle - started, done - middle),
                  verified - done)


def test_both_signatures_validate_with_pyhanko(signed):
    reader = PdfFileReader(BytesIO(signed.both))
    signatures = reader.embedded_regular_signatures
    assert [s.field_name for s in signatures] == ["opgesteld", "vastgesteld"]
    for sig in signatures:
        status = validate_pdf_signature(
            sig, ValidationContext(trust_roots=[pki_asn1(signed.ca)], allow_fetching=False))
        assert status.intact and status.valid and status.trusted, status.summary()
        assert status.docmdp_ok and status.bottom_line
    assert signatures[0].sig_object["/SubFilter"] == "/ETSI.CAdES.detached"


def pki_asn1(ca: pki.CertifiedKey):
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding

    return asn1_x509.Certificate.load(ca.certificate.public_bytes(Encoding.DER))


def test_verdict_names_both_signers_in_order(signed):
    report = verify_pdf(signed.both, [signed.ca.certificate])
    assert report.ok
    assert report.verdict == ("Geldig ondertekend door K. Brinkhorst (opgesteld) en M. Dekkers "
                              "(vastgesteld); niets gewijzigd na ondertekening.")
    first, second = report.signatures
    assert (first.field, first.signer, first.role, first.organisation) == (
        "opgesteld", "K. Brinkhorst", "notulist", ORGANISATION)
    assert (second.role, second.organisation) == ("voorzitter", "Gemeente Lindeveld")
    assert first.intact and first.valid and first.trusted and first.docmdp_ok
    assert first.modification_level == "FORM_FILLING" and second.modification_level == "NONE"
    assert not first.changed_after and not second.changed_after
    assert first.signed_at is not None and first.signed_at <= second.signed_at


def test_after_the_first_signature_the_empty_chairs_field_is_not_in_order(signed):
    report = verify_pdf(signed.first, [signed.ca.certificate], field_roles={"vastgesteld": "voorzitter"})
    assert not report.ok and report.signatures[0].ok
    assert report.unsigned_fields == ("vastgesteld",)
    assert report.verdict == ("Niet in orde. Het handtekeningveld 'vastgesteld' (voorzitter) is leeg: het "
                              "document is nog niet volledig ondertekend, of een handtekening is eraf "
                              "gehaald.")


def test_pypdf_sees_two_filled_signature_fields(signed):
    fields = PdfReader(BytesIO(signed.both)).get_fields()
    signature_fields = {name: f for name, f in fields.items() if f.get("/FT") == "/Sig"}
    assert set(signature_fields) == {"opgesteld", "vastgesteld"}
    assert all(f.get("/V") is not None for f in signature_fields.values())


def test_stamps_are_drawn_and_empty_fields_are_not(signed, tmp_path: Path):
    last_page = len(PdfReader(BytesIO(signed.both)).pages)
    (tmp_path / "signed.pdf").write_bytes(signed.both)
    (tmp_path / "prepared.pdf").write_bytes(signed.prepared)
    after = render_gray(tmp_path / "signed.pdf", last_page)
    before = render_gray(tmp_path / "prepared.pdf", last_page)
    for box in (SECRETARY_BOX, CHAIR_BOX):
        assert dark_pixels(before, box) == 0
        assert dark_pixels(after, box) > 150


def test_one_flipped_byte_fails_the_verdict_without_an_exception(signed):
    position = signed.both.index(b"Verslag casusoverleg 26-02-2025")
    tampered = bytearray(signed.both)
    tampered[position + 3] ^= 0x01
    report = verify_pdf(bytes(tampered), [signed.ca.certificate])
    assert not report.ok
    assert not report.signatures[0].intact
    assert report.verdict.startswith("Niet in orde.")
    assert "De handtekening van K. Brinkhorst (veld 'opgesteld') past niet meer bij de inhoud" \
        in report.verdict


@pytest.mark.parametrize("step", range(0, 40_000, 997))
def test_damage_anywhere_is_a_verdict_not_a_crash(signed, step):
    tampered = bytearray(signed.both)
    position = step % len(tampered)
    tampered[position] ^= 0xFF
    report = verify_pdf(bytes(tampered), [signed.ca.certificate])
    assert isinstance(report.verdict, str) and report.verdict


def test_a_field_added_after_the_first_signature_is_reported(signed):
    writer = IncrementalPdfFileWriter(BytesIO(signed.first))
    append_signature_field(writer, SigFieldSpec("extra", on_page=0, box=(56, 600, 290, 660)))
    out = BytesIO()
    writer.write(out)
    report = verify_pdf(out.getvalue(), [signed.ca.certificate])
    assert not report.ok
    assert report.signatures[0].intact and report.signatures[0].trusted
    assert report.signatures[0].changed_after
    assert "Na de handtekening van K. Brinkhorst is een handtekeningveld toegevoegd: 'extra'." \
        in report.verdict


def test_an_unsigned_revision_after_signing_is_reported_as_changed(signed):
    writer = IncrementalPdfFileWriter(BytesIO(signed.both))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    page["/Rotate"] = generic.NumberObject(90)
    writer.update_container(page)
    out = BytesIO()
    writer.write(out)
    report = verify_pdf(out.getvalue(), [signed.ca.certificate])
    assert not report.ok
    assert all(s.intact and s.valid and s.trusted for s in report.signatures)
    assert report.signatures[1].changed_after
    assert "Na de handtekening van M. Dekkers is de inhoud van het document gewijzigd." \
        in report.verdict


def test_a_metadata_only_revision_after_signing_is_reported_too(signed):
    writer = IncrementalPdfFileWriter(BytesIO(signed.both))
    writer.set_info(generic.DictionaryObject({
        generic.NameObject("/Title"): generic.TextStringObject("Verslag (aangepast)")}))
    out = BytesIO()
    writer.write(out)
    report = verify_pdf(out.getvalue(), [signed.ca.certificate])
    assert not report.ok
    assert report.signatures[1].changed_after
    assert "Na de handtekening van M. Dekkers is het document nog gewijzigd" in report.verdict


def test_an_unknown_ca_gives_an_untrusted_verdict_and_no_traceback(signed, caplog):
    stranger = pki.make_vault_ca("Andere organisatie", now=now(), policy=POLICY)
    with caplog.at_level(logging.DEBUG):
        report = verify_pdf(signed.both, [stranger.certificate])
    assert not report.ok
    assert all(s.intact and s.valid and not s.trusted for s in report.signatures)
    assert ("Het certificaat van K. Brinkhorst is niet te herleiden tot een vertrouwd certificaat "
            "(uitgegeven door 'Casusoverleg kluis-CA 3F9A2C7E').") in report.verdict
    assert not [r for r in caplog.records if r.name.startswith("pyhanko") and r.exc_info]


def test_no_signatures_and_no_pdf_are_verdicts_too(signed):
    assert verify_pdf(signed.prepared, [signed.ca.certificate]).verdict == (
        "Niet in orde. Dit document is niet ondertekend. De handtekeningvelden 'opgesteld' en "
        "'vastgesteld' zijn leeg: het document is nog niet volledig ondertekend, of een handtekening "
        "is eraf gehaald.")
    assert verify_pdf(b"geen pdf", [signed.ca.certificate]).verdict == (
        "Niet in orde. Het bestand is geen leesbare PDF, of het is beschadigd.")


def test_signing_needs_a_prepared_empty_field(signed):
    with pytest.raises(SigningError, match="geen handtekeningveld 'vastgesteld'"):
        sign_pdf(minutes_pdf(), "vastgesteld", signed.chair, reason="vastgesteld", location="",
                 stamp_text="x", signed_at=now())
    with pytest.raises(SigningError, match="'opgesteld' is al ondertekend"):
        sign_pdf(signed.both, "opgesteld", signed.chair, reason="opgesteld", location="",
                 stamp_text="x", signed_at=now())


def test_fields_are_checked_before_anything_is_added(signed):
    with pytest.raises(SigningError, match="op pagina 9, maar het document heeft 3 pagina's"):
        prepare_signature_fields(minutes_pdf(), [FieldSpec("opgesteld", 8, SECRETARY_BOX)])
    with pytest.raises(SigningError, match="al een handtekeningveld 'opgesteld'"):
        prepare_signature_fields(signed.prepared, [FieldSpec("opgesteld", 0, SECRETARY_BOX)])
    with pytest.raises(SigningError, match="dezelfde naam"):
        prepare_signature_fields(minutes_pdf(), [MINUTES_FIELDS[0], MINUTES_FIELDS[0]])


def test_a_percent_sign_in_the_stamp_is_shown_as_is(signed):
    out = sign_pdf(signed.prepared, "opgesteld", signed.secretary, reason="opgesteld", location="",
                   stamp_text="100% akkoord — K. Brinkhorst", signed_at=now())
    assert verify_pdf(out, [signed.ca.certificate]).signatures[0].ok


def test_timings(signed):
    first, second = signed.sign_seconds
    print(f"\nsign: secretary {first * 1000:.0f} ms, chair {second * 1000:.0f} ms; "
          f"verify both {signed.verify_seconds * 1000:.0f} ms")
    assert max(first, second) < 3 and signed.verify_seconds < 3

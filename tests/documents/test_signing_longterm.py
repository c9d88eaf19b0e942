"""Signatures that outlast the retention period: certificate terms from an injected policy, the vault
CA's revocation list, validation data embedded with each signature, the chair's lock, and checks as
of the moment of signing. Real PDFs, validated with pyHanko and read back with pypdf."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from io import BytesIO

import other_users
import pytest
from asn1crypto import keys as asn1_keys
from cryptography import x509
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner, SimpleSigner
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader
from signing_testkit import MINUTES_FIELDS, ORGANISATION, POLICY, minutes_pdf, now
from sqlalchemy import select
from vault_admin_kit import admin_of

from casusoverleg_desktop.documents import pki
from casusoverleg_desktop.documents.fields import field_specs
from casusoverleg_desktop.documents.signing import (
    _crl_to_asn1,
    _to_asn1,
    local_time,
    prepare_signature_fields,
    sign_pdf,
    verify_pdf,
)
from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.retention import CertificatePolicy
from casusoverleg_desktop.errors import SigningError, ValidationError
from casusoverleg_desktop.services import signing as service
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.store.pki_models import SignatureRecord, SigningCredential

T0 = now()
EIGHT_YEARS_LATER = T0 + dt.timedelta(days=round(8 * 365.25))


def day(moment: dt.datetime) -> str:
    return f"{local_time(moment):%d-%m-%Y}"


def minute(moment: dt.datetime) -> str:
    return f"{local_time(moment):%d-%m-%Y %H.%M} uur"


@dataclass(frozen=True)
class Signed:
    ca: pki.CertifiedKey
    secretary: pki.CertifiedKey
    chair: pki.CertifiedKey
    prepared: bytes
    first: bytes
    both: bytes


@pytest.fixture(scope="module")
def signed() -> Signed:
    """Minutes signed at T0 by the secretary and five minutes later by the chair, each with the CA's
    revocation list of that moment."""
    ca = pki.make_vault_ca(ORGANISATION, "3f9a2c7e", now=T0, policy=POLICY)
    secretary = pki.issue_user_certificate(ca, "K. Brinkhorst", ORGANISATION, "notulist", now=T0,
                                           policy=POLICY)
    chair = pki.issue_user_certificate(ca, "M. Dekkers", ORGANISATION, "voorzitter", now=T0, policy=POLICY)
    prepared = prepare_signature_fields(minutes_pdf(), MINUTES_FIELDS)
    first = sign_pdf(prepared, "opgesteld", secretary, reason="opgesteld", location="", stamp_text="K",
                     signed_at=T0, crls=[pki.make_crl(ca, [], now=T0)])
    later = T0 + dt.timedelta(minutes=5)
    both = sign_pdf(first, "vastgesteld", chair, reason="vastgesteld", location="", stamp_text="M",
                    signed_at=later, crls=[pki.make_crl(ca, [], now=later)])
    return Signed(ca, secretary, chair, prepared, first, both)


# -- certificate terms and the revocation list ------------------------------------------------------


def test_terms_follow_the_retention_period_and_the_ca_outlasts_its_certificates():
    assert CertificatePolicy(retention_years=5, margin_years=2, issuing_years=10) == POLICY
    assert POLICY.user_validity == dt.timedelta(days=2557)  # 7 years
    assert POLICY.ca_validity == dt.timedelta(days=6209)  # 17 years
    longer = CertificatePolicy(retention_years=20, margin_years=1, issuing_years=0)
    ca = pki.make_vault_ca(ORGANISATION, now=T0, policy=longer)
    user = pki.issue_user_certificate(ca, "K. Brinkhorst", ORGANISATION, "notulist",
                                      now=T0 + dt.timedelta(days=400), policy=longer)
    assert user.certificate.not_valid_after_utc == ca.certificate.not_valid_after_utc  # never beyond
    for wrong in ({"retention_years": 0}, {"margin_years": -1}, {"issuing_years": -1}):
        with pytest.raises(ValidationError, match="minstens één jaar"):
            CertificatePolicy(**wrong)


def test_the_crl_lists_what_its_ca_revoked_and_nothing_else(signed):
    stranger = pki.issue_user_certificate(pki.make_vault_ca("Ander", now=T0, policy=POLICY), "X", "", "",
                                          now=T0, policy=POLICY)
    revoked_at = T0 - dt.timedelta(days=3)
    crl = pki.make_crl(signed.ca, [(signed.secretary.certificate, revoked_at),
                                   (stranger.certificate, revoked_at)], now=T0)
    assert crl.is_signature_valid(signed.ca.certificate.public_key())
    assert crl.issuer == signed.ca.certificate.subject
    assert [(e.serial_number, e.revocation_date_utc) for e in crl] == [
        (signed.secretary.certificate.serial_number, revoked_at)]
    assert crl.next_update_utc - crl.last_update_utc == dt.timedelta(days=30)
    number = crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number
    later = pki.make_crl(signed.ca, [], now=T0 + dt.timedelta(seconds=1))
    assert later.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number > number


@pytest.fixture
def zvh(vault, ctx) -> ServiceContext:
    # Everything at T0, the credential too: issued on the real clock it would not yet be valid at T0
    # once the suite reaches this module more than the allowed clock skew after importing it.
    at_t0 = dataclasses.replace(ctx, clock=lambda: T0)
    service.ensure_vault_ca(at_t0, ORGANISATION, vault.vault_id)
    admin_of(vault).add_user("notulist", Role.SECRETARY, "notulist schrijft alles op",
                             display_name="K. Brinkhorst", organisation=ORGANISATION)
    service.ensure_user_credential(other_users.as_user(at_t0, "notulist"), "notulist")
    return at_t0


def as_user(ctx: ServiceContext, login: str, *, at: dt.datetime | None = None,
            policy: CertificatePolicy | None = None) -> ServiceContext:
    """``login``'s own unlock, at ``at`` and on ``policy``."""
    moment = at or ctx.clock()
    return dataclasses.replace(other_users.as_user(ctx, login), clock=lambda: moment,
                               certificates=policy or ctx.certificates)


def test_credentials_get_the_injected_terms_and_existing_ones_stay(zvh):
    short = CertificatePolicy(retention_years=1, margin_years=0)
    given = service.credential_for(zvh, "notulist")  # made when the user was added
    start = given.valid_until - dt.timedelta(hours=12)  # about to expire: renewed on the injected terms
    first = service.ensure_user_credential(as_user(zvh, "notulist", at=start, policy=short), "notulist")
    assert first.fingerprint != given.fingerprint
    assert first.valid_until - start < dt.timedelta(days=366)
    # a later start with the default (longer) terms keeps the certificate it has ...
    assert service.ensure_user_credential(as_user(zvh, "notulist"), "notulist") == first
    # ... until it is about to expire: then it is replaced on the current terms, the old one revoked
    near_end = first.valid_until - dt.timedelta(hours=12)
    renewed = service.ensure_user_credential(as_user(zvh, "notulist", at=near_end), "notulist")
    assert renewed.fingerprint != first.fingerprint
    assert renewed.valid_until - near_end > dt.timedelta(days=round(7 * 365.25) - 1)
    [crl] = service.revocation_lists(as_user(zvh, "notulist", at=near_end))
    with zvh.unit_of_work() as session:
        old = session.scalars(select(SigningCredential).where(
            SigningCredential.fingerprint == first.fingerprint)).one()
        serial = pki.load_certificates_pem(old.certificate_pem)[0].serial_number
        given_serial = pki.load_certificates_pem(session.scalars(select(SigningCredential).where(
            SigningCredential.fingerprint == given.fingerprint)).one().certificate_pem)[0].serial_number
    assert sorted((e.serial_number, e.revocation_date_utc) for e in crl) == sorted([
        (given_serial, start.replace(microsecond=0)), (serial, near_end.replace(microsecond=0))])


# -- embedded validation data, signing time, lock -------------------------------------------------------


def test_each_signature_carries_chain_and_crl_in_its_own_revision(signed):
    reader = PdfFileReader(BytesIO(signed.both))
    assert reader.xrefs.total_revisions == 4  # made, fields, secretary, chair: nothing after
    first, second = reader.embedded_regular_signatures
    for sig, signer in ((first, signed.secretary), (second, signed.chair)):
        dss = DocumentSecurityStore.read_dss(reader.get_historical_resolver(sig.signed_revision))
        certificates = {c.dump() for c in dss.load_certs()}
        assert {_to_asn1(signer.certificate).dump(), _to_asn1(signed.ca.certificate).dump()} <= certificates
        assert len(dss.crls) == (1 if signer is signed.secretary else 2)
        # a recipient with only the CA certificate: revocation information required and found
        context = dss.as_validation_context({
            "trust_roots": [_to_asn1(signed.ca.certificate)], "allow_fetching": False,
            "revocation_mode": "require", "moment": sig.self_reported_timestamp})
        status = validate_pdf_signature(sig, context)
        assert status.bottom_line, status.summary()


def test_the_signing_time_in_the_pdf_is_the_recorded_one(zvh):
    signed_at = T0 + dt.timedelta(minutes=3, microseconds=654321)
    chair_at = signed_at + dt.timedelta(minutes=9)
    prepared = prepare_signature_fields(minutes_pdf(), MINUTES_FIELDS)
    first = service.sign_document(as_user(zvh, "notulist", at=signed_at), prepared, "opgesteld",
                                  reason="opgesteld")
    final = service.sign_document(as_user(zvh, "voorzitter", at=chair_at), first, "vastgesteld",
                                  reason="vastgesteld")
    with zvh.unit_of_work() as session:
        recorded = [r.signed_at.replace(tzinfo=dt.UTC) for r in
                    session.scalars(select(SignatureRecord).order_by(SignatureRecord.id))]
    in_pdf = [generic.parse_pdf_date(str(s.sig_object["/M"]))
              for s in PdfFileReader(BytesIO(final)).embedded_regular_signatures]
    reported = [c.signed_at for c in service.verify_document(zvh, final).signatures]
    assert recorded == in_pdf == reported == [signed_at.replace(microsecond=0),
                                              chair_at.replace(microsecond=0)]


def test_the_last_of_two_or_more_areas_locks_the_document(signed):
    areas = (("opgesteld", -1, (0, 0, 10, 10)), ("vastgesteld", -1, (20, 0, 30, 10)))
    assert [f.locks for f in field_specs(areas)] == [False, True]
    assert [f.locks for f in field_specs(areas[:1])] == [False]
    fields = {f["/T"]: f.get_object() for f in PdfReader(BytesIO(signed.prepared)).trailer["/Root"][
        "/AcroForm"]["/Fields"]}
    assert "/Lock" not in fields["opgesteld"]
    assert dict(fields["vastgesteld"]["/Lock"]) == {"/Type": "/SigFieldLock", "/Action": "/All", "/P": 1}
    reader = PdfFileReader(BytesIO(signed.both))
    chair = reader.embedded_regular_signatures[1]
    status = validate_pdf_signature(chair, ValidationContext(trust_roots=[_to_asn1(signed.ca.certificate)],
                                                             allow_fetching=False))
    assert status.bottom_line and status.docmdp_ok


def test_a_content_change_after_the_chair_signed_is_reported(signed):
    writer = IncrementalPdfFileWriter(BytesIO(signed.both))
    page = writer.root["/Pages"]["/Kids"][-1].get_object()
    extra = writer.add_object(generic.StreamObject(
        stream_data=b"BT /F1 14 Tf 56 400 Td (Besluit B2 vervalt) Tj ET"))
    page["/Contents"] = generic.ArrayObject([page.raw_get("/Contents"), extra])
    writer.update_container(page)
    out = BytesIO()
    writer.write(out)
    report = verify_pdf(out.getvalue(), [signed.ca.certificate])
    assert not report.ok
    chair = report.signatures[1]
    assert chair.intact and chair.valid and chair.trusted and chair.changed_after
    assert "Na de handtekening van M. Dekkers is de inhoud van het document gewijzigd." in report.verdict


def test_validation_data_added_later_is_no_change(signed):
    out = BytesIO(signed.both)
    fresh = pki.make_crl(signed.ca, [], now=now())
    DocumentSecurityStore.add_dss(out, None, certs=[_to_asn1(signed.ca.certificate)],
                                  crls=[_crl_to_asn1(fresh)], force_write=True)
    assert PdfFileReader(BytesIO(out.getvalue())).xrefs.total_revisions == 5
    report = verify_pdf(out.getvalue(), [signed.ca.certificate])
    assert report.ok, report.verdict
    assert not any(c.changed_after for c in report.signatures)


# -- checking as of the moment of signing -------------------------------------------------------------


def test_eight_years_later_the_signatures_are_checked_as_of_signing(signed):
    report = verify_pdf(signed.both, [signed.ca.certificate], at=EIGHT_YEARS_LATER)
    assert report.ok, report.verdict
    assert report.checked_at == EIGHT_YEARS_LATER
    secretary, chair = report.signatures
    assert all(c.trusted for c in report.signatures)
    expiry = day(signed.secretary.certificate.not_valid_after_utc)
    assert secretary.notes == (
        f"Het certificaat van K. Brinkhorst is verlopen op {expiry}; de handtekening is gecontroleerd op "
        f"het moment van ondertekening ({minute(T0)}).",)
    assert chair.notes[0].startswith("Het certificaat van M. Dekkers is verlopen op")
    assert report.verdict.startswith("Geldig ondertekend door K. Brinkhorst (opgesteld) en M. Dekkers "
                                     "(vastgesteld); niets gewijzigd na ondertekening. Het certificaat van "
                                     "K. Brinkhorst is verlopen op")
    # today nothing needs explaining
    assert verify_pdf(signed.both, [signed.ca.certificate]).signatures[0].notes == ()


def test_a_revocation_list_grown_old_needs_no_explanation(signed):
    """Two months on, a recipient without the vault has only the lists of the signing days."""
    report = verify_pdf(signed.both, [signed.ca.certificate], at=T0 + dt.timedelta(days=60))
    assert report.ok, report.verdict
    assert [c.notes for c in report.signatures] == [(), ()]


def test_eight_years_later_a_stranger_ca_is_still_not_trusted(signed):
    stranger = pki.make_vault_ca("Andere organisatie", now=T0, policy=POLICY)
    report = verify_pdf(signed.both, [stranger.certificate], at=EIGHT_YEARS_LATER)
    assert not report.ok and not any(c.trusted for c in report.signatures)
    assert "is niet te herleiden tot een vertrouwd certificaat" in report.verdict


def test_a_signature_made_after_the_certificate_expired_is_not_rescued(signed):
    old_terms = CertificatePolicy(retention_years=1, margin_years=0)
    two_years_ago = T0 - dt.timedelta(days=730)
    expired = pki.issue_user_certificate(signed.ca, "K. Brinkhorst", ORGANISATION, "notulist",
                                         now=two_years_ago, policy=old_terms)
    with pytest.raises(SigningError, match="K. Brinkhorst is op het moment van ondertekenen niet geldig"):
        sign_pdf(signed.prepared, "opgesteld", expired, reason="opgesteld", location="", stamp_text="K",
                 signed_at=T0)
    # made anyway, outside this program: pyHanko signs without checking, at the wall-clock time
    writer = IncrementalPdfFileWriter(BytesIO(signed.prepared))
    out = BytesIO()
    PdfSigner(PdfSignatureMetadata(field_name="opgesteld", subfilter=SigSeedSubFilter.PADES),
              signer=SimpleSigner(signing_cert=_to_asn1(expired.certificate),
                                  signing_key=asn1_keys.PrivateKeyInfo.load(pki.private_key_der(expired.private_key)),
                                  cert_registry=None)).sign_pdf(writer, output=out)
    report = verify_pdf(out.getvalue(), [signed.ca.certificate])
    [check] = report.signatures
    assert check.intact and check.valid and not check.trusted and check.notes == ()
    assert check.problems[0].startswith(
        f"Het certificaat van K. Brinkhorst was al verlopen ({day(expired.certificate.not_valid_after_utc)}) "
        "op het moment van ondertekening (")


def test_a_certificate_revoked_before_the_signature_is_reported(signed):
    revoked_at = T0 - dt.timedelta(days=1)
    crl = pki.make_crl(signed.ca, [(signed.secretary.certificate, revoked_at)], now=T0 + dt.timedelta(days=1))
    report = verify_pdf(signed.both, [signed.ca.certificate], crls=[crl], at=T0 + dt.timedelta(days=2))
    assert not report.ok
    secretary, chair = report.signatures
    assert secretary.intact and secretary.valid and not secretary.trusted
    assert secretary.problems == (f"Het certificaat van K. Brinkhorst is ingetrokken op {day(revoked_at)}, "
                                  f"vóór het moment van ondertekening ({minute(T0)}).",)
    assert chair.ok


def test_a_certificate_revoked_after_the_signature_is_checked_as_of_signing(signed):
    revoked_at = T0 + dt.timedelta(days=1)  # replaced, e.g. by an imported PKCS#12
    crl = pki.make_crl(signed.ca, [(signed.secretary.certificate, revoked_at)], now=revoked_at)
    report = verify_pdf(signed.both, [signed.ca.certificate], crls=[crl], at=T0 + dt.timedelta(days=2))
    assert report.ok, report.verdict
    assert report.signatures[0].notes == (
        f"Het certificaat van K. Brinkhorst is ingetrokken op {day(revoked_at)}, na de ondertekening; "
        f"de handtekening is gecontroleerd op het moment van ondertekening ({minute(T0)}).",)


def test_a_revoked_credential_cannot_sign(signed):
    revoked_at = T0 + dt.timedelta(days=1)
    crl = pki.make_crl(signed.ca, [(signed.secretary.certificate, revoked_at)], now=revoked_at)
    with pytest.raises(SigningError, match="niet geldig \\(verlopen of ingetrokken\\)"):
        sign_pdf(signed.prepared, "opgesteld", signed.secretary, reason="opgesteld", location="",
                 stamp_text="K", signed_at=revoked_at + dt.timedelta(hours=1), crls=[crl])


def test_the_vault_reports_a_replaced_credential_as_replaced_after_signing(zvh):
    """A user who imports a PKCS#12 later: the vault's CRL now lists the old certificate, and
    earlier signatures are checked as of their moment of signing."""
    from signing_testkit import P12_PASSWORD, OrganisationPki

    service.ensure_user_credential(as_user(zvh, "notulist"), "notulist")
    prepared = prepare_signature_fields(minutes_pdf(), MINUTES_FIELDS)
    first = service.sign_document(as_user(zvh, "notulist"), prepared, "opgesteld", reason="opgesteld")
    next_week = T0 + dt.timedelta(days=7)
    service.import_pkcs12(as_user(zvh, "notulist", at=next_week), "notulist",
                          OrganisationPki().pkcs12("K. Brinkhorst"), P12_PASSWORD)
    report = service.verify_document(as_user(zvh, "voorzitter", at=next_week + dt.timedelta(hours=1)), first)
    assert report.signatures[0].ok, report.verdict
    assert "is ingetrokken op" in report.signatures[0].notes[0]
    assert report.unsigned_fields == ("vastgesteld",) and not report.ok


def test_verify_file_reports_the_moment_and_the_notes(zvh, tmp_path):
    prepared = prepare_signature_fields(minutes_pdf(), MINUTES_FIELDS)
    pdf = tmp_path / "verslag.pdf"
    first = service.sign_document(as_user(zvh, "notulist"), prepared, "opgesteld", reason="opgesteld")
    pdf.write_bytes(service.sign_document(zvh, first, "vastgesteld", reason="vastgesteld"))
    ca = tmp_path / "ca.pem"
    ca.write_bytes(service.export_ca_certificate(zvh))
    code, text = service.verify_file(pdf, [ca], at=service.end_of_day(f"{EIGHT_YEARS_LATER:%Y-%m-%d}"))
    assert code == 0, text
    assert f"Gecontroleerd per: {EIGHT_YEARS_LATER:%d-%m-%Y} 23.59 uur" in text
    assert "   Let op: Het certificaat van K. Brinkhorst is verlopen op" in text
    with pytest.raises(Exception, match="geen datum; schrijf JJJJ-MM-DD"):
        service.end_of_day("26-02-2033")

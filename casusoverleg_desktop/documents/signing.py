"""PAdES signatures on PDF documents, with a visible stamp and embedded validation data, and
their verification.

The workflow for minutes: ``prepare_signature_fields`` makes *all* signature fields (secretary
"opgesteld", chair "vastgesteld") before anyone signs, the last one locking the document once it
is signed; then ``sign_pdf`` fills them one after the other, each as an incremental update, so
every earlier signature stays valid. Each signature carries what a recipient needs to check it
without the vault: the certificate chain and the CA's revocation list, in the document security
store of the same revision (PAdES B-B plus validation data; no timestamp authority is reachable
offline, see docs/security.md). The files stay PDF 1.7 and keep their PDF/A metadata as made.

``verify_pdf`` checks every signature (intact, valid, trusted against the given roots as of the
moment of checking or, for a certificate that has since expired or was revoked later, as of the
moment of signing; nothing changed after it except later signatures in fields that were already
there and validation data) and never raises for a damaged or tampered file: it says what is wrong
in its verdict.

pyHanko runs its own ``asyncio.run`` inside: call these functions from ordinary (worker) threads,
never from code running inside an asyncio event loop. pyHanko logs every failed check with a
traceback; the first call here sets its loggers to CRITICAL so users see the verdict instead.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO

from asn1crypto import crl as asn1_crl
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.font.api import FontEngineFactory
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import AxisAlignment, InnerScaling, Margins, SimpleBoxLayoutRule
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.rw_common import PdfHandler
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign.ades.report import AdESIndeterminate
from pyhanko.sign.diff_analysis import (
    DEFAULT_DIFF_POLICY,
    DiffResult,
    ModificationLevel,
    StandardDiffPolicy,
)
from pyhanko.sign.fields import (
    FieldMDPAction,
    FieldMDPSpec,
    MDPPerm,
    SigFieldSpec,
    SigSeedSubFilter,
    append_signature_field,
    enumerate_sig_fields,
)
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner, SimpleSigner
from pyhanko.sign.signers.constants import ESIC_EXTENSION_1
from pyhanko.sign.signers.pdf_signer import (
    DSSContentSettings,
    PdfSigningSession,
    SigDSSPlacementPreference,
)
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.errors import ValidationInfoReadingError
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError
from pyhanko_certvalidator.policy_decl import (
    CertRevTrustPolicy,
    RevocationCheckingPolicy,
    RevocationCheckingRule,
)
from pyhanko_certvalidator.registry import SimpleCertificateStore

from casusoverleg_desktop.documents.pki import (
    CertificateInfo,
    CertifiedKey,
    describe_certificate,
    private_key_der,
)
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.errors import SigningError
from casusoverleg_desktop.resources import resource_path

__all__ = [
    "FieldSpec",
    "SignatureCheck",
    "VerificationReport",
    "prepare_signature_fields",
    "sign_pdf",
    "verify_pdf",
]

STAMP_FONT = ("fonts", "NotoSans-Regular.ttf")
STAMP_FONT_SIZE = 9
STAMP_BORDER = (0.23, 0.33, 0.47)
STAMP_TEXT_COLOUR = (0.10, 0.13, 0.18)
PYHANKO_LOGGERS = ("pyhanko", "pyhanko_certvalidator")
LAYOUT_TABLES = ("GSUB", "GPOS", "GDEF")
SIGNER_INFO_ROOM = 2048  # bytes: signed attributes (~300) and an RSA-4096 signature (512), with room

# What may follow the last signature without counting as a change: validation data in the
# document security store, with the catalog entries, file structure and dates that come with it
# (pyHanko's rules without form filling).
VALIDATION_DATA_UPDATE = StandardDiffPolicy(global_rules=DEFAULT_DIFF_POLICY.global_rules, form_rule=None)


@dataclass(frozen=True)
class FieldSpec:
    """A signature field: its name, the page (0 is the first, -1 the last) and the box
    (x1, y1, x2, y2) in points from the bottom left of the page. A field that ``locks`` closes
    the document when it is signed: no field may change and nothing may be added after it
    except validation data."""

    name: str
    page: int
    box: tuple[float, float, float, float]
    locks: bool = False


@dataclass(frozen=True)
class SignatureCheck:
    """The verdict on one signature in a document."""

    field: str
    signer: str
    role: str
    organisation: str
    reason: str
    issuer: str
    signed_at: dt.datetime | None
    intact: bool
    valid: bool
    trusted: bool
    modification_level: str
    docmdp_ok: bool | None
    changed_after: bool
    problems: tuple[str, ...]
    notes: tuple[str, ...] = ()
    """What the reader should know about a signature that is in order (e.g. checked as of the
    moment of signing because the certificate has since expired)."""

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def label(self) -> str:
        """How the verdict names this signature: signer and what was signed for."""
        what = self.reason or self.role
        return f"{self.signer} ({what})" if what else self.signer


@dataclass(frozen=True)
class VerificationReport:
    signatures: tuple[SignatureCheck, ...]
    unsigned_fields: tuple[str, ...]
    problems: tuple[str, ...]
    verdict: str
    checked_at: dt.datetime

    @property
    def ok(self) -> bool:
        """True when there is at least one signature, no signature field is empty and nothing at
        all is wrong."""
        return bool(self.signatures) and not self.problems and all(s.ok for s in self.signatures)


# -- preparing fields and signing -------------------------------------------------------------------


def prepare_signature_fields(pdf_bytes: bytes, fields: Sequence[FieldSpec]) -> bytes:
    """Add every signature field in one incremental update, before the first signature."""
    if not fields:
        raise SigningError("Geef minstens één handtekeningveld op.")
    names = [f.name for f in fields]
    if len(set(names)) != len(names):
        raise SigningError("Twee handtekeningvelden hebben dezelfde naam.")
    _quiet_pyhanko_logging()
    writer = _incremental_writer(pdf_bytes)
    existing = {name for name, _, _ in enumerate_sig_fields(writer)}
    if existing & set(names):
        raise SigningError(
            f"Het document heeft al een handtekeningveld '{sorted(existing & set(names))[0]}'.")
    page_count = int(writer.root["/Pages"]["/Count"])
    for spec in fields:
        if not -page_count <= spec.page < page_count:
            raise SigningError(
                f"Het handtekeningveld '{spec.name}' staat op pagina {spec.page + 1}, maar het "
                f"document heeft {page_count} pagina's.")
        x1, y1, x2, y2 = spec.box
        append_signature_field(writer, SigFieldSpec(
            sig_field_name=spec.name, on_page=spec.page, box=(int(x1), int(y1), int(x2), int(y2)),
            field_mdp_spec=FieldMDPSpec(FieldMDPAction.ALL) if spec.locks else None,
            doc_mdp_update_value=MDPPerm.NO_CHANGES if spec.locks else None))
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def sign_pdf(pdf_bytes: bytes, field_name: str, credential: CertifiedKey, *, reason: str,
             location: str, stamp_text: str, signed_at: dt.datetime,
             crls: Sequence[x509.CertificateRevocationList] = ()) -> bytes:
    """Sign the existing, empty field ``field_name`` at ``signed_at`` with a visible text stamp.

    The signature is an incremental update: earlier signatures stay valid. Its revision also
    holds the validation data: the credential's chain and ``crls`` (the CA's revocation lists).
    The credential is checked against them as of ``signed_at`` first; a revoked or expired one
    is refused. ``stamp_text`` is shown as it is (several lines allowed) in Noto Sans. Not from a
    running asyncio loop.
    """
    _quiet_pyhanko_logging()
    writer = _incremental_writer(pdf_bytes)
    fields = {name: value for name, value, _ in enumerate_sig_fields(writer)}
    if field_name not in fields:
        raise SigningError(
            f"Het document heeft geen handtekeningveld '{field_name}'. Maak alle velden aan "
            "vóór de eerste handtekening.")
    if fields[field_name] is not None:
        raise SigningError(f"Het handtekeningveld '{field_name}' is al ondertekend.")
    chain = [_to_asn1(c) for c in credential.chain]
    signer = SimpleSigner(
        signing_cert=_to_asn1(credential.certificate),
        signing_key=asn1_keys.PrivateKeyInfo.load(private_key_der(credential.private_key)),
        cert_registry=SimpleCertificateStore.from_certs(chain),
    )
    anchor = chain[-1] if chain else signer.signing_cert
    metadata = PdfSignatureMetadata(
        field_name=field_name, subfilter=SigSeedSubFilter.PADES, md_algorithm="sha256",
        reason=reason or None, location=location or None,
        name=describe_certificate(credential.certificate).name,
        embed_validation_info=True,
        validation_context=_Trust([anchor], chain, [_crl_to_asn1(c) for c in crls]).context(
            signer.signing_cert, signed_at),
        dss_settings=DSSContentSettings(
            placement=SigDSSPlacementPreference.TOGETHER_WITH_SIGNATURE, include_vri=False),
    )
    pdf_signer = _ArchivalSigner(metadata, signer=signer, stamp_style=_stamp_style(stamp_text),
                                 signing_time=signed_at)
    out = BytesIO()
    try:
        pdf_signer.sign_pdf(writer, output=out, existing_fields_only=True,
                            bytes_reserved=_container_room(credential))
    except PyHankoSigningError as exc:
        if isinstance(exc.__cause__, PathBuildingError | PathValidationError):
            raise SigningError(
                f"Het certificaat van {describe_certificate(credential.certificate).name} is op het "
                "moment van ondertekenen niet geldig (verlopen of ingetrokken).") from exc
        raise SigningError(f"Ondertekenen van veld '{field_name}' is mislukt: {exc}") from exc
    return out.getvalue()


def _container_room(credential: CertifiedKey) -> int:
    """Hex digits to reserve for the signature container: its certificates and ample room for the
    signed attributes and the signature (pyHanko would build a whole dummy container to measure)."""
    certificates = sum(len(c.public_bytes(Encoding.DER)) for c in (credential.certificate, *credential.chain))
    return 2 * (certificates + SIGNER_INFO_ROOM)


class _ArchivalSigner(PdfSigner):
    """pyHanko's signer, keeping the file at PDF 1.7 and signing at a given moment.

    pyHanko raises the catalog version to 2.0 for ECDSA keys (ISO 32002). PAdES signatures are
    defined for PDF 1.7 through the ESIC extension, and PDF/A-2 is built on PDF 1.7, so only that
    extension is registered.
    """

    def __init__(self, signature_meta: PdfSignatureMetadata, *, signer: SimpleSigner,
                 stamp_style: TextStampStyle, signing_time: dt.datetime) -> None:
        super().__init__(signature_meta, signer, stamp_style=stamp_style)
        self.signing_time = signing_time

    def register_extensions(self, pdf_out: BasePdfFileWriter, *, md_algorithm: str) -> None:
        pdf_out.ensure_output_version(version=(1, 7))
        pdf_out.register_extension(ESIC_EXTENSION_1)

    def init_signing_session(self, pdf_out: BasePdfFileWriter,
                             existing_fields_only: bool = False) -> PdfSigningSession:
        session = super().init_signing_session(pdf_out, existing_fields_only)
        session.system_time = self.signing_time
        return session


class _ArchivalWriter(IncrementalPdfFileWriter):
    """Leaves the document information and the XMP metadata as the document was made.

    pyHanko would add itself to the Producer and write its wall-clock time into both, in words
    that differ between the two (PDF/A asks them to agree). The signatures carry their own time.
    """

    def _update_meta(self) -> None:
        return None


class _StampFont(FontEngineFactory):
    """Noto Sans for the stamps. pyHanko shapes the text with HarfBuzz on the whole font and
    embeds a subset without the OpenType layout tables; fontTools would decompile those tables
    before throwing them away (~100 ms a signature), so its copy goes without them."""

    def create_font_engine(self, writer: BasePdfFileWriter, obj_stream: object = None) -> GlyphAccumulator:
        engine = GlyphAccumulator(writer, BytesIO(_stamp_font_program()), STAMP_FONT_SIZE,
                                  obj_stream=obj_stream)
        for tag in LAYOUT_TABLES:
            if tag in engine.tt:
                del engine.tt[tag]
        return engine


@lru_cache(maxsize=1)
def _stamp_font_program() -> bytes:
    return resource_path(*STAMP_FONT).read_bytes()


def _stamp_style(text: str) -> TextStampStyle:
    return TextStampStyle(
        stamp_text=text.replace("%", "%%"),
        text_box_style=TextBoxStyle(font=_StampFont(), font_size=STAMP_FONT_SIZE,
                                    leading=round(STAMP_FONT_SIZE * 1.35),
                                    text_color=STAMP_TEXT_COLOUR),
        border_width=1,
        border_color=STAMP_BORDER,
        background=None,
        inner_content_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MIN, y_align=AxisAlignment.ALIGN_MID,
            margins=Margins(left=2, right=2), inner_content_scaling=InnerScaling.SHRINK_TO_FIT),
    )


def _incremental_writer(pdf_bytes: bytes) -> IncrementalPdfFileWriter:
    try:
        return _ArchivalWriter(BytesIO(pdf_bytes), strict=False)
    except Exception as exc:  # pyHanko raises several kinds for unreadable input
        raise SigningError("Dit bestand is geen leesbare PDF.") from exc


def _to_asn1(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(Encoding.DER))


def _crl_to_asn1(crl: x509.CertificateRevocationList) -> asn1_crl.CertificateList:
    return asn1_crl.CertificateList.load(crl.public_bytes(Encoding.DER))


def _quiet_pyhanko_logging() -> None:
    """pyHanko logs validation failures with tracebacks; the verdict says it for the user."""
    for name in PYHANKO_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)


# -- verification -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Trust:
    """Trust roots, certificates for the chains, and revocation lists, to validate against."""

    roots: list[asn1_x509.Certificate]
    certs: list[asn1_x509.Certificate]
    crls: list[asn1_crl.CertificateList]

    @classmethod
    def of(cls, reader: PdfFileReader, roots: list[asn1_x509.Certificate],
           crls: list[asn1_crl.CertificateList]) -> _Trust:
        """``roots`` and ``crls`` together with the document's own validation data."""
        try:
            dss = DocumentSecurityStore.read_dss(reader)
        except ValidationInfoReadingError:
            return cls(roots, [], crls)
        embedded = dss.as_validation_context({"trust_roots": roots, "allow_fetching": False})
        return cls(roots, list(dss.load_certs()), [*embedded.crls, *crls])

    def context(self, signer: asn1_x509.Certificate, moment: dt.datetime) -> ValidationContext:
        """Validation as of ``moment``. A certificate whose issuer's revocation list is at hand
        must be found in it (our certificates name no place to fetch one); lists made later still
        tell whether it was revoked before ``moment``."""
        required = any(c.issuer == signer.issuer for c in self.crls)
        rule = (RevocationCheckingRule.CRL_OR_OCSP_REQUIRED if required
                else RevocationCheckingRule.CHECK_IF_DECLARED_SOFT)
        return ValidationContext(
            trust_roots=self.roots, other_certs=self.certs, crls=self.crls, moment=moment,
            allow_fetching=False,
            revinfo_policy=CertRevTrustPolicy(
                RevocationCheckingPolicy(rule, RevocationCheckingRule.CHECK_IF_DECLARED_SOFT),
                retroactive_revinfo=True))


def verify_pdf(pdf_bytes: bytes, trust_roots: Iterable[x509.Certificate], *,
               crls: Iterable[x509.CertificateRevocationList] = (),
               at: dt.datetime | None = None,
               field_roles: Mapping[str, str] | None = None) -> VerificationReport:
    """Check every signature in ``pdf_bytes`` against ``trust_roots``; never raises for a bad file.

    A signature is in order when it is intact (the signed bytes are unchanged), valid (the
    cryptography checks out), trusted (at the moment of signing, its certificate chained to one
    of ``trust_roots`` and was neither expired nor revoked) and nothing changed after it but later
    signatures in fields that existed when it was made, and validation data. What changed for
    the certificate between signing and ``at`` (by default now) is said in the check's notes.
    Revocation lists: those embedded in the document and ``crls``. An empty signature field is a
    problem (not yet fully signed, or a signature was stripped by cutting the file back to an
    earlier revision); ``field_roles`` (field name → role) names whose field it is.
    Not from a running asyncio loop (pyHanko calls ``asyncio.run``).
    """
    _quiet_pyhanko_logging()
    moment = at or dt.datetime.now(dt.UTC)
    roots = [_to_asn1(c) for c in trust_roots]
    try:
        reader = PdfFileReader(BytesIO(pdf_bytes), strict=False)
        embedded = list(reader.embedded_regular_signatures)
        final_fields = _signature_fields(reader)
        trust = _Trust.of(reader, roots, [_crl_to_asn1(c) for c in crls])
    except Exception:  # any parse failure of a damaged file is a verdict, not a crash
        return _report((), (), ("Het bestand is geen leesbare PDF, of het is beschadigd.",), moment)
    checks: list[SignatureCheck] = []
    for index, sig in enumerate(embedded):
        later_fields = {s.field_name for s in embedded[index + 1:]}
        checks.append(_check_signature(reader, sig, trust, moment, final_fields, later_fields))
    unsigned = tuple(name for name, filled in final_fields.items() if not filled)
    problems: list[str] = []
    if not embedded:
        problems.append("Dit document is niet ondertekend.")
    if unsigned:
        problems.append(_empty_fields_problem(unsigned, field_roles or {}))
    return _report(tuple(checks), unsigned, tuple(problems), moment)


def _empty_fields_problem(fields: Sequence[str], roles: Mapping[str, str]) -> str:
    named = [f"'{name}'" + (f" ({roles[name]})" if roles.get(name) else "") for name in fields]
    what = (f"Het handtekeningveld {named[0]} is" if len(named) == 1 else
            f"De handtekeningvelden {', '.join(named[:-1])} en {named[-1]} zijn")
    return f"{what} leeg: het document is nog niet volledig ondertekend, of een handtekening is eraf gehaald."


def _signature_fields(handler: PdfHandler) -> dict[str, bool]:
    """Signature field names in document order, with whether each is filled."""
    return {name: value is not None for name, value, _ in enumerate_sig_fields(handler)}


def _check_signature(reader: PdfFileReader, sig: EmbeddedPdfSignature, trust: _Trust,
                     moment: dt.datetime, final_fields: dict[str, bool],
                     later_fields: set[str]) -> SignatureCheck:
    """Validated at ``moment`` and, when it was signed before, at the moment of signing: that
    decides whether it is trusted; the first says what changed since."""
    field = sig.field_name
    reason = str(sig.sig_object.get("/Reason", "") or "")
    try:
        status = validate_pdf_signature(sig, trust.context(sig.signer_cert, moment))
        signed_at = status.signer_reported_dt
        then = status
        if status.intact and status.valid and signed_at is not None and signed_at < moment:
            then = validate_pdf_signature(sig, trust.context(sig.signer_cert, signed_at), skip_diff=True)
    except Exception:  # a signature too damaged to evaluate is reported, not raised
        return SignatureCheck(
            field=field, signer="onbekend", role="", organisation="", reason=reason, issuer="",
            signed_at=None, intact=False, valid=False, trusted=False, modification_level="onbekend",
            docmdp_ok=None, changed_after=True,
            problems=(f"De handtekening in veld '{field}' is beschadigd en kan niet worden "
                      "gecontroleerd.",))
    info = describe_certificate(x509.load_der_x509_certificate(status.signing_cert.dump()))
    who = info.name
    problems: list[str] = []
    notes: list[str] = []
    if not status.intact:
        problems.append(f"De handtekening van {who} (veld '{field}') past niet meer bij de inhoud: "
                        "het document is na ondertekening veranderd.")
    elif not status.valid:
        problems.append(f"De handtekening van {who} (veld '{field}') is ongeldig.")
    elif signed_at is not None and then.trusted and not status.trusted:
        notes.extend(_changed_since(who, info, status, signed_at, moment))
    elif not then.trusted:
        problems.append(_trust_problem(who, info, then, signed_at, moment))
    changes = _changes_after(reader, sig, status, final_fields, later_fields, who)
    problems.extend(changes)
    level = status.modification_level
    return SignatureCheck(
        field=field, signer=who, role=info.role, organisation=info.organisation, reason=reason,
        issuer=info.issuer, signed_at=signed_at, intact=status.intact, valid=status.valid,
        trusted=then.trusted, modification_level=level.name if level is not None else "onbekend",
        docmdp_ok=status.docmdp_ok, changed_after=bool(changes), problems=tuple(problems),
        notes=tuple(notes))


def _changed_since(who: str, info: CertificateInfo, now: PdfSignatureStatus,
                   signed_at: dt.datetime, moment: dt.datetime) -> list[str]:
    """Why a signature in order at the moment of signing is not at ``moment`` (nothing to say when
    only the revocation list has grown old: offline, there is no newer one)."""
    checked = f"de handtekening is gecontroleerd op het moment van ondertekening ({_moment(signed_at)})."
    if moment > info.valid_until:
        return [f"Het certificaat van {who} is verlopen op {_day(info.valid_until)}; {checked}"]
    if now.revocation_details is not None:
        revoked = now.revocation_details.revocation_date
        return [f"Het certificaat van {who} is ingetrokken op {_day(revoked)}, na de ondertekening; "
                f"{checked}"]
    if now.trust_problem_indic is AdESIndeterminate.TRY_LATER:
        return []
    return [f"Het certificaat van {who} of van de uitgever ervan is nu niet meer geldig; {checked}"]


def _trust_problem(who: str, info: CertificateInfo, status: PdfSignatureStatus,
                   signed_at: dt.datetime | None, moment: dt.datetime) -> str:
    """Why the certificate does not make the signature trustworthy, in the user's words."""
    when = min(signed_at, moment) if signed_at is not None else moment
    if status.revocation_details is not None:
        revoked = status.revocation_details.revocation_date
        before = (f", vóór het moment van ondertekening ({_moment(signed_at)})"
                  if signed_at is not None and revoked <= signed_at else "")
        return f"Het certificaat van {who} is ingetrokken op {_day(revoked)}{before}."
    if when > info.valid_until:
        if signed_at is not None and signed_at > info.valid_until:
            return (f"Het certificaat van {who} was al verlopen ({_day(info.valid_until)}) op het "
                    f"moment van ondertekening ({_moment(signed_at)}).")
        return f"Het certificaat van {who} is verlopen op {_day(info.valid_until)}."
    if when < info.valid_from:
        return f"Het certificaat van {who} was op {_moment(when)} nog niet geldig."
    return (f"Het certificaat van {who} is niet te herleiden tot een vertrouwd certificaat "
            f"(uitgegeven door '{info.issuer}').")


def _changes_after(reader: PdfFileReader, sig: EmbeddedPdfSignature, status: PdfSignatureStatus,
                   final_fields: dict[str, bool], later_fields: set[str], who: str) -> list[str]:
    """What changed after ``sig`` other than later signatures in fields that were already there
    and validation data."""
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return []
    problems = []
    fields_then = _signature_fields(reader.get_historical_resolver(sig.signed_revision))
    added = [name for name in final_fields if name not in fields_then]
    if added:
        problems.append(f"Na de handtekening van {who} is een handtekeningveld toegevoegd: "
                        f"{', '.join(repr(a) for a in added)}.")
    diff = status.diff_result
    if not isinstance(diff, DiffResult):
        problems.append(f"Na de handtekening van {who} is de inhoud van het document gewijzigd.")
    elif diff.modification_level > ModificationLevel.FORM_FILLING:
        problems.append(f"Na de handtekening van {who} is het document gewijzigd "
                        "(opmerkingen of inhoud toegevoegd).")
    elif other := sorted(diff.changed_form_fields - later_fields - set(added)):
        problems.append(f"Na de handtekening van {who} zijn formuliervelden gewijzigd: "
                        f"{', '.join(other)}.")
    if not later_fields and not problems and not _validation_data_only(reader, sig.signed_revision):
        problems.append(f"Na de handtekening van {who} is het document nog gewijzigd "
                        "(bijvoorbeeld de documentgegevens).")
    return problems


def _validation_data_only(reader: PdfFileReader, signed_revision: int) -> bool:
    """True when every revision after ``signed_revision`` adds validation data (the DSS) and
    changes nothing else but the document's dates and producer; a revision without validation
    data (metadata alone) is a change."""
    for revision in range(signed_revision + 1, reader.xrefs.total_revisions):
        old, new = reader.get_historical_resolver(revision - 1), reader.get_historical_resolver(revision)
        try:
            VALIDATION_DATA_UPDATE.apply(old, new)
            dss = new.root.get_value_as_reference("/DSS")
        except Exception:  # SuspiciousModification, no DSS, or a revision too damaged to compare
            return False
        if dss not in new.explicit_refs_in_revision():
            return False
    return True


def _report(checks: tuple[SignatureCheck, ...], unsigned: tuple[str, ...],
            problems: tuple[str, ...], moment: dt.datetime) -> VerificationReport:
    return VerificationReport(checks, unsigned, problems, _verdict(checks, problems), moment)


def _verdict(checks: tuple[SignatureCheck, ...], problems: tuple[str, ...]) -> str:
    all_problems = [*problems, *(p for c in checks for p in c.problems)]
    if all_problems:
        return "Niet in orde. " + " ".join(dict.fromkeys(all_problems))
    names = [c.label for c in checks]
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]
    sentence = f"Geldig ondertekend door {who}; niets gewijzigd na ondertekening."
    return " ".join([sentence, *(n for c in checks for n in c.notes)])


def _day(moment: dt.datetime) -> str:
    return f"{local_time(moment):%d-%m-%Y}"


def _moment(moment: dt.datetime) -> str:
    return f"{local_time(moment):%d-%m-%Y %H.%M} uur"

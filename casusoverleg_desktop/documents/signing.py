"""PAdES signatures on PDF documents, with a visible stamp, and their verification.

The workflow for minutes: ``prepare_signature_fields`` makes *all* signature fields (secretary
"opgesteld", chair "vastgesteld") before anyone signs; then ``sign_pdf`` fills them one after the
other, each as an incremental update, so every earlier signature stays valid. ``verify_pdf``
checks every signature (intact, valid, trusted against the given roots, nothing changed after it
except later signatures in fields that were already there) and never raises for a damaged or
tampered file: it says what is wrong in its verdict.

pyHanko runs its own ``asyncio.run`` inside: call these functions from ordinary (worker) threads,
never from code running inside an asyncio event loop. pyHanko logs every failed check with a
traceback; the first call here sets its loggers to CRITICAL so users see the verdict instead.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from io import BytesIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import AxisAlignment, InnerScaling, Margins, SimpleBoxLayoutRule
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.rw_common import PdfHandler
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign.diff_analysis import DiffResult, ModificationLevel
from pyhanko.sign.fields import (
    SigFieldSpec,
    SigSeedSubFilter,
    append_signature_field,
    enumerate_sig_fields,
)
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner, SimpleSigner
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from casusoverleg_desktop.documents.pki import CertifiedKey, describe_certificate, private_key_der
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


@dataclass(frozen=True)
class FieldSpec:
    """A signature field: its name, the page (0 is the first, -1 the last) and the box
    (x1, y1, x2, y2) in points from the bottom left of the page."""

    name: str
    page: int
    box: tuple[float, float, float, float]


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

    @property
    def ok(self) -> bool:
        """True when there is at least one signature and nothing at all is wrong."""
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
            sig_field_name=spec.name, on_page=spec.page, box=(int(x1), int(y1), int(x2), int(y2))))
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def sign_pdf(pdf_bytes: bytes, field_name: str, credential: CertifiedKey, *, reason: str,
             location: str, stamp_text: str) -> bytes:
    """Sign the existing, empty field ``field_name`` (PAdES B-B) with a visible text stamp.

    The signature is an incremental update: earlier signatures stay valid. ``stamp_text`` is
    shown as it is (several lines allowed) in Noto Sans. Not from a running asyncio loop.
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
    signer = SimpleSigner(
        signing_cert=_to_asn1(credential.certificate),
        signing_key=asn1_keys.PrivateKeyInfo.load(private_key_der(credential.private_key)),
        cert_registry=SimpleCertificateStore.from_certs(
            [_to_asn1(c) for c in credential.chain]),
    )
    metadata = PdfSignatureMetadata(
        field_name=field_name, subfilter=SigSeedSubFilter.PADES, md_algorithm="sha256",
        reason=reason or None, location=location or None,
        name=describe_certificate(credential.certificate).name,
    )
    pdf_signer = PdfSigner(metadata, signer=signer, stamp_style=_stamp_style(stamp_text))
    out = BytesIO()
    try:
        pdf_signer.sign_pdf(writer, output=out, existing_fields_only=True)
    except PyHankoSigningError as exc:
        raise SigningError(f"Ondertekenen van veld '{field_name}' is mislukt: {exc}") from exc
    return out.getvalue()


def _stamp_style(text: str) -> TextStampStyle:
    font = GlyphAccumulatorFactory(str(resource_path(*STAMP_FONT)), font_size=STAMP_FONT_SIZE)
    return TextStampStyle(
        stamp_text=text.replace("%", "%%"),
        text_box_style=TextBoxStyle(font=font, font_size=STAMP_FONT_SIZE,
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
        return IncrementalPdfFileWriter(BytesIO(pdf_bytes), strict=False)
    except Exception as exc:  # pyHanko raises several kinds for unreadable input
        raise SigningError("Dit bestand is geen leesbare PDF.") from exc


def _to_asn1(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(Encoding.DER))


def _quiet_pyhanko_logging() -> None:
    """pyHanko logs validation failures with tracebacks; the verdict says it for the user."""
    for name in PYHANKO_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)


# -- verification -----------------------------------------------------------------------------------


def verify_pdf(pdf_bytes: bytes, trust_roots: Iterable[x509.Certificate]) -> VerificationReport:
    """Check every signature in ``pdf_bytes`` against ``trust_roots``; never raises for a bad file.

    A signature is in order when it is intact (the signed bytes are unchanged), valid (the
    cryptography checks out), trusted (its certificate chains to one of ``trust_roots``) and
    nothing changed after it but later signatures in fields that existed when it was made.
    Not from a running asyncio loop (pyHanko calls ``asyncio.run``).
    """
    _quiet_pyhanko_logging()
    roots = [_to_asn1(c) for c in trust_roots]
    try:
        reader = PdfFileReader(BytesIO(pdf_bytes), strict=False)
        embedded = list(reader.embedded_regular_signatures)
        final_fields = _signature_fields(reader)
    except Exception:  # any parse failure of a damaged file is a verdict, not a crash
        return _report((), (), ("Het bestand is geen leesbare PDF, of het is beschadigd.",))
    checks: list[SignatureCheck] = []
    for index, sig in enumerate(embedded):
        later_fields = {s.field_name for s in embedded[index + 1:]}
        checks.append(_check_signature(reader, sig, roots, final_fields, later_fields))
    unsigned = tuple(name for name, filled in final_fields.items() if not filled)
    problems: list[str] = []
    if not embedded:
        problems.append("Dit document is niet ondertekend.")
    return _report(tuple(checks), unsigned, tuple(problems))


def _signature_fields(handler: PdfHandler) -> dict[str, bool]:
    """Signature field names in document order, with whether each is filled."""
    return {name: value is not None for name, value, _ in enumerate_sig_fields(handler)}


def _check_signature(reader: PdfFileReader, sig: EmbeddedPdfSignature,
                     roots: list[asn1_x509.Certificate], final_fields: dict[str, bool],
                     later_fields: set[str]) -> SignatureCheck:
    field = sig.field_name
    reason = str(sig.sig_object.get("/Reason", "") or "")
    try:
        context = ValidationContext(trust_roots=roots, allow_fetching=False)
        status = validate_pdf_signature(sig, context)
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
    if not status.intact:
        problems.append(f"De handtekening van {who} (veld '{field}') past niet meer bij de inhoud: "
                        "het document is na ondertekening veranderd.")
    elif not status.valid:
        problems.append(f"De handtekening van {who} (veld '{field}') is ongeldig.")
    if status.intact and status.valid and not status.trusted:
        problems.append(
            f"Het certificaat van {who} is niet te herleiden tot een vertrouwd certificaat "
            f"(uitgegeven door '{info.issuer}').")
    changes = _changes_after(reader, sig, status, final_fields, later_fields, who)
    problems.extend(changes)
    level = status.modification_level
    return SignatureCheck(
        field=field, signer=who, role=info.role, organisation=info.organisation, reason=reason,
        issuer=info.issuer, signed_at=status.signer_reported_dt, intact=status.intact,
        valid=status.valid, trusted=status.trusted,
        modification_level=level.name if level is not None else "onbekend",
        docmdp_ok=status.docmdp_ok, changed_after=bool(changes), problems=tuple(problems))


def _changes_after(reader: PdfFileReader, sig: EmbeddedPdfSignature, status: PdfSignatureStatus,
                   final_fields: dict[str, bool], later_fields: set[str], who: str) -> list[str]:
    """What changed after ``sig`` other than later signatures in fields that were already there."""
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
    if not later_fields and not problems:  # also metadata or validation data: we sign B-B only
        problems.append(f"Na de handtekening van {who} is het document nog gewijzigd "
                        "(bijvoorbeeld de documentgegevens of toegevoegde validatiegegevens).")
    return problems


def _report(checks: tuple[SignatureCheck, ...], unsigned: tuple[str, ...],
            problems: tuple[str, ...]) -> VerificationReport:
    return VerificationReport(checks, unsigned, problems, _verdict(checks, unsigned, problems))


def _verdict(checks: tuple[SignatureCheck, ...], unsigned: tuple[str, ...],
             problems: tuple[str, ...]) -> str:
    all_problems = [*problems, *(p for c in checks for p in c.problems)]
    if all_problems:
        return "Niet in orde. " + " ".join(dict.fromkeys(all_problems))
    names = [c.label for c in checks]
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]
    sentence = f"Geldig ondertekend door {who}; niets gewijzigd na ondertekening."
    if unsigned:
        sentence += " Nog niet ondertekend: " + ", ".join(f"veld '{u}'" for u in unsigned) + "."
    return sentence


def local_time(moment: dt.datetime) -> dt.datetime:
    """A moment in Dutch time (the machine's own zone when the zone data is missing)."""
    try:
        return moment.astimezone(ZoneInfo("Europe/Amsterdam"))
    except ZoneInfoNotFoundError:  # pragma: no cover - tzdata is a dependency on Windows
        return moment.astimezone()

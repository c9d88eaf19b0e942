"""Helpers for the signing tests (a plain module; pytest puts this folder on sys.path)."""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
from io import BytesIO
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from cryptography.x509.oid import NameOID
from pdf_checks import require_tools
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from casusoverleg_desktop.documents.signing import FieldSpec
from casusoverleg_desktop.domain.retention import CertificatePolicy
from casusoverleg_desktop.resources import resource_path

ORGANISATION = "Zorg- en Veiligheidshuis Lindeveld"
SECRETARY_BOX = (56, 72, 290, 142)
CHAIR_BOX = (305, 72, 539, 142)
MINUTES_FIELDS = [FieldSpec("opgesteld", -1, SECRETARY_BOX),
                  FieldSpec("vastgesteld", -1, CHAIR_BOX, locks=True)]
P12_PASSWORD = "organisatie-pki-2025"
POLICY = CertificatePolicy()


def now() -> dt.datetime:
    """This second (a PDF holds signing times in whole seconds)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def minutes_pdf(pages: int = 3) -> bytes:
    """A small multi-page 'verslag' in Noto Sans, with room for two stamps on the last page."""
    if "NotoSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("NotoSans", str(resource_path("fonts", "NotoSans-Regular.ttf"))))
    out = BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setTitle("Verslag casusoverleg 26-02-2025")
    page.setAuthor("K. Brinkhorst")
    for number in range(1, pages + 1):
        page.setFont("NotoSans", 14)
        page.drawString(56, 780, "Verslag casusoverleg Zorg- en Veiligheidshuis Lindeveld")
        page.setFont("NotoSans", 10)
        for line, text in enumerate([
            "Casus LV-2025-014 — vraag: wat is nodig om de reünie veilig te laten verlopen?",
            "Bijdrage politie, jeugdteam en school; het ĳsbaanproject kost € 1.250.",
            "Besluit: casusregie bij het jeugdteam; actie: school meldt verzuim wekelijks.",
        ]):
            page.drawString(56, 740 - 16 * line, text)
        page.drawString(56, 40, f"Vertrouwelijk — pagina {number} van {pages}")
        if number == pages:
            page.drawString(56, 160, "De voorzitter sluit de vergadering om 16.05 uur.")
        page.showPage()
    page.save()
    return out.getvalue()


Box = tuple[float, float, float, float, str]
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def word_boxes(pdf_path: Path) -> list[list[Box]]:
    """Per page, every word poppler finds: (x0, y0, x1, y1, text) in points from the top left."""
    require_tools("pdftotext")
    markup = subprocess.run(["pdftotext", "-bbox", str(pdf_path), "-"], check=True, capture_output=True,
                            text=True).stdout
    return [[(float(x0), float(y0), float(x1), float(y1), html.unescape(text))
             for x0, y0, x1, y1, text in WORD.findall(page)] for page in markup.split("<page ")[1:]]


def render_gray(pdf_path: Path, page: int, dpi: int = 60) -> tuple[int, int, bytes]:
    """Render one page (1-based) with pdftoppm to 8-bit grey: (width, height, pixels)."""
    raw = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-f", str(page), "-l", str(page), str(pdf_path)],
        check=True, capture_output=True).stdout
    header, rest = _pgm_header(raw)
    width, height = header
    return width, height, rest[: width * height]


def _pgm_header(raw: bytes) -> tuple[tuple[int, int], bytes]:
    tokens: list[bytes] = []
    position = 0
    while len(tokens) < 4:
        while raw[position:position + 1].isspace():
            position += 1
        end = position
        while not raw[end:end + 1].isspace():
            end += 1
        tokens.append(raw[position:end])
        position = end
    assert tokens[0] == b"P5", tokens[0]
    return (int(tokens[1]), int(tokens[2])), raw[position + 1:]


def dark_pixels(image: tuple[int, int, bytes], box: tuple[float, float, float, float],
                page_height: float = A4[1], dpi: int = 60, inset: int = 3) -> int:
    """Pixels darker than mid-grey inside ``box`` (PDF points), its border left out."""
    width, _, pixels = image
    scale = dpi / 72
    x1, y1, x2, y2 = box
    left, right = int(x1 * scale) + inset, int(x2 * scale) - inset
    top, bottom = int((page_height - y2) * scale) + inset, int((page_height - y1) * scale) - inset
    return sum(1 for y in range(top, bottom) for x in range(left, right) if pixels[y * width + x] < 128)


# -- an organisation's own PKI, for PKCS#12 imports ---------------------------------------------------


def _name(cn: str, title: str = "") -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, cn),
             x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Gemeente Lindeveld")]
    if title:
        attrs.append(x509.NameAttribute(NameOID.TITLE, title))
    return x509.Name(attrs)


def _usage(**flags: bool) -> x509.KeyUsage:
    names = ["digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
             "key_agreement", "key_cert_sign", "crl_sign", "encipher_only", "decipher_only"]
    return x509.KeyUsage(**{n: flags.get(n, False) for n in names})


def _cert(subject: x509.Name, issuer: x509.Name, public_key, signing_key, *, ca: bool,
          usage: x509.KeyUsage | None, days: int = 365, start: dt.datetime | None = None):
    start = start or now() - dt.timedelta(days=1)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
               .public_key(public_key).serial_number(x509.random_serial_number())
               .not_valid_before(start).not_valid_after(start + dt.timedelta(days=days))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if usage is not None:
        builder = builder.add_extension(usage, critical=True)
    return builder.sign(signing_key, hashes.SHA256())


class OrganisationPki:
    """Root → intermediate → RSA-2048 signing certificates, like a municipality's own PKI."""

    def __init__(self) -> None:
        self.root_key = ec.generate_private_key(ec.SECP256R1())
        self.root = _cert(_name("Gemeente Lindeveld Root CA"), _name("Gemeente Lindeveld Root CA"),
                          self.root_key.public_key(), self.root_key, ca=True,
                          usage=_usage(key_cert_sign=True, crl_sign=True), days=3650)
        self.sub_key = ec.generate_private_key(ec.SECP256R1())
        self.sub = _cert(_name("Gemeente Lindeveld Ondertekening CA"), self.root.subject,
                         self.sub_key.public_key(), self.root_key, ca=True,
                         usage=_usage(key_cert_sign=True, crl_sign=True), days=1825)

    def pkcs12(self, cn: str = "M. Dekkers", *, password: str = P12_PASSWORD, with_key: bool = True,
               usage: x509.KeyUsage | None = None, days: int = 365,
               start: dt.datetime | None = None) -> bytes:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        if usage is None:
            usage = _usage(digital_signature=True, content_commitment=True)
        cert = _cert(_name(cn, "voorzitter"), self.sub.subject, key.public_key(), self.sub_key,
                     ca=False, usage=usage, days=days, start=start)
        return pkcs12.serialize_key_and_certificates(
            b"ondertekening", key if with_key else None, cert, [self.root, self.sub],
            BestAvailableEncryption(password.encode()))

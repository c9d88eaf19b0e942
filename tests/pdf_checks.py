"""Checks of finished PDFs that any test folder may use (a plain module in ``tests/``, which pytest
puts on sys.path): a structural PDF/A-2b check with pypdf — what our documents could get wrong, not
all of ISO 19005-2 (docs/archive.md says what a veraPDF run adds) — and poppler's pdfsig with a
trusted CA."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
}
FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
# annotation flags: Invisible 1, Hidden 2, Print 4, NoView 32, ToggleNoView 256
PRINT, FORBIDDEN_FLAGS = 4, 1 | 2 | 32 | 256


def pdfa_problems(pdf: bytes) -> list[str]:
    """Everything found that breaks PDF/A-2b, as sentences; empty when the file passes."""
    reader = PdfReader(BytesIO(pdf))
    root = reader.trailer["/Root"].get_object()
    problems: list[str] = []
    header = re.match(rb"%PDF-(\d)\.(\d)\r?\n%[\x80-\xff]{4}", pdf)
    if header is None or header.groups() > (b"1", b"7"):
        problems.append(f"header {pdf[:16]!r} is not PDF 1.0-1.7 followed by a binary comment")
    version = str(root.get("/Version", "/1.7"))
    if version != "/1.7" and not re.fullmatch(r"/1\.[0-6]", version):
        problems.append(f"catalog /Version is {version}")
    if "/ID" not in reader.trailer:
        problems.append("the trailer has no document /ID")
    if "/Encrypt" in reader.trailer:
        problems.append("the file is encrypted")
    problems += _output_intent_problems(root)
    problems += _metadata_problems(reader, root)
    for key in ("/JavaScript", "/AA", "/OpenAction"):
        if key in root or key in root.get("/Names", {}):
            problems.append(f"the catalog has {key}")
    if root.get("/AcroForm", {}).get("/NeedAppearances"):
        problems.append("/NeedAppearances is true")
    for number, page in enumerate(reader.pages, start=1):
        problems += [f"page {number}: {p}" for p in _page_problems(page)]
    return problems


def _output_intent_problems(root: DictionaryObject) -> list[str]:
    intents = [i.get_object() for i in root.get("/OutputIntents", [])]
    pdfa = [i for i in intents if i.get("/S") == "/GTS_PDFA1"]
    if len(pdfa) != 1:
        return [f"{len(pdfa)} output intents with /S /GTS_PDFA1 (one is needed)"]
    profile = pdfa[0].get("/DestOutputProfile")
    if profile is None:
        return ["the output intent has no ICC profile"]
    profile = profile.get_object()
    data = profile.get_data()
    if data[36:40] != b"acsp" or profile.get("/N") != 3 or data[16:20] != b"RGB ":
        return ["the output intent's profile is not a three-component RGB ICC profile"]
    return []


def _metadata_problems(reader: PdfReader, root: DictionaryObject) -> list[str]:
    stream = root.get("/Metadata")
    if stream is None:
        return ["the catalog has no XMP /Metadata"]
    stream = stream.get_object()
    problems = [] if "/Filter" not in stream else ["the XMP stream is compressed"]
    try:
        xmp = ET.fromstring(stream.get_data())
    except ET.ParseError as exc:
        return [*problems, f"the XMP metadata is not XML: {exc}"]
    values = {name: _xmp_value(xmp, name) for name in (
        "pdfaid:part", "pdfaid:conformance", "dc:title", "dc:creator", "dc:description",
        "pdf:Keywords", "pdf:Producer", "xmp:CreatorTool", "xmp:CreateDate", "xmp:ModifyDate")}
    if (values["pdfaid:part"], values["pdfaid:conformance"]) != ("2", "B"):
        problems.append(f"XMP says part {values['pdfaid:part']}, conformance {values['pdfaid:conformance']}")
    info = reader.trailer.get("/Info")
    info = info.get_object() if info is not None else {}
    pairs = {"/Title": "dc:title", "/Author": "dc:creator", "/Subject": "dc:description",
             "/Keywords": "pdf:Keywords", "/Producer": "pdf:Producer", "/Creator": "xmp:CreatorTool",
             "/CreationDate": "xmp:CreateDate", "/ModDate": "xmp:ModifyDate"}
    for key, name in pairs.items():
        if key not in info:
            continue
        said = str(info[key])
        wanted = _xmp_date(said) if key.endswith("Date") else said
        if values[name] != wanted:
            problems.append(f"Info {key} {said!r} differs from XMP {name} {values[name]!r}")
    return problems


def _xmp_value(xmp: ET.Element, name: str) -> str | None:
    prefix, local = name.split(":")
    tag = f"{{{NS[prefix]}}}{local}"
    for description in xmp.iter(f"{{{NS['rdf']}}}Description"):
        if tag in description.attrib:
            return description.attrib[tag]
        element = description.find(tag)
        if element is not None:
            item = element.find(".//rdf:li", NS)
            return (item if item is not None else element).text or ""
    return None


def _xmp_date(pdf_date: str) -> str:
    """D:YYYYMMDDHHmmSS+HH'mm' as XMP writes it."""
    found = re.fullmatch(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(?:([+-])(\d\d)'(\d\d)'?|Z)?", pdf_date)
    if found is None:
        return f"unreadable {pdf_date}"
    y, mo, d, h, mi, s, sign, zh, zm = found.groups()
    zone = f"{sign}{zh}:{zm}" if sign else "Z"
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}{zone}"


def _page_problems(page: DictionaryObject) -> list[str]:
    problems = list(_resource_problems(page, set()))
    if page.get("/Group", {}).get("/S") == "/Transparency":
        problems.append("the page is a transparency group")
    for annotation in page.get("/Annots", []):
        annotation = annotation.get_object()
        name = annotation.get("/T", annotation.get("/Subtype"))
        flags = int(annotation.get("/F", 0))
        if not flags & PRINT or flags & FORBIDDEN_FLAGS:
            problems.append(f"annotation {name} has flags {flags} (print only, never hidden)")
        rect = [float(v) for v in annotation.get("/Rect", [0, 0, 0, 0])]
        has_area = rect[2] != rect[0] and rect[3] != rect[1]
        appearance = annotation.get("/AP", {}).get("/N")
        if annotation.get("/Subtype") != "/Link" and has_area and appearance is None:
            problems.append(f"annotation {name} has no normal appearance")
        if appearance is not None and isinstance(appearance.get_object(), StreamObject):
            problems += [f"annotation {name}: {p}"
                         for p in _resource_problems(appearance.get_object(), set())]
        for key in ("/A", "/AA"):
            if key in annotation:
                problems.append(f"annotation {name} has an action ({key})")
    return problems


def _resource_problems(owner: DictionaryObject, seen: set[int]) -> Iterator[str]:
    """Fonts, graphics states and images of a page or form XObject, and of the forms it draws."""
    resources = owner.get("/Resources")
    if resources is None:
        return
    resources = resources.get_object()
    for name, font in _entries(resources, "/Font"):
        yield from (f"font {name}: {p}" for p in _font_problems(font))
    for name, state in _entries(resources, "/ExtGState"):
        for key in ("/CA", "/ca"):
            if key in state and float(state[key]) < 1:
                yield f"graphics state {name} sets {key} {state[key]} (transparency)"
        if state.get("/SMask", "/None") != "/None":
            yield f"graphics state {name} has a soft mask (transparency)"
        if state.get("/BM", "/Normal") not in ("/Normal", "/Compatible"):
            yield f"graphics state {name} blends with {state['/BM']}"
    for name, xobject in _entries(resources, "/XObject"):
        if "/SMask" in xobject or "/SMaskInData" in xobject:
            yield f"image {name} has a soft mask (transparency)"
        if xobject.get("/Group", {}).get("/S") == "/Transparency":
            yield f"form {name} is a transparency group"
        if xobject.get("/Subtype") == "/Form" and id(xobject) not in seen:
            seen.add(id(xobject))
            yield from _resource_problems(xobject, seen)


def _entries(resources: DictionaryObject, kind: str) -> Iterator[tuple[str, DictionaryObject]]:
    for name, value in (resources.get(kind) or {}).items():
        yield name, value.get_object() if isinstance(value, IndirectObject) else value


def _font_problems(font: DictionaryObject) -> list[str]:
    if font.get("/Subtype") == "/Type3":
        return []
    if font.get("/Subtype") == "/Type0":
        descendants = font["/DescendantFonts"]
        font = (descendants.get_object() if not isinstance(descendants, ArrayObject)
                else descendants)[0].get_object()
        if font.get("/Subtype") == "/CIDFontType2" and "/CIDToGIDMap" not in font:
            return [f"{font.get('/BaseFont')} has no /CIDToGIDMap"]
    descriptor = font.get("/FontDescriptor")
    if descriptor is None or not any(key in descriptor.get_object() for key in FONT_FILES):
        return [f"{font.get('/BaseFont')} is not embedded"]
    return []


def require_tools(*names: str) -> None:
    """Skip when a command-line tool is missing, with the reason; on CI (``CI`` set) fail instead."""
    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        reason = (f"{', '.join(missing)} ontbreekt: installeer de testpakketten "
                  "(python installer/bootstrap.py test, of apt-get install poppler-utils libnss3-tools)")
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


def pdfsig(pdf_path: Path, ca_pem: Path, workdir: Path) -> str:
    """poppler's verdict on ``pdf_path`` with ``ca_pem`` trusted as a CA: a new NSS database in
    ``workdir``, the certificate imported with trust "CT,C,C", then ``pdfsig -nssdir``."""
    require_tools("pdfsig", "certutil")
    nss = workdir / "nss"
    nss.mkdir()
    database = f"sql:{nss}"
    subprocess.run(["certutil", "-N", "-d", database, "--empty-password"], check=True, capture_output=True)
    subprocess.run(["certutil", "-A", "-d", database, "-n", "kluis-ca", "-t", "CT,C,C", "-i", str(ca_pem)],
                   check=True, capture_output=True)
    result = subprocess.run(["pdfsig", "-nssdir", database, str(pdf_path)], capture_output=True, text=True)
    return result.stdout

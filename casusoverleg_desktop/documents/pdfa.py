"""PDF/A-2b for the documents the house template renders (see docs/archive.md).

``layout.render`` writes PDF 1.7 with only embedded fonts (Noto Sans, also as the canvas's initial
font) and no transparency; ``make_archival`` adds what ReportLab does not write by itself: an sRGB
output intent and XMP metadata that declares PDF/A-2b and repeats the document information word
for word. Signing keeps all of it (``documents.signing``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol, cast
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFCatalog,
    PDFDictionary,
    PDFDocument,
    PDFName,
    PDFStream,
    PDFString,
)

PDF_VERSION = (1, 7)
SRGB = "sRGB IEC61966-2.1"
PDFA_PART, PDFA_CONFORMANCE = 2, "B"


class ArchivalCatalog(PDFCatalog):
    """ReportLab's document catalog with the entry it lacks for PDF/A: the output intents."""

    __NoDefault__ = [*PDFCatalog.__NoDefault__, "OutputIntents"]
    __Refs__ = __NoDefault__
    OutputIntents: PDFArray
    Metadata: PDFStream


class _TimeStamp(Protocol):
    YMDhms: tuple[int, int, int, int, int, int]
    dhh: int
    dmm: int


class _DocumentInternals(Protocol):
    """What this module uses of a ReportLab ``PDFDocument`` that its type stubs leave out."""

    Catalog: PDFCatalog
    _catalog: PDFCatalog
    _timeStamp: _TimeStamp


def make_archival(doc: PDFDocument) -> None:
    """Give a ReportLab document, before it is written, its output intent and XMP metadata."""
    internals = cast(_DocumentInternals, doc)
    catalog = ArchivalCatalog()
    catalog.__dict__.update(internals.Catalog.__dict__)
    internals.Catalog = internals._catalog = catalog
    profile = PDFStream(PDFDictionary({"N": 3, "Alternate": PDFName("DeviceRGB")}), srgb_profile())
    catalog.OutputIntents = PDFArray([PDFDictionary({
        "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": PDFString(SRGB), "Info": PDFString(SRGB),
        "DestOutputProfile": profile,
    })])
    catalog.Metadata = PDFStream(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}), xmp_packet(doc))


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def xmp_packet(doc: PDFDocument) -> bytes:
    """The XMP metadata: PDF/A-2b, and the document information as ReportLab writes it."""
    info, stamp = doc.info, cast(_DocumentInternals, doc)._timeStamp
    year, month, day, hour, minute, second = stamp.YMDhms
    zone = f"{'+' if stamp.dhh >= 0 else '-'}{abs(stamp.dhh):02d}:{stamp.dmm:02d}"
    moment = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}{zone}"

    def text(value: str) -> str:
        return escape(value, {'"': "&quot;"})

    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>{PDFA_PART}</pdfaid:part>
   <pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{text(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{text(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{text(info.subject)}</rdf:li></rdf:Alt>
   </dc:description>
   <pdf:Keywords>{text(info.keywords)}</pdf:Keywords>
   <pdf:Producer>{text(info.producer)}</pdf:Producer>
   <xmp:CreatorTool>{text(info.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{moment}</xmp:CreateDate>
   <xmp:ModifyDate>{moment}</xmp:ModifyDate>
   <xmp:MetadataDate>{moment}</xmp:MetadataDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>""".encode()

"""Which signature fields a PDF has and whether each is signed (for choosing the field to sign),
and the fields to make from the areas a document reserved (the last of several locks it)."""

from __future__ import annotations

from io import BytesIO

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields

from casusoverleg_desktop.documents.signing import FieldSpec
from casusoverleg_desktop.errors import SigningError

INVISIBLE_BOX = (0.0, 0.0, 0.0, 0.0)


def signature_fields(pdf_bytes: bytes) -> dict[str, bool]:
    """Field name → signed, in document order; ``SigningError`` for a file that is no PDF."""
    try:
        reader = PdfFileReader(BytesIO(pdf_bytes), strict=False)
        return {name: value is not None for name, value, _ in enumerate_sig_fields(reader)}
    except Exception as exc:  # pyHanko raises several kinds for unreadable input
        raise SigningError("Dit bestand is geen leesbare PDF.") from exc


def field_specs(areas: tuple[tuple[str, int, tuple[float, float, float, float]], ...]) -> list[FieldSpec]:
    """The signature areas a builder reserved, as fields to create before the first signature.

    Areas are signed in their order; of two or more, the last (the chair's 'vastgesteld' on the
    minutes) locks the document when it is signed.
    """
    last = len(areas) - 1 if len(areas) >= 2 else None
    return [FieldSpec(name, page, box, locks=index == last)
            for index, (name, page, box) in enumerate(areas)]


def invisible_field(name: str) -> FieldSpec:
    """A field without a visible stamp, for PDFs that reserved no room for one."""
    return FieldSpec(name, -1, INVISIBLE_BOX)

"""The page template every document shares: fonts, styles, header and footer, metadata, outline.

Every page carries the classification ("Vertrouwelijk") with the legal basis, "pagina x van y",
the case codes, the export date and the exporter. Pages are held back until the document is
complete so the page total is known; outline entries and signature areas are recorded while the
story flows and placed when the pages are written. Everything is built in memory, as PDF/A-2b
(``documents.pdfa``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from casusoverleg_desktop import __version__
from casusoverleg_desktop.documents.data import ExportStamp
from casusoverleg_desktop.documents.pdfa import PDF_VERSION, make_archival
from casusoverleg_desktop.domain.enums import DataCategory, StatementType
from casusoverleg_desktop.resources import resource_path

FONT = "NotoSans"
FONT_BOLD = "NotoSans-Bold"
FONT_ITALIC = "NotoSans-Italic"
FONT_BOLD_ITALIC = "NotoSans-BoldItalic"
_FONT_FILES = {FONT: "NotoSans-Regular.ttf", FONT_BOLD: "NotoSans-Bold.ttf",
               FONT_ITALIC: "NotoSans-Italic.ttf", FONT_BOLD_ITALIC: "NotoSans-BoldItalic.ttf"}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 27 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

INK = colors.HexColor("#1B2430")
ACCENT = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5B6675")
RULE = colors.HexColor("#C5CDD8")
TINT = colors.HexColor("#EEF2F7")
CONFIDENTIAL = colors.HexColor("#8A1C1C")
BIJZONDER_BG = colors.HexColor("#FCEFD4")
BIJZONDER_FG = colors.HexColor("#7A4B00")
STRAF_BG = colors.HexColor("#F8DCDC")
STRAF_FG = colors.HexColor("#8A1C1C")

CLASSIFICATION = "Vertrouwelijk"
FOOTER_SIZE = 7.5
FOOTER_TOP = 17 * mm
FOOTER_LEADING = 3.3 * mm
FOOTER_ROWS = 4
COLUMN_GAP = 6 * mm
PRODUCER = f"Casusoverleg Desktop {__version__}"
ProgressCallback = Callable[[int, int], None]
"""``progress(done, total)``: called while a document is laid out (for a progress bar)."""


# -- fonts and styles ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the bundled Noto Sans faces with ReportLab (once per process)."""
    for name, file_name in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD_ITALIC)
    return FONT


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle
    closing: ParagraphStyle
    mono: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=4)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.8, leading=11.8, spaceAfter=0)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=17, leading=21,
                             textColor=ACCENT, spaceAfter=2),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=10.5, leading=14,
                                textColor=MUTED, spaceAfter=10),
        h1=ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=12.5, leading=16,
                          textColor=ACCENT, spaceBefore=12, spaceAfter=5),
        h2=ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                          textColor=ACCENT, spaceBefore=8, spaceAfter=3),
        h3=ParagraphStyle("h3", parent=body, fontName=FONT_BOLD, fontSize=9.5, leading=13,
                          textColor=INK, spaceBefore=6, spaceAfter=2),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        cell=cell,
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=FONT_BOLD, textColor=ACCENT),
        label=ParagraphStyle("label", parent=cell, textColor=MUTED),
        closing=ParagraphStyle("closing", parent=body, spaceBefore=6),
        mono=ParagraphStyle("mono", parent=body, fontName=FONT_BOLD, fontSize=15, leading=22,
                            textColor=INK),
    )


# -- text helpers ------------------------------------------------------------------------------------


def text(value: str | None) -> str:
    """User text made safe for a Paragraph (markup escaped, line breaks kept)."""
    return escape(value or "").replace("\n", "<br/>")


def short_date(day: dt.date | None) -> str:
    return f"{day:%d-%m-%Y}" if day else "—"


def clock(moment: dt.time | None) -> str:
    return f"{moment:%H.%M}" if moment else "—"


def statement_tag(statement_type: StatementType) -> str:
    return f'<font name="{FONT_BOLD}" size="7" color="#5B6675">{statement_type.label.upper()}</font>'


def category_tag(category: DataCategory) -> str:
    """A visible marker for special-category and criminal data; nothing for ordinary data."""
    if category is DataCategory.STRAFRECHTELIJK:
        return (f'<font name="{FONT_BOLD}" size="7" color="{STRAF_FG.hexval()}" '
                f'backColor="{STRAF_BG.hexval()}">&nbsp;STRAFRECHTELIJK GEGEVEN&nbsp;</font>')
    if category is DataCategory.BIJZONDER:
        return (f'<font name="{FONT_BOLD}" size="7" color="{BIJZONDER_FG.hexval()}" '
                f'backColor="{BIJZONDER_BG.hexval()}">&nbsp;BIJZONDER PERSOONSGEGEVEN&nbsp;</font>')
    return ""


def file_name(*parts: str) -> str:
    """A file name from case codes, dates and document kinds only (never a person's name)."""
    cleaned = [re.sub(r"[^0-9A-Za-z._-]+", "-", part).strip("-") for part in parts if part]
    return "_".join(p for p in cleaned if p)[:150] + ".pdf"


def codes_phrase(codes: Sequence[str]) -> str:
    return ", ".join(codes) if codes else "geen"


# -- flowables ----------------------------------------------------------------------------------------


class Heading(Paragraph):
    """A heading that becomes an entry in the PDF outline (bookmarks) where it is drawn."""

    def __init__(self, markup: str, style: ParagraphStyle, outline: str, level: int = 0) -> None:
        super().__init__(markup, style)
        self.outline = outline
        self.level = level

    def draw(self) -> None:
        super().draw()
        record = getattr(self.canv, "record_outline", None)
        if record is not None:
            _, top = self.canv.absolutePosition(0, self.height)
            record(self.outline, self.level, top)


class SignatureArea(Flowable):
    """Empty boxes for visible signatures, labelled underneath; their places are recorded."""

    BOX_HEIGHT = 70
    GAP = 16

    def __init__(self, boxes: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.boxes = list(boxes)  # (field name, label)
        self.box_width = (CONTENT_WIDTH - self.GAP * (len(self.boxes) - 1)) / len(self.boxes)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return CONTENT_WIDTH, self.BOX_HEIGHT + 26

    def draw(self) -> None:
        canv = self.canv
        register_fonts()
        for index, (name, label) in enumerate(self.boxes):
            x = index * (self.box_width + self.GAP)
            canv.setStrokeColor(RULE)
            canv.setDash(2, 2)
            canv.rect(x, 24, self.box_width, self.BOX_HEIGHT, stroke=1, fill=0)
            canv.setDash()
            canv.setFillColor(MUTED)
            canv.setFont(FONT, 8)
            for line_no, line in enumerate(simpleSplit(label, FONT, 8, self.box_width)[:2]):
                canv.drawString(x, 14 - 10 * line_no, line)
            record = getattr(canv, "record_signature_area", None)
            if record is not None:
                x1, y1 = canv.absolutePosition(x, 24)
                record(name, (x1, y1, x1 + self.box_width, y1 + self.BOX_HEIGHT))


def table(rows: Sequence[Sequence[object]], widths: Sequence[float], *, header: bool = True,
          zebra: bool = False) -> Table:
    """The house table: a tinted header row, thin horizontal rules, text aligned at the top."""
    style: list[tuple[str, tuple[int, int], tuple[int, int], *tuple[object, ...]]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), TINT), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if zebra:
        style += [("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F8FAFC")])]
    result = Table([list(row) for row in rows], colWidths=list(widths), repeatRows=1 if header else 0,
                   hAlign="LEFT")
    result.setStyle(TableStyle(style))
    return result


class CellText(Paragraph):
    """A table cell's paragraph. A table wraps each cell again for its height, for every split over
    a page and for drawing, always at the column's width: the lines are broken once per width."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # ReportLab's names
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            self.width, self.height = self._wrapped[1]
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


def cells(values: Iterable[str], style: ParagraphStyle | None = None) -> list[Paragraph]:
    st = style or styles().cell
    return [CellText(v, st) for v in values]


def key_values(pairs: Sequence[tuple[str, str]], label_width: float = 38 * mm) -> Table:
    """A two-column block of labels and values (a document's header data)."""
    s = styles()
    rows = [[CellText(escape(label), s.label), CellText(value, s.cell)] for label, value in pairs]
    result = Table(rows, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT")
    result.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return result


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


# -- the page ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageInfo:
    """What the header and footer of every page say."""

    document: str
    legal_basis: str
    case_codes: tuple[str, ...]
    stamp: ExportStamp
    watermark: str | None = None
    audience: str | None = None


@dataclass(frozen=True)
class Metadata:
    title: str
    subject: str
    author: str
    keywords: tuple[str, ...] = ()


class _PagedCanvas(rl_canvas.Canvas):
    """Holds pages back until ``save`` so every footer can say 'pagina x van y'."""

    # ReportLab's own, left out of its type stubs
    _doc: PDFDocument
    _startPage: Callable[[], None]

    def __init__(self, *args: Any, page_info: PageInfo, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.page_info = page_info
        self.held_pages: list[dict[str, object]] = []
        self.outline_marks: list[tuple[int, str, int, float]] = []
        self.signature_areas: list[tuple[str, int, tuple[float, float, float, float]]] = []

    # recorded while the story flows (page index = pages held so far)
    def record_outline(self, title: str, level: int, top: float) -> None:
        self.outline_marks.append((len(self.held_pages), title, level, top))

    def record_signature_area(self, name: str, box: tuple[float, float, float, float]) -> None:
        self.signature_areas.append((name, len(self.held_pages), box))

    def showPage(self) -> None:  # ReportLab's name
        self.held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        make_archival(self._doc)
        total = len(self.held_pages)
        marks = list(self.outline_marks)
        for index, state in enumerate(self.held_pages):
            self.__dict__.update(state)
            _decorate(self, self.page_info, index + 1, total)
            for number, (page, title, level, top) in enumerate(marks):
                if page == index:
                    key = f"h{number}"
                    self.bookmarkPage(key, fit="XYZ", left=0, top=top + 6)
                    self.addOutlineEntry(title, key, level=level, closed=False)
            rl_canvas.Canvas.showPage(self)
        if marks:
            self.showOutline()
        rl_canvas.Canvas.save(self)


def _decorate(canv: rl_canvas.Canvas, info: PageInfo, page: int, total: int) -> None:
    canv.saveState()
    _header(canv, info)
    _footer(canv, info, page, total)
    canv.restoreState()


def _header(canv: rl_canvas.Canvas, info: PageInfo) -> None:
    left, right = MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT
    top = PAGE_HEIGHT - 13 * mm
    mark = CLASSIFICATION.upper()
    room = CONTENT_WIDTH - pdfmetrics.stringWidth(mark, FONT_BOLD, 8) - COLUMN_GAP
    canv.setFont(FONT, 8)
    canv.setFillColor(MUTED)
    canv.drawString(left, top, _wrap(f"{info.stamp.organisation} · {info.document}", FONT, 8, [room])[0])
    canv.setFont(FONT_BOLD, 8)
    canv.setFillColor(CONFIDENTIAL)
    canv.drawRightString(right, top, mark)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(left, top - 2.5 * mm, right, top - 2.5 * mm)


def _footer(canv: rl_canvas.Canvas, info: PageInfo, page: int, total: int) -> None:
    """Rows of two columns within the margins: on the right the page number and who exported it
    when; on the left the classification, legal basis and audience, then the case codes (at most
    two rows), each row as wide as its right-hand text leaves room for; what does not fit in
    ``FOOTER_ROWS`` rows ends in '…'."""
    left, right = MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(left, 21 * mm, right, 21 * mm)
    size = FOOTER_SIZE
    exported = f"Geëxporteerd op {short_date(info.stamp.exported_on)} door {info.stamp.exporter}"
    right_rows = [(f"pagina {page} van {total}", FONT_BOLD, INK),
                  *((line, FONT, MUTED) for line in _wrap(exported, FONT, size, [CONTENT_WIDTH * 0.45] * 2))]
    rooms = [CONTENT_WIDTH - pdfmetrics.stringWidth(line, font, size) - COLUMN_GAP
             for line, font, _ in right_rows]
    rooms += [CONTENT_WIDTH] * (FOOTER_ROWS - len(rooms))
    bold_extra = pdfmetrics.stringWidth(CLASSIFICATION, FONT_BOLD, size) - \
        pdfmetrics.stringWidth(CLASSIFICATION, FONT, size)
    basis = " · ".join([CLASSIFICATION, f"grondslag: {info.legal_basis}",
                        *([info.audience] if info.audience else [])])
    codes = ("Casus: " if len(info.case_codes) == 1 else "Casussen: ") + codes_phrase(info.case_codes)
    code_rows = len(_wrap(codes, FONT, size, [min(rooms)] * 2))
    basis_lines = _wrap(basis, FONT, size, [rooms[0] - bold_extra, *rooms[1:FOOTER_ROWS - code_rows]])
    left_rows = [*basis_lines, *_wrap(codes, FONT, size, rooms[len(basis_lines):][:code_rows])]
    for row, line in enumerate(left_rows):
        y = FOOTER_TOP - FOOTER_LEADING * row
        x = left
        if row == 0:
            canv.setFillColor(CONFIDENTIAL)
            canv.setFont(FONT_BOLD, size)
            canv.drawString(x, y, CLASSIFICATION)
            x += pdfmetrics.stringWidth(CLASSIFICATION, FONT_BOLD, size)
            line = line.removeprefix(CLASSIFICATION)
        canv.setFillColor(MUTED)
        canv.setFont(FONT, size)
        canv.drawString(x, y, line)
    for row, (line, font, colour) in enumerate(right_rows):
        canv.setFillColor(colour)
        canv.setFont(font, size)
        canv.drawRightString(right, FOOTER_TOP - FOOTER_LEADING * row, line)


def _watermark(text_: str) -> Callable[[rl_canvas.Canvas, BaseDocTemplate], None]:
    """Drawn when a page begins, so the content lies on top of it."""

    def draw(canv: rl_canvas.Canvas, _doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFillColor(colors.HexColor("#EEF0F4"))
        canv.setFont(FONT_BOLD, 96)
        canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canv.rotate(40)
        canv.drawCentredString(0, -34, text_)
        canv.restoreState()

    return draw


def _wrap(text_: str, font: str, size: float, rooms: Sequence[float]) -> list[str]:
    """``text_`` wrapped word by word into lines as wide as ``rooms`` (one per line, at most that
    many lines); when the rest does not fit, the last line ends in '…' after the last whole word
    that does (a word wider than its line is cut)."""
    words, lines = text_.split(), []
    for room in rooms:
        line = words.pop(0) if words else ""
        while words and pdfmetrics.stringWidth(f"{line} {words[0]}", font, size) <= room:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
        if not words:
            break
    if words:
        lines[-1] = " ".join([lines[-1], *words])
    return [_shorten(line, font, size, room) for line, room in zip(lines, rooms, strict=False)]


def _shorten(line: str, font: str, size: float, room: float) -> str:
    if pdfmetrics.stringWidth(line, font, size) <= room:
        return line
    words = line.split(" ")
    while len(words) > 1 and pdfmetrics.stringWidth(" ".join(words) + " …", font, size) > room:
        words.pop()
    line = " ".join(words).rstrip(",;· ")
    while line and pdfmetrics.stringWidth(line + " …", font, size) > room:
        line = line[:-1]
    return line + " …"


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    page_count: int
    signature_areas: tuple[tuple[str, int, tuple[float, float, float, float]], ...]


def render(story: list[Flowable], meta: Metadata, page: PageInfo, *,
           progress: ProgressCallback | None = None) -> Rendered:
    """Lay out ``story`` on the house pages, in memory; returns the PDF and what was recorded."""
    register_fonts()
    out = BytesIO()
    made: list[_PagedCanvas] = []

    def canvas_maker(*args: object, **kwargs: object) -> _PagedCanvas:
        made.append(_PagedCanvas(*args, page_info=page, pdfVersion=PDF_VERSION, **kwargs))
        return made[-1]

    doc = BaseDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=meta.title, author=meta.author, subject=meta.subject,
        keywords=list(meta.keywords), creator=PRODUCER, producer=PRODUCER, lang="nl-NL",
        initialFontName=FONT, initialFontSize=9.5,
    )
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_WIDTH,
                  PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    on_page = _watermark(page.watermark) if page.watermark else None
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page or _nothing)])
    if progress is not None:
        doc.setProgressCallBack(_progress_adapter(progress))
    doc.build(_with_page_breaks(story), canvasmaker=canvas_maker)
    canv = made[-1]
    return Rendered(out.getvalue(), len(canv.held_pages), tuple(canv.signature_areas))


_ROOM_AFTER_HEADING = {"h1": 42 * mm, "h2": 34 * mm, "h3": 24 * mm}


def _with_page_breaks(story: list[Flowable]) -> list[Flowable]:
    """A heading starts a new page when too little room is left for what follows it.

    (Instead of keepWithNext, which would move a whole long table along with its heading.)
    """
    result: list[Flowable] = []
    for flowable in story:
        room = _ROOM_AFTER_HEADING.get(getattr(getattr(flowable, "style", None), "name", ""))
        if room:
            result.append(CondPageBreak(room))
        result.append(flowable)
    return result


def _nothing(_canv: rl_canvas.Canvas, _doc: BaseDocTemplate) -> None:
    return None


def _progress_adapter(progress: ProgressCallback) -> Callable[[str, int], None]:
    """ReportLab's progress as ``progress(done, total)``, never going back (a block kept together
    is laid out again on the next page, and ReportLab then reports a lower count)."""
    total, done = [0], [0]

    def report(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            total[0] = max(int(value), 1)
            progress(0, total[0])
        elif kind == "PROGRESS" and total[0]:
            done[0] = max(done[0], min(int(value), total[0]))
            progress(done[0], total[0])
        elif kind == "FINISHED" and total[0]:
            progress(total[0], total[0])

    return report

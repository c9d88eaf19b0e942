"""De signaleringskaart: a municipality's chain on one landscape page for front-line partners.

The card is laid out once, with ReportLab's font metrics, as backend-neutral shapes (text runs,
boxes, polylines with arrowheads) in points with the origin top left; ``card_pdf``, ``card_svg`` and
``card_png`` render those same shapes. What is on it: whom to call in danger now, and per route when
to use it, whom to contact (organisational contacts only), what happens next and what the reporter
hears back and by when; then the flowchart (``domain.flowchart``) with compact boxes, its routes
wrapped into rows so it fills the page's width, scaled to fit. The text never goes below
``MIN_TEXT_SIZE``: a chain that does not fit then raises ``CardDoesNotFit``. A flowchart whose text
would print smaller than ``MIN_DRAWING_TEXT`` is left out, with a note where to see it.
"""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from io import BytesIO
from xml.sax.saxutils import escape

import pypdfium2 as pdfium  # type: ignore[import-untyped]  # no stubs
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas

from casusoverleg_desktop.documents.layout import FONT, FONT_BOLD, FONT_ITALIC, PRODUCER, register_fonts
from casusoverleg_desktop.documents.pdfa import PDF_VERSION, make_archival
from casusoverleg_desktop.domain.flowchart import FlowInput, FlowLayout, FlowStyle, NodeKind, Rect, lay_out
from casusoverleg_desktop.domain.labels import long_date
from casusoverleg_desktop.domain.workdays import within_working_days
from casusoverleg_desktop.errors import InputError

__all__ = [
    "FLOW_STYLE", "MIN_DRAWING_TEXT", "PAPERS", "Box", "Card", "CardContact", "CardData", "CardDoesNotFit",
    "CardPromise", "CardRoute", "CardStep", "Polyline", "Text", "build_card", "card_pdf", "card_png",
    "card_svg", "flow_shapes",
]

PAPERS = {"A4": landscape(A4), "A3": landscape(A3)}
MIN_TEXT_SIZE = 7.0
FLOW_STYLE = FlowStyle(font_size=10.0, title_size=10.0, group_title_size=11.0, box_width=130.0, padding=5.0,
                       node_gap=8.0, lane_padding=8.0, lane_label_width=80.0, lane_min_height=30.0,
                       group_gap=18.0, group_padding=8.0, gap_margin=8.0, label_max_width=95.0)
"""The flowchart on paper: compact boxes (organisation and term), large text for little room."""
GOOD_DRAWING_TEXT = 6.5
"""Below this printed text size in the flowchart the card first tries smaller text for its blocks."""
MIN_DRAWING_TEXT = 5.5
"""Below this printed text size the flowchart is unreadable: the card leaves it out."""
FONT_FAMILY = {FONT: "Noto Sans", FONT_BOLD: "Noto Sans", FONT_ITALIC: "Noto Sans"}
SUBTITLE = "Zorgen over een leerling of jongere? Zo meldt u het."
NO_CASE_CONTENT = "U hoort geen inhoud van de casus: dat beschermt de betrokkene."

INK, ACCENT, MUTED, RULE, TINT = "#1B2430", "#1F3A5F", "#5B6675", "#C5CDD8", "#EEF2F7"
DANGER, DANGER_TINT, WHITE = "#B3261E", "#FBE9E7", "#FFFFFF"
CONCEPT_BG, CONCEPT_FG = "#FCEFD4", "#7A4B00"
LANE_TINTS = ("#F3F6FA", "#FFFFFF")


class CardDoesNotFit(InputError):
    """The chain has more on it than one page holds, even with the smallest text."""


# -- what goes on the card ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CardContact:
    organisation: str
    function: str
    phone: str | None
    mailbox: str | None


@dataclass(frozen=True)
class CardStep:
    organisation: str
    action: str
    within_days: int
    information: str | None
    person_informed: bool
    condition: str | None = None
    """The label of the link that leads here ("bij zorgen"), when the route branches."""


@dataclass(frozen=True)
class CardPromise:
    what: str
    within_days: int


@dataclass(frozen=True)
class CardRoute:
    name: str
    worry: str | None
    acute: bool
    contacts: tuple[CardContact, ...]
    steps: tuple[CardStep, ...]
    promises: tuple[CardPromise, ...]


@dataclass(frozen=True)
class CardData:
    municipality: str
    version_number: int
    in_force_from: dt.date
    adopted_on: dt.date | None
    printed_on: dt.date
    routes: tuple[CardRoute, ...]
    flow: FlowInput

    @property
    def title(self) -> str:
        return f"Signaleringskaart {self.municipality}"


# -- shapes --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """One line of text; ``y`` is its baseline."""

    x: float
    y: float
    text: str
    font: str
    size: float
    colour: str


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    fill: str | None
    stroke: str | None = None
    line_width: float = 0.0
    radius: float = 0.0


@dataclass(frozen=True)
class Polyline:
    points: tuple[tuple[float, float], ...]
    colour: str
    width: float
    arrow: bool = False


Shape = Text | Box | Polyline


@dataclass(frozen=True)
class Card:
    width: float
    height: float
    title: str
    subject: str
    text_size: float
    drawing_scale: float
    shapes: tuple[Shape, ...]

    @property
    def drawing_text_size(self) -> float:
        """The size the flowchart's smallest text prints at (0 without a flowchart)."""
        return self.drawing_scale * FLOW_STYLE.font_size


# -- text helpers -----------------------------------------------------------------------------------------


def _width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Word by word into lines no wider than ``width``; a word wider than a line is split."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            while _width(word, font, size) > width:
                cut = len(word) - 1
                while cut > 1 and _width(word[:cut], font, size) > width:
                    cut -= 1
                if line:
                    lines.append(line)
                    line = ""
                lines.append(word[:cut])
                word = word[cut:]
            candidate = f"{line} {word}" if line else word
            if line and _width(candidate, font, size) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


@dataclass
class _Pen:
    """Writes wrapped text downwards from ``y`` in a column, collecting shapes."""

    x: float
    y: float
    width: float
    size: float
    shapes: list[Shape] = field(default_factory=list)

    @property
    def leading(self) -> float:
        return self.size * 1.3

    def write(self, text: str, font: str = FONT, colour: str = INK, *, size: float | None = None,
              indent: float = 0.0, hanging: str = "") -> None:
        size = size or self.size
        first_x = self.x + indent
        text_x = first_x + (_width(hanging, font, size) if hanging else 0.0)
        for index, line in enumerate(wrap(text, font, size, self.x + self.width - text_x)):
            self.y += size * 1.3
            if index == 0 and hanging:
                self.shapes.append(Text(first_x, self.y, hanging.rstrip(), font, size, colour))
            self.shapes.append(Text(text_x, self.y, line, font, size, colour))

    def skip(self, points: float) -> None:
        self.y += points


# -- building the card -----------------------------------------------------------------------------------


def build_card(data: CardData, paper: str = "A4") -> Card:
    """The card on one landscape page of ``paper`` (A4 or A3), text as large as fits."""
    register_fonts()
    if paper not in PAPERS:
        raise InputError(f"Papierformaat '{paper}' ken ik niet; kies A4 of A3.")
    width, height = PAPERS[paper]
    grow = width / PAPERS["A4"][0]
    layouts = _flow_layouts(data.flow)
    sizes = sorted({round(max(MIN_TEXT_SIZE, 9.0 * grow - 0.5 * step) * 2) / 2 for step in range(40)},
                   reverse=True)
    fitting: list[Card] = []
    for size in sizes:
        card = _compose(data, width, height, size, grow, layouts)
        if card.drawing_scale >= 0 and (not layouts or card.drawing_text_size >= GOOD_DRAWING_TEXT):
            return card
        if card.drawing_scale >= 0:
            fitting.append(card)
    readable = [card for card in fitting if card.drawing_text_size >= MIN_DRAWING_TEXT]
    if readable:
        return readable[0]
    for fit in fitting:  # the drawing would be too small to read: the largest text, and a word about it
        card = _compose(data, width, height, fit.text_size, grow, [], paper)
        if card.drawing_scale == 0:
            return card
    raise CardDoesNotFit(
        f"De signaleringskaart van {data.municipality} past niet op één {paper}-pagina: er staan te veel "
        "routes of stappen op. Kies A3, of maak de routes korter (minder stappen, kortere teksten).")


def _flow_layouts(flow: FlowInput) -> list[FlowLayout]:
    """The flowchart with its routes wrapped into rows in every way the routes' widths allow, from
    all side by side to one per row; the card takes the one that prints largest in its room."""
    if not flow.nodes:
        return []

    def measure(text: str, size: float, bold: bool) -> float:
        return _width(text, FONT_BOLD if bold else FONT, size)

    one_row = lay_out(flow, measure, FLOW_STYLE)
    widths = [group.rect.width for group in one_row.groups]
    frame = 2 * FLOW_STYLE.margin + FLOW_STYLE.lane_label_width
    limits = {frame + sum(widths[first:last]) + FLOW_STYLE.group_gap * (last - first - 1)
              for first in range(len(widths)) for last in range(first + 1, len(widths) + 1)}
    layouts = {(one_row.width, one_row.height): one_row}
    for limit in sorted(limits, reverse=True):
        layout = lay_out(flow, measure, replace(FLOW_STYLE, max_row_width=limit + 0.01))
        layouts.setdefault((layout.width, layout.height), layout)
    return list(layouts.values())


def _compose(data: CardData, width: float, height: float, size: float, grow: float,
             layouts: Sequence[FlowLayout], omitted_on: str | None = None) -> Card:
    """The card with text of ``size``; its ``drawing_scale`` is negative when the text does not fit,
    and 0 when the drawing is left out (``omitted_on``: the paper it did not fit on)."""
    margin = 12 * mm * grow
    inner = width - 2 * margin
    shapes: list[Shape] = [Box(0, 0, width, height, WHITE)]
    y = _header(data, shapes, margin, inner, size)
    y = _acute_banner(data, shapes, margin, y + size, inner, size)
    y = _route_blocks([r for r in data.routes if not r.acute], shapes, margin, y + size, inner, size)
    footer_size = max(MIN_TEXT_SIZE, size * 0.85)
    footer_top = height - margin - footer_size * 1.6
    if y > footer_top - size:
        scale = -1.0
    elif omitted_on is not None:
        where = ("op de A3-versie van deze kaart en " if omitted_on == "A4" else "") + \
            "in Casusoverleg Desktop op de pagina Keten"
        pen = _Pen(margin, y + size * 0.4, inner, size)
        pen.write(f"Het schema van alle routes past niet leesbaar op deze pagina. U ziet het {where}.",
                  FONT_ITALIC, MUTED)
        shapes.extend(pen.shapes)
        scale = 0.0 if pen.y <= footer_top else -1.0
    else:
        scale = _drawing(layouts, shapes, margin, y + size, inner, footer_top - size * 0.8, size, grow)
    _footer(data, shapes, margin, height - margin, inner, footer_size)
    return Card(width, height, data.title, SUBTITLE, size, scale, tuple(shapes))


def _header(data: CardData, shapes: list[Shape], x: float, width: float, size: float) -> float:
    title_size, sub_size = size * 2.3, size * 1.4
    y = x + title_size
    shapes.append(Text(x, y, data.title, FONT_BOLD, title_size, ACCENT))
    if data.adopted_on is None:
        tag = "CONCEPT — nog niet vastgesteld"
        tag_width = _width(tag, FONT_BOLD, size) + size * 1.6
        tag_x = x + width - tag_width
        shapes.append(Box(tag_x, y - size * 1.9, tag_width, size * 2.4, CONCEPT_BG, CONCEPT_FG, 0.8, 2))
        shapes.append(Text(tag_x + size * 0.8, y - size * 0.2, tag, FONT_BOLD, size, CONCEPT_FG))
    y += sub_size * 1.5
    shapes.append(Text(x, y, SUBTITLE, FONT, sub_size, INK))
    return y + sub_size * 0.4


def _acute_banner(data: CardData, shapes: list[Shape], x: float, y: float, width: float,
                  size: float) -> float:
    """Danger now: call 112 (or the acute routes' own number), in a red band across the page."""
    acute = [r for r in data.routes if r.acute]
    phones = [c.phone for r in acute for c in r.contacts if c.phone]
    call = f"Acuut gevaar? Bel {phones[0] if phones else '112'}"
    big = size * 2.0
    pad = size * 0.9
    call_width = _width(call, FONT_BOLD, big) + 2 * pad
    pen = _Pen(x + call_width + pad, y + pad * 0.6, width - call_width - 2 * pad, size)
    if acute:
        for route in acute:
            steps = " ".join(f"{number}. {_sentence(step.action)} ({step.organisation}), "
                             f"{within_working_days(step.within_days)}."
                             for number, step in enumerate(route.steps, start=1))
            pen.write(f"{_sentence(route.worry or route.name)}. {steps}", FONT, WHITE)
            for promise in route.promises:
                when = within_working_days(promise.within_days)
                pen.write(f"{_sentence(promise.what)} ({when}).", FONT, WHITE, hanging="Wat hoort u terug? ")
    else:
        pen.write("Is er nu gevaar voor iemand? Bel direct 112 en meld het daarna ook via de route "
                  "hieronder.", FONT, WHITE)
    bottom = max(pen.y + pad, y + big * 1.3 + 2 * pad * 0.6)
    shapes.append(Box(x, y, width, bottom - y, DANGER, None, 0, 3))
    shapes.append(Text(x + pad, y + (bottom - y) / 2 + big * 0.35, call, FONT_BOLD, big, WHITE))
    shapes.extend(pen.shapes)
    return bottom


def _route_blocks(routes: Sequence[CardRoute], shapes: list[Shape], x: float, y: float, width: float,
                  size: float) -> float:
    if not routes:
        return y
    gap = size * 1.4
    per_row = max(1, min(len(routes), int((width + gap) // (size * 22 + gap))))
    column = (width - gap * (per_row - 1)) / per_row
    for start in range(0, len(routes), per_row):
        row = routes[start:start + per_row]
        pens = [_route_block(route, x + i * (column + gap), y, column, size) for i, route in enumerate(row)]
        bottom = max(pen.y for pen in pens) + size * 0.6
        for i, pen in enumerate(pens):
            shapes.append(Box(x + i * (column + gap), y, column, bottom - y, None, RULE, 0.8, 3))
            shapes.extend(pen.shapes)
        y = bottom + gap * 0.6
    return y - gap * 0.6


def _route_block(route: CardRoute, x: float, y: float, width: float, size: float) -> _Pen:
    """A route's block; a wide one in two columns (when and whom, feedback | what happens next)."""
    pad = size * 0.7
    head = _Pen(x + pad, y + pad * 0.2, width - 2 * pad, size * 1.2)
    head.write(route.name, FONT_BOLD, WHITE)
    inner = width - 2 * pad
    split = inner >= size * 60
    left = _Pen(x + pad, head.y + pad, (inner - pad * 2) / 2 if split else inner, size)
    left.shapes.append(Box(x, y, width, left.y - y, ACCENT, None, 0, 3))
    left.shapes.extend(head.shapes)
    _when_and_whom(left, route)
    right = _Pen(left.x + left.width + pad * 2, head.y + pad, left.width, size) if split else left
    _what_happens(right, route)
    _feedback(left, route)
    if split:
        left.shapes.extend(right.shapes)
        left.y = max(left.y, right.y)
    return left


def _when_and_whom(pen: _Pen, route: CardRoute) -> None:
    if route.worry:
        pen.write("Wanneer?", FONT_BOLD, ACCENT)
        pen.write(route.worry)
        pen.skip(pen.size * 0.5)
    pen.write("Wie belt of mailt u?", FONT_BOLD, ACCENT)
    for contact in route.contacts:
        pen.write(f"{contact.function} ({contact.organisation})", FONT_BOLD)
        if contact.phone:
            pen.write(contact.phone, hanging="Tel. ", indent=pen.size * 0.6)
        if contact.mailbox:
            pen.write(contact.mailbox, hanging="Mail ", indent=pen.size * 0.6)
    pen.skip(pen.size * 0.5)


def _what_happens(pen: _Pen, route: CardRoute) -> None:
    pen.write("Wat gebeurt er daarna?", FONT_BOLD, ACCENT)
    for number, step in enumerate(route.steps, start=1):
        condition = f"{_sentence(step.condition)}: " if step.condition else ""
        what = f"{_sentence(step.action)} ({step.organisation}), {within_working_days(step.within_days)}."
        pen.write(condition + what, hanging=f"{number}. ")
        if step.information:
            pen.write(f"Informatie: {step.information.strip().rstrip('.')}.", FONT_ITALIC, MUTED,
                      indent=_width(f"{number}. ", FONT, pen.size))
    informed = [str(number) for number, step in enumerate(route.steps, start=1) if step.person_informed]
    steps = " en ".join([", ".join(informed[:-1]), informed[-1]] if len(informed) > 1 else informed)
    answer = f"Ja, bij stap {steps}." if informed else "Nee, niet in deze route."
    pen.write(f"Hoort de betrokkene ervan? {answer}")
    pen.skip(pen.size * 0.5)


def _feedback(pen: _Pen, route: CardRoute) -> None:
    size = pen.size
    box_top = pen.y
    pen.skip(size * 0.2)
    pen.x += size * 0.4
    pen.width -= size * 0.8
    pen.write("Wat hoort u terug?", FONT_BOLD, ACCENT)
    for promise in route.promises:
        when = _capital(within_working_days(promise.within_days))
        pen.write(f"{when}: {promise.what.strip()}", hanging="• ")
    if not route.promises:
        pen.write("Voor deze route is geen terugkoppeling afgesproken.")
    pen.write(NO_CASE_CONTENT, FONT_ITALIC, MUTED)
    pen.skip(size * 0.4)
    pen.shapes.insert(2, Box(pen.x - size * 0.4, box_top, pen.width + size * 0.8, pen.y - box_top, TINT))
    pen.x -= size * 0.4
    pen.width += size * 0.8


def _footer(data: CardData, shapes: list[Shape], x: float, bottom: float, width: float, size: float) -> None:
    shapes.append(Polyline(((x, bottom - size * 1.5), (x + width, bottom - size * 1.5)), RULE, 0.5))
    state = (f"vastgesteld op {long_date(data.adopted_on)}" if data.adopted_on
             else "Concept — nog niet vastgesteld")
    left = f"Versie {data.version_number} · geldig vanaf {long_date(data.in_force_from)} · {state}"
    shapes.append(Text(x, bottom, left, FONT_BOLD if data.adopted_on is None else FONT, size,
                       CONCEPT_FG if data.adopted_on is None else MUTED))
    right = f"Gedrukt op {long_date(data.printed_on)} · {PRODUCER}"
    shapes.append(Text(x + width - _width(right, FONT, size), bottom, right, FONT, size, MUTED))


def _sentence(text: str) -> str:
    text = " ".join(text.split()).rstrip(".")
    return _capital(text)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- the flowchart -----------------------------------------------------------------------------------------


def _drawing(layouts: Sequence[FlowLayout], shapes: list[Shape], x: float, y: float, width: float,
             bottom: float, size: float, grow: float) -> float:
    """The flowchart under a heading, in the rows that print largest between ``y`` and ``bottom``;
    returns its scale (1 without a flowchart, 0 when there is no room at all)."""
    if not layouts:
        return 1.0
    heading = size * 1.2
    top = y + heading * 1.3
    room = bottom - top
    if room <= 0:
        return 0.0
    scale, layout = max(((min(width / each.width, room / each.height, grow), each) for each in layouts),
                        key=lambda pair: pair[0])
    shapes.append(Text(x, y + heading, "De routes in één schema", FONT_BOLD, heading, ACCENT))
    shapes.extend(flow_shapes(layout, x, top, scale))
    return scale


# -- rendering -----------------------------------------------------------------------------------------------


def card_pdf(card: Card) -> bytes:
    """One landscape page, PDF/A-2b like the other documents (fonts embedded, nl-NL)."""
    register_fonts()
    out = BytesIO()
    canv = rl_canvas.Canvas(out, pagesize=(card.width, card.height), pdfVersion=PDF_VERSION,
                            initialFontName=FONT,  # type: ignore[arg-type]  # the stubs are wrong
                            initialFontSize=card.text_size, lang="nl-NL")
    canv.setTitle(card.title)
    canv.setSubject(card.subject)
    canv.setAuthor(card.title.removeprefix("Signaleringskaart ").strip())
    canv.setKeywords("signaleringskaart, keten, melden")
    canv.setCreator(PRODUCER)
    canv.setProducer(PRODUCER)
    height = card.height
    for shape in card.shapes:
        if isinstance(shape, Text):
            canv.setFillColor(HexColor(shape.colour))
            canv.setFont(shape.font, shape.size)
            canv.drawString(shape.x, height - shape.y, shape.text)
        elif isinstance(shape, Box):
            canv.setLineWidth(shape.line_width)
            if shape.fill:
                canv.setFillColor(HexColor(shape.fill))
            if shape.stroke:
                canv.setStrokeColor(HexColor(shape.stroke))
            y = height - shape.y - shape.height
            fill, stroke = int(shape.fill is not None), int(shape.stroke is not None)
            if shape.radius:
                canv.roundRect(shape.x, y, shape.width, shape.height, shape.radius, stroke=stroke, fill=fill)
            else:
                canv.rect(shape.x, y, shape.width, shape.height, stroke=stroke, fill=fill)
        else:
            canv.setStrokeColor(HexColor(shape.colour))
            canv.setLineWidth(shape.width)
            path = canv.beginPath()
            path.moveTo(shape.points[0][0], height - shape.points[0][1])
            for px, py in shape.points[1:]:
                path.lineTo(px, height - py)
            canv.drawPath(path, stroke=1, fill=0)
            if shape.arrow:
                canv.setFillColor(HexColor(shape.colour))
                head = canv.beginPath()
                tip, left, right = _arrowhead(shape)
                head.moveTo(tip[0], height - tip[1])
                head.lineTo(left[0], height - left[1])
                head.lineTo(right[0], height - right[1])
                head.close()
                canv.drawPath(head, stroke=0, fill=1)
    canv.showPage()
    make_archival(canv._doc)  # type: ignore[attr-defined]  # ReportLab's document, not in its stubs
    canv.save()
    return out.getvalue()


def card_svg(card: Card) -> str:
    """An SVG in points (the viewBox is the page); text stays text in Noto Sans."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" xml:lang="nl" width="{_n(card.width)}pt" '
        f'height="{_n(card.height)}pt" viewBox="0 0 {_n(card.width)} {_n(card.height)}">',
        f"<title>{escape(card.title)}</title>",
        f"<desc>{escape(card.subject)}</desc>",
    ]
    for shape in card.shapes:
        if isinstance(shape, Text):
            weight = ' font-weight="bold"' if shape.font == FONT_BOLD else ""
            style = ' font-style="italic"' if shape.font == FONT_ITALIC else ""
            parts.append(f'<text x="{_n(shape.x)}" y="{_n(shape.y)}" font-family="{FONT_FAMILY[shape.font]}, '
                         f'sans-serif" font-size="{_n(shape.size)}"{weight}{style} fill="{shape.colour}">'
                         f"{escape(shape.text)}</text>")
        elif isinstance(shape, Box):
            fill = shape.fill or "none"
            stroke = (f' stroke="{shape.stroke}" stroke-width="{_n(shape.line_width)}"'
                      if shape.stroke else "")
            radius = f' rx="{_n(shape.radius)}"' if shape.radius else ""
            parts.append(f'<rect x="{_n(shape.x)}" y="{_n(shape.y)}" width="{_n(shape.width)}" '
                         f'height="{_n(shape.height)}"{radius} fill="{fill}"{stroke}/>')
        else:
            points = " ".join(f"{_n(px)},{_n(py)}" for px, py in shape.points)
            parts.append(f'<polyline points="{points}" fill="none" stroke="{shape.colour}" '
                         f'stroke-width="{_n(shape.width)}"/>')
            if shape.arrow:
                head = " ".join(f"{_n(px)},{_n(py)}" for px, py in _arrowhead(shape))
                parts.append(f'<polygon points="{head}" fill="{shape.colour}"/>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def card_png(card: Card, dpi: int = 150) -> bytes:
    """The PDF rendered by PDFium at ``dpi``, encoded as an RGB PNG."""
    document = pdfium.PdfDocument(card_pdf(card))
    try:
        page = document[0]
        try:
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            try:
                width, height, stride = bitmap.width, bitmap.height, bitmap.stride
                channels = bitmap.n_channels
                buffer = bytes(bitmap.buffer)
            finally:
                bitmap.close()
        finally:
            page.close()
    finally:
        document.close()
    return encode_png(buffer, width, height, stride, channels, dpi)


def encode_png(buffer: bytes, width: int, height: int, stride: int, channels: int, dpi: int) -> bytes:
    """RGB or RGBA rows (``stride`` bytes apart) as an 8-bit RGB PNG; alpha is dropped."""
    rows = bytearray()
    for row in range(height):
        line = buffer[row * stride: row * stride + width * channels]
        if channels == 4:
            line = b"".join(line[i:i + 3] for i in range(0, len(line), 4))
        rows += b"\x00" + line
    per_metre = round(dpi / 0.0254)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    return b"".join((
        b"\x89PNG\r\n\x1a\n",
        chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)),
        chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)),
        chunk(b"IDAT", zlib.compress(bytes(rows), 9)),
        chunk(b"IEND", b""),
    ))


def _arrowhead(line: Polyline) -> tuple[tuple[float, float], ...]:
    (x0, y0), (x1, y1) = line.points[-2], line.points[-1]
    length = max(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5, 1e-6)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    size = max(3.0, line.width * 4)
    back = (x1 - ux * size, y1 - uy * size)
    return ((x1, y1), (back[0] - uy * size * 0.45, back[1] + ux * size * 0.45),
            (back[0] + uy * size * 0.45, back[1] - ux * size * 0.45))


def _n(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def flow_shapes(layout: FlowLayout, x0: float, y0: float, scale: float) -> list[Shape]:
    """The laid-out flowchart as shapes, its top left at (x0, y0), scaled by ``scale``."""
    style = layout.style
    shapes: list[Shape] = []

    def at(px: float, py: float) -> tuple[float, float]:
        return x0 + px * scale, y0 + py * scale

    def box(rect: Rect, fill: str | None, stroke: str | None = None, width: float = 0.0,
            radius: float = 0.0) -> None:
        x, y = at(rect.x, rect.y)
        shapes.append(Box(x, y, rect.width * scale, rect.height * scale, fill, stroke, width * scale,
                          radius * scale))

    def lines(texts: Sequence[str], px: float, top: float, size: float, font: str, colour: str) -> float:
        step = style.line_height(size)
        for text in texts:
            x, y = at(px, top + step * 0.78)
            shapes.append(Text(x, y, text, font, size * scale, colour))
            top += step
        return top

    for index, lane in enumerate(layout.lanes):
        box(lane.rect, LANE_TINTS[index % 2], RULE, 0.6)
        lines(lane.title_lines, lane.rect.x + style.padding, lane.rect.y + style.padding, style.title_size,
              FONT_BOLD, MUTED)
    for group in layout.groups:
        colour = DANGER if group.group.acute else ACCENT
        box(group.rect, None, colour, 1.2 if group.group.acute else 0.6, 3)
        lines(group.title_lines, group.title_rect.x + style.padding, group.title_rect.y,
              style.group_title_size, FONT_BOLD, colour)
    for edge in layout.edges:
        colour = DANGER if edge.edge.acute else INK
        shapes.append(Polyline(tuple(at(px, py) for px, py in edge.points), colour,
                               (1.4 if edge.edge.acute else 0.8) * scale, arrow=True))
        if edge.label_rect is not None:
            box(edge.label_rect, WHITE, RULE, 0.5, 1.5)
            lines(edge.label_lines, edge.label_rect.x + style.label_padding,
                  edge.label_rect.y + style.label_padding, style.font_size, FONT_ITALIC, INK)
    for placed in layout.nodes:
        node, rect = placed.node, placed.rect
        start = node.kind == NodeKind.START
        stroke = DANGER if node.acute else ACCENT
        fill = (DANGER_TINT if node.acute else TINT) if start else WHITE
        box(rect, fill, stroke, 1.4 if node.acute else 0.8, 4 if start else 2)
        top = lines(placed.title_lines, rect.x + style.padding, rect.y + style.padding, style.title_size,
                    FONT_BOLD, DANGER if node.acute else INK)
        lines(placed.lines, rect.x + style.padding, top + style.padding / 2, style.font_size, FONT, INK)
    return shapes

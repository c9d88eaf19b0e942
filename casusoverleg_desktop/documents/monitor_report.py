"""The Ketenmonitor as a PDF for the municipality's accountability (verantwoording).

Aggregated figures only, suppressed by ``domain.monitor`` before anything is drawn: a table per
breakdown (municipality, route, partner) and bar charts per route of the signals, the working days
to triage and to the case meeting (median and P90) and the feedback kept on time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, Paragraph, Table

from casusoverleg_desktop.documents.data import BuiltDocument, ExportStamp
from casusoverleg_desktop.documents.layout import (
    ACCENT,
    CONTENT_WIDTH,
    FONT,
    INK,
    MUTED,
    RULE,
    TINT,
    Metadata,
    PageInfo,
    cells,
    file_name,
    gap,
    keep,
    key_values,
    render,
    short_date,
    styles,
    table,
    text,
)
from casusoverleg_desktop.domain.monitor import NOTHING_TEXT, RULE_TEXT, Cell, DisplayRow, MonitorReport

LEGAL_BASIS = "geaggregeerde cijfers, geen persoonsgegevens"
SERIES = (colors.HexColor("#0072B2"), colors.HexColor("#E69F00"))
NAME_WIDTH = 52 * mm


def build_monitor_report(report: MonitorReport, stamp: ExportStamp) -> BuiltDocument:
    s = styles()
    breakdowns = report.breakdowns()
    routes, route_total = breakdowns[1][1], breakdowns[1][2]
    story: list[Flowable] = [
        Paragraph(text(report.title), s.title),
        Paragraph(text(f"Verantwoording over de signaleringsstructuur · {stamp.organisation}"), s.subtitle),
        key_values([
            ("Periode", text(f"signalen gemeld van {short_date(report.start)} tot en met "
                             f"{short_date(report.end)}")),
            ("Peildatum", text(f"{short_date(report.today)} (voor terugkoppeling die nu te laat is)")),
            ("Gemeenten", text(", ".join(report.municipalities) or "alle gemeenten")),
            ("Signalen", text(route_total.signals.text)),
        ]),
        gap(3),
        Paragraph(text(
            "Een signaal is een melding van een partner of persoon over zorgen. De tijden zijn werkdagen "
            "vanaf de melding tot de weging (weegploeg) en tot de eerste bespreking in het casusoverleg: "
            "de mediaan (de helft van de signalen was er sneller) en P90 (negen op de tien was er "
            "sneller). Terugkoppeling op tijd: de melder hoorde iets vóór de beloofde datum."), s.body),
        Paragraph(f"<b>Kleine aantallen.</b> {text(RULE_TEXT)} {text(NOTHING_TEXT)}", s.small),
    ]
    for heading, rows, total in breakdowns:
        story += [Paragraph(text(heading), s.h1), _table(rows, total)]
    story += [Paragraph("Grafieken per route", s.h1),
              keep(Paragraph("Signalen per route", s.h2),
                   _bars(routes, [lambda r: r.signals], [], "")),
              keep(Paragraph("Werkdagen van melding tot weging", s.h2),
                   _bars(routes, [lambda r: r.triage_median, lambda r: r.triage_p90],
                         ["mediaan", "P90"], " wd")),
              keep(Paragraph("Werkdagen van melding tot casusoverleg", s.h2),
                   _bars(routes, [lambda r: r.meeting_median, lambda r: r.meeting_p90],
                         ["mediaan", "P90"], " wd")),
              keep(Paragraph("Terugkoppeling op tijd", s.h2),
                   _bars(routes, [lambda r: r.on_time], [], "", scale=100.0))]
    rendered = render(
        story,
        Metadata(title=report.title,
                 subject="Ketenmonitor: geaggregeerde cijfers over de signaleringsstructuur",
                 author=f"{stamp.exporter}, {stamp.organisation}",
                 keywords=("ketenmonitor", "verantwoording")),
        PageInfo(document=report.title, legal_basis=LEGAL_BASIS, case_codes=(), stamp=stamp,
                 audience="voor de gemeente"))
    return BuiltDocument(rendered.pdf, rendered.page_count, report.title,
                         file_name("Ketenmonitor", *report.municipalities,
                                   report.start.isoformat(), report.end.isoformat()))


def _table(rows: Sequence[DisplayRow], total: DisplayRow) -> Table:
    s = styles()
    number = 17 * mm
    widths = [CONTENT_WIDTH - number * 7, *([number] * 7)]
    head = s.cell_head
    top = cells(["", "Signalen", "Werkdagen tot weging", "", "Werkdagen tot casusoverleg", "",
                 "Terugkoppeling", ""], head)
    sub = cells(["", "", "mediaan", "P90", "mediaan", "P90", "op tijd", "nu te laat"], head)
    body = [cells([text(r.name), *(_figure(c) for c in r.cells)]) for r in rows]
    total_row = cells([f"<b>{text(total.name)}</b>", *(f"<b>{_figure(c)}</b>" for c in total.cells)])
    result = table([top, sub, *body, total_row], widths)
    result.repeatRows = 2
    result.setStyle([("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)),
                     ("SPAN", (4, 0), (5, 0)), ("SPAN", (6, 0), (7, 0)),
                     ("BACKGROUND", (0, 1), (-1, 1), TINT), ("LINEBELOW", (0, 1), (-1, 1), 0.8, ACCENT),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
                     ("ROWBACKGROUNDS", (0, 2), (-1, -1), [colors.white, colors.HexColor("#F8FAFC")]),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)])
    return result


def _figure(cell: Cell) -> str:
    """A figure for a table cell; "< 5" never broken over two lines."""
    return text(cell.text).replace(" ", "&nbsp;")


def _bars(rows: Sequence[DisplayRow], values: Sequence[Callable[[DisplayRow], Cell]], legend: Sequence[str],
          unit: str, scale: float | None = None) -> Drawing:
    """Horizontal bars per route, one per series; a suppressed value is written, not drawn."""
    bar, gap_, leading = 9.0, 3.0, 9.5
    group = max(bar * len(values), 2 * leading) + gap_ * 2
    legend_h = 14.0 if legend else 0.0
    height = max(1, len(rows)) * group + legend_h + 4
    drawing = Drawing(CONTENT_WIDTH, height)
    plot_left, plot_width = NAME_WIDTH + 4, CONTENT_WIDTH - NAME_WIDTH - 40
    shown = [figure for r in rows for v in values if (figure := v(r).value) is not None]
    top = scale or max([*shown, 1.0])
    y = height - legend_h
    for row in rows:
        y -= group
        lines = simpleSplit(row.name, FONT, 8, NAME_WIDTH)[:2]
        first = y + group / 2 - 3 + (len(lines) - 1) * leading / 2
        for number, line in enumerate(lines):
            drawing.add(String(0, first - number * leading, line, fontName=FONT, fontSize=8, fillColor=INK))
        for index, value in enumerate(values):
            cell: Cell = value(row)
            bar_y = y + (group - bar * len(values)) / 2 + (len(values) - 1 - index) * bar
            length = 0.0 if cell.value is None else plot_width * cell.value / top
            if length:
                drawing.add(_box(plot_left, bar_y, length, bar - 1.5, SERIES[index]))
            label = cell.text + (unit if cell.value is not None else "")
            drawing.add(String(plot_left + length + 3, bar_y + 1.5, label, fontName=FONT, fontSize=7.5,
                               fillColor=INK if cell.value is not None else MUTED))
    drawing.add(Line(plot_left, 0, plot_left, height - legend_h, strokeColor=RULE, strokeWidth=0.6))
    for index, name in enumerate(legend):
        x = plot_left + index * 70
        drawing.add(_box(x, height - 10, 8, 8, SERIES[index]))
        drawing.add(String(x + 11, height - 9, name, fontName=FONT, fontSize=7.5, fillColor=INK))
    return drawing


def _box(x: float, y: float, width: float, height: float, colour: colors.Color) -> Rect:
    box = Rect(x, y, width, height)
    box.fillColor, box.strokeColor = colour, None
    return box


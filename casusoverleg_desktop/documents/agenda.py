"""De uitnodiging en agenda: time slots from the meeting's start, invited partners per case."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from casusoverleg_desktop.documents import sections
from casusoverleg_desktop.documents.data import AgendaData, BuiltDocument
from casusoverleg_desktop.documents.layout import (
    CONTENT_WIDTH,
    Heading,
    Metadata,
    PageInfo,
    ProgressCallback,
    cells,
    clock,
    file_name,
    gap,
    render,
    short_date,
    styles,
    table,
    text,
)
from casusoverleg_desktop.domain.labels import long_date


def agenda_title(data: AgendaData) -> str:
    return f"Agenda {data.meeting.type_label.split(' (')[0]} {short_date(data.meeting.held_on)}"


def build_agenda(data: AgendaData, *, signature_fields: tuple[tuple[str, str], ...] = (),
                 progress: ProgressCallback | None = None) -> BuiltDocument:
    s = styles()
    cell_heading = s.cell.clone("agenda_item", fontName=s.cell_head.fontName)
    rows: list[Sequence[object]] = [cells(["Tijd", "Nr.", "Agendapunt", "Uitgenodigd (wie het moet weten)"],
                                      s.cell_head)]
    for slot in data.slots:
        time_text = clock(slot.start_time) if slot.start_time else ""
        item: list[Flowable] = [Heading(text(slot.title), cell_heading, f"{slot.number} {slot.title}",
                                        level=1 if "." in slot.number else 0)]
        details = []
        if slot.question:
            details.append(f"Vraag: {text(slot.question)}")
        if slot.minutes and slot.case_code:
            details.append(f"{slot.minutes} minuten")
        if details:
            item.append(Paragraph('<font size="8" color="#5B6675">' + "<br/>".join(details) + "</font>",
                                  s.cell))
        invited = text(", ".join(slot.invited)) if slot.invited else (
            "alle deelnemers" if not slot.case_code else "—")
        rows.append([Paragraph(time_text, s.cell), Paragraph(text(slot.number), s.cell), item,
                     Paragraph(invited, s.cell)])
    story: list[Flowable] = [
        Paragraph("Uitnodiging en agenda", s.title),
        Paragraph(text(f"{data.meeting.type_label} · {long_date(data.meeting.held_on)}"), s.subtitle),
        sections.meeting_block(data.meeting),
        gap(3),
        Paragraph(
            "U bent uitgenodigd voor dit overleg. Partners schuiven alleen aan bij de casussen waarvoor "
            "zij zijn uitgenodigd: alleen wie het moet weten. Casussen staan op de agenda onder hun "
            "casuscode; neem alleen informatie mee die voor de vraag aan het overleg nodig is.", s.body),
        gap(2),
        table(rows, [16 * mm, 12 * mm, CONTENT_WIDTH - 16 * mm - 12 * mm - 58 * mm, 58 * mm]),
    ]
    if data.attendees:
        story += [Paragraph("Genodigden", s.h2), Paragraph(text(", ".join(data.attendees)), s.body)]
    if signature_fields:
        story += [gap(6), sections.signature_block("Ondertekening", signature_fields)]
    title = agenda_title(data)
    rendered = render(
        story,
        Metadata(title=title, subject=f"Uitnodiging en agenda voor {long_date(data.meeting.held_on)}",
                 author=f"{data.stamp.exporter}, {data.stamp.organisation}",
                 keywords=("agenda", "vertrouwelijk", *data.case_codes)),
        PageInfo(document=title, legal_basis=sections.legal_basis_phrase(data.meeting.legal_bases),
                 case_codes=data.case_codes, stamp=data.stamp),
        progress=progress,
    )
    return BuiltDocument(rendered.pdf, rendered.page_count, title,
                         file_name("agenda", f"{data.meeting.held_on:%Y-%m-%d}", *data.case_codes[:4]),
                         rendered.signature_areas)

"""De besluiten- en actielijst: decisions plus attendance, this meeting's actions, and the open
actions carried from earlier meetings with how often they were postponed."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from casusoverleg_desktop.documents import sections
from casusoverleg_desktop.documents.data import ActionListData, BuiltDocument
from casusoverleg_desktop.documents.layout import (
    Heading,
    Metadata,
    PageInfo,
    ProgressCallback,
    file_name,
    gap,
    keep,
    render,
    short_date,
    styles,
    text,
)
from casusoverleg_desktop.domain.labels import long_date


def list_title(data: ActionListData) -> str:
    return f"Besluiten- en actielijst {short_date(data.meeting.held_on)}"


def build_action_list(data: ActionListData, *, signature_fields: tuple[tuple[str, str], ...] = (),
                      progress: ProgressCallback | None = None) -> BuiltDocument:
    s = styles()
    story: list[Flowable] = [
        Paragraph("Besluiten- en actielijst", s.title),
        Paragraph(text(f"{data.meeting.type_label} · {long_date(data.meeting.held_on)}"), s.subtitle),
        sections.meeting_block(data.meeting),
        Heading("Aanwezigheid", s.h1, "Aanwezigheid"),
        sections.attendance_table(data.attendance),
        Heading("Besluiten", s.h1, "Besluiten"),
        sections.decisions_table(data.decisions, show_case=True),
        Heading("Actiepunten uit deze vergadering", s.h1, "Actiepunten uit deze vergadering"),
        sections.actions_table(data.actions, show_case=True),
    ]
    carried_heading = Heading("Openstaande actiepunten uit eerdere vergaderingen", s.h1,
                              "Openstaande actiepunten")
    if data.carried:
        story += [carried_heading,
                  Paragraph("Een actiepunt blijft op deze lijst staan tot het is afgerond of vervallen; "
                            "achter het nummer staat de datum van de vergadering waarin het werd "
                            "afgesproken.", s.small),
                  sections.actions_table(data.carried, show_case=True, carried=True, show_review=True)]
    else:  # heading and sentence together: never a page holding one sentence
        story.append(keep(carried_heading,
                          Paragraph("Er staan geen actiepunten open uit eerdere vergaderingen.", s.body)))
    if signature_fields:
        story += [gap(6), sections.signature_block("Ondertekening", signature_fields)]
    title = list_title(data)
    rendered = render(
        story,
        Metadata(title=title, subject=f"Besluiten en actiepunten van {long_date(data.meeting.held_on)}",
                 author=f"{data.stamp.exporter}, {data.stamp.organisation}",
                 keywords=("besluitenlijst", "actielijst", "vertrouwelijk", *data.case_codes)),
        PageInfo(document=title, legal_basis=sections.legal_basis_phrase(data.meeting.legal_bases),
                 case_codes=data.case_codes, stamp=data.stamp),
        progress=progress,
    )
    return BuiltDocument(rendered.pdf, rendered.page_count, title,
                         file_name("besluiten-actielijst", f"{data.meeting.held_on:%Y-%m-%d}",
                                   *data.case_codes[:4]),
                         rendered.signature_areas)

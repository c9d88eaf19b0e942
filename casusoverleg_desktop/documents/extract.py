"""Het uittreksel for one partner: the cases it joined, its own actions and contributions, and the
decisions the chair marked for it. Nothing of other partners' contributions."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from casusoverleg_desktop.documents import sections
from casusoverleg_desktop.documents.data import BuiltDocument, ExtractData
from casusoverleg_desktop.documents.layout import (
    Heading,
    Metadata,
    PageInfo,
    ProgressCallback,
    file_name,
    gap,
    key_values,
    render,
    short_date,
    styles,
    text,
)
from casusoverleg_desktop.domain.labels import long_date


def extract_title(data: ExtractData) -> str:
    return f"Uittreksel {short_date(data.meeting.held_on)}"


def build_extract(data: ExtractData, *, signature_fields: tuple[tuple[str, str], ...] = (),
                  progress: ProgressCallback | None = None, partner_key: str = "") -> BuiltDocument:
    """``partner_key`` (e.g. the partner's number) goes into the file name instead of its name."""
    s = styles()
    story: list[Flowable] = [
        Paragraph("Uittreksel casusoverleg", s.title),
        Paragraph(text(f"Voor {data.partner} · {data.meeting.type_label} · "
                       f"{long_date(data.meeting.held_on)}"), s.subtitle),
        sections.meeting_block(data.meeting, with_people=False),
        gap(2),
        Paragraph(text(
            f"Dit uittreksel is voor {data.partner} en bevat alleen wat u voor uw taak nodig heeft: de "
            "casussen waarvoor u was uitgenodigd, uw eigen inbreng en actiepunten, en de besluiten die de "
            "voorzitter voor u heeft vrijgegeven. Het volledige verslag blijft bij de voorzitter. Deel dit "
            "document niet verder dan nodig."), s.body),
    ]
    if data.has_marked_data:
        story.append(Paragraph(
            '<font color="#8A1C1C"><b>Let op:</b> dit uittreksel bevat bijzondere of strafrechtelijke '
            "persoonsgegevens (gemarkeerd). Bewaar en deel het met extra zorg.</font>", s.body))
    if not data.cases:
        story.append(Paragraph("Er zijn in dit overleg geen casussen besproken waarvoor u was "
                               "uitgenodigd.", s.body))
    for case in data.cases:
        heading = f"Casus {case.code}"
        story += [Heading(text(heading), s.h1, heading)]
        pairs = [("Grondslag", text(case.legal_basis))]
        if case.question:
            pairs.append(("Vraag aan het overleg", text(case.question)))
        story.append(key_values(pairs))
        if case.contributions:
            story += [Paragraph("Uw inbreng", s.h3), sections.contributions_table(case.contributions)]
        story += [Paragraph("Besluiten (voor u vrijgegeven)", s.h3),
                  sections.decisions_table(case.decisions),
                  Paragraph("Uw actiepunten", s.h3),
                  sections.actions_table(case.actions, carried=False)]
        if case.reviewed_actions:
            story += [Paragraph("Uw openstaande actiepunten uit eerdere vergaderingen", s.h3),
                      sections.actions_table(case.reviewed_actions, carried=True)]
    if signature_fields:
        story += [gap(6), sections.signature_block("Ondertekening", signature_fields)]
    title = extract_title(data)
    rendered = render(
        story,
        Metadata(title=f"{title} voor {data.partner}",
                 subject=f"Uittreksel van het casusoverleg van {long_date(data.meeting.held_on)} "
                         f"voor {data.partner}",
                 author=f"{data.stamp.exporter}, {data.stamp.organisation}",
                 keywords=("uittreksel", "vertrouwelijk", *data.case_codes)),
        PageInfo(document=title, legal_basis=sections.legal_basis_phrase(data.meeting.legal_bases),
                 case_codes=data.case_codes, stamp=data.stamp,
                 audience=f"uittreksel voor {data.partner}"),
        progress=progress,
    )
    return BuiltDocument(rendered.pdf, rendered.page_count, f"{title} voor {data.partner}",
                         file_name("uittreksel", f"{data.meeting.held_on:%Y-%m-%d}",
                                   f"partner-{partner_key}" if partner_key else "",
                                   *data.case_codes[:4]),
                         rendered.signature_areas)

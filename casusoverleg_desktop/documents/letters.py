"""Terugkoppeling aan een melder: a short letter with only what the reporter needs to know."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from casusoverleg_desktop.documents.data import BuiltDocument, FeedbackLetterData
from casusoverleg_desktop.documents.layout import (
    Metadata,
    PageInfo,
    ProgressCallback,
    file_name,
    gap,
    key_values,
    render,
    styles,
    text,
)
from casusoverleg_desktop.domain.labels import long_date


def build_feedback_letter(data: FeedbackLetterData, *,
                          progress: ProgressCallback | None = None) -> BuiltDocument:
    s = styles()
    addressee = data.addressee + (f", {data.addressee_organisation}" if data.addressee_organisation else "")
    story: list[Flowable] = [
        Paragraph(text(data.stamp.organisation), s.title),
        Paragraph("Terugkoppeling op uw melding", s.subtitle),
        key_values([
            ("Aan", text(addressee)),
            ("Datum", text(long_date(data.given_on))),
            ("Betreft", text(f"uw melding van {long_date(data.reported_on)} (casus {data.case_code})")),
        ]),
        gap(6),
        Paragraph("Geachte collega,", s.body),
        Paragraph(text(
            f"Op {long_date(data.reported_on)} heeft u bij ons een zorg gemeld. Dank u wel daarvoor: "
            "zonder melders kunnen wij niet op tijd samen optreden. Hieronder leest u wat wij u over het "
            "vervolg kunnen vertellen."), s.body),
        gap(1),
        Paragraph(text(data.content), s.body),
        gap(1),
        Paragraph(text(
            "Wij delen alleen wat u voor uw rol nodig heeft; meer kunnen wij u niet vertellen. Behandel deze "
            "brief vertrouwelijk en bewaar hem bij uw eigen dossier. Ziet u nieuwe signalen, meld die dan "
            f"opnieuw en noem de casuscode {data.case_code}."), s.body),
        gap(4),
        Paragraph("Met vriendelijke groet,", s.body),
        gap(8),
        Paragraph(text(data.sender), s.body),
        Paragraph(text(f"{data.sender_role}, {data.stamp.organisation}"), s.small),
    ]
    title = f"Terugkoppeling melding casus {data.case_code}"
    rendered = render(
        story,
        Metadata(title=title, subject=f"Terugkoppeling aan de melder, casus {data.case_code}",
                 author=f"{data.sender}, {data.stamp.organisation}",
                 keywords=("terugkoppeling", "melder", "vertrouwelijk", data.case_code)),
        PageInfo(document=title, legal_basis=data.legal_basis, case_codes=(data.case_code,),
                 stamp=data.stamp),
        progress=progress,
    )
    return BuiltDocument(rendered.pdf, rendered.page_count, title,
                         file_name("terugkoppeling", data.case_code, f"{data.given_on:%Y-%m-%d}"))

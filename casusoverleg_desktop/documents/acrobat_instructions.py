"""One page for recipients: how to trust the vault's certificate in Adobe Acrobat Reader."""

from __future__ import annotations

from typing import cast

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph

from casusoverleg_desktop.documents.data import BuiltDocument, CaInstructionData
from casusoverleg_desktop.documents.layout import (
    Metadata,
    PageInfo,
    file_name,
    gap,
    key_values,
    render,
    styles,
    text,
)
from casusoverleg_desktop.domain.labels import long_date

NOT_CASE_DATA = "geen casusgegevens; openbaar certificaat"


def _steps(items: list[str]) -> ListFlowable:
    s = styles()
    steps = [ListItem(Paragraph(item, s.body), leftIndent=14) for item in items]
    # ListFlowable takes ListItems too, which types-reportlab does not say
    return ListFlowable(cast(list[Flowable], steps),
                        bulletType="1", bulletFontName=s.body.fontName, bulletFontSize=9,
                        leftIndent=14, bulletDedent=12)


def build_acrobat_instructions(data: CaInstructionData) -> BuiltDocument:
    s = styles()
    story: list[Flowable] = [
        Paragraph("Handtekeningen controleren in Adobe Acrobat Reader", s.title),
        Paragraph(text(f"Voor ontvangers van ondertekende stukken van {data.organisation}"), s.subtitle),
        Paragraph(text(
            f"Verslagen en uittreksels van {data.organisation} zijn digitaal ondertekend met certificaten "
            "die de eigen certificaatautoriteit van Casusoverleg Desktop uitgeeft. Acrobat kent die "
            "autoriteit niet vanzelf en meldt dan 'De geldigheid van de handtekening is ONBEKEND'. "
            "Vertrouw het certificaat hieronder één keer; daarna toont Acrobat bij elk stuk of de "
            "handtekeningen geldig zijn en of het document na ondertekening is gewijzigd."), s.body),
        Paragraph("Het certificaat", s.h2),
        key_values([
            ("Naam", text(data.ca_name)),
            ("Organisatie", text(data.organisation)),
            ("Bestand", text(data.file_name)),
            ("Geldig tot", text(long_date(data.valid_until))),
            ("SHA-256", f'<font size="7.5">{text(data.sha256)}</font>'),
            ("SHA-1", f'<font size="7.5">{text(data.sha1)}</font>'),
        ], label_width=28 * mm),
        Paragraph("Eenmalig: het certificaat vertrouwen", s.h2),
        _steps([
            "Open Acrobat Reader en kies <b>Bewerken › Voorkeuren</b> (macOS: <b>Acrobat Reader › "
            "Instellingen</b>); Engels: <i>Edit › Preferences</i>.",
            "Kies links <b>Handtekeningen</b> en bij <i>Identiteiten en vertrouwde certificaten</i> op "
            "<b>Meer…</b>.",
            "Kies links <b>Vertrouwde certificaten</b> en klik op <b>Importeren</b>. Klik op "
            f"<b>Bladeren</b> en kies het bestand <b>{text(data.file_name)}</b> (ziet u het niet, zet het "
            "bestandstype op 'Alle bestanden', of hernoem het naar .cer). Klik op <b>Importeren</b>.",
            "Selecteer het certificaat in de lijst en klik op <b>Certificaatgegevens</b>: vergelijk de "
            "SHA-256- of SHA-1-vingerafdruk met die hierboven. Wijkt één teken af, stop dan en bel de "
            "afzender.",
            "Klik op <b>Vertrouwen bewerken</b>, vink <b>Dit certificaat gebruiken als vertrouwde "
            "hoofdmap</b> aan (<i>Use this certificate as a trusted root</i>) en klik op <b>OK</b>.",
        ]),
        Paragraph("Een ondertekend stuk controleren", s.h2),
        Paragraph(text(
            "Open het PDF-bestand. Bovenin staat de handtekeningbalk; klik op 'Handtekeningpaneel'. Elke "
            "handtekening hoort 'Handtekening is geldig' te tonen, en 'Het document is niet gewijzigd "
            "sinds deze handtekening is toegepast'. Bij een verslag zijn dat er twee: die van de notulist "
            "(opgesteld) en die van de voorzitter (vastgesteld)."), s.body),
        Paragraph(text(
            "Zonder Acrobat kan het ook met Casusoverleg Desktop: casusoverleg verify BESTAND.pdf "
            f"--trust {data.file_name}"), s.body),
        gap(2),
        Paragraph(text(
            "Vertrouw alleen een certificaat dat u rechtstreeks van de afzender kreeg, en haal het "
            "vertrouwen weg als de samenwerking stopt."), s.small),
    ]
    title = "Instructie: certificaat vertrouwen in Acrobat Reader"
    rendered = render(
        story,
        Metadata(title=title, subject=f"Certificaat van {data.organisation} vertrouwen in Acrobat Reader",
                 author=f"{data.stamp.exporter}, {data.stamp.organisation}",
                 keywords=("certificaat", "handtekening", "Acrobat")),
        PageInfo(document="Instructie certificaat", legal_basis=NOT_CASE_DATA, case_codes=(),
                 stamp=data.stamp),
    )
    return BuiltDocument(rendered.pdf, rendered.page_count, title,
                         file_name("instructie-certificaat-acrobat", f"{data.stamp.exported_on:%Y-%m-%d}"))

"""Het herstelblad: the recovery code on paper, printed once by the first-run wizard."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from casusoverleg_desktop.documents.data import BuiltDocument, ExportStamp, RecoverySheetData
from casusoverleg_desktop.documents.layout import (
    ACCENT,
    CONTENT_WIDTH,
    FONT,
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

NOT_CASE_DATA = "geen casusgegevens; herstelcode van de kluis"


def build_recovery_sheet(data: RecoverySheetData) -> BuiltDocument:
    s = styles()
    centred = s.mono.clone("recovery_code", alignment=TA_CENTER)
    code = Table([[Paragraph(text(data.recovery_code), centred)]], colWidths=[CONTENT_WIDTH])
    code.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F5F7FA")),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
    ]))
    story: list[Flowable] = [
        Paragraph("Herstelblad", s.title),
        Paragraph("Casusoverleg Desktop · herstelcode van de kluis", s.subtitle),
        Paragraph(text(
            "Met deze code stelt u een nieuw wachtwoord in als u het uwe kwijt bent. Wie deze code heeft, "
            "kan de kluis openen: bewaar dit blad daarom op papier, op een veilige plek (een afgesloten "
            "kast of kluis), en nooit bij de laptop. Maak er geen foto of digitale kopie van."), s.body),
        gap(3),
        code,
        gap(4),
        key_values([
            ("Kluis", text(data.vault_id)),
            ("Gebruiker", text(data.user)),
            ("Organisatie", text(data.organisation or "—")),
            ("Locatie van de kluis", text(data.vault_location or "—")),
            ("Aangemaakt op", text(long_date(data.created_on))),
        ]),
        gap(4),
        Paragraph("Zo gebruikt u de code", s.h2),
        Paragraph(text(
            "Kies bij het ontgrendelen 'Wachtwoord vergeten', typ de code over (hoofdletters en streepjes "
            "maken niet uit) en kies een nieuw wachtwoord. Op de opdrachtregel: casusoverleg recover "
            "--vault MAP --user NAAM --recovery-file BESTAND --new-passphrase-file BESTAND."), s.body),
        Paragraph(text(
            "Is dit blad zoekgeraakt of heeft iemand anders het gezien, maak dan in het programma een "
            "nieuwe herstelcode aan: de oude werkt daarna niet meer."), s.body),
    ]
    title = "Herstelblad Casusoverleg Desktop"
    rendered = render(
        story,
        Metadata(title=title, subject="Herstelcode van een Casusoverleg-kluis", author=data.user,
                 keywords=("herstelcode", "vertrouwelijk")),
        PageInfo(document=title, legal_basis=NOT_CASE_DATA, case_codes=(),
                 stamp=ExportStamp(data.created_on, data.user, data.organisation or "Casusoverleg Desktop")),
    )
    return BuiltDocument(rendered.pdf, rendered.page_count, title,
                         file_name("herstelblad", f"{data.created_on:%Y-%m-%d}"))

"""The register for the FG: what this vault processes, in the manner of AVG art. 30, as counts only.

No case content and no person: case states, legal bases, categories of data, the partners who
received documents, retention periods, requests through the contact point and their lead times,
and destroyed cases. Partner names are not case content and are named as recipients.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from casusoverleg_desktop.documents.data import BuiltDocument, ExportStamp
from casusoverleg_desktop.documents.layout import (
    CONTENT_WIDTH,
    Metadata,
    PageInfo,
    cells,
    file_name,
    gap,
    key_values,
    render,
    styles,
    table,
    text,
)
from casusoverleg_desktop.domain.labels import long_date

NO_CASE_DATA = "register van verwerkingen; alleen aantallen, geen casusgegevens"
PURPOSES = ("Het gezamenlijk wegen, bespreken en aanpakken van casuïstiek op het snijvlak van zorg en "
            "veiligheid (casusoverleg in het Zorg- en Veiligheidshuis), en de verantwoording daarvan.")


@dataclass(frozen=True)
class BasisRow:
    basis: str
    open_cases: int
    closed_cases: int
    years: int
    state: str  # "vastgesteld door … op …" or "vast te stellen door de FG"
    source: str


@dataclass(frozen=True)
class RecipientRow:
    partner: str
    domain: str
    covenant_signed: bool
    documents: int  # extracts and other documents exported for this partner
    last_on: dt.date | None


@dataclass(frozen=True)
class RequestRow:
    kind: str
    received: int
    open: int
    answered: int
    refused_or_withdrawn: int
    in_time: int  # answered by the deadline (as extended)
    median_days: float | None
    longest_days: int | None


@dataclass(frozen=True)
class FgRegisterData:
    stamp: ExportStamp
    vault_id: str
    cases_by_status: tuple[tuple[str, int], ...]
    bases: tuple[BasisRow, ...]
    persons: tuple[tuple[str, int], ...]  # (category of data subjects, count)
    data_categories: tuple[tuple[str, int, int, int], ...]  # (category, signals, notes, contributions)
    recipients: tuple[RecipientRow, ...]
    requests: tuple[RequestRow, ...]
    destroyed: int
    destroyed_late: int  # destroyed more than 30 days after the retention date
    past_retention: int  # closed cases past their date, not yet destroyed
    held: int  # of those, under a legal hold


def build_fg_register(data: FgRegisterData) -> BuiltDocument:
    s = styles()

    def numbers(rows: Sequence[Sequence[object]], head: Sequence[str], widths: Sequence[float]) -> Flowable:
        body = [cells([str(value) for value in row], s.cell) for row in rows]
        return table([cells(head, s.cell_head), *body], widths, zebra=True)

    def section(title: str, intro: str | None = None) -> list[Flowable]:
        found: list[Flowable] = [Paragraph(text(title), s.h1)]
        if intro:
            found.append(Paragraph(text(intro), s.body))
        return found

    wide = CONTENT_WIDTH
    story: list[Flowable] = [
        Paragraph("Register van verwerkingen", s.title),
        Paragraph(text(f"Casusoverleg Desktop · kluis {data.vault_id} · stand van "
                       f"{long_date(data.stamp.exported_on)}"), s.subtitle),
        Paragraph(text(
            "Overzicht voor de functionaris gegevensbescherming in de zin van artikel 30 AVG: welke "
            "verwerkingen deze kluis draagt, op welke grondslag, voor wie en hoe lang. Alleen aantallen; "
            "dit register bevat geen casusgegevens en geen namen van betrokkenen."), s.body),
        gap(2),
        key_values([
            ("Verwerkingsverantwoordelijke", text(data.stamp.organisation)),
            ("Opgesteld door", text(data.stamp.exporter)),
            ("Doeleinden", text(PURPOSES)),
        ], label_width=52 * mm),
    ]
    story += section("Casussen per status")
    story.append(numbers(data.cases_by_status, ("Status", "Aantal"), (wide - 30 * mm, 30 * mm)))
    story += section("Grondslagen en bewaartermijnen",
                     "Bewaartermijnen gaan in bij de afsluiting van een casus; de langste termijn van de "
                     "grondslagen van een casus geldt.")
    story.append(numbers(
        [(b.basis, b.open_cases, b.closed_cases, f"{b.years} jaar", b.state) for b in data.bases],
        ("Grondslag", "Lopend", "Afgesloten", "Termijn", "Vastgesteld"),
        (52 * mm, 18 * mm, 22 * mm, 18 * mm, wide - 110 * mm)))
    story += [Paragraph(text(f"{b.basis}: {b.source}"), s.small) for b in data.bases if b.source]
    story += section("Categorieën van betrokkenen")
    story.append(numbers(data.persons, ("Categorie", "Aantal"), (wide - 30 * mm, 30 * mm)))
    story += section("Categorieën van gegevens",
                     "Bijzondere en strafrechtelijke gegevens worden alleen vastgelegd waar de casus het "
                     "vraagt, en zijn in het programma en op elk document gemarkeerd.")
    story.append(numbers(data.data_categories, ("Categorie", "Signalen", "Notities", "Inbreng"),
                         (wide - 75 * mm, 25 * mm, 25 * mm, 25 * mm)))
    story += section("Ontvangers",
                     "Partners ontvangen alleen een uittreksel met de casussen waarbij zij aanwezig waren, "
                     "hun eigen acties en de besluiten die de voorzitter voor hen markeerde.")
    story.append(numbers(
        [(r.partner, r.domain, "ja" if r.covenant_signed else "nee", r.documents,
          f"{r.last_on:%d-%m-%Y}" if r.last_on else "—") for r in data.recipients],
        ("Partner", "Domein", "Convenant", "Documenten", "Laatst"),
        (wide - 100 * mm, 30 * mm, 22 * mm, 24 * mm, 24 * mm)))
    story += section("Verzoeken via het contactpunt",
                     "Een verzoek bij het contactpunt geldt als verzoek aan alle partners; het antwoord is "
                     "binnen een maand verschuldigd (met redenen met twee maanden te verlengen).")
    story.append(numbers(
        [(r.kind, r.received, r.open, r.answered, r.refused_or_withdrawn, r.in_time,
          "—" if r.median_days is None else f"{r.median_days:.0f}",
          "—" if r.longest_days is None else r.longest_days) for r in data.requests],
        ("Soort", "Ontvangen", "Open", "Beantwoord", "Afgewezen, ingetrokken", "Op tijd",
         "Mediaan (dagen)", "Langst (dagen)"),
        (wide - 142 * mm, 22 * mm, 12 * mm, 24 * mm, 24 * mm, 14 * mm, 22 * mm, 24 * mm)))
    story += section("Vernietiging")
    story.append(key_values([
        ("Vernietigde casussen", str(data.destroyed)),
        ("Waarvan later dan 30 dagen na de bewaardatum", str(data.destroyed_late)),
        ("Bewaartermijn verstreken, nog niet vernietigd", str(data.past_retention)),
        ("Waarvan onder bewaarplicht", str(data.held)),
    ], label_width=80 * mm))
    story += section(
        "Beveiliging",
        "De gegevens staan in een versleutelde database (SQLCipher, AES-256); de sleutel is per gebruiker "
        "met een wachtwoord (Argon2id) verpakt. Elke inzage, wijziging, export, ondertekening en "
        "vernietiging staat in een audittrail met hashketen; het programma maakt geen netwerkverbinding.")
    title = "Register van verwerkingen"
    rendered = render(
        story,
        Metadata(title=title, subject="Register van verwerkingen (art. 30 AVG), alleen aantallen",
                 author=data.stamp.exporter, keywords=("register", "AVG", "FG")),
        PageInfo(document=title, legal_basis=NO_CASE_DATA, case_codes=(), stamp=data.stamp),
    )
    return BuiltDocument(rendered.pdf, rendered.page_count, title,
                         file_name("register-verwerkingen", f"{data.stamp.exported_on:%Y-%m-%d}"))

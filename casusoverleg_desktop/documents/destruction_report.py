"""Proces-verbaal van vernietiging: that a case was destroyed, when, by whom and how much; no
content of the case (only its code, its legal bases and its dates)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from casusoverleg_desktop.documents import sections
from casusoverleg_desktop.documents.data import BuiltDocument, ExportStamp
from casusoverleg_desktop.documents.layout import (
    CONTENT_WIDTH,
    Metadata,
    PageInfo,
    ProgressCallback,
    cells,
    file_name,
    gap,
    key_values,
    render,
    short_date,
    styles,
    table,
    text,
)
from casusoverleg_desktop.domain.labels import long_date

# What the FG reads for each table (the technical name stays in brackets where there is no label).
TABLE_LABELS = {
    "case_file": "Casus", "case_transition": "Statuswijzigingen", "case_note": "Notities",
    "case_legal_basis": "Grondslagen", "case_retention": "Bewaartermijn", "legal_hold": "Bewaarplichten",
    "consultation": "Consultaties", "subject": "Betrokkenen", "person_link": "Relaties",
    "gezag_holder": "Gezag", "reporter": "Melders", "reporter_feedback": "Terugkoppelingen",
    "reporter_route": "Routes van meldingen", "route_passage": "Doorlopen routestappen",
    "informed_record": "Informeren van betrokkenen", "signal": "Signalen",
    "statement_person": "Personen bij signalen en inbreng", "assessment": "Wegingen",
    "assessment_panel_member": "Weegploegleden", "escalation_event": "Op- en afschalingen",
    "agenda_item": "Agendapunten", "agenda_item_invitation": "Uitnodigingen voor agendapunten",
    "case_item_attendance": "Aanwezigheid bij de casus", "contribution": "Inbreng", "decision": "Besluiten",
    "decision_share": "Besluiten gedeeld met partners", "action_item": "Actiepunten",
    "action_addressee": "Geadresseerden van acties", "action_postponement": "Uitstel van acties",
    "action_review": "Bespreking van acties", "balance_sheet": "Balansen", "balance_entry": "Balansregels",
    "balance_measure": "Maatregelen op de balans", "balance_dissent": "Afwijkende standpunten",
    "balance_rating": "Waarderingen", "balance_formal_assessment": "Verwijzingen naar risicotaxaties",
    "balance_question": "Balansvragen", "search_index": "Zoekindex", "meeting_draft": "Concepten",
    "meeting_record": "Vastgelegde verslagen", "minutes_version": "Verslagversies",
    "minutes_correction": "Correcties op verslagen", "minutes_document": "Opgeslagen verslag-PDF's",
    "subject_request": "Verzoeken", "request_subject": "Personen bij verzoeken",
    "redaction_decision": "Beoordelingen bij inzage", "exported_item": "Exportlog (onderdelen)",
}


def table_label(name: str) -> str:
    return TABLE_LABELS.get(name, name)


@dataclass(frozen=True)
class DestructionReportData:
    case_code: str
    legal_bases: str
    opened_on: dt.date
    closed_on: dt.date | None
    retention_until: dt.date | None
    destroyed_at: dt.datetime  # local time
    destroyed_by: str
    record_count: int
    removed: tuple[tuple[str, int], ...]  # (table, rows)
    rewritten: tuple[tuple[str, int], ...]
    documents_removed: int
    backups_rewritten: int
    audit_head: str | None
    out_of_reach: str
    stamp: ExportStamp


def build_destruction_report(data: DestructionReportData, *,
                             signature_fields: tuple[tuple[str, str], ...] = (),
                             progress: ProgressCallback | None = None) -> BuiltDocument:
    s = styles()
    when = f"{long_date(data.destroyed_at.date())}, {data.destroyed_at:%H.%M} uur"
    head = data.audit_head or ""
    story: list[Flowable] = [
        Paragraph(text(data.stamp.organisation), s.title),
        Paragraph("Proces-verbaal van vernietiging", s.subtitle),
        key_values([
            ("Casus", text(data.case_code)),
            ("Grondslagen", text(data.legal_bases)),
            ("Geopend op", text(short_date(data.opened_on))),
            ("Afgesloten op", text(short_date(data.closed_on))),
            ("Bewaren tot", text(short_date(data.retention_until))),
            ("Vernietigd op", text(when)),
            ("Vernietigd door", text(data.destroyed_by)),
        ]),
        gap(4),
        Paragraph(text(
            f"Na afloop van de bewaartermijn is de inhoud van casus {data.case_code} vernietigd: "
            f"{data.record_count} records uit de database en de zoekindex, de concepten die erbij hoorden, "
            "de balansen, en de bespreking in de vastgelegde verslagen (die zeggen nu dat de casus is "
            "vernietigd). Vrijgekomen ruimte in het databasebestand is met nullen overschreven en het "
            "logbestand van de database is geleegd."), s.body),
        Paragraph(text(
            f"Opgeslagen verslag-PDF's met de casus verwijderd: {data.documents_removed} (het verslag kan "
            "opnieuw worden gemaakt en ondertekend). Automatische back-ups vervangen door één nieuwe "
            f"zonder de casus: {data.backups_rewritten} verwijderd."), s.body),
        Paragraph(text(data.out_of_reach), s.body),
        gap(3),
        Paragraph("Verwijderd per tabel", s.h2),
        table([cells(["Tabel", "Records"], s.cell_head),
               *(cells([text(table_label(name)), str(count)]) for name, count in data.removed)],
              [CONTENT_WIDTH - 30 * mm, 30 * mm]),
    ]
    if data.rewritten:
        story += [gap(3), Paragraph("Herschreven zonder de casus", s.h2),
                  table([cells(["Tabel", "Records"], s.cell_head),
                         *(cells([text(table_label(name)), str(count)]) for name, count in data.rewritten)],
                        [CONTENT_WIDTH - 30 * mm, 30 * mm])]
    story += [
        gap(3),
        Paragraph("Audittrail", s.h2),
        Paragraph(text(
            "Elke verwijdering staat als regel in de audittrail; die regels bevatten alleen kenmerken "
            "(hashes), geen inhoud, zodat de keten na de vernietiging controleerbaar blijft "
            "(casusoverleg audit-verify). Laatste regel direct na de vernietiging:"), s.body),
        Paragraph(text(" ".join(head[i:i + 4] for i in range(0, len(head), 4)) or "—"), s.mono),
        gap(6),
    ]
    if signature_fields:
        story.append(sections.signature_block("Aldus opgemaakt en digitaal ondertekend:", signature_fields))
    else:
        story += [Paragraph(text("Handtekening van de voorzitter:"), s.body), gap(14),
                  Paragraph(text(f"{data.destroyed_by}, {data.stamp.organisation}"), s.small)]
    title = f"Proces-verbaal van vernietiging casus {data.case_code}"
    rendered = render(
        story,
        Metadata(title=title, subject=f"Vernietiging van casus {data.case_code}",
                 author=f"{data.stamp.exporter}, {data.stamp.organisation}",
                 keywords=("vernietiging", "bewaartermijn", data.case_code)),
        PageInfo(document=title, legal_basis=data.legal_bases, case_codes=(data.case_code,),
                 stamp=data.stamp),
        progress=progress,
    )
    return BuiltDocument(rendered.pdf, rendered.page_count, title,
                         file_name("proces-verbaal-vernietiging", data.case_code,
                                   f"{data.destroyed_at:%Y-%m-%d}"), rendered.signature_areas)

"""How packages name what they carry, in Dutch: per kind in a summary, a record in a conflict or a
renumbering, a field in a conflict."""

from __future__ import annotations

import datetime as dt
from typing import Any

from casusoverleg_desktop.services.packages.records import Content

TABLE_LABELS = {  # how a summary counts them
    "partner": "organisaties", "professional": "professionals", "case_file": "casussen",
    "meeting": "vergaderingen", "agenda_item": "agendapunten", "assessment": "wegingen",
    "balance_sheet": "balansen", "case_legal_basis": "grondslagen", "case_note": "casusnotities",
    "case_retention": "bewaartermijnen", "case_transition": "statuswijzigingen",
    "consultation": "consultaties", "meeting_attendance": "aanwezigheid",
    "meeting_record": "vastgelegde vergaderingen", "minutes_version": "verslagversies",
    "reporter": "melders", "signal": "signalen", "subject": "betrokkenen", "action_item": "actiepunten",
    "agenda_item_invitation": "uitnodigingen", "assessment_panel_member": "wegers",
    "balance_dissent": "afwijkende standpunten", "balance_formal_assessment": "formele taxaties",
    "balance_question": "open vragen", "balance_rating": "scores", "case_item_attendance":
    "aanwezigheid bij casussen", "contribution": "inbreng", "decision": "besluiten",
    "gezag_holder": "gezagsdragers", "minutes_correction": "verslagcorrecties",
    "minutes_document": "ondertekende verslagen", "person_link": "familierelaties",
    "reporter_feedback": "terugkoppelingen", "action_addressee": "actie-adressaten",
    "action_postponement": "uitstel van acties", "action_review": "actiebesprekingen",
    "balance_entry": "balansregels", "balance_measure": "maatregelen", "decision_share": "gedeelde besluiten",
    "escalation_event": "op- en afschalingen", "informed_record": "informeren van betrokkenen",
    "statement_person": "bronpersonen", "municipality": "gemeenten", "chain_version": "ketenversies",
    "chain_member": "ketenorganisaties", "signalling_route": "signaleringsroutes",
    "route_step": "routestappen", "route_link": "routeverbindingen", "reporter_route": "routes van melders",
    "route_passage": "doorlopen routestappen",
}
RECORD_LABELS = {
    "contribution": "Inbreng", "case_note": "Casusnotitie", "balance_entry": "Balansregel",
    "balance_measure": "Maatregel", "balance_question": "Open vraag", "reporter_feedback": "Terugkoppeling",
    "case_transition": "Statuswijziging", "agenda_item_invitation": "Uitnodiging",
    "meeting_attendance": "Aanwezigheid", "case_item_attendance": "Aanwezigheid bij casus",
}
FIELD_LABELS = {
    "text": "tekst", "description": "omschrijving", "status": "status", "title": "titel",
    "question": "vraag", "notes": "aantekeningen", "note": "notitie", "due_date": "uiterste datum",
    "location": "locatie", "name": "naam", "purpose": "doel", "rationale": "onderbouwing",
    "condition": "voorwaarde", "status_note": "toelichting bij de status", "reason": "reden",
    "held_on": "datum", "start_time": "begintijd", "end_time": "eindtijd", "number": "nummer",
    "statement_type": "soort uitspraak", "content": "inhoud", "function": "functie",
    "slot_minutes": "tijdsblok", "position": "plaats op de agenda", "outcome": "uitkomst",
    "priority": "voorrang", "verification": "verificatie", "owner_partner_id": "eigenaar",
}



def record_label(table: str, content: Content) -> str:
    """How a user recognises a record: 'Besluit B3', 'Casus WM-2026-007', 'Signaal S2'."""
    number = content.get("number")
    if table == "decision":
        return f"Besluit B{number}"
    if table == "action_item":
        return f"Actiepunt A{number}"
    if table == "signal":
        return f"{'Contrasignaal C' if content.get('is_contra') else 'Signaal S'}{number}"
    if table == "case_file":
        return f"Casus {content.get('code')}"
    if table == "meeting":
        return f"Vergadering van {_day(content.get('held_on'))}"
    if table == "partner":
        return f"Organisatie {content.get('name')}"
    if table == "professional":
        return f"Professional {content.get('name')}"
    if table == "agenda_item":
        return f"Agendapunt {content.get('position')}: {content.get('title')}"
    if table == "minutes_version":
        return f"Verslag, versie {content.get('version')}"
    if table == "subject":
        return f"Betrokkene {content.get('pseudonym')}"
    text = content.get("text") or content.get("description") or ""
    label = RECORD_LABELS.get(table) or table_label(table).capitalize()
    return f"{label}: {text[:40]}…" if len(text) > 40 else (f"{label}: {text}" if text else label)


def _day(value: Any) -> str:
    try:
        return f"{dt.date.fromisoformat(str(value)):%d-%m-%Y}"
    except ValueError:
        return str(value)


def field_label(column: str) -> str:
    return FIELD_LABELS.get(column, column.replace("_", " "))


def table_label(table: str) -> str:
    return TABLE_LABELS[table]

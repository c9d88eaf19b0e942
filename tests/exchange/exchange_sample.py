"""A hand-written exchange document that uses every entity and most optional fields.

Fictional region Lindeveld (see ../shared/scenarios). Built fresh on every call so a test can
damage its copy.
"""

from __future__ import annotations

from typing import Any

AT = "T09:00:00Z"


def _standard_agenda(*case_items: dict[str, Any]) -> list[dict[str, Any]]:
    head = [("opening", "Opening"), ("vaststellen_agenda", "Vaststellen agenda"),
            ("verslag_vorige", "Verslag vorige vergadering"), ("mededelingen", "Mededelingen")]
    tail = [("rondvraag", "Rondvraag"), ("sluiting", "Sluiting")]
    items = [{"position": i, "kind": kind, "title": title} for i, (kind, title) in enumerate(head, 1)]
    for offset, item in enumerate(case_items):
        items.append({"position": len(head) + 1 + offset, **item})
    for kind, title in tail:
        items.append({"position": len(items) + 1, "kind": kind, "title": title})
    return items


def _path(*steps: tuple[str, str, str | None]) -> list[dict[str, Any]]:
    """Lifecycle steps (to_status, date, rationale); from_status follows from the previous step."""
    return [{"to_status": to, "at": f"{day}{AT}", "by": "voorzitter",
             **({"rationale": why} if why else {})} for to, day, why in steps]


def _partners() -> list[dict[str, Any]]:
    def partner(key, name, domain, tier, *professionals, short=None, covenant=True):
        return {"key": key, "name": name, "domain": domain, "tier": tier, "covenant_signed": covenant,
                **({"short_name": short} if short else {}), "professionals": list(professionals)}

    def pro(key, name, function=None, **extra):
        return {"key": key, "name": name, **({"function": function} if function else {}), **extra}

    return [
        partner("zvh", "Zorg- en Veiligheidshuis Regio Lindeveld", "sociaal", "kernpartij",
                pro("dekkers", "Marloes Dekkers", "procesregisseur"),
                pro("brinkhorst", "Kees Brinkhorst", "notulist"), short="ZVH"),
        partner("gemeente", "Gemeente Lindeveld (OOV)", "sociaal", "kernpartij",
                pro("vos", "Yara Vos", "adviseur OOV"), short="Gemeente OOV"),
        partner("gemeente-sd", "Gemeente Lindeveld (sociaal domein)", "sociaal", "kernpartij",
                pro("koster", "W. Koster", "casusregisseur re-integratie")),
        partner("politie", "Politie Lindeveld", "veiligheid", "kernpartij",
                pro("zandbergen", "Erik Zandbergen", "contactpersoon ZVH")),
        partner("om", "Openbaar Ministerie", "veiligheid", "kernpartij",
                pro("ooms", "mr. Hanna Ooms", "officier van justitie"), short="OM"),
        partner("reclassering", "Reclassering Nederland (TER)", "veiligheid", "casuspartij",
                pro("bosman", "L. Bosman", "toezichthouder TER")),
        partner("school", "Lindeveld College", "onderwijs", "externe_casuspartner",
                pro("hekman", "J. Hekman", "zorgcoördinator"), pro("mentor", "mentor klas 3B", "mentor")),
        partner("jeugdteam", "Jeugdteam Lindeveld", "sociaal", "externe_casuspartner",
                pro("pinas", "R. Pinas", "casusregisseur")),
        partner("leerplicht", "Leerplicht Lindeveld", "onderwijs", "externe_casuspartner",
                pro("aydin", "S. Aydin", "leerplichtambtenaar")),
        partner("jongerenwerk", "Jongerenwerk Lindeveld", "voorveld", "externe_casuspartner",
                pro("degraaf", "T. de Graaf", "jongerenwerker")),
        partner("lse", "Landelijk Steunpunt Extremisme", "zorg", "externe_casuspartner",
                pro("amrani", "N. Amrani", "begeleider Forsa"), short="LSE", covenant=False),
        partner("poli", "Forensische polikliniek Lindeveld", "zorg", "externe_casuspartner",
                pro("reijnders", "dr. P. Reijnders", "psychiater", qualified_for_diagnosis=True),
                pro("oud", "A. Oud", "gz-psycholoog", qualified_for_diagnosis=True, active=False)),
    ]


def _case_014() -> dict[str, Any]:
    return {
        "code": "LV-2025-014", "legal_basis": "pga", "purpose": "Persoonsgerichte aanpak radicalisering",
        "status": "uitvoering", "opened_on": "2025-02-10", "case_manager": "pinas",
        "next_review_date": "2025-04-09",
        "transitions": _path(
            ("signaal_ontvangen", "2025-02-10", None),
            ("screening", "2025-02-10", "Melding school compleet"),
            ("weging", "2025-02-11", None),
            ("opgenomen_in_aanpak", "2025-02-12", "Meerdere feitelijke uitingen; geen concrete dreiging."),
            ("beeld_en_oordeelsvorming", "2025-02-26", None),
            ("plan_vastgesteld", "2025-02-26", "Plan van aanpak in ICO vastgesteld"),
            ("uitvoering", "2025-02-27", None),
        ),
        "subjects": [
            {"key": "Daan V.", "pseudonym": "Daan V.", "role": "primair", "age": 15,
             "living_situation": "bij moeder"},
            {"key": "Monique V.", "pseudonym": "Monique V.", "role": "gerelateerd", "relation": "moeder",
             "has_gezag": True},
            {"key": "Ronald V.", "pseudonym": "Ronald V.", "role": "gerelateerd", "relation": "vader",
             "has_gezag": True, "note": "gescheiden, weinig contact"},
        ],
        "reporters": [{
            "partner": "school", "professional": "hekman", "person": "zorgcoördinator J. Hekman",
            "route": "zorgmelding aan ZVH", "reported_on": "2025-02-10", "respond_by": "2025-02-17",
            "feedback": [{"given_on": "2025-02-13", "given_to": "school",
                          "content": "Signaal is gewogen; casus wordt besproken in ICO op 26-02.",
                          "given_by": "voorzitter"}],
        }],
        "informed": [
            {"subject": "Monique V.", "status": "ja", "informed_by": "jeugdteam",
             "informed_on": "2025-02-20", "meeting": "M-2025-02-26"},
            {"subject": "Daan V.", "status": "ja", "informed_by": "jeugdteam samen met moeder",
             "informed_on": "2025-02-20", "decision": {"meeting": "M-2025-02-26", "number": "B1"}},
            {"subject": "Ronald V.", "status": "uitgesteld", "decision_moment": "ICO 26-02",
             "postponement_reason": "Eerst moeder spreken over contact met vader",
             "review_date": "2025-03-15", "superseded": False},
        ],
        "signals": [
            {"key": "S1", "observed_on": "2025-01-31", "partner": "school", "professional": "mentor",
             "statement_type": "feit", "text": "Deelde in de klassen-app afbeeldingen met RE-symboliek.",
             "recorded_at": "2025-02-10T10:00:00Z"},
            {"key": "S2", "observed_on": "2025-02-05", "partner": "school", "professional": "hekman",
             "statement_type": "feit", "text": "14 lesuren ongeoorloofd verzuim in januari.",
             "verification": "bevestigd", "verified_on": "2025-02-20", "verified_by": "voorzitter",
             "recorded_at": "2025-02-10T10:01:00Z"},
            {"key": "S3", "observed_on": "2025-02-05", "partner": "school", "professional": "mentor",
             "statement_type": "mening", "text": "Lijkt zich terug te trekken; mogelijk gepest.",
             "recorded_at": "2025-02-10T10:02:00.250000Z"},
            {"key": "S5", "observed_on": "2025-02-07", "partner": "school",
             "source_detail": "moeder via zorgcoördinator", "statement_type": "feit",
             "data_category": "gewoon", "text": "Zit 's nachts tot ca. 03:00 op Discord.",
             "recorded_at": "2025-02-10T10:04:00Z"},
            {"key": "S6", "observed_on": "2025-02-07", "partner": "school", "professional": "mentor",
             "statement_type": "hypothese", "text": "Mogelijk autisme (niet gediagnosticeerd).",
             "recorded_at": "2025-02-10T10:05:00Z"},
            {"key": "C1", "partner": "school", "statement_type": "feit",
             "text": "Geen geweldsincidenten op school bekend.", "recorded_at": "2025-02-10T10:06:00Z"},
            {"key": "C2", "partner": "politie", "statement_type": "feit",
             "text": "Niet bekend bij politie m.b.t. geweld of wapens.", "verification": "weerlegd",
             "verified_on": "2025-03-01", "verified_by": "voorzitter",
             "verification_note": "Aangifte bedreiging binnengekomen", "recorded_at": "2025-02-11T08:00:00Z"},
        ],
        "notes": [{"kind": "screening", "text": "Bekend bij school en leerplicht (verzuimmelding jan).",
                   "noted_on": "2025-02-11", "statement_type": "feit", "source_partner": "leerplicht"}],
        "consultations": [{"partner": "lse", "kind": "advies aan school/jeugdteam (telefonisch)",
                           "consulted_on": "2025-03-03", "meeting": "M-2025-02-26"}],
        "assessments": [{
            "assessed_on": "2025-02-12", "outcome": "opgenomen_in_aanpak",
            "outcome_detail": "aanpak via ZVH – ICO",
            "rationale": "Meerdere feitelijke uitingen van RE-gedachtegoed + verzuim; "
                         "geen concrete dreiging.",
            "panel": [{"partner": "gemeente", "professional": "vos", "panel_role": "voorzitter weegploeg"},
                      {"partner": "politie", "professional": "zandbergen"},
                      {"partner": "om", "professional": "ooms"}],
        }],
    }


def _case_021() -> dict[str, Any]:
    return {
        "code": "LV-2025-021", "legal_basis": "convenant",
        "covenant_name": "Convenant Zorg- en Veiligheidshuis Lindeveld 2025",
        "status": "monitoring", "opened_on": "2025-03-01", "case_manager": "koster",
        "next_review_date": "2025-07-10",
        "transitions": _path(
            ("signaal_ontvangen", "2025-03-01", None), ("screening", "2025-03-02", None),
            ("weging", "2025-03-05", None),
            ("opgenomen_in_aanpak", "2025-03-06", "Re-integratie na detentie op een TA"),
            ("beeld_en_oordeelsvorming", "2025-03-20", None), ("plan_vastgesteld", "2025-03-20", None),
            ("uitvoering", "2025-04-15", None), ("monitoring", "2025-05-15", "Voorwaarden nageleefd"),
        ),
        "subjects": [
            {"key": "Milan K.", "pseudonym": "Milan K.", "role": "primair", "age": 22},
            {"key": "Anja K.", "pseudonym": "Anja K.", "role": "gerelateerd", "relation": "moeder",
             "date_of_birth": "1970-06-01"},
        ],
        "reporters": [{"person": "PI-casemanager", "route": "MAR", "reported_on": "2025-03-01",
                       "respond_by": "2025-03-10"}],
        "informed": [{"subject": "Milan K.", "status": "ja", "informed_by": "reclassering + gemeente",
                      "informed_on": "2025-04-01"}],
        "signals": [
            {"key": "S1", "observed_on": "2025-03-10", "source_detail": "PI-casemanager",
             "statement_type": "mening", "text": "Ambivalent over ideologie.",
             "recorded_at": "2025-03-11T08:00:00Z"},
            {"key": "S2", "observed_on": "2025-03-12", "partner": "politie", "statement_type": "feit",
             "data_category": "strafrechtelijk",
             "text": "Volgde tijdens detentie nog twee bekende extremistische kanalen.",
             "diagnosis_flag": False, "recorded_at": "2025-03-12T08:00:00Z"},
        ],
        "notes": [
            {"kind": "voorgeschiedenis", "text": "In 2022 veroordeeld voor opruiing.",
             "statement_type": "feit", "data_category": "strafrechtelijk", "source_partner": "om"},
            {"kind": "invrijheidstelling", "label": "voorwaardelijke invrijheidstelling",
             "text": "Vrij op 2025-04-15.", "noted_on": "2025-04-15"},
            {"kind": "bijzondere_voorwaarde", "text": "Elektronische monitoring 6 maanden."},
            {"kind": "basisvoorwaarde", "label": "schulden", "text": "ca. € 6.400",
             "data_category": "gewoon", "source_detail": "reclasseringsadvies"},
        ],
        "assessments": [{"assessed_on": "2025-03-06", "outcome": "opgenomen_in_aanpak",
                         "rationale": "Vrijlating nadert; aanpak via MAR.", "meeting": "M-2025-03-20",
                         "panel": [{"partner": "gemeente"}, {"partner": "reclassering"}]}],
        "escalations": [
            {"direction": "opschalen", "occurred_on": "2025-03-20", "reason": "Netwerkrisico na vrijlating",
             "decision": {"meeting": "M-2025-03-20", "number": "B1"}, "recorded_by": "voorzitter"},
            {"direction": "afschalen", "occurred_on": "2025-05-15", "reason": "Voorwaarden nageleefd",
             "decision": {"meeting": "M-2025-05-15", "number": "B1"}, "recorded_by": "voorzitter"},
        ],
        "balance_sheets": _balance_021(),
    }


def _balance_021() -> list[dict[str, Any]]:
    """Two versions: dissent, a rejected coercive measure, a VERA-2R reference, a changed priority."""
    def entry(side, domain, text, **extra):
        return {"side": side, "domain": domain, "text": text, "statement_type": "feit", **extra}

    first_entries = [
        entry("veiligheid", "netwerk_contacten", "Recente betrokkenheid extremistische kanalen.",
              weight="hoog", signal="S2", source_partner="politie", observed_on="2025-03-12",
              data_category="strafrechtelijk", persistence="dynamisch", lineage="kanalen"),
        entry("veiligheid", "ideologie_overtuiging", "Ambivalent over ideologie (PI).", weight="midden",
              statement_type="mening", signal="S1", lineage="ideologie"),
        entry("zorg_ontwikkeling", "wonen_financien", "Geen eigen woning, geen inkomen, schulden.",
              weight="hoog", lineage="wonen"),
        entry("zorg_ontwikkeling", "gezondheid_ggz", "Geen psychotische stoornis; behandeling start.",
              contribution={"meeting": "M-2025-03-20", "agenda_item": 5, "index": 0},
              data_category="bijzonder", verification="bevestigd", source_partner="poli"),
        entry("wat_gaat_goed", "gezin_opvoeding", "Steunende moeder.", persistence="statisch"),
    ]
    reference = {"instrument": "VERA-2R", "organisation": "Reclassering (TER)", "assessed_on": "2025-02-28",
                 "summary": "Risicobeoordeling uitgevoerd; dynamische factoren netwerk en identiteit."}
    return [
        {"meeting": "M-2025-03-20", "version": 1, "priority": "veiligheid_voorop",
         "rationale": "Eerste 6 maanden: toezicht via bijzondere voorwaarden leidend.",
         "proportionality": "Twbmt-maatregel nu niet: bijzondere voorwaarden dekken het toezicht.",
         "created_at": "2025-03-20T10:00:00Z", "created_by": "voorzitter",
         "entries": first_entries,
         "measures": [
             {"kind": "begrenzend", "text": "Aanvullende bestuurlijke meldplicht (Twbmt).", "coercive": True,
              "status": "afgewezen"},
             {"kind": "begrenzend", "text": "Toezicht op bijzondere voorwaarden.", "status": "ingezet",
              "action": {"meeting": "M-2025-03-20", "number": "A3"}},
             {"kind": "ondersteunend", "text": "ID-kaart en bijstand.", "coercive": False,
              "action": {"meeting": "M-2025-03-20", "number": "A1"}}],
         "dissent": [
             {"partner": "politie", "position": "Aanvullende bestuurlijke meldplicht (Twbmt).",
              "reason": "Netwerkrisico."},
             {"partner": "reclassering", "position": "Niet nodig naast bijzondere voorwaarden.",
              "reason": "Subsidiariteit; dubbele meldplicht belast re-integratie."}],
         "ratings": [{"partner": "reclassering", "score": 5}, {"partner": "politie", "score": 4},
                     {"partner": "gemeente", "score": 6}, {"partner": "lse", "score": 6},
                     {"partner": "poli", "score": 5}],
         "formal_assessments": [reference],
         "open_questions": [{"text": "Is het ID-bewijs op de dag van vrijlating geregeld?"}]},
        {"meeting": "M-2025-05-15", "version": 2, "prefilled_from": 1, "priority": "in_balans",
         "rationale": "Voorwaarden nageleefd; basisvoorwaarden grotendeels op orde.", "consensus_score": 6,
         "proportionality": "Twbmt-maatregel nu niet: bijzondere voorwaarden dekken het toezicht.",
         "entries": [
             *first_entries[:2],
             entry("zorg_ontwikkeling", "wonen_financien", "Tijdelijk bij moeder; bijstand aangevraagd.",
                   weight="midden", lineage="wonen"),
             entry("wat_gaat_goed", "gedrag_incidenten", "Alle meldplichtmomenten nagekomen.")],
         "measures": [{"kind": "begrenzend", "text": "Aanvullende bestuurlijke meldplicht (Twbmt).",
                       "coercive": True, "status": "afgewezen"}],
         "ratings": [{"partner": "reclassering", "score": 6}, {"partner": "politie", "score": 5},
                     {"partner": "gemeente", "score": 6}, {"partner": "lse", "score": 7},
                     {"partner": "poli", "score": 6}],
         "formal_assessments": [reference],
         "open_questions": [{"text": "Is het ID-bewijs op de dag van vrijlating geregeld?",
                             "resolved": True}]},
    ]


def _case_closed() -> dict[str, Any]:
    return {
        "code": "LV-2024-003", "legal_basis": "zvh_wgs", "status": "afgesloten",
        "opened_on": "2024-09-02", "closure_reason": "doelen_bereikt", "closed_on": "2025-01-20",
        "transitions": _path(
            ("signaal_ontvangen", "2024-09-02", None), ("screening", "2024-09-03", None),
            ("weging", "2024-09-05", None), ("advies_aan_melder", "2024-09-06", "Reguliere zorg volstaat"),
            ("afgesloten", "2025-01-20", "Advies opgevolgd; zorg loopt"),
        ),
        "subjects": [{"key": "Sem B.", "pseudonym": "Sem B.", "role": "primair",
                      "date_of_birth": "2008-11-30"}],
    }


def _meetings() -> list[dict[str, Any]]:
    ico_feb = {
        "key": "M-2025-02-26", "meeting_type": "ico_mdo", "title": "ICO Lindeveld februari",
        "held_on": "2025-02-26", "start_time": "14:00", "end_time": "16:30:15",
        "location": "ZVH Lindeveld, kamer 2", "chair": "dekkers", "minute_taker": "brinkhorst",
        "status": "gehouden", "next_meeting_on": "2025-04-09",
        "attendance": [
            {"partner": "gemeente", "professional": "vos", "status": "aanwezig"},
            {"partner": "politie", "status": "aanwezig"},
            {"partner": "om", "status": "afwezig_mk", "note": "niet nodig voor deze casus"},
            {"partner": "jongerenwerk", "status": "afwezig_zk"},
        ],
        "agenda": _standard_agenda({
            "kind": "casus", "title": "Casus LV-2025-014", "case": "LV-2025-014", "slot_minutes": 45,
            "question": "Welke aanpak past bij Daan?", "notes": "BOB-verslag",
            "invited": ["school", "jeugdteam", "politie", "gemeente", "leerplicht", "jongerenwerk"],
            "attendance": [{"partner": "school", "professional": "hekman", "status": "aanwezig"},
                           {"partner": "jongerenwerk", "status": "afwezig_zk"}],
            "contributions": [
                {"partner": "school", "professional": "hekman", "bob_phase": "beeldvorming",
                 "statement_type": "feit", "text": "S1, S2, S4 toegelicht; wil niet schorsen."},
                {"partner": "jeugdteam", "professional": "pinas", "bob_phase": "beeldvorming",
                 "statement_type": "feit", "data_category": "bijzonder",
                 "text": "Huisbezoek 20-02: moeder ongerust en meewerkend."},
                {"partner": "politie", "bob_phase": "oordeelsvorming", "statement_type": "mening",
                 "data_category": "strafrechtelijk", "text": "Geen aanleiding voor strafrechtelijke inzet."},
            ],
        }),
        "decisions": [
            {"number": "B1", "text": "Casus opgenomen in aanpak; casusregie bij jeugdteam.",
             "case": "LV-2025-014", "agenda_item": 5, "shared_with": ["school", "jeugdteam"]},
            {"number": "B2", "text": "Geen strafrechtelijke of bestuurlijke maatregel.", "agenda_item": 5},
            {"number": "B3", "text": "Terugkombespreking 09-04-2025.", "case": "LV-2025-014",
             "shared_with": ["school"]},
            {"number": "B4", "text": "Volgende vergadering 9 april."},
        ],
        "actions": [
            {"number": "A1", "description": "Gesprekken met Daan en moeder.", "case": "LV-2025-014",
             "agenda_item": 5, "owner": "jeugdteam", "owner_professional": "pinas",
             "concerned_subject": "Daan V.", "due_date": "2025-03-12", "status": "loopt"},
            {"number": "A2", "description": "Wekelijkse check-in mentor.", "case": "LV-2025-014",
             "owner": "school", "due_date": "2025-03-26", "status": "afgerond", "closed_on": "2025-04-09",
             "closed_by": "notulist", "status_note": "Loopt goed",
             "postponements": [
                 {"previous_due_date": "2025-03-05", "new_due_date": "2025-03-19",
                  "reason": "Voorjaarsvakantie",
                  "at": "2025-03-04T12:00:00Z", "by": "voorzitter"},
                 {"previous_due_date": "2025-03-19", "new_due_date": "2025-03-26",
                  "meeting": "M-2025-04-09", "at": "2025-03-18T12:00:00Z", "by": "voorzitter"},
             ],
             "reviews": [{"meeting": "M-2025-04-09", "status_after": "afgerond", "note": "Gedaan"}]},
            {"number": "A6", "description": "Direct melden aan politie; spoedoverleg binnen 48 uur.",
             "case": "LV-2025-014", "owner": "politie",
             "condition": "Bij uitingen met concrete dreiging of aanwijzing wapenbezit",
             "reviews": [{"meeting": "M-2025-04-09"}]},
            {"number": "A7", "description": "Terugkoppeling aan school (melder).", "case": "LV-2025-014",
             "owner": "zvh", "owner_detail": "procesregisseur", "addressed_to": ["school"],
             "due_date": "2025-02-28", "status": "vervallen", "closed_on": "2025-03-01",
             "status_note": "Al telefonisch gedaan"},
            {"number": "A8", "description": "Agenda volgend overleg rondsturen.", "owner": "zvh",
             "due_date": "2025-04-01", "postponement_count": 2},
        ],
        "minutes": [
            {"version": 1, "status": "ondertekend", "body": "Verslag ICO 26 februari 2025 …",
             "adopted_in": "M-2025-04-09", "adopted_on": "2025-04-09",
             "adoption_corrections": "Naam jongerenwerker gecorrigeerd", "signed_on": "2025-04-10",
             "signed_by_chair": "Marloes Dekkers", "signed_by_minute_taker": "Kees Brinkhorst",
             "created_at": "2025-02-27T10:00:00Z", "created_by": "notulist"},
            {"version": 2, "status": "concept", "body": "Verslag ICO 26 februari 2025 (gecorrigeerd) …",
             "correction_note": "Tijdstip sluiting verbeterd", "created_at": "2025-04-11T10:00:00Z",
             "created_by": "notulist"},
        ],
    }
    mar = {
        "key": "M-2025-03-20", "meeting_type": "mar", "held_on": "2025-03-20", "status": "gehouden",
        "attendance": [{"partner": "reclassering", "professional": "bosman", "status": "aanwezig"},
                       {"partner": "poli", "professional": "reijnders", "status": "aanwezig",
                        "note": "per video"}],
        "agenda": _standard_agenda({
            "kind": "casus", "title": "Casus LV-2025-021", "case": "LV-2025-021",
            "invited": ["reclassering", "politie", "poli", "gemeente-sd"],
            "contributions": [{"partner": "poli", "professional": "reijnders", "bob_phase": "beeldvorming",
                               "statement_type": "feit", "data_category": "bijzonder",
                               "text": "Geen psychotische stoornis vastgesteld bij intake."}],
        }),
        "decisions": [{"number": "B1", "text": "Geen aanvullende bestuurlijke maatregel.",
                       "case": "LV-2025-021", "agenda_item": 5, "shared_with": ["reclassering"]},
                      {"number": "B2", "text": "Casusregie re-integratie bij gemeente sociaal domein.",
                       "case": "LV-2025-021"}],
        "actions": [
            {"number": "A1", "description": "Afspraak ID-kaart op dag van vrijlating.", "case": "LV-2025-021",
             "owner": "gemeente-sd", "owner_professional": "koster", "concerned_subject": "Milan K.",
             "due_date": "2025-04-15"},
            {"number": "A3", "description": "Toezicht op bijzondere voorwaarden.", "case": "LV-2025-021",
             "owner": "reclassering", "ongoing": True},
            {"number": "A4", "description": "Melding aan OM en ICO binnen 1 week.", "case": "LV-2025-021",
             "owner": "reclassering", "condition": "Bij overtreding bijzondere voorwaarden",
             "reviews": [{"meeting": "M-2025-05-15", "status_after": "open", "note": "Niet nodig geweest"}]},
        ],
        "minutes": [{"version": 1, "body": "Concept verslag MAR", "created_at": "2025-03-21T09:00:00Z",
                     "created_by": "notulist"}],
    }
    ico_apr = {"key": "M-2025-04-09", "meeting_type": "ico_mdo", "held_on": "2025-04-09",
               "status": "gehouden", "agenda": _standard_agenda()}
    ico_may = {"key": "M-2025-05-15", "meeting_type": "ico_mdo", "held_on": "2025-05-15",
               "status": "gehouden",
               "decisions": [{"number": "B1",
                              "text": "Casus blijft in monitoring; volgende bespreking 2025-07-10.",
                              "case": "LV-2025-021"}]}
    spoed = {"key": "spoed-juni", "meeting_type": "spoedoverleg", "held_on": "2025-05-15",
             "start_time": "08:30", "status": "in_voorbereiding"}
    return [ico_feb, mar, ico_apr, ico_may, spoed]


def rich_document() -> dict[str, Any]:
    return {
        "format": "casusoverleg-exchange", "version": 1, "exported_at": "2025-06-01T12:00:00Z",
        "partners": _partners(),
        "cases": [_case_014(), _case_021(), _case_closed()],
        "meetings": _meetings(),
    }

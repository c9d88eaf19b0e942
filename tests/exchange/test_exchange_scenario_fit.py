"""Scenario LV-2025-014 (../shared/scenarios), converted by hand: every field except the balance
sheet has a home in the format, and the data points of the scenario README hold after import."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from casusoverleg_desktop.domain.enums import Attendance, CaseStatus
from casusoverleg_desktop.services.exchange import import_document
from casusoverleg_desktop.store import models as m


def _day(date: str) -> str:
    return f"{date}T09:00:00Z"


def lv_2025_014() -> dict[str, Any]:
    def partner(key, name, domain, tier, *professionals):
        return {"key": key, "name": name, "domain": domain, "tier": tier,
                "professionals": [{"key": k, "name": n} for k, n in professionals]}

    def action(number, owner, text, due=None, **extra):
        return {"number": number, "owner": owner, "description": text, "case": "LV-2025-014",
                "agenda_item": 5, **({"due_date": due} if due else {}), **extra}

    steps = [("signaal_ontvangen", "2025-02-10", None), ("screening", "2025-02-10", "Melding school"),
             ("weging", "2025-02-11", "Screening compleet"),
             ("opgenomen_in_aanpak", "2025-02-12", "Meerdere feitelijke uitingen; geen concrete dreiging"),
             ("beeld_en_oordeelsvorming", "2025-02-26", "ICO"),
             ("plan_vastgesteld", "2025-02-26", "Besluiten B1-B3"), ("uitvoering", "2025-02-27", "Acties")]
    invited = ["gemeente", "politie", "school", "leerplicht", "jeugdteam", "jongerenwerk"]
    return {
        "format": "casusoverleg-exchange", "version": 1,
        "partners": [
            partner("zvh", "ZVH Regio Lindeveld", "sociaal", "kernpartij", ("dekkers", "M. Dekkers"),
                    ("brinkhorst", "K. Brinkhorst")),
            partner("gemeente", "Gemeente Lindeveld (OOV)", "sociaal", "kernpartij", ("vos", "Y. Vos")),
            partner("politie", "Politie", "veiligheid", "kernpartij", ("zandbergen", "E. Zandbergen")),
            partner("om", "OM", "veiligheid", "kernpartij", ("ooms", "mr. H. Ooms")),
            partner("school", "Lindeveld College", "onderwijs", "externe_casuspartner",
                    ("hekman", "zorgcoördinator J. Hekman"), ("mentor", "mentor")),
            partner("leerplicht", "Leerplicht", "onderwijs", "externe_casuspartner", ("aydin", "S. Aydin")),
            partner("jeugdteam", "Jeugdteam Lindeveld", "sociaal", "externe_casuspartner",
                    ("pinas", "R. Pinas")),
            partner("jongerenwerk", "Jongerenwerk", "voorveld", "externe_casuspartner",
                    ("degraaf", "T. de Graaf")),
            partner("lse", "LSE", "zorg", "externe_casuspartner"),
        ],
        "cases": [{
            "code": "LV-2025-014", "legal_basis": "pga",
            "status": "uitvoering", "opened_on": "2025-02-10", "case_manager": "pinas",
            "next_review_date": "2025-04-09",
            "transitions": [{"to_status": to, "at": _day(day), "by": "voorzitter",
                             **({"rationale": why} if why else {})} for to, day, why in steps],
            "subjects": [
                {"key": "Daan V.", "pseudonym": "Daan V.", "role": "primair", "age": 15,
                 "living_situation": "bij moeder"},
                {"key": "Monique V.", "pseudonym": "Monique V.", "role": "gerelateerd", "relation": "moeder",
                 "has_gezag": True},
                {"key": "Ronald V.", "pseudonym": "Ronald V.", "role": "gerelateerd", "relation": "vader",
                 "has_gezag": True, "note": "gescheiden, weinig contact"},
            ],
            "reporters": [{"partner": "school", "professional": "hekman", "reported_on": "2025-02-10",
                           "feedback": [{"given_on": "2025-02-13", "given_to": "school",
                                         "content": "Signaal is gewogen; casus wordt besproken in ICO."}]}],
            "signals": [
                {"key": "S1", "observed_on": "2025-01-31", "partner": "school", "professional": "mentor",
                 "statement_type": "feit", "text": "Deelde 'zwarte zon'-afbeeldingen in de klassen-app."},
                {"key": "S2", "observed_on": "2025-02-05", "partner": "school", "professional": "hekman",
                 "statement_type": "feit", "text": "14 lesuren ongeoorloofd verzuim in januari."},
                {"key": "S3", "observed_on": "2025-02-05", "partner": "school", "professional": "mentor",
                 "statement_type": "mening", "text": "Lijkt zich terug te trekken; mogelijk gepest."},
                {"key": "S4", "observed_on": "2025-02-06", "partner": "school", "professional": "mentor",
                 "statement_type": "feit", "text": "Noemde de dader van een aanslag 'een held'."},
                {"key": "S5", "observed_on": "2025-02-07", "partner": "school",
                 "source_detail": "moeder via zorgcoördinator", "statement_type": "feit",
                 "text": "Zit 's nachts tot ca. 03:00 op Discord."},
                {"key": "S6", "observed_on": "2025-02-07", "partner": "school", "professional": "mentor",
                 "statement_type": "hypothese", "text": "Mogelijk autisme (niet gediagnosticeerd)."},
                {"key": "C1", "partner": "school", "statement_type": "feit",
                 "text": "Geen geweldsincidenten op school bekend."},
                {"key": "C2", "partner": "politie", "statement_type": "feit",
                 "text": "Niet bekend bij politie m.b.t. geweld of wapens."},
            ],
            "notes": [{"kind": "screening", "text": "Screening compleet. Bekend bij: school; leerplicht "
                                                    "(verzuimmelding jan)."}],
            "informed": [
                {"subject": "Monique V.", "status": "ja", "informed_by": "jeugdteam",
                 "informed_on": "2025-02-20"},
                {"subject": "Daan V.", "status": "ja", "informed_by": "jeugdteam samen met moeder",
                 "informed_on": "2025-02-20"},
            ],
            "consultations": [{"partner": "lse", "kind": "advies aan school/jeugdteam (telefonisch)"}],
            "assessments": [{
                "assessed_on": "2025-02-12", "outcome": "opgenomen_in_aanpak",
                "outcome_detail": "aanpak via ZVH – ICO",
                "rationale": "RE-uitingen + verzuim; geen dreiging.",
                "panel": [{"partner": "gemeente", "professional": "vos",
                           "panel_role": "voorzitter weegploeg"},
                          {"partner": "politie", "professional": "zandbergen"},
                          {"partner": "om", "professional": "ooms"}]}],
        }],
        "meetings": [{
            "key": "M-2025-02-26", "meeting_type": "ico_mdo", "held_on": "2025-02-26",
            "status": "gehouden",
            "chair": "dekkers", "minute_taker": "brinkhorst",
            "attendance": [*({"partner": key, "status": "aanwezig"} for key in invited),
                           {"partner": "om", "status": "afwezig_mk", "note": "niet nodig voor deze casus"}],
            "agenda": [
                *({"position": i, "kind": kind, "title": kind} for i, kind in enumerate(
                    ["opening", "vaststellen_agenda", "verslag_vorige", "mededelingen"], 1)),
                {"position": 5, "kind": "casus", "title": "LV-2025-014", "case": "LV-2025-014",
                 "invited": invited,
                 "contributions": [
                     {"partner": p, "bob_phase": "beeldvorming", "statement_type": "feit", "text": t}
                     for p, t in [("school", "S1, S2, S4 toegelicht; wil niet schorsen."),
                                  ("jeugdteam", "Huisbezoek 20-02: moeder ongerust en meewerkend."),
                                  ("politie", "C2; geen strafbare feiten bekend."),
                                  ("leerplicht", "Verzuim is boven de meldgrens."),
                                  ("jongerenwerk", "Aanknopingspunt via e-sports.")]]},
                {"position": 6, "kind": "rondvraag", "title": "Rondvraag"},
                {"position": 7, "kind": "sluiting", "title": "Sluiting"},
            ],
            "decisions": [
                {"number": "B1", "text": "Casus opgenomen in aanpak; casusregie bij jeugdteam.",
                 "agenda_item": 5, "shared_with": ["school"]},
                {"number": "B2", "text": "Geen strafrechtelijke of bestuurlijke maatregel.",
                 "agenda_item": 5},
                {"number": "B3", "text": "Terugkombespreking 09-04-2025.", "agenda_item": 5,
                 "shared_with": ["school"]},
            ],
            "actions": [
                action("A1", "jeugdteam", "Gesprekken met Daan en moeder.", "2025-03-12"),
                action("A2", "school", "Wekelijkse check-in mentor.", "2025-03-05"),
                action("A3", "leerplicht", "Verzuimgesprek met Daan en moeder.", "2025-03-07"),
                action("A4", "jongerenwerk", "Aanbod e-sportsgroep.", "2025-03-26"),
                action("A5", "gemeente", "LSE-consultatie regelen.", "2025-03-05"),
                action("A6", "politie", "Direct melden; spoedoverleg binnen 48 uur.",
                       condition="Bij uitingen met concrete dreiging of aanwijzing wapenbezit"),
                action("A7", "zvh", "Terugkoppeling aan school (melder).", "2025-02-28",
                       owner_detail="procesregisseur", addressed_to=["school"]),
            ],
        }],
    }


def test_scenario_lv_2025_014_fits_the_format_and_keeps_its_data_points(ctx):
    import_document(ctx, lv_2025_014())
    with ctx.unit_of_work() as session:
        signals = {f"{'C' if s.is_contra else 'S'}{s.number}": s for s in session.scalars(select(m.Signal))}
        assert signals["S6"].diagnosis_flag, "README 1: S6 is flagged as diagnosis-like"
        assert signals["S3"].statement_type.value == "mening"
        assert not any(s.diagnosis_flag for key, s in signals.items() if key != "S6")
        steps = session.scalars(select(m.CaseTransition).order_by(m.CaseTransition.id))
        statuses = [step.to_status for step in steps]
        assert statuses[-1] is CaseStatus.UITVOERING and len(statuses) == 7, "README 2"
        assert len(session.scalars(select(m.Decision)).all()) == 3, "README 3"
        actions = {f"A{a.number}": a for a in session.scalars(select(m.ActionItem))}
        assert len(actions) == 7
        school = session.scalar(select(m.Partner).where(m.Partner.name == "Lindeveld College"))
        addressed = set(session.scalars(select(m.ActionAddressee.action_item_id)
                                        .where(m.ActionAddressee.partner_id == school.id)))
        school_actions = {label for label, a in actions.items()
                          if a.owner_partner_id == school.id or a.id in addressed}
        assert school_actions == {"A2", "A7"}, "README 4: the school's own actions"
        shared = session.scalars(select(m.Decision.number).join(
            m.DecisionShare, m.DecisionShare.decision_id == m.Decision.id)
            .where(m.DecisionShare.partner_id == school.id))
        assert sorted(shared) == [1, 3], "README 4: B1 and B3 marked shareable for the school"
        a6 = actions["A6"]
        assert a6.due_date is None and a6.condition, "README 5: A6 is conditional"
        om = session.scalar(select(m.Partner).where(m.Partner.name == "OM"))
        absent = session.scalar(select(m.MeetingAttendance).where(m.MeetingAttendance.partner_id == om.id))
        assert absent.status is Attendance.AFWEZIG_MK, "README 6: OM absent with notice"

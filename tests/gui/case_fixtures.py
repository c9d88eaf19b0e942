"""Realistic case content for the GUI tests, entered through the services (fictional LV-2025-014)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from casusoverleg_desktop.domain.enums import (
    AssessmentOutcome,
    CaseStatus,
    DataCategory,
    EscalationDirection,
    InformedStatus,
    LegalBasis,
    MeetingType,
    PartnerDomain,
    PartnerTier,
    Relation,
    StatementType,
    SubjectRole,
    Verification,
)
from casusoverleg_desktop.services import (
    actions,
    assessments,
    cases,
    decisions,
    meetings,
    partners,
    signals,
)
from casusoverleg_desktop.services.assessments import PanelMember
from casusoverleg_desktop.services.context import ServiceContext

D, T = PartnerDomain, PartnerTier


@dataclass(frozen=True)
class Lindeveld:
    """Ids of what ``build_lindeveld`` made."""

    partners: dict[str, int]
    professionals: dict[str, int]
    case_014: int
    case_021: int
    case_new: int
    subjects: dict[str, int]
    signals: dict[str, int]
    meeting: int


class ScenarioClock:
    """The services' clock, set to the moment of each step so the timeline reads as it happened."""

    def __init__(self) -> None:
        self.now = dt.datetime(2025, 2, 10, 9, 0, tzinfo=dt.UTC)

    def at(self, month: int, day: int, hour: int = 10) -> None:
        self.now = dt.datetime(2025, month, day, hour, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def build_lindeveld(system_ctx: ServiceContext) -> Lindeveld:
    """Partners, professionals and three cases; LV-2025-014 in execution with a full file."""
    clock = ScenarioClock()
    ctx = ServiceContext(system_ctx.database, system_ctx.actor, clock=clock)
    p = {key: partners.create_partner(ctx, name, domain, tier, covenant_signed=signed,
                                      short_name=short).id
         for key, name, short, domain, tier, signed in (
             ("zvh", "Zorg- en Veiligheidshuis Lindeveld", "ZVH", D.VEILIGHEID, T.KERNPARTIJ, True),
             ("gemeente", "Gemeente Lindeveld (OOV)", "Gemeente OOV", D.SOCIAAL, T.KERNPARTIJ, True),
             ("politie", "Politie Lindeveld", "Politie", D.VEILIGHEID, T.KERNPARTIJ, True),
             ("om", "Openbaar Ministerie", "OM", D.VEILIGHEID, T.KERNPARTIJ, True),
             ("school", "Lindeveld College", "School", D.ONDERWIJS, T.EXTERNE_CASUSPARTNER, True),
             ("jeugdteam", "Jeugdteam Lindeveld", "Jeugdteam", D.SOCIAAL, T.EXTERNE_CASUSPARTNER, True),
             ("reclassering", "Reclassering Nederland", "Reclassering", D.VEILIGHEID, T.CASUSPARTIJ,
              True),
             ("jongerenwerk", "Jongerenwerk Lindeveld", "Jongerenwerk", D.VOORVELD,
              T.EXTERNE_CASUSPARTNER, False),
         )}
    people = {
        "mentor": partners.add_professional(ctx, p["school"], "mentor klas 3B", function="mentor"),
        "hekman": partners.add_professional(ctx, p["school"], "J. Hekman", function="zorgcoördinator"),
        "pinas": partners.add_professional(ctx, p["jeugdteam"], "R. Pinas", function="casusregisseur"),
        "dekkers": partners.add_professional(ctx, p["zvh"], "M. Dekkers", function="procesregisseur"),
        "zandbergen": partners.add_professional(ctx, p["politie"], "E. Zandbergen",
                                                function="wijkagent"),
        "bakker": partners.add_professional(ctx, p["reclassering"], "L. Bakker",
                                            function="reclasseringswerker"),
    }
    prof = {k: v.id for k, v in people.items()}

    clock.at(2, 10, 11)
    case = cases.create_case(ctx, "LV-2025-014", LegalBasis.PGA, dt.date(2025, 2, 10),
                             purpose="Persoonsgerichte aanpak radicalisering").id
    subjects = {
        "daan": cases.add_subject(ctx, case, "Daan V.", SubjectRole.PRIMAIR, age=15,
                                  living_situation="woont bij moeder").id,
        "monique": cases.add_subject(ctx, case, "Monique V.", SubjectRole.GERELATEERD,
                                     relation=Relation.MOEDER, has_gezag=True).id,
        "ronald": cases.add_subject(ctx, case, "Ronald V.", SubjectRole.GERELATEERD,
                                    relation=Relation.VADER, has_gezag=True,
                                    note="gescheiden, weinig contact").id,
    }
    reporter = cases.add_reporter(ctx, case, dt.date(2025, 2, 10), partner_id=p["school"],
                                  professional_id=prof["hekman"], route="telefonisch, ZVH-meldpunt")

    def signal(key, day, text, kind, **extra):
        extra.setdefault("partner_id", p["school"])
        return key, signals.record_signal(ctx, case, text, kind, observed_on=dt.date(2025, *day),
                                          **extra).id

    clock.at(2, 11, 9)
    sig = dict([
        signal("S1", (1, 31), "Deelde in de klassen-app drie afbeeldingen met een ‘zwarte zon’-symbool "
               "en de tekst ‘day of the rope’.", StatementType.FEIT, professional_id=prof["mentor"],
               data_category=DataCategory.BIJZONDER),
        signal("S2", (2, 5), "14 lesuren ongeoorloofd verzuim in januari (december: 2).",
               StatementType.FEIT, professional_id=prof["hekman"]),
        signal("S3", (2, 5), "Lijkt zich terug te trekken en bozer te worden; mogelijk gepest.",
               StatementType.MENING, professional_id=prof["mentor"]),
        signal("S4", (2, 6), "Noemde in de les de dader van een buitenlandse aanslag met racistisch "
               "motief ‘een held’.", StatementType.FEIT, professional_id=prof["mentor"],
               data_category=DataCategory.BIJZONDER),
        signal("S5", (2, 7), "Zit ’s nachts tot ca. 03:00 op Discord; moeder heeft geen zicht op "
               "contacten.", StatementType.FEIT, source_detail="moeder via zorgcoördinator"),
        signal("S6", (2, 7), "Mogelijk autisme (niet gediagnosticeerd).", StatementType.HYPOTHESE,
               professional_id=prof["mentor"]),
        signal("C1", (2, 7), "Geen geweldsincidenten op school bekend; geen signalen van wapenbezit.",
               StatementType.FEIT, is_contra=True),
        signal("C2", (2, 11), "Niet bekend bij politie m.b.t. geweld of wapens.", StatementType.FEIT,
               partner_id=p["politie"], is_contra=True, data_category=DataCategory.STRAFRECHTELIJK),
    ])
    signals.verify_signal(ctx, sig["S2"], Verification.BEVESTIGD, dt.date(2025, 2, 12))
    cases.transition_case(ctx, case, CaseStatus.SCREENING, "Melding compleet; screening gestart")
    clock.at(2, 12, 9)
    cases.transition_case(ctx, case, CaseStatus.WEGING, "Screening compleet: school en leerplicht")
    clock.at(2, 12, 11)
    assessments.record_assessment(
        ctx, case, dt.date(2025, 2, 12), AssessmentOutcome.OPGENOMEN_IN_AANPAK,
        "Meerdere feitelijke uitingen van RE-gedachtegoed + verzuim + nachtelijk online gedrag; geen "
        "concrete dreiging; leeftijd 15 → zorg en begrenzing via ouders/school voorop.",
        [PanelMember(p["gemeente"], panel_role="voorzitter weegploeg"), PanelMember(p["politie"]),
         PanelMember(p["om"])], outcome_detail="aanpak via ZVH – ICO")
    clock.at(2, 13)
    cases.record_feedback(ctx, reporter.id, dt.date(2025, 2, 13), "zorgcoördinator school",
                          "Signaal is gewogen; casus wordt besproken in ICO op 26-02. School wordt "
                          "uitgenodigd.")
    clock.at(2, 20, 15)
    for key, by in (("monique", "jeugdteam"), ("daan", "jeugdteam samen met moeder")):
        cases.record_informed(ctx, case, subjects[key], InformedStatus.JA, informed_by=by,
                              informed_on=dt.date(2025, 2, 20), decision_moment="na weging")
    cases.record_informed(ctx, case, subjects["ronald"], InformedStatus.UITGESTELD,
                          postponement_reason="Vader nog niet bereikt; eerst via moeder afstemmen.",
                          review_date=dt.date(2025, 3, 12), decision_moment="na weging")
    clock.at(2, 21)
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 2, 26),
                                      start_time=dt.time(9, 30), end_time=dt.time(11, 0),
                                      location="ZVH Lindeveld, zaal 2").id
    item = meetings.add_case_item(ctx, meeting, case, slot_minutes=30,
                                  question="Welke aanpak past bij Daan en wie voert de regie?").id
    clock.at(2, 26, 10)
    cases.transition_case(ctx, case, CaseStatus.BEELD_EN_OORDEELSVORMING, "Besproken in ICO",
                          meeting_id=meeting)
    b1 = decisions.record_decision(ctx, meeting, "Casus opgenomen in aanpak; casusregie bij jeugdteam "
                                   "(R. Pinas).", agenda_item_id=item, shared_with=[p["school"]],
                                   acknowledge=True)
    decisions.record_decision(ctx, meeting, "Geen strafrechtelijke of bestuurlijke maatregel op dit "
                              "moment.", agenda_item_id=item)
    decisions.record_decision(ctx, meeting, "Terugkombespreking 09-04-2025.", agenda_item_id=item,
                              shared_with=[p["school"]], acknowledge=True)
    clock.at(2, 26, 11)
    cases.transition_case(ctx, case, CaseStatus.PLAN_VASTGESTELD, "Plan van aanpak vastgesteld in ICO",
                          meeting_id=meeting)
    cases.transition_case(ctx, case, CaseStatus.UITVOERING, "Acties uitgezet", meeting_id=meeting)
    for text, owner, due, condition in (
        ("Gesprekken met Daan en moeder; afspraken schermtijd/online contacten; vader betrekken.",
         "jeugdteam", dt.date(2025, 3, 12), None),
        ("Wekelijkse check-in mentor; normstellend gesprek over uitingen (geen schorsing).",
         "school", dt.date(2025, 3, 5), None),
        ("Direct melden aan politie; procesregisseur agendeert binnen 48 uur spoedoverleg (opschalen).",
         "politie", None, "Bij uitingen met concrete dreiging of aanwijzing wapenbezit"),
    ):
        actions.create_action(ctx, meeting, text, p[owner], due_date=due, condition=condition,
                              agenda_item_id=item)
    assessments.record_escalation(ctx, case, EscalationDirection.OPSCHALEN, "Opgenomen in ICO-aanpak; "
                                  "regie bij ZVH.", dt.date(2025, 2, 26), decision_id=b1.id)
    cases.set_case_manager(ctx, case, prof["pinas"])
    cases.set_review_date(ctx, case, dt.date(2025, 4, 9))

    clock.at(3, 3)
    case_021 = cases.create_case(ctx, "LV-2025-021", LegalBasis.ZVH_WGS, dt.date(2025, 3, 3)).id
    cases.add_subject(ctx, case_021, "Samir K.", SubjectRole.PRIMAIR, age=22)
    cases.add_reporter(ctx, case_021, dt.date(2025, 3, 3), partner_id=p["reclassering"],
                       professional_id=prof["bakker"])
    cases.transition_case(ctx, case_021, CaseStatus.SCREENING, "Screening gestart")
    cases.set_case_manager(ctx, case_021, prof["bakker"])
    clock.at(4, 1)
    case_new = cases.create_case(ctx, "LV-2025-030", LegalBasis.CONVENANT, dt.date(2025, 4, 1),
                                 covenant_name="Convenant ZVH Lindeveld 2024").id
    cases.add_reporter(ctx, case_new, dt.date(2025, 4, 1), partner_id=p["jongerenwerk"])
    return Lindeveld(p, prof, case, case_021, case_new, subjects, sig, meeting)

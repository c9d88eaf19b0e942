"""Both fictional scenario cases entered through the services: every field finds its home."""

import datetime as dt

from casusoverleg_desktop.domain.enums import (
    AssessmentOutcome,
    Attendance,
    BobPhase,
    CaseNoteKind,
    CaseStatus,
    DataCategory,
    InformedStatus,
    LegalBasis,
    MeetingType,
    PartnerDomain,
    PartnerTier,
    Relation,
    StatementType,
    SubjectRole,
)
from casusoverleg_desktop.services import (
    actions,
    assessments,
    cases,
    contributions,
    decisions,
    meetings,
    partners,
    signals,
)
from casusoverleg_desktop.services.assessments import PanelMember
from casusoverleg_desktop.services.overview import chair_overview

D, T, S = PartnerDomain, PartnerTier, CaseStatus


def _partners(ctx, *specs):
    return {key: partners.create_partner(ctx, name, domain, tier, covenant_signed=True).id
            for key, name, domain, tier in specs}


def test_lv_2025_014_fits(ctx):
    p = _partners(
        ctx, ("zvh", "ZVH Lindeveld", D.VEILIGHEID, T.KERNPARTIJ),
        ("gemeente", "Gemeente Lindeveld (OOV)", D.SOCIAAL, T.KERNPARTIJ),
        ("politie", "Politie", D.VEILIGHEID, T.KERNPARTIJ),
        ("om", "OM", D.VEILIGHEID, T.KERNPARTIJ),
        ("school", "Lindeveld College", D.ONDERWIJS, T.EXTERNE_CASUSPARTNER),
        ("leerplicht", "Leerplicht", D.ONDERWIJS, T.EXTERNE_CASUSPARTNER),
        ("jeugdteam", "Jeugdteam Lindeveld", D.SOCIAAL, T.EXTERNE_CASUSPARTNER),
        ("jongerenwerk", "Jongerenwerk", D.VOORVELD, T.EXTERNE_CASUSPARTNER),
        ("lse", "LSE", D.ZORG, T.EXTERNE_CASUSPARTNER),
    )
    mentor = partners.add_professional(ctx, p["school"], "mentor", function="mentor").id
    hekman = partners.add_professional(ctx, p["school"], "J. Hekman", function="zorgcoördinator")
    chair = partners.add_professional(ctx, p["zvh"], "M. Dekkers", function="procesregisseur")
    notulist = partners.add_professional(ctx, p["zvh"], "K. Brinkhorst", function="notulist")
    pinas = partners.add_professional(ctx, p["jeugdteam"], "R. Pinas", function="casusregisseur")

    case = cases.create_case(ctx, "LV-2025-014", LegalBasis.PGA, dt.date(2025, 2, 10)).id
    daan = cases.add_subject(ctx, case, "Daan V.", SubjectRole.PRIMAIR, age=15,
                             living_situation="woont bij moeder").id
    monique = cases.add_subject(ctx, case, "Monique V.", SubjectRole.GERELATEERD,
                                relation=Relation.MOEDER, has_gezag=True).id
    cases.add_subject(ctx, case, "Ronald V.", SubjectRole.GERELATEERD, relation=Relation.VADER,
                      has_gezag=True, note="gescheiden, weinig contact")
    reporter = cases.add_reporter(ctx, case, dt.date(2025, 2, 10), partner_id=p["school"],
                                  professional_id=hekman.id, person="zorgcoördinator J. Hekman")

    def signal(day, text, kind, **source):
        return signals.record_signal(ctx, case, text, kind, partner_id=p["school"],
                                     observed_on=day and dt.date(2025, *day), **source)

    signal((1, 31), "Deelde 'zwarte zon'-afbeeldingen.", StatementType.FEIT, professional_id=mentor)
    signal((2, 5), "14 lesuren ongeoorloofd verzuim in januari.", StatementType.FEIT,
           professional_id=hekman.id)
    s3 = signal((2, 5), "Lijkt zich terug te trekken; mogelijk gepest.", StatementType.MENING,
                professional_id=mentor)
    signal((2, 6), "Noemde een aanslagpleger 'een held'.", StatementType.FEIT,
           professional_id=mentor)
    signal((2, 7), "Zit 's nachts tot 03:00 op Discord.", StatementType.FEIT,
           source_detail="moeder via zorgcoördinator")
    s6 = signal((2, 7), "Mogelijk autisme (niet gediagnosticeerd).", StatementType.HYPOTHESE,
                professional_id=mentor)
    signal(None, "Geen geweldsincidenten op school bekend.", StatementType.FEIT, is_contra=True)
    signals.record_signal(ctx, case, "Niet bekend bij politie m.b.t. geweld of wapens.",
                          StatementType.FEIT, partner_id=p["politie"], is_contra=True)
    assert s6.diagnosis_flag and s3.statement_type is StatementType.MENING  # README 014 point 1

    cases.transition_case(ctx, case, S.SCREENING, "Melding compleet")
    cases.add_case_note(ctx, case, CaseNoteKind.SCREENING,
                        "school; leerplicht (verzuimmelding jan)", label="bekend bij")
    cases.transition_case(ctx, case, S.WEGING, "Screening compleet")
    assessments.record_assessment(
        ctx, case, dt.date(2025, 2, 12), AssessmentOutcome.OPGENOMEN_IN_AANPAK,
        "Meerdere feitelijke uitingen + verzuim + nachtelijk online gedrag; geen dreiging.",
        [PanelMember(p["gemeente"], panel_role="voorzitter weegploeg"), PanelMember(p["politie"]),
         PanelMember(p["om"])], outcome_detail="aanpak via ZVH – ICO")
    cases.record_feedback(ctx, reporter.id, dt.date(2025, 2, 13), "school",
                          "Signaal is gewogen; casus wordt besproken in ICO op 26-02.")
    for subject, by in ((monique, "jeugdteam"), (daan, "jeugdteam samen met moeder")):
        cases.record_informed(ctx, case, subject, InformedStatus.JA, informed_by=by,
                              informed_on=dt.date(2025, 2, 20))

    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 2, 26),
                                      chair_id=chair.id, minute_taker_id=notulist.id).id
    present = ("gemeente", "politie", "school", "leerplicht", "jeugdteam", "jongerenwerk")
    for key in present:
        meetings.set_attendance(ctx, meeting, p[key], Attendance.AANWEZIG)
    meetings.set_attendance(ctx, meeting, p["om"], Attendance.AFWEZIG_MK,
                            note="niet nodig voor deze casus")
    cases.add_consultation(ctx, case, p["lse"], "advies aan school/jeugdteam (telefonisch)")
    item = meetings.add_case_item(ctx, meeting, case, slot_minutes=45,
                                  invited_partner_ids=[p[k] for k in present]).id
    cases.transition_case(ctx, case, S.BEELD_EN_OORDEELSVORMING, "Besproken in ICO",
                          meeting_id=meeting)
    contributions.add_contribution(ctx, item, p["jeugdteam"], "Huisbezoek 20-02: moeder ongerust.",
                                   bob_phase=BobPhase.BEELDVORMING,
                                   statement_type=StatementType.FEIT, professional_id=pinas.id)
    for text, shared in (("Casus opgenomen in aanpak; casusregie bij jeugdteam (R. Pinas).", True),
                         ("Geen strafrechtelijke of bestuurlijke maatregel.", False),
                         ("Terugkombespreking 09-04-2025.", True)):
        decisions.record_decision(ctx, meeting, text, agenda_item_id=item,
                                  shared_with=[p["school"]] if shared else [])
    cases.set_case_manager(ctx, case, pinas.id)

    def action(owner, text, due=None, **extra):
        return actions.create_action(ctx, meeting, text, p[owner], agenda_item_id=item,
                                     due_date=due and dt.date(2025, *due), **extra)

    action("jeugdteam", "Gesprekken met Daan en moeder.", (3, 12), concerned_subject_id=daan)
    action("school", "Wekelijkse check-in mentor.", (3, 5))
    action("leerplicht", "Verzuimgesprek met Daan en moeder.", (3, 7))
    action("jongerenwerk", "Aanbod e-sportsgroep.", (3, 26))
    action("gemeente", "LSE-consultatie regelen.", (3, 5))
    a6 = action("politie", "Direct melden; spoedoverleg binnen 48 uur (opschalen).",
                condition="Bij uitingen met concrete dreiging of aanwijzing wapenbezit")
    action("zvh", "Terugkoppeling aan school (melder).", (2, 28), owner_detail="procesregisseur",
           addressed_to=[p["school"]])
    for status in (S.PLAN_VASTGESTELD, S.UITVOERING):
        cases.transition_case(ctx, case, status, "Besluit B1", meeting_id=meeting)

    listed = actions.action_list(ctx, case_id=case)
    school_actions = [a.label for a in listed
                      if p["school"] in (a.owner_partner_id, *a.addressed_to)]
    shared = [d.label for d in decisions.decisions(ctx, meeting) if p["school"] in d.shared_with]
    assert len(decisions.decisions(ctx, meeting)) == 3 and len(listed) == 7  # point 3
    assert (school_actions, shared) == (["A2", "A7"], ["B1", "B3"])  # point 4
    assert a6.due_date is None and a6.timing.text.startswith("Bij uitingen")  # point 5
    assert [(a.partner_id, a.status) for a in meetings.attendance(ctx, meeting)][-1] == (
        p["om"], Attendance.AFWEZIG_MK)  # point 6
    path = [t.to_status for t in cases.open_case(ctx, case).transitions]  # point 2
    assert path == [S.SIGNAAL_ONTVANGEN, S.SCREENING, S.WEGING, S.OPGENOMEN_IN_AANPAK,
                    S.BEELD_EN_OORDEELSVORMING, S.PLAN_VASTGESTELD, S.UITVOERING]


def test_lv_2025_021_fits(ctx):
    p = _partners(
        ctx, ("om", "OM", D.VEILIGHEID, T.KERNPARTIJ),
        ("gemeente", "Gemeente Lindeveld", D.SOCIAAL, T.KERNPARTIJ),
        ("reclassering", "Reclassering TER", D.VEILIGHEID, T.CASUSPARTIJ),
        ("pi", "PI (casemanager)", D.VEILIGHEID, T.EXTERNE_CASUSPARTNER),
        ("forsa", "Forsa (LSE)", D.ZORG, T.EXTERNE_CASUSPARTNER),
    )
    case = cases.create_case(ctx, "LV-2025-021", LegalBasis.PGA, dt.date(2025, 3, 1)).id
    cases.add_subject(ctx, case, "Milan K.", SubjectRole.PRIMAIR, age=22)
    cases.add_subject(ctx, case, "Anja K.", SubjectRole.GERELATEERD, relation=Relation.MOEDER)
    history = cases.add_case_note(
        ctx, case, CaseNoteKind.VOORGESCHIEDENIS, "In 2022 veroordeeld voor opruiing.",
        statement_type=StatementType.FEIT, data_category=DataCategory.STRAFRECHTELIJK,
        source_partner_id=p["om"])
    cases.add_case_note(ctx, case, CaseNoteKind.INVRIJHEIDSTELLING,
                        "voorwaardelijke invrijheidstelling", noted_on=dt.date(2025, 4, 15))
    for condition in ("wekelijkse meldplicht reclassering", "elektronische monitoring 6 maanden"):
        cases.add_case_note(ctx, case, CaseNoteKind.BIJZONDERE_VOORWAARDE, condition)
    cases.add_case_note(ctx, case, CaseNoteKind.BASISVOORWAARDE, "ca. € 6.400", label="schulden")
    signals.record_signal(ctx, case, "Ambivalent over ideologie.", StatementType.MENING,
                          partner_id=p["pi"], observed_on=dt.date(2025, 3, 10))
    assert history.data_category.is_marked  # README 021 point 1 (the marker's data)

    mar = meetings.create_meeting(ctx, MeetingType.MAR, dt.date(2025, 3, 20),
                                  title="re-integratie casusoverleg (voorbereid in MAR)").id
    meetings.set_attendance(ctx, mar, p["pi"], Attendance.AANWEZIG, note="per video")
    a3 = actions.create_action(ctx, mar, "Toezicht op bijzondere voorwaarden.",
                               p["reclassering"], case_id=case, ongoing=True)
    a4 = actions.create_action(ctx, mar, "Melding aan OM en ICO binnen 1 week.",
                               p["reclassering"], case_id=case,
                               condition="Bij overtreding bijzondere voorwaarden")
    assert (a3.timing.text, a4.label) == ("doorlopend", "A2")

    for status in (S.SCREENING, S.WEGING):
        cases.transition_case(ctx, case, status)
    assessments.record_assessment(ctx, case, dt.date(2025, 3, 12),
                                  AssessmentOutcome.OPGENOMEN_IN_AANPAK,
                                  "Re-integratie na detentie.", [PanelMember(p["gemeente"])])
    for status in (S.BEELD_EN_OORDEELSVORMING, S.PLAN_VASTGESTELD, S.UITVOERING, S.MONITORING):
        cases.transition_case(ctx, case, status)
    ico = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 5, 15),
                                  title="ICO monitoring").id
    meetings.add_case_item(ctx, ico, case)
    assert [r.action.label for r in actions.review_list(ctx, ico)] == ["A1", "A2"]
    decisions.record_decision(ctx, ico, "Casus blijft in monitoring; volgende bespreking "
                              "2025-07-10.", case_id=case)
    cases.set_review_date(ctx, case, dt.date(2025, 7, 10))
    reviews = chair_overview(ctx, dt.date(2025, 5, 16)).case_reviews  # README 021 point 6
    assert [(r.code, r.status, r.next_review_date) for r in reviews] == [
        ("LV-2025-021", S.MONITORING, dt.date(2025, 7, 10))]

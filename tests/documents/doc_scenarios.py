"""The two fictional scenarios (and a large meeting) entered through the services, for the document
tests. A plain module: pytest puts this folder on sys.path."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from other_users import PASSPHRASES, as_user
from vault_admin_kit import admin_of

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import (
    AssessmentOutcome,
    Attendance,
    BobPhase,
    CaseStatus,
    DataCategory,
    LegalBasis,
    MeetingType,
    PartnerDomain,
    PartnerTier,
    Relation,
    StatementType,
    SubjectRole,
)
from casusoverleg_desktop.domain.minutes import Correction
from casusoverleg_desktop.services import (
    actions,
    assessments,
    cases,
    contributions,
    decisions,
    meetings,
    minutes,
    partners,
    signing,
)
from casusoverleg_desktop.services.assessments import PanelMember
from casusoverleg_desktop.services.context import ServiceContext

D, T, S = PartnerDomain, PartnerTier, CaseStatus
F, M, H = StatementType.FEIT, StatementType.MENING, StatementType.HYPOTHESE
ORGANISATION = "Zorg- en Veiligheidshuis Lindeveld"
SECRETARY_PASSPHRASE = PASSPHRASES["notulist"]

# the youth team's contribution: it must never appear in the school's extract
YOUTH_TEAM_TEXT = ("Huisbezoek 20-02: moeder ongerust en meewerkend; vader op afstand; Daan zegt dat het "
                   "'grappen' zijn.")
SCHOOL_TEXT = "S1, S2, S4 toegelicht; mentor heeft goede band; wil niet schorsen."


@dataclass(frozen=True)
class Scenario:
    meeting: int
    next_meeting: int
    case: int
    partners: dict[str, int]
    feedback: int | None = None


def with_signers(vault, ctx: ServiceContext) -> ServiceContext:  # OpenVault
    """A vault CA, a secretary 'notulist', and certificates for both users, each made in the
    user's own unlock (as their first signature would)."""
    signing.ensure_vault_ca(ctx, ORGANISATION, vault.vault_id)
    admin_of(vault).add_user("notulist", Role.SECRETARY, SECRETARY_PASSPHRASE, display_name="Kees Brinkhorst",
                   organisation=ORGANISATION)
    signing.ensure_user_credential(ctx, "voorzitter")
    signing.ensure_user_credential(as_user(ctx, "notulist"), "notulist")
    return ctx


def _partners(ctx: ServiceContext, *specs: tuple[str, str, PartnerDomain, PartnerTier]) -> dict[str, int]:
    """Partners by key; one that exists already (another scenario in the same vault) is reused."""
    existing = {p.name: p.id for p in partners.list_partners(ctx)}
    return {key: existing.get(name) or partners.create_partner(ctx, name, domain, tier,
                                                               covenant_signed=True).id
            for key, name, domain, tier in specs}


def lv_2025_014(ctx: ServiceContext) -> Scenario:
    """README points 3, 4 and 6 of LV-2025-014: the ICO of 26 February 2025, with its follow-up."""
    p = _partners(
        ctx, ("zvh", "ZVH Lindeveld", D.VEILIGHEID, T.KERNPARTIJ),
        ("gemeente", "Gemeente Lindeveld (OOV)", D.SOCIAAL, T.KERNPARTIJ),
        ("politie", "Politie Lindeveld", D.VEILIGHEID, T.KERNPARTIJ),
        ("om", "Openbaar Ministerie", D.VEILIGHEID, T.KERNPARTIJ),
        ("school", "Lindeveld College", D.ONDERWIJS, T.EXTERNE_CASUSPARTNER),
        ("leerplicht", "Leerplicht Lindeveld", D.ONDERWIJS, T.EXTERNE_CASUSPARTNER),
        ("jeugdteam", "Jeugdteam Lindeveld", D.SOCIAAL, T.EXTERNE_CASUSPARTNER),
        ("jongerenwerk", "Jongerenwerk Lindeveld", D.VOORVELD, T.EXTERNE_CASUSPARTNER),
    )
    pro = {
        "hekman": partners.add_professional(ctx, p["school"], "J. Hekman", function="zorgcoördinator").id,
        "chair": partners.add_professional(ctx, p["zvh"], "M. Dekkers", function="procesregisseur").id,
        "notulist": partners.add_professional(ctx, p["zvh"], "K. Brinkhorst", function="notulist").id,
        "pinas": partners.add_professional(ctx, p["jeugdteam"], "R. Pinas", function="casusregisseur").id,
        "vos": partners.add_professional(ctx, p["gemeente"], "Y. Vos", function="adviseur OOV").id,
        "zandbergen": partners.add_professional(ctx, p["politie"], "E. Zandbergen",
                                                function="wijkagent").id,
        "aydin": partners.add_professional(ctx, p["leerplicht"], "S. Aydin",
                                           function="leerplichtambtenaar").id,
        "graaf": partners.add_professional(ctx, p["jongerenwerk"], "T. de Graaf",
                                           function="jongerenwerker").id,
    }
    case = cases.create_case(ctx, "LV-2025-014", LegalBasis.PGA, dt.date(2025, 2, 10),
                             purpose="Persoonsgerichte aanpak radicalisering").id
    daan = cases.add_subject(ctx, case, "Daan V.", SubjectRole.PRIMAIR, age=15,
                             living_situation="woont bij moeder").id
    cases.add_subject(ctx, case, "Monique V.", SubjectRole.GERELATEERD, relation=Relation.MOEDER,
                      has_gezag=True)
    cases.add_subject(ctx, case, "Ronald V.", SubjectRole.GERELATEERD, relation=Relation.VADER,
                      has_gezag=True)
    reporter = cases.add_reporter(ctx, case, dt.date(2025, 2, 10), partner_id=p["school"],
                                  professional_id=pro["hekman"], person="zorgcoördinator J. Hekman")
    for status in (S.SCREENING, S.WEGING):
        cases.transition_case(ctx, case, status, "Screening compleet")
    assessments.record_assessment(
        ctx, case, dt.date(2025, 2, 12), AssessmentOutcome.OPGENOMEN_IN_AANPAK,
        "Meerdere feitelijke uitingen + verzuim + nachtelijk online gedrag; geen dreiging.",
        [PanelMember(p["gemeente"]), PanelMember(p["politie"]), PanelMember(p["om"])])
    feedback = cases.record_feedback(
        ctx, reporter.id, dt.date(2025, 2, 13), "school",
        "Uw signaal is gewogen. De casus wordt besproken in het casusoverleg van 26 februari; de school "
        "wordt daarvoor uitgenodigd.")

    meeting = meetings.create_meeting(
        ctx, MeetingType.ICO_MDO, dt.date(2025, 2, 26), start_time=dt.time(14, 0),
        end_time=dt.time(16, 5), location="Zorg- en Veiligheidshuis Lindeveld, zaal 2",
        chair_id=pro["chair"], minute_taker_id=pro["notulist"]).id
    present = ("gemeente", "politie", "school", "leerplicht", "jeugdteam", "jongerenwerk")
    people = {"gemeente": "vos", "politie": "zandbergen", "school": "hekman", "leerplicht": "aydin",
              "jeugdteam": "pinas", "jongerenwerk": "graaf"}
    for key in present:
        meetings.set_attendance(ctx, meeting, p[key], Attendance.AANWEZIG, professional_id=pro[people[key]])
    meetings.set_attendance(ctx, meeting, p["om"], Attendance.AFWEZIG_MK, note="niet nodig voor deze casus")
    item = meetings.add_case_item(
        ctx, meeting, case, slot_minutes=45, invited_partner_ids=[p[k] for k in present],
        question="Is een gezamenlijke aanpak nodig, en wie doet wat om Daan op school en online te "
                 "begrenzen en te steunen?").id
    for key in present:
        meetings.set_case_item_attendance(ctx, item, p[key], Attendance.AANWEZIG)
    agenda = {i.kind: i.id for i in meetings.agenda(ctx, meeting)}
    from casusoverleg_desktop.domain.enums import AgendaItemKind as K
    meetings.update_agenda_item(ctx, agenda[K.MEDEDELINGEN],
                                notes="De gemeente meldt dat de LSE-consultatie telefonisch mogelijk is.")
    meetings.update_agenda_item(ctx, agenda[K.RONDVRAAG],
                                notes="Jongerenwerk vraagt het e-sportsaanbod op de volgende agenda te "
                                      "zetten.")
    cases.transition_case(ctx, case, S.BEELD_EN_OORDEELSVORMING, "Besproken in ICO", meeting_id=meeting)
    entries = [
        ("school", SCHOOL_TEXT, BobPhase.BEELDVORMING, F, DataCategory.GEWOON, "hekman"),
        ("jeugdteam", YOUTH_TEAM_TEXT, BobPhase.BEELDVORMING, F, DataCategory.GEWOON, "pinas"),
        ("politie", "C2; geen strafbare feiten bekend; geen aanleiding voor strafrechtelijke inzet.",
         BobPhase.BEELDVORMING, F, DataCategory.GEWOON, "zandbergen"),
        ("leerplicht", "Verzuim is boven de meldgrens; verzuimgesprek gepland.", BobPhase.BEELDVORMING, F,
         DataCategory.GEWOON, "aydin"),
        ("jongerenwerk", "Daan kwam vorig jaar naar het gamecafé; aanknopingspunt via e-sports.",
         BobPhase.BEELDVORMING, F, DataCategory.GEWOON, "graaf"),
        ("jeugdteam", "Zoekt erkenning en een groep; mogelijk gepest. Zorg en ontwikkeling voorop, met "
         "begrenzing van het online gedrag via moeder en school.", BobPhase.OORDEELSVORMING, M,
         DataCategory.GEWOON, "pinas"),
    ]
    for key, text, phase, kind, category, who in entries:
        contributions.add_contribution(ctx, item, p[key], text, bob_phase=phase, statement_type=kind,
                                       data_category=category, professional_id=pro[who])
    for text, shared in (("Casus opgenomen in aanpak; casusregie bij jeugdteam (R. Pinas).", True),
                         ("Geen strafrechtelijke of bestuurlijke maatregel op dit moment.", False),
                         ("Terugkombespreking 09-04-2025.", True)):
        decisions.record_decision(ctx, meeting, text, agenda_item_id=item,
                                  shared_with=[p["school"]] if shared else [])

    def action(owner: str, text: str, due: tuple[int, int] | None = None, **extra: object) -> None:
        actions.create_action(ctx, meeting, text, p[owner], agenda_item_id=item,
                              due_date=due and dt.date(2025, *due), **extra)

    action("jeugdteam", "Gesprekken met Daan en moeder; afspraken schermtijd en online contacten; vader "
           "betrekken.", (3, 12), concerned_subject_id=daan, owner_professional_id=pro["pinas"])
    action("school", "Wekelijkse check-in mentor; normstellend gesprek over uitingen (geen schorsing).",
           (3, 5))
    action("leerplicht", "Verzuimgesprek met Daan en moeder.", (3, 7))
    action("jongerenwerk", "Contact via school; aanbod e-sportsgroep.", (3, 26))
    action("gemeente", "LSE-consultatie regelen voor school en jeugdteam (duiding online RE-subcultuur).",
           (3, 5))
    action("politie", "Direct melden aan politie; procesregisseur agendeert binnen 48 uur spoedoverleg "
           "(opschalen).", condition="Bij uitingen met concrete dreiging of aanwijzing wapenbezit")
    action("zvh", "Terugkoppeling aan school (melder) over besluiten voor zover school betreffend.", (2, 28),
           owner_detail="procesregisseur", addressed_to=[p["school"]])
    meetings.close_meeting(ctx, meeting, dt.time(16, 5), next_meeting_on=dt.date(2025, 4, 9))

    later = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 4, 9), start_time=dt.time(14, 0),
                                    end_time=dt.time(15, 30), chair_id=pro["chair"],
                                    minute_taker_id=pro["notulist"]).id
    return Scenario(meeting, later, case, p, feedback.id)


def adopt(ctx: ServiceContext, scenario: Scenario, corrections: str | None = None) -> int:
    """The minutes of the scenario's (closed) meeting, adopted by the chair in the next meeting, with
    one correction to the case when given; returns the adopted version's id."""
    case_section = "5.1 Casus LV-2025-014"
    return minutes.adopt_in_meeting(ctx, scenario.meeting, scenario.next_meeting,
                                    [Correction(case_section, corrections)] if corrections else []).id


def lv_2025_021(ctx: ServiceContext) -> Scenario:
    """README point 1 of LV-2025-021: criminal data in the reclassering's own contribution."""
    p = _partners(
        ctx, ("om", "OM Lindeveld", D.VEILIGHEID, T.KERNPARTIJ),
        ("gemeente", "Gemeente Lindeveld", D.SOCIAAL, T.KERNPARTIJ),
        ("reclassering", "Reclassering TER", D.VEILIGHEID, T.CASUSPARTIJ),
        ("politie", "Politie Lindeveld", D.VEILIGHEID, T.KERNPARTIJ),
        ("forsa", "Forsa (LSE)", D.ZORG, T.EXTERNE_CASUSPARTNER),
    )
    case = cases.create_case(ctx, "LV-2025-021", LegalBasis.PGA, dt.date(2025, 3, 1)).id
    cases.add_subject(ctx, case, "Milan K.", SubjectRole.PRIMAIR, age=22)
    for status in (S.SCREENING, S.WEGING):
        cases.transition_case(ctx, case, status)
    assessments.record_assessment(ctx, case, dt.date(2025, 3, 12), AssessmentOutcome.OPGENOMEN_IN_AANPAK,
                                  "Re-integratie na detentie.", [PanelMember(p["gemeente"])])
    meeting = meetings.create_meeting(ctx, MeetingType.MAR, dt.date(2025, 3, 20), start_time=dt.time(10, 0),
                                      end_time=dt.time(11, 30),
                                      title="re-integratie casusoverleg (voorbereid in MAR)").id
    invited = [p[k] for k in ("om", "gemeente", "reclassering", "politie", "forsa")]
    item = meetings.add_case_item(ctx, meeting, case, slot_minutes=60, invited_partner_ids=invited).id
    contributions.add_contribution(
        ctx, item, p["reclassering"], "Voorwaardelijke invrijheidstelling per 15-04; wekelijkse meldplicht "
        "en elektronische monitoring als bijzondere voorwaarden.", bob_phase=BobPhase.BEELDVORMING,
        statement_type=F, data_category=DataCategory.STRAFRECHTELIJK)
    contributions.add_contribution(
        ctx, item, p["forsa"], "Stemt in met begeleiding; stelt zelf religieuze vragen.",
        bob_phase=BobPhase.BEELDVORMING, statement_type=F, data_category=DataCategory.BIJZONDER)
    contributions.add_contribution(
        ctx, item, p["gemeente"], "Basisvoorwaarden: ID-bewijs verlopen, geen inkomen, schulden ca. € 6.400.",
        bob_phase=BobPhase.BEELDVORMING, statement_type=F)
    decisions.record_decision(ctx, meeting, "Geen aanvullende bestuurlijke maatregel; herbeoordeling "
                              "2025-05-15.", agenda_item_id=item, shared_with=invited, acknowledge=True)
    actions.create_action(ctx, meeting, "Toezicht op bijzondere voorwaarden; maandelijkse voortgang naar "
                          "procesregisseur.", p["reclassering"], agenda_item_id=item, ongoing=True)
    actions.create_action(ctx, meeting, "Afspraak ID-kaart op dag van vrijlating.", p["gemeente"],
                          agenda_item_id=item, due_date=dt.date(2025, 4, 15))
    later = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 5, 15), title="ICO monitoring").id
    return Scenario(meeting, later, case, p)


def big_meeting(ctx: ServiceContext, n_cases: int = 20) -> int:
    """A long ICO with ``n_cases`` case items, each with contributions, decisions and actions."""
    p = _partners(
        ctx, ("zvh", "ZVH Lindeveld", D.VEILIGHEID, T.KERNPARTIJ),
        ("gemeente", "Gemeente Lindeveld (OOV)", D.SOCIAAL, T.KERNPARTIJ),
        ("politie", "Politie Lindeveld", D.VEILIGHEID, T.KERNPARTIJ),
        ("jeugdteam", "Jeugdteam Lindeveld", D.SOCIAAL, T.EXTERNE_CASUSPARTNER),
        ("ggz", "GGZ Lindeveld", D.ZORG, T.EXTERNE_CASUSPARTNER),
    )
    chair = partners.add_professional(ctx, p["zvh"], "M. Dekkers", function="procesregisseur").id
    taker = partners.add_professional(ctx, p["zvh"], "K. Brinkhorst", function="notulist").id
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 6, 4), start_time=dt.time(9, 0),
                                      end_time=dt.time(17, 0), location="ZVH Lindeveld", chair_id=chair,
                                      minute_taker_id=taker).id
    for key in p:
        meetings.set_attendance(ctx, meeting, p[key], Attendance.AANWEZIG)
    invited = [p["gemeente"], p["politie"], p["jeugdteam"], p["ggz"]]
    for number in range(1, n_cases + 1):
        case = cases.create_case(ctx, f"LV-2025-{100 + number:03d}", LegalBasis.ZVH_WGS,
                                 dt.date(2025, 5, 1)).id
        cases.add_subject(ctx, case, f"Persoon {number}.", SubjectRole.PRIMAIR, age=16 + number % 20)
        for status in (S.SCREENING, S.WEGING):
            cases.transition_case(ctx, case, status)
        assessments.record_assessment(ctx, case, dt.date(2025, 5, 2), AssessmentOutcome.OPGENOMEN_IN_AANPAK,
                                      "Complexe casus.", [PanelMember(p["gemeente"])])
        item = meetings.add_case_item(ctx, meeting, case, slot_minutes=20, invited_partner_ids=invited,
                                      question="Welke ondersteuning en welke begrenzing zijn nodig?").id
        for key, phase in (("jeugdteam", BobPhase.BEELDVORMING), ("politie", BobPhase.BEELDVORMING),
                           ("ggz", BobPhase.OORDEELSVORMING), ("gemeente", BobPhase.BESLUITVORMING)):
            contributions.add_contribution(
                ctx, item, p[key], f"Inbreng {key} over casus {number}: feitelijke stand van zaken, wat goed "
                "gaat en wat zorgen baart, met bronvermelding.", bob_phase=phase, statement_type=F)
        decisions.record_decision(ctx, meeting, f"Casus {number} blijft in aanpak; evaluatie over zes weken.",
                                  agenda_item_id=item, shared_with=invited)
        actions.create_action(ctx, meeting, "Gesprek met betrokkene en netwerk.", p["jeugdteam"],
                              agenda_item_id=item, due_date=dt.date(2025, 6, 30))
        actions.create_action(ctx, meeting, "Afstemming zorgaanbod.", p["ggz"], agenda_item_id=item,
                              due_date=dt.date(2025, 7, 15))
    return meeting


# -- reading PDFs back ---------------------------------------------------------------------------------


def pages_text(pdf: bytes) -> list[str]:
    from io import BytesIO

    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages]


def body_text(pdf: bytes) -> str:
    """All pages' text without the header and footer (drawn last on each page, so read last)."""
    kept = []
    for text in pages_text(pdf):
        lines = text.splitlines()
        marks = [i for i, line in enumerate(lines) if line.strip() == "VERTROUWELIJK"]
        kept.extend(lines[:marks[-1] - 1] if marks else lines)
    return "\n".join(kept)


def outline_titles(pdf: bytes) -> list[tuple[str, int]]:
    """(title, 0-based page) of every outline entry, depth first."""
    from io import BytesIO

    from pypdf import PdfReader

    reader = PdfReader(BytesIO(pdf))
    found: list[tuple[str, int]] = []

    def walk(items: list) -> None:
        for entry in items:
            if isinstance(entry, list):
                walk(entry)
            else:
                found.append((entry.title, reader.get_destination_page_number(entry)))

    walk(reader.outline)
    return found

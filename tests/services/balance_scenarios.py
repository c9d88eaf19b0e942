"""Scenarios LV-2025-021 and LV-2025-014 (../shared/scenarios) entered through the services, as far as
the balance sheet needs them. Used by the service and GUI tests and by the screenshots."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from casusoverleg_desktop.domain.balance import (
    BalanceDomain,
    BalanceSide,
    MeasureKind,
    MeasureStatus,
    Persistence,
    Priority,
    Weight,
)
from casusoverleg_desktop.domain.enums import (
    BobPhase,
    DataCategory,
    LegalBasis,
    MeetingType,
    PartnerDomain,
    PartnerTier,
    StatementType,
    SubjectRole,
)
from casusoverleg_desktop.services import actions, balance, cases, contributions, meetings, partners, signals
from casusoverleg_desktop.services.context import ServiceContext

D, T, S = PartnerDomain, PartnerTier, StatementType
V, Z, G = BalanceSide.VEILIGHEID, BalanceSide.ZORG_ONTWIKKELING, BalanceSide.WAT_GAAT_GOED
B = BalanceDomain


@dataclass(frozen=True)
class Built:
    case_id: int
    meeting_ids: tuple[int, ...]
    sheet_ids: tuple[int, ...]
    partner_ids: dict[str, int]
    signal_ids: tuple[int, ...]
    contribution_ids: tuple[int, ...]
    agenda_item_ids: tuple[int, ...]


def _partners(ctx: ServiceContext, *specs: tuple[str, str, str, PartnerDomain, PartnerTier],
              ) -> dict[str, int]:
    """The partners by key; a partner that exists already (the other scenario) is reused."""
    existing = {p.name: p.id for p in partners.list_partners(ctx)}
    return {key: existing.get(name) or partners.create_partner(
        ctx, name, domain, tier, covenant_signed=True, short_name=short).id
        for key, name, short, domain, tier in specs}


PROPORTIONALITY_021 = ("Twbmt-maatregel nu niet: bijzondere voorwaarden dekken het toezicht; "
                       "herbeoordeling over 6 weken.")
RATIONALE_021_V1 = ("Eerste 6 maanden: toezicht via bijzondere voorwaarden leidend; tegelijk maximaal "
                    "inzetten op basisvoorwaarden, omdat uitval (geen inkomen/woning) het risico verhoogt.")
RATIONALE_021_V2 = "Voorwaarden nageleefd; basisvoorwaarden grotendeels op orde."


def build_021(ctx: ServiceContext, *, second_version: bool = True) -> Built:
    p = _partners(
        ctx,
        ("gemeente", "Gemeente Lindeveld (OOV)", "Gemeente", D.SOCIAAL, T.KERNPARTIJ),
        ("sociaal", "Gemeente Lindeveld (sociaal domein)", "Gemeente SD", D.SOCIAAL, T.KERNPARTIJ),
        ("reclassering", "Reclassering Nederland (TER)", "Reclassering", D.VEILIGHEID, T.CASUSPARTIJ),
        ("politie", "Politie Lindeveld", "Politie", D.VEILIGHEID, T.KERNPARTIJ),
        ("om", "Openbaar Ministerie", "OM", D.VEILIGHEID, T.KERNPARTIJ),
        ("pi", "PI-casemanager", "PI", D.VEILIGHEID, T.CASUSPARTIJ),
        ("forsa", "Forsa (LSE)", "Forsa", D.ZORG, T.EXTERNE_CASUSPARTNER),
        ("polikliniek", "Forensische polikliniek Lindeveld", "Polikliniek", D.ZORG, T.EXTERNE_CASUSPARTNER),
    )
    case = cases.create_case(ctx, "LV-2025-021", LegalBasis.PGA, dt.date(2025, 3, 1),
                             purpose="Re-integratie na detentie (PGA)").id
    cases.add_subject(ctx, case, "Milan K.", SubjectRole.PRIMAIR, age=22)
    s1 = signals.record_signal(ctx, case, "Ambivalent over ideologie; deelgenomen aan interventies; "
                               "positieve contacten met moeder.", S.MENING, observed_on=dt.date(2025, 3, 10),
                               partner_id=p["pi"])
    s2 = signals.record_signal(ctx, case, "Volgde tijdens detentie (via contacten) nog twee bekende "
                               "extremistische kanalen.", S.FEIT, observed_on=dt.date(2025, 3, 12),
                               partner_id=p["politie"])
    first = meetings.create_meeting(ctx, MeetingType.MAR, dt.date(2025, 3, 20),
                                    title="Re-integratie casusoverleg (voorbereid in MAR)").id
    item1 = meetings.add_case_item(ctx, first, case, invited_partner_ids=list(p.values())).id
    c1 = contributions.add_contribution(
        ctx, item1, p["reclassering"], "VERA-2R afgerond; dynamische factoren netwerk en identiteit.",
        bob_phase=BobPhase.BEELDVORMING, statement_type=S.FEIT).id
    a3 = actions.create_action(ctx, first, "Toezicht op bijzondere voorwaarden; maandelijkse voortgang naar "
                               "procesregisseur.", p["reclassering"], ongoing=True, case_id=case)
    a5 = actions.create_action(ctx, first, "Start begeleidingstraject; inclusief levensbeschouwelijke "
                               "gesprekken.", p["forsa"], due_date=dt.date(2025, 4, 30), case_id=case)
    a2 = actions.create_action(ctx, first, "Bijstandsaanvraag en intake schuldhulpverlening.", p["sociaal"],
                               due_date=dt.date(2025, 4, 22), case_id=case)

    v1 = balance.open_sheet(ctx, case, first).id
    balance.add_entry_from_source(ctx, v1, V, balance.SOURCE_SIGNAL, s2.id)
    balance.update_entry(ctx, balance.get_sheet(ctx, v1).entries[0].id,
                         text="Recente betrokkenheid extremistische kanalen.", domain=B.NETWERK_CONTACTEN,
                         weight=Weight.HOOG, persistence=Persistence.DYNAMISCH)
    balance.add_entry(ctx, v1, V, "Eerdere uitreisvoorbereiding.", domain=B.INTENTIE_DREIGING,
                      weight=Weight.MIDDEN, persistence=Persistence.STATISCH, source_partner_id=p["om"],
                      data_category=DataCategory.STRAFRECHTELIJK)
    balance.add_entry(ctx, v1, V, "Ambivalent over ideologie (PI).", statement_type=S.MENING,
                      domain=B.IDEOLOGIE_OVERTUIGING, weight=Weight.MIDDEN, source_partner_id=p["pi"],
                      observed_on=dt.date(2025, 3, 10), signal_id=s1.id, persistence=Persistence.DYNAMISCH)
    balance.add_entry(ctx, v1, Z, "Geen eigen woning, geen inkomen, schulden.", domain=B.WONEN_FINANCIEN,
                      weight=Weight.HOOG, source_partner_id=p["sociaal"], persistence=Persistence.DYNAMISCH)
    balance.add_entry(ctx, v1, Z, "Behandeling nog niet gestart.", domain=B.GEZONDHEID_GGZ,
                      weight=Weight.MIDDEN, source_partner_id=p["polikliniek"])
    balance.add_entry(ctx, v1, G, "Steunende moeder.", domain=B.GEZIN_OPVOEDING, source_partner_id=p["pi"])
    balance.add_entry(ctx, v1, G, "Wil MBO logistiek volgen.", domain=B.SCHOOL_WERK,
                      source_partner_id=p["reclassering"], contribution_id=c1)
    balance.add_entry(ctx, v1, G, "Stemt in met Forsa-begeleiding.", domain=B.IDENTITEIT_ZINGEVING,
                      source_partner_id=p["forsa"])
    balance.set_weighing(ctx, v1, Priority.VEILIGHEID_VOOROP, RATIONALE_021_V1)
    balance.add_measure(ctx, v1, MeasureKind.BEGRENZEND, "Aanvullende bestuurlijke meldplicht (Twbmt) bij "
                        "politie.", coercive=True, status=MeasureStatus.AFGEWEZEN,
                        proportionality=PROPORTIONALITY_021)
    balance.add_measure(ctx, v1, MeasureKind.BEGRENZEND, "Toezicht op bijzondere voorwaarden.",
                        status=MeasureStatus.INGEZET, action_item_id=a3.id)
    balance.add_measure(ctx, v1, MeasureKind.ONDERSTEUNEND, "Forsa-begeleidingstraject.",
                        status=MeasureStatus.INGEZET, action_item_id=a5.id)
    balance.add_measure(ctx, v1, MeasureKind.ONDERSTEUNEND, "Bijstand en schuldhulpverlening.",
                        status=MeasureStatus.INGEZET, action_item_id=a2.id)
    balance.add_dissent(ctx, v1, p["politie"], "Aanvullende bestuurlijke meldplicht (Twbmt) bij politie.",
                        "Netwerkrisico.")
    balance.add_dissent(ctx, v1, p["reclassering"], "Niet nodig naast bijzondere voorwaarden.",
                        "Subsidiariteit; dubbele meldplicht belast re-integratie.")
    for key, score in (("reclassering", 5), ("politie", 4), ("gemeente", 6), ("forsa", 6),
                       ("polikliniek", 5)):
        balance.set_rating(ctx, v1, p[key], score)
    balance.add_formal_assessment(
        ctx, v1, "VERA-2R", "Reclassering (TER)", dt.date(2025, 2, 28),
        "Risicobeoordeling uitgevoerd; dynamische factoren netwerk en identiteit; zie reclasseringsadvies.")
    balance.add_question(ctx, v1, "Is het ID-bewijs op de dag van vrijlating geregeld?")
    balance.add_question(ctx, v1, "Welke contacten vallen precies onder het contactverbod?")

    meeting_ids, sheet_ids = [first], [v1]
    signal_ids, contribution_ids, items = [s1.id, s2.id], [c1], [item1]
    if second_version:
        s3 = signals.record_signal(ctx, case, "Alle meldplichtmomenten nagekomen; EM zonder overtredingen.",
                                   S.FEIT, observed_on=dt.date(2025, 5, 8), partner_id=p["reclassering"])
        s4 = signals.record_signal(ctx, case, "4 gesprekken gevoerd; stelt zelf religieuze vragen aan "
                                   "theoloog Forsa.", S.FEIT, observed_on=dt.date(2025, 5, 9),
                                   partner_id=p["forsa"])
        second = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 5, 15),
                                         title="ICO monitoring").id
        item2 = meetings.add_case_item(ctx, second, case, invited_partner_ids=list(p.values())).id
        v2 = balance.open_sheet(ctx, case, second)
        balance.add_entry_from_source(ctx, v2.id, G, balance.SOURCE_SIGNAL, s3.id)
        balance.add_entry_from_source(ctx, v2.id, G, balance.SOURCE_SIGNAL, s4.id)
        housing = next(e for e in v2.entries if e.text.startswith("Geen eigen woning"))
        balance.update_entry(ctx, housing.id, text="Tijdelijk bij moeder; bijstand aangevraagd, schulden "
                             "in traject.", weight=Weight.MIDDEN)
        question = next(q for q in v2.questions if q.text.startswith("Is het ID"))
        balance.set_question_resolved(ctx, question.id, True)
        for key, score in (("reclassering", 6), ("politie", 5), ("gemeente", 6), ("forsa", 7),
                           ("polikliniek", 6)):
            balance.set_rating(ctx, v2.id, p[key], score)
        balance.set_weighing(ctx, v2.id, Priority.IN_BALANS, RATIONALE_021_V2)
        meeting_ids.append(second)
        sheet_ids.append(v2.id)
        signal_ids += [s3.id, s4.id]
        items.append(item2)
    return Built(case, tuple(meeting_ids), tuple(sheet_ids), p, tuple(signal_ids), tuple(contribution_ids),
                 tuple(items))


RATIONALE_014 = ("Leeftijd 15, geen concrete dreiging; ontwikkeling en schoolgang voorop; begrenzing online "
                 "gedrag via moeder en school.")
PROPORTIONALITY_014 = ("Lichtere route (alleen school) onvoldoende vanwege combinatie uitingen + verzuim + "
                       "online netwerk; geen strafrechtelijke inzet.")


def build_014(ctx: ServiceContext) -> Built:
    p = _partners(
        ctx,
        ("school", "Lindeveld College", "School", D.ONDERWIJS, T.EXTERNE_CASUSPARTNER),
        ("jeugdteam", "Jeugdteam Lindeveld", "Jeugdteam", D.SOCIAAL, T.EXTERNE_CASUSPARTNER),
        ("politie", "Politie Lindeveld", "Politie", D.VEILIGHEID, T.KERNPARTIJ),
        ("gemeente", "Gemeente Lindeveld (OOV)", "Gemeente", D.SOCIAAL, T.KERNPARTIJ),
        ("leerplicht", "Leerplicht Lindeveld", "Leerplicht", D.ONDERWIJS, T.EXTERNE_CASUSPARTNER),
        ("jongerenwerk", "Jongerenwerk Lindeveld", "Jongerenwerk", D.VOORVELD, T.EXTERNE_CASUSPARTNER),
    )
    case = cases.create_case(ctx, "LV-2025-014", LegalBasis.PGA, dt.date(2025, 2, 10)).id
    s1 = signals.record_signal(ctx, case, "Deelde in de klassen-app drie afbeeldingen met een 'zwarte zon'-"
                               "symbool en de tekst 'day of the rope'.", S.FEIT,
                               observed_on=dt.date(2025, 1, 31), partner_id=p["school"])
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 2, 26)).id
    item = meetings.add_case_item(ctx, meeting, case, invited_partner_ids=list(p.values())).id
    sheet = balance.open_sheet(ctx, case, meeting).id
    for side, domain, kind, weight, text in (
        (V, B.IDEOLOGIE_OVERTUIGING, S.FEIT, Weight.MIDDEN,
         "Herhaalde RE-symboliek en verheerlijking aanslagpleger (S1, S4)."),
        (V, B.NETWERK_CONTACTEN, S.FEIT, Weight.MIDDEN, "Onbekende online contacten, nachtelijk (S5)."),
        (V, B.CAPACITEIT_MIDDELEN, S.FEIT, Weight.LAAG, "Geen aanwijzing voor wapens (C1, C2)."),
        (Z, B.SCHOOL_WERK, S.FEIT, Weight.HOOG, "Oplopend verzuim (S2)."),
        (Z, B.IDENTITEIT_ZINGEVING, S.MENING, Weight.MIDDEN, "Zoekt erkenning/groep; mogelijk gepest (S3)."),
        (G, B.GEZIN_OPVOEDING, S.FEIT, None, "Moeder betrokken en meewerkend."),
        (G, B.SCHOOL_WERK, S.FEIT, None, "Goede band met mentor."),
        (G, B.SOCIAAL_NETWERK, S.FEIT, None, "Eerder positief contact met jongerenwerk (gamecafé)."),
    ):
        balance.add_entry(ctx, sheet, side, text, statement_type=kind, domain=domain, weight=weight)
    balance.set_weighing(ctx, sheet, Priority.ZORG_VOOROP, RATIONALE_014)
    balance.set_proportionality(ctx, sheet, PROPORTIONALITY_014)
    for key, score in (("school", 5), ("jeugdteam", 6), ("politie", 6), ("gemeente", 5), ("leerplicht", 5),
                       ("jongerenwerk", 6)):
        balance.set_rating(ctx, sheet, p[key], score)
    balance.set_consensus(ctx, sheet, 5)
    return Built(case, (meeting,), (sheet,), p, (s1.id,), (), (item,))

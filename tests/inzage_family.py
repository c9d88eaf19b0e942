"""A fictional family on a fresh vault, for subject requests and inzage (issue 16).

Mirjam K. (the primary person, holds gezag), her partner Ruben K. (no gezag over Sara) and her
daughter Sara K. (13). Signals from the jeugdteam (naming Ruben), the police, and the school passing
on what Sara said (Sara is its source); a reporter by name; informing Mirjam postponed; a meeting
with a decision shared with the jeugdteam, an action about Sara, and the jeugdteam's extract.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from casusoverleg_desktop.domain.enums import (
    BobPhase,
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
    cases,
    contributions,
    decisions,
    document_export,
    families,
    meetings,
    partners,
    signals,
)
from casusoverleg_desktop.services.context import ServiceContext

OPENED = dt.date(2026, 1, 12)
MEETING = dt.date(2026, 2, 3)
TODAY = dt.date(2026, 3, 2)
THIRD_PARTY_WORDS = ("Ruben", "Hekman", "Pinas", "Sara")  # never in Mirjam's released dossier


def at(ctx: ServiceContext, day: dt.date) -> ServiceContext:
    moment = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
    return dataclasses.replace(ctx, clock=lambda: moment)


@dataclass(frozen=True)
class Family:
    case_id: int
    code: str
    mirjam: int
    ruben: int
    sara: int
    jeugdteam: int
    politie: int
    meeting_id: int


def family_case(ctx: ServiceContext, code: str = "LV-2026-031") -> Family:
    ctx = at(ctx, MEETING)
    jeugdteam = partners.create_partner(ctx, "Jeugdteam Lindeveld", PartnerDomain.SOCIAAL,
                                        PartnerTier.EXTERNE_CASUSPARTNER, covenant_signed=True)
    politie = partners.create_partner(ctx, "Politie Lindeveld", PartnerDomain.VEILIGHEID,
                                      PartnerTier.KERNPARTIJ, covenant_signed=True)
    school = partners.create_partner(ctx, "Lindeveld College", PartnerDomain.ONDERWIJS,
                                     PartnerTier.EXTERNE_CASUSPARTNER, covenant_signed=True)
    pinas = partners.add_professional(ctx, jeugdteam.id, "R. Pinas", function="casusregisseur")
    case = cases.create_case(ctx, code, LegalBasis.PGA, OPENED, purpose="Veiligheid van het gezin herstellen")
    mirjam = cases.add_subject(ctx, case.id, "Mirjam K.", SubjectRole.PRIMAIR, age=41)
    ruben = cases.add_subject(ctx, case.id, "Ruben K.", SubjectRole.GERELATEERD, relation=Relation.PARTNER,
                              age=44)
    sara = cases.add_subject(ctx, case.id, "Sara K.", SubjectRole.GERELATEERD, relation=Relation.ANDERS,
                             date_of_birth=dt.date(2012, 9, 20), note="Dochter van Mirjam K.")
    families.set_gezag(ctx, sara.id, [mirjam.id])
    cases.add_reporter(ctx, case.id, OPENED, partner_id=school.id, person="J. Hekman", route="telefoon")
    signals.record_signal(ctx, case.id, "Mirjam K. vertelt dat Ruben K. 's avonds veel drinkt.",
                          StatementType.FEIT, observed_on=OPENED, partner_id=jeugdteam.id,
                          professional_id=pinas.id, concerns=[mirjam.id])
    signals.record_signal(ctx, case.id, "Melding huiselijk geweld op het woonadres van het gezin.",
                          StatementType.FEIT, observed_on=OPENED, partner_id=politie.id, concerns=[mirjam.id])
    signals.record_signal(ctx, case.id, "Op school vertelt zij dat er thuis elke avond ruzie is.",
                          StatementType.FEIT, observed_on=OPENED, partner_id=school.id,
                          concerns=[mirjam.id, sara.id], source_person=sara.id)
    cases.record_informed(ctx, case.id, mirjam.id, InformedStatus.UITGESTELD,
                          postponement_reason="Eerst het veiligheidsplan rond.",
                          review_date=dt.date(2026, 3, 1),
                          decision_moment="opname in aanpak")
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, MEETING)
    item = meetings.add_case_item(ctx, meeting.id, case.id, invited_partner_ids=[jeugdteam.id])
    contributions.add_contribution(ctx, item.id, jeugdteam.id, "Mirjam K. werkt goed mee aan het plan.",
                                   bob_phase=BobPhase.BEELDVORMING, statement_type=StatementType.FEIT)
    decision = decisions.record_decision(ctx, meeting.id, "Jeugdteam start gezinsbegeleiding bij Mirjam K.",
                                         agenda_item_id=item.id, case_id=case.id)
    decisions.share_decision(ctx, decision.id, [jeugdteam.id], acknowledge=True)
    actions.create_action(ctx, meeting.id, "Gesprek met Sara over thuis.", jeugdteam.id,
                          due_date=dt.date(2026, 2, 20), case_id=case.id, agenda_item_id=item.id,
                          concerned_subject_id=sara.id)
    document_export.export_extract(ctx, meeting.id, jeugdteam.id)
    return Family(case.id, code, mirjam.id, ruben.id, sara.id, jeugdteam.id, politie.id, meeting.id)

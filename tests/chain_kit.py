"""A municipality's chain entered as a coordinator would, through the services (no demo data).

``build_chain(ctx)`` makes the organisations, a concept version with two routes (one acute) and
returns their ids; ``adopt=True`` adopts it (the context's actor must be a chair).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from casusoverleg_desktop.domain.enums import ChainRole, PartnerDomain, PartnerTier
from casusoverleg_desktop.services import chain, partners
from casusoverleg_desktop.services.chain import StepFields
from casusoverleg_desktop.services.context import ServiceContext

R = ChainRole
IN_FORCE = dt.date(2026, 1, 1)


@dataclass(frozen=True)
class ChainKit:
    municipality_id: int
    version_id: int
    members: dict[str, int]
    worry_route: int
    acute_route: int
    steps: dict[str, int]


def build_chain(ctx: ServiceContext, municipality: str = "Wadmeer-Noord", adopt: bool = False,
                in_force_from: dt.date = IN_FORCE) -> ChainKit:
    orgs = {
        "school": ("Ludgercollege", PartnerDomain.ONDERWIJS, PartnerTier.EXTERNE_CASUSPARTNER),
        "gemeente": ("Gemeente Wadmeer-Noord", PartnerDomain.SOCIAAL, PartnerTier.KERNPARTIJ),
        "zvh": ("Zorg- en Veiligheidshuis Wadmeer", PartnerDomain.VEILIGHEID, PartnerTier.KERNPARTIJ),
        "politie": ("Politie Wadmeer", PartnerDomain.VEILIGHEID, PartnerTier.KERNPARTIJ),
        "ggz": ("GGZ Wadmeer", PartnerDomain.ZORG, PartnerTier.EXTERNE_CASUSPARTNER),
    }
    existing = {p.name: p.id for p in partners.list_partners(ctx)}
    ids = {key: existing.get(name) or partners.create_partner(ctx, name, domain, tier).id
           for key, (name, domain, tier) in orgs.items()}
    municipality_id = chain.create_municipality(ctx, municipality).id
    version = chain.new_version(ctx, municipality_id, in_force_from, note="Eerste versie")
    members = {
        "school": chain.add_member(ctx, version.id, ids["school"], R.VOORVELD,
                                   contact_function="Zorgcoördinator", contact_phone="0519-123456").id,
        "meldpunt": chain.add_member(ctx, version.id, ids["gemeente"], R.MELDPUNT,
                                     contact_function="Meldpunt radicalisering", contact_phone="14 0519",
                                     contact_email="meldpunt.radicalisering@wadmeer.nl").id,
        "weging": chain.add_member(ctx, version.id, ids["zvh"], R.WEGING,
                                   contact_function="Weegploeg", contact_email="weegploeg@zvhwadmeer.nl").id,
        "casusoverleg": chain.add_member(ctx, version.id, ids["zvh"], R.CASUSOVERLEG,
                                         contact_function="Procesregie casusoverleg",
                                         contact_email="casusoverleg@zvhwadmeer.nl").id,
        "acuut": chain.add_member(ctx, version.id, ids["politie"], R.ACUUT,
                                  contact_function="Meldkamer (bij acuut gevaar)", contact_phone="112").id,
        "ggz": chain.add_member(ctx, version.id, ids["ggz"], R.OPVOLGING,
                                contact_function="Aanmelding", contact_phone="0519-654321").id,
    }
    worry = chain.add_route(ctx, version.id, "Zorgen over radicalisering",
                            worry="U maakt zich zorgen over iemand die radicaliseert.")
    receive = chain.add_step(ctx, worry.id, StepFields(
        members["meldpunt"], "Meldpunt neemt de melding aan", 1,
        information="Vastgelegd in het registratiesysteem van het meldpunt", person_informed=False,
        promise="Ontvangst bevestigd en wie de melding oppakt", promise_days=5))
    weigh = chain.add_step(ctx, worry.id, StepFields(members["weging"], "Weegploeg weegt de melding", 10),
                           after_step_id=receive.id)
    meet = chain.add_step(ctx, worry.id, StepFields(
        members["casusoverleg"], "Bespreking in het casusoverleg", 15, person_informed=True,
        promise="Of de melding wordt opgepakt (geen inhoud)", promise_days=20),
        after_step_id=weigh.id, label="bij zorgen")
    care = chain.add_step(ctx, worry.id, StepFields(members["ggz"], "Reguliere zorg", 10),
                          after_step_id=weigh.id, label="geen zorgen over radicalisering")
    acute = chain.add_route(ctx, version.id, "Acute dreiging", is_acute=True,
                            worry="Er dreigt nu gevaar voor iemand.")
    call = chain.add_step(ctx, acute.id, StepFields(
        members["acuut"], "Bel 112", 0, promise="De politie handelt direct; het meldpunt hoort het",
        promise_days=1))
    follow = chain.add_step(ctx, acute.id, StepFields(members["meldpunt"], "Meldpunt volgt op", 1),
                            after_step_id=call.id)
    if adopt:
        chain.adopt_version(ctx, version.id)
    return ChainKit(municipality_id, version.id, members, worry.id, acute.id,
                    {"receive": receive.id, "weigh": weigh.id, "meet": meet.id, "care": care.id,
                     "call": call.id, "follow": follow.id})

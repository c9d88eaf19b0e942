"""A small fictional region on a real vault: partners, professionals and one case."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from casusoverleg_desktop.domain.enums import (
    AssessmentOutcome,
    CaseStatus,
    LegalBasis,
    PartnerDomain,
    PartnerTier,
)
from casusoverleg_desktop.services import assessments, cases, partners
from casusoverleg_desktop.services.assessments import PanelMember
from casusoverleg_desktop.services.cases import CaseSummary
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.partners import PartnerInfo, ProfessionalInfo

D, T = PartnerDomain, PartnerTier


@dataclass(frozen=True)
class Region:
    school: PartnerInfo
    jeugdteam: PartnerInfo
    politie: PartnerInfo
    gemeente: PartnerInfo
    om: PartnerInfo
    ggz: PartnerInfo
    mentor: ProfessionalInfo
    zorgcoordinator: ProfessionalInfo
    casusregisseur: ProfessionalInfo
    psychiater: ProfessionalInfo


@pytest.fixture
def region(ctx: ServiceContext) -> Region:
    def partner(name: str, domain: PartnerDomain, tier: PartnerTier) -> PartnerInfo:
        return partners.create_partner(ctx, name, domain, tier, covenant_signed=True)

    school = partner("Lindeveld College", D.ONDERWIJS, T.EXTERNE_CASUSPARTNER)
    jeugdteam = partner("Jeugdteam Lindeveld", D.SOCIAAL, T.EXTERNE_CASUSPARTNER)
    ggz = partner("GGZ Lindeveld", D.ZORG, T.EXTERNE_CASUSPARTNER)
    return Region(
        school=school, jeugdteam=jeugdteam,
        politie=partner("Politie Lindeveld", D.VEILIGHEID, T.KERNPARTIJ),
        gemeente=partner("Gemeente Lindeveld (OOV)", D.SOCIAAL, T.KERNPARTIJ),
        om=partner("Openbaar Ministerie", D.VEILIGHEID, T.KERNPARTIJ),
        ggz=ggz,
        mentor=partners.add_professional(ctx, school.id, "mentor klas 3B", function="mentor"),
        zorgcoordinator=partners.add_professional(ctx, school.id, "J. Hekman",
                                                  function="zorgcoördinator"),
        casusregisseur=partners.add_professional(ctx, jeugdteam.id, "R. Pinas",
                                                 function="casusregisseur"),
        psychiater=partners.add_professional(ctx, ggz.id, "dr. P. Reijnders", function="psychiater",
                                             qualified_for_diagnosis=True),
    )


@pytest.fixture
def case(ctx: ServiceContext) -> CaseSummary:
    return cases.create_case(ctx, "LV-2025-014", LegalBasis.PGA, dt.date(2025, 2, 10),
                             purpose="Persoonsgerichte aanpak radicalisering")


@pytest.fixture
def admitted_case(ctx: ServiceContext, case: CaseSummary, region: Region) -> CaseSummary:
    """The case after screening and a weging with outcome 'opgenomen in aanpak'."""
    cases.transition_case(ctx, case.id, CaseStatus.SCREENING, "Screening gestart")
    cases.transition_case(ctx, case.id, CaseStatus.WEGING, "Screening compleet")
    assessments.record_assessment(
        ctx, case.id, dt.date(2025, 2, 12), AssessmentOutcome.OPGENOMEN_IN_AANPAK,
        "Meerdere feitelijke uitingen; geen concrete dreiging.",
        [PanelMember(region.gemeente.id, panel_role="voorzitter weegploeg"),
         PanelMember(region.politie.id), PanelMember(region.om.id)],
        outcome_detail="aanpak via ZVH – ICO",
    )
    return case

"""The invented region of the demo vault: Zorg- en Veiligheidshuis Wadmeer, its partners and people.

Every organisation, place and person here is fictional. The towns Kolkum and Bremerdijk and the
region Wadmeer do not exist.
"""

from __future__ import annotations

from dataclasses import dataclass

from casusoverleg_desktop.domain.enums import PartnerDomain, PartnerTier

D, T = PartnerDomain, PartnerTier

REGION = "Zorg- en Veiligheidshuis Wadmeer"
CODE_PREFIX = "WM"
LOCATION = "ZVH Wadmeer, vergaderzaal Kolk, Stationsweg 14, Kolkum"

CHAIR_LOGIN, CHAIR_NAME = "voorzitter", "Ingrid Postma"
SECRETARY_LOGIN, SECRETARY_NAME = "notulist", "Jeroen Aalbers"


@dataclass(frozen=True)
class DemoPartner:
    key: str
    name: str
    short_name: str
    domain: PartnerDomain
    tier: PartnerTier
    covenant_signed: bool = True


@dataclass(frozen=True)
class DemoProfessional:
    key: str
    partner: str
    name: str
    function: str
    qualified_for_diagnosis: bool = False


PARTNERS = (
    DemoPartner("zvh", REGION, "ZVH Wadmeer", D.VEILIGHEID, T.KERNPARTIJ),
    DemoPartner("gemeente", "Gemeente Wadmeer", "Gemeente", D.SOCIAAL, T.KERNPARTIJ),
    DemoPartner("politie", "Politie basisteam Wadmeer-Noord", "Politie", D.VEILIGHEID,
                T.KERNPARTIJ),
    DemoPartner("om", "Openbaar Ministerie, parket Wadmeer", "OM", D.VEILIGHEID, T.KERNPARTIJ),
    DemoPartner("reclassering", "Reclassering, unit Wadmeer", "Reclassering", D.VEILIGHEID,
                T.CASUSPARTIJ),
    DemoPartner("raad", "Raad voor de Kinderbescherming, locatie Wadmeer", "RvdK", D.SOCIAAL,
                T.CASUSPARTIJ),
    DemoPartner("veilig_thuis", "Veilig Thuis Wadmeer", "Veilig Thuis", D.ZORG,
                T.EXTERNE_CASUSPARTNER),
    DemoPartner("ggz", "GGZ Wadmeer", "GGZ", D.ZORG, T.EXTERNE_CASUSPARTNER),
    DemoPartner("jeugdteam", "Jeugdteam Kolkum", "Jeugdteam", D.SOCIAAL, T.EXTERNE_CASUSPARTNER),
    DemoPartner("school", "Scholengemeenschap De Kolk", "De Kolk", D.ONDERWIJS,
                T.EXTERNE_CASUSPARTNER),
    DemoPartner("leerplicht", "Leerplicht Wadmeer", "Leerplicht", D.ONDERWIJS,
                T.EXTERNE_CASUSPARTNER),
    DemoPartner("jongerenwerk", "Stichting Jongerenwerk Bremerdijk", "Jongerenwerk", D.VOORVELD,
                T.EXTERNE_CASUSPARTNER, covenant_signed=False),
)

PROFESSIONALS = (
    DemoProfessional("chair", "zvh", CHAIR_NAME, "procesregisseur"),
    DemoProfessional("secretary", "zvh", SECRETARY_NAME, "secretaris"),
    DemoProfessional("oov", "gemeente", "Fatima el Idrissi", "adviseur openbare orde en veiligheid"),
    DemoProfessional("sociaal", "gemeente", "Koen Dijkgraaf", "regisseur sociaal domein"),
    DemoProfessional("wijkagent", "politie", "Ruud Kamminga", "wijkagent Kolkum"),
    DemoProfessional("politie_zvh", "politie", "Sandra Hulshof", "contactpersoon ZVH"),
    DemoProfessional("officier", "om", "mr. Pieter Wolters", "officier van justitie"),
    DemoProfessional("reclasseerder", "reclassering", "Mirjam Terpstra", "reclasseringswerker"),
    DemoProfessional("raadsonderzoeker", "raad", "Gerrit Oosterhuis", "raadsonderzoeker"),
    DemoProfessional("vt", "veilig_thuis", "Nadia Bouzid", "casemanager"),
    DemoProfessional("psycholoog", "ggz", "drs. Elise van Rijn", "GZ-psycholoog",
                     qualified_for_diagnosis=True),
    DemoProfessional("spv", "ggz", "Hidde Brouwer", "sociaal psychiatrisch verpleegkundige"),
    DemoProfessional("jeugdprof", "jeugdteam", "Anouk Spijkerman", "jeugdprofessional"),
    DemoProfessional("mentor", "school", "Bram Hoekstra", "mentor klas 2C"),
    DemoProfessional("zoco", "school", "Wilma de Boer", "zorgcoördinator"),
    DemoProfessional("lpa", "leerplicht", "Youssef Tahiri", "leerplichtambtenaar"),
    DemoProfessional("jongerenwerker", "jongerenwerk", "Demi Kuipers", "jongerenwerker"),
)

"""The invented region of the demo vault: Zorg- en Veiligheidshuis Wadmeer, its partners and people.

Every organisation, place and person here is fictional. The towns Kolkum and Bremerdijk and the
region Wadmeer do not exist. The region serves two municipalities, Wadmeer (with Kolkum) and
Bremerdijk, each with its own chain around the case meeting (``CHAINS``).
"""

from __future__ import annotations

from dataclasses import dataclass

from casusoverleg_desktop.domain.enums import ChainLane, ChainRole, PartnerDomain, PartnerTier

D, T, R = PartnerDomain, PartnerTier, ChainRole

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
    DemoPartner("bremerdijk", "Gemeente Bremerdijk", "Gem. Bremerdijk", D.SOCIAAL, T.KERNPARTIJ),
    DemoPartner("wijkteam", "Wijkteam Bremerdijk", "Wijkteam", D.SOCIAAL, T.EXTERNE_CASUSPARTNER),
    DemoPartner("steunpunt", "Landelijk Steunpunt Extremisme", "LSE", D.SOCIAAL, T.EXTERNE_CASUSPARTNER,
                covenant_signed=False),
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
    DemoProfessional("aandachtsfunctionaris", "bremerdijk", "Sanne Veenstra",
                     "aandachtsfunctionaris radicalisering"),
    DemoProfessional("wijkcoach", "wijkteam", "Lotte Bosma", "wijkcoach"),
    DemoProfessional("lse_adviseur", "steunpunt", "Tom Hessels", "adviseur"),
)


# --- The chains of the two municipalities -----------------------------------------------------


@dataclass(frozen=True)
class DemoMember:
    partner: str
    role: ChainRole
    function: str
    phone: str | None = None
    email: str | None = None
    lane: ChainLane | None = None  # None: the lane of the partner's domain

    @property
    def key(self) -> str:
        return f"{self.partner}:{self.role.value}"


@dataclass(frozen=True)
class DemoStep:
    member: str  # DemoMember.key
    action: str
    within_days: int
    after: tuple[tuple[int, str | None], ...] = ()  # (number of an earlier step, from 1; label)
    information: str | None = None
    person_informed: bool = False
    promise: str | None = None
    promise_days: int | None = None


@dataclass(frozen=True)
class DemoRoute:
    name: str
    worry: str
    steps: tuple[DemoStep, ...]
    is_acute: bool = False


@dataclass(frozen=True)
class DemoChain:
    municipality: str
    members: tuple[DemoMember, ...]
    routes: tuple[DemoRoute, ...]


RADICALISERING, ACUUT, HUISELIJK_GEWELD, MINDERJARIGE = (
    "Zorgen over radicalisering", "Acute dreiging", "Huiselijk geweld", "Zorgen over een minderjarige")
_RECEIVED = "U hoort dat de melding binnen is en wie hem oppakt."
_WEIGHED = "U hoort of de melding in het casusoverleg komt (niet wat er besproken wordt)."
_DISCUSSED = "U hoort dat de casus besproken is en of er van u iets wordt gevraagd."
_NEED_TO_KNOW = ("Alleen wat nodig is wordt gedeeld met de partners in het ZVH; de persoon hoort dat er "
                 "een melding is, tenzij dat de veiligheid in gevaar brengt.")


def _members(meldpunt: str, mail_domain: str, voorveld: DemoMember,
             team: DemoMember) -> tuple[DemoMember, ...]:
    return (
        voorveld,
        DemoMember(meldpunt, R.MELDPUNT, "Meldpunt zorg en veiligheid", phone="14 0517",
                   email=f"meldpunt@{mail_domain}"),
        DemoMember("steunpunt", R.ADVIES, "Adviespunt voor professionals", phone="030-711 22 00",
                   email="advies@steunpuntextremisme.nl"),
        DemoMember("zvh", R.WEGING, "Weegploeg (secretariaat)", email="weegploeg@zvhwadmeer.nl"),
        DemoMember("zvh", R.CASUSOVERLEG, "Procesregie casusoverleg", phone="0517-420 000",
                   email="casusoverleg@zvhwadmeer.nl"),
        DemoMember("politie", R.ACUUT, "Meldkamer politie (bij acuut gevaar)", phone="112"),
        DemoMember("veilig_thuis", R.ADVIES, "Advieslijn Veilig Thuis", phone="0800-2000"),
        DemoMember("veilig_thuis", R.OPVOLGING, "Veilig Thuis (onderzoek en voortgang)",
                   email="info@veiligthuiswadmeer.nl"),
        DemoMember("ggz", R.OPVOLGING, "Aanmelding GGZ", phone="0517-430 300"),
        team,
    )


def _routes(meldpunt: str, team: str, domestic_violence: bool) -> tuple[DemoRoute, ...]:
    contact, team = f"{meldpunt}:meldpunt", f"{team}:opvolging"
    routes = [
        DemoRoute(RADICALISERING, "U maakt zich zorgen dat iemand radicaliseert of extreme ideeën krijgt; "
                  "er dreigt nu geen gevaar.", (
            DemoStep(contact, "Meldpunt neemt de melding aan en vraagt door", 1, information=_NEED_TO_KNOW,
                     promise=_RECEIVED, promise_days=5),
            DemoStep("steunpunt:advies", "Meldpunt vraagt advies aan het Landelijk Steunpunt Extremisme", 5,
                     after=((1, "bij twijfel"),)),
            DemoStep("zvh:weging", "Weegploeg weegt de melding", 10, after=((1, None), (2, None)),
                     promise=_WEIGHED, promise_days=15),
            DemoStep("zvh:casusoverleg", "Bespreking in het casusoverleg (ICO)", 20,
                     after=((3, "opgenomen in de aanpak"),), person_informed=True, promise=_DISCUSSED,
                     promise_days=40),
            DemoStep(team, "Het team biedt hulp", 10, after=((3, "geen aanpak nodig"),),
                     person_informed=True),
        )),
        DemoRoute(ACUUT, "Iemand dreigt nu geweld te gebruiken of er is direct gevaar.", (
            DemoStep("politie:acuut", "Bel 112", 0, information="De politie legt de melding vast.",
                     promise="De politie komt direct; het meldpunt belt u de volgende werkdag.",
                     promise_days=1),
            DemoStep(contact, "Meldpunt volgt op met politie en ZVH", 1, after=((1, None),)),
            DemoStep("zvh:weging", "Spoedweging in de weegploeg", 2, after=((2, None),)),
        ), is_acute=True),
    ]
    if domestic_violence:
        routes.append(DemoRoute(HUISELIJK_GEWELD, "U vermoedt huiselijk geweld of kindermishandeling.", (
            DemoStep("veilig_thuis:advies", "Advies of melding bij Veilig Thuis (0800-2000)", 1,
                     promise="Veilig Thuis laat weten wat het met uw melding doet.", promise_days=5),
            DemoStep("veilig_thuis:opvolging", "Veilig Thuis onderzoekt de veiligheid", 10,
                     after=((1, None),), person_informed=True),
            DemoStep("zvh:weging", "Weegploeg weegt: zijn zorg én strafrecht nodig?", 10,
                     after=((2, "bij strafbare feiten of zorgen in meer domeinen"),)),
            DemoStep("zvh:casusoverleg", "Bespreking in het casusoverleg (ICO)", 20, after=((3, None),),
                     person_informed=True, promise=_DISCUSSED, promise_days=40),
        )))
    routes.append(DemoRoute(MINDERJARIGE, "U maakt zich zorgen over de veiligheid of de ontwikkeling van een "
                            "kind of jongere.", (
        DemoStep(contact, "Meldpunt neemt de melding aan", 1, information=_NEED_TO_KNOW, promise=_RECEIVED,
                 promise_days=5),
        DemoStep("zvh:weging", "Weegploeg weegt de melding", 10, after=((1, None),), promise=_WEIGHED,
                 promise_days=15),
        DemoStep("zvh:casusoverleg", "Bespreking in het casusoverleg (ICO)", 20,
                 after=((2, "opgenomen in de aanpak"),), person_informed=True, promise=_DISCUSSED,
                 promise_days=40),
        DemoStep(team, "Het team biedt hulp", 10, after=((2, "geen aanpak nodig"),), person_informed=True),
    )))
    return tuple(routes)


CHAINS = (
    DemoChain("Wadmeer", _members(
        "gemeente", "wadmeer.nl", DemoMember("school", R.VOORVELD, "Zorgcoördinator", email="zorg@dekolk.nl"),
        DemoMember("jeugdteam", R.OPVOLGING, "Jeugdteam (aanmelding)", phone="0517-410 410")),
        _routes("gemeente", "jeugdteam", domestic_violence=True)),
    DemoChain("Bremerdijk", _members(
        "bremerdijk", "bremerdijk.nl",
        DemoMember("jongerenwerk", R.VOORVELD, "Jongerenwerk (teamleider)", phone="0517-440 120",
                   email="team@jongerenwerkbremerdijk.nl"),
        DemoMember("wijkteam", R.OPVOLGING, "Wijkteam (aanmelding)", phone="0517-450 450")),
        _routes("bremerdijk", "wijkteam", domestic_violence=False)),
)

"""The users' vocabulary as enums: stable snake_case values, Dutch labels for screens and papers."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Self


class LabelledEnum(StrEnum):
    """A string enum whose members carry a Dutch label: ``FEIT = "feit", "Feit"``."""

    label: str

    if TYPE_CHECKING:
        # Once the class exists, calling it looks a member up by its value; mypy would otherwise
        # ask for the label there too (python/mypy#10573).
        def __new__(cls, value: str) -> Self: ...

    else:
        def __new__(cls, value: str, label: str) -> LabelledEnum:
            member = str.__new__(cls, value)
            member._value_ = value
            member.label = label
            return member

    @classmethod
    def choices(cls) -> str:
        """The allowed values as one Dutch phrase, for messages."""
        return ", ".join(member.value for member in cls)


class PartnerDomain(LabelledEnum):
    SOCIAAL = "sociaal", "Sociaal domein"
    ZORG = "zorg", "Zorg"
    VEILIGHEID = "veiligheid", "Veiligheid"
    ONDERWIJS = "onderwijs", "Onderwijs"
    VOORVELD = "voorveld", "Voorveld"


class PartnerTier(LabelledEnum):
    KERNPARTIJ = "kernpartij", "Kernpartij"
    CASUSPARTIJ = "casuspartij", "Casuspartij"
    EXTERNE_CASUSPARTNER = "externe_casuspartner", "Externe casuspartner"


class LegalBasis(LabelledEnum):
    PGA = "pga", "Wet gegevensverwerking PGA"
    ZVH_WGS = "zvh_wgs", "WGS (Zorg- en Veiligheidshuis)"
    CONVENANT = "convenant", "Convenant"


class CaseStatus(LabelledEnum):
    SIGNAAL_ONTVANGEN = "signaal_ontvangen", "Signaal ontvangen"
    SCREENING = "screening", "Screening en verrijking"
    WEGING = "weging", "Weging"
    GEEN_ACTIE_NODIG = "geen_actie_nodig", "Geen actie nodig"
    MEER_INFORMATIE_NODIG = "meer_informatie_nodig", "Meer informatie nodig"
    ADVIES_AAN_MELDER = "advies_aan_melder", "Advies aan melder"
    STRAFRECHTELIJK_SPOOR = "strafrechtelijk_spoor", "Strafrechtelijk spoor"
    OPGENOMEN_IN_AANPAK = "opgenomen_in_aanpak", "Opgenomen in aanpak"
    BEELD_EN_OORDEELSVORMING = "beeld_en_oordeelsvorming", "Beeld- en oordeelsvorming"
    PLAN_VASTGESTELD = "plan_vastgesteld", "Plan van aanpak vastgesteld"
    UITVOERING = "uitvoering", "Uitvoering"
    MONITORING = "monitoring", "Monitoring"
    NAZORG = "nazorg", "Nazorg"
    AFGESLOTEN = "afgesloten", "Afgesloten"
    BEWAARTERMIJN_LOOPT = "bewaartermijn_loopt", "Bewaartermijn loopt"
    VERNIETIGD = "vernietigd", "Vernietigd"


class AssessmentOutcome(LabelledEnum):
    """The outcomes of a weging; each leads the case to the status of the same name."""

    GEEN_ACTIE_NODIG = "geen_actie_nodig", "Geen actie nodig"
    MEER_INFORMATIE_NODIG = "meer_informatie_nodig", "Meer informatie nodig"
    ADVIES_AAN_MELDER = "advies_aan_melder", "Advies aan melder (reguliere zorg)"
    STRAFRECHTELIJK_SPOOR = "strafrechtelijk_spoor", "Strafrechtelijk spoor (OM)"
    OPGENOMEN_IN_AANPAK = "opgenomen_in_aanpak", "Opgenomen in aanpak"

    @property
    def case_status(self) -> CaseStatus:
        return CaseStatus(self.value)


class ClosureReason(LabelledEnum):
    DOELEN_BEREIKT = "doelen_bereikt", "Doelen bereikt"
    OVERGEDRAGEN = "overgedragen", "Overgedragen aan reguliere zorg"
    VERHUISD = "verhuisd", "Verhuisd"
    GEDETINEERD = "gedetineerd", "Gedetineerd"
    GEEN_ACTIE = "geen_actie", "Geen actie nodig na weging"
    ANDERS = "anders", "Anders"


class SubjectRole(LabelledEnum):
    PRIMAIR = "primair", "Betrokkene"
    GERELATEERD = "gerelateerd", "Gerelateerde"


class Relation(LabelledEnum):
    MOEDER = "moeder", "Moeder"
    VADER = "vader", "Vader"
    BROER_ZUS = "broer_zus", "Broer of zus"
    PARTNER = "partner", "Partner"
    VOOGD = "voogd", "Voogd"
    GROOTOUDER = "grootouder", "Grootouder"
    ANDERS = "anders", "Anders"


class StatementType(LabelledEnum):
    FEIT = "feit", "Feit"
    MENING = "mening", "Mening"
    HYPOTHESE = "hypothese", "Hypothese"


class DataCategory(LabelledEnum):
    GEWOON = "gewoon", "Gewoon"
    BIJZONDER = "bijzonder", "Bijzonder persoonsgegeven"
    STRAFRECHTELIJK = "strafrechtelijk", "Strafrechtelijk gegeven"

    @property
    def is_marked(self) -> bool:
        """Special-category and criminal data carry a visible marker wherever they appear."""
        return self is not DataCategory.GEWOON


class Verification(LabelledEnum):
    ONBEVESTIGD = "onbevestigd", "Niet bevestigd"
    BEVESTIGD = "bevestigd", "Bevestigd"
    WEERLEGD = "weerlegd", "Weerlegd"


class InformedStatus(LabelledEnum):
    """Informed, postponed (a reason and a review date) or not informed (a reason, no review)."""

    JA = "ja", "Geïnformeerd"
    NEE = "nee", "Niet geïnformeerd"
    UITGESTELD = "uitgesteld", "Uitgesteld"


class EscalationDirection(LabelledEnum):
    OPSCHALEN = "opschalen", "Opschalen"
    AFSCHALEN = "afschalen", "Afschalen"


class CaseNoteKind(LabelledEnum):
    """Structured notes on a case that are not signals: history, release, basic conditions."""

    VOORGESCHIEDENIS = "voorgeschiedenis", "Voorgeschiedenis"
    SCREENING = "screening", "Screening en verrijking"
    INVRIJHEIDSTELLING = "invrijheidstelling", "Invrijheidstelling"
    BIJZONDERE_VOORWAARDE = "bijzondere_voorwaarde", "Bijzondere voorwaarde"
    BASISVOORWAARDE = "basisvoorwaarde", "Basisvoorwaarde"
    OVERIG = "overig", "Overig"


class MeetingType(LabelledEnum):
    ICO_MDO = "ico_mdo", "ICO/MDO (casusoverleg)"
    WEEGPLOEG = "weegploeg", "Weegploeg/triage"
    I2O = "i2o", "i2O (signaaloverleg)"
    MAR = "mar", "MAR (re-integratie na detentie)"
    SPOEDOVERLEG = "spoedoverleg", "Spoedoverleg"

    @property
    def short_label(self) -> str:
        """'ICO/MDO' for 'ICO/MDO (casusoverleg)': in titles and sentences."""
        return self.label.split(" (")[0]


class MeetingStatus(LabelledEnum):
    IN_VOORBEREIDING = "in_voorbereiding", "In voorbereiding"
    GEPLAND = "gepland", "Gepland"
    GEHOUDEN = "gehouden", "Gehouden"
    GEANNULEERD = "geannuleerd", "Geannuleerd"


class Attendance(LabelledEnum):
    AANWEZIG = "aanwezig", "Aanwezig"
    AFWEZIG_MK = "afwezig_mk", "Afwezig m.k."
    AFWEZIG_ZK = "afwezig_zk", "Afwezig z.k."


class AgendaItemKind(LabelledEnum):
    OPENING = "opening", "Opening"
    VASTSTELLEN_AGENDA = "vaststellen_agenda", "Vaststellen agenda"
    VERSLAG_VORIGE = "verslag_vorige", "Verslag vorige vergadering"
    MEDEDELINGEN = "mededelingen", "Mededelingen"
    CASUS = "casus", "Casusbespreking"
    RONDVRAAG = "rondvraag", "Rondvraag"
    SLUITING = "sluiting", "Sluiting"


class BobPhase(LabelledEnum):
    BEELDVORMING = "beeldvorming", "Beeldvorming"
    OORDEELSVORMING = "oordeelsvorming", "Oordeelsvorming"
    BESLUITVORMING = "besluitvorming", "Besluitvorming"


class ActionStatus(LabelledEnum):
    OPEN = "open", "Open"
    LOOPT = "loopt", "Loopt"
    AFGEROND = "afgerond", "Afgerond"
    VERVALLEN = "vervallen", "Vervallen"
    OVERGEDRAGEN = "overgedragen", "Overgedragen"

    @property
    def is_closed(self) -> bool:
        return self in (ActionStatus.AFGEROND, ActionStatus.VERVALLEN, ActionStatus.OVERGEDRAGEN)


class MinutesStatus(LabelledEnum):
    CONCEPT = "concept", "Concept"
    VASTGESTELD = "vastgesteld", "Vastgesteld"
    ONDERTEKEND = "ondertekend", "Ondertekend"


# --- Privacy duties (families, requests through the contact point, redaction) ------------------


class PersonRelation(LabelledEnum):
    """How one person of a case relates to another; 'kind van' is stored as the other's 'ouder van'."""

    OUDER_VAN = "ouder_van", "ouder van"
    KIND_VAN = "kind_van", "kind van"
    PARTNER = "partner", "partner van"
    EX_PARTNER = "ex_partner", "ex-partner van"
    BROER_ZUS = "broer_zus", "broer of zus van"
    ANDERS = "anders", "anders"


class StatementRole(LabelledEnum):
    """A person named by a signal or contribution: whom it concerns, or who said it (a source)."""

    BETREFT = "betreft", "Betreft"
    BRON = "bron", "Bron"


class RequestKind(LabelledEnum):
    """The rights a person exercises through the contact point (AVG art. 15–21)."""

    INZAGE = "inzage", "Inzage"
    RECTIFICATIE = "rectificatie", "Rectificatie"
    VERWIJDERING = "verwijdering", "Verwijdering"
    BEPERKING = "beperking", "Beperking"
    BEZWAAR = "bezwaar", "Bezwaar"


class Requester(LabelledEnum):
    BETROKKENE = "betrokkene", "De persoon zelf"
    OUDER = "ouder", "Een ouder"
    VOOGD = "voogd", "Een voogd"
    ADVOCAAT = "advocaat", "Een advocaat"


class RequestStatus(LabelledEnum):
    ONTVANGEN = "ontvangen", "Ontvangen"
    IN_BEHANDELING = "in_behandeling", "In behandeling"
    AFGEHANDELD = "afgehandeld", "Afgehandeld"
    AFGEWEZEN = "afgewezen", "Afgewezen"
    INGETROKKEN = "ingetrokken", "Ingetrokken"

    @property
    def is_open(self) -> bool:
        return self in (RequestStatus.ONTVANGEN, RequestStatus.IN_BEHANDELING)


class RedactionChoice(LabelledEnum):
    """What the chair decides for an item that would reveal a third party (AVG art. 15(4), 23)."""

    TONEN = "tonen", "Tonen"
    WEGLAKKEN = "weglakken", "Weglakken"
    ACHTERHOUDEN = "achterhouden", "Achterhouden"


class ChainRole(LabelledEnum):
    """What an organisation does in a municipality's chain around the case meeting."""

    VOORVELD = "voorveld", "Voorveld (signaleert en meldt)"
    MELDPUNT = "meldpunt", "Meldpunt / aanspreekpunt"
    ADVIES = "advies", "Advies"
    WEGING = "weging", "Weging / triage"
    CASUSOVERLEG = "casusoverleg", "Casusoverleg (ICO/MDO)"
    ACUUT = "acuut", "Acuut (politie, 112)"
    OPVOLGING = "opvolging", "Opvolging zorg en veiligheid"


class ChainLane(LabelledEnum):
    """The swimlanes of the flowchart, one per domain."""

    VOORVELD = "voorveld", "Voorveld"
    SOCIAAL = "sociaal", "Sociaal domein"
    ZORG = "zorg", "Zorg"
    VEILIGHEID = "veiligheid", "Veiligheid"

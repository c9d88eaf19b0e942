"""How long case content is kept after closure, per legal basis, and what that asks of the signing
certificates that must stay verifiable as long."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from casusoverleg_desktop.domain.enums import LegalBasis
from casusoverleg_desktop.domain.moments import add_months
from casusoverleg_desktop.errors import ValidationError

DAYS_PER_YEAR = 365.25


@dataclass(frozen=True)
class CertificatePolicy:
    """Certificate lifetimes that outlast the retention period of what they sign.

    A user certificate lasts the longest retention period plus a margin, so what it signs early in
    its life is checked against a certificate still valid until the record may be destroyed (later
    signatures are checked as of their moment of signing). The vault CA lasts ``issuing_years``
    longer, so every certificate it issues in that time gets the full term.
    """

    retention_years: int = 5  # a PGA covenant: five years after the case is closed
    margin_years: int = 2
    issuing_years: int = 10

    def __post_init__(self) -> None:
        if self.retention_years < 1 or min(self.margin_years, self.issuing_years) < 0:
            raise ValidationError("Een bewaartermijn is minstens één jaar; marges zijn niet negatief.")

    @property
    def user_validity(self) -> dt.timedelta:
        return _years(self.retention_years + self.margin_years)

    @property
    def ca_validity(self) -> dt.timedelta:
        return _years(self.retention_years + self.margin_years + self.issuing_years)


def _years(count: int) -> dt.timedelta:
    return dt.timedelta(days=round(count * DAYS_PER_YEAR))


@dataclass(frozen=True)
class SuggestedPeriod:
    """A shipped retention period: a suggestion until a chair sets it as the FG decided."""

    years: int
    source: str


SUGGESTED_PERIODS: dict[LegalBasis, SuggestedPeriod] = {
    LegalBasis.PGA: SuggestedPeriod(5, "Convenant PGA (2017): vijf jaar na afsluiting van de casus."),
    LegalBasis.ZVH_WGS: SuggestedPeriod(
        5, "Voorstel naar het convenant PGA (2017); de WGS en het Besluit laten de termijn aan het "
           "samenwerkingsverband."),
    LegalBasis.CONVENANT: SuggestedPeriod(5, "Voorstel naar het convenant PGA (2017); het eigen convenant "
                                             "bepaalt de termijn."),
}
NOT_YET_SET = "vast te stellen door de FG"
MIN_YEARS, MAX_YEARS = 1, 30


def check_period(years: int) -> int:
    if not MIN_YEARS <= years <= MAX_YEARS:
        raise ValidationError(
            f"Een bewaartermijn ligt tussen {MIN_YEARS} en {MAX_YEARS} jaar; {years} kan niet.")
    return years


def keep_until(closed_on: dt.date, years: int) -> dt.date:
    """``years`` calendar years after closure (29 February becomes 28 February)."""
    return add_months(closed_on, 12 * years)

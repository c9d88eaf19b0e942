"""How long signed records must stay verifiable, and what that asks of the signing certificates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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

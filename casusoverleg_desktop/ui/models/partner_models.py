"""Table models of the Ketenpartners page: partners and their professionals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from casusoverleg_desktop.services.partners import PartnerInfo, ProfessionalInfo

from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.base import Column, TableModel, tr
from casusoverleg_desktop.ui.theme import Palette


def _yes_no(value: bool) -> str:
    return tr("ja") if value else tr("nee")


class PartnerModel(TableModel[PartnerInfo]):
    NAME, SHORT_NAME, DOMAIN, TIER, COVENANT = range(5)
    columns = (
        Column("Naam", lambda p: p.name, tooltip=lambda p: p.name),
        Column("Afkorting", lambda p: p.short_name or ""),
        Column("Domein", lambda p: label(p.domain)),
        Column("Laag", lambda p: label(p.tier)),
        Column("Convenant", lambda p: _yes_no(p.covenant_signed),
               tooltip=lambda p: tr("Convenant getekend") if p.covenant_signed
               else tr("Convenant niet getekend")),
    )

    def extra_data(self, record: PartnerInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COVENANT and not record.covenant_signed:
            return QBrush(QColor(Palette.ERROR))
        return None


class ProfessionalModel(TableModel[ProfessionalInfo]):
    NAME, FUNCTION, QUALIFIED, ACTIVE = range(4)
    columns = (
        Column("Naam", lambda p: p.name),
        Column("Functie", lambda p: p.function or "", tooltip=lambda p: p.function),
        Column("Diagnose", lambda p: _yes_no(p.qualified_for_diagnosis),
               tooltip=lambda p: tr("Bevoegd om een diagnose te stellen") if p.qualified_for_diagnosis
               else tr("Niet bevoegd om een diagnose te stellen")),
        Column("Actief", lambda p: _yes_no(p.active)),
    )

    def extra_data(self, record: ProfessionalInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not record.active:
            return QBrush(QColor(Palette.SUBDUED))
        return None

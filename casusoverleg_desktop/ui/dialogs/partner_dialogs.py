"""New and changed chain partners and professionals."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from casusoverleg_desktop.domain.enums import PartnerDomain, PartnerTier
from casusoverleg_desktop.services import partners
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.partners import PartnerInfo, ProfessionalInfo

from casusoverleg_desktop.ui.dialogs.service_dialog import ServiceDialog, fill_enum
from casusoverleg_desktop.ui.forms.ui_partner_dialog import Ui_PartnerDialog
from casusoverleg_desktop.ui.forms.ui_professional_dialog import Ui_ProfessionalDialog
from casusoverleg_desktop.ui.widgets.combos import enum_value, select_data


class PartnerDialog(ServiceDialog):
    def __init__(self, ctx: ServiceContext, partner: PartnerInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_PartnerDialog(), parent)
        self.partner = partner
        fill_enum(self.ui.domain_combo, PartnerDomain)
        fill_enum(self.ui.tier_combo, PartnerTier)
        if partner is not None:
            title = self.tr("Partner wijzigen")
            self.ui.name_edit.setText(partner.name)
            self.ui.short_name_edit.setText(partner.short_name or "")
            select_data(self.ui.domain_combo, partner.domain)
            select_data(self.ui.tier_combo, partner.tier)
            self.ui.covenant_check.setChecked(partner.covenant_signed)
        else:
            title = self.tr("Nieuwe ketenpartner")
        self.setWindowTitle(title)
        self.ui.title_label.setText(title)
        self.ui.name_edit.setFocus()

    def submit(self) -> PartnerInfo:
        fields = dict(domain=enum_value(self.ui.domain_combo, PartnerDomain),
                      tier=enum_value(self.ui.tier_combo, PartnerTier),
                      covenant_signed=self.ui.covenant_check.isChecked(),
                      short_name=self.ui.short_name_edit.text().strip())
        if self.partner is None:
            return partners.create_partner(self.ctx, self.ui.name_edit.text(),
                                           fields.pop("domain"), fields.pop("tier"),
                                           covenant_signed=fields["covenant_signed"],
                                           short_name=fields["short_name"] or None)
        return partners.update_partner(self.ctx, self.partner.id, name=self.ui.name_edit.text(), **fields)


class ProfessionalDialog(ServiceDialog):
    def __init__(self, ctx: ServiceContext, partner: PartnerInfo,
                 professional: ProfessionalInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_ProfessionalDialog(), parent)
        self.partner, self.professional = partner, professional
        if professional is not None:
            title = self.tr("Professional wijzigen")
            self.ui.name_edit.setText(professional.name)
            self.ui.function_edit.setText(professional.function or "")
            self.ui.qualified_check.setChecked(professional.qualified_for_diagnosis)
            self.ui.active_check.setChecked(professional.active)
        else:
            title = self.tr("Nieuwe professional")
            self.ui.active_check.setChecked(True)
            self.ui.active_check.setEnabled(False)
        title = f"{title} — {partner.name}"
        self.setWindowTitle(title)
        self.ui.title_label.setText(title)
        self.ui.name_edit.setFocus()

    def submit(self) -> ProfessionalInfo:
        function = self.ui.function_edit.text().strip()
        qualified = self.ui.qualified_check.isChecked()
        if self.professional is None:
            return partners.add_professional(self.ctx, self.partner.id, self.ui.name_edit.text(),
                                             function=function or None, qualified_for_diagnosis=qualified)
        return partners.update_professional(
            self.ctx, self.professional.id, name=self.ui.name_edit.text(), function=function,
            qualified_for_diagnosis=qualified, active=self.ui.active_check.isChecked())

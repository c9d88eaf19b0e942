"""The Ketenpartners page: partners (domain, tier, covenant) and the professionals who represent them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import partners
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.partners import PartnerInfo, ProfessionalInfo

from casusoverleg_desktop.ui.dialogs.partner_dialogs import PartnerDialog, ProfessionalDialog
from casusoverleg_desktop.ui.forms.ui_partners_page import Ui_PartnersPage
from casusoverleg_desktop.ui.models.base import ROW_ROLE
from casusoverleg_desktop.ui.models.partner_models import PartnerModel, ProfessionalModel
from casusoverleg_desktop.ui.navigation import Navigator
from casusoverleg_desktop.ui.pages.base import Page
from casusoverleg_desktop.ui.shortcuts import PARTNERS_PAGE
from casusoverleg_desktop.ui.widgets.modal import open_modal
from casusoverleg_desktop.ui.widgets.tables import fit_columns, setup_table


class PartnersPage(Page):
    def __init__(self, ctx: ServiceContext, navigator: Navigator | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, navigator, parent)
        self.ui = Ui_PartnersPage()
        self.ui.setupUi(self)
        self.error_label = self.ui.error_label
        self.partner_model = PartnerModel(self)
        self.professional_model = ProfessionalModel(self)
        setup_table(self.ui.partners_view, self.partner_model, stretch=PartnerModel.NAME, wrap_rows=True)
        setup_table(self.ui.professionals_view, self.professional_model, stretch=ProfessionalModel.FUNCTION,
                    wrap_rows=True)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([1500, 1000])
        self.ui.partners_view.selectionModel().currentRowChanged.connect(self._partner_changed)
        self.ui.professionals_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.ui.partners_view.activated.connect(self.edit_partner)
        self.ui.professionals_view.activated.connect(self.edit_professional)
        self.ui.new_partner_button.clicked.connect(self.new_partner)
        self.ui.edit_partner_button.clicked.connect(self.edit_partner)
        self.ui.delete_partner_button.clicked.connect(self.delete_partner)
        self.ui.new_professional_button.clicked.connect(self.new_professional)
        self.ui.edit_professional_button.clicked.connect(self.edit_professional)
        self.ui.toggle_active_button.clicked.connect(self.toggle_active)
        self.ui.show_inactive_check.toggled.connect(self._load_professionals)
        PARTNERS_PAGE.bind("new", self, self.new_partner, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh()

    # -- Page ------------------------------------------------------------------------------------
    def load(self) -> None:
        current = self.selected_partner()
        self.partner_model.set_rows(partners.list_partners(self.ctx))
        fit_columns(self.ui.partners_view)
        if current is not None:
            self.open_partner(current.id)
        elif self.partner_model.rowCount():
            self.ui.partners_view.setCurrentIndex(self.partner_model.index(0, 0))
        self._partner_changed()

    def open_partner(self, partner_id: int) -> None:
        row = self.partner_model.row_of(partner_id)
        if row is not None:
            self.ui.partners_view.setCurrentIndex(self.partner_model.index(row, 0))
            self.ui.partners_view.setFocus()

    # -- selection -------------------------------------------------------------------------------
    def selected_partner(self) -> PartnerInfo | None:
        index = self.ui.partners_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def selected_professional(self) -> ProfessionalInfo | None:
        index = self.ui.professionals_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _partner_changed(self, *_args) -> None:
        partner = self.selected_partner()
        self.ui.professionals_heading_label.setText(
            self.tr("Professionals van %1").replace("%1", partner.name) if partner
            else self.tr("Professionals"))
        self._load_professionals()

    def _load_professionals(self) -> None:
        partner = self.selected_partner()
        people = partners.list_professionals(self.ctx, partner.id) if partner else []
        if not self.ui.show_inactive_check.isChecked():
            people = [p for p in people if p.active]
        self.professional_model.set_rows(people)
        fit_columns(self.ui.professionals_view)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        has_partner = self.selected_partner() is not None
        professional = self.selected_professional()
        for button in (self.ui.edit_partner_button, self.ui.delete_partner_button,
                       self.ui.new_professional_button):
            button.setEnabled(has_partner)
        self.ui.edit_professional_button.setEnabled(professional is not None)
        self.ui.toggle_active_button.setEnabled(professional is not None)
        self.ui.toggle_active_button.setText(
            self.tr("&Activeren") if professional is not None and not professional.active
            else self.tr("&Deactiveren"))

    # -- changes -------------------------------------------------------------------------------
    def partner_dialog(self, partner: PartnerInfo | None = None) -> PartnerDialog:
        return PartnerDialog(self.ctx, partner, self)

    def new_partner(self) -> None:
        dialog = self.partner_dialog()

        def created() -> None:
            self.refresh()
            self.open_partner(dialog.result_value.id)

        open_modal(dialog, created)

    def edit_partner(self, *_args) -> None:
        partner = self.selected_partner()
        if partner is not None:
            open_modal(self.partner_dialog(partner), self.refresh)

    def delete_partner(self) -> None:
        partner = self.selected_partner()
        if partner is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Partner verwijderen"),
            self.tr("Partner ‘%1’ verwijderen? Dit kan alleen als de partner nog nergens voorkomt.")
            .replace("%1", partner.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.remove_partner(partner.id)

    def remove_partner(self, partner_id: int) -> bool:
        self.clear_error()
        try:
            partners.delete_partner(self.ctx, partner_id)
        except CasusoverlegError as exc:
            self.show_error(exc)
            return False
        self.ui.partners_view.setCurrentIndex(self.partner_model.index(-1, -1))
        self.refresh()
        return True

    def professional_dialog(self, professional: ProfessionalInfo | None = None) -> ProfessionalDialog | None:
        partner = self.selected_partner()
        return ProfessionalDialog(self.ctx, partner, professional, self) if partner else None

    def new_professional(self) -> None:
        dialog = self.professional_dialog()
        if dialog is not None:
            open_modal(dialog, self._load_professionals)

    def edit_professional(self, *_args) -> None:
        professional = self.selected_professional()
        dialog = self.professional_dialog(professional) if professional is not None else None
        if dialog is not None:
            open_modal(dialog, self._load_professionals)

    def toggle_active(self) -> None:
        professional = self.selected_professional()
        if professional is None:
            return
        self.clear_error()
        try:
            partners.update_professional(self.ctx, professional.id, active=not professional.active)
        except CasusoverlegError as exc:
            self.show_error(exc)
            return
        self._load_professionals()


def partners_page(ctx: ServiceContext, navigator: Navigator) -> QWidget:
    return PartnersPage(ctx, navigator)

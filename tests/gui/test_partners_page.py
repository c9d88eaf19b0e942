"""Ketenpartners: add, change and remove partners; add, change and (de)activate professionals."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from casusoverleg_desktop.domain.enums import LegalBasis, PartnerDomain, PartnerTier
from casusoverleg_desktop.services import cases, partners

from casusoverleg_desktop.ui.models.partner_models import PartnerModel, ProfessionalModel
from casusoverleg_desktop.ui.pages.partners_page import PartnersPage
from casusoverleg_desktop.ui.widgets.combos import select_data


@pytest.fixture
def school(ctx):
    partner = partners.create_partner(ctx, "Lindeveld College", PartnerDomain.ONDERWIJS,
                                      PartnerTier.EXTERNE_CASUSPARTNER, covenant_signed=True,
                                      short_name="School")
    partners.add_professional(ctx, partner.id, "J. Hekman", function="zorgcoördinator")
    return partner


@pytest.fixture
def page(qtbot, ctx, school):
    widget = PartnersPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def ok(qtbot, dialog) -> None:
    dialog.show()
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def names(model) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_add_a_partner_through_the_dialog(qtbot, ctx, page):
    dialog = page.partner_dialog()
    qtbot.keyClicks(dialog.ui.name_edit, "Politie Lindeveld")
    dialog.ui.short_name_edit.setText("Politie")
    select_data(dialog.ui.domain_combo, PartnerDomain.VEILIGHEID)
    select_data(dialog.ui.tier_combo, PartnerTier.KERNPARTIJ)
    dialog.ui.covenant_check.setChecked(True)
    ok(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_text()
    created = {p.name: p for p in partners.list_partners(ctx)}["Politie Lindeveld"]
    assert (created.domain, created.tier, created.covenant_signed, created.short_name) == (
        PartnerDomain.VEILIGHEID, PartnerTier.KERNPARTIJ, True, "Politie")
    page.refresh()
    page.open_partner(created.id)
    assert page.selected_partner().id == created.id
    row = page.partner_model.row_of(created.id)
    assert page.partner_model.index(row, PartnerModel.TIER).data() == "Kernpartij"
    assert page.partner_model.index(row, PartnerModel.COVENANT).data() == "ja"


def test_a_duplicate_name_is_refused_in_dutch_and_the_input_stays(qtbot, ctx, page):
    dialog = page.partner_dialog()
    dialog.ui.name_edit.setText("Lindeveld College")
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text() == "Er is al een partner met de naam 'Lindeveld College'."
    assert dialog.ui.name_edit.text() == "Lindeveld College"


def test_change_a_partner(qtbot, ctx, page, school):
    page.open_partner(school.id)
    dialog = page.partner_dialog(page.selected_partner())
    assert dialog.ui.name_edit.text() == "Lindeveld College"
    dialog.ui.covenant_check.setChecked(False)
    select_data(dialog.ui.tier_combo, PartnerTier.CASUSPARTIJ)
    ok(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_text()
    changed = partners.list_partners(ctx)[0]
    assert (changed.covenant_signed, changed.tier) == (False, PartnerTier.CASUSPARTIJ)


def test_professionals_are_added_changed_and_deactivated(qtbot, ctx, page, school):
    page.open_partner(school.id)
    assert names(page.professional_model) == ["J. Hekman"]
    assert "Lindeveld College" in page.ui.professionals_heading_label.text()

    dialog = page.professional_dialog()
    dialog.ui.name_edit.setText("dr. P. Reijnders")
    dialog.ui.function_edit.setText("schoolpsycholoog")
    dialog.ui.qualified_check.setChecked(True)
    ok(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_text()
    page._load_professionals()
    assert names(page.professional_model) == ["J. Hekman", "dr. P. Reijnders"]  # the service's order
    assert page.professional_model.index(1, ProfessionalModel.QUALIFIED).data() == "ja"

    page.ui.professionals_view.setCurrentIndex(page.professional_model.index(0, 0))
    assert page.ui.toggle_active_button.text() == "&Deactiveren"
    qtbot.mouseClick(page.ui.toggle_active_button, Qt.MouseButton.LeftButton)
    assert names(page.professional_model) == ["dr. P. Reijnders"]
    hekman = next(p for p in partners.list_professionals(ctx, school.id) if p.name == "J. Hekman")
    assert not hekman.active

    page.ui.show_inactive_check.setChecked(True)
    assert names(page.professional_model) == ["J. Hekman", "dr. P. Reijnders"]
    page.ui.professionals_view.setCurrentIndex(page.professional_model.index(0, 0))
    assert page.ui.toggle_active_button.text() == "&Activeren"

    edit = page.professional_dialog(page.selected_professional())
    edit.ui.function_edit.setText("zorgcoördinator onderbouw")
    edit.ui.active_check.setChecked(True)
    ok(qtbot, edit)
    assert edit.result() == edit.DialogCode.Accepted, edit.error_text()
    hekman = next(p for p in partners.list_professionals(ctx, school.id) if p.name == "J. Hekman")
    assert (hekman.function, hekman.active) == ("zorgcoördinator onderbouw", True)


def test_a_professional_needs_a_name(qtbot, page, school):
    page.open_partner(school.id)
    dialog = page.professional_dialog()
    dialog.ui.function_edit.setText("mentor")
    ok(qtbot, dialog)
    assert dialog.error_text() == "Vul de naam van de professional in."
    assert dialog.ui.function_edit.text() == "mentor"


def test_a_partner_in_use_is_not_removed_and_an_unused_one_is(qtbot, ctx, page, school):
    case = cases.create_case(ctx, "LV-2025-050", LegalBasis.PGA, dt.date(2025, 5, 1))
    cases.add_reporter(ctx, case.id, dt.date(2025, 5, 1), partner_id=school.id)
    assert not page.remove_partner(school.id)
    assert "komt al voor in casussen" in page.ui.error_label.text()
    assert [p.name for p in partners.list_partners(ctx)] == ["Lindeveld College"]

    spare = partners.create_partner(ctx, "Per ongeluk", PartnerDomain.ZORG, PartnerTier.CASUSPARTIJ)
    page.refresh()
    assert page.remove_partner(spare.id)
    assert page.ui.error_label.text() == ""
    assert names(page.partner_model) == ["Lindeveld College"]


def test_open_partner_through_the_main_window(qtbot, main_window, ctx, school):
    other = partners.create_partner(ctx, "Jeugdteam Lindeveld", PartnerDomain.SOCIAAL,
                                    PartnerTier.EXTERNE_CASUSPARTNER)
    main_window.open_partner(other.id)
    page = main_window.page("ketenpartners")
    assert page.selected_partner().id == other.id


def test_partner_models_pass_the_model_tester(qtmodeltester, page, school):
    page.open_partner(school.id)
    qtmodeltester.check(page.partner_model)
    qtmodeltester.check(page.professional_model)


def test_every_input_on_the_page_and_in_its_dialogs_has_an_accessible_name(page, school):
    from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QLineEdit, QWidget

    page.open_partner(school.id)
    tops = [page, page.partner_dialog(), page.professional_dialog()]
    for top in tops:
        for widget in top.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QComboBox | QCheckBox | QAbstractItemView) \
                    and not widget.objectName().startswith("qt_") and widget.objectName():
                assert widget.accessibleName(), f"{top.objectName()}.{widget.objectName()}"

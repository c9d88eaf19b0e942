"""The Casussen page on a real vault: new case through the dialog, filters, opening a case."""

from __future__ import annotations

import datetime as dt

import pytest
from case_fixtures import build_lindeveld

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from casusoverleg_desktop.domain.enums import CaseStatus, ClosureReason, LegalBasis
from casusoverleg_desktop.domain.workdays import default_respond_by
from casusoverleg_desktop.services import audit, cases

from casusoverleg_desktop.ui.models.case_models import OPEN_CASES
from casusoverleg_desktop.ui.pages.cases_page import CasesPage
from casusoverleg_desktop.ui.widgets.combos import select_data


@pytest.fixture
def lindeveld(ctx):
    return build_lindeveld(ctx)


@pytest.fixture
def page(qtbot, ctx, lindeveld):
    widget = CasesPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    yield widget
    for window in list(widget.windows.values()):
        window.close()


def ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_new_case_through_the_dialog_is_found_through_the_services(qtbot, ctx, page, lindeveld):
    dialog = page.new_case_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.code_edit, "LV-2025-040")
    select_data(dialog.ui.legal_basis_combo, LegalBasis.ZVH_WGS)
    select_data(dialog.ui.reporter_partner_combo, lindeveld.partners["school"])
    select_data(dialog.ui.reporter_professional_combo, lindeveld.professionals["hekman"])
    dialog.ui.reported_on_date.setDate(QDate(2025, 6, 6))  # a Friday
    assert dialog.ui.respond_by_date.date().toPython() == default_respond_by(dt.date(2025, 6, 6))
    assert dialog.ui.respond_by_date.date().toPython() == dt.date(2025, 6, 13)
    ok(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_text()

    created = {c.code: c for c in cases.list_cases(ctx)}["LV-2025-040"]
    assert created.status is CaseStatus.SIGNAAL_ONTVANGEN
    assert created.legal_basis is LegalBasis.ZVH_WGS
    detail = cases.open_case(ctx, created.id)
    (reporter,) = detail.reporters
    assert reporter.partner_id == lindeveld.partners["school"]
    assert reporter.professional_id == lindeveld.professionals["hekman"]
    assert (reporter.reported_on, reporter.respond_by) == (dt.date(2025, 6, 6), dt.date(2025, 6, 13))
    page.refresh()
    assert "LV-2025-040" in page.visible_codes()


def test_a_name_as_case_code_is_refused_in_dutch_and_the_input_stays(qtbot, ctx, page, lindeveld):
    dialog = page.new_case_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.code_edit.setText("Daan Vermeer")
    dialog.ui.reporter_person_edit.setText("zorgcoördinator J. Hekman")
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "geen geldige casuscode" in dialog.error_text()
    assert dialog.ui.code_edit.text() == "Daan Vermeer"
    assert dialog.ui.reporter_person_edit.text() == "zorgcoördinator J. Hekman"
    assert len(cases.list_cases(ctx)) == 3


def test_a_new_case_needs_a_reporter(qtbot, ctx, page):
    dialog = page.new_case_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.code_edit.setText("LV-2025-041")
    ok(qtbot, dialog)
    assert "Noem de melder" in dialog.error_text()
    assert len(cases.list_cases(ctx)) == 3


def test_ctrl_n_opens_the_new_case_dialog(qtbot, ctx, page, lindeveld):
    seen = []

    def fill_and_save():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        dialog.ui.code_edit.setText("LV-2025-042")
        select_data(dialog.ui.reporter_partner_combo, lindeveld.partners["politie"])
        dialog.try_accept()

    page.activateWindow()
    page.ui.cases_view.setFocus()
    qtbot.keyClick(page.ui.cases_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    fill_and_save()  # the dialog is open over the page (window-modal, no nested event loop)
    assert seen[0] is not None, "Ctrl+N did not open the dialog"
    assert "LV-2025-042" in {c.code for c in cases.list_cases(ctx)}
    new_id = {c.code: c.id for c in cases.list_cases(ctx)}["LV-2025-042"]
    assert new_id in page.windows  # the new case opens straight away


def test_filters_on_status_partner_legal_basis_manager_and_text(qtbot, ctx, page, lindeveld):
    ui = page.ui
    assert ui.status_filter_combo.currentData() == OPEN_CASES
    assert page.visible_codes() == ["LV-2025-014", "LV-2025-021", "LV-2025-030"]
    assert ui.count_label.text() == "3 van 3 casussen"

    select_data(ui.partner_filter_combo, lindeveld.partners["politie"])
    assert page.visible_codes() == ["LV-2025-014"]
    select_data(ui.partner_filter_combo, lindeveld.partners["reclassering"])
    assert page.visible_codes() == ["LV-2025-021"]
    select_data(ui.partner_filter_combo, None)

    select_data(ui.basis_filter_combo, LegalBasis.CONVENANT)
    assert page.visible_codes() == ["LV-2025-030"]
    select_data(ui.basis_filter_combo, None)

    select_data(ui.manager_filter_combo, lindeveld.professionals["pinas"])
    assert page.visible_codes() == ["LV-2025-014"]
    select_data(ui.manager_filter_combo, None)

    qtbot.keyClicks(ui.text_filter_edit, "daan")
    assert page.visible_codes() == ["LV-2025-014"]
    ui.text_filter_edit.setText("2025-0")
    assert len(page.visible_codes()) == 3
    ui.text_filter_edit.clear()

    select_data(ui.status_filter_combo, CaseStatus.SCREENING)
    assert page.visible_codes() == ["LV-2025-021"]
    assert ui.count_label.text() == "1 van 3 casussen"


def test_closed_cases_leave_the_open_list_but_not_the_full_list(qtbot, ctx, page, lindeveld):
    cases.transition_case(ctx, lindeveld.case_021, CaseStatus.WEGING)
    from casusoverleg_desktop.domain.enums import AssessmentOutcome
    from casusoverleg_desktop.services import assessments
    from casusoverleg_desktop.services.assessments import PanelMember

    assessments.record_assessment(ctx, lindeveld.case_021, dt.date(2025, 3, 10),
                                  AssessmentOutcome.GEEN_ACTIE_NODIG, "Geen zorgen na screening.",
                                  [PanelMember(lindeveld.partners["gemeente"])])
    cases.close_case(ctx, lindeveld.case_021, ClosureReason.GEEN_ACTIE, "Geen actie nodig na weging.",
                     dt.date(2025, 3, 11))
    page.refresh()
    assert "LV-2025-021" not in page.visible_codes()
    select_data(page.ui.status_filter_combo, None)
    assert "LV-2025-021" in page.visible_codes()


def test_enter_opens_the_case_window_and_the_opening_is_recorded(qtbot, ctx, page, lindeveld):
    page.select_case(lindeveld.case_014)
    page.ui.cases_view.setFocus()
    qtbot.keyClick(page.ui.cases_view, Qt.Key.Key_Return)
    window = page.windows[lindeveld.case_014]
    assert window.isVisible()
    assert window.ui.code_label.text() == "LV-2025-014"
    assert "Uitvoering" in window.ui.status_value.text()
    openings = [(e.entity_type, e.entity_id) for e in audit.recent_entries(ctx, 500)
                if e.action == audit.OPENED]
    assert ("case_file", lindeveld.case_014) in openings
    # opening it again shows the same window
    assert page.open_case(lindeveld.case_014) is window


def test_double_click_opens_the_case(qtbot, page, lindeveld):
    page.select_case(lindeveld.case_021)
    view = page.ui.cases_view
    rect = view.visualRect(view.currentIndex())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert lindeveld.case_021 in page.windows


def test_case_list_models_pass_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_every_filter_and_the_list_have_an_accessible_name(page):
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QPushButton, QWidget

    for widget in page.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QComboBox | QPushButton | QAbstractItemView) \
                and widget.objectName() and not widget.objectName().startswith("qt_"):
            assert widget.accessibleName(), widget.objectName()


def test_an_unknown_case_is_reported_not_opened(qtbot, page):
    shown = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(50, read_and_close)
    assert page.open_case(9999) is None
    assert shown == ["De casus met nummer 9999 bestaat niet (meer)."]
    assert page.windows == {}


def test_a_reporter_refused_after_the_case_was_made_is_fixed_without_a_second_case(qtbot, ctx, page,
                                                                                   lindeveld):
    dialog = page.new_case_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.code_edit.setText("LV-2025-043")
    select_data(dialog.ui.reporter_partner_combo, lindeveld.partners["school"])
    dialog.ui.reported_on_date.setDate(QDate(2025, 6, 10))
    dialog.ui.respond_by_date.setDate(QDate(2025, 6, 2))
    ok(qtbot, dialog)
    assert dialog.error_text() == "De terugkoppeldatum kan niet vóór de melddatum liggen."
    assert dialog.ui.code_edit.isReadOnly()  # the case exists; only the reporter is left
    dialog.ui.respond_by_date.setDate(QDate(2025, 6, 17))
    ok(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_text()
    made = [c for c in cases.list_cases(ctx) if c.code == "LV-2025-043"]
    assert len(made) == 1
    assert [r.respond_by for r in cases.open_case(ctx, made[0].id).reporters] == [dt.date(2025, 6, 17)]

"""Legal bases, retention periods, legal holds and destruction in the GUI, on a fresh vault.

The chair sets a period on Instellingen, opens a case, adds a basis, closes it and sees until when it
is kept; places and lifts a hold; finds a due case on the Overzicht; destroys it by typing its code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from other_users import PASSPHRASES, as_user
from vault_admin_kit import admin_of

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import (
    AssessmentOutcome,
    CaseStatus,
    ClosureReason,
    LegalBasis,
    PartnerDomain,
    PartnerTier,
)
from casusoverleg_desktop.domain.retention import NOT_YET_SET
from casusoverleg_desktop.services import assessments, cases, partners, retention
from casusoverleg_desktop.services.access import VaultSession
from casusoverleg_desktop.services.assessments import PanelMember
from casusoverleg_desktop.services.vault_admin import VaultAdministration
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.vault import unlock

from casusoverleg_desktop.ui.dialogs.case_dialogs import CloseCaseDialog, NewCaseDialog
from casusoverleg_desktop.ui.dialogs.retention_dialogs import (
    DestroyCaseDialog,
    LegalBasisDialog,
    LiftHoldDialog,
    PlaceHoldDialog,
)
from casusoverleg_desktop.ui.models.retention_models import PeriodsModel, RetentionDueModel
from casusoverleg_desktop.ui.pages.overview_page import OverviewPage
from casusoverleg_desktop.ui.pages.settings_page import SettingsPage
from casusoverleg_desktop.ui.session import LiveVault
from casusoverleg_desktop.ui.windows.case_window import CaseWindow

TODAY = dt.date(2026, 6, 15)


def on(ctx, day: dt.date = TODAY):
    moment = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
    return dataclasses.replace(ctx, clock=lambda: moment)


@pytest.fixture
def chair(ctx):
    return on(ctx)


@pytest.fixture
def secretary(chair, vault):
    admin_of(vault).add_user("notulist", Role.SECRETARY, PASSPHRASES["notulist"],
                             display_name="K. Brinkhorst")
    return as_user(chair, "notulist")


def settings_page(qtbot, ctx, vault, vault_access, preferences, navigator) -> SettingsPage:
    admin = VaultAdministration(LiveVault(VaultSession(vault)).current, vault_access)
    page = SettingsPage(ctx, navigator, admin, preferences)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    return page


def case_window(qtbot, ctx, case_id: int, vault=None) -> CaseWindow:
    window = CaseWindow(ctx, case_id, backups=admin_of(vault) if vault is not None else None)
    qtbot.addWidget(window)
    window.show()
    return window


def dialog_of(window, cls):
    found = [d for d in window.findChildren(cls) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def weighed(ctx, case_id: int, on_day: dt.date) -> None:
    """Screening and a weging with outcome 'geen actie nodig': the case may be closed."""
    panel = [PanelMember(partners.create_partner(ctx, name, PartnerDomain.VEILIGHEID, PartnerTier.KERNPARTIJ,
                                                 covenant_signed=True).id)
             for name in (f"Gemeente {case_id}", f"Politie {case_id}", f"OM {case_id}")]
    cases.transition_case(ctx, case_id, CaseStatus.SCREENING, "Screening gestart")
    cases.transition_case(ctx, case_id, CaseStatus.WEGING, "Screening compleet")
    assessments.record_assessment(ctx, case_id, on_day, AssessmentOutcome.GEEN_ACTIE_NODIG,
                                  "Geen zorgen die een aanpak vragen.", panel)


def closed_case(ctx, code: str, opened_on: dt.date, closed_on: dt.date) -> int:
    at = on(ctx, opened_on)
    case = cases.create_case(at, code, LegalBasis.PGA, opened_on)
    weighed(at, case.id, opened_on)
    cases.close_case(on(ctx, closed_on), case.id, ClosureReason.DOELEN_BEREIKT, "Doelen bereikt.", closed_on)
    return case.id


def closed_long_ago(ctx, code: str = "TS-2014-007") -> int:
    """A case closed in 2015: kept five years, so due now."""
    return closed_case(ctx, code, dt.date(2014, 3, 3), dt.date(2015, 1, 12))


def test_a_chair_sets_a_period_adds_a_basis_and_sees_until_when_a_closed_case_is_kept(
        qtbot, chair, vault, vault_access, preferences, navigator):
    # Instellingen: the shipped periods are suggestions until the chair records the FG's decision
    page = settings_page(qtbot, chair, vault, vault_access, preferences, navigator)
    model = page.periods_model
    assert model.rowCount() == len(LegalBasis)
    assert model.index(0, PeriodsModel.COL_STATE).data() == NOT_YET_SET
    page.ui.period_basis_combo.setCurrentIndex(list(LegalBasis).index(LegalBasis.PGA))
    page.ui.period_years_spin.setValue(7)
    qtbot.keyClicks(page.ui.period_source_edit, "Besluit FG 2026-03")
    qtbot.mouseClick(page.ui.period_button, Qt.MouseButton.LeftButton)
    assert "7 jaar" in page.ui.periods_feedback_label.text()
    assert model.index(0, PeriodsModel.COL_YEARS).data() == "7 jaar"
    assert model.index(0, PeriodsModel.COL_STATE).data() == "vastgesteld door voorzitter op 15-06-2026"
    assert page.ui.periods_group.geometry().width() <= page.width()

    # a new case through the dialog of the Casussen page
    new = NewCaseDialog(chair, [], [])
    qtbot.addWidget(new)
    qtbot.keyClicks(new.ui.code_edit, "TS-2026-031")
    qtbot.keyClicks(new.ui.reporter_person_edit, "buurvrouw")
    assert new.try_accept(), new.error_text()
    weighed(chair, new.created.id, TODAY)
    window = case_window(qtbot, chair, new.created.id)
    assert "Wet gegevensverwerking PGA" in window.ui.basis_value.text()
    assert not window.ui.retention_value.isVisible()

    # a further basis: the WGS from the start of the approach
    window.add_basis_action.trigger()
    basis_dialog = dialog_of(window, LegalBasisDialog)
    assert basis_dialog.ui.basis_combo.currentData() == LegalBasis.ZVH_WGS  # the first one not yet used
    basis_dialog.ui.started_on_date.setDate(QDate(2026, 6, 20))
    assert basis_dialog.try_accept(), basis_dialog.error_text()
    assert "Grondslagen" in window.ui.basis_value.text()
    assert "WGS (Zorg- en Veiligheidshuis) (vanaf 20-06-2026)" in window.ui.basis_value.text()

    # closing shows "Bewaren tot" from the longest period, following the closure date
    cases.record_feedback(chair, window.detail.reporters[0].id, TODAY, "buurvrouw", "De melding is opgepakt.")
    window.reload()
    window.close_case()
    close = dialog_of(window, CloseCaseDialog)
    assert close.ui.retention_value.text() == "15-06-2033 (7 jaar na afsluiting)"
    close.ui.closed_on_date.setDate(QDate(2026, 6, 30))
    assert close.ui.retention_value.text() == "30-06-2033 (7 jaar na afsluiting)"
    close.ui.reason_combo.setCurrentIndex(1)
    close.ui.rationale_edit.setPlainText("Doelen bereikt; warme overdracht aan het jeugdteam.")
    assert close.try_accept(), close.error_text()
    assert window.ui.retention_value.isVisible()
    assert "tot 30-06-2033" in window.ui.retention_value.text()
    assert not window.add_basis_action.isEnabled()  # the bases of a closed case are fixed
    assert not window.ui.destroy_button.isVisible()  # not due for years


def test_a_hold_needs_a_reason_and_the_chair_lifts_it(qtbot, chair, vault):
    case_id = closed_long_ago(chair)
    window = case_window(qtbot, chair, case_id, vault)
    assert window.ui.destroy_button.isVisible() and window.ui.destroy_button.isEnabled()
    assert not window.lift_action.isEnabled()

    window.hold_action.trigger()
    hold = dialog_of(window, PlaceHoldDialog)
    hold.ui.text_edit.setPlainText("   ")
    assert not hold.try_accept()
    assert "reden van de bewaarplicht" in hold.error_text()
    assert hold.isVisible() and hold.ui.text_edit.toPlainText() == "   "
    hold.ui.text_edit.setPlainText("Procedure bij de rechtbank loopt")
    assert hold.try_accept(), hold.error_text()
    assert "bewaarplicht: Procedure bij de rechtbank loopt" in window.ui.retention_value.text()
    assert "tot 12-01-2020" in window.ui.retention_value.text()
    assert not window.ui.destroy_button.isEnabled()  # held: not destroyed whatever its date

    window.lift_action.trigger()
    lift = dialog_of(window, LiftHoldDialog)
    assert lift.ui.hold_combo.currentText() == "Procedure bij de rechtbank loopt (sinds 15-06-2026)"
    assert not lift.try_accept()
    assert "waarom de bewaarplicht vervalt" in lift.error_text()
    lift.ui.text_edit.setPlainText("Uitspraak gedaan")
    assert lift.try_accept(), lift.error_text()
    assert "bewaarplicht" not in window.ui.retention_value.text()
    assert window.ui.destroy_button.isEnabled()


def test_the_overview_lists_cases_past_or_near_their_retention_date(qtbot, chair, navigator):
    due = closed_long_ago(chair)
    closed_case(chair, "TS-2021-002", dt.date(2021, 6, 1), dt.date(2021, 7, 1))  # kept until 01-07-2026
    closed_case(chair, "TS-2024-003", dt.date(2024, 1, 1), dt.date(2024, 2, 1))  # kept until 2029
    retention.hold_case(chair, due, "Verzoek om inzage loopt")

    page = OverviewPage(chair, navigator, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    model = page.retention
    assert [model.index(r, RetentionDueModel.COL_CASE).data() for r in range(model.rowCount())] == [
        "TS-2014-007", "TS-2021-002"]
    assert model.index(0, RetentionDueModel.COL_UNTIL).data() == "zo 12 jan 2020"
    assert model.index(0, RetentionDueModel.COL_UNTIL).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, RetentionDueModel.COL_UNTIL).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, RetentionDueModel.COL_HOLD).data() == "bewaarplicht: Verzoek om inzage loopt"
    assert model.index(1, RetentionDueModel.COL_HOLD).data() == "—"
    assert page.ui.retention_title_label.text().endswith("(2)")
    page.open_index(model, model.index(0, 0))
    assert navigator.calls == [("open_case", due)]


def test_destruction_needs_the_typed_case_code_and_offers_the_proces_verbaal(qtbot, chair, vault, tmp_path):
    case_id = closed_long_ago(chair)
    window = case_window(qtbot, chair, case_id, vault)
    closed = []
    window.changed.connect(closed.append)
    window.destroy_case()
    dialog = dialog_of(window, DestroyCaseDialog)
    summary = dialog.ui.summary_label.text()
    assert "TS-2014-007" in summary and "12-01-2015" in summary and "12-01-2020 (5 jaar)" in summary
    assert not dialog.destroy_button.isEnabled()

    qtbot.keyClicks(dialog.ui.code_edit, "TS-2014-008")
    assert not dialog.destroy_button.isEnabled()
    assert "niet de code van deze casus (TS-2014-007)" in dialog.ui.code_feedback_label.text()
    assert dialog.destroy_case() is None
    assert len(retention.legal_bases(chair, case_id)) == 1  # nothing destroyed

    dialog.ui.code_edit.clear()
    qtbot.keyClicks(dialog.ui.code_edit, "TS-2014-007")
    assert dialog.destroy_button.isEnabled()
    qtbot.mouseClick(dialog.destroy_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.case_code == "TS-2014-007"
    assert "is vernietigd" in dialog.ui.error_label.text()
    assert dialog.ui.report_button.isVisible() and not dialog.destroy_button.isVisible()

    written = dialog.save_report(tmp_path / "proces-verbaal.pdf")
    assert written is not None and written.read_bytes().startswith(b"%PDF")
    # The test's clock lies before the chair's certificate: the record stands, signed on paper.
    assert "Proces-verbaal opgeslagen als" in dialog.ui.error_label.text()
    assert "niet digitaal ondertekend (Het certificaat" in dialog.ui.error_label.text()
    dialog.close_button.click()
    assert closed == [case_id] and not window.isVisible()
    assert "TS-2014-007" not in [line.code for line in retention.retention_lines(chair)]


def test_a_case_not_yet_due_cannot_be_destroyed_even_with_the_right_code(qtbot, chair, vault):
    case_id = closed_long_ago(chair)
    retention.hold_case(chair, case_id, "Bezwaarprocedure")
    window = case_window(qtbot, chair, case_id, vault)
    dialog = DestroyCaseDialog(chair, window.kept, admin_of(vault), window)
    qtbot.addWidget(dialog)
    assert "Bezwaarprocedure" in dialog.ui.error_label.text()
    assert not dialog.ui.code_edit.isEnabled() and not dialog.destroy_button.isEnabled()


def test_a_secretary_cannot_set_a_period_nor_destroy(qtbot, chair, secretary, vault, vault_access,
                                                      preferences, navigator):
    case_id = closed_long_ago(chair)
    opened = unlock(vault.paths.root, "notulist", PASSPHRASES["notulist"], settings=Settings())
    try:
        page = settings_page(qtbot, secretary, opened, vault_access, preferences, navigator)
        check_secretary_page(page)
    finally:
        opened.close()
    window = case_window(qtbot, secretary, case_id, vault)
    assert not window.ui.destroy_button.isVisible()
    assert window.destroy_case() is None
    assert not window.lift_action.isEnabled()


def check_secretary_page(page: SettingsPage) -> None:
    assert not page.ui.period_button.isEnabled() and not page.ui.period_years_spin.isEnabled()
    assert "voorzitter" in page.ui.period_button.toolTip()
    page.ui.period_source_edit.setText("Eigen idee")
    page.ui.period_years_spin.setValue(2)
    page.set_period()  # even when reached: the service refuses, in Dutch
    assert page.ui.periods_feedback_label.text() == "Alleen de voorzitter stelt een bewaartermijn vast."
    assert page.periods_model.index(0, PeriodsModel.COL_YEARS).data() == "5 jaar"


def test_the_app_gives_case_windows_the_automatic_backups_to_renew(qtbot, chair, main_window):
    case_id = closed_long_ago(chair)
    main_window.open_case(case_id)
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, CaseWindow) and w.isVisible()]
    assert window.backups is not None
    assert window.ui.destroy_button.isVisible() and window.ui.destroy_button.isEnabled()

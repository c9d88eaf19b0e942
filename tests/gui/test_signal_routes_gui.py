"""Cases move along the chain's routes in the GUI, from a fresh vault: the route chosen when the
signal is registered sets the respond-by date from its promise, the case window shows the route and
its steps with their dates, and the overview shows the promises about to be broken."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from casusoverleg_desktop.domain.enums import LegalBasis
from casusoverleg_desktop.services import cases, partners, signal_routes
from casusoverleg_desktop.services.case_views import TimelineKind
from tests.chain_kit import build_chain

from casusoverleg_desktop.ui.dialogs.case_dialogs import ReporterDialog
from casusoverleg_desktop.ui.dialogs.route_dialogs import RouteStepPassedDialog
from casusoverleg_desktop.ui.models.base import ROW_ROLE
from casusoverleg_desktop.ui.pages.cases_page import CasesPage
from casusoverleg_desktop.ui.pages.overview_page import OverviewPage
from casusoverleg_desktop.ui.widgets.combos import select_data
from casusoverleg_desktop.ui.windows.case_window import CaseWindow

CAME_IN = dt.date(2026, 3, 6)  # a Friday; the chain is in force from 1 January 2026


@pytest.fixture
def kit(ctx):
    return build_chain(ctx, adopt=True)


def ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def accepted(dialog) -> bool:
    return dialog.result() == dialog.DialogCode.Accepted


def combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def respond_by(dialog) -> dt.date:
    return dialog.ui.respond_by_date.date().toPython()


def open_case_window(qtbot, ctx, case_id: int) -> CaseWindow:
    window = CaseWindow(ctx, case_id)
    qtbot.addWidget(window)
    window.show()
    return window


def select_reporter(window: CaseWindow, row: int = 0) -> None:
    window.ui.tabs.setCurrentWidget(window.ui.reporter_tab)
    window.ui.reporters_view.selectRow(row)


def timeline(window: CaseWindow) -> list:
    return [window.timeline.index(r, 0).data(ROW_ROLE) for r in range(window.timeline.rowCount())]


def test_a_new_case_on_a_route_from_a_fresh_vault_to_its_next_step(qtbot, ctx, kit):
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    dialog = page.new_case_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.code_edit, "WN-2026-001")
    select_data(dialog.ui.legal_basis_combo, LegalBasis.ZVH_WGS)
    school = {p.name: p.id for p in partners.list_partners(ctx)}["Ludgercollege"]
    select_data(dialog.ui.reporter_partner_combo, school)
    dialog.ui.opened_on_date.setDate(QDate(2026, 3, 6))
    assert respond_by(dialog) == dt.date(2026, 3, 13)  # no route: 5 working days
    assert combo_texts(dialog.ui.chain_route_combo) == [
        "Geen route (vrij)", "Wadmeer-Noord: Acute dreiging (acuut)",
        "Wadmeer-Noord: Zorgen over radicalisering"]

    select_data(dialog.ui.chain_route_combo, kit.acute_route)  # promises within 1 working day
    assert respond_by(dialog) == dt.date(2026, 3, 9)
    assert dialog.ui.respond_by_source_label.text() == "Belofte van de route: binnen 1 werkdag"
    assert not dialog.ui.reporter_route_edit.isEnabled()  # the route's name takes its place
    assert dialog.ui.first_step_combo.isHidden()  # one entry step: nothing to choose
    select_data(dialog.ui.chain_route_combo, kit.worry_route)
    assert respond_by(dialog) == dt.date(2026, 3, 13)
    assert "binnen 5 werkdagen" in dialog.ui.respond_by_date.toolTip()
    dialog.ui.reported_on_date.setDate(QDate(2026, 3, 9))  # the date follows the promise
    assert respond_by(dialog) == dt.date(2026, 3, 16)

    dialog.ui.respond_by_date.setDate(QDate(2026, 3, 20))  # by hand: it stops following
    assert dialog.ui.respond_by_source_label.text() == "Met de hand gekozen"
    select_data(dialog.ui.chain_route_combo, kit.acute_route)
    dialog.ui.reported_on_date.setDate(QDate(2026, 3, 6))
    assert respond_by(dialog) == dt.date(2026, 3, 20)
    select_data(dialog.ui.chain_route_combo, kit.worry_route)
    ok(qtbot, dialog)
    assert accepted(dialog), dialog.error_text()

    (reporter,) = cases.open_case(ctx, dialog.created.id).reporters
    assert (reporter.reported_on, reporter.respond_by, reporter.route) == (
        CAME_IN, dt.date(2026, 3, 20), "Zorgen over radicalisering")

    window = open_case_window(qtbot, ctx, dialog.created.id)
    model = window.reporters
    assert model.index(0, model.ROUTE).data() == "Zorgen over radicalisering"
    assert model.index(0, model.STEP).data() == "Meldpunt neemt de melding aan"
    steps = [e for e in timeline(window) if e.kind == TimelineKind.ROUTE_STEP]
    assert [(e.on, e.title) for e in steps] == [(CAME_IN, "Stap: Meldpunt neemt de melding aan")]
    promises = [e for e in timeline(window) if e.kind == TimelineKind.PROMISE]
    # the first promise is due on the respond-by date as agreed (moved by hand), the second by the route
    assert [e.on for e in promises] == [dt.date(2026, 3, 20), dt.date(2026, 4, 3)]
    assert all("niet nagekomen" in e.detail and e.attention for e in promises)  # both dates passed

    assert not window.ui.next_step_button.isEnabled()  # nobody chosen yet
    select_reporter(window)
    assert window.ui.next_step_button.isEnabled() and not window.ui.choose_route_button.isEnabled()
    step_dialog = window.next_step()
    assert isinstance(step_dialog, RouteStepPassedDialog)
    assert combo_texts(step_dialog.ui.step_combo) == [
        "Weegploeg weegt de melding — Zorg- en Veiligheidshuis Wadmeer"]
    step_dialog.ui.reached_on_date.setDate(QDate(2026, 3, 27))  # 10 working days after 6 March: 20 March
    step_dialog.ui.note_edit.setPlainText("Weegploeg 27 maart")
    ok(qtbot, step_dialog)
    assert accepted(step_dialog), step_dialog.error_text()

    assert model.index(0, model.STEP).data() == "Weegploeg weegt de melding"
    weighed = [e for e in timeline(window) if e.kind == TimelineKind.ROUTE_STEP][-1]
    assert (weighed.on, weighed.title, weighed.attention) == (
        dt.date(2026, 3, 27), "Stap: Weegploeg weegt de melding — te laat", True)
    assert "uiterlijk 20-03-2026" in weighed.detail and "Weegploeg 27 maart" in weighed.detail
    row = timeline(window).index(weighed)
    assert window.timeline.index(row, window.timeline.WHAT).data(Qt.ItemDataRole.ForegroundRole) is not None

    select_reporter(window)
    choices = window.next_step_dialog()
    assert choices is not None
    assert combo_texts(choices.ui.step_combo) == [
        "Bespreking in het casusoverleg — Zorg- en Veiligheidshuis Wadmeer (bij zorgen)",
        "Reguliere zorg — GGZ Wadmeer (geen zorgen over radicalisering)"]
    choices.close()


def test_a_step_recorded_meanwhile_is_refused_in_dutch_and_the_note_stays(qtbot, ctx, kit):
    case = cases.create_case(ctx, "WN-2026-002", LegalBasis.ZVH_WGS, CAME_IN)
    reporter = cases.add_reporter(ctx, case.id, CAME_IN, person="mentor", chain_route_id=kit.worry_route)
    window = open_case_window(qtbot, ctx, case.id)
    select_reporter(window)
    dialog = window.next_step_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.ui.reached_on_date.setDate(QDate(2026, 3, 5))  # before the signal came in
    dialog.ui.note_edit.setPlainText("Weegploeg")
    ok(qtbot, dialog)
    assert "vóór de vorige stap (06-03-2026)" in dialog.error_text() and not accepted(dialog)

    signal_routes.advance(ctx, reporter.id, kit.steps["weigh"], dt.date(2026, 3, 10))  # someone else
    dialog.ui.reached_on_date.setDate(QDate(2026, 3, 10))
    ok(qtbot, dialog)
    assert dialog.error_text() == "Deze stap is al doorlopen." and not accepted(dialog)
    assert dialog.ui.note_edit.toPlainText() == "Weegploeg"
    route = signal_routes.signal_route(ctx, reporter.id)
    assert route is not None and [p.note for p in route.passages] == [None, None]


def test_no_route_in_force_offers_only_the_free_route_and_the_old_default(qtbot, ctx, kit):
    case = cases.create_case(ctx, "WN-2025-009", LegalBasis.ZVH_WGS, dt.date(2025, 12, 1))
    window = open_case_window(qtbot, ctx, case.id)
    dialog = ReporterDialog(ctx, case.id, window._all_partners, window._all_professionals, window)
    qtbot.addWidget(dialog)
    dialog.ui.reported_on_date.setDate(QDate(2025, 12, 5))  # a Friday, before the chain was in force
    assert combo_texts(dialog.ui.chain_route_combo) == ["Geen route (vrij)"]
    assert not dialog.ui.chain_route_combo.isEnabled()
    assert respond_by(dialog) == dt.date(2025, 12, 12)
    assert dialog.ui.respond_by_source_label.text() == "Standaard: binnen 5 werkdagen"
    dialog.ui.person_edit.setText("wijkagent")
    dialog.ui.route_edit.setText("telefonisch")
    ok(qtbot, dialog)
    assert accepted(dialog), dialog.error_text()
    (reporter,) = cases.open_case(ctx, case.id).reporters
    assert reporter.route == "telefonisch" and signal_routes.signal_route(ctx, reporter.id) is None


def test_a_reporter_without_a_route_is_put_on_one_in_the_case_window(qtbot, ctx, kit):
    case = cases.create_case(ctx, "WN-2026-003", LegalBasis.ZVH_WGS, CAME_IN)
    window = open_case_window(qtbot, ctx, case.id)
    dialog = ReporterDialog(ctx, case.id, window._all_partners, window._all_professionals, window)
    qtbot.addWidget(dialog)
    dialog.ui.reported_on_date.setDate(QDate(2026, 3, 6))
    dialog.ui.person_edit.setText("buurtsportcoach")
    ok(qtbot, dialog)
    assert accepted(dialog), dialog.error_text()
    window.after_change()
    assert window.reporters.index(0, window.reporters.STEP).data() == "geen route in de keten"
    select_reporter(window)
    assert window.ui.choose_route_button.isEnabled() and not window.ui.next_step_button.isEnabled()
    place = window.choose_route()
    assert place is not None
    select_data(place.ui.chain_route_combo, kit.acute_route)
    ok(qtbot, place)
    assert accepted(place), place.error_text()
    assert window.reporters.index(0, window.reporters.ROUTE).data() == "Acute dreiging"
    assert window.reporters.index(0, window.reporters.STEP).data() == "Bel 112"
    (reporter,) = cases.open_case(ctx, case.id).reporters
    assert reporter.respond_by == dt.date(2026, 3, 13)  # as agreed when it was registered


def test_the_overview_shows_promises_about_to_be_broken_soonest_first(qtbot, ctx, kit, navigator):
    case = cases.create_case(ctx, "WN-2026-004", LegalBasis.ZVH_WGS, CAME_IN)
    on_route = cases.add_reporter(ctx, case.id, CAME_IN, person="mentor", chain_route_id=kit.worry_route)
    cases.add_reporter(ctx, case.id, dt.date(2026, 3, 2), person="wijkagent")  # no route, due 9 March
    today = dt.date(2026, 3, 11)  # the promise is due Friday 13 March: two working days
    page = OverviewPage(ctx, navigator, today=lambda: today)
    qtbot.addWidget(page)
    page.show()
    page.load()
    model = page.reporters
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows == [
        ["WN-2026-004", "wijkagent", "—", "terugkoppeling (termijn verstreken)", "ma 9 mrt 2026"],
        ["WN-2026-004", "mentor", "Zorgen over radicalisering",
         "Ontvangst bevestigd en wie de melding oppakt", "vr 13 mrt 2026"]]
    assert model.index(1, model.COL_PROMISE).data(Qt.ItemDataRole.ForegroundRole) is not None
    cases.record_feedback(ctx, on_route.id, dt.date(2026, 3, 11), "mentor",
                          "Ontvangen; het meldpunt pakt het op.")
    page.load()
    assert model.rowCount() == 1  # the first promise kept; the next one is weeks away

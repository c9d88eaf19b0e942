"""The Actiepunten page on a real vault: filters, bulk status changes, open_action, Enter → case."""

from __future__ import annotations

import datetime as dt

import pytest
from case_fixtures import build_lindeveld

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from casusoverleg_desktop.domain.enums import ActionStatus, MeetingType
from casusoverleg_desktop.services import actions, meetings
from casusoverleg_desktop.services.context import ServiceContext

from casusoverleg_desktop.ui.dialogs.action_dialogs import ActionChange, ActionChangeDialog
from casusoverleg_desktop.ui.models.action_models import NO_CASE, OPEN_AND_RUNNING, ActionListModel
from casusoverleg_desktop.ui.pages.actions_page import ActionsPage
from casusoverleg_desktop.ui.widgets.combos import select_data

TODAY = dt.datetime(2025, 3, 10, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def content(ctx):
    """Lindeveld (A1–A3 of 26-02, case 014: two dated, one conditional) plus a later meeting with
    an action without case (ongoing), one for the school in the future and one already done."""
    lv = build_lindeveld(ctx)
    later = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 3, 5)).id
    extra = {
        "doorlopend": actions.create_action(ctx, later, "Signalen uit de wijk bundelen.",
                                            lv.partners["gemeente"], ongoing=True).id,
        "verzuim": actions.create_action(ctx, later, "Verzuimgesprek plannen.", lv.partners["school"],
                                         case_id=lv.case_021, due_date=dt.date(2025, 3, 20)).id,
        "klaar": actions.create_action(ctx, later, "Overdracht regisseur.", lv.partners["jeugdteam"],
                                       case_id=lv.case_014, due_date=dt.date(2025, 3, 6)).id,
    }
    actions.set_action_status(ctx, extra["klaar"], ActionStatus.AFGEROND)
    first = {a.label: a.id for a in actions.action_list(ctx, case_id=lv.case_014)
             if a.origin_meeting_id == lv.meeting}
    return lv, first, extra


@pytest.fixture
def dated_ctx(ctx):
    return ServiceContext(ctx.database, ctx.actor, clock=lambda: TODAY)


@pytest.fixture
def page(qtbot, dated_ctx, content, navigator):
    widget = ActionsPage(dated_ctx, navigator)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    return widget


def labels(page):
    return page.visible_labels()


def test_filters_on_status_owner_case_overdue_and_text(qtbot, page, content):
    lv, first, extra = content
    ui = page.ui
    assert ui.status_filter_combo.currentData() == OPEN_AND_RUNNING
    assert sorted(labels(page)) == ["A1 (05-03-2025)", "A1 (26-02-2025)", "A2 (05-03-2025)",
                                    "A2 (26-02-2025)", "A3 (26-02-2025)"]
    select_data(ui.status_filter_combo, ActionStatus.AFGEROND)
    assert labels(page) == ["A3 (05-03-2025)"]
    select_data(ui.status_filter_combo, None)
    assert len(labels(page)) == 6
    select_data(ui.status_filter_combo, OPEN_AND_RUNNING)

    select_data(ui.partner_filter_combo, lv.partners["school"])
    assert sorted(labels(page)) == ["A2 (05-03-2025)", "A2 (26-02-2025)"]
    select_data(ui.partner_filter_combo, None)

    select_data(ui.case_filter_combo, lv.case_021)
    assert labels(page) == ["A2 (05-03-2025)"]
    select_data(ui.case_filter_combo, NO_CASE)
    assert labels(page) == ["A1 (05-03-2025)"]
    select_data(ui.case_filter_combo, None)

    ui.overdue_check.setChecked(True)  # today 10-03-2025: A2 (05-03) is overdue, A1 (12-03) not
    assert labels(page) == ["A2 (26-02-2025)"]
    ui.overdue_check.setChecked(False)

    qtbot.keyClicks(ui.text_filter_edit, "politie")
    assert labels(page) == ["A3 (26-02-2025)"]
    ui.text_filter_edit.clear()
    assert "5 van 6 actiepunten getoond · 1 verlopen" in ui.count_label.text()


def test_overdue_due_date_is_red_and_conditions_read_as_such(page, content):
    lv, first, _ = content
    model = page.model
    overdue = model.index(model.row_of(first["A2"]), ActionListModel.WHEN)
    in_time = model.index(model.row_of(first["A1"]), ActionListModel.WHEN)
    conditional = model.index(model.row_of(first["A3"]), ActionListModel.WHEN)
    assert overdue.data() == "05-03-2025"
    assert overdue.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#a61b1b"
    assert in_time.data(Qt.ItemDataRole.ForegroundRole) is None
    assert conditional.data().startswith("Bij uitingen met concrete dreiging")


def _accept_dialog(fill=None) -> dict:
    """Fill the change dialog that is open (window-modal, no nested loop) and press OK; returns what
    it showed, and the refusal if it stayed open."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ActionChangeDialog)
    seen = {"summary": dialog.ui.summary_label.text()}
    if fill:
        fill(dialog)
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    seen["error"] = dialog.error_text()
    seen["still_open"] = dialog.isVisible()
    if dialog.isVisible():
        dialog.reject()
    return seen


def test_bulk_close_of_three_actions_goes_through_the_services(qtbot, page, ctx, content):
    lv, first, extra = content
    ids = [first["A1"], first["A2"], extra["verzuim"]]
    page.select_actions(ids)
    assert sorted(page.selected_ids()) == sorted(ids)
    assert page.ui.selection_label.text() == "3 actiepunt(en) gekozen"
    qtbot.mouseClick(page.ui.done_button, Qt.MouseButton.LeftButton)
    seen = _accept_dialog()
    assert seen["summary"] == "3 actiepunt(en) afronden?"
    status = {a.id: a for a in actions.action_list(ctx, include_closed=True)}
    assert all(status[i].status is ActionStatus.AFGEROND for i in ids)
    assert all(status[i].closed_on == TODAY.date() for i in ids)
    assert status[first["A3"]].status is ActionStatus.OPEN
    assert "Gewijzigd: " in page.ui.result_label.text()
    assert not any(i in {r.id for r in page.visible_rows()} for i in ids)  # gone from open en loopt


def test_lapsing_needs_a_reason_in_the_dialog(qtbot, page, ctx, content):
    lv, first, extra = content
    page.select_actions([first["A1"]])
    page.change_selected(ActionChange.VERVALLEN)
    seen = _accept_dialog()
    assert "reden" in seen["error"].lower() and seen["still_open"]
    assert actions.action_list(ctx, case_id=lv.case_014)[0].status is ActionStatus.OPEN

    page.select_actions([first["A1"], first["A2"]])
    page.change_selected(ActionChange.VERVALLEN)
    assert not _accept_dialog(lambda d: d.ui.note_edit.setText("Niet meer nodig na overdracht"))["still_open"]
    result = page.ui.result_label.text()
    assert "Gewijzigd: " in result and "Niet gewijzigd" not in result
    by_id = {a.id: a for a in actions.action_list(ctx, include_closed=True)}
    assert by_id[first["A1"]].status is ActionStatus.VERVALLEN
    assert by_id[first["A1"]].status_note == "Niet meer nodig na overdracht"


def test_postponing_reports_the_refused_conditional_and_postpones_the_rest(qtbot, page, ctx, content):
    lv, first, extra = content
    page.select_actions([first["A1"], first["A2"], first["A3"], extra["verzuim"]])

    def fill(dialog):
        dialog.ui.date_edit.setDate(QDate(2025, 4, 2))
        dialog.ui.note_edit.setText("wacht op intake")

    qtbot.mouseClick(page.ui.postpone_button, Qt.MouseButton.LeftButton)
    seen = _accept_dialog(fill)
    assert seen["summary"] == ("4 actiepunt(en) uitstellen naar één nieuwe termijn?\n"
                               "Zonder termijn, kan niet worden uitgesteld: A3 (26-02-2025).")
    by_id = {a.id: a for a in actions.action_list(ctx, include_closed=True)}
    for key in (first["A1"], first["A2"], extra["verzuim"]):
        assert (by_id[key].due_date, by_id[key].postponement_count) == (dt.date(2025, 4, 2), 1)
    assert by_id[first["A3"]].due_date is None and by_id[first["A3"]].postponement_count == 0
    text = page.ui.result_label.text()
    assert "Niet gewijzigd:" in text
    assert "A3 (26-02-2025): Alleen een actiepunt met een termijn kan worden uitgesteld" in text
    assert "Gewijzigd: A2 (26-02-2025), A1 (26-02-2025), A2 (05-03-2025)." in text  # view order
    assert page.model.index(page.model.row_of(first["A2"]), ActionListModel.POSTPONED).data() == "1×"


def test_running_and_closed_mixed_selection(page, ctx, content):
    """→ loopt on an open and a closed action: the closed one needs a reason to reopen."""
    lv, first, extra = content
    outcome = page.apply_change([first["A1"], extra["klaar"]], ActionChange.LOOPT)
    assert outcome.changed == ["A1 (26-02-2025)"]
    assert outcome.refused == [
        ("A3 (05-03-2025)", "Geef aan waarom het afgesloten actiepunt wordt heropend.")]
    by_id = {a.id: a for a in actions.action_list(ctx, include_closed=True)}
    assert by_id[first["A1"]].status is ActionStatus.LOOPT
    assert by_id[extra["klaar"]].status is ActionStatus.AFGEROND


def test_open_action_selects_and_shows_a_hidden_action(page, content):
    lv, first, extra = content
    page.open_action(first["A3"])
    assert page.selected_ids() == [first["A3"]]
    assert page.ui.actions_view.currentIndex().data() is not None
    page.ui.overdue_check.setChecked(True)
    page.open_action(extra["klaar"])  # closed and not overdue: the filters make way
    assert page.selected_ids() == [extra["klaar"]]
    assert not page.ui.overdue_check.isChecked()
    assert page.ui.status_filter_combo.currentData() is None


def test_enter_opens_the_case_and_the_button_too(qtbot, page, navigator, content):
    lv, first, extra = content
    page.open_action(first["A2"])
    qtbot.keyClick(page.ui.actions_view, Qt.Key.Key_Return)
    assert navigator.calls == [("open_case", lv.case_014)]
    page.open_action(extra["doorlopend"])
    assert not page.ui.open_case_button.isEnabled()
    qtbot.keyClick(page.ui.actions_view, Qt.Key.Key_Return)
    assert navigator.calls == [("open_case", lv.case_014)]
    assert "hoort niet bij een casus" in page.ui.result_label.text()


def test_every_input_has_an_accessible_name_and_a_tab_stop(page):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit
    named = [w for cls in (QComboBox, QLineEdit, QAbstractButton, QAbstractItemView)
             for w in page.findChildren(cls) if w.objectName() and not w.objectName().startswith("qt_")]
    assert len(named) == 11
    assert [w.objectName() for w in named if not w.accessibleName()] == []
    order, widget = [], page.ui.status_filter_combo
    for _ in range(11):
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.objectName():
            widget = widget.nextInFocusChain()
    assert order[:6] == ["status_filter_combo", "partner_filter_combo", "case_filter_combo",
                         "overdue_check", "text_filter_edit", "actions_view"]


def test_models_pass_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_main_window_open_action_shows_the_page(qtbot, main_window, ctx):
    lv = build_lindeveld(ctx)
    action = actions.action_list(ctx, case_id=lv.case_014)[1]
    main_window.open_action(action.id)
    assert main_window.current_page_key() == "actiepunten"
    assert main_window.page("actiepunten").selected_ids() == [action.id]


def test_default_sort_is_by_when_dated_first_then_conditions_then_ongoing(page, content):
    rows = page.visible_rows()
    assert [r.due_date for r in rows[:3]] == [dt.date(2025, 3, 5), dt.date(2025, 3, 12),
                                               dt.date(2025, 3, 20)]
    assert rows[3].condition is not None and rows[4].ongoing

"""The balance sheet widgets on real vaults (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt

import pytest
from balance_scenarios import build_014, build_021

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDropEvent

from casusoverleg_desktop.domain.balance import BalanceSide, Priority
from casusoverleg_desktop.domain.enums import MeetingType, StatementType
from casusoverleg_desktop.services import balance, meetings
from casusoverleg_desktop.services.balance_compare import rating_trend

from casusoverleg_desktop.ui.balance import (
    CONTRIBUTION,
    MIME_TYPE,
    SIGNAL,
    BalanceHistoryWidget,
    BalanceSheetWidget,
    read_source,
    source_mime_data,
)
from casusoverleg_desktop.ui.balance.history_widget import diff_html
from casusoverleg_desktop.ui.balance.models import COL_SCORE, RatingRow, RatingTableModel

V, Z, G = BalanceSide.VEILIGHEID, BalanceSide.ZORG_ONTWIKKELING, BalanceSide.WAT_GAAT_GOED


@pytest.fixture
def lv021(ctx):
    return build_021(ctx, second_version=False)


@pytest.fixture
def sheet_widget(qtbot, ctx, lv021):
    """A third meeting's sheet (pre-filled from version 1), shown."""
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 7, 10)).id
    widget = BalanceSheetWidget(ctx, lv021.case_id, meeting, confirm_removal=False)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _entries(ctx, widget: BalanceSheetWidget, side: BalanceSide):
    return balance.get_sheet(ctx, widget.sheet().id).side(side)


def test_keyboard_entry_adds_a_line_and_keeps_focus(qtbot, ctx, sheet_widget):
    panel = sheet_widget.panels[Z]
    before = len(_entries(ctx, sheet_widget, Z))
    qtbot.keyClick(sheet_widget, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert panel.entry_edit.hasFocus()
    panel.type_combo.setCurrentIndex(panel.type_combo.findData(StatementType.MENING))
    panel.entry_edit.setFocus()
    qtbot.keyClicks(panel.entry_edit, "Zoekt werk in de logistiek")
    qtbot.keyClick(panel.entry_edit, Qt.Key.Key_Return)
    entries = _entries(ctx, sheet_widget, Z)
    assert len(entries) == before + 1
    assert entries[-1].text == "Zoekt werk in de logistiek"
    assert entries[-1].statement_type is StatementType.MENING
    assert panel.entry_edit.text() == "" and panel.entry_edit.hasFocus()
    assert panel.model.rowCount() == before + 1
    need = "1 behoefte" if before == 0 else f"{before + 1} behoeften"
    assert need in sheet_widget.ui.counts_label.text()  # a count in the right form


def test_an_empty_line_adds_nothing(qtbot, ctx, sheet_widget):
    panel = sheet_widget.panels[V]
    before = len(_entries(ctx, sheet_widget, V))
    panel.entry_edit.setText("   ")
    qtbot.keyClick(panel.entry_edit, Qt.Key.Key_Return)
    assert len(_entries(ctx, sheet_widget, V)) == before


def test_dropping_a_signal_creates_a_linked_entry(ctx, sheet_widget, lv021):
    panel = sheet_widget.panels[G]
    data = source_mime_data(SIGNAL, lv021.signal_ids[0], text="S1")
    event = QDropEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)
    assert event.isAccepted()
    entry = _entries(ctx, sheet_widget, G)[-1]
    assert entry.signal_id == lv021.signal_ids[0] and entry.source_label == "S1"
    assert entry.statement_type is StatementType.MENING, "the signal's statement type comes along"
    assert panel.model.row(panel.model.rowCount() - 1).signal_id == lv021.signal_ids[0]


def test_dropping_a_contribution_and_refusing_foreign_data(ctx, sheet_widget, lv021):
    panel = sheet_widget.panels[G]
    before = panel.model.rowCount()
    data = source_mime_data(CONTRIBUTION, lv021.contribution_ids[0])  # the event does not own it
    panel.dropEvent(QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier))
    assert panel.model.rowCount() == before + 1
    assert panel.model.row(before).contribution_id == lv021.contribution_ids[0]
    plain = QMimeData()
    plain.setText("zomaar tekst")
    event = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, plain, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)
    assert panel.model.rowCount() == before + 1


def test_mime_data_roundtrip_and_malformed_payloads():
    assert read_source(source_mime_data(SIGNAL, 7)).entity_id == 7
    for payload in (b"{", b'{"entity_type": "case_file", "id": 1}', b'{"entity_type": "signal", "id": "1"}'):
        data = QMimeData()
        data.setData(MIME_TYPE, payload)
        assert read_source(data) is None
    with pytest.raises(ValueError):
        source_mime_data("case_file", 1)


def test_the_scale_shows_the_chairs_priority_not_the_counts(qtbot, ctx, sheet_widget):
    assert sheet_widget.scale.priority() is None, "a new version starts without a priority"
    assert "Nog geen prioriteit" in sheet_widget.scale.caption()
    for number in range(6):
        balance.add_entry(ctx, sheet_widget.sheet().id, V, f"Zorg {number}")
    sheet_widget.reload()
    assert sheet_widget.scale.tilt_degrees() == 0, "more safety entries do not tip the scale"
    sheet_widget.ui.priority_care.setChecked(True)
    sheet_widget.ui.rationale_edit.setPlainText("Ontwikkeling voorop.")
    qtbot.mouseClick(sheet_widget.ui.save_weighing_button, Qt.MouseButton.LeftButton)
    assert sheet_widget.scale.priority() is Priority.ZORG_VOOROP
    assert sheet_widget.scale.tilt_degrees() > 0 and "Zorg voorop" in sheet_widget.scale.caption()
    assert balance.get_sheet(ctx, sheet_widget.sheet().id).priority is Priority.ZORG_VOOROP
    assert not sheet_widget.scale.grab().isNull()


def test_ctrl_enter_records_the_weighing_and_an_empty_rationale_is_refused(qtbot, ctx, sheet_widget):
    sheet_widget.ui.priority_safety.setChecked(True)
    sheet_widget.ui.rationale_edit.setPlainText("   ")
    qtbot.keyClick(sheet_widget.ui.rationale_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Onderbouw de keuze 'Veiligheid voorop'" in sheet_widget.ui.weighing_error_label.text()
    assert balance.get_sheet(ctx, sheet_widget.sheet().id).priority is None
    assert sheet_widget.ui.priority_safety.isChecked(), "the chair's input stays"
    sheet_widget.ui.rationale_edit.setPlainText("Netwerkrisico nog onduidelijk.")
    qtbot.keyClick(sheet_widget.ui.rationale_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sheet_widget.ui.weighing_error_label.text() == ""
    assert sheet_widget.scale.priority() is Priority.VEILIGHEID_VOOROP


def test_a_coercive_measure_without_proportionality_is_refused_on_screen(ctx, qtbot):
    built = build_014(ctx)
    widget = BalanceSheetWidget(ctx, built.case_id, built.meeting_ids[0])
    qtbot.addWidget(widget)
    balance.set_proportionality(ctx, built.sheet_ids[0], None)
    widget.reload()
    ui = widget.ui
    ui.measure_edit.setText("Gebiedsverbod")
    ui.coercive_check.setChecked(True)
    qtbot.mouseClick(ui.add_measure_button, Qt.MouseButton.LeftButton)
    assert "proportionaliteit en subsidiariteit" in ui.weighing_error_label.text()
    assert ui.details_tabs.currentWidget() is ui.proportionality_tab
    assert ui.measure_edit.text() == "Gebiedsverbod"
    assert balance.get_sheet(ctx, widget.sheet().id).measures == ()
    ui.proportionality_edit.setPlainText("Lichtere route is geprobeerd en werkte niet.")
    qtbot.mouseClick(ui.add_measure_button, Qt.MouseButton.LeftButton)
    assert [m.text for m in balance.get_sheet(ctx, widget.sheet().id).coercive_measures] == ["Gebiedsverbod"]
    assert ui.measures_list.count() == 1 and "DWANG" in ui.measures_list.item(0).text()


def test_ratings_are_entered_in_the_table(ctx, sheet_widget, lv021):
    model = sheet_widget.ratings_model
    politie = next(r for r, row in enumerate(model.rows()) if row.partner == "Politie")
    assert model.index(politie, 1).data() == "4", "last time's score is shown next to the new one"
    assert model.setData(model.index(politie, COL_SCORE), "5")
    assert balance.get_sheet(ctx, sheet_widget.sheet().id).rating_of(lv021.partner_ids["politie"]) == 5
    assert not model.setData(model.index(politie, COL_SCORE), "11")
    assert "0 tot en met 10" in sheet_widget.ui.weighing_error_label.text()
    sheet_widget.ui.consensus_spin.setValue(5)
    assert balance.get_sheet(ctx, sheet_widget.sheet().id).consensus_score == 5


def test_save_pending_stores_what_was_typed(ctx, sheet_widget):
    sheet_widget.panels[V].entry_edit.setText("Nieuw contact met bekende extremist")
    sheet_widget.ui.priority_balance.setChecked(True)
    sheet_widget.ui.rationale_edit.setPlainText("Voorwaarden nageleefd.")
    sheet_widget.ui.question_edit.setText("Wie spreekt moeder?")
    assert sheet_widget.save_pending() is True
    stored = balance.get_sheet(ctx, sheet_widget.sheet().id)
    assert stored.side(V)[-1].text == "Nieuw contact met bekende extremist"
    assert (stored.priority, stored.rationale) == (Priority.IN_BALANS, "Voorwaarden nageleefd.")
    assert stored.questions[-1].text == "Wie spreekt moeder?"


def test_save_pending_reports_a_refusal_and_keeps_the_input(ctx, sheet_widget):
    sheet_widget.ui.priority_safety.setChecked(True)
    assert sheet_widget.save_pending() is False
    assert sheet_widget.ui.priority_safety.isChecked()


def test_delete_and_move_with_the_keyboard(qtbot, ctx, sheet_widget):
    panel = sheet_widget.panels[V]
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    text = panel.model.row(0).text
    qtbot.keyClick(panel.view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert text in [e.text for e in _entries(ctx, sheet_widget, Z)]
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    gone = panel.model.row(0).text
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert gone not in [e.text for e in _entries(ctx, sheet_widget, V)]


def test_models_pass_the_model_tester(qtmodeltester, sheet_widget):
    qtmodeltester.check(sheet_widget.panels[V].model)
    qtmodeltester.check(sheet_widget.ratings_model)
    qtmodeltester.check(RatingTableModel(parent=None))
    model = RatingTableModel()
    model.set_rows([RatingRow(1, "Politie", 4, None)])
    qtmodeltester.check(model)


def test_history_shows_the_scenario_changes(qtbot, ctx):
    built = build_021(ctx)
    widget = BalanceHistoryWidget(ctx, built.case_id)
    qtbot.addWidget(widget)
    diff = widget.diff()
    assert diff is not None and diff.older.version == 1 and diff.newer.version == 2
    text = widget.ui.diff_view.toPlainText()
    assert "Veiligheid voorop → In balans" in text
    assert "Politie\t4\t→\t5" in text or ("Politie" in text and "4" in text)
    assert "Politie: 4 → 5" in widget.chart.describe() and "Forsa: 6 → 7" in widget.chart.describe()
    assert "STRAFRECHTELIJK" not in diff_html(diff), "only changed entries are listed"
    widget.select(built.sheet_ids[1], built.sheet_ids[1])
    assert "Kies twee verschillende versies" in widget.ui.diff_view.toPlainText()
    assert not widget.chart.grab().isNull()


def test_history_of_a_case_with_one_version(qtbot, ctx):
    built = build_014(ctx)
    widget = BalanceHistoryWidget(ctx, built.case_id)
    qtbot.addWidget(widget)
    assert "nog maar één versie" in widget.ui.diff_view.toPlainText()
    assert rating_trend(ctx, built.case_id).consensus.scores == (5,)
    assert "Consensus: 5" in widget.chart.describe()


def test_the_entry_dialog_edits_every_field_and_moves_the_entry(ctx, qtbot, sheet_widget, lv021):
    from casusoverleg_desktop.domain.balance import BalanceDomain, Persistence, Weight
    from casusoverleg_desktop.domain.enums import DataCategory, Verification

    from casusoverleg_desktop.ui.balance.entry_dialog import BalanceEntryDialog
    from casusoverleg_desktop.ui.widgets.combos import select_data

    entry = sheet_widget.panels[V].model.row(2)
    dialog = BalanceEntryDialog(ctx, entry, balance.partners_for(ctx), sheet_widget)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    select_data(ui.side_combo, Z)
    assert ui.domain_combo.findData(BalanceDomain.IDEOLOGIE_OVERTUIGING) < 0, "only care domains on B"
    select_data(ui.domain_combo, BalanceDomain.IDENTITEIT_ZINGEVING)
    select_data(ui.weight_combo, Weight.HOOG)
    select_data(ui.persistence_combo, Persistence.STATISCH)
    select_data(ui.verification_combo, Verification.BEVESTIGD)
    select_data(ui.category_combo, DataCategory.BIJZONDER)
    select_data(ui.partner_combo, lv021.partner_ids["forsa"])
    ui.text_edit.setPlainText("Zoekt zingeving; gesprekken met theoloog.")
    dialog.accept()
    saved = dialog.saved
    assert saved is not None and saved.side is Z and saved.domain is BalanceDomain.IDENTITEIT_ZINGEVING
    assert (saved.weight, saved.persistence, saved.verification, saved.data_category) == (
        Weight.HOOG, Persistence.STATISCH, Verification.BEVESTIGD, DataCategory.BIJZONDER)
    assert saved.source_partner == "Forsa" and saved.lineage == entry.lineage


def test_the_entry_dialog_keeps_input_on_refusal(ctx, qtbot, sheet_widget):
    from casusoverleg_desktop.ui.balance.entry_dialog import BalanceEntryDialog

    entry = sheet_widget.panels[V].model.row(0)
    dialog = BalanceEntryDialog(ctx, entry, balance.partners_for(ctx), sheet_widget)
    qtbot.addWidget(dialog)
    dialog.ui.text_edit.setPlainText("  ")
    dialog.accept()
    assert dialog.saved is None and "Vul de tekst van de regel in" in dialog.ui.error_label.text()


def test_a_closed_case_without_a_sheet_shows_why(ctx, qtbot, lv021):
    from casusoverleg_desktop.domain.enums import ClosureReason
    from casusoverleg_desktop.services import cases

    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 9, 1)).id
    from casusoverleg_desktop.store.models import Case

    with ctx.unit_of_work() as session:  # a closed case, as the lifecycle would leave it
        case = session.get(Case, lv021.case_id)
        case.status, case.closure_reason = cases.CaseStatus.AFGESLOTEN, ClosureReason.DOELEN_BEREIKT
    widget = BalanceSheetWidget(ctx, lv021.case_id, meeting)
    qtbot.addWidget(widget)
    assert widget.sheet() is None and "afgesloten" in widget.ui.weighing_error_label.text()
    assert widget.save_pending() is True

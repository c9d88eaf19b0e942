"""The case window on a real vault: family view, signal markers, lifecycle steps, dialogs."""

from __future__ import annotations

import datetime as dt

import pytest
from case_fixtures import build_lindeveld

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from casusoverleg_desktop.domain.enums import (
    CaseStatus,
    ClosureReason,
    EscalationDirection,
    InformedStatus,
    Relation,
    StatementType,
    Verification,
)
from casusoverleg_desktop.services import case_views, cases
from casusoverleg_desktop.services.audit import recent_entries

from casusoverleg_desktop.ui.models.base import BADGES_ROLE, ROW_ROLE
from casusoverleg_desktop.ui.models.case_models import SignalModel, SubjectModel
from casusoverleg_desktop.ui.widgets.combos import select_data
from casusoverleg_desktop.ui.windows.case_window import CaseWindow


@pytest.fixture
def lindeveld(ctx):
    return build_lindeveld(ctx)


@pytest.fixture
def open_window(qtbot, ctx):
    def make(case_id: int) -> CaseWindow:
        window = CaseWindow(ctx, case_id)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def ok(qtbot, dialog) -> None:
    dialog.show()
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def accepted(dialog) -> bool:
    return dialog.result() == dialog.DialogCode.Accepted


def badge_texts(model, row: int, column: int) -> list[str]:
    return [b.text for b in model.index(row, column).data(BADGES_ROLE) or ()]


def signal_row(window: CaseWindow, label: str) -> int:
    model = window.signals
    return next(r for r in range(model.rowCount()) if model.index(r, SignalModel.LABEL).data() == label)


def test_family_view_shows_relation_gezag_and_pseudonyms_only(open_window, lindeveld):
    window = open_window(lindeveld.case_014)
    model = window.subjects
    rows = [[model.index(r, c).data() for c in (SubjectModel.PSEUDONYM, SubjectModel.ROLE,
                                                 SubjectModel.AGE, SubjectModel.GEZAG)]
            for r in range(model.rowCount())]
    assert rows == [["Daan V.", "Betrokkene", "15 jaar", ""],
                    ["Monique V.", "Moeder", "—", "gezag"],
                    ["Ronald V.", "Vader", "—", "gezag"]]
    assert badge_texts(model, 1, SubjectModel.GEZAG) == ["GEZAG"]
    assert badge_texts(model, 0, SubjectModel.GEZAG) == []
    assert "Daan V." in window.ui.primary_value.text()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_signals_show_statement_type_category_contra_and_diagnosis_markers(open_window, lindeveld):
    window = open_window(lindeveld.case_014)
    model = window.signals
    marks = {label: (badge_texts(model, signal_row(window, label), SignalModel.TYPE),
                     badge_texts(model, signal_row(window, label), SignalModel.MARKS))
             for label in ("S1", "S2", "S3", "S6", "C1", "C2")}
    assert marks["S1"] == (["FEIT"], ["BIJZONDER"])
    assert marks["S2"] == (["FEIT"], [])
    assert marks["S3"] == (["MENING"], [])
    assert marks["S6"] == (["HYPOTHESE"], ["DIAGNOSE ZONDER BEVOEGDE BRON"])
    assert marks["C1"] == (["FEIT"], ["CONTRASIGNAAL"])
    assert marks["C2"] == (["FEIT"], ["CONTRASIGNAAL", "STRAFRECHTELIJK"])
    # opinions and hypotheses read differently from facts, in the text itself too
    font = model.index(signal_row(window, "S3"), SignalModel.TEXT).data(Qt.ItemDataRole.FontRole)
    assert font.italic()
    assert not model.index(signal_row(window, "S2"), SignalModel.TEXT).data(Qt.ItemDataRole.FontRole).italic()
    # the three statement types have three different colours
    colours = {model.index(signal_row(window, lb), SignalModel.TYPE).data(BADGES_ROLE)[0].background
               for lb in ("S2", "S3", "S6")}
    assert len(colours) == 3
    assert badge_texts(model, signal_row(window, "S2"), SignalModel.VERIFICATION) == ["BEVESTIGD"]
    assert model.index(signal_row(window, "S1"), SignalModel.SOURCE).data() == "School / mentor klas 3B"


def test_only_allowed_transitions_are_offered(open_window, lindeveld):
    window = open_window(lindeveld.case_014)  # in execution
    dialog = window.transition_dialog()
    assert dialog.offered() == [CaseStatus.MONITORING, CaseStatus.NAZORG]
    assert window.ui.close_case_button.isEnabled()  # closing: its own dialog, with a reason
    dialog.reject()

    fresh = open_window(lindeveld.case_new)  # signal received
    dialog = fresh.transition_dialog()
    assert dialog.offered() == [CaseStatus.SCREENING]
    assert not fresh.ui.close_case_button.isEnabled()


def test_a_plain_step_is_recorded_with_its_rationale(qtbot, ctx, open_window, lindeveld):
    window = open_window(lindeveld.case_014)
    dialog = window.transition_dialog()
    select_data(dialog.ui.to_status_combo, CaseStatus.MONITORING)
    dialog.ui.rationale_edit.setPlainText("Acties lopen; periodiek herbespreken.")
    ok(qtbot, dialog)
    assert accepted(dialog), dialog.error_text()
    window.after_change()
    assert window.ui.status_value.text() == "Monitoring"
    last = case_views.case_timeline(ctx, lindeveld.case_014)[-1]
    assert (last.title, last.detail, last.by) == ("Uitvoering → Monitoring",
                                                  "Acties lopen; periodiek herbespreken.", "voorzitter")


def test_weging_without_rationale_shows_the_dutch_error_and_keeps_the_input(qtbot, ctx, open_window,
                                                                            lindeveld):
    cases.transition_case(ctx, lindeveld.case_021, CaseStatus.WEGING, "Screening compleet")
    window = open_window(lindeveld.case_021)
    dialog = window.transition_dialog()
    assert dialog.offered() == [CaseStatus.GEEN_ACTIE_NODIG, CaseStatus.MEER_INFORMATIE_NODIG,
                                CaseStatus.ADVIES_AAN_MELDER, CaseStatus.STRAFRECHTELIJK_SPOOR,
                                CaseStatus.OPGENOMEN_IN_AANPAK]
    assert dialog.ui.panel_list.isVisibleTo(dialog)
    select_data(dialog.ui.to_status_combo, CaseStatus.OPGENOMEN_IN_AANPAK)
    assert "verplicht" in dialog.ui.rationale_label.text()
    dialog.set_panel([lindeveld.partners["gemeente"], lindeveld.partners["reclassering"]])
    ok(qtbot, dialog)
    assert not accepted(dialog) and dialog.isVisible()
    assert dialog.error_text() == "Geef een schriftelijke onderbouwing voor de uitkomst van de weging."
    assert dialog.ui.to_status_combo.currentText() == "Opgenomen in aanpak"
    assert len(dialog._panel()) == 2
    assert cases.open_case(ctx, lindeveld.case_021).case.status is CaseStatus.WEGING

    dialog.ui.rationale_edit.setPlainText("Recente vrijlating; zorg en begrenzing nodig.")
    ok(qtbot, dialog)
    assert accepted(dialog), dialog.error_text()
    detail = cases.open_case(ctx, lindeveld.case_021)
    assert detail.case.status is CaseStatus.OPGENOMEN_IN_AANPAK
    assert len(detail.assessment_ids) == 1


def test_closing_needs_a_reason_and_keeps_the_rationale(qtbot, ctx, open_window, lindeveld):
    window = open_window(lindeveld.case_014)
    dialog = window.close_dialog()
    dialog.ui.rationale_edit.setPlainText("Doelen bereikt; overgedragen aan het jeugdteam.")
    ok(qtbot, dialog)
    assert not accepted(dialog)
    assert dialog.error_text().startswith("Een casus afsluiten kan alleen met een reden")
    assert dialog.ui.rationale_edit.toPlainText() == "Doelen bereikt; overgedragen aan het jeugdteam."

    select_data(dialog.ui.reason_combo, ClosureReason.DOELEN_BEREIKT)
    ok(qtbot, dialog)
    assert not accepted(dialog)  # its open actions and postponed informing need a choice first
    for _id, choice, _partner, _note in dialog.open_ends.action_rows:
        choice.setCurrentIndex(choice.findData("afronden"))
    for _id, choice, note in dialog.open_ends.informing_rows:
        choice.setCurrentIndex(choice.findData(True))
        note.setText("casusregisseur, bij afsluiting")
    ok(qtbot, dialog)
    assert accepted(dialog), dialog.error_text()
    window.after_change()
    case = cases.open_case(ctx, lindeveld.case_014).case
    assert (case.status, case.closure_reason) == (CaseStatus.AFGESLOTEN, ClosureReason.DOELEN_BEREIKT)
    assert window.ui.status_value.property("closed") is True
    assert not window.ui.add_signal_button.isEnabled()
    assert window.transition_dialog().offered() == [CaseStatus.BEWAARTERMIJN_LOOPT]


def test_a_new_signal_with_a_diagnosis_from_a_mentor_is_flagged(qtbot, ctx, open_window, lindeveld):
    window = open_window(lindeveld.case_014)
    dialog = window.signal_dialog()
    dialog.ui.text_edit.setPlainText("Volgens de mentor mogelijk ADHD.")
    select_data(dialog.ui.statement_combo, StatementType.HYPOTHESE)
    select_data(dialog.ui.partner_combo, lindeveld.partners["school"])
    select_data(dialog.ui.professional_combo, lindeveld.professionals["mentor"])
    assert "ADHD" in dialog.ui.diagnosis_hint_label.text()
    ok(qtbot, dialog)
    assert accepted(dialog), dialog.error_text()
    window.after_change()
    row = signal_row(window, "S7")
    assert badge_texts(window.signals, row, SignalModel.TYPE) == ["HYPOTHESE"]
    assert badge_texts(window.signals, row, SignalModel.MARKS) == ["DIAGNOSE ZONDER BEVOEGDE BRON"]


def test_a_signal_without_source_is_refused_and_kept(qtbot, open_window, lindeveld):
    window = open_window(lindeveld.case_014)
    dialog = window.signal_dialog(contra=True)
    assert dialog.ui.contra_check.isChecked()
    dialog.ui.text_edit.setPlainText("Goede band met de mentor.")
    ok(qtbot, dialog)
    assert "Noem de bron van het signaal" in dialog.error_text()
    assert dialog.ui.text_edit.toPlainText() == "Goede band met de mentor."


def test_refuting_a_signal_needs_a_note(qtbot, ctx, open_window, lindeveld):
    from casusoverleg_desktop.ui.dialogs.case_dialogs import VerifySignalDialog

    window = open_window(lindeveld.case_014)
    signal = window.signals.index(signal_row(window, "S3"), 0).data(ROW_ROLE)
    dialog = VerifySignalDialog(ctx, signal, window)
    select_data(dialog.ui.verification_combo, Verification.WEERLEGD)
    ok(qtbot, dialog)
    assert dialog.error_text() == "Geef aan waardoor het signaal is weerlegd."
    dialog.ui.note_edit.setPlainText("Mentor: geen aanwijzingen voor pesten na gesprek.")
    ok(qtbot, dialog)
    assert accepted(dialog)
    window.after_change()
    assert badge_texts(window.signals, signal_row(window, "S3"), SignalModel.VERIFICATION) == ["WEERLEGD"]


def test_informed_postponed_needs_a_reason_and_a_review_date(qtbot, ctx, open_window, lindeveld):
    from casusoverleg_desktop.ui.dialogs.case_dialogs import InformedDialog

    window = open_window(lindeveld.case_014)
    dialog = InformedDialog(ctx, lindeveld.case_014, window.subjects_sorted(), window)
    select_data(dialog.ui.subject_combo, lindeveld.subjects["daan"])
    select_data(dialog.ui.status_combo, InformedStatus.UITGESTELD)
    assert dialog.ui.reason_edit.isEnabled() and not dialog.ui.informed_by_edit.isEnabled()
    ok(qtbot, dialog)
    assert dialog.error_text() == "Geef aan waarom het informeren van de betrokkene is uitgesteld."
    dialog.ui.reason_edit.setPlainText("Eerst gesprek met moeder.")
    ok(qtbot, dialog)
    assert accepted(dialog), dialog.error_text()
    window.after_change()
    current = [window.informed.index(r, 0).data(ROW_ROLE) for r in range(window.informed.rowCount())]
    daan = [r for r in current if r.subject_id == lindeveld.subjects["daan"]]
    assert [r.status for r in daan] == [InformedStatus.UITGESTELD]
    window.ui.informed_history_check.setChecked(True)
    assert window.informed.rowCount() == len(current) + 1  # the earlier 'ja' shows as superseded


def test_reporter_feedback_escalation_and_settings_through_dialogs(qtbot, ctx, open_window, lindeveld):
    from casusoverleg_desktop.ui.dialogs.case_dialogs import (
        CaseSettingsDialog,
        EscalationDialog,
        FeedbackDialog,
        ReporterDialog,
        SubjectDialog,
    )

    window = open_window(lindeveld.case_021)
    reporters = [(window.reporters.who(r), r) for r in window.detail.reporters]
    feedback = FeedbackDialog(ctx, reporters, window)
    feedback.ui.content_edit.setPlainText("Casus is in screening; u hoort binnen twee weken meer.")
    ok(qtbot, feedback)
    assert accepted(feedback), feedback.error_text()

    reporter = ReporterDialog(ctx, lindeveld.case_021, window._all_partners, window._all_professionals,
                              window)
    select_data(reporter.ui.partner_combo, lindeveld.partners["politie"])
    ok(qtbot, reporter)
    assert accepted(reporter), reporter.error_text()

    subject = SubjectDialog(ctx, lindeveld.case_021, has_primary=True, parent=window)
    subject.ui.pseudonym_edit.setText("Fatima K.")
    select_data(subject.ui.relation_combo, Relation.MOEDER)
    ok(qtbot, subject)
    assert accepted(subject), subject.error_text()

    escalation = EscalationDialog(ctx, lindeveld.case_021, [], window)
    select_data(escalation.ui.direction_combo, EscalationDirection.OPSCHALEN)
    ok(qtbot, escalation)
    assert "reden om te opschalen" in escalation.error_text()
    escalation.ui.reason_edit.setPlainText("Nieuwe uitingen online.")
    ok(qtbot, escalation)
    assert accepted(escalation)

    settings = CaseSettingsDialog(ctx, window.detail.case, window._all_partners, window._all_professionals,
                                  window)
    select_data(settings.ui.case_manager_combo, lindeveld.professionals["zandbergen"])
    settings.ui.review_check.setChecked(True)
    settings.ui.review_date.setDate(dt.date(2025, 7, 10))
    ok(qtbot, settings)
    assert accepted(settings), settings.error_text()

    window.after_change()
    detail = cases.open_case(ctx, lindeveld.case_021)
    assert detail.case.case_manager_id == lindeveld.professionals["zandbergen"]
    assert detail.case.next_review_date == dt.date(2025, 7, 10)
    assert [len(r.feedback) for r in detail.reporters] == [1, 0]
    assert window.feedback.rowCount() == 1 and window.reporters.rowCount() == 2
    assert [window.subjects.index(r, 0).data() for r in range(window.subjects.rowCount())] == [
        "Samir K.", "Fatima K."]
    kinds = [window.timeline.index(r, 1).data() for r in range(window.timeline.rowCount())]
    assert "Escalatie" in kinds
    assert "10-07-2025" in window.ui.review_value.text()


def test_keyboard_shortcuts_switch_tabs(qtbot, open_window, lindeveld):
    window = open_window(lindeveld.case_014)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.ui.subjects_view.setFocus()
    qtbot.keyClick(window.ui.subjects_view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.tabs.currentWidget() is window.ui.signals_tab
    qtbot.keyClick(window.ui.signals_view, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.tabs.currentWidget() is window.ui.informed_tab


def test_every_input_has_an_accessible_name(open_window, lindeveld, ctx):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QDateEdit,
        QLineEdit,
        QPlainTextEdit,
        QSpinBox,
    )

    from casusoverleg_desktop.ui.dialogs import case_dialogs

    window = open_window(lindeveld.case_014)
    dialogs = [window.transition_dialog(), window.close_dialog(), window.signal_dialog(),
               case_dialogs.SubjectDialog(ctx, lindeveld.case_014, True, window),
               case_dialogs.InformedDialog(ctx, lindeveld.case_014, window.subjects_sorted(), window),
               case_dialogs.EscalationDialog(ctx, lindeveld.case_014, [], window),
               case_dialogs.ReporterDialog(ctx, lindeveld.case_014, [], [], window),
               case_dialogs.FeedbackDialog(ctx, [], window),
               case_dialogs.NewCaseDialog(ctx, [], [], window)]
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QSpinBox, QAbstractItemView, QAbstractButton)
    for top in [window, *dialogs]:
        for widget in top.findChildren(QWidget):
            name = widget.objectName()
            if isinstance(widget, kinds) and name and not name.startswith("qt_"):
                if isinstance(widget, QAbstractButton) and widget.parent().objectName() == "button_box":
                    continue
                assert widget.accessibleName(), f"{top.objectName()}.{name}"


def test_case_window_models_pass_the_model_tester(qtmodeltester, open_window, lindeveld):
    window = open_window(lindeveld.case_014)
    for model in (window.subjects, window.signals, window.timeline, window.actions, window.decisions,
                  window.reporters, window.feedback, window.informed):
        assert model.rowCount() > 0, type(model).__name__
        qtmodeltester.check(model)


def test_a_weging_panel_is_needed(qtbot, ctx, open_window, lindeveld):
    cases.transition_case(ctx, lindeveld.case_021, CaseStatus.WEGING)
    window = open_window(lindeveld.case_021)
    dialog = window.transition_dialog()
    dialog.ui.rationale_edit.setPlainText("Geen zorgen.")
    ok(qtbot, dialog)
    assert "wegingspanel" in dialog.error_text()
    assert cases.open_case(ctx, lindeveld.case_021).case.status is CaseStatus.WEGING


def test_a_signal_drags_as_a_source_for_the_balance_sheet(open_window, lindeveld):
    from casusoverleg_desktop.ui.balance.mime import SIGNAL, read_source

    window = open_window(lindeveld.case_014)
    model = window.signals
    index = model.index(signal_row(window, "S4"), SignalModel.TEXT)
    assert model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    source = read_source(model.mimeData([index]))
    assert (source.entity_type, source.entity_id) == (SIGNAL, lindeveld.signals["S4"])


def test_the_balance_tab_shows_the_sheet_and_its_history_when_first_shown(qtbot, open_window, lindeveld):
    window = open_window(lindeveld.case_014)
    assert window.balance_history is None and window.balance_sheet is None
    window.ui.tabs.setCurrentWidget(window.ui.balance_tab)
    assert window.balance_sheet is not None and window.balance_sheet.isVisible()  # the case's meeting
    assert window.balance_tabs.indexOf(window.balance_history) == 1
    window.balance_tabs.setCurrentWidget(window.balance_history)
    assert window.balance_history.isVisible()


def test_a_meeting_in_the_timeline_opens_through_the_navigator(qtbot, ctx, navigator, lindeveld):
    window = CaseWindow(ctx, lindeveld.case_014, navigator=navigator)
    qtbot.addWidget(window)
    window.show()
    window.ui.tabs.setCurrentWidget(window.ui.timeline_tab)
    model = window.timeline
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "Overleg")
    window.ui.timeline_view.setCurrentIndex(model.index(row, 0))
    window.ui.timeline_view.setFocus()
    qtbot.keyClick(window.ui.timeline_view, Qt.Key.Key_Return)
    assert navigator.calls == [("open_meeting", lindeveld.meeting)]


def test_ctrl_n_in_the_case_window_starts_a_new_signal(qtbot, ctx, open_window, lindeveld):
    from PySide6.QtWidgets import QApplication

    window = open_window(lindeveld.case_014)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    seen = []

    def fill_and_save():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.ui.contra_check.isChecked())
        dialog.ui.text_edit.setPlainText("Sem deelt opnieuw filmpjes; volgens moeder minder gamen.")
        dialog.ui.source_detail_edit.setText("moeder, telefonisch")
        dialog.try_accept()

    window.ui.subjects_view.setFocus()
    qtbot.keyClick(window.ui.subjects_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    fill_and_save()  # the dialog is open over the window (window-modal, no nested event loop)
    assert seen == [False]
    assert window.ui.tabs.currentWidget() is window.ui.signals_tab
    assert window.signals.rowCount() == 9  # reloaded after the save
    openings = [e for e in recent_entries(ctx, 20) if e.action == "geopend"
                and e.entity_type == "case_file" and e.entity_id == lindeveld.case_014]
    assert len(openings) == 1  # the reload after its own change is not a second opening


def test_a_letter_to_the_reporter_is_made_from_the_chosen_feedback(qtbot, ctx, open_window, lindeveld,
                                                                  tmp_path, monkeypatch):
    from io import BytesIO

    from pypdf import PdfReader

    from PySide6.QtWidgets import QFileDialog

    offered: list[str] = []

    def pick(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(tmp_path / "brief melder"), "PDF-document (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    window = open_window(lindeveld.case_014)
    window.ui.tabs.setCurrentWidget(window.ui.reporter_tab)
    button = window.ui.letter_button
    assert not button.isEnabled() and "Kies eerst een terugkoppeling" in button.toolTip()
    assert window.make_letter() is None and not offered

    window.ui.feedback_view.selectRow(0)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    written = tmp_path / "brief melder.pdf"
    assert written.exists() and "LV-2025-014" in offered[0] and "Daan" not in offered[0]
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(written.read_bytes())).pages)
    assert "Signaal is gewogen; casus wordt besproken in ICO" in " ".join(text.split())
    message = window.ui.letter_label
    assert message.isVisible() and "opgeslagen als" in message.text() and str(written) in message.text()
    assert message.property("message") == "ok"

    # a folder that does not exist: a Dutch message, nothing written
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a: (str(tmp_path / "weg" / "brief.pdf"), "")))
    assert window.make_letter() is None
    assert "bestaat niet" in message.text() and message.property("message") == "error"
    assert not (tmp_path / "weg").exists()
    # cancelled: nothing saved, and it says so
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: ("", "")))
    assert window.make_letter() is None and message.text() == "De brief is niet opgeslagen."


@pytest.mark.parametrize("size", [(1366, 728), (1280, 680)], ids=["1366x768", "1920x1080@150%"])
def test_every_tab_fits_a_laptop_screen(qtbot, open_window, lindeveld, size):
    window = open_window(lindeveld.case_014)
    window.resize(*size)
    for number in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(number)
        qtbot.wait(10)
        hint = window.minimumSizeHint()
        assert hint.width() <= size[0] and hint.height() <= size[1], (window.ui.tabs.tabText(number), hint)
        assert (window.width(), window.height()) == size, window.ui.tabs.tabText(number)

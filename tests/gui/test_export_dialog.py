"""The export dialog: every document kind built in the background and previewed, saved only where
the user chooses, the extract's acknowledgement of marked data, and the two signatures on adopted
minutes (notulist first, then voorzitter), each by its own user on the same vault."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from doc_scenarios import (
    SCHOOL_TEXT,
    YOUTH_TEAM_TEXT,
    adopt,
    as_user,
    body_text,
    lv_2025_014,
    lv_2025_021,
    with_signers,
)
from pypdf import PdfReader

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.services import document_signatures, signing

from casusoverleg_desktop.ui.dialogs.export_dialog import DocumentKind, ExportDialog

TIMEOUT_MS = 60_000


@pytest.fixture
def adopted(vault, ctx):
    """LV-2025-014's meeting, concluded, with its minutes adopted in the next meeting."""
    with_signers(vault, ctx)
    scenario = lv_2025_014(ctx)
    adopt(ctx, scenario)
    return scenario


def open_dialog(qtbot, ctx, meeting_id: int, role: Role | None = None) -> ExportDialog:
    dialog = ExportDialog(ctx, meeting_id, role)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 820)
    dialog.show()
    settle(qtbot, dialog)
    return dialog


def settle(qtbot, dialog: ExportDialog) -> None:
    """Until the (re)builds asked for so far have finished."""
    qtbot.wait(5)
    qtbot.waitUntil(lambda: not dialog.busy() and not dialog._rebuild, timeout=TIMEOUT_MS)


def save_to(monkeypatch, dialog: ExportDialog, target: Path) -> tuple[Path | None, list[str]]:
    offered: list[str] = []

    def fake_dialog(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(target), "PDF-document (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    return dialog.save_as(), offered


def test_each_document_is_built_previewed_and_saved(qtbot, ctx, adopted, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, ctx, adopted.meeting, Role.CHAIR)
    assert dialog.kind() is DocumentKind.MINUTES  # the default: the minutes
    for kind in (DocumentKind.AGENDA, DocumentKind.MINUTES, DocumentKind.ACTIONS):
        dialog.choose(kind)
        settle(qtbot, dialog)
        assert dialog.error_text() == ""
        assert dialog.result is not None and dialog.result.request.kind is kind
        pages = len(PdfReader(BytesIO(dialog.result.built.pdf)).pages)
        assert dialog.preview.page_count() == dialog.result.built.page_count == pages >= 1
        assert not dialog.preview.page_image().isNull()
        if pages > 1:
            qtbot.mouseClick(dialog.preview.next_button, Qt.MouseButton.LeftButton)
            assert dialog.preview.current_page() == 1
            assert "Pagina 2 van" in dialog.preview.page_label.text()

    # the extract: only partners invited to a case item; another partner's words never in it
    dialog.choose(DocumentKind.EXTRACT)
    names = [dialog.ui.partner_combo.itemText(i) for i in range(dialog.ui.partner_combo.count())]
    assert "Lindeveld College" in names and "Openbaar Ministerie" not in names
    assert dialog.result is None and not dialog.ui.save_button.isEnabled()
    dialog.choose_partner(adopted.partners["school"])
    settle(qtbot, dialog)
    text = body_text(dialog.result.built.pdf)
    assert SCHOOL_TEXT.split(";")[0] in text.replace("\n", " ")
    assert YOUTH_TEAM_TEXT not in text.replace("\n", " ")

    dialog.ui.sign_check.setChecked(True)  # the extract with the user's signature
    settle(qtbot, dialog)
    assert dialog.result.signed and dialog.result.request.sign
    report = signing.verify_document(ctx, dialog.result.built.pdf)
    assert report.ok and [c.signer for c in report.signatures] == ["Marloes Dekkers"]

    written, offered = save_to(monkeypatch, dialog, tmp_path / "uittreksel school")
    assert written == tmp_path / "uittreksel school.pdf"
    assert Path(offered[0]).name == dialog.result.built.suggested_name
    assert "2025-02-26" in Path(offered[0]).name and "Daan" not in offered[0]
    assert len(PdfReader(written).pages) == dialog.result.built.page_count
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["uittreksel school.pdf"]
    assert "Opgeslagen als" in dialog.ui.status_label.text()


def test_saving_into_a_missing_folder_writes_nothing(qtbot, ctx, adopted, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, ctx, adopted.meeting, Role.CHAIR)
    written, _ = save_to(monkeypatch, dialog, tmp_path / "bestaat-niet" / "verslag.pdf")
    assert written is None
    assert "bestaat niet" in dialog.error_text()
    assert not (tmp_path / "bestaat-niet").exists()


def test_a_long_document_feeds_the_progress_bar(qtbot, ctx, adopted):
    dialog = open_dialog(qtbot, ctx, adopted.meeting, Role.CHAIR)
    values: list[int] = []
    dialog.ui.progress_bar.valueChanged.connect(values.append)
    dialog.choose(DocumentKind.ACTIONS)
    assert dialog.ui.progress_bar.isVisible()
    settle(qtbot, dialog)
    assert values and max(values) == dialog.ui.progress_bar.maximum() > 0
    assert not dialog.ui.progress_bar.isVisible()


def test_an_extract_with_criminal_data_waits_for_the_acknowledgement(qtbot, ctx, tmp_path, monkeypatch):
    scenario = lv_2025_021(ctx)
    dialog = open_dialog(qtbot, ctx, scenario.meeting, Role.CHAIR)
    dialog.choose(DocumentKind.EXTRACT)
    dialog.choose_partner(scenario.partners["reclassering"])
    settle(qtbot, dialog)
    assert dialog.result is None
    assert dialog.ui.sensitive_label.isVisible()
    assert "strafrechtelijk" in dialog.ui.sensitive_label.text()
    assert dialog.ui.acknowledge_check.isVisible() and not dialog.ui.acknowledge_check.isChecked()
    assert not dialog.ui.save_button.isEnabled()
    assert dialog.preview.page_count() == 0
    written, _ = save_to(monkeypatch, dialog, tmp_path / "x.pdf")
    assert written is None and not (tmp_path / "x.pdf").exists()

    dialog.ui.acknowledge_check.setChecked(True)
    settle(qtbot, dialog)
    assert dialog.result is not None and dialog.result.request.acknowledge_sensitive
    assert dialog.preview.page_count() == dialog.result.built.page_count >= 1
    # another partner: the confirmation does not carry over
    dialog.choose_partner(scenario.partners["politie"])
    settle(qtbot, dialog)
    assert not dialog.ui.acknowledge_check.isChecked()


def test_concept_minutes_cannot_be_signed(qtbot, vault, ctx):
    with_signers(vault, ctx)
    scenario = lv_2025_014(ctx)
    dialog = open_dialog(qtbot, as_user(ctx, "notulist"), scenario.meeting, Role.SECRETARY)
    assert "Concept" in dialog.ui.state_label.text()
    assert not dialog.ui.sign_secretary_button.isEnabled()
    assert not dialog.ui.sign_chair_button.isEnabled()
    assert "vastgesteld" in dialog.ui.sign_hint_label.text()


def test_minute_taker_then_chair_sign_and_both_signatures_are_valid(qtbot, ctx, adopted):
    secretary = as_user(ctx, "notulist")
    # the chair cannot go first
    chair_dialog = open_dialog(qtbot, ctx, adopted.meeting)  # role read from the account
    assert chair_dialog.role is Role.CHAIR
    assert "Vastgesteld" in chair_dialog.ui.state_label.text()
    assert "Nog niet ondertekend" in chair_dialog.ui.state_label.text()
    assert not chair_dialog.ui.sign_chair_button.isEnabled()
    assert not chair_dialog.ui.sign_secretary_button.isEnabled()
    chair_dialog.close()

    dialog = open_dialog(qtbot, secretary, adopted.meeting)
    assert dialog.role is Role.SECRETARY
    assert dialog.ui.sign_secretary_button.isEnabled() and not dialog.ui.sign_chair_button.isEnabled()
    qtbot.mouseClick(dialog.ui.sign_secretary_button, Qt.MouseButton.LeftButton)
    assert dialog.busy() and not dialog.ui.sign_secretary_button.isEnabled()
    settle(qtbot, dialog)
    assert dialog.error_text() == ""
    assert dialog.result.minutes.secretary_signed and not dialog.result.minutes.chair_signed
    assert not dialog.ui.sign_secretary_button.isEnabled()
    assert "de voorzitter ondertekent nog" in dialog.ui.state_label.text()
    assert dialog.preview.page_count() == dialog.result.built.page_count
    dialog.close()

    chair_dialog = open_dialog(qtbot, ctx, adopted.meeting, Role.CHAIR)
    assert chair_dialog.ui.sign_chair_button.isEnabled()
    qtbot.mouseClick(chair_dialog.ui.sign_chair_button, Qt.MouseButton.LeftButton)
    settle(qtbot, chair_dialog)
    assert chair_dialog.error_text() == ""
    assert chair_dialog.result.minutes.chair_signed
    assert "Ondertekend" in chair_dialog.ui.state_label.text()
    assert not chair_dialog.ui.sign_chair_button.isEnabled()
    # the preview went to the stamps (on the first page, under the adoption statement)
    assert chair_dialog.preview.current_page() == 0
    assert "Marloes Dekkers (vastgesteld) op" in chair_dialog.ui.state_label.text()
    assert "Kees Brinkhorst (opgesteld) op" in chair_dialog.ui.state_label.text()
    report = signing.verify_document(ctx, chair_dialog.result.built.pdf)
    assert report.ok, report.verdict
    assert [(c.field, c.signer) for c in report.signatures] == [
        ("opgesteld", "Kees Brinkhorst"), ("vastgesteld", "Marloes Dekkers")]
    assert document_signatures.signature_fields(chair_dialog.result.built.pdf) == {"opgesteld": True,
                                                                         "vastgesteld": True}


def test_the_meetings_page_opens_the_dialog_for_the_selected_meeting(qtbot, main_window, ctx, adopted):
    main_window.show_page("overleggen")
    page = main_window.page("overleggen")
    page.open_meeting(adopted.meeting)
    assert page.documents_button.isEnabled()
    qtbot.mouseClick(page.documents_button, Qt.MouseButton.LeftButton)
    dialog = page.export_dialog
    assert dialog is not None and dialog.meeting_id == adopted.meeting and dialog.role is Role.CHAIR
    settle(qtbot, dialog)
    assert dialog.result is not None
    dialog.close()


def test_ctrl_shift_v_opens_the_verify_dialog(qtbot, main_window):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    QTest.keySequence(main_window, QKeySequence("Ctrl+Shift+V"))
    assert main_window.verify_dialog is not None and main_window.verify_dialog.isVisible()
    main_window.verify_dialog.close()


def test_closing_while_signing_is_harmless(qtbot, ctx, adopted):
    from casusoverleg_desktop.ui.widgets.background import running_tasks

    dialog = open_dialog(qtbot, as_user(ctx, "notulist"), adopted.meeting, Role.SECRETARY)
    qtbot.mouseClick(dialog.ui.sign_secretary_button, Qt.MouseButton.LeftButton)
    dialog.reject()  # e.g. the vault locks: closing never waits
    dialog.deleteLater()
    qtbot.wait(10)
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=TIMEOUT_MS)
    # the signature was finished and stored: the chair can sign now
    chair_dialog = open_dialog(qtbot, ctx, adopted.meeting, Role.CHAIR)
    assert chair_dialog.ui.sign_chair_button.isEnabled()

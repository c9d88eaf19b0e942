"""In the GUI: a save that meets a vault busy in another process says so in Dutch, keeps what the
user typed, and works once the other process let go."""

from __future__ import annotations

import pytest
from busy_peer import finish, start_peer

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from casusoverleg_desktop.services import cases

from casusoverleg_desktop.ui.pages.cases_page import CasesPage


@pytest.mark.slow
def test_a_busy_vault_keeps_the_new_case_dialog_and_its_input(qtbot, created, ctx) -> None:
    vault, _ = created
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    dialog = page.new_case_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.code_edit, "LV-2025-041")
    dialog.ui.reporter_person_edit.setText("mentor J. Hekman")
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)

    holder = start_peer(vault, "hold", "7", "held")
    try:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # waits the busy timeout, then gives up
        assert dialog.isVisible()
        assert "bezet door een ander venster of programma" in dialog.error_text()
        assert "beschadigd" not in dialog.error_text() and "back-up" not in dialog.error_text()
        assert dialog.ui.code_edit.text() == "LV-2025-041"
        assert dialog.ui.reporter_person_edit.text() == "mentor J. Hekman"
    finally:
        finish(holder)

    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_text()
    assert [c.code for c in cases.list_cases(ctx)] == ["LV-2025-041"]

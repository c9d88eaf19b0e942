"""First run: the wizard creates a real vault, shows the recovery code and insists on a correct retype."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.vault import unlock

from casusoverleg_desktop.composition import run_first_run
from casusoverleg_desktop.ui.dialogs.first_run_wizard import (
    CONFIRM_GROUPS,
    PAGE_PASSPHRASE,
    PAGE_RECOVERY,
    FirstRunWizard,
)
from casusoverleg_desktop.ui.dialogs.recovery_dialog import passphrase_feedback

SETTINGS = Settings()

PASSPHRASE = "koffie in de vergaderzaal"


@pytest.fixture
def wizard(qtbot, tmp_path: Path) -> FirstRunWizard:
    wizard = run_first_run(tmp_path / "nieuwe-kluis", Settings())
    qtbot.addWidget(wizard)
    wizard.show()
    yield wizard
    if wizard.unlocked is not None:
        wizard.unlocked.close()


def _next(qtbot, wizard: FirstRunWizard) -> None:
    button = wizard.button(QWizard.WizardButton.CommitButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _fill_until_passphrase(qtbot, wizard: FirstRunWizard) -> None:
    _next(qtbot, wizard)  # location: the default folder
    qtbot.keyClicks(wizard.ui.login_edit, "mdekkers")
    wizard.ui.display_name_edit.setText("Marloes Dekkers")
    wizard.ui.organisation_edit.setText("ZVH Testregio")
    _next(qtbot, wizard)
    wizard.ui.secretary_radio.setChecked(True)
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_PASSPHRASE


def test_the_wizard_creates_a_vault_shows_the_code_and_refuses_a_wrong_retype(qtbot, wizard, tmp_path):
    _fill_until_passphrase(qtbot, wizard)
    qtbot.keyClicks(wizard.ui.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(wizard.ui.repeat_edit, PASSPHRASE)
    assert "Sterk" in wizard.ui.strength_label.text()
    _next(qtbot, wizard)

    assert wizard.currentId() == PAGE_RECOVERY
    assert wizard.unlocked is not None and wizard.root == tmp_path / "nieuwe-kluis"
    code = wizard.ui.code_label.text()
    assert code == wizard.recovery_code and len(code.split("-")) == 8
    assert wizard.unlocked.user.role is Role.SECRETARY

    groups = code.split("-")
    wrong = "0000" if groups[CONFIRM_GROUPS[1] - 1] != "0000" else "1111"
    qtbot.keyClicks(wizard.ui.group_a_edit, groups[CONFIRM_GROUPS[0] - 1].lower())
    qtbot.keyClicks(wizard.ui.group_b_edit, wrong)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and wizard.result() != QWizard.DialogCode.Accepted
    assert "Groep 6 komt niet overeen" in wizard.ui.confirm_status_label.text()
    wizard.reject()  # Escape cannot skip the confirmation either
    assert wizard.isVisible()

    wizard.ui.group_b_edit.setText(groups[CONFIRM_GROUPS[1] - 1])
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted

    wizard.unlocked.close()
    reopened = unlock(tmp_path / "nieuwe-kluis", "mdekkers", PASSPHRASE, settings=SETTINGS)
    assert (reopened.user.display_name, reopened.user.role) == ("Marloes Dekkers", Role.SECRETARY)
    reopened.close()


def test_a_short_or_unequal_passphrase_stays_on_the_page(qtbot, wizard):
    _fill_until_passphrase(qtbot, wizard)
    qtbot.keyClicks(wizard.ui.passphrase_edit, "kort")
    assert "Te kort" in wizard.ui.strength_label.text()
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_PASSPHRASE and wizard.unlocked is None
    wizard.ui.passphrase_edit.setText(PASSPHRASE)
    wizard.ui.repeat_edit.setText(PASSPHRASE + "!")
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_PASSPHRASE and wizard.unlocked is None
    assert "niet gelijk" in wizard.ui.create_status_label.text()


def test_a_folder_with_files_is_refused(qtbot, wizard, tmp_path):
    full = tmp_path / "vol"
    full.mkdir()
    (full / "iets.txt").write_text("x")
    wizard.ui.location_edit.setText(str(full))
    _next(qtbot, wizard)
    assert wizard.currentId() == 0
    assert "niet leeg" in wizard.ui.location_error_label.text()


def test_a_failed_creation_is_reported_in_the_wizard(qtbot, tmp_path):
    def refuse(*_args):
        from casusoverleg_desktop.errors import VaultExists
        raise VaultExists("In deze map staat al een kluis; kies een lege map.")

    wizard = FirstRunWizard(refuse, tmp_path / "k")
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_until_passphrase(qtbot, wizard)
    wizard.ui.passphrase_edit.setText(PASSPHRASE)
    wizard.ui.repeat_edit.setText(PASSPHRASE)
    _next(qtbot, wizard)
    assert wizard.currentId() == PAGE_PASSPHRASE
    assert "staat al een kluis" in wizard.ui.create_status_label.text()
    assert not wizard.ui.busy_bar.isVisible()


def test_the_recovery_sheet_is_saved_as_pdf(qtbot, wizard, tmp_path):
    _fill_until_passphrase(qtbot, wizard)
    wizard.ui.passphrase_edit.setText(PASSPHRASE)
    wizard.ui.repeat_edit.setText(PASSPHRASE)
    _next(qtbot, wizard)
    out = wizard.save_sheet_pdf(tmp_path / "herstelblad.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    from pypdf import PdfReader
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert wizard.recovery_code.split("-")[0] in text


@pytest.mark.parametrize(("passphrase", "acceptable", "word"), [
    ("", False, "Minstens"),
    ("abcdefghi", False, "Te kort"),
    ("aaaaaaaaaaaa", True, "Zwak"),
    ("huis-boom-12", True, "Redelijk"),
    ("koffie in de vergaderzaal", True, "Sterk"),
])
def test_the_strength_hint(passphrase, acceptable, word):
    feedback = passphrase_feedback(passphrase)
    assert feedback.acceptable is acceptable and word in feedback.text


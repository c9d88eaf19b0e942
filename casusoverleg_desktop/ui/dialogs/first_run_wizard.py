"""First run: create the vault (location, who, role, passphrase), then show and confirm the
recovery code before the main window opens."""

from __future__ import annotations

import datetime as dt
import html
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget, QWizard

from casusoverleg_desktop.domain.accounts import (
    MIN_PASSPHRASE_LENGTH,
    Role,
    login_problem,
    passphrase_feedback,
)
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services.access import VaultSession

from casusoverleg_desktop.ui.dialogs.recovery_dialog import RecoverySheet, ask_pdf_path, feedback_markup
from casusoverleg_desktop.ui.forms.ui_first_run_wizard import Ui_FirstRunWizard
from casusoverleg_desktop.ui.widgets.messages import ERROR, INFO, OK, clear_message, show_error, show_message

CreateVault = Callable[[Path, str, Role, str, str, str], tuple[VaultSession, str]]
"""(root, login, role, passphrase, display name, organisation) → (open vault, recovery code)."""

# The groups (1-based) of the recovery code the user types back from paper.
CONFIRM_GROUPS = (3, 6)
PAGE_LOCATION, PAGE_USER, PAGE_ROLE, PAGE_PASSPHRASE, PAGE_RECOVERY = range(5)
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def _normalise_group(text: str) -> str:
    return "".join(c for c in text.upper() if c.isalnum()).translate(_READ_AS)


class _Relay(QObject):
    """Carries the result of the worker thread back to the GUI thread (queued signals)."""

    finished = Signal(object)
    failed = Signal(object)


class FirstRunWizard(QWizard):
    """Accepted with ``unlocked`` (the open vault) and ``root`` set, after the recovery code was confirmed.

    ``create`` makes the vault (injected: ``services.access.create_new_vault`` in the app); it runs
    in a worker thread while the wizard shows that it is busy (key derivation takes about a second).
    """

    def __init__(self, create: CreateVault, default_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self._create = create
        self.unlocked: VaultSession | None = None
        self.recovery_code: str | None = None
        self.root: Path | None = None
        self.ui.location_edit.setText(str(default_root))
        self.ui.browse_button.clicked.connect(self._browse)
        self.ui.passphrase_page.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Kluis aanmaken"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Vorige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Klaar — kluis openen"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        self.ui.busy_bar.setVisible(False)
        self.ui.passphrase_edit.textChanged.connect(self._update_strength)
        self.ui.repeat_edit.textChanged.connect(self._update_strength)
        self._update_strength()
        self.ui.user_page.registerField("login*", self.ui.login_edit)
        code_font = QFont(self.font())
        code_font.setPointSize(15)
        code_font.setBold(True)
        code_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.0)
        self.ui.code_label.setFont(code_font)
        self.ui.group_a_label.setText(self.tr("Groep &%1").replace("%1", str(CONFIRM_GROUPS[0])))
        self.ui.group_b_label.setText(self.tr("Groep &%1").replace("%1", str(CONFIRM_GROUPS[1])))
        self.ui.print_button.clicked.connect(self._print_sheet)
        self.ui.pdf_button.clicked.connect(lambda: self.save_sheet_pdf())
        self.ui.group_a_edit.textChanged.connect(self._update_confirmation)
        self.ui.group_b_edit.textChanged.connect(self._update_confirmation)
        self.setMinimumSize(760, 540)

    # -- what the user chose -----------------------------------------------------------------
    def chosen_root(self) -> Path:
        return Path(self.ui.location_edit.text().strip()).expanduser()

    def chosen_role(self) -> Role:
        return Role.SECRETARY if self.ui.secretary_radio.isChecked() else Role.CHAIR

    # -- validation per page -----------------------------------------------------------------
    def validateCurrentPage(self) -> bool:  # Qt API
        page = self.currentId()
        if page == PAGE_LOCATION:
            return self._check_location()
        if page == PAGE_USER:
            return self._check_user()
        if page == PAGE_PASSPHRASE:
            return self._check_passphrase() and self._create_vault()
        if page == PAGE_RECOVERY:
            return self._update_confirmation(final=True)
        return True

    def _check_location(self) -> bool:
        text = self.ui.location_edit.text().strip()
        root = self.chosen_root()
        problem = None
        if not text:
            problem = self.tr("Kies een map voor de kluis.")
        elif root.exists() and not root.is_dir():
            problem = self.tr("Dit is een bestand, geen map. Kies een lege of nieuwe map.")
        elif root.is_dir() and any(root.iterdir()):
            problem = self.tr("Deze map is niet leeg. Kies een lege of nieuwe map, zodat er nooit "
                              "iets wordt overschreven.")
        show_error(self.ui.location_error_label, problem or "")
        return problem is None

    def _check_user(self) -> bool:
        login = self.ui.login_edit.text().strip()
        problem = login_problem(login)
        show_error(self.ui.user_error_label, problem or "")
        return problem is None

    def _check_passphrase(self) -> bool:
        passphrase = self.ui.passphrase_edit.text()
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            self._status(self.tr("Het wachtwoord is te kort: minstens %1 tekens.")
                         .replace("%1", str(MIN_PASSPHRASE_LENGTH)), error=True)
            return False
        if passphrase != self.ui.repeat_edit.text():
            self._status(self.tr("De twee wachtwoorden zijn niet gelijk."), error=True)
            self.ui.repeat_edit.setFocus()
            return False
        return True

    def _update_strength(self) -> None:
        text = feedback_markup(passphrase_feedback(self.ui.passphrase_edit.text()))
        repeat = self.ui.repeat_edit.text()
        if repeat and repeat != self.ui.passphrase_edit.text():
            text += "<br/>" + html.escape(self.tr("De twee wachtwoorden zijn nog niet gelijk."))
        self.ui.strength_label.setText(text)

    def _status(self, text: str, error: bool = False) -> None:
        show_message(self.ui.create_status_label, text, ERROR if error else INFO)

    # -- creating the vault ------------------------------------------------------------------
    def _create_vault(self) -> bool:
        if self.unlocked is not None:
            return True
        root = self.chosen_root()
        args = (root, self.ui.login_edit.text().strip(), self.chosen_role(),
                self.ui.passphrase_edit.text(), self.ui.display_name_edit.text().strip(),
                self.ui.organisation_edit.text().strip())
        relay = _Relay()
        created: list[tuple[VaultSession, str]] = []
        errors: list[Exception] = []
        loop = QEventLoop()

        def finished(result: tuple[VaultSession, str]) -> None:
            created.append(result)
            loop.quit()

        def failed(error: Exception) -> None:
            errors.append(error)
            loop.quit()

        relay.finished.connect(finished)
        relay.failed.connect(failed)

        def work() -> None:
            try:
                relay.finished.emit(self._create(*args))
            except CasusoverlegError as exc:
                relay.failed.emit(exc)
            except Exception as exc:  # reported in the wizard, not as a traceback
                relay.failed.emit(exc)

        self._set_busy(True)
        worker = threading.Thread(target=work, name="create-vault", daemon=True)
        worker.start()
        loop.exec()
        worker.join()
        self._set_busy(False)
        if errors:
            error = errors[0]
            message = error.message if isinstance(error, CasusoverlegError) else self.tr(
                "De kluis kon niet worden aangemaakt. Controleer of u in deze map mag schrijven.")
            self._status(message, error=True)
            return False
        self.unlocked, self.recovery_code = created[0]
        self.root = root
        self.ui.passphrase_edit.clear()
        self.ui.repeat_edit.clear()
        self.ui.code_label.setText(self.recovery_code)
        return True

    def _set_busy(self, busy: bool) -> None:
        self.ui.busy_bar.setVisible(busy)
        if busy:
            self._status(self.tr("De kluis wordt aangemaakt en versleuteld… een ogenblik."))
        else:
            clear_message(self.ui.create_status_label)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CommitButton,
                      QWizard.WizardButton.CancelButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    # -- the recovery sheet and the confirmation ------------------------------------------------
    def sheet(self) -> RecoverySheet:
        assert self.unlocked is not None and self.recovery_code is not None
        return RecoverySheet(self.recovery_code, self.unlocked.user.login, self.unlocked.root,
                             dt.date.today(), vault_id=self.unlocked.vault_id,
                             organisation=self.ui.organisation_edit.text().strip())

    def save_sheet_pdf(self, path: Path | None = None) -> Path | None:
        path = path or ask_pdf_path(self)
        if path is None:
            return None
        self.sheet().save_export(path)
        self.ui.sheet_feedback_label.setText(
            self.tr("Herstelblad opgeslagen: %1. Druk het af en verwijder daarna het bestand.")
            .replace("%1", str(path)))
        return path

    def _print_sheet(self) -> None:
        if self.sheet().print_with_dialog(self):
            self.ui.sheet_feedback_label.setText(self.tr("Herstelblad afgedrukt."))

    def _update_confirmation(self, *_args: object, final: bool = False) -> bool:
        if self.recovery_code is None:
            return False
        groups = self.recovery_code.split("-")
        typed = (_normalise_group(self.ui.group_a_edit.text()),
                 _normalise_group(self.ui.group_b_edit.text()))
        wanted = tuple(groups[n - 1] for n in CONFIRM_GROUPS)
        if typed == wanted:
            show_message(self.ui.confirm_status_label, self.tr("Klopt."), OK)
            return True
        wrong = [n for n, got, want in zip(CONFIRM_GROUPS, typed, wanted, strict=True)
                 if len(got) == 4 and got != want]
        if wrong or final:
            numbers = " en ".join(str(n) for n in (wrong or CONFIRM_GROUPS))
            show_error(self.ui.confirm_status_label,
                       self.tr("Groep %1 komt niet overeen met de herstelcode. Kijk het papier na.")
                       .replace("%1", numbers))
        else:
            clear_message(self.ui.confirm_status_label)
        return False

    def reject(self) -> None:
        if self.unlocked is not None:  # the vault exists: the code must be confirmed first
            self._update_confirmation(final=True)
            return
        super().reject()

    def _browse(self) -> None:
        start = self.chosen_root().parent if self.ui.location_edit.text().strip() else Path.home()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Map voor de kluis"), str(start))
        if folder:
            chosen = Path(folder)
            if any(chosen.iterdir()):  # a folder with files: make the vault its own folder inside
                chosen = chosen / "Casusoverleg-kluis"
            self.ui.location_edit.setText(str(chosen))

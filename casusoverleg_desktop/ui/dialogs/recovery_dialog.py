"""Recovery: the recovery sheet (print / PDF), showing a new code once, and the
"Wachtwoord vergeten?" dialog that sets a new passphrase with the recovery code.

Also the live passphrase hint used wherever a passphrase is chosen.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from casusoverleg_desktop.domain.accounts import PassphraseFeedback, passphrase_feedback
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services.access import VaultSession

from casusoverleg_desktop.ui.forms.ui_recovery_code_dialog import Ui_RecoveryCodeDialog
from casusoverleg_desktop.ui.forms.ui_recovery_dialog import Ui_RecoveryDialog
from casusoverleg_desktop.ui.theme import Palette
from casusoverleg_desktop.ui.widgets.messages import clear_message, show_error

RecoverFunction = Callable[[str, str, str], VaultSession]
"""(login, recovery code, new passphrase) → the opened vault; raises a ``CasusoverlegError``."""


def feedback_markup(feedback: PassphraseFeedback) -> str:
    color = (Palette.ERROR, Palette.CAUTION, Palette.OK)[feedback.level]
    return f'<span style="color:{color};">{html.escape(feedback.text)}</span>'


# -- the recovery sheet ---------------------------------------------------------------------------
@dataclass(frozen=True)
class RecoverySheet:
    code: str
    login: str
    vault_root: Path
    made_on: dt.date
    vault_id: str = ""
    organisation: str = ""

    def html(self) -> str:
        groups = self.code.split("-")
        cells = "".join(
            f'<td align="center" style="padding:6px 10px; border:1px solid {Palette.ACCENT};">'
            f'<span style="font-size:8pt; color:{Palette.SECONDARY};">{i}</span><br/>'
            f'<span style="font-size:20pt; font-weight:600; letter-spacing:2px;">{g}</span></td>'
            for i, g in enumerate(groups, start=1))
        esc = html.escape
        return f"""
<h1 style="color:{Palette.ACCENT};">Herstelblad — Casusoverleg Desktop</h1>
<p>Met deze herstelcode stelt u een nieuw wachtwoord in als het oude kwijt is
(knop <i>Wachtwoord vergeten?</i> in het inlogscherm).</p>
<table cellspacing="0" cellpadding="0" style="margin:16px 0;"><tr>{cells}</tr></table>
<table cellpadding="3">
<tr><td><b>Kluis</b></td><td>{esc(str(self.vault_root))}</td></tr>
<tr><td><b>Gemaakt voor</b></td><td>{esc(self.login)}</td></tr>
<tr><td><b>Datum</b></td><td>{self.made_on:%d-%m-%Y}</td></tr>
</table>
<h3>Bewaren</h3>
<ul>
<li>Bewaar dit blad op een veilige, afgesloten plek — niet in de laptoptas en niet digitaal
naast de kluis.</li>
<li>Wie deze code én de kluisbestanden heeft, kan de kluis openen. Deel hem met niemand.</li>
<li>Maakt u in Instellingen een nieuwe herstelcode, dan werkt deze code niet meer: vernietig
dit blad dan.</li>
</ul>
"""

    def document(self) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(QFont("Noto Sans", 11))
        doc.setHtml(self.html())
        return doc

    def save_export(self, path: Path) -> None:
        """The ReportLab recovery sheet (the same layout as every other document of the app)."""
        from casusoverleg_desktop.services import document_export  # ReportLab: loaded when asked for

        built = document_export.recovery_sheet(self.code, self.vault_id, self.login, self.made_on,
                                               organisation=self.organisation,
                                               vault_location=str(self.vault_root))
        document_export.save_export(path, built.pdf)

    def print_with_dialog(self, parent: QWidget) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.document().print_(printer)
        return True


def ask_pdf_path(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, parent.tr("Herstelblad opslaan als PDF"),
                                          str(Path.home() / "herstelblad-casusoverleg.pdf"),
                                          parent.tr("PDF-bestanden (*.pdf)"))
    return Path(name) if name else None


# -- dialogs -----------------------------------------------------------------------------------
class RecoveryCodeDialog(QDialog):
    """Shows a (new) recovery code once, with print and PDF; closing forgets it."""

    def __init__(self, sheet: RecoverySheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryCodeDialog()
        self.ui.setupUi(self)
        self.sheet = sheet
        self.ui.code_label.setText(sheet.code)
        font = QFont(self.font())
        font.setPointSize(15)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.0)
        self.ui.code_label.setFont(font)
        self.ui.print_button.clicked.connect(self._print)
        self.ui.pdf_button.clicked.connect(lambda: self.save_export())
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(
            self.tr("Ik heb de code bewaard"))

    def save_export(self, path: Path | None = None) -> Path | None:
        path = path or ask_pdf_path(self)
        if path is None:
            return None
        try:
            self.sheet.save_export(path)
        except CasusoverlegError as exc:
            self.ui.feedback_label.setText(exc.message)
            return None
        self.ui.feedback_label.setText(self.tr("Herstelblad opgeslagen: %1").replace("%1", str(path)))
        return path

    def _print(self) -> None:
        if self.sheet.print_with_dialog(self):
            self.ui.feedback_label.setText(self.tr("Herstelblad afgedrukt."))

    def done(self, result: int) -> None:
        self.ui.code_label.clear()
        super().done(result)


class RecoveryDialog(QDialog):
    """"Wachtwoord vergeten?": user, recovery code and a new passphrase (twice)."""

    def __init__(self, recover: RecoverFunction, login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        self._recover = recover
        self.unlocked: VaultSession | None = None
        self.ui.user_edit.setText(login)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Nieuw wachtwoord instellen"))
        self.ui.button_box.accepted.connect(self._try_recover)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.new_edit.textChanged.connect(self._update_hint)
        self.ui.repeat_edit.textChanged.connect(self._update_hint)
        self._update_hint()
        (self.ui.code_edit if login else self.ui.user_edit).setFocus()

    def _update_hint(self) -> None:
        feedback = passphrase_feedback(self.ui.new_edit.text())
        text = feedback_markup(feedback)
        repeat = self.ui.repeat_edit.text()
        if repeat and repeat != self.ui.new_edit.text():
            text += "<br/>" + html.escape(self.tr("De twee wachtwoorden zijn nog niet gelijk."))
        self.ui.strength_label.setText(text)

    def _try_recover(self) -> None:
        clear_message(self.ui.error_label)
        login = self.ui.user_edit.text().strip()
        new = self.ui.new_edit.text()
        if not login:
            show_error(self.ui.error_label, self.tr("Vul uw gebruikersnaam in."))
            self.ui.user_edit.setFocus()
            return
        if new != self.ui.repeat_edit.text():
            show_error(self.ui.error_label, self.tr("De twee nieuwe wachtwoorden zijn niet gelijk."))
            self.ui.repeat_edit.setFocus()
            return
        try:
            self.unlocked = self._recover(login, self.ui.code_edit.text(), new)
        except CasusoverlegError as exc:
            show_error(self.ui.error_label, exc)
            return
        self.ui.new_edit.clear()
        self.ui.repeat_edit.clear()
        self.ui.code_edit.clear()
        self.accept()

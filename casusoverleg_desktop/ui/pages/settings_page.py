"""Instellingen: idle lock, passphrase, remember on this device, users, recovery code, backups,
key rotation and the retention periods per legal basis. Every action ends in a plain Dutch
confirmation or error next to its button."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHeaderView, QLabel, QMessageBox, QWidget

from casusoverleg_desktop.domain.accounts import MIN_PASSPHRASE_LENGTH, Role, passphrase_feedback
from casusoverleg_desktop.domain.enums import LegalBasis
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import retention
from casusoverleg_desktop.services.audit import TrailReport
from casusoverleg_desktop.services.context import ServiceContext

from casusoverleg_desktop.ui.dialogs.recovery_dialog import RecoveryCodeDialog, RecoverySheet, feedback_markup
from casusoverleg_desktop.ui.forms.ui_settings_page import Ui_SettingsPage
from casusoverleg_desktop.ui.models.retention_models import PeriodsModel
from casusoverleg_desktop.ui.models.settings_models import BackupEntry, BackupsModel, UsersModel, VaultUser
from casusoverleg_desktop.ui.navigation import Navigator
from casusoverleg_desktop.ui.pages.base import Page
from casusoverleg_desktop.ui.widgets.messages import ERROR, OK, show_message
from casusoverleg_desktop.ui.widgets.pdf_files import choose_pdf_target, remember_folder

CONTENT_MAX_WIDTH = 860
SHOWN_PROBLEMS = 12  # findings listed on the page; the CLI lists them all


class VaultAdministration(Protocol):
    """What the page may do to the open vault (``services.vault_admin.VaultAdministration``)."""

    @property
    def user(self) -> VaultUser: ...

    @property
    def vault_root(self) -> Path: ...

    @property
    def vault_id(self) -> str: ...

    @property
    def keyring_available(self) -> bool: ...

    def keyring_statement(self) -> str: ...

    def is_remembered(self) -> bool: ...

    def set_remembered(self, remember: bool) -> None: ...

    def change_passphrase(self, current: str, new: str) -> None: ...

    def users(self) -> Sequence[VaultUser]: ...

    def add_user(self, login: str, role: Role, passphrase: str, display_name: str,
                 organisation: str) -> None: ...

    def remove_user(self, login: str) -> None: ...

    def new_recovery_code(self) -> str: ...

    def write_backup(self, path: Path) -> None: ...

    def automatic_backups(self) -> Sequence[BackupEntry]: ...

    def rotate_key(self) -> None: ...

    def check_audit_trail(self) -> TrailReport: ...


class IdleSetting(Protocol):
    """After how many idle minutes the app locks (the GUI session, which applies a change at once)."""

    def idle_minutes(self) -> int: ...

    def set_idle_minutes(self, minutes: int) -> None: ...


class SettingsPage(Page):
    def __init__(self, ctx: ServiceContext, navigator: Navigator, admin: VaultAdministration,
                 idle: IdleSetting, parent: QWidget | None = None) -> None:
        super().__init__(ctx, navigator, parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.ui.content_widget.setMaximumWidth(CONTENT_MAX_WIDTH)
        self.admin = admin
        self.idle = idle
        self.code_dialog: RecoveryCodeDialog | None = None
        self.users_model = UsersModel(self)
        self.backups_model = BackupsModel(self)
        self.periods_model = PeriodsModel(self)
        for view, model in ((self.ui.users_view, self.users_model),
                            (self.ui.backups_view, self.backups_model),
                            (self.ui.periods_view, self.periods_model)):
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
            view.horizontalHeader().setDefaultAlignment(
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)

        self.ui.new_role_combo.addItem(self.tr("Notulist"), Role.SECRETARY)
        self.ui.new_role_combo.addItem(self.tr("Voorzitter"), Role.CHAIR)
        self.ui.idle_spin.setValue(idle.idle_minutes())
        self.ui.idle_spin.valueChanged.connect(self.set_idle_minutes)
        self.ui.change_button.clicked.connect(self.change_passphrase)
        self.ui.new_edit.textChanged.connect(self._update_strength)
        self.ui.repeat_edit.textChanged.connect(self._update_strength)
        self.ui.remember_check.toggled.connect(self.set_remembered)
        self.ui.add_user_button.clicked.connect(self.add_user)
        self.ui.remove_user_button.clicked.connect(self.remove_selected_user)
        self.ui.new_code_button.clicked.connect(self.new_recovery_code)
        self.ui.backup_button.clicked.connect(lambda: self.make_backup())
        self.ui.rotate_button.clicked.connect(self.rotate_key)
        self.ui.audit_button.clicked.connect(self.check_audit_trail)
        for basis in LegalBasis:
            self.ui.period_basis_combo.addItem(basis.label, basis)
        periods_header = self.ui.periods_view.horizontalHeader()
        periods_header.setStretchLastSection(False)
        periods_header.setSectionResizeMode(PeriodsModel.COL_SOURCE, QHeaderView.ResizeMode.Stretch)
        self.ui.periods_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.period_basis_combo.currentIndexChanged.connect(self._show_period)
        self.ui.periods_view.selectionModel().currentRowChanged.connect(
            lambda index: self.ui.period_basis_combo.setCurrentIndex(index.row()))
        self.ui.period_button.clicked.connect(self.set_period)
        self.ui.fg_register_button.clicked.connect(lambda: self.save_fg_register())
        self._update_strength()
        for label in (self.ui.idle_feedback_label, self.ui.passphrase_feedback_label,
                      self.ui.remember_feedback_label, self.ui.users_feedback_label,
                      self.ui.recovery_feedback_label, self.ui.backup_feedback_label,
                      self.ui.rotate_feedback_label, self.ui.audit_feedback_label,
                      self.ui.periods_feedback_label):
            label.setVisible(False)  # shown with the first confirmation or error
        is_chair = admin.user.role is Role.CHAIR
        for widget in (self.ui.users_group, self.ui.rotate_group):
            widget.setEnabled(is_chair)
            if not is_chair:
                widget.setToolTip(self.tr("Alleen de voorzitter beheert gebruikers en de sleutel."))
        for editor in (self.ui.period_basis_combo, self.ui.period_years_spin, self.ui.period_source_edit,
                       self.ui.period_button):
            editor.setEnabled(is_chair)
            if not is_chair:
                editor.setToolTip(self.tr("Alleen de voorzitter stelt een bewaartermijn vast."))
        self.refresh()

    # -- helpers ----------------------------------------------------------------------------------
    def confirm(self, title: str, question: str) -> bool:
        """Ask before a change that cannot be undone (tests replace this on the instance)."""
        answer = QMessageBox.question(self, title, question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    @staticmethod
    def _say(label: QLabel, text: str, ok: bool = True) -> None:
        show_message(label, text, OK if ok else ERROR)

    def load(self) -> None:
        self.ui.remember_check.blockSignals(True)
        self.ui.remember_check.setChecked(self.admin.is_remembered())
        self.ui.remember_check.setEnabled(self.admin.keyring_available)
        self.ui.remember_check.blockSignals(False)
        self.ui.keyring_label.setText(self.admin.keyring_statement())
        self.users_model.set_rows(self.admin.users())
        self.backups_model.set_rows(list(reversed(self.admin.automatic_backups())))
        self.periods_model.set_rows(retention.retention_periods(self.ctx))
        self._show_period()
        for view in (self.ui.users_view, self.ui.backups_view, self.ui.periods_view):
            rows = min(max(view.model().rowCount(), 2), 6)  # fit the rows; more than six scroll
            view.setFixedHeight(rows * view.verticalHeader().defaultSectionSize()
                                + view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth())

    # -- idle lock --------------------------------------------------------------------------------
    def set_idle_minutes(self, minutes: int) -> None:
        self.idle.set_idle_minutes(minutes)
        self._say(self.ui.idle_feedback_label,
                  self.tr("Opgeslagen: vergrendelen na %1 minuten zonder gebruik.")
                  .replace("%1", str(minutes)))

    # -- passphrase -------------------------------------------------------------------------------
    def _update_strength(self) -> None:
        new = self.ui.new_edit.text()
        text = feedback_markup(passphrase_feedback(new)) if new else ""
        repeat = self.ui.repeat_edit.text()
        if repeat and repeat != new:
            text += "<br/>" + html.escape(self.tr("De twee nieuwe wachtwoorden zijn nog niet gelijk."))
        self.ui.strength_label.setText(text)
        self.ui.strength_label.setVisible(bool(text))

    def change_passphrase(self) -> None:
        label = self.ui.passphrase_feedback_label
        new = self.ui.new_edit.text()
        if len(new) < MIN_PASSPHRASE_LENGTH:
            self._say(label, self.tr("Het nieuwe wachtwoord is te kort: minstens %1 tekens.")
                      .replace("%1", str(MIN_PASSPHRASE_LENGTH)), ok=False)
            return
        if new != self.ui.repeat_edit.text():
            self._say(label, self.tr("De twee nieuwe wachtwoorden zijn niet gelijk."), ok=False)
            return
        try:
            self.admin.change_passphrase(self.ui.current_edit.text(), new)
        except CasusoverlegError as exc:
            self._say(label, exc.message, ok=False)
            self.ui.current_edit.selectAll()
            self.ui.current_edit.setFocus()
            return
        for edit in (self.ui.current_edit, self.ui.new_edit, self.ui.repeat_edit):
            edit.clear()
        self._say(label, self.tr("Uw wachtwoord is gewijzigd. Gebruik voortaan het nieuwe wachtwoord."))

    # -- remember on this device ------------------------------------------------------------------
    def set_remembered(self, remember: bool) -> None:
        label = self.ui.remember_feedback_label
        try:
            self.admin.set_remembered(remember)
        except CasusoverlegError as exc:
            self._say(label, exc.message, ok=False)
            self.refresh()
            return
        self._say(label, self.tr("De sleutel staat nu op dit apparaat; bij het starten is geen wachtwoord "
                                 "nodig. Na vergrendelen wel.") if remember else
                  self.tr("Er staat geen sleutel meer op dit apparaat; bij het starten is uw wachtwoord "
                          "nodig."))

    # -- users ----------------------------------------------------------------------------------
    def add_user(self) -> None:
        label = self.ui.users_feedback_label
        login = self.ui.new_login_edit.text().strip()
        passphrase = self.ui.new_user_passphrase_edit.text()
        if passphrase != self.ui.new_user_repeat_edit.text():
            self._say(label, self.tr("De twee wachtwoorden van de nieuwe gebruiker zijn niet gelijk."),
                      ok=False)
            return
        role = Role(self.ui.new_role_combo.currentData())
        try:
            self.admin.add_user(login, role, passphrase, self.ui.new_name_edit.text().strip(),
                                self.ui.new_org_edit.text().strip())
        except CasusoverlegError as exc:
            self._say(label, exc.message, ok=False)
            return
        for edit in (self.ui.new_login_edit, self.ui.new_name_edit, self.ui.new_org_edit,
                     self.ui.new_user_passphrase_edit, self.ui.new_user_repeat_edit):
            edit.clear()
        self.refresh()
        self._say(label, self.tr("Gebruiker %1 toegevoegd als %2. Geef het eerste wachtwoord persoonlijk "
                                 "door; het kan daarna in Instellingen worden gewijzigd.")
                  .replace("%1", login).replace("%2", role.label))

    def selected_user(self) -> VaultUser | None:
        index = self.ui.users_view.currentIndex()
        return self.users_model.row(index.row()) if index.isValid() else None

    def remove_selected_user(self) -> None:
        label = self.ui.users_feedback_label
        user = self.selected_user()
        if user is None:
            self._say(label, self.tr("Kies eerst in de lijst welke gebruiker weg moet."), ok=False)
            return
        if not self.confirm(self.tr("Gebruiker verwijderen"),
                            self.tr("Gebruiker %1 (%2) verwijderen? Deze persoon kan de kluis daarna niet "
                                    "meer openen met een eigen wachtwoord.")
                            .replace("%1", user.login).replace("%2", user.display_name)):
            return
        try:
            self.admin.remove_user(user.login)
        except CasusoverlegError as exc:
            self._say(label, exc.message, ok=False)
            return
        self.refresh()
        self._say(label, self.tr("Gebruiker %1 is verwijderd. Advies: vervang nu de sleutel van de kluis "
                                 "(onderaan deze pagina), zodat oude kopieën van de kluis niet meer met "
                                 "dat wachtwoord opengaan.").replace("%1", user.login))
        if self.confirm(self.tr("Sleutel vervangen?"),
                        self.tr("Wilt u de sleutel van de kluis nu vervangen? Dat is aan te raden na het "
                                "verwijderen van een gebruiker.")):
            self.rotate_key(confirmed=True)

    # -- recovery code --------------------------------------------------------------------------
    def new_recovery_code(self) -> RecoveryCodeDialog | None:
        label = self.ui.recovery_feedback_label
        if not self.confirm(self.tr("Nieuwe herstelcode"),
                            self.tr("Een nieuwe herstelcode maken? De oude code (en het oude herstelblad) "
                                    "werkt daarna niet meer.")):
            return None
        try:
            code = self.admin.new_recovery_code()
        except CasusoverlegError as exc:
            self._say(label, exc.message, ok=False)
            return None
        sheet = RecoverySheet(code, self.admin.user.login, self.admin.vault_root, dt.date.today(),
                              vault_id=self.admin.vault_id)
        self.code_dialog = RecoveryCodeDialog(sheet, self)
        self.code_dialog.open()
        self._say(label, self.tr("Er is een nieuwe herstelcode gemaakt; de oude werkt niet meer. "
                                 "Bewaar het nieuwe herstelblad op een veilige plek."))
        return self.code_dialog

    # -- backups ----------------------------------------------------------------------------------
    def make_backup(self, path: Path | None = None) -> Path | None:
        label = self.ui.backup_feedback_label
        if path is None:
            suggested = Path.home() / f"casusoverleg-backup-{dt.date.today():%Y-%m-%d}.cobak"
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Back-up opslaan"), str(suggested),
                                                  self.tr("Casusoverleg-back-ups (*.cobak)"))
            if not name:
                return None
            path = Path(name)
        try:
            self.admin.write_backup(path)
        except CasusoverlegError as exc:
            self._say(label, exc.message, ok=False)
            return None
        except OSError as exc:
            self._say(label, self.tr("De back-up kon niet worden geschreven: %1").replace(
                "%1", exc.strerror or type(exc).__name__), ok=False)
            return None
        self._say(label, self.tr("Back-up gemaakt: %1").replace("%1", str(path)))
        return path

    # -- key rotation -----------------------------------------------------------------------------
    def rotate_key(self, confirmed: bool = False) -> None:
        label = self.ui.rotate_feedback_label
        if not confirmed and not self.confirm(
                self.tr("Sleutel vervangen"),
                self.tr("De sleutel van de kluis vervangen? Dit duurt enkele seconden. Automatische "
                        "back-ups worden vervangen door een nieuwe.")):
            return
        try:
            self.admin.rotate_key()
        except CasusoverlegError as exc:
            self._say(label, exc.message, ok=False)
            return
        self._say(label, self.tr("De sleutel is vervangen. Alle wachtwoorden en de herstelcode werken "
                                 "gewoon; oude automatische back-ups zijn vervangen."))
        self.refresh()

    # -- retention periods ----------------------------------------------------------------------
    def _show_period(self) -> None:
        """The editors show the chosen basis's current period; its source only once set."""
        row = self.ui.period_basis_combo.currentIndex()
        if not 0 <= row < self.periods_model.rowCount():
            return
        period = self.periods_model.row(row)
        self.ui.period_years_spin.setValue(period.years)
        self.ui.period_source_edit.setText(period.source if period.established else "")

    def set_period(self) -> None:
        label = self.ui.periods_feedback_label
        basis = LegalBasis(self.ui.period_basis_combo.currentData())
        years = self.ui.period_years_spin.value()
        try:
            retention.set_retention_period(self.ctx, basis, years, self.ui.period_source_edit.text())
        except CasusoverlegError as exc:
            self._say(label, exc.message, ok=False)
            return
        self.refresh()
        self.ui.period_basis_combo.setCurrentIndex(list(LegalBasis).index(basis))
        self._say(label, self.tr("Bewaartermijn voor %1 vastgesteld: %2 jaar na afsluiting. Casussen die "
                                 "daarna sluiten, krijgen deze termijn.")
                  .replace("%1", basis.label).replace("%2", str(years)))

    def save_fg_register(self, target: Path | None = None) -> Path | None:
        """The register of processing for the FG (counts only), saved where the chair chooses
        (``target`` when given); the file written, or None."""
        from casusoverleg_desktop.services.document_export import save_export  # ReportLab: not at start-up
        from casusoverleg_desktop.services.fg_register import fg_register

        label = self.ui.periods_feedback_label
        try:
            built = fg_register(self.ctx, self.admin.vault_id)
        except CasusoverlegError as exc:
            self._say(label, exc.message, ok=False)
            return None
        chosen = target or choose_pdf_target(self, built.suggested_name)
        if chosen is None:
            return None
        try:
            written = save_export(chosen, built.pdf)
        except CasusoverlegError as exc:
            self._say(label, exc.message, ok=False)
            return None
        except OSError as exc:
            self._say(label, self.tr("Het register is niet opgeslagen: %1").replace(
                "%1", exc.strerror or str(exc)), ok=False)
            return None
        remember_folder(written)
        self._say(label, self.tr("Register voor de FG opgeslagen als %1 (%2 pagina's, alleen aantallen).")
                  .replace("%1", written.name).replace("%2", str(built.page_count)))
        return written

    # -- the audit trail --------------------------------------------------------------------------
    def check_audit_trail(self) -> None:
        label = self.ui.audit_feedback_label
        try:
            report = self.admin.check_audit_trail()
        except CasusoverlegError as exc:
            self._say(label, exc.message, ok=False)
            return
        if report.intact:
            self._say(label, self.tr("De audittrail is intact: %1 regels. Kenmerk van de laatste "
                                     "regel: %2.").replace("%1", str(report.entries))
                      .replace("%2", report.head_mark))
            return
        problems = report.problems()
        shown = problems[:SHOWN_PROBLEMS]
        if len(problems) > SHOWN_PROBLEMS:
            shown.append(self.tr("… en nog %1 bevindingen (alle: casusoverleg audit-verify).")
                         .replace("%1", str(len(problems) - SHOWN_PROBLEMS)))
        self._say(label, self.tr("De audittrail klopt niet. Zet niets terug voordat u weet wat er "
                                 "is gebeurd; bewaar deze melding.") + "\n" + "\n".join(shown),
                  ok=False)

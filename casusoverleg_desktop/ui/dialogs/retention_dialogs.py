"""Dialogs of the case window for legal bases, legal holds and the destruction of a case.

Destruction is confirmed by typing the case code: "Vernietigen" stays disabled until the code is
right. After it the dialog stays open with what was removed, and offers the proces-verbaal as PDF.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from casusoverleg_desktop.domain.enums import LegalBasis
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.errors import CasusoverlegError, SigningError, ValidationError
from casusoverleg_desktop.services import retention
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.retention import BasisLine, HoldInfo
from casusoverleg_desktop.services.retention_views import CaseRetentionView

from casusoverleg_desktop.ui.dialogs.service_dialog import ServiceDialog, fill_enum, from_qdate, set_date
from casusoverleg_desktop.ui.forms.ui_destroy_case_dialog import Ui_DestroyCaseDialog
from casusoverleg_desktop.ui.forms.ui_legal_basis_dialog import Ui_LegalBasisDialog
from casusoverleg_desktop.ui.forms.ui_legal_hold_dialog import Ui_LegalHoldDialog
from casusoverleg_desktop.ui.models.base import dutch_date
from casusoverleg_desktop.ui.theme import restyle, set_style_property
from casusoverleg_desktop.ui.widgets.combos import enum_value
from casusoverleg_desktop.ui.widgets.messages import ERROR, INFO, OK, clear_message, show_error, show_message
from casusoverleg_desktop.ui.widgets.pdf_files import choose_pdf_target, remember_folder

if TYPE_CHECKING:  # the destruction service loads ReportLab: imported when the dialog opens
    from casusoverleg_desktop.services.destruction import AutomaticBackupRenewal, DestructionReport


class LegalBasisDialog(ServiceDialog):
    """A further legal basis of an open case, from a date on."""

    def __init__(self, ctx: ServiceContext, case_id: int, bases: tuple[BasisLine, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_LegalBasisDialog(), parent)
        self.case_id = case_id
        self.ok_button.setText(self.tr("Grondslag toevoegen"))
        self.ui.current_label.setText(self.tr("Nu: %1").replace("%1", retention.bases_text(list(bases))))
        fill_enum(self.ui.basis_combo, LegalBasis)
        taken = {line.basis for line in bases}
        free = next((i for i, basis in enumerate(LegalBasis) if basis not in taken), 0)
        self.ui.basis_combo.setCurrentIndex(free)
        self.ui.basis_combo.currentIndexChanged.connect(self._basis_changed)
        set_date(self.ui.started_on_date, self.today())
        self._basis_changed()
        self.ui.basis_combo.setFocus()

    def _basis_changed(self) -> None:
        self.ui.covenant_edit.setEnabled(enum_value(self.ui.basis_combo, LegalBasis) is LegalBasis.CONVENANT)

    def submit(self) -> BasisLine:
        basis = enum_value(self.ui.basis_combo, LegalBasis)
        if basis is None:
            raise ValidationError(self.tr("Kies een grondslag."))
        covenant = self.ui.covenant_edit.text() if basis is LegalBasis.CONVENANT else None
        return retention.add_legal_basis(self.ctx, self.case_id, basis, from_qdate(self.ui.started_on_date),
                                         covenant_name=covenant)


class PlaceHoldDialog(ServiceDialog):
    """A legal hold: the case is kept, whatever its retention date, until the hold is lifted."""

    def __init__(self, ctx: ServiceContext, case_id: int, code: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_LegalHoldDialog(), parent)
        self.case_id = case_id
        self.setWindowTitle(self.tr("Bewaarplicht opleggen"))
        self.ok_button.setText(self.tr("Bewaarplicht opleggen"))
        self.ui.hint_label.setText(self.tr(
            "Casus %1 wordt niet vernietigd zolang deze bewaarplicht geldt, ook niet na de bewaartermijn. "
            "Noem de reden, bijvoorbeeld een lopend verzoek of een procedure.").replace("%1", code))
        for widget in (self.ui.hold_label, self.ui.hold_combo):
            widget.hide()
        self.ui.text_label.setText(self.tr("&Reden"))
        self.ui.text_edit.setAccessibleName(self.tr("Reden van de bewaarplicht"))
        self.ui.text_edit.setFocus()

    def submit(self) -> HoldInfo:
        return retention.hold_case(self.ctx, self.case_id, self.ui.text_edit.toPlainText())


class LiftHoldDialog(ServiceDialog):
    """The chair lifts one of the case's holds, saying why it no longer applies."""

    def __init__(self, ctx: ServiceContext, holds: tuple[HoldInfo, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_LegalHoldDialog(), parent)
        self.setWindowTitle(self.tr("Bewaarplicht opheffen"))
        self.ok_button.setText(self.tr("Bewaarplicht opheffen"))
        self.ui.hint_label.setText(self.tr("Na het opheffen telt alleen de bewaartermijn weer."))
        for hold in holds:
            self.ui.hold_combo.addItem(
                self.tr("%1 (sinds %2)").replace("%1", hold.reason).replace("%2", dutch_date(hold.placed_on)),
                hold.id)
        self.ui.text_label.setText(self.tr("&Waarom vervalt ze"))
        self.ui.text_edit.setAccessibleName(self.tr("Waarom de bewaarplicht vervalt"))
        self.ui.text_edit.setFocus()

    def submit(self) -> None:
        hold_id = self.ui.hold_combo.currentData()
        if hold_id is None:
            raise ValidationError(self.tr("Deze casus heeft geen bewaarplicht om op te heffen."))
        retention.lift_hold(self.ctx, hold_id, self.ui.text_edit.toPlainText())


class DestroyCaseDialog(QDialog):
    """What will be destroyed; the chair types the case code to enable "Vernietigen"."""

    def __init__(self, ctx: ServiceContext, view: CaseRetentionView, backups: AutomaticBackupRenewal,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.backups = backups
        self.report: DestructionReport | None = None
        self.ui = Ui_DestroyCaseDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Casus %1 vernietigen").replace("%1", view.code))
        self.ui.title_label.setText(self.tr("Casus %1 vernietigen").replace("%1", view.code))
        self.destroy_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.destroy_button.setText(self.tr("Vernietigen"))
        set_style_property(self.destroy_button, "kind", "danger")
        self.close_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setText(self.tr("Annuleren"))
        self.close_button.setDefault(True)
        self.ui.button_box.accepted.connect(self.destroy_case)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.report_button.clicked.connect(lambda: self.save_report())
        self.ui.report_button.hide()
        self.ui.code_edit.textChanged.connect(self._check_code)
        self.ui.summary_label.setText(self._summary())
        from casusoverleg_desktop.services import destruction

        self.reasons = destruction.check_destruction(ctx, view.case_id)
        if self.reasons:
            show_message(self.ui.error_label, self.tr("Nu niet te vernietigen:") + "\n"
                         + "\n".join(f"• {reason}" for reason in self.reasons), ERROR)
            self.ui.code_edit.setEnabled(False)
        self._check_code()
        self.ui.code_edit.setFocus()

    def _summary(self) -> str:
        line = self.view.retention
        rows = [(self.tr("Casus"), self.view.code),
                (self.tr("Grondslagen"), retention.bases_text(list(self.view.bases)))]
        if line is not None:
            until = self.tr("%1 (%2 jaar)").replace("%1", dutch_date(line.retention_until)).replace(
                "%2", str(line.years))
            rows += [(self.tr("Afgesloten op"), dutch_date(line.closed_on)), (self.tr("Bewaren tot"), until)]
        return "<br>".join(f"{html.escape(caption)}: <b>{html.escape(value)}</b>" for caption, value in rows)

    def code_matches(self) -> bool:
        return self.ui.code_edit.text().strip() == self.view.code

    def _check_code(self) -> None:
        typed = self.ui.code_edit.text().strip()
        self.destroy_button.setEnabled(not self.reasons and self.report is None and self.code_matches())
        restyle(self.destroy_button)  # the enabled look is wider: measure the button again
        if not typed or self.reasons:
            clear_message(self.ui.code_feedback_label)
        elif self.code_matches():
            show_message(self.ui.code_feedback_label, self.tr("De code klopt. Vernietigen kan."), INFO)
        else:
            show_message(self.ui.code_feedback_label,
                         self.tr("Dit is niet de code van deze casus (%1); Vernietigen blijft uit.")
                         .replace("%1", self.view.code), ERROR)

    def destroy_case(self) -> DestructionReport | None:
        if not self.destroy_button.isEnabled():
            return None
        from casusoverleg_desktop.services import destruction

        try:
            report = destruction.destroy_case(self.ctx, self.view.case_id, self.ui.code_edit.text().strip(),
                                              backups=self.backups)
        except CasusoverlegError as exc:
            show_error(self.ui.error_label, exc)
            return None
        self.report = report
        for widget in (self.ui.confirm_label, self.ui.code_edit, self.ui.code_feedback_label,
                       self.ui.warning_label, self.destroy_button):
            widget.hide()
        self.close_button.setText(self.tr("Sluiten"))
        self.ui.button_box.rejected.disconnect()
        self.ui.button_box.rejected.connect(self.accept)  # closing now means: it was done
        self.ui.report_button.show()
        self.ui.report_button.setFocus()
        show_message(self.ui.error_label, self.result_text(report), OK)
        return report

    def result_text(self, report: DestructionReport) -> str:
        return (self.tr("Casus %1 is vernietigd op %2: %3 records verwijderd, %4 opgeslagen documenten "
                        "verwijderd, %5 automatische back-ups vernieuwd. Bewaar het proces-verbaal.")
                .replace("%1", report.case_code)
                .replace("%2", f"{local_time(report.destroyed_at):%d-%m-%Y %H.%M}")
                .replace("%3", str(report.record_count)).replace("%4", str(report.documents_removed))
                .replace("%5", str(report.backups_rewritten)))

    def save_report(self, target: str | Path | None = None) -> Path | None:
        """The proces-verbaal van vernietiging as PDF, where the user chooses."""
        if self.report is None:
            return None
        from casusoverleg_desktop.services import destruction, document_export

        try:
            try:
                built = destruction.proces_verbaal(self.ctx, self.report.record_id, sign=True)
                signed = self.tr("digitaal ondertekend")
            except SigningError as exc:  # the record stands; the chair signs the paper copy
                built = destruction.proces_verbaal(self.ctx, self.report.record_id)
                signed = self.tr("niet digitaal ondertekend (%1); onderteken de afdruk").replace(
                    "%1", exc.message)
            chosen = target if target is not None else choose_pdf_target(self, built.suggested_name)
            if chosen is None:
                return None
            written = document_export.save_export(chosen, built.pdf)
        except CasusoverlegError as exc:
            show_error(self.ui.error_label, exc)
            return None
        remember_folder(written)
        show_message(self.ui.error_label, self.result_text(self.report) + "\n"
                     + self.tr("Proces-verbaal opgeslagen als %1, %2.").replace("%1", str(written))
                     .replace("%2", signed), OK)
        return written

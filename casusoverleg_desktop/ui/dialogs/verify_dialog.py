"""Handtekeningen controleren: open a signed PDF (or drop it here) and see, per signature, who
signed, in which role and when, and whether it is intact, valid, trusted and unchanged since;
a signature whose certificate has since expired says it was checked as of the moment of signing.

The same check as ``casusoverleg verify --vault``: ``services.signing.verify_document`` with the
trust roots of the open vault, in a background thread (pyHanko runs ``asyncio.run``). A damaged
or altered file gives a verdict, never an exception.
"""

from __future__ import annotations

from html import escape as _html_escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QFrame, QLabel, QVBoxLayout, QWidget

from casusoverleg_desktop.services import signing
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.signing import SignatureCheck, VerificationReport, local_time

from casusoverleg_desktop.ui.forms.ui_verify_dialog import Ui_VerifyDialog
from casusoverleg_desktop.ui.theme import Palette, set_style_property
from casusoverleg_desktop.ui.widgets.background import BackgroundTask, ProgressCallback
from casusoverleg_desktop.ui.widgets.messages import clear_message, show_error
from casusoverleg_desktop.ui.widgets.pdf_preview import PdfPreview

MAX_PDF_BYTES = 200 * 1024 * 1024


class VerifyDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VerifyDialog()
        self.ui.setupUi(self)
        self.setAcceptDrops(True)
        self._ctx = ctx
        self.task: BackgroundTask | None = None
        self.report: VerificationReport | None = None
        self.path: Path | None = None
        self.preview = PdfPreview(self)
        self.preview.clear(self.tr("Het voorbeeld van de eerste pagina verschijnt hier."))
        self.ui.preview_layout.addWidget(self.preview)
        self.ui.signatures_layout.addStretch(1)
        self.ui.file_layout.setStretch(1, 1)
        self.ui.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.progress_bar.hide()
        self.ui.verdict_label.hide()
        self.ui.unsigned_label.hide()
        clear_message(self.ui.error_label)
        self.ui.open_button.clicked.connect(self.choose_file)
        self.ui.close_button.clicked.connect(self.reject)

    # -- choosing a file ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("PDF kiezen"), str(self.path.parent if self.path
                                                                                  else Path.home()),
                                                self.tr("PDF-document (*.pdf);;Alle bestanden (*)"))
        if chosen:
            self.open_file(Path(chosen))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt API
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt API
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_file(Path(urls[0].toLocalFile()))

    def open_file(self, path: Path) -> None:
        """Read ``path`` and check its signatures in the background."""
        if self.task is not None:
            return
        self._reset()
        self.path = path
        self.ui.file_label.setText(path.name)
        self.ui.file_label.setToolTip(str(path))
        try:
            if path.stat().st_size > MAX_PDF_BYTES:
                self._show_error(self.tr("Dit bestand is te groot om te controleren."))
                return
            pdf = path.read_bytes()
        except OSError:
            self._show_error(self.tr("Het bestand %1 kan niet worden gelezen.").replace("%1", path.name))
            return
        if not pdf.lstrip()[:5].startswith(b"%PDF-"):
            self._show_error(self.tr("%1 is geen PDF-document. Kies een ondertekende PDF (.pdf).")
                             .replace("%1", path.name))
            self.preview.clear(self.tr("Geen voorbeeld: dit is geen PDF."))
            return
        self.preview.set_pdf(pdf)
        self.ui.progress_bar.setRange(0, 0)
        self.ui.progress_bar.show()
        self.ui.open_button.setEnabled(False)
        ctx = self._ctx

        def work(_progress: ProgressCallback) -> VerificationReport:
            return signing.verify_document(ctx, pdf)

        task = BackgroundTask(work)
        task.signals.succeeded.connect(self._show_report)
        task.signals.failed.connect(self._failed)
        task.signals.ended.connect(self._ended)
        self.task = task
        task.start()

    def _reset(self) -> None:
        self.report = None
        clear_message(self.ui.error_label)
        self.ui.verdict_label.hide()
        self.ui.unsigned_label.hide()
        layout = self.ui.signatures_layout
        while layout.count() > 1:
            widget = layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()

    # -- the result --------------------------------------------------------------------------------
    def _show_report(self, report: VerificationReport) -> None:
        self.report = report
        verdict = self.ui.verdict_label
        mark = "✓" if report.ok else "✗"
        verdict.setText(f"{mark}  {report.verdict}")
        set_style_property(verdict, "verdict", "ok" if report.ok else "bad")
        verdict.setAccessibleDescription(report.verdict)
        verdict.show()
        for number, check in enumerate(report.signatures, start=1):
            self.ui.signatures_layout.insertWidget(number - 1, self._card(number, check))
        if report.unsigned_fields:
            self.ui.unsigned_label.setText(self.tr("Leeg (niet ondertekend): %1").replace(
                "%1", ", ".join(f"veld '{name}'" for name in report.unsigned_fields)))
            self.ui.unsigned_label.show()

    def _card(self, number: int, check: SignatureCheck) -> QFrame:
        card = QFrame()
        card.setObjectName("signature_card")
        card.setAccessibleName(self.tr("Handtekening %1").replace("%1", str(number)))
        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        what = f" — {_escape(check.reason)}" if check.reason else ""
        heading = QLabel(f"<b>{number}. {_escape(check.signer)}</b>{what}")
        heading.setObjectName("signature_heading")
        layout.addWidget(heading)
        who = ", ".join(part for part in (check.role, check.organisation) if part)
        when = (self.tr("ondertekend op %1 (volgens de ondertekenaar)").replace(
            "%1", f"{local_time(check.signed_at):%d-%m-%Y om %H.%M} uur") if check.signed_at
            else self.tr("tijdstip onbekend"))
        details = QLabel(_escape(who) + ("<br>" if who else "") + _escape(when)
                         + f"<br>{_escape(self.tr('veld'))} '{_escape(check.field)}'")
        details.setObjectName("signature_details")
        details.setWordWrap(True)
        layout.addWidget(details)
        marks = [
            (check.intact, self.tr("Intact"), self.tr("Niet intact")),
            (check.valid, self.tr("Geldig"), self.tr("Ongeldig")),
            (check.trusted, self.tr("Vertrouwd"), self.tr("Niet vertrouwd")),
            (not check.changed_after, self.tr("Niet gewijzigd na ondertekening"),
             self.tr("Gewijzigd na ondertekening")),
        ]
        line = "&nbsp;&nbsp;&nbsp;".join(
            f'<span style="color:{Palette.OK_STRONG if ok else Palette.ERROR}; font-weight:600;">'
            f'{"✓" if ok else "✗"} {_escape(yes if ok else no)}</span>' for ok, yes, no in marks)
        status = QLabel(line)
        status.setWordWrap(True)
        status.setAccessibleName(self.tr("Controle"))
        status.setAccessibleDescription(", ".join(yes if ok else no for ok, yes, no in marks))
        layout.addWidget(status)
        for message, kind in [*((p, "signature_problem") for p in check.problems),
                              *((n, "signature_note") for n in check.notes)]:
            message_label = QLabel(message)
            message_label.setObjectName(kind)
            message_label.setTextFormat(Qt.TextFormat.PlainText)
            message_label.setWordWrap(True)
            layout.addWidget(message_label)
        card.setProperty("ok", check.ok)
        return card

    def signature_cards(self) -> list[QFrame]:
        return [w for w in self.ui.signatures_host.findChildren(QFrame, "signature_card")
                if w.parent() is self.ui.signatures_host]

    def _failed(self, _exc: Exception) -> None:
        self._show_error(self.tr("De handtekeningen konden niet worden gecontroleerd. Probeer het nog eens."))

    def _ended(self) -> None:
        self.task = None
        self.ui.progress_bar.hide()
        self.ui.open_button.setEnabled(True)

    def _show_error(self, message: str) -> None:
        show_error(self.ui.error_label, message)

    def error_text(self) -> str:
        return self.ui.error_label.text() if self.ui.error_label.isVisible() else ""

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt API
        self.preview.clear()
        super().closeEvent(event)


def _escape(text: str) -> str:
    """For rich-text labels: Qt does not read the hexadecimal entities of ``html.escape``."""
    return _html_escape(text, quote=False)

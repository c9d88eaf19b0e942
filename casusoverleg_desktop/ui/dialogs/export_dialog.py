"""Documenten: a meeting's invitation, minutes, decision and action list or a partner's extract as
PDF, with a page preview, and the two signatures on adopted minutes.

Every choice builds the document at once in a background thread (``services.document_export.export_*``,
the same calls as ``casusoverleg export``), with a progress bar fed by the builder. Nothing is
written until the user picks a file under "Opslaan als…" (``save_export``: atomic, only there).

Minutes follow their lifecycle (concept → vastgesteld → ondertekend): the minute taker signs first
("opgesteld"), then the chair ("vastgesteld"); each button is enabled only for the role and the
moment it belongs to, and the refreshed preview shows the new stamp.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import AgendaItemKind, MeetingStatus, MinutesStatus
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import document_export, document_signatures, meetings, partners
from casusoverleg_desktop.services import minutes as minutes_service
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.document_export import BuiltDocument
from casusoverleg_desktop.services.minutes import MinutesInfo

from casusoverleg_desktop.ui.forms.ui_export_dialog import Ui_ExportDialog
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.widgets.background import BackgroundTask, ProgressCallback
from casusoverleg_desktop.ui.widgets.messages import clear_message, show_error
from casusoverleg_desktop.ui.widgets.minutes_state import (
    CHAIR_CAPACITY,
    SECRETARY_CAPACITY,
    minutes_state_html,
)
from casusoverleg_desktop.ui.widgets.pdf_files import choose_pdf_target, remember_folder
from casusoverleg_desktop.ui.widgets.pdf_preview import PdfPreview
from casusoverleg_desktop.ui.widgets.questions import Ask, ask, without_covenant_text


class DocumentKind(Enum):
    AGENDA = "agenda"
    MINUTES = "verslag"
    ACTIONS = "besluiten- en actielijst"
    EXTRACT = "uittreksel"


@dataclass(frozen=True)
class BuildRequest:
    """What to build; two equal requests give the same document."""

    kind: DocumentKind
    partner_id: int | None = None
    with_questions: bool = False
    sign: bool = False
    acknowledge_sensitive: bool = False


@dataclass(frozen=True)
class MinutesSituation:
    """Where the meeting's minutes are: the latest version and the signature fields of its PDF."""

    version: MinutesInfo | None
    fields: dict[str, bool]

    @property
    def adopted(self) -> bool:
        return self.version is not None and self.version.status is not MinutesStatus.CONCEPT

    @property
    def secretary_signed(self) -> bool:
        return self.fields.get(document_signatures.SECRETARY_FIELD, False)

    @property
    def chair_signed(self) -> bool:
        return self.fields.get(document_signatures.CHAIR_FIELD, False)

    @property
    def fully_signed(self) -> bool:
        """Both signatures are on it: only then are the minutes 'ondertekend'."""
        return self.secretary_signed and self.chair_signed


@dataclass(frozen=True)
class BuildResult:
    request: BuildRequest
    built: BuiltDocument
    signed: bool
    minutes: MinutesSituation | None = None


def minutes_situation(ctx: ServiceContext, meeting_id: int, pdf: bytes) -> MinutesSituation:
    """The lifecycle state of the minutes whose current PDF is ``pdf`` (runs in the worker)."""
    versions = minutes_service.minutes_versions(ctx, meeting_id)
    latest = versions[-1] if versions else None
    adopted = latest is not None and latest.status is not MinutesStatus.CONCEPT
    return MinutesSituation(latest, document_signatures.signature_fields(pdf) if adopted else {})


def fitting_document(status: MeetingStatus, minutes: MinutesInfo | None) -> DocumentKind:
    """The document a meeting in this state needs next: the invitation and agenda while it is being
    prepared, the minutes once it is held (to make, adopt and sign), the decision and action list
    once both signatures are on the minutes."""
    if status is not MeetingStatus.GEHOUDEN:
        return DocumentKind.AGENDA
    if minutes is not None and (minutes.status is MinutesStatus.ONDERTEKEND or {
            s.capacity for s in minutes.signatures} >= {SECRETARY_CAPACITY, CHAIR_CAPACITY}):
        return DocumentKind.ACTIONS
    return DocumentKind.MINUTES


def role_of(ctx: ServiceContext) -> Role | None:
    """The role the acting user signs minutes in (when no role was passed in): the one the
    services sign with."""
    try:
        return document_signatures.signing_role(ctx)
    except CasusoverlegError:
        return None


def _throttled(emit: ProgressCallback) -> ProgressCallback:
    """Pass on progress only when the whole percentage changes (builders report per paragraph)."""
    last = [-1]

    def report(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent != last[0]:
            last[0] = percent
            emit(done, total)

    return report


class ExportDialog(QDialog):
    """``ExportDialog(ctx, meeting_id, role)``; ``role`` decides which signature button applies.

    It opens on ``initial``, or else on the document that fits the meeting's state
    (``fitting_document``).
    """

    def __init__(self, ctx: ServiceContext, meeting_id: int, role: Role | None = None,
                 parent: QWidget | None = None, initial: DocumentKind | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self.meeting_id = meeting_id
        self.role = role if role is not None else role_of(ctx)
        self.result: BuildResult | None = None
        self.task: BackgroundTask | None = None
        self._signing = False
        self._rebuild = False
        self._sensitive_partner: int | None = None
        self._partner_index = 0  # the partner chosen last (0: none), to go back to when cancelled
        self._without_covenant: dict[int, str] = {}  # invited partners without the covenant, by id
        self.ask: Ask = ask  # the warning before an extract for a partner without the covenant

        self.preview = PdfPreview(self)
        self.ui.preview_layout.addWidget(self.preview)
        self._kinds = {self.ui.agenda_radio: DocumentKind.AGENDA,
                       self.ui.minutes_radio: DocumentKind.MINUTES,
                       self.ui.actions_radio: DocumentKind.ACTIONS,
                       self.ui.extract_radio: DocumentKind.EXTRACT}
        self.ui.status_label.setMinimumHeight(2 * self.ui.status_label.fontMetrics().lineSpacing() + 4)
        self.ui.progress_bar.hide()
        clear_message(self.ui.error_label)
        self.ui.sensitive_label.hide()
        self.ui.acknowledge_check.hide()
        self.ui.sensitive_label.setObjectName("sensitive_label")

        meeting = meetings.get_meeting(ctx, meeting_id)
        self.setWindowTitle(self.tr("Documenten — %1 %2").replace("%1", label(meeting.meeting_type))
                            .replace("%2", f"{meeting.held_on:%d-%m-%Y}"))
        self.ui.meeting_label.setText(f"{label(meeting.meeting_type)} · {meeting.held_on:%d-%m-%Y} · "
                                      f"{label(meeting.status)}")
        self._fill_partners()
        if initial is None:
            versions = minutes_service.minutes_versions(ctx, meeting_id) \
                if meeting.status is MeetingStatus.GEHOUDEN else []
            initial = fitting_document(meeting.status, versions[-1] if versions else None)
        if initial is DocumentKind.EXTRACT and not self.ui.extract_radio.isEnabled():
            initial = DocumentKind.AGENDA
        self.choose(initial)
        self.ui.questions_check.setChecked(True)

        for radio in self._kinds:
            radio.toggled.connect(self._kind_toggled)
        self.ui.questions_check.toggled.connect(self._options_changed)
        self.ui.sign_check.toggled.connect(self._options_changed)
        self.ui.partner_combo.currentIndexChanged.connect(self._partner_changed)
        self.ui.acknowledge_check.toggled.connect(self._options_changed)
        self.ui.sign_secretary_button.clicked.connect(lambda: self.sign_minutes(Role.SECRETARY))
        self.ui.sign_chair_button.clicked.connect(lambda: self.sign_minutes(Role.CHAIR))
        self.ui.save_button.clicked.connect(self.save_as)
        self.ui.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_as)
        self._show_options()
        self._update_buttons()
        QTimer.singleShot(0, self.request_build)

    # -- choices ---------------------------------------------------------------------------------
    def _fill_partners(self) -> None:
        """Partners invited to any case item of this meeting (an extract is only for them)."""
        invited = {pid for item in meetings.agenda(self._ctx, self.meeting_id)
                   if item.kind is AgendaItemKind.CASUS for pid in item.invited_partner_ids}
        combo = self.ui.partner_combo
        self._without_covenant.clear()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— kies een partner —"), None)
        for partner in sorted((p for p in partners.list_partners(self._ctx) if p.id in invited),
                              key=lambda p: p.name.casefold()):
            combo.addItem(partner.name if partner.covenant_signed
                          else self.tr("%1 (geen convenant)").replace("%1", partner.name), partner.id)
            if not partner.covenant_signed:
                self._without_covenant[partner.id] = partner.name
        combo.blockSignals(False)
        if not invited:
            self.ui.extract_radio.setEnabled(False)
            self.ui.extract_radio.setToolTip(self.tr("Er zijn geen partners uitgenodigd voor een casus."))

    def kind(self) -> DocumentKind:
        return next(kind for radio, kind in self._kinds.items() if radio.isChecked())

    def choose(self, kind: DocumentKind) -> None:
        next(radio for radio, k in self._kinds.items() if k is kind).setChecked(True)

    def choose_partner(self, partner_id: int) -> None:
        self.ui.partner_combo.setCurrentIndex(self.ui.partner_combo.findData(partner_id))

    def current_request(self) -> BuildRequest:
        kind = self.kind()
        if kind is DocumentKind.MINUTES:
            return BuildRequest(kind)
        request = BuildRequest(kind, sign=self.ui.sign_check.isChecked())
        if kind is DocumentKind.AGENDA:
            return replace(request, with_questions=self.ui.questions_check.isChecked())
        if kind is DocumentKind.EXTRACT:
            return replace(request, partner_id=self.ui.partner_combo.currentData(),
                           acknowledge_sensitive=self.ui.acknowledge_check.isChecked())
        return request

    def _kind_toggled(self, checked: bool) -> None:
        if checked:
            self._show_options()
            self.request_build()

    def _partner_changed(self) -> None:
        combo = self.ui.partner_combo
        name = self._without_covenant.get(combo.currentData())
        if name is not None and not self.ask(
                self, self.tr("Uittreksel zonder convenant"),
                without_covenant_text([name], self.tr("Toch een uittreksel maken voor %1?")),
                self.tr("Toch maken")):
            combo.blockSignals(True)
            combo.setCurrentIndex(self._partner_index)
            combo.blockSignals(False)
            return
        self._partner_index = combo.currentIndex()
        self._sensitive_partner = None
        self.ui.acknowledge_check.blockSignals(True)
        self.ui.acknowledge_check.setChecked(False)
        self.ui.acknowledge_check.blockSignals(False)
        self._show_options()
        self.request_build()

    def _options_changed(self) -> None:
        self.request_build()

    def _show_options(self) -> None:
        kind = self.kind()
        extract = kind is DocumentKind.EXTRACT
        self.ui.questions_check.setVisible(kind is DocumentKind.AGENDA)
        self.ui.partner_label.setVisible(extract)
        self.ui.partner_combo.setVisible(extract)
        sensitive = extract and self._sensitive_partner is not None \
            and self._sensitive_partner == self.ui.partner_combo.currentData()
        self.ui.sensitive_label.setVisible(sensitive)
        self.ui.acknowledge_check.setVisible(sensitive)
        self.ui.sign_check.setVisible(kind is not DocumentKind.MINUTES)
        self.ui.options_group.setVisible(kind is not DocumentKind.MINUTES)
        self.ui.minutes_group.setVisible(kind is DocumentKind.MINUTES)

    # -- building --------------------------------------------------------------------------------
    def busy(self) -> bool:
        return self.task is not None

    def request_build(self) -> None:
        """Build what is chosen now; while another build runs, build again once it is done."""
        if self.busy():
            self._rebuild = True
            return
        self._show_error("")
        request = self.current_request()
        if request.kind is DocumentKind.EXTRACT and request.partner_id is None:
            self._set_result(None)
            self.preview.clear(self.tr("Kies de partner voor wie het uittreksel is."))
            self.ui.status_label.clear()
            return
        self._start(request, self._build_work(request), self.tr("Samenstellen…"))

    def _build_work(self, request: BuildRequest) -> Callable[[ProgressCallback], BuildResult]:
        ctx, meeting_id = self._ctx, self.meeting_id

        def work(progress: ProgressCallback) -> BuildResult:
            report = _throttled(progress)
            kind = request.kind
            if kind is DocumentKind.AGENDA:
                built = document_export.export_agenda(ctx, meeting_id, sign=request.sign,
                                                      with_questions=request.with_questions, progress=report)
            elif kind is DocumentKind.ACTIONS:
                built = document_export.export_action_list(ctx, meeting_id, sign=request.sign,
                                                           progress=report)
            elif kind is DocumentKind.EXTRACT:
                built = document_export.export_extract(ctx, meeting_id, request.partner_id, sign=request.sign,
                                                       acknowledge_sensitive=request.acknowledge_sensitive,
                                                       progress=report)
            else:
                built = document_export.export_minutes(ctx, meeting_id, progress=report)
                situation = minutes_situation(ctx, meeting_id, built.pdf)
                return BuildResult(request, built, situation.fully_signed, situation)
            return BuildResult(request, built, request.sign)

        return work

    def sign_minutes(self, role: Role) -> None:
        """Sign the adopted minutes as the acting user (the button says in which role)."""
        if self.busy() or role is not self.role:
            return
        ctx, meeting_id = self._ctx, self.meeting_id

        def work(_progress: ProgressCallback) -> BuildResult:
            built = document_export.export_minutes(ctx, meeting_id, sign=True)
            situation = minutes_situation(ctx, meeting_id, built.pdf)
            return BuildResult(BuildRequest(DocumentKind.MINUTES), built, situation.fully_signed, situation)

        self._signing = True
        self._start(BuildRequest(DocumentKind.MINUTES), work, self.tr("Ondertekenen…"), busy=True)

    def _start(self, request: BuildRequest, work: Callable[[ProgressCallback], BuildResult], text: str,
               *, busy: bool = False) -> None:
        self.ui.status_label.setText(text)
        bar = self.ui.progress_bar
        bar.setRange(0, 0 if busy else 100)
        bar.setValue(0)
        bar.show()
        task = BackgroundTask(work)
        task.signals.progressed.connect(self._progressed)
        task.signals.succeeded.connect(self._succeeded)
        task.signals.failed.connect(self._failed)
        task.signals.ended.connect(self._ended)
        self.task = task
        self._update_buttons()
        task.start()

    def _progressed(self, done: int, total: int) -> None:
        bar = self.ui.progress_bar
        if bar.maximum() != total and total > 0:
            bar.setRange(0, total)
        bar.setValue(done)

    def _succeeded(self, result: BuildResult) -> None:
        if result.request != self.current_request():
            self._rebuild = True  # the choice changed while this was built
            return
        self._set_result(result)
        self.preview.set_pdf(result.built.pdf)
        if self._signing:
            self.preview.show_signatures()  # the new stamp
        pages = self.tr("1 pagina") if result.built.page_count == 1 else \
            self.tr("%1 pagina's").replace("%1", str(result.built.page_count))
        signed = self.tr(", ondertekend") if result.signed else ""
        if result.minutes is not None and result.minutes.secretary_signed and not result.signed:
            signed = self.tr(", getekend door de notulist")
        self.ui.status_label.setText(self.tr("%1: %2%3. Nog niet opgeslagen.").replace(
            "%1", result.built.title).replace("%2", pages).replace("%3", signed))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, document_export.SensitiveDataNotAcknowledged):
            self._sensitive_partner = self.ui.partner_combo.currentData()
            self.ui.sensitive_label.setText(exc.message)
            self._set_result(None)
            self.preview.clear(self.tr("Dit uittreksel wordt pas samengesteld na uw bevestiging."))
            self.ui.status_label.clear()
            self._show_options()
            self.ui.acknowledge_check.setFocus()
            return
        if isinstance(exc, CasusoverlegError):
            message = exc.message
        else:
            message = self.tr("Het document kon niet worden gemaakt. Er is niets opgeslagen; probeer het "
                              "nog eens.")
        self.ui.status_label.clear()
        self._show_error(message)

    def _ended(self) -> None:
        self.task = None
        self._signing = False
        self.ui.progress_bar.hide()
        self._update_buttons()
        if self._rebuild:
            self._rebuild = False
            self.request_build()

    def _set_result(self, result: BuildResult | None) -> None:
        self.result = result
        if result is not None and result.minutes is not None:
            self._show_minutes_state(result.minutes)
        self._update_buttons()

    # -- minutes lifecycle -----------------------------------------------------------------------
    def _show_minutes_state(self, situation: MinutesSituation) -> None:
        """Concept, or vastgesteld with the sentence the minutes carry, and who signed when."""
        self.ui.state_label.setText(minutes_state_html(situation.version))

    def _update_buttons(self) -> None:
        idle = not self.busy()
        result = self.result
        self.ui.save_button.setEnabled(idle and result is not None)
        for widget in (self.ui.document_group, self.ui.options_group):
            widget.setEnabled(not self._signing)
        situation = result.minutes if result is not None else None
        secretary_ok = chair_ok = False
        hint = ""
        if situation is None:
            hint = self.tr("Het verslag wordt samengesteld…") if not idle else ""
        elif not situation.adopted:
            hint = self.tr("Ondertekenen kan zodra het verslag is vastgesteld: in een volgende vergadering "
                           "of schriftelijk.")
        elif situation.secretary_signed and situation.chair_signed:
            hint = self.tr("Beide handtekeningen staan erop. Sla het verslag op om het te versturen.")
        elif self.role is None:
            hint = self.tr("Alleen de notulist en de voorzitter ondertekenen een verslag.")
        elif not situation.secretary_signed:
            secretary_ok = self.role is Role.SECRETARY
            if not secretary_ok:
                hint = self.tr("De notulist ondertekent eerst (opgesteld); daarna ondertekent u als "
                               "voorzitter (vastgesteld).")
        else:
            chair_ok = self.role is Role.CHAIR
            if not chair_ok:
                hint = self.tr("U heeft ondertekend; nu ondertekent de voorzitter.")
        self.ui.sign_secretary_button.setEnabled(idle and secretary_ok)
        self.ui.sign_chair_button.setEnabled(idle and chair_ok)
        self.ui.sign_hint_label.setText(hint)
        self.ui.sign_hint_label.setVisible(bool(hint))

    # -- saving ------------------------------------------------------------------------------------
    def save_as(self) -> Path | None:
        """Ask where to save (suggested: document, date and case codes) and write it only there."""
        if self.result is None or self.busy():
            return None
        built = self.result.built
        chosen = choose_pdf_target(self, built.suggested_name)
        if chosen is None:
            return None
        try:
            written = document_export.save_export(chosen, built.pdf)
        except CasusoverlegError as exc:
            self._show_error(exc.message)
            return None
        self._show_error("")
        remember_folder(written)
        self.ui.status_label.setText(self.tr("Opgeslagen als %1").replace("%1", str(written)))
        return written

    # -- errors and closing ----------------------------------------------------------------------
    def _show_error(self, message: str) -> None:
        show_error(self.ui.error_label, message)

    def error_text(self) -> str:
        return self.ui.error_label.text() if self.ui.error_label.isVisible() else ""

    def reject(self) -> None:
        """Closing (also when the vault locks) never waits: a signature being made is finished and
        stored by its thread; the preview of the content goes at once."""
        self.preview.clear()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt API
        self.preview.clear()
        super().closeEvent(event)


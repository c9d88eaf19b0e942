"""The case window: one case file, in its own top-level window.

Why a window of its own: during a meeting the chair keeps the meeting (agenda, meeting mode) in the
main window and puts the case file beside it, or on the second screen, without losing their place
in either. Several cases can be open side by side. The windows belong to the Casussen page, so
they close with the main window when the vault locks.

Opening the window reads the case and everything shown with it in one unit of work
(``case_views.case_window_view``), which records the opening in the audit trail. On "Melder en
terugkoppeling", "Brief maken…" turns the chosen terugkoppeling into a letter to the reporter
(``services.document_export.export_feedback_letter``) that the user saves where they choose.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMenu, QMessageBox, QTabWidget, QWidget

from casusoverleg_desktop.domain.enums import (
    CaseStatus,
    DataCategory,
    LegalBasis,
    MeetingStatus,
    StatementType,
    SubjectRole,
)
from casusoverleg_desktop.domain.lifecycle import OPEN_STATUSES, allowed_next
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import actions, balance, case_views
from casusoverleg_desktop.services.cases import CaseDetail, ReporterInfo
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.retention_views import CaseRetentionView
from casusoverleg_desktop.services.signals import SignalInfo

from casusoverleg_desktop.ui.balance import BalanceHistoryWidget, BalanceSheetWidget
from casusoverleg_desktop.ui.dialogs.case_dialogs import (
    CaseSettingsDialog,
    CloseCaseDialog,
    EscalationDialog,
    FeedbackDialog,
    InformedDialog,
    ReporterDialog,
    SignalDialog,
    SubjectDialog,
    TransitionDialog,
    VerifySignalDialog,
)
from casusoverleg_desktop.ui.dialogs.help_dialog import HelpDialog
from casusoverleg_desktop.ui.dialogs.retention_dialogs import (
    DestroyCaseDialog,
    LegalBasisDialog,
    LiftHoldDialog,
    PlaceHoldDialog,
)
from casusoverleg_desktop.ui.dialogs.route_dialogs import PlaceRouteDialog, RouteStepPassedDialog
from casusoverleg_desktop.ui.forms.ui_case_window import Ui_CaseWindow
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.base import ROW_ROLE, dutch_date
from casusoverleg_desktop.ui.models.case_models import (
    ActionModel,
    DecisionModel,
    FeedbackModel,
    FeedbackRow,
    InformedModel,
    Names,
    ReporterModel,
    SignalModel,
    SubjectModel,
    TimelineModel,
)
from casusoverleg_desktop.ui.navigation import Navigator
from casusoverleg_desktop.ui.shortcuts import CASE_WINDOW, make_shortcut
from casusoverleg_desktop.ui.theme import Palette, set_style_property
from casusoverleg_desktop.ui.widgets import markers
from casusoverleg_desktop.ui.widgets.messages import ERROR, OK, show_error, show_message
from casusoverleg_desktop.ui.widgets.modal import open_modal
from casusoverleg_desktop.ui.widgets.pdf_files import choose_pdf_target, remember_folder
from casusoverleg_desktop.ui.widgets.scrolling import scrolled
from casusoverleg_desktop.ui.widgets.tables import fit_columns, setup_table

if TYPE_CHECKING:
    from casusoverleg_desktop.services.destruction import AutomaticBackupRenewal
from casusoverleg_desktop.ui.windows.family_panel import FamilyPanel


class CaseWindow(QWidget):
    """Header with the case's key facts, and tabs with its content."""

    changed = Signal(int)  # the case id, after any change made here

    TABS = ("subjects_tab", "signals_tab", "timeline_tab", "actions_tab", "reporter_tab", "informed_tab",
            "balance_tab")

    def __init__(self, ctx: ServiceContext, case_id: int, parent: QWidget | None = None,
                 navigator: Navigator | None = None, *,
                 backups: AutomaticBackupRenewal | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.case_id = case_id
        self.navigator = navigator
        self.backups = backups  # the vault's automatic backups, renewed when a case is destroyed
        self.detail: CaseDetail | None = None
        self.kept: CaseRetentionView | None = None
        self.ui = Ui_CaseWindow()
        self.ui.setupUi(self)
        self.names = Names()
        today = ctx.clock().date()
        self.subjects = SubjectModel(self.names, self, today)
        self.signals = SignalModel(self.names, self, today)
        self.timeline = TimelineModel(self.names, self, today)
        self.actions = ActionModel(self.names, self, today)
        self.decisions = DecisionModel(self.names, self, today)
        self.reporters = ReporterModel(self.names, self, today)
        self.feedback = FeedbackModel(self.names, self, today)
        self.informed = InformedModel(self.names, self, today)
        u = self.ui
        setup_table(u.subjects_view, self.subjects, stretch=SubjectModel.NOTE)
        setup_table(u.signals_view, self.signals, stretch=SignalModel.TEXT, wrap_rows=True)
        setup_table(u.timeline_view, self.timeline, stretch=TimelineModel.DETAIL, wrap_rows=True)
        setup_table(u.actions_view, self.actions, stretch=ActionModel.DESCRIPTION, wrap_rows=True)
        setup_table(u.decisions_view, self.decisions, stretch=DecisionModel.TEXT, wrap_rows=True)
        setup_table(u.reporters_view, self.reporters, stretch=ReporterModel.FEEDBACK)
        setup_table(u.feedback_view, self.feedback, stretch=FeedbackModel.CONTENT, wrap_rows=True)
        setup_table(u.informed_view, self.informed, stretch=InformedModel.MOMENT)
        u.signals_view.setDragEnabled(True)
        u.signals_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.balance_history: BalanceHistoryWidget | None = None
        self.balance_sheet: BalanceSheetWidget | None = None
        u.tabs.currentChanged.connect(self._tab_changed)
        self._legend()
        u.subjects_hint_label.setText(self.tr(
            "Alleen weergavepseudoniemen. GEZAG: deze ouder of voogd heeft het ouderlijk gezag."))
        self.family = FamilyPanel(ctx, case_id, self)
        u.subjects_tab_layout.insertWidget(u.subjects_tab_layout.indexOf(u.subjects_hint_label), self.family)
        u.subjects_tab_layout.setStretchFactor(u.subjects_view, 2)
        u.subjects_tab_layout.setStretchFactor(self.family, 3)
        self.family.changed.connect(self.after_change)
        u.signal_legend_label.setToolTip(self.tr("Sleep een signaal naar de balans in de vergadermodus."))

        u.transition_button.clicked.connect(self.change_status)
        u.close_case_button.clicked.connect(self.close_case)
        set_style_property(u.close_case_button, "kind", "danger")  # it ends the case
        u.settings_button.clicked.connect(self.edit_settings)
        menu = QMenu(u.retention_button)
        self.add_basis_action = menu.addAction(self.tr("Grondslag toevoegen…"), self.add_legal_basis)
        self.hold_action = menu.addAction(self.tr("Bewaarplicht opleggen…"), self.place_hold)
        self.lift_action = menu.addAction(self.tr("Bewaarplicht opheffen…"), self.lift_hold)
        u.retention_button.setMenu(menu)
        u.destroy_button.clicked.connect(self.destroy_case)
        set_style_property(u.destroy_button, "kind", "danger")
        u.add_subject_button.clicked.connect(self.add_subject)
        u.add_signal_button.clicked.connect(lambda: self.add_signal(contra=False))
        u.add_contra_button.clicked.connect(lambda: self.add_signal(contra=True))
        u.verify_button.clicked.connect(self.verify_signal)
        u.escalation_button.clicked.connect(self.add_escalation)
        u.add_reporter_button.clicked.connect(self.add_reporter)
        u.add_feedback_button.clicked.connect(self.add_feedback)
        u.letter_button.clicked.connect(self.make_letter)
        u.next_step_button.clicked.connect(self.next_step)
        u.choose_route_button.clicked.connect(self.choose_route)
        u.reporters_view.selectionModel().selectionChanged.connect(self._reporter_chosen)
        u.feedback_view.selectionModel().selectionChanged.connect(self._feedback_chosen)
        u.letter_label.hide()
        u.add_informed_button.clicked.connect(self.add_informed)
        u.closed_actions_check.toggled.connect(self._load_actions)
        u.informed_history_check.toggled.connect(self._show_informed)
        u.signals_view.doubleClicked.connect(self.verify_signal)
        u.timeline_view.activated.connect(self.open_timeline_entry)
        for name, slot in (("new_signal", lambda: self.add_signal(contra=False)),
                           ("new_contra", lambda: self.add_signal(contra=True)),
                           ("status", self.change_status), ("close", self.close), ("reload", self.reload),
                           ("next_tab", lambda: self.step_tab(1)),
                           ("previous_tab", lambda: self.step_tab(-1)),
                           ("help", self.open_help)):
            CASE_WINDOW.bind(name, self, slot)
        tab_keys = CASE_WINDOW["tab"]
        for keys, tab in zip(tab_keys.keys, self.TABS, strict=True):
            widget = getattr(u, tab)
            make_shortcut(self, keys, lambda w=widget: u.tabs.setCurrentWidget(w), tab_keys.text)
            u.tabs.setTabToolTip(u.tabs.indexOf(widget), keys)
        self.help_dialog: HelpDialog | None = None
        self.resize(1240, 800)
        self.reload()

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the case and everything shown with it in one unit of work (recorded as an opening
        the first time)."""
        view = case_views.case_window_view(self.ctx, self.case_id, already_open=self.detail is not None,
                                           include_closed_actions=self.ui.closed_actions_check.isChecked())
        self.detail = view.detail
        self._all_partners = list(view.partners)
        self._all_professionals = list(view.professionals)
        self.names.partners.clear()
        self.names.partners.update({p.id: p.short_name or p.name for p in self._all_partners})
        self.names.professionals.clear()
        self.names.professionals.update({p.id: p.name for p in self._all_professionals})
        self.names.subjects.clear()
        self.names.subjects.update({s.id: s.pseudonym for s in self.detail.subjects})
        self._decisions = list(view.decisions)
        self.kept = view.retention
        self._header()
        self.subjects.set_rows(self.detail.subjects)
        self.family.show_family(view.family, editable=self.detail.case.status in OPEN_STATUSES)
        self._persons = view.family.members
        self.signals.set_rows(self.detail.signals)
        self.timeline.set_rows(list(view.timeline))
        self.decisions.set_rows(self._decisions)
        self.reporters.show(list(self.detail.reporters), view.signal_routes)
        self._reporter_chosen()
        self.feedback.set_rows([
            FeedbackRow(f.id, self.reporters.who(r), f) for r in self.detail.reporters for f in r.feedback])
        self._feedback_chosen()
        self.actions.set_rows(list(view.actions))
        self._show_informed()
        self._fit()

    def step_tab(self, step: int) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab: the next or previous tab that can be chosen, round the end."""
        tabs = self.ui.tabs
        index = tabs.currentIndex()
        for _ in range(tabs.count()):
            index = (index + step) % tabs.count()
            if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
                return

    def open_help(self) -> HelpDialog:
        """F1: the shortcuts, this window's first."""
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self, CASE_WINDOW.key)
        self.help_dialog.show_screen(CASE_WINDOW.key)
        self.help_dialog.show()
        self.help_dialog.raise_()
        return self.help_dialog

    def _tab_changed(self) -> None:
        """The balance widgets are made when their tab is first shown (they read every version)."""
        if self.ui.tabs.currentWidget() is not self.ui.balance_tab:
            return
        if self.balance_history is None:
            self.balance_tabs = QTabWidget()
            self.balance_tabs.setAccessibleName(self.tr("Balans zorg en veiligheid"))
            self.balance_history = BalanceHistoryWidget(self.ctx, self.case_id)
            meeting_id = self._balance_meeting()
            if meeting_id is not None:
                self.balance_sheet = BalanceSheetWidget(self.ctx, self.case_id, meeting_id)
                self.balance_sheet.changed.connect(self.balance_history.refresh)
                self.balance_tabs.addTab(self.balance_sheet, self.tr("Balans"))
            self.balance_tabs.addTab(self.balance_history, self.tr("Verloop en vergelijking"))
            area = scrolled(self.balance_tabs, "balance_scroll")  # the sheet is taller than a laptop
            self.ui.balance_tab_layout.addWidget(area)
            area.show()  # added to a tab that is already on screen
        else:
            self.balance_history.refresh()

    def _balance_meeting(self) -> int | None:
        """The meeting whose sheet this window shows: the latest version's, or else the next
        meeting with this case on its agenda (so the chair can prepare the weighing)."""
        sheets = balance.list_sheets(self.ctx, self.case_id)
        if sheets:
            return max(sheets, key=lambda row: row.version).meeting_id
        upcoming = [m for m in case_views.case_meetings(self.ctx, self.case_id)
                    if m.status is not MeetingStatus.GEANNULEERD]
        return upcoming[-1].meeting_id if upcoming else None

    def save_pending(self) -> None:
        """Before the vault locks: what was typed on the balance sheet is stored."""
        if self.balance_sheet is not None:
            self.balance_sheet.save_pending()

    def _load_actions(self) -> None:
        records = actions.action_list(self.ctx, case_id=self.case_id,
                                      include_closed=self.ui.closed_actions_check.isChecked())
        self.actions.set_rows(records)

    def _show_informed(self) -> None:
        assert self.detail is not None
        history = self.ui.informed_history_check.isChecked()
        self.informed.set_rows([r for r in self.detail.informed if history or not r.superseded])

    def _fit(self) -> None:
        u = self.ui
        fit_columns(u.subjects_view)
        fit_columns(u.signals_view, {SignalModel.SOURCE: 190, SignalModel.MARKS: 230})
        fit_columns(u.timeline_view, {TimelineModel.WHAT: 340})
        fit_columns(u.actions_view, {ActionModel.WHEN: 220})
        fit_columns(u.decisions_view)
        fit_columns(u.reporters_view)
        fit_columns(u.feedback_view)
        fit_columns(u.informed_view)

    def _header(self) -> None:
        assert self.detail is not None
        case = self.detail.case
        u = self.ui
        self.setWindowTitle(self.tr("Casus %1 — Casusoverleg").replace("%1", case.code))
        u.code_label.setText(case.code)
        u.status_value.setText(label(case.status))
        is_open = case.status in OPEN_STATUSES
        u.status_value.setProperty("closed", not is_open)
        u.status_value.style().unpolish(u.status_value)
        u.status_value.style().polish(u.status_value)
        assert self.kept is not None
        bases = self.kept.bases
        basis = "\n".join(line.label for line in bases) if len(bases) > 1 else label(case.legal_basis)
        if len(bases) == 1 and case.legal_basis is LegalBasis.CONVENANT and case.covenant_name:
            basis = f"{basis}: {case.covenant_name}"
        manager = self.names.professional(case.case_manager_id) or self.tr("nog niet gekozen")
        review = dutch_date(case.next_review_date) or self.tr("niet gepland")
        if case.closure_reason is not None:
            review = self.tr("afgesloten %1 (%2)").replace("%1", dutch_date(case.closed_on)).replace(
                "%2", label(case.closure_reason).lower())
        primary = next((s.pseudonym for s in self.subjects_sorted() if s.role is SubjectRole.PRIMAIR), "—")
        for widget, caption, value in (
            (u.basis_value, self.tr("Grondslagen") if len(bases) > 1 else self.tr("Grondslag"), basis),
            (u.manager_value, self.tr("Casusregisseur"), manager),
            (u.review_value, self.tr("Volgende bespreking"), review),
            (u.primary_value, self.tr("Betrokkene"), primary),
        ):
            widget.setText(f'<span style="color:{Palette.SECONDARY};">{html.escape(caption)}</span><br>'
                           f'<b>{html.escape(value).replace(chr(10), "<br>")}</b>')
        self._retention_header(is_open)
        steps = allowed_next(case.status)
        u.transition_button.setEnabled(bool(steps - {CaseStatus.AFGESLOTEN}))
        u.close_case_button.setEnabled(CaseStatus.AFGESLOTEN in steps)
        for button in (u.settings_button, u.add_subject_button, u.add_signal_button, u.add_contra_button,
                       u.escalation_button, u.add_reporter_button):
            button.setEnabled(is_open)

    def _retention_header(self, is_open: bool) -> None:
        """"Bewaren tot" for a closed case, every active hold; the actions that fit the case and user."""
        assert self.kept is not None
        u, kept = self.ui, self.kept
        lines = []
        if kept.retention is not None:
            lines.append(self.tr("tot %1").replace("%1", dutch_date(kept.retention.retention_until)))
        lines += [self.tr("bewaarplicht: %1").replace("%1", hold.reason) for hold in kept.holds]
        u.retention_value.setVisible(bool(lines))
        u.retention_value.setText(
            f'<span style="color:{Palette.SECONDARY};">{html.escape(self.tr("Bewaren"))}</span><br>'
            + "<br>".join(f"<b>{html.escape(line)}</b>" for line in lines))
        self.add_basis_action.setEnabled(is_open)
        self.lift_action.setEnabled(kept.chair and bool(kept.holds))
        today = self.ctx.clock().date()
        u.destroy_button.setVisible(kept.chair and kept.due(today) and self.backups is not None)
        u.destroy_button.setEnabled(not kept.holds)
        u.destroy_button.setToolTip(
            self.tr("Eerst de bewaarplicht opheffen.") if kept.holds
            else self.tr("De bewaartermijn is verstreken: de casus vernietigen (met de casuscode ter "
                         "bevestiging)."))

    def subjects_sorted(self):
        assert self.detail is not None
        return sorted(self.detail.subjects, key=lambda s: (s.role is not SubjectRole.PRIMAIR, s.id))

    def _legend(self) -> None:
        badges = [markers.statement_badge(t) for t in StatementType]
        badges += [markers.CONTRA, markers.DIAGNOSIS_FLAG]
        badges += [b for b in (markers.category_badge(c) for c in DataCategory) if b]
        self.ui.signal_legend_label.setText(
            self.tr("Legenda: ") + " ".join(b.html() for b in badges)
            + self.tr(" — meningen en hypothesen staan cursief; weerlegde signalen grijs."))

    # -- actions -----------------------------------------------------------------------------
    def _run(self, dialog: QDialog) -> QDialog:
        return open_modal(dialog, self.after_change)

    def after_change(self) -> None:
        try:
            self.reload()
        except CasusoverlegError as exc:
            show_error(self, exc)
        self.changed.emit(self.case_id)

    def change_status(self) -> None:
        if self.ui.transition_button.isEnabled():
            self._run(self.transition_dialog())

    def transition_dialog(self) -> TransitionDialog:
        assert self.detail is not None
        return TransitionDialog(self.ctx, self.detail.case, self._all_partners, self)

    def close_case(self) -> None:
        if self.ui.close_case_button.isEnabled():
            self._run(self.close_dialog())

    def close_dialog(self) -> CloseCaseDialog:
        assert self.detail is not None
        return CloseCaseDialog(self.ctx, self.detail.case, self)

    def add_legal_basis(self) -> None:
        if self.add_basis_action.isEnabled() and self.kept is not None:
            self._run(LegalBasisDialog(self.ctx, self.case_id, self.kept.bases, self))

    def place_hold(self) -> None:
        self._run(PlaceHoldDialog(self.ctx, self.case_id, self.kept.code if self.kept else "", self))

    def lift_hold(self) -> None:
        if self.lift_action.isEnabled() and self.kept is not None:
            self._run(LiftHoldDialog(self.ctx, self.kept.holds, self))

    def destroy_case(self) -> DestroyCaseDialog | None:
        """The chair destroys a case past its retention date; the window closes once it is gone."""
        if not (self.ui.destroy_button.isVisible() and self.ui.destroy_button.isEnabled()) \
                or self.kept is None or self.backups is None:
            return None
        dialog = DestroyCaseDialog(self.ctx, self.kept, self.backups, self)

        def finished() -> None:
            if dialog.report is not None:
                self.changed.emit(self.case_id)
                self.close()

        open_modal(dialog, finished, finished)
        return dialog

    def edit_settings(self) -> None:
        assert self.detail is not None
        self._run(CaseSettingsDialog(self.ctx, self.detail.case, self._all_partners,
                                     self._all_professionals, self))

    def add_subject(self) -> None:
        assert self.detail is not None
        has_primary = any(s.role is SubjectRole.PRIMAIR for s in self.detail.subjects)
        self._run(SubjectDialog(self.ctx, self.case_id, has_primary, self))

    def signal_dialog(self, contra: bool = False) -> SignalDialog:
        return SignalDialog(self.ctx, self.case_id, self._all_partners, self._all_professionals, contra, self,
                            persons=self._persons)

    def add_signal(self, contra: bool = False) -> None:
        if self.ui.add_signal_button.isEnabled():
            self.ui.tabs.setCurrentWidget(self.ui.signals_tab)
            self._run(self.signal_dialog(contra))

    def selected_signal(self) -> SignalInfo | None:
        index = self.ui.signals_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def verify_signal(self) -> None:
        signal = self.selected_signal()
        if signal is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Kies eerst een signaal in de lijst."))
            return
        self._run(VerifySignalDialog(self.ctx, signal, self))

    def open_timeline_entry(self, index) -> None:
        """A meeting, or a step or decision taken in one, opens that meeting in the main window."""
        entry = index.data(ROW_ROLE)
        if entry is not None and entry.meeting_id is not None and self.navigator is not None:
            self.navigator.open_meeting(entry.meeting_id)

    def add_escalation(self) -> None:
        self._run(EscalationDialog(self.ctx, self.case_id, self._decisions, self))

    def add_reporter(self) -> None:
        self._run(ReporterDialog(self.ctx, self.case_id, self._all_partners, self._all_professionals, self))

    # -- the reporter's signal along its route in the chain ------------------------------------------
    def selected_reporter(self) -> ReporterInfo | None:
        rows = self.ui.reporters_view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _reporter_chosen(self) -> None:
        assert self.detail is not None
        reporter = self.selected_reporter()
        route = self.reporters.routes.get(reporter.id) if reporter is not None else None
        is_open = self.detail.case.status in OPEN_STATUSES
        u = self.ui
        u.next_step_button.setEnabled(is_open and route is not None and bool(route.next_steps))
        u.choose_route_button.setEnabled(is_open and reporter is not None and route is None)
        if reporter is None:
            tip = self.tr("Kies eerst een melder in de lijst hieronder.")
        elif route is None:
            tip = self.tr("Deze melding volgt nog geen route: kies eerst de route.")
        elif not route.next_steps:
            tip = self.tr("De melding heeft het einde van haar route bereikt.")
        else:
            tip = self.tr("De melding bereikte de volgende stap van haar route")
        u.next_step_button.setToolTip(tip)

    def next_step_dialog(self) -> RouteStepPassedDialog | None:
        reporter = self.selected_reporter()
        route = self.reporters.routes.get(reporter.id) if reporter is not None else None
        if reporter is None or route is None:
            return None
        return RouteStepPassedDialog(self.ctx, self.reporters.who(reporter), route, self)

    def next_step(self) -> QDialog | None:
        """Volgende stap…: the selected reporter's signal reached a next step of its route."""
        if self.ui.next_step_button.isEnabled() and (dialog := self.next_step_dialog()) is not None:
            return self._run(dialog)
        return None

    def choose_route(self) -> QDialog | None:
        """Route kiezen…: a signal registered without a route is put on one."""
        reporter = self.selected_reporter()
        if not (self.ui.choose_route_button.isEnabled() and reporter is not None):
            return None
        who = self.reporters.who(reporter)
        return self._run(PlaceRouteDialog(self.ctx, reporter.id, who, reporter.reported_on, self))

    def add_feedback(self) -> None:
        assert self.detail is not None
        reporters = [(self.reporters.who(r), r) for r in self.detail.reporters]
        self._run(FeedbackDialog(self.ctx, reporters, self))

    # -- the letter to the reporter ---------------------------------------------------------------
    def selected_feedback(self) -> FeedbackRow | None:
        rows = self.ui.feedback_view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _feedback_chosen(self) -> None:
        chosen = self.selected_feedback() is not None
        self.ui.letter_button.setEnabled(chosen)
        self.ui.letter_button.setToolTip(
            self.tr("Een brief (PDF) met de gekozen terugkoppeling, om aan de melder te sturen") if chosen
            else self.tr("Kies eerst een terugkoppeling in de lijst hieronder."))

    def _letter_message(self, text: str, *, error: bool = False) -> None:
        show_message(self.ui.letter_label, text, ERROR if error else OK)

    def make_letter(self) -> Path | None:
        """Brief maken…: the letter with the chosen terugkoppeling (only what the reporter may
        know), saved where the user chooses; nothing is written anywhere else."""
        chosen = self.selected_feedback()
        if chosen is None:
            return None
        from casusoverleg_desktop.services import document_export  # ReportLab: imported when first needed

        try:
            built = document_export.export_feedback_letter(self.ctx, chosen.id)
        except CasusoverlegError as exc:
            self._letter_message(exc.message, error=True)
            return None
        target = choose_pdf_target(self, built.suggested_name)
        if target is None:
            self._letter_message(self.tr("De brief is niet opgeslagen."))
            return None
        try:
            written = document_export.save_export(target, built.pdf)
        except CasusoverlegError as exc:
            self._letter_message(exc.message, error=True)
            return None
        remember_folder(written)
        self._letter_message(self.tr("Brief aan %1 opgeslagen als %2").replace("%1", chosen.reporter)
                             .replace("%2", str(written)))
        return written

    def add_informed(self) -> None:
        assert self.detail is not None
        self._run(InformedDialog(self.ctx, self.case_id, self.subjects_sorted(), self))

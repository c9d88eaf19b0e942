"""The balance sheet of one case in one meeting, to embed in the case window and in meeting mode.

    widget = BalanceSheetWidget(ctx, case_id, meeting_id, parent)
    widget.save_pending()   # before lock / when leaving: stores typed but unsaved input

Columns A Veiligheid, B Zorg & ontwikkeling and C Wat gaat goed side by side (safety on the left,
each column as high as the sheet allows, the widths following what the columns hold); the Afweging
below with the scale showing the chair's recorded priority, marked "niet opgeslagen" while the chair's
priority or rationale is changed and not yet recorded. Keyboard: Ctrl+1/2/3 to the entry line of
column A/B/C (Enter adds, also in its pickers), in a column Enter/F2 edits, Delete removes, Alt+1/2/3
moves an entry to another column; Ctrl+4 to the rationale, Ctrl+Enter records the weighing, Ctrl+5 to
the scale question. Signals and contributions dragged in (``ui/balance/mime.py``) or carried with
``add_from_source`` become linked entries.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QSplitter,
    QWidget,
)

from casusoverleg_desktop.domain.balance import (
    KNOWN_INSTRUMENTS,
    SCALE_ANCHORS,
    BalanceSide,
    MeasureKind,
    MeasureStatus,
    Priority,
)
from casusoverleg_desktop.domain.labels import counted
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import actions, balance, meetings
from casusoverleg_desktop.services.balance import EntryInfo, SheetInfo
from casusoverleg_desktop.services.context import ServiceContext

from casusoverleg_desktop.ui.balance.entry_dialog import BalanceEntryDialog, fill_enum_combo
from casusoverleg_desktop.ui.balance.list_editor import ListRow
from casusoverleg_desktop.ui.balance.mime import SourceRef
from casusoverleg_desktop.ui.balance.models import COL_PARTNER, RatingRow, RatingTableModel
from casusoverleg_desktop.ui.balance.scale import BalanceScaleWidget
from casusoverleg_desktop.ui.balance.side_panel import SIDE_HEADERS, SidePanel
from casusoverleg_desktop.ui.forms.ui_balance_sheet import Ui_BalanceSheetForm
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.theme import Palette
from casusoverleg_desktop.ui.widgets.combos import enum_value
from casusoverleg_desktop.ui.widgets.markers import Badge
from casusoverleg_desktop.ui.widgets.messages import ERROR, clear_message, show_error, show_message
from casusoverleg_desktop.ui.widgets.modal import open_modal

_COERCIVE = Badge("DWANG", Palette.ON_DARK, Palette.COERCIVE)


class BalanceSheetWidget(QWidget):
    """The sheet; ``changed`` is emitted after every stored change (e.g. to refresh a history view)."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, case_id: int, meeting_id: int,
                 parent: QWidget | None = None, *, confirm_removal: bool = True) -> None:
        super().__init__(parent)
        self.ui = Ui_BalanceSheetForm()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._case_id = case_id
        self._meeting_id = meeting_id
        self._confirm_removal = confirm_removal
        self._sheet: SheetInfo | None = None
        self._partners: list[tuple[int, str]] = []
        self._loading = False
        self._weighing_dirty = False  # the chair changed priority or rationale and did not store it yet
        self._column_counts: tuple[int, ...] = ()
        self._proportionality_dirty = False
        self._zoom = 1.0
        self._base_point_size = self.font().pointSizeF()
        self._build()
        self._load_lists()
        try:
            self._show(balance.open_sheet(ctx, case_id, meeting_id))
        except CasusoverlegError as refusal:  # e.g. a closed case without a sheet for this meeting
            self._show_error(refusal.message)
            self.ui.columns_area.setEnabled(False)
            self.ui.details_tabs.setEnabled(False)
            for widget in (*self._priority_buttons.values(), self.ui.rationale_edit,
                           self.ui.save_weighing_button):
                widget.setEnabled(False)

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        ui = self.ui
        self.panels = {side: SidePanel(side, self) for side in BalanceSide}
        self.columns = QSplitter(Qt.Orientation.Horizontal, ui.columns_area)
        self.columns.setObjectName("columns_splitter")
        self.columns.setChildrenCollapsible(False)
        for panel in self.panels.values():
            self.columns.addWidget(panel)
        ui.columns_layout.addWidget(self.columns)
        for panel in self.panels.values():
            panel.entry_submitted.connect(self._add_entry)
            panel.source_dropped.connect(self.add_from_source)
            panel.edit_requested.connect(self._edit_entry)
            panel.remove_requested.connect(self._remove_entry)
            panel.move_requested.connect(self._move_entry)
        ui.main_splitter.setStretchFactor(0, 3)
        ui.main_splitter.setStretchFactor(1, 2)
        ui.main_splitter.setSizes([620, 380])
        ui.weighing_layout.setStretch(0, 1)
        ui.weighing_layout.setStretch(1, 1)
        for combo in (ui.measure_status_combo, ui.measure_kind_combo, ui.dissent_partner_combo):
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToContents)
        ui.measure_action_combo.setSizeAdjustPolicy(
            ui.measure_action_combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.measure_action_combo.setMinimumContentsLength(12)
        ui.weighing_group_layout.setStretch(0, 1)
        ui.weighing_group_layout.setStretch(1, 1)
        ui.consensus_spin.setMinimumWidth(70)
        ui.ratings_view.verticalHeader().setDefaultSectionSize(26)

        self.scale = BalanceScaleWidget(ui.scale_placeholder)
        self.scale.setObjectName("balance_scale")
        self.scale.setMinimumHeight(140)
        ui.scale_layout.addWidget(self.scale)
        self._priority_buttons = {Priority.VEILIGHEID_VOOROP: ui.priority_safety,
                                  Priority.IN_BALANS: ui.priority_balance,
                                  Priority.ZORG_VOOROP: ui.priority_care}
        ui.save_weighing_button.clicked.connect(self.save_weighing)
        show_message(ui.weighing_state_label, ui.weighing_state_label.text(), ERROR)
        ui.weighing_state_label.setVisible(False)
        ui.rationale_edit.textChanged.connect(self._weighing_edited)
        for button in self._priority_buttons.values():
            button.toggled.connect(self._weighing_edited)
        ui.proportionality_edit.textChanged.connect(self._proportionality_edited)
        ui.anchors_label.setText(self.tr("Schaalvraag — 0 = {} · 10 = {}").format(
            SCALE_ANCHORS[0], SCALE_ANCHORS[10]))

        self.ratings_model = RatingTableModel(self._save_rating, self)
        self.ratings_model.refused.connect(self._show_error)
        ui.ratings_view.setModel(self.ratings_model)
        ui.ratings_view.verticalHeader().hide()
        ui.ratings_view.horizontalHeader().setSectionResizeMode(COL_PARTNER, QHeaderView.ResizeMode.Stretch)
        ui.ratings_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        ui.ratings_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        ui.consensus_spin.valueChanged.connect(self._save_consensus)

        fill_enum_combo(ui.measure_kind_combo, list(MeasureKind))
        fill_enum_combo(ui.measure_status_combo, list(MeasureStatus))
        ui.save_proportionality_button.clicked.connect(self.save_proportionality)
        ui.instrument_combo.addItems(list(KNOWN_INSTRUMENTS))
        ui.instrument_combo.setCurrentIndex(0)
        ui.assessed_on_edit.setDate(QDate.currentDate())
        # The four lists of the details: one ListEditor each (a tab page in the form).
        self.measures, self.dissent = ui.measures_tab, ui.dissent_tab
        self.assessments, self.questions = ui.assessments_tab, ui.questions_tab
        self.measures.attach(ui.measures_list, ui.add_measure_button, ui.remove_measure_button,
                             submit_with=(ui.measure_edit,))
        self.dissent.attach(ui.dissent_list, ui.add_dissent_button, ui.remove_dissent_button,
                            submit_with=(ui.dissent_reason_edit,))
        self.assessments.attach(ui.assessments_list, ui.add_assessment_button, ui.remove_assessment_button)
        self.questions.attach(ui.questions_list, ui.add_question_button, ui.remove_question_button,
                              submit_with=(ui.question_edit,), checkable=True)
        for editor, add, remove in (
                (self.measures, self._add_measure, balance.remove_measure),
                (self.dissent, self._add_dissent, balance.remove_dissent),
                (self.assessments, self._add_assessment, balance.remove_formal_assessment),
                (self.questions, self._add_question, balance.remove_question)):
            editor.add_requested.connect(add)
            editor.remove_requested.connect(lambda row_id, remove=remove: self._run(
                lambda: remove(self._ctx, row_id)))
        self.questions.check_changed.connect(self._question_toggled)

        def shortcut(keys: str, slot: Callable[[], Any]) -> None:
            item = QShortcut(QKeySequence(keys), self)
            item.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            item.activated.connect(slot)

        for number, side in enumerate(BalanceSide, start=1):
            shortcut(f"Ctrl+{number}", lambda side=side: self.focus_entry(side))
        shortcut("Ctrl+4", lambda: ui.rationale_edit.setFocus())
        shortcut("Ctrl+5", self._focus_ratings)
        shortcut("Ctrl+Return", self.save_weighing)
        shortcut("Ctrl+Enter", self.save_weighing)
        shortcut("Ctrl++", lambda: self.set_zoom(self._zoom + 0.15))
        shortcut("Ctrl+=", lambda: self.set_zoom(self._zoom + 0.15))
        shortcut("Ctrl+-", lambda: self.set_zoom(self._zoom - 0.15))
        shortcut("Ctrl+0", lambda: self.set_zoom(1.0))

    def _load_lists(self) -> None:
        self._partners = balance.partners_for(self._ctx)
        for panel in self.panels.values():
            panel.set_partners(self._partners)
        combo = self.ui.dissent_partner_combo
        combo.clear()
        for partner_id, name in self._partners:
            combo.addItem(name, partner_id)
        combo = self.ui.measure_action_combo
        combo.clear()
        combo.addItem(self.tr("geen actiepunt"), None)
        for action in actions.action_list(self._ctx, case_id=self._case_id, include_closed=True):
            text = action.description if len(action.description) < 48 else action.description[:46] + "…"
            combo.addItem(f"{action.label} — {text}", action.id)

    # --- showing ---------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self._zoom

    def focus_entry(self, side: BalanceSide = BalanceSide.VEILIGHEID) -> None:
        """The cursor in a column's entry line (Ctrl+1/2/3; meeting mode's Alt+2 starts at A)."""
        self.panels[side].entry_edit.setFocus()

    def set_zoom(self, factor: float) -> None:
        """Larger text for a projector (Ctrl++ / Ctrl+- / Ctrl+0); the layout follows the font."""
        self._zoom = min(2.0, max(0.8, round(factor, 2)))
        # Only sizes here; colours and weights are in the application's style sheet. A style sheet
        # reaches every child, also those whose font a style rule already touched.
        zoom = self._zoom
        rules = [f"QLabel#title_label {{ font-size: {16 * zoom:.0f}pt; }}",
                 f"{SIDE_HEADERS} {{ font-size: {13 * zoom:.0f}pt; }}"]
        if zoom != 1.0:
            rules.insert(0, f"QWidget {{ font-size: {self._base_point_size * zoom:.1f}pt; }}")
        self.setStyleSheet("\n".join(rules))
        for panel in self.panels.values():
            panel.set_zoom(zoom)

    def sheet(self) -> SheetInfo | None:
        return self._sheet

    def reload(self) -> None:
        if self._sheet is not None:
            self._show(balance.get_sheet(self._ctx, self._sheet.id, record_opening=False))

    def _weighing_edited(self) -> None:
        if not self._loading:
            self._set_weighing_dirty(True)

    def _set_weighing_dirty(self, dirty: bool) -> None:
        self._weighing_dirty = dirty
        self.ui.weighing_state_label.setVisible(dirty)

    def weighing_unsaved(self) -> bool:
        """The chair changed priority or rationale and has not recorded it yet."""
        return self._weighing_dirty

    def _proportionality_edited(self) -> None:
        if not self._loading:
            self._proportionality_dirty = True

    def _show(self, sheet: SheetInfo) -> None:
        self._loading = True
        try:
            self._show_sheet(sheet)
        finally:
            self._loading = False

    def _show_sheet(self, sheet: SheetInfo) -> None:
        """Show ``sheet``; priority, rationale and proportionality the chair is still editing stay."""
        self._sheet = sheet
        ui = self.ui
        ui.title_label.setText(self.tr("Balans {}").format(sheet.case_code))
        made_from = (self.tr(" · vooringevuld uit versie {}").format(sheet.prefilled_from_version)
                     if sheet.prefilled_from_version else "")
        ui.version_label.setText(self.tr("versie {} · overleg {}").format(
            sheet.version, sheet.meeting_date.strftime("%d-%m-%Y")) + made_from)
        counts = sheet.counts
        ui.counts_label.setText(self.tr("Ter informatie: %1 · %2 · %3")
                                .replace("%1", counted(counts[BalanceSide.VEILIGHEID],
                                                       self.tr("zorg"), self.tr("zorgen")))
                                .replace("%2", counted(counts[BalanceSide.ZORG_ONTWIKKELING],
                                                       self.tr("behoefte"), self.tr("behoeften")))
                                .replace("%3", counted(counts[BalanceSide.WAT_GAAT_GOED],
                                                       self.tr("sterk punt"), self.tr("sterke punten"))))
        for side, panel in self.panels.items():
            panel.set_entries(sheet.side(side))
        self._share_width(tuple(counts[side] for side in BalanceSide))
        self.scale.set_priority(sheet.priority)
        if not self._weighing_dirty:
            for priority, button in self._priority_buttons.items():
                button.setAutoExclusive(False)
                button.setChecked(priority is sheet.priority)
                button.setAutoExclusive(True)
            if ui.rationale_edit.toPlainText() != (sheet.rationale or ""):
                ui.rationale_edit.setPlainText(sheet.rationale or "")
        if not self._proportionality_dirty and ui.proportionality_edit.toPlainText() != (
                sheet.proportionality or ""):
            ui.proportionality_edit.setPlainText(sheet.proportionality or "")
        ui.consensus_spin.blockSignals(True)
        ui.consensus_spin.setValue(-1 if sheet.consensus_score is None else sheet.consensus_score)
        ui.consensus_spin.blockSignals(False)
        self._show_ratings(sheet)
        self.measures.set_rows([ListRow(m.id, self._measure_text(m)) for m in sheet.measures])
        reason = self.tr("reden")
        self.dissent.set_rows([ListRow(d.id, f"{d.partner}: {d.position} — {reason}: {d.reason}")
                               for d in sheet.dissent])
        unknown = self.tr("datum onbekend")
        self.assessments.set_rows([
            ListRow(f.id, f"{f.instrument} · {f.organisation} · "
                          f"{f.assessed_on.strftime('%d-%m-%Y') if f.assessed_on else unknown} — {f.summary}")
            for f in sheet.formal_assessments])
        self.questions.set_rows([ListRow(q.id, q.text, q.resolved) for q in sheet.questions])
        tabs = ui.details_tabs
        tabs.setTabText(tabs.indexOf(ui.measures_tab), self.tr("Maatregelen ({})").format(
            len(sheet.measures)))
        tabs.setTabText(tabs.indexOf(ui.dissent_tab), self.tr("Afwijkend ({})").format(len(sheet.dissent)))
        tabs.setTabText(tabs.indexOf(ui.assessments_tab), self.tr("G. Taxaties ({})").format(
            len(sheet.formal_assessments)))
        tabs.setTabText(tabs.indexOf(ui.questions_tab), self.tr("H. Open vragen ({})").format(
            sum(not q.resolved for q in sheet.questions)))

    def _share_width(self, column_counts: tuple[int, ...]) -> None:
        """The columns share the width by what they hold, an empty one keeping room to drop and type
        in (layout only: the counts decide nothing). Done when the counts change, so a splitter the
        user moved stays where it is until then."""
        if column_counts == self._column_counts:
            return
        self._column_counts = column_counts
        shares = [count + 2 for count in column_counts]
        self.columns.setSizes([3000 * share // sum(shares) for share in shares])

    def _measure_text(self, m: balance.MeasureInfo) -> str:
        parts = [f"[{_COERCIVE.text}] " if m.coercive else "", f"{label(m.kind)}: {m.text}",
                 f" — {label(m.status).lower()}"]
        if m.action_label:
            parts.append(self.tr(" — actiepunt {}").format(m.action_label))
        return "".join(parts)

    def _rating_partner_ids(self, sheet: SheetInfo) -> list[int]:
        wanted: list[int] = []
        for item in meetings.agenda(self._ctx, self._meeting_id):
            if item.case_id == self._case_id:
                wanted += list(item.invited_partner_ids)
        wanted += [r.partner_id for r in (*sheet.previous_ratings, *sheet.ratings)]
        return list(dict.fromkeys(wanted)) or [partner_id for partner_id, _ in self._partners]

    def _show_ratings(self, sheet: SheetInfo) -> None:
        names = dict(self._partners)
        previous = {r.partner_id: r.score for r in sheet.previous_ratings}
        rows = [RatingRow(pid, names.get(pid, "?"), previous.get(pid), sheet.rating_of(pid))
                for pid in self._rating_partner_ids(sheet)]
        self.ratings_model.set_rows(sorted(rows, key=lambda r: r.partner.lower()))

    def _show_error(self, message: str) -> None:
        show_error(self.ui.weighing_error_label, message)

    def _run(self, call: Callable[[], Any]) -> bool:
        """Run a service call; a refusal is shown in Dutch and the user's input stays."""
        try:
            call()
        except CasusoverlegError as refusal:
            self._show_error(refusal.message)
            return False
        clear_message(self.ui.weighing_error_label)
        self.reload()
        self.changed.emit()
        return True

    # --- entries -----------------------------------------------------------------------------------

    def _add_entry(self, side: BalanceSide, text: str, statement_type: Any, weight: Any, domain: Any,
                   partner_id: Any) -> None:
        sheet_id = self._require_sheet()
        if self._run(lambda: balance.add_entry(self._ctx, sheet_id, side, text, statement_type=statement_type,
                                               weight=weight, domain=domain, source_partner_id=partner_id)):
            panel = self.panels[side]
            panel.clear_entry_line()
            panel.view.scrollToBottom()
            panel.entry_edit.setFocus()

    def add_from_source(self, side: BalanceSide, source: SourceRef) -> bool:
        """What a drop (or meeting mode's carry key) does: a new entry on ``side`` linked to the signal
        or contribution. False when refused; ``error_text()`` then says why."""
        if self._sheet is None:  # the sheet could not be opened: its message is shown already
            return False
        sheet_id = self._sheet.id
        added = self._run(lambda: balance.add_entry_from_source(self._ctx, sheet_id, side, source.entity_type,
                                                                source.entity_id))
        if added:
            panel = self.panels[side]
            panel.view.setCurrentIndex(panel.model.index(panel.model.rowCount() - 1, 0))
            panel.view.scrollToBottom()
        return added

    def error_text(self) -> str:
        """The sheet's last refusal, as shown under the weighing ('' when none)."""
        return self.ui.weighing_error_label.text()

    def _edit_entry(self, entry: EntryInfo) -> None:
        def saved() -> None:
            self.reload()
            self.changed.emit()

        open_modal(BalanceEntryDialog(self._ctx, entry, self._partners, self), saved)

    def _remove_entry(self, entry: EntryInfo) -> None:
        if self._confirm_removal and QMessageBox.question(
                self, self.tr("Regel verwijderen"),
                self.tr("Deze regel van de balans verwijderen?\n\n{}").format(entry.text)) \
                != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda: balance.remove_entry(self._ctx, entry.id))

    def _move_entry(self, entry: EntryInfo, side: BalanceSide) -> None:
        self._run(lambda: balance.move_entry(self._ctx, entry.id, side))

    # --- weighing and the rest -------------------------------------------------------------------------

    def chosen_priority(self) -> Priority | None:
        return next((p for p, button in self._priority_buttons.items() if button.isChecked()), None)

    def save_weighing(self) -> bool:
        sheet_id = self._require_sheet()
        priority, rationale = self.chosen_priority(), self.ui.rationale_edit.toPlainText()
        self._weighing_dirty = False
        ok = self._run(lambda: balance.set_weighing(self._ctx, sheet_id, priority, rationale))
        self._set_weighing_dirty(not ok)
        if not ok:
            self.ui.rationale_edit.setFocus()
        return ok

    def save_proportionality(self) -> bool:
        sheet_id = self._require_sheet()
        answer = self.ui.proportionality_edit.toPlainText()
        self._proportionality_dirty = False
        ok = self._run(lambda: balance.set_proportionality(self._ctx, sheet_id, answer))
        self._proportionality_dirty = not ok
        return ok

    def _focus_ratings(self) -> None:
        self.ui.details_tabs.setCurrentWidget(self.ui.scale_tab)
        view = self.ui.ratings_view
        view.setFocus()
        view.setCurrentIndex(self.ratings_model.index(0, 2))

    def _save_rating(self, partner_id: int, score: int | None) -> None:
        sheet = balance.set_rating(self._ctx, self._require_sheet(), partner_id, score)
        self._sheet = sheet
        clear_message(self.ui.weighing_error_label)
        self.changed.emit()

    def _save_consensus(self, value: int) -> None:
        sheet_id = self._require_sheet()
        self._run(lambda: balance.set_consensus(self._ctx, sheet_id, None if value < 0 else value))

    def _add_measure(self) -> None:
        ui = self.ui
        sheet_id = self._require_sheet()
        proportionality = ui.proportionality_edit.toPlainText()
        if self._run(lambda: balance.add_measure(
                self._ctx, sheet_id, enum_value(ui.measure_kind_combo, MeasureKind), ui.measure_edit.text(),
                coercive=ui.coercive_check.isChecked(),
                status=enum_value(ui.measure_status_combo, MeasureStatus),
                action_item_id=ui.measure_action_combo.currentData(), proportionality=proportionality)):
            ui.measure_edit.clear()
            ui.coercive_check.setChecked(False)
            self._proportionality_dirty = False
            self.reload()
        elif ui.coercive_check.isChecked() and not proportionality.strip():
            ui.details_tabs.setCurrentWidget(ui.proportionality_tab)
            ui.proportionality_edit.setFocus()

    def _add_dissent(self) -> None:
        ui = self.ui
        sheet_id = self._require_sheet()
        partner_id = ui.dissent_partner_combo.currentData()
        position, reason = ui.dissent_position_edit.text(), ui.dissent_reason_edit.text()
        if self._run(lambda: balance.add_dissent(self._ctx, sheet_id, partner_id, position, reason)):
            ui.dissent_position_edit.clear()
            ui.dissent_reason_edit.clear()

    def _add_assessment(self) -> None:
        ui = self.ui
        sheet_id = self._require_sheet()
        if self._run(lambda: balance.add_formal_assessment(
                self._ctx, sheet_id, ui.instrument_combo.currentText(), ui.organisation_edit.text(),
                ui.assessed_on_edit.date().toPython(), ui.summary_edit.text())):
            ui.organisation_edit.clear()
            ui.summary_edit.clear()

    def _add_question(self) -> None:
        sheet_id = self._require_sheet()
        text = self.ui.question_edit.text()
        if self._run(lambda: balance.add_question(self._ctx, sheet_id, text)):
            self.ui.question_edit.clear()

    def _question_toggled(self, question_id: int, resolved: bool) -> None:
        self._run(lambda: balance.set_question_resolved(self._ctx, question_id, resolved))

    def _require_sheet(self) -> int:
        assert self._sheet is not None
        return self._sheet.id

    # --- before lock ---------------------------------------------------------------------------------

    def save_pending(self) -> bool:
        """Store what was typed but not yet stored: entry lines, the weighing, proportionality and an
        open question. Returns False when something was refused (its text stays in the form)."""
        sheet = self._sheet
        if sheet is None:
            return True
        ok = True
        for panel in self.panels.values():
            if panel.pending_text():
                panel.submit()
                ok = ok and not panel.pending_text()
        if self._weighing_dirty:
            ok = self.save_weighing() and ok
        if self._proportionality_dirty:
            ok = self.save_proportionality() and ok
        if self.ui.question_edit.text().strip():
            self._add_question()
            ok = ok and not self.ui.question_edit.text().strip()
        return ok


"""The Actiepunten page: every action with filters, and status changes for several at once.

A bulk change asks once (``ActionChangeDialog``), then goes through the services one action at a
time: what a rule refuses (a conditional action cannot be postponed, a closed one cannot be closed
again) is reported by number with the Dutch reason, the others go through.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QWidget

from casusoverleg_desktop.domain.enums import ActionStatus
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import action_views, actions
from casusoverleg_desktop.services.action_views import ActionRow
from casusoverleg_desktop.services.context import ServiceContext

from casusoverleg_desktop.ui.dialogs.action_dialogs import ActionChange, ActionChangeDialog
from casusoverleg_desktop.ui.forms.ui_actions_page import Ui_ActionsPage
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.action_models import (
    NO_CASE,
    OPEN_AND_RUNNING,
    ActionFilterProxy,
    ActionListModel,
    reference,
)
from casusoverleg_desktop.ui.models.base import ROW_ROLE, SORT_ROLE
from casusoverleg_desktop.ui.navigation import Navigator
from casusoverleg_desktop.ui.pages.base import Page
from casusoverleg_desktop.ui.theme import Palette
from casusoverleg_desktop.ui.widgets.combos import fill_items, refill_keeping_selection, select_data
from casusoverleg_desktop.ui.widgets.modal import open_modal
from casusoverleg_desktop.ui.widgets.tables import fit_columns, setup_table


@dataclass
class BulkOutcome:
    """Which actions changed and which a rule refused (label, Dutch reason)."""

    changed: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)


class ActionsPage(Page):
    def __init__(self, ctx: ServiceContext, navigator: Navigator | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, navigator, parent)
        self.ui = Ui_ActionsPage()
        self.ui.setupUi(self)
        self.model = ActionListModel(self, today=self.today())
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view = self.ui.actions_view
        setup_table(view, self.proxy, stretch=ActionListModel.DESCRIPTION, wrap_rows=True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setSortingEnabled(True)
        view.sortByColumn(ActionListModel.WHEN, Qt.SortOrder.AscendingOrder)

        fill_items(self.ui.status_filter_combo,
                   [(self.tr("Open en loopt"), OPEN_AND_RUNNING), (self.tr("Alle statussen"), None)]
                   + [(label(s), s) for s in ActionStatus])
        for combo in (self.ui.status_filter_combo, self.ui.partner_filter_combo,
                      self.ui.case_filter_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self.apply_filters)
        self.ui.overdue_check.toggled.connect(self.apply_filters)
        self.ui.text_filter_edit.textChanged.connect(self.apply_filters)
        self.ui.result_label.hide()
        view.activated.connect(lambda index: self.open_case_of(index.data(ROW_ROLE)))
        view.selectionModel().selectionChanged.connect(self._update_selection)
        self.ui.open_case_button.clicked.connect(self.open_current_case)
        self.ui.running_button.clicked.connect(lambda: self.change_selected(ActionChange.LOOPT))
        self.ui.done_button.clicked.connect(lambda: self.change_selected(ActionChange.AFGEROND))
        self.ui.lapsed_button.clicked.connect(lambda: self.change_selected(ActionChange.VERVALLEN))
        self.ui.postpone_button.clicked.connect(lambda: self.change_selected(ActionChange.UITSTELLEN))
        self.set_filter(self.ui.text_filter_edit, view)
        self.refresh()

    def today(self) -> dt.date:
        return self.ctx.clock().date()

    # -- Page -------------------------------------------------------------------------------------
    def load(self) -> None:
        selected = self.selected_ids()
        rows = action_views.action_rows(self.ctx)
        self.model.today = self.today()
        partners = sorted({(r.owner_partner, r.owner_partner_id) for r in rows})
        refill_keeping_selection(self.ui.partner_filter_combo, partners, self.tr("Alle"))
        codes = sorted({(r.case_code, r.case_id) for r in rows if r.case_id is not None})
        if any(r.case_id is None for r in rows):
            codes.append((self.tr("zonder casus"), NO_CASE))
        refill_keeping_selection(self.ui.case_filter_combo, codes, self.tr("Alle"))
        self.model.set_rows(rows)
        fit_columns(self.ui.actions_view, {ActionListModel.CASE: 120, ActionListModel.OWNER: 220,
                                           ActionListModel.WHEN: 190})
        self.apply_filters()
        self.select_actions(selected)


    def apply_filters(self) -> None:
        status = self.ui.status_filter_combo.currentData()
        self.proxy.set_filters(
            status=status if status in (None, OPEN_AND_RUNNING) else ActionStatus(status),
            partner_id=self.ui.partner_filter_combo.currentData(),
            case_id=self.ui.case_filter_combo.currentData(),
            overdue_only=self.ui.overdue_check.isChecked(),
            text=self.ui.text_filter_edit.text(),
            today=self.today(),
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        overdue = sum(1 for r in self.model.rows() if r.is_overdue(self.today()))
        self.ui.count_label.setText(
            self.tr("%1 van %2 actiepunten getoond · %3 verlopen").replace("%1", str(shown))
            .replace("%2", str(total)).replace("%3", str(overdue)))
        self._update_selection()

    def visible_labels(self) -> list[str]:
        """'A1 (26-02-2025)' per visible row, in view order (for tests and screen readers)."""
        return [reference(r) for r in self.visible_rows()]

    def visible_rows(self) -> list[ActionRow]:
        return [self.proxy.index(i, 0).data(ROW_ROLE) for i in range(self.proxy.rowCount())]

    # -- selection --------------------------------------------------------------------------------
    def selected_rows(self) -> list[ActionRow]:
        rows = self.ui.actions_view.selectionModel().selectedRows()
        return [index.data(ROW_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def selected_ids(self) -> list[int]:
        return [r.id for r in self.selected_rows()]

    def select_actions(self, action_ids: Sequence[int]) -> None:
        """Select the given actions that are visible; the first becomes current and is scrolled to."""
        view, selection = self.ui.actions_view, QItemSelection()
        first = None
        for action_id in action_ids:
            row = self.model.row_of(action_id)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
            if index is None or not index.isValid():
                continue
            selection.select(index, index.siblingAtColumn(self.proxy.columnCount() - 1))
            first = first or index
        flags = QItemSelectionModel.SelectionFlag
        if first is not None:
            view.selectionModel().setCurrentIndex(first, flags.NoUpdate)
            view.scrollTo(first, QAbstractItemView.ScrollHint.PositionAtCenter)
        view.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)

    def _update_selection(self, *_args: object) -> None:
        count = len(self.ui.actions_view.selectionModel().selectedRows())
        for button in (self.ui.running_button, self.ui.done_button, self.ui.lapsed_button,
                       self.ui.postpone_button):
            button.setEnabled(count > 0)
        current = self.ui.actions_view.currentIndex()
        self.ui.open_case_button.setEnabled(
            current.isValid() and current.data(ROW_ROLE).case_id is not None)
        self.ui.selection_label.setText(
            self.tr("Geen actiepunten gekozen (Shift/Ctrl+pijltjes of Ctrl+A om te kiezen)")
            if count == 0 else self.tr("%1 actiepunt(en) gekozen").replace("%1", str(count)))

    def open_action(self, action_id: int) -> None:
        """Select and scroll to the action; filters that hide it are cleared first."""
        row = self.model.row_of(action_id)
        if row is None:
            self.refresh()
            row = self.model.row_of(action_id)
            if row is None:
                return
        if not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            for combo in (self.ui.partner_filter_combo, self.ui.case_filter_combo):
                select_data(combo, None)
            self.ui.overdue_check.setChecked(False)
            self.ui.text_filter_edit.clear()
            if self.model.row(row).status.is_closed:
                select_data(self.ui.status_filter_combo, None)
            else:
                select_data(self.ui.status_filter_combo, OPEN_AND_RUNNING)
        self.select_actions([action_id])
        self.ui.actions_view.setFocus()

    # -- opening the case -------------------------------------------------------------------------
    def open_current_case(self) -> None:
        index = self.ui.actions_view.currentIndex()
        if index.isValid():
            self.open_case_of(index.data(ROW_ROLE))

    def open_case_of(self, row: ActionRow | None) -> None:
        if row is None or self.navigator is None:
            return
        if row.case_id is None:
            self.ui.result_label.setText(
                self.tr("%1 hoort niet bij een casus.").replace("%1", reference(row)))
            self.ui.result_label.show()
            return
        self.navigator.open_case(row.case_id)

    # -- bulk changes -----------------------------------------------------------------------------
    def change_dialog(self, change: ActionChange, rows: Sequence[ActionRow]) -> ActionChangeDialog:
        return ActionChangeDialog(change, rows, self.today(), self)

    def change_selected(self, change: ActionChange) -> ActionChangeDialog | None:
        """Ask once (the dialog, returned), then change every selected action when it is accepted."""
        rows = self.selected_rows()
        if not rows:
            return None
        dialog = self.change_dialog(change, rows)
        return open_modal(dialog, lambda: self.apply_change([r.id for r in rows], change, note=dialog.note(),
                                                            new_date=dialog.new_date()))

    def apply_change(self, action_ids: Sequence[int], change: ActionChange, *, note: str | None = None,
                     new_date: dt.date | None = None) -> BulkOutcome:
        """One service call per action (each its own unit of work); refusals are collected."""
        rows = {r.id: r for r in self.model.rows()}
        outcome = BulkOutcome()
        for action_id in action_ids:
            row = rows.get(action_id)
            name = reference(row) if row else str(action_id)
            try:
                if change is ActionChange.UITSTELLEN:
                    if new_date is None:
                        raise CasusoverlegError(self.tr("Geen nieuwe termijn opgegeven."))
                    actions.postpone_action(self.ctx, action_id, new_date, reason=note)
                else:
                    actions.set_action_status(self.ctx, action_id, change.status, note=note)
            except CasusoverlegError as exc:
                outcome.refused.append((name, exc.message))
            else:
                outcome.changed.append(name)
        self.refresh()
        self.select_actions(action_ids)
        self.show_outcome(outcome)
        return outcome

    def show_outcome(self, outcome: BulkOutcome) -> None:
        """What changed in green; what a rule refused in red, each with its reason."""
        parts = []
        if outcome.changed:
            parts.append('<span style="color:{};">{}</span>'.format(Palette.OK, html.escape(
                self.tr("Gewijzigd: %1.").replace("%1", ", ".join(outcome.changed)))))
        if outcome.refused:
            parts.append('<span style="color:{};"><b>{}</b><br>{}</span>'.format(
                Palette.ERROR, html.escape(self.tr("Niet gewijzigd:")),
                "<br>".join(f"• {html.escape(name)}: {html.escape(reason)}"
                            for name, reason in outcome.refused)))
        self.ui.result_label.setText("<br>".join(parts))
        self.ui.result_label.setVisible(bool(parts))


def actions_page(ctx: ServiceContext, navigator: Navigator) -> QWidget:
    return ActionsPage(ctx, navigator)

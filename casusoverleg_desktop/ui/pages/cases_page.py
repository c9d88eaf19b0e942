"""The Casussen page: the list of cases with filters, a new case, and the case windows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from casusoverleg_desktop.domain.enums import CaseStatus, LegalBasis
from casusoverleg_desktop.domain.lifecycle import OPEN_STATUSES
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import case_views, partners
from casusoverleg_desktop.services.context import ServiceContext

from casusoverleg_desktop.ui.dialogs.case_dialogs import NewCaseDialog
from casusoverleg_desktop.ui.forms.ui_cases_page import Ui_CasesPage
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.base import ID_ROLE, SORT_ROLE
from casusoverleg_desktop.ui.models.case_models import OPEN_CASES, CaseFilterProxy, CaseListModel
from casusoverleg_desktop.ui.navigation import Navigator
from casusoverleg_desktop.ui.pages.base import Page
from casusoverleg_desktop.ui.shortcuts import CASES_PAGE
from casusoverleg_desktop.ui.widgets.combos import (
    enum_value,
    fill_items,
    refill_keeping_selection,
)
from casusoverleg_desktop.ui.widgets.modal import open_modal
from casusoverleg_desktop.ui.widgets.tables import fit_columns, setup_table
from casusoverleg_desktop.ui.windows.case_window import CaseWindow

if TYPE_CHECKING:
    from casusoverleg_desktop.services.destruction import AutomaticBackupRenewal


class CasesPage(Page):
    def __init__(self, ctx: ServiceContext, navigator: Navigator | None = None,
                 parent: QWidget | None = None, *, backups: AutomaticBackupRenewal | None = None) -> None:
        super().__init__(ctx, navigator, parent)
        self.backups = backups  # renewed when a case window destroys its case
        self.ui = Ui_CasesPage()
        self.ui.setupUi(self)
        self.windows: dict[int, CaseWindow] = {}
        self.model = CaseListModel(self, today=ctx.clock().date())
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        setup_table(self.ui.cases_view, self.proxy, stretch=CaseListModel.PRIMARY)
        self.ui.cases_view.setSortingEnabled(True)
        self.ui.cases_view.sortByColumn(CaseListModel.CODE, Qt.SortOrder.AscendingOrder)
        self.ui.cases_view.verticalHeader().setDefaultSectionSize(34)

        fill_items(self.ui.status_filter_combo,
                   [(self.tr("Open casussen"), OPEN_CASES), (self.tr("Alle statussen"), None)]
                   + [(label(s), s) for s in CaseStatus])
        fill_items(self.ui.basis_filter_combo, [(label(b), b) for b in LegalBasis], self.tr("Alle"))
        for combo in (self.ui.status_filter_combo, self.ui.partner_filter_combo,
                      self.ui.basis_filter_combo, self.ui.manager_filter_combo):
            # long partner names must not push the page wider than the screen
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)  # four filters and the search fit a laptop
            combo.currentIndexChanged.connect(self.apply_filters)
        self.ui.text_filter_edit.textChanged.connect(self.apply_filters)
        self.ui.cases_view.activated.connect(lambda index: self.open_case(index.data(ID_ROLE)))
        self.ui.open_button.clicked.connect(self.open_selected)
        self.ui.new_case_button.clicked.connect(self.new_case)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        CASES_PAGE.bind("new", self, self.new_case, context)
        self.set_filter(self.ui.text_filter_edit, self.ui.cases_view)
        self.refresh()

    # -- Page -----------------------------------------------------------------------------------
    def load(self) -> None:
        selected = self.selected_case_id()
        rows = case_views.case_rows(self.ctx)
        refill_keeping_selection(self.ui.partner_filter_combo,
                                 [(p.name, p.id) for p in partners.list_partners(self.ctx)], self.tr("Alle"))
        managers = sorted({(r.case_manager_name, r.case_manager_id) for r in rows if r.case_manager_id})
        refill_keeping_selection(self.ui.manager_filter_combo, managers, self.tr("Alle"))
        self.model.set_rows(rows)
        fit_columns(self.ui.cases_view)
        self.apply_filters()
        if selected is not None:
            self.select_case(selected)


    def apply_filters(self) -> None:
        status = self.ui.status_filter_combo.currentData()
        self.proxy.set_filters(
            status=status if status in (None, OPEN_CASES) else CaseStatus(status),
            open_statuses=OPEN_STATUSES,
            partner_id=self.ui.partner_filter_combo.currentData(),
            legal_basis=enum_value(self.ui.basis_filter_combo, LegalBasis),
            case_manager_id=self.ui.manager_filter_combo.currentData(),
            text=self.ui.text_filter_edit.text(),
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.ui.count_label.setText(self.tr("%1 van %2 casussen").replace("%1", str(shown))
                                    .replace("%2", str(total)))

    def visible_codes(self) -> list[str]:
        return [self.proxy.index(r, CaseListModel.CODE).data() for r in range(self.proxy.rowCount())]

    # -- selection and opening --------------------------------------------------------------------
    def selected_case_id(self) -> int | None:
        index = self.ui.cases_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_case(self, case_id: int) -> None:
        row = self.model.row_of(case_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.ui.cases_view.setCurrentIndex(index)

    def open_selected(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.open_case(case_id)

    def open_case(self, case_id: int) -> CaseWindow | None:
        """Show the case's window (one per case), opening it when it is not open yet."""
        window = self.windows.get(case_id)
        if window is None:
            try:
                window = CaseWindow(self.ctx, case_id, self, self.navigator, backups=self.backups)
            except CasusoverlegError as exc:
                self.show_error(exc, self.tr("Casus openen"))
                return None
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda _=None, cid=case_id: self.windows.pop(cid, None))
            window.changed.connect(lambda _id: self.refresh())
            self.windows[case_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        self.select_case(case_id)
        return window

    def new_case(self) -> NewCaseDialog:
        dialog = self.new_case_dialog()

        def created() -> None:
            self.refresh()
            self.open_case(dialog.result_value.id)

        def cancelled() -> None:
            if dialog.result_value is None and dialog.created is not None:
                self.refresh()  # the case was made but its reporter not yet: it is in the list anyway

        return open_modal(dialog, created, cancelled)

    def new_case_dialog(self) -> NewCaseDialog:
        return NewCaseDialog(self.ctx, partners.list_partners(self.ctx),
                             partners.list_professionals(self.ctx), self)


def cases_page(ctx: ServiceContext, navigator: Navigator) -> QWidget:
    return CasesPage(ctx, navigator)

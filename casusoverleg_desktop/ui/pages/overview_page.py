"""Overzicht: what needs the chair's attention today, each line opening what it names; and the minutes
waiting for the logged-in user's role (to adopt, or to sign)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.overview import ChairOverview, chair_overview

from casusoverleg_desktop.ui.forms.ui_overview_page import Ui_OverviewPage
from casusoverleg_desktop.ui.models.overview_models import (
    TARGET_ROLE,
    ActionsModel,
    InformingModel,
    MeetingsModel,
    MinutesModel,
    ReportersModel,
    ReviewsModel,
    SectionModel,
    Target,
    short_date,
)
from casusoverleg_desktop.ui.models.request_models import RequestsDueModel
from casusoverleg_desktop.ui.models.retention_models import RetentionDueModel
from casusoverleg_desktop.ui.navigation import Navigator
from casusoverleg_desktop.ui.pages.base import Page
from casusoverleg_desktop.ui.shortcuts import OVERVIEW_PAGE

# Open cases whose review is this close (or later than planned, or unplanned) are listed.
REVIEW_HORIZON = dt.timedelta(days=14)
SIZED_ROWS = 60
"""Rows measured to size a column: the widest of the first 60 is wide enough for dates and codes."""
MAX_VISIBLE_ROWS = 8


class OverviewPage(Page):
    """Nine sections with a count each; double-click or Enter on a line opens it. What the services
    refuse takes the place of the hint under the title."""

    def __init__(self, ctx: ServiceContext, navigator: Navigator, parent: QWidget | None = None,
                 today: Callable[[], dt.date] | None = None) -> None:
        super().__init__(ctx, navigator, parent)
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        self.error_label = self.ui.hint_label
        self._today = today or (lambda: ctx.clock().astimezone().date())
        self.meetings = MeetingsModel(self)
        self.minutes = MinutesModel(self)
        self.reviews = ReviewsModel(self)
        self.overdue = ActionsModel(self._today, self)
        self.this_week = ActionsModel(self._today, self)
        self.reporters = ReportersModel(self._today, self)
        self.informing = InformingModel(self)
        self.retention = RetentionDueModel(self._today, self)
        self.requests = RequestsDueModel(self._today, self)
        self._sections: dict[str, tuple[SectionModel, QTableView, QLabel, QLabel, str]] = {}
        for key, model, title in (
            ("meetings", self.meetings, self.tr("Volgende overleggen")),
            ("reviews", self.reviews, self.tr("Casussen ter herbeoordeling")),
            ("minutes", self.minutes, self.tr("Verslagen vast te stellen of te ondertekenen")),
            ("overdue", self.overdue, self.tr("Actiepunten over de termijn")),
            ("this_week", self.this_week, self.tr("Actiepunten deze week")),
            ("reporters", self.reporters, self.tr("Melders wachten op terugkoppeling")),
            ("informing", self.informing, self.tr("Informeren uitgesteld — herbeoordelen")),
            ("retention", self.retention, self.tr("Bewaartermijn verstreken of binnen 30 dagen")),
            ("requests", self.requests, self.tr("Verzoeken met naderende termijn")),
        ):
            view: QTableView = getattr(self.ui, f"{key}_view")
            title_label: QLabel = getattr(self.ui, f"{key}_title_label")
            empty_label: QLabel = getattr(self.ui, f"{key}_empty_label")
            title_label.setProperty("section", True)
            empty_label.setProperty("empty", True)
            self._setup_view(view, model)
            self._sections[key] = (model, view, title_label, empty_label, title)
        self.ui.sections_layout.setColumnStretch(0, 1)
        self.ui.sections_layout.setColumnStretch(1, 1)
        self.ui.refresh_button.clicked.connect(self.refresh)
        OVERVIEW_PAGE.bind("refresh", self, self.refresh)
        self.overview: ChairOverview | None = None

    def _setup_view(self, view: QTableView, model: SectionModel) -> None:
        view.setModel(model)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZED_ROWS)
        header.setStretchLastSection(False)
        if model.text_column >= 0:
            header.setSectionResizeMode(model.text_column, QHeaderView.ResizeMode.Stretch)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # activated: a double-click (or a single click where the platform says so) and Enter
        view.activated.connect(lambda index, m=model: self.open_index(m, index))

    # -- loading --------------------------------------------------------------------------------
    def load(self) -> None:
        today = self._today()
        overview = chair_overview(self.ctx, today)
        self.overview = overview
        self.ui.today_label.setText(self.tr("Vandaag: %1").replace("%1", short_date(today)))
        self.meetings.set_rows(overview.upcoming_meetings)
        self.minutes.set_rows(overview.minutes_to_handle)
        horizon = today + REVIEW_HORIZON
        self.reviews.set_rows([r for r in overview.case_reviews
                               if r.next_review_date is None or r.next_review_date <= horizon])
        self.overdue.set_rows(overview.overdue_actions)
        self.this_week.set_rows(overview.actions_due_this_week)
        self.reporters.set_rows(overview.reporters_waiting)
        self.informing.set_rows(overview.postponed_informing_due)
        self.retention.set_rows(overview.retention_due)
        self.requests.set_rows(overview.requests_due)
        for model, view, title_label, empty_label, title in self._sections.values():
            count = model.rowCount()
            title_label.setText(f"{title}  ({count})")
            title_label.setAccessibleName(f"{title}: {count}")
            view.setVisible(count > 0)
            empty_label.setVisible(count == 0)
            self._fit_height(view, count)

    def _fit_height(self, view: QTableView, rows: int) -> None:
        """Show up to ``MAX_VISIBLE_ROWS`` lines without an inner scroll bar; more scroll."""
        visible = max(1, min(rows, MAX_VISIBLE_ROWS))
        height = view.horizontalHeader().sizeHint().height() + \
            visible * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth() + 2
        view.setFixedHeight(height)

    # -- opening --------------------------------------------------------------------------------
    def open_index(self, model: SectionModel, index: QModelIndex) -> None:
        if index.isValid():
            self.open_target(model.data(index, TARGET_ROLE))

    def open_target(self, target: Target | None) -> None:
        if target is None:
            return
        if target.kind == "case":
            self.navigator.open_case(target.id)
        elif target.kind == "meeting":
            self.navigator.open_meeting(target.id)
        elif target.kind == "action":
            self.navigator.open_action(target.id)
        elif target.kind == "request":
            self.navigator.open_request(target.id)

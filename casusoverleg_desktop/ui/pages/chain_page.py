"""The Keten page: a municipality's chain, version by version — its organisations with their role and
organisational contact, and its signalling routes with their steps, links and feedback promises.

A concept version is edited here; the chair adopts it (a minute taker sees that button disabled,
with the reason) and from then on it is read-only: a change starts a new version, a copy of the
newest. While a concept is edited the page lists what still stands in the way of adopting it.

Keys in the lists: Ctrl+N new, Enter change, Del remove, Ctrl+Up/Down move (routes and steps).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QPushButton,
    QScrollArea,
    QTableView,
    QWidget,
)

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services import chain, chain_card, partners
from casusoverleg_desktop.services.chain import ChainView, MemberInfo, RouteInfo, StepInfo, VersionInfo
from casusoverleg_desktop.services.context import ServiceContext

from casusoverleg_desktop.ui.chain.flowchart_view import FlowchartView
from casusoverleg_desktop.ui.chain.monitor_panel import MonitorPanel
from casusoverleg_desktop.ui.dialogs.chain_dialogs import (
    LinkDialog,
    MemberDialog,
    MunicipalityDialog,
    RouteDialog,
    StepDialog,
    UnlinkDialog,
    VersionDialog,
)
from casusoverleg_desktop.ui.forms.ui_chain_page import Ui_ChainPage
from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.models.base import ROW_ROLE, dutch_date
from casusoverleg_desktop.ui.models.chain_models import MemberModel, RouteModel, StepModel
from casusoverleg_desktop.ui.navigation import Navigator
from casusoverleg_desktop.ui.pages.base import Page
from casusoverleg_desktop.ui.widgets.combos import fill_items, select_data
from casusoverleg_desktop.ui.widgets.messages import INFO, OK, clear_message, show_message
from casusoverleg_desktop.ui.widgets.modal import open_modal
from casusoverleg_desktop.ui.widgets.pdf_files import last_folder, remember_folder
from casusoverleg_desktop.ui.widgets.questions import Ask, ask
from casusoverleg_desktop.ui.widgets.tables import fit_columns, setup_table

CTRL = Qt.KeyboardModifier.ControlModifier
READABLE_ZOOM = 0.75  # the smallest zoom a new chart is shown at: text still readable on a laptop
Keys = dict[tuple[int, bool], Callable[[], object]]


def list_keys(new: Callable[[], object], edit: Callable[[], object], remove: Callable[[], object],
              move: Callable[[int], object] | None = None) -> Keys:
    """(key, with Ctrl) → what it does in a list: Ctrl+N, Enter, Del and Ctrl+Up/Down."""
    keys: Keys = {(Qt.Key.Key_N, True): new, (Qt.Key.Key_Return, False): edit,
                  (Qt.Key.Key_Enter, False): edit, (Qt.Key.Key_Delete, False): remove}
    if move is not None:
        keys[(Qt.Key.Key_Up, True)] = lambda: move(-1)
        keys[(Qt.Key.Key_Down, True)] = lambda: move(1)
    return keys


class ChainPage(Page):
    def __init__(self, ctx: ServiceContext, navigator: Navigator | None = None,
                 parent: QWidget | None = None, ask: Ask = ask) -> None:
        super().__init__(ctx, navigator, parent)
        self.ui = Ui_ChainPage()
        self.ui.setupUi(self)
        self.ask: Ask = ask  # the questions before adopting and removing
        self.error_label = self.ui.message_label
        self.view: ChainView | None = None
        self.versions: list[VersionInfo] = []
        self.route_model = RouteModel(self)
        self.step_model = StepModel(self)
        self.member_model = MemberModel(self)
        setup_table(self.ui.routes_view, self.route_model, stretch=RouteModel.NAME)
        setup_table(self.ui.steps_view, self.step_model, stretch=StepModel.PROMISE)  # one line each; tooltips
        for column, width in ((StepModel.ORGANISATION, 170), (StepModel.ACTION, 220), (StepModel.WITHIN, 100),
                              (StepModel.NEXT, 150)):
            self.ui.steps_view.setColumnWidth(column, width)
        setup_table(self.ui.members_view, self.member_model, stretch=MemberModel.CONTACT)
        for button in (self.ui.zoom_out_button, self.ui.zoom_in_button):
            button.setFixedWidth(button.sizeHint().height() + 8)
        self.ui.routes_splitter.setStretchFactor(0, 1)
        self.ui.routes_splitter.setStretchFactor(1, 3)
        self.ui.routes_splitter.setSizes([320, 740])
        # the routes and their steps above, the flowchart below at full width: what a chair looks at
        self.ui.route_splitter.setStretchFactor(0, 2)
        self.ui.route_splitter.setStretchFactor(1, 3)
        self.ui.route_splitter.setSizes([200, 300])
        self.flowchart = FlowchartView(self.ui.flowchart_container)
        self._chart: tuple[int | None, int | None] | None = None  # (version, route) drawn
        self.ui.flowchart_container_layout.addWidget(self.flowchart)
        self.monitor = MonitorPanel(ctx)
        monitor_scroll = QScrollArea(self.ui.monitor_container)  # its charts need more than a laptop's height
        monitor_scroll.setWidgetResizable(True)
        monitor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        monitor_scroll.setWidget(self.monitor)
        self.ui.monitor_container_layout.addWidget(monitor_scroll)
        self._connect()
        self._keys: dict[QObject, Keys] = {
            self.ui.routes_view: list_keys(self.new_route, self.edit_route, self.remove_route,
                                           self.move_route),
            self.ui.steps_view: list_keys(self.add_step, self.edit_step, self.remove_step, self.move_step),
            self.ui.members_view: list_keys(self.add_member, self.edit_member, self.remove_member),
        }
        for view in self._keys:
            view.installEventFilter(self)
        self.refresh()

    def _connect(self) -> None:
        ui = self.ui
        ui.municipality_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.version_combo.currentIndexChanged.connect(lambda _i: self._version_changed())
        ui.new_municipality_button.clicked.connect(lambda: self.new_municipality())
        ui.new_version_button.clicked.connect(lambda: self.new_version())
        ui.edit_version_button.clicked.connect(lambda: self.edit_version())
        ui.adopt_button.clicked.connect(lambda: self.adopt())
        ui.routes_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_route())
        ui.steps_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        ui.members_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        ui.routes_view.activated.connect(lambda _i: self.edit_route())
        ui.steps_view.activated.connect(lambda _i: self.edit_step())
        ui.members_view.activated.connect(lambda _i: self.edit_member())
        ui.new_route_button.clicked.connect(lambda: self.new_route())
        ui.edit_route_button.clicked.connect(lambda: self.edit_route())
        ui.remove_route_button.clicked.connect(lambda: self.remove_route())
        ui.route_up_button.clicked.connect(lambda: self.move_route(-1))
        ui.route_down_button.clicked.connect(lambda: self.move_route(1))
        ui.add_step_button.clicked.connect(lambda: self.add_step())
        ui.edit_step_button.clicked.connect(lambda: self.edit_step())
        ui.remove_step_button.clicked.connect(lambda: self.remove_step())
        ui.step_up_button.clicked.connect(lambda: self.move_step(-1))
        ui.step_down_button.clicked.connect(lambda: self.move_step(1))
        ui.link_button.clicked.connect(lambda: self.link_step())
        ui.unlink_button.clicked.connect(lambda: self.unlink_step())
        ui.whole_chain_check.toggled.connect(lambda _on: self._show_flowchart())
        ui.zoom_in_button.clicked.connect(self.flowchart.zoom_in)
        ui.zoom_out_button.clicked.connect(self.flowchart.zoom_out)
        ui.zoom_fit_button.clicked.connect(self.flowchart.zoom_to_fit)
        ui.card_button.clicked.connect(lambda: self.export_card())
        ui.tabs.currentChanged.connect(lambda _i: self._refresh_monitor())
        ui.add_member_button.clicked.connect(lambda: self.add_member())
        ui.edit_member_button.clicked.connect(lambda: self.edit_member())
        ui.remove_member_button.clicked.connect(lambda: self.remove_member())

    def is_chair(self) -> bool:
        """The logged-in user's role as the main window knows it; unknown counts as chair (the services
        refuse anyone else anyway)."""
        role = getattr(getattr(self.navigator, "user", None), "role", None)
        return role in (None, Role.CHAIR)

    # -- Page -------------------------------------------------------------------------------------
    def load(self) -> None:
        """The municipalities, the chosen one's versions and the chosen version's chain."""
        combo = self.ui.municipality_combo
        current = combo.currentData()
        combo.blockSignals(True)
        fill_items(combo, [(m.name, m.id) for m in chain.list_municipalities(self.ctx)])
        select_data(combo, current)
        combo.blockSignals(False)
        municipality_id = combo.currentData()
        self.versions = chain.list_versions(self.ctx, municipality_id) if municipality_id is not None else []
        version_combo = self.ui.version_combo
        chosen = version_combo.currentData()
        version_combo.blockSignals(True)
        fill_items(version_combo, [(v.title, v.id) for v in self.versions])
        select_data(version_combo, chosen)
        version_combo.blockSignals(False)
        self._load_version()
        self._refresh_monitor()

    def _refresh_monitor(self) -> None:
        """The monitor's figures are read when its tab is shown, not with every change."""
        if self.ui.tabs.currentWidget() is self.ui.monitor_tab:
            self.monitor.refresh()

    def _version_changed(self) -> None:
        clear_message(self.ui.message_label)
        try:
            self._load_version()
        except CasusoverlegError as exc:
            self.show_error(exc)

    def _load_version(self) -> None:
        version_id = self.ui.version_combo.currentData()
        self.view = chain.chain_view(self.ctx, version_id) if version_id is not None else None
        route = self.current_route()
        self.route_model.set_rows(self.view.routes if self.view else [])
        self.member_model.set_rows(self.view.members if self.view else [])
        fit_columns(self.ui.members_view)
        self.select_route(route.id if route else None)
        self._show_route()
        self._show_state()

    # -- the chosen rows ----------------------------------------------------------------------------
    @staticmethod
    def _current(view: QTableView):
        index = view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def current_route(self) -> RouteInfo | None:
        return self._current(self.ui.routes_view)

    def current_step(self) -> StepInfo | None:
        return self._current(self.ui.steps_view)

    def current_member(self) -> MemberInfo | None:
        return self._current(self.ui.members_view)

    def select_route(self, route_id: int | None) -> None:
        row = self.route_model.row_of(route_id) if route_id is not None else None
        if row is None and self.route_model.rowCount():
            row = 0
        if row is not None:
            self.ui.routes_view.setCurrentIndex(self.route_model.index(row, 0))

    def select_step(self, step_id: int | None) -> None:
        row = self.step_model.row_of(step_id) if step_id is not None else None
        if row is not None:
            self.ui.steps_view.setCurrentIndex(self.step_model.index(row, 0))

    def select_member(self, member_id: int | None) -> None:
        row = self.member_model.row_of(member_id) if member_id is not None else None
        if row is not None:
            self.ui.members_view.setCurrentIndex(self.member_model.index(row, 0))

    def _show_route(self) -> None:
        step = self.current_step()
        route = self.current_route()
        self.step_model.set_route(route)
        self.ui.steps_heading_label.setText(self.tr("Stappen van %1").replace("%1", route.name) if route
                                            else self.tr("Stappen"))
        self.select_step(step.id if step else None)
        self._show_flowchart()
        self._update_buttons()

    def _show_flowchart(self) -> None:
        """The chosen route, or with "Hele keten" every route of the version."""
        route = self.current_route()
        whole = self.ui.whole_chain_check.isChecked() or route is None
        shown = None if whole or route is None else route.id
        self.flowchart.set_chain(self.view, shown)
        chart = (self.view.version.id if self.view else None, shown)
        if chart != self._chart:  # another chart: as much of it in view as stays readable
            self._chart = chart
            self.flowchart.zoom_to_fit(minimum=READABLE_ZOOM)

    # -- state and buttons --------------------------------------------------------------------------
    def editable(self) -> bool:
        return self.view is not None and not self.view.version.is_adopted

    def _show_state(self) -> None:
        version = self.view.version if self.view else None
        chair = self.is_chair()
        if self.ui.municipality_combo.currentData() is None:
            state = self.tr("Nog geen gemeente. Begin met Nieuwe gemeente…")
        elif version is None:
            state = self.tr("Nog geen versie van de keten. Begin met Nieuwe versie…")
        elif version.is_adopted:
            state = self.tr("Vastgesteld op %1 door %2 — maak een nieuwe versie om te wijzigen.").replace(
                "%1", dutch_date(version.adopted_on)).replace("%2", version.adopted_by or "")
        else:
            state = self.tr("Concept: wijzigingen worden direct bewaard. Na vaststellen geldt deze versie "
                            "vanaf %1.").replace("%1", dutch_date(version.in_force_from))
            if not chair:
                state += " " + self.tr("Vaststellen doet de voorzitter.")
        self.ui.state_label.setText(state)
        problems = self.view.problems if self.view is not None and self.editable() else []
        show_message(self.ui.problems_label, self.tr("Nog niet klaar om vast te stellen:") + "\n– "
                     + "\n– ".join(problems) if problems else "", INFO)
        newest = self.versions[0] if self.versions else None
        has_municipality = self.ui.municipality_combo.currentData() is not None
        self.ui.new_version_button.setEnabled(has_municipality and (newest is None or newest.is_adopted))
        self.ui.new_version_button.setToolTip(
            self.tr("Stel eerst versie %1 vast of werk die bij.").replace("%1", str(newest.number))
            if newest is not None and not newest.is_adopted else
            self.tr("Een nieuwe versie begint als kopie van de nieuwste; geef de datum waarop zij ingaat"))
        self.ui.edit_version_button.setEnabled(self.editable())
        self.ui.adopt_button.setEnabled(self.editable() and chair)
        self.ui.adopt_button.setToolTip("" if chair else self.tr("Dit doet de voorzitter."))
        self.ui.card_button.setEnabled(self.view is not None)
        self._update_buttons()

    def edit_buttons(self) -> tuple[QPushButton, ...]:
        ui = self.ui
        return (ui.new_route_button, ui.edit_route_button, ui.remove_route_button, ui.route_up_button,
                ui.route_down_button, ui.add_step_button, ui.edit_step_button, ui.remove_step_button,
                ui.step_up_button, ui.step_down_button, ui.link_button, ui.unlink_button,
                ui.add_member_button, ui.edit_member_button, ui.remove_member_button)

    def _update_buttons(self) -> None:
        ui = self.ui
        editable = self.editable()
        route, step, member = self.current_route(), self.current_step(), self.current_member()
        has_links = step is not None and route is not None and any(
            link.from_step_id == step.id for link in route.links)
        enabled = {
            ui.new_route_button: True, ui.edit_route_button: route is not None,
            ui.remove_route_button: route is not None, ui.route_up_button: route is not None,
            ui.route_down_button: route is not None, ui.add_step_button: route is not None,
            ui.edit_step_button: step is not None, ui.remove_step_button: step is not None,
            ui.step_up_button: step is not None, ui.step_down_button: step is not None,
            ui.link_button: step is not None and route is not None and len(route.steps) > 1,
            ui.unlink_button: has_links,
            ui.add_member_button: True, ui.edit_member_button: member is not None,
            ui.remove_member_button: member is not None,
        }
        for button, allowed in enabled.items():
            button.setEnabled(editable and allowed)

    # -- keys in the lists ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API
        keys = self._keys.get(watched)
        if keys is not None and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            ctrl = bool(event.modifiers() & CTRL)
            action = keys.get((event.key(), ctrl))
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    # -- municipalities and versions ------------------------------------------------------------------
    def _after(self, dialog: QDialog, done: str, then: Callable[[object], None] | None = None) -> QDialog:
        """Open ``dialog``; when it is accepted, reload, ``then`` with its result, and say ``done``."""
        def accepted() -> None:
            self.refresh()
            if then is not None:
                then(getattr(dialog, "result_value", None))
            show_message(self.ui.message_label, done, OK)

        clear_message(self.ui.message_label)
        return open_modal(dialog, accepted)

    def _select_version(self, version: object) -> None:
        if isinstance(version, VersionInfo):
            select_data(self.ui.version_combo, version.id)

    def new_municipality(self) -> QDialog:
        def chosen(municipality: object) -> None:
            select_data(self.ui.municipality_combo, getattr(municipality, "id", None))

        return self._after(MunicipalityDialog(self.ctx, self), self.tr("Gemeente toegevoegd."), chosen)

    def new_version(self) -> QDialog | None:
        municipality_id = self.ui.municipality_combo.currentData()
        if municipality_id is None:
            return None
        return self._after(VersionDialog(self.ctx, municipality_id, not self.versions, self),
                           self.tr("Nieuwe versie gemaakt: een concept."), self._select_version)

    def edit_version(self) -> QDialog | None:
        if self.view is None or not self.editable():
            return None
        version = self.view.version
        return self._after(VersionDialog(self.ctx, version.municipality_id, False, self, version),
                           self.tr("Versie %1 gewijzigd.").replace("%1", str(version.number)))

    def adopt(self) -> bool:
        if self.view is None or not self.editable():
            return False
        version = self.view.version
        question = self.tr("Versie %1 van de keten van %2 vaststellen? Signalen die vanaf %3 binnenkomen "
                           "volgen deze versie; daarna kan zij niet meer worden gewijzigd.").replace(
            "%1", str(version.number)).replace("%2", version.municipality).replace(
            "%3", dutch_date(version.in_force_from))
        if not self.ask(self, self.tr("Versie vaststellen"), question, self.tr("Vaststellen")):
            return False
        return self._call(lambda: chain.adopt_version(self.ctx, version.id),
                          self.tr("Versie %1 is vastgesteld.").replace("%1", str(version.number)))

    def _call(self, action: Callable[[], object], done: str) -> bool:
        """One service call from a button; a refusal shows on the page and changes nothing."""
        clear_message(self.ui.message_label)
        try:
            action()
        except CasusoverlegError as exc:
            self.show_error(exc)
            return False
        self.refresh()
        show_message(self.ui.message_label, done, OK)
        return True

    # -- the signaleringskaart -------------------------------------------------------------------------
    CARD_FILTERS = {"PDF, A4 liggend (*.pdf)": "A4", "PDF, A3 liggend (*.pdf)": "A3",
                    "PNG-afbeelding (*.png)": "A4", "SVG-tekening (*.svg)": "A4"}

    def export_card(self) -> Path | None:
        """Ask the paper and the file (one file picker: its file types are the choices), then write."""
        if self.view is None:
            return None
        version = self.view.version
        name = f"signaleringskaart-{version.municipality}-v{version.number}.pdf".replace(" ", "-")
        filters = {self.tr(text): paper for text, paper in self.CARD_FILTERS.items()}
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Signaleringskaart opslaan"), str(last_folder() / name), ";;".join(filters))
        if not chosen:
            return None
        target = Path(chosen)
        suffix = chosen_filter[chosen_filter.rfind("*") + 1:].rstrip(")")
        if target.suffix.lower() not in chain_card.CARD_FORMATS:
            target = target.with_name(target.name + suffix)
        return self.save_card(target, filters.get(chosen_filter, "A4"))

    def save_card(self, target: Path, paper: str) -> Path | None:
        clear_message(self.ui.message_label)
        if self.view is None:
            return None
        try:
            written = chain_card.export_card(self.ctx, self.view.version.id, target, paper)
        except CasusoverlegError as exc:
            self.show_error(exc)
            return None
        remember_folder(written)
        show_message(self.ui.message_label, self.tr("Signaleringskaart opgeslagen: %1").replace(
            "%1", str(written)), OK)
        return written

    # -- routes ---------------------------------------------------------------------------------------
    def new_route(self) -> QDialog | None:
        if not self.editable() or self.view is None:
            return None
        return self._after(RouteDialog(self.ctx, self.view.version.id, parent=self),
                           self.tr("Route toegevoegd."),
                           lambda route: self.select_route(getattr(route, "id", None)))

    def edit_route(self) -> QDialog | None:
        route = self.current_route()
        if not self.editable() or self.view is None or route is None:
            return None
        return self._after(RouteDialog(self.ctx, self.view.version.id, route, self),
                           self.tr("Route gewijzigd."))

    def remove_route(self) -> bool:
        route = self.current_route()
        if not self.editable() or route is None:
            return False
        if not self.ask(self, self.tr("Route verwijderen"),
                        self.tr("Route '%1' met haar %2 stap(pen) verwijderen?").replace("%1", route.name)
                        .replace("%2", str(len(route.steps))), self.tr("Verwijderen")):
            return False
        return self._call(lambda: chain.remove_route(self.ctx, route.id), self.tr("Route verwijderd."))

    def move_route(self, offset: int) -> bool:
        route = self.current_route()
        if not self.editable() or route is None:
            return False
        moved = self._call(lambda: chain.move_route(self.ctx, route.id, offset), "")
        self.select_route(route.id)
        return moved

    # -- steps ----------------------------------------------------------------------------------------
    def add_step(self) -> QDialog | None:
        route = self.current_route()
        if not self.editable() or self.view is None or route is None:
            return None
        return self._after(StepDialog(self.ctx, route, self.view.members, parent=self),
                           self.tr("Stap toegevoegd."),
                           lambda step: self.select_step(getattr(step, "id", None)))

    def edit_step(self) -> QDialog | None:
        route, step = self.current_route(), self.current_step()
        if not self.editable() or self.view is None or route is None or step is None:
            return None
        return self._after(StepDialog(self.ctx, route, self.view.members, step, self),
                           self.tr("Stap gewijzigd."), lambda _s: self.select_step(step.id))

    def remove_step(self) -> bool:
        step = self.current_step()
        if not self.editable() or step is None:
            return False
        if not self.ask(self, self.tr("Stap verwijderen"),
                        self.tr("Stap '%1' verwijderen? De stappen ervoor worden verbonden met de stappen "
                                "erna.").replace("%1", step.action), self.tr("Verwijderen")):
            return False
        return self._call(lambda: chain.remove_step(self.ctx, step.id), self.tr("Stap verwijderd."))

    def move_step(self, offset: int) -> bool:
        step = self.current_step()
        if not self.editable() or step is None:
            return False
        moved = self._call(lambda: chain.move_step(self.ctx, step.id, offset), "")
        self.select_step(step.id)
        return moved

    def link_step(self) -> QDialog | None:
        route, step = self.current_route(), self.current_step()
        if not self.editable() or route is None or step is None:
            return None
        return self._after(LinkDialog(self.ctx, route, step, self), self.tr("Stappen verbonden."),
                           lambda _link: self.select_step(step.id))

    def unlink_step(self) -> QDialog | None:
        route, step = self.current_route(), self.current_step()
        if not self.editable() or route is None or step is None:
            return None
        return self._after(UnlinkDialog(self.ctx, route, step, self), self.tr("Verbinding weggehaald."),
                           lambda _none: self.select_step(step.id))

    # -- organisations --------------------------------------------------------------------------------
    def add_member(self) -> QDialog | None:
        if not self.editable() or self.view is None:
            return None
        dialog = MemberDialog(self.ctx, self.view.version.id, partners.list_partners(self.ctx), parent=self)
        return self._after(dialog, self.tr("Organisatie toegevoegd."),
                           lambda member: self.select_member(getattr(member, "id", None)))

    def edit_member(self) -> QDialog | None:
        member = self.current_member()
        if not self.editable() or self.view is None or member is None:
            return None
        dialog = MemberDialog(self.ctx, self.view.version.id, partners.list_partners(self.ctx), member, self)
        return self._after(dialog, self.tr("Organisatie gewijzigd."),
                           lambda _m: self.select_member(member.id))

    def remove_member(self) -> bool:
        member = self.current_member()
        if not self.editable() or member is None:
            return False
        if not self.ask(self, self.tr("Organisatie verwijderen"),
                        self.tr("%1 als %2 uit deze versie van de keten halen?").replace("%1", member.name)
                        .replace("%2", label(member.role).lower()), self.tr("Verwijderen")):
            return False
        return self._call(lambda: chain.remove_member(self.ctx, member.id),
                          self.tr("Organisatie verwijderd."))


def chain_page(ctx: ServiceContext, navigator: Navigator) -> QWidget:
    return ChainPage(ctx, navigator)

"""A signal on its route in the chain: choosing the route when a reporter is registered (or later),
and recording the next step it reached."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import signal_routes
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.signal_routes import RouteChoice, SignalRoute

from casusoverleg_desktop.ui.dialogs.service_dialog import ServiceDialog, from_qdate, set_date, text_or_none
from casusoverleg_desktop.ui.forms.ui_place_route_dialog import Ui_PlaceRouteDialog
from casusoverleg_desktop.ui.forms.ui_route_step_passed_dialog import Ui_RouteStepPassedDialog
from casusoverleg_desktop.ui.models.base import tr
from casusoverleg_desktop.ui.widgets.combos import fill_items, select_data

CONTEXT = "RouteDialogs"


def _tr(text: str) -> str:
    return tr(text, CONTEXT)


def step_text(action: str, organisation: str, condition: str | None = None) -> str:
    text = f"{action} — {organisation}"
    return f"{text} ({condition})" if condition else text


class RouteChooser:
    """A combo of the chain's routes in force on a day (first "Geen route (vrij)") and, when the
    chosen route has several entry steps, a combo of those; ``changed`` is called with the choice."""

    def __init__(self, ctx: ServiceContext, route_combo: QComboBox, step_combo: QComboBox,
                 step_label: QLabel, changed: Callable[[RouteChoice | None], None] = lambda _c: None) -> None:
        self.ctx, self.route_combo, self.step_combo = ctx, route_combo, step_combo
        self.step_label = step_label
        self._changed = changed
        self._choices: dict[int, RouteChoice] = {}
        route_combo.currentIndexChanged.connect(self._route_changed)

    def reload(self, on: dt.date) -> None:
        """The routes of the versions in force on ``on``; the chosen one stays chosen if it is among them."""
        keep = self.route_id()
        self._choices = {c.route_id: c for c in signal_routes.routes_on(self.ctx, on)}
        self.route_combo.blockSignals(True)
        items = [(c.label + (_tr(" (acuut)") if c.is_acute else ""), c.route_id)
                 for c in self._choices.values()]
        fill_items(self.route_combo, items, _tr("Geen route (vrij)"))
        select_data(self.route_combo, keep if keep in self._choices else None)
        self.route_combo.blockSignals(False)
        self.route_combo.setEnabled(bool(self._choices))
        self._route_changed()

    def choice(self) -> RouteChoice | None:
        route_id = self.route_id()
        return self._choices.get(route_id) if route_id is not None else None

    def route_id(self) -> int | None:
        return self.route_combo.currentData()

    def step_id(self) -> int | None:
        return None if self.step_combo.isHidden() else self.step_combo.currentData()

    def _route_changed(self) -> None:
        choice = self.choice()
        entries = choice.entry_steps if choice is not None else ()
        fill_items(self.step_combo, [(step_text(s.action, s.member.name), s.id) for s in entries])
        several = len(entries) > 1
        self.step_combo.setVisible(several)
        self.step_label.setVisible(several)
        if choice is not None:
            self.route_combo.setToolTip(choice.worry or choice.label)
        self._changed(choice)


class PlaceRouteDialog(ServiceDialog):
    """Put a signal registered without a route on a route of the chain in force when it came in."""

    def __init__(self, ctx: ServiceContext, reporter_id: int, reporter: str, reported_on: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_PlaceRouteDialog(), parent)
        self.reporter_id = reporter_id
        self.ui.reporter_value.setText(reporter)
        self.routes = RouteChooser(ctx, self.ui.chain_route_combo, self.ui.first_step_combo,
                                   self.ui.first_step_label)
        self.routes.reload(reported_on)
        if self.ui.chain_route_combo.count() > 1:
            self.ui.chain_route_combo.setCurrentIndex(1)
        else:
            self.ui.hint_label.setText(self.tr("Op de melddatum gold geen vastgestelde keten met routes."))
        self.ui.chain_route_combo.setFocus()

    def submit(self) -> SignalRoute | None:
        route_id = self.routes.route_id()
        if route_id is None:
            raise ValidationError(self.tr("Kies een route in de keten."))
        return signal_routes.place_reporter(self.ctx, self.reporter_id, route_id, self.routes.step_id())


class RouteStepPassedDialog(ServiceDialog):
    """The signal reached one of the steps that follow a step it passed: which, when, and a note."""

    def __init__(self, ctx: ServiceContext, reporter: str, route: SignalRoute,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_RouteStepPassedDialog(), parent)
        self.route = route
        self.ui.reporter_value.setText(reporter)
        self.ui.route_value.setText(f"{route.route.name} ({route.municipality})")
        current = route.current
        self.ui.current_value.setText(
            step_text(current.action, current.member.name) if current is not None else "—")
        fill_items(self.ui.step_combo, [(step_text(s.action, s.member.name, route.condition_to(s.id)), s.id)
                                        for s in route.next_steps])
        if not route.next_steps:
            self.ui.hint_label.setText(self.tr("De melding heeft het einde van haar route bereikt."))
        set_date(self.ui.reached_on_date, self.today())
        self.ui.step_combo.setFocus()

    def submit(self) -> SignalRoute:
        step_id = self.ui.step_combo.currentData()
        if step_id is None:
            raise ValidationError(self.tr("Er is geen volgende stap op deze route."))
        return signal_routes.advance(self.ctx, self.route.reporter_id, step_id,
                                     from_qdate(self.ui.reached_on_date),
                                     text_or_none(self.ui.note_edit.toPlainText()))


__all__ = ["PlaceRouteDialog", "RouteChooser", "RouteStepPassedDialog", "step_text"]

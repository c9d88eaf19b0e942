"""Signals moving along the chain: the route a reporter's signal follows, the steps it passed with their
dates, and the feedback its route promises.

A signal follows the adopted version of the chain that was in force on the day it came in; the
respond-by date comes from the route's first promise (working days after the signal).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.domain.workdays import add_working_days
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services.chain import ChainView, RouteInfo, StepInfo, read_chain, version_in_force
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.store.chain_models import (
    ChainVersion,
    Municipality,
    ReporterRoute,
    RoutePassage,
    SignallingRoute,
)
from casusoverleg_desktop.store.models import Reporter, ReporterFeedback

__all__ = [
    "AT_RISK_WORKING_DAYS", "Passage", "Promise", "PromiseState", "RouteChoice", "SignalRoute", "advance",
    "place_on_route", "place_reporter", "promise_schedule", "promised_respond_by", "read_signal_routes",
    "routes_on", "signal_route",
]

AT_RISK_WORKING_DAYS = 2
"""A promise not yet kept whose due date is this close (or past) is about to be broken."""


@dataclass(frozen=True)
class RouteChoice:
    """A route a signal that came in on a given day can follow."""

    route_id: int
    municipality: str
    version_number: int
    name: str
    worry: str | None
    is_acute: bool
    first_promise_days: int | None
    entry_steps: tuple[StepInfo, ...]

    @property
    def label(self) -> str:
        return f"{self.municipality}: {self.name}"


@dataclass(frozen=True)
class Passage:
    step: StepInfo
    reached_on: dt.date
    due_on: dt.date | None
    """The step's time limit counted from the step before (``None`` for the first)."""
    recorded_by: str
    note: str | None

    @property
    def late(self) -> bool:
        return self.due_on is not None and self.reached_on > self.due_on


class PromiseState(enum.Enum):
    KEPT = "nagekomen"
    KEPT_LATE = "te laat nagekomen"
    OPEN = "nog niet"
    BROKEN = "niet nagekomen"


@dataclass(frozen=True)
class Promise:
    """What the route promises the reporter, and by when for this signal.

    The n-th promise (by due date) is kept by the n-th feedback given to the reporter; the first is
    due on the reporter's respond-by date, the date the Ketenmonitor measures too."""

    text: str
    due_on: dt.date
    given_on: dt.date | None = None

    def state(self, today: dt.date) -> PromiseState:
        if self.given_on is not None:
            return PromiseState.KEPT if self.given_on <= self.due_on else PromiseState.KEPT_LATE
        return PromiseState.OPEN if self.due_on >= today else PromiseState.BROKEN

    def at_risk(self, today: dt.date) -> bool:
        """Not kept yet and due within ``AT_RISK_WORKING_DAYS`` working days, or overdue."""
        return self.given_on is None and self.due_on <= add_working_days(today, AT_RISK_WORKING_DAYS)


@dataclass(frozen=True)
class SignalRoute:
    reporter_id: int
    route: RouteInfo
    municipality: str
    version_number: int
    passages: tuple[Passage, ...]
    promises: tuple[Promise, ...]

    @property
    def current(self) -> StepInfo | None:
        return self.passages[-1].step if self.passages else None

    @property
    def next_steps(self) -> list[StepInfo]:
        """The steps that follow a passed one and were not reached yet."""
        passed = {p.step.id for p in self.passages}
        if not passed:
            return self.route.entry_steps
        following = {s.id: s for p in self.passages for s in self.route.next_steps(p.step.id)}
        return [s for s in self.route.steps if s.id in following and s.id not in passed]

    def condition_to(self, step_id: int) -> str | None:
        """The label of the link from a passed step to ``step_id`` ("bij zorgen"), if any."""
        passed = {p.step.id for p in self.passages}
        return next((link.label for link in self.route.links
                     if link.to_step_id == step_id and link.from_step_id in passed and link.label), None)

    def first_at_risk(self, today: dt.date) -> Promise | None:
        return next((p for p in self.promises if p.at_risk(today)), None)


def routes_on(ctx: ServiceContext, on: dt.date) -> list[RouteChoice]:
    """Every route of the chain versions in force on ``on``, per municipality, acute routes first."""
    with ctx.unit_of_work() as session:
        choices = []
        for municipality in session.scalars(select(Municipality).order_by(Municipality.name)):
            version_id = version_in_force(session, municipality.id, on)
            if version_id is None:
                continue
            view = read_chain(session, version_id)
            for route in sorted(view.routes, key=lambda r: (not r.is_acute, r.position)):
                choices.append(RouteChoice(route.id, municipality.name, view.version.number, route.name,
                                           route.worry, route.is_acute, route.first_promise_days,
                                           tuple(route.entry_steps)))
        return choices


def promised_respond_by(ctx: ServiceContext, route_id: int, reported_on: dt.date) -> dt.date | None:
    """The date by which the reporter hears back under the route's first promise."""
    with ctx.unit_of_work() as session:
        days = _route(session, route_id).first_promise_days
        return None if days is None else add_working_days(reported_on, days)


def place_on_route(session: Session, reporter: Reporter, route_id: int, actor: str,
                   step_id: int | None = None) -> RouteInfo:
    """Record the route of a reporter's signal and its first step (reached the day it came in).

    The route must belong to the version in force on that day; ``step_id`` picks the entry step when
    the route has several."""
    route = _route(session, route_id)
    stored = session.get_one(SignallingRoute, route_id)
    version = session.get_one(ChainVersion, stored.version_id)
    in_force = version_in_force(session, version.municipality_id, reporter.reported_on)
    if in_force != version.id:
        raise ValidationError(f"Route '{route.name}' gold niet op {reporter.reported_on:%d-%m-%Y}: kies een "
                              "route van de versie van de keten die toen gold.")
    if session.scalar(select(ReporterRoute.id).where(ReporterRoute.reporter_id == reporter.id)) is not None:
        raise ValidationError("Deze melding volgt al een route.")
    entries = route.entry_steps
    if step_id is None:
        if not entries:
            raise ValidationError(f"Route '{route.name}' heeft geen eerste stap.")
        step_id = entries[0].id
    elif step_id not in {s.id for s in entries}:
        raise ValidationError("Kies een eerste stap van deze route.")
    session.add(ReporterRoute(reporter_id=reporter.id, route_id=route_id))
    session.add(RoutePassage(reporter_id=reporter.id, step_id=step_id, reached_on=reporter.reported_on,
                             recorded_by=actor))
    session.flush()
    return route


def place_reporter(ctx: ServiceContext, reporter_id: int, route_id: int,
                   step_id: int | None = None) -> SignalRoute | None:
    """Put a signal registered without a route on one (its respond-by date stays as agreed)."""
    with ctx.unit_of_work() as session:
        reporter = fetch(session, Reporter, reporter_id)
        place_on_route(session, reporter, route_id, ctx.actor, step_id)
        return _signal_route(session, reporter)


def advance(ctx: ServiceContext, reporter_id: int, step_id: int, reached_on: dt.date,
            note: str | None = None) -> SignalRoute:
    """The signal reached ``step_id`` on ``reached_on``: a step that follows one it passed."""
    with ctx.unit_of_work() as session:
        reporter = fetch(session, Reporter, reporter_id)
        current = _signal_route(session, reporter)
        if current is None:
            raise ValidationError("Deze melding volgt nog geen route: kies eerst de route.")
        if step_id in {p.step.id for p in current.passages}:
            raise ValidationError("Deze stap is al doorlopen.")
        if step_id not in {s.id for s in current.next_steps}:
            raise ValidationError("Deze stap volgt niet op een stap die de melding al doorliep.")
        last = current.passages[-1].reached_on if current.passages else reporter.reported_on
        if reached_on < last:
            raise ValidationError(f"De datum ligt vóór de vorige stap ({last:%d-%m-%Y}).")
        if reached_on > local_time(ctx.clock()).date():
            raise ValidationError("Een stap die nog moet komen kan niet als doorlopen worden vastgelegd.")
        session.add(RoutePassage(reporter_id=reporter_id, step_id=step_id, reached_on=reached_on,
                                 recorded_by=ctx.actor, note=(note or "").strip() or None))
        session.flush()
        result = _signal_route(session, reporter)
        assert result is not None
        return result


def signal_route(ctx: ServiceContext, reporter_id: int) -> SignalRoute | None:
    with ctx.unit_of_work() as session:
        return _signal_route(session, fetch(session, Reporter, reporter_id))


def read_signal_routes(session: Session, reporters: Sequence[Reporter]) -> dict[int, SignalRoute]:
    """The routes of several reporters (e.g. a case's), by reporter id; those without a route left out."""
    found = {}
    chains: dict[int, ChainView] = {}
    for reporter in reporters:
        if (route := _signal_route(session, reporter, chains)) is not None:
            found[reporter.id] = route
    return found


def _signal_route(session: Session, reporter: Reporter,
                  chains: dict[int, ChainView] | None = None) -> SignalRoute | None:
    route_id = session.scalar(select(ReporterRoute.route_id).where(ReporterRoute.reporter_id == reporter.id))
    if route_id is None:
        return None
    stored = session.get_one(SignallingRoute, route_id)
    chains = {} if chains is None else chains
    if stored.version_id not in chains:
        chains[stored.version_id] = read_chain(session, stored.version_id)
    view = chains[stored.version_id]
    route = view.route(route_id)
    steps = {s.id: s for s in route.steps}
    rows = session.scalars(select(RoutePassage).where(RoutePassage.reporter_id == reporter.id)
                           .order_by(RoutePassage.reached_on, RoutePassage.id)).all()
    passages = []
    previous: dt.date | None = None
    for row in rows:
        step = steps[row.step_id]
        due = None if previous is None else add_working_days(previous, step.within_days)
        passages.append(Passage(step, row.reached_on, due, row.recorded_by, row.note))
        previous = row.reached_on
    given = list(session.scalars(select(ReporterFeedback.given_on)
                                 .where(ReporterFeedback.reporter_id == reporter.id)
                                 .order_by(ReporterFeedback.given_on, ReporterFeedback.id)))
    schedule = promise_schedule(reporter.reported_on, reporter.respond_by,
                                [(s.promise_days, s.promise or "") for s in route.promises
                                 if s.promise_days is not None])
    promises = tuple(Promise(text, due_on, given[n] if n < len(given) else None)
                     for n, (due_on, text) in enumerate(schedule))
    return SignalRoute(reporter.id, route, view.version.municipality, view.version.number, tuple(passages),
                       promises)


def promise_schedule(reported_on: dt.date, respond_by: dt.date,
                     promises: Sequence[tuple[int, str]]) -> list[tuple[dt.date, str]]:
    """When each promise ((working days after the signal, text)) is due for one signal, soonest first;
    the first on the respond-by date as agreed (the chair may have moved it). The n-th promise is
    kept by the n-th feedback."""
    schedule = sorted(((add_working_days(reported_on, days), text) for days, text in promises),
                      key=lambda due: due[0])
    if schedule:
        schedule[0] = (respond_by, schedule[0][1])
    return schedule


def _route(session: Session, route_id: int) -> RouteInfo:
    stored = session.get(SignallingRoute, route_id)
    if stored is None:
        raise ValidationError(f"Route {route_id} bestaat niet (meer).")
    return read_chain(session, stored.version_id).route(route_id)

"""Signals move along the chain: the route in force when the signal came in, its promise as the
respond-by date, and the steps passed with their dates."""

import datetime as dt

import pytest

from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import case_views, cases, chain, signal_routes
from casusoverleg_desktop.services.case_views import TimelineKind
from casusoverleg_desktop.services.overview import chair_overview
from casusoverleg_desktop.services.signal_routes import PromiseState
from tests.chain_kit import build_chain

CAME_IN = dt.date(2026, 3, 6)  # a Friday


@pytest.fixture
def kit(ctx):
    return build_chain(ctx, adopt=True)


def test_the_routes_in_force_on_a_day_acute_first(ctx, kit):
    assert signal_routes.routes_on(ctx, dt.date(2025, 12, 31)) == []
    choices = signal_routes.routes_on(ctx, CAME_IN)
    assert [c.label for c in choices] == ["Wadmeer-Noord: Acute dreiging",
                                          "Wadmeer-Noord: Zorgen over radicalisering"]
    assert choices[1].first_promise_days == 5


def test_a_reporter_on_a_route_gets_its_promise_and_first_step(ctx, case, region, kit):
    reporter = cases.add_reporter(ctx, case.id, CAME_IN, partner_id=region.school.id,
                                  chain_route_id=kit.worry_route)
    assert reporter.respond_by == dt.date(2026, 3, 13)  # 5 working days after a Friday
    assert reporter.route == "Zorgen over radicalisering"
    route = signal_routes.signal_route(ctx, reporter.id)
    assert route is not None and route.current is not None
    assert route.current.action == "Meldpunt neemt de melding aan"
    assert [p.due_on for p in route.promises] == [dt.date(2026, 3, 13), dt.date(2026, 4, 3)]
    assert [s.action for s in route.next_steps] == ["Weegploeg weegt de melding"]


def test_the_signal_advances_along_links_only(ctx, case, region, kit):
    reporter = cases.add_reporter(ctx, case.id, CAME_IN, partner_id=region.school.id,
                                  chain_route_id=kit.worry_route)
    with pytest.raises(ValidationError, match="volgt niet op"):
        signal_routes.advance(ctx, reporter.id, kit.steps["meet"], dt.date(2026, 3, 10))
    with pytest.raises(ValidationError, match="vóór de vorige stap"):
        signal_routes.advance(ctx, reporter.id, kit.steps["weigh"], dt.date(2026, 3, 5))
    route = signal_routes.advance(ctx, reporter.id, kit.steps["weigh"], dt.date(2026, 3, 27))
    assert route.passages[-1].late  # 10 working days after 6 March is 20 March
    route = signal_routes.advance(ctx, reporter.id, kit.steps["meet"], dt.date(2026, 4, 2), "ICO 2 april")
    assert [p.step.action for p in route.passages] == [
        "Meldpunt neemt de melding aan", "Weegploeg weegt de melding", "Bespreking in het casusoverleg"]
    assert not route.passages[-1].late and route.passages[-1].note == "ICO 2 april"
    assert [s.action for s in route.next_steps] == ["Reguliere zorg"]
    with pytest.raises(ValidationError, match="al doorlopen"):
        signal_routes.advance(ctx, reporter.id, kit.steps["meet"], dt.date(2026, 4, 2))


def test_a_future_step_cannot_be_recorded(ctx, case, region, kit):
    reporter = cases.add_reporter(ctx, case.id, CAME_IN, partner_id=region.school.id,
                                  chain_route_id=kit.worry_route)
    with pytest.raises(ValidationError, match="nog moet komen"):
        signal_routes.advance(ctx, reporter.id, kit.steps["weigh"], dt.date.today() + dt.timedelta(days=3))


def test_a_route_of_another_version_is_refused_and_nothing_is_stored(ctx, case, region, kit):
    second = chain.new_version(ctx, kit.municipality_id, dt.date(2026, 7, 1))
    chain.adopt_version(ctx, second.id)
    later_route = chain.chain_view(ctx, second.id).routes[0].id
    with pytest.raises(ValidationError, match="gold niet op 06-03-2026"):
        cases.add_reporter(ctx, case.id, CAME_IN, partner_id=region.school.id, chain_route_id=later_route)
    assert cases.open_case(ctx, case.id).reporters == ()


def test_a_reporter_without_a_route_can_be_placed_later(ctx, case, region, kit):
    reporter = cases.add_reporter(ctx, case.id, CAME_IN, partner_id=region.school.id)
    assert signal_routes.signal_route(ctx, reporter.id) is None
    placed = signal_routes.place_reporter(ctx, reporter.id, kit.acute_route)
    assert placed is not None and placed.current is not None and placed.current.action == "Bel 112"
    with pytest.raises(ValidationError, match="volgt al een route"):
        signal_routes.place_reporter(ctx, reporter.id, kit.worry_route)


def test_promises_are_kept_by_feedback_in_order_and_at_risk_two_working_days_ahead(ctx, case, region, kit):
    reporter = cases.add_reporter(ctx, case.id, CAME_IN, partner_id=region.school.id,
                                  chain_route_id=kit.worry_route)
    first, second = signal_routes.signal_route(ctx, reporter.id).promises
    assert (first.due_on, second.due_on) == (dt.date(2026, 3, 13), dt.date(2026, 4, 3))
    assert not first.at_risk(dt.date(2026, 3, 10)) and first.at_risk(dt.date(2026, 3, 11))
    assert first.state(dt.date(2026, 3, 13)) is PromiseState.OPEN
    assert first.state(dt.date(2026, 3, 16)) is PromiseState.BROKEN
    cases.record_feedback(ctx, reporter.id, dt.date(2026, 3, 16), "mentor", "Ontvangen.")
    first, second = signal_routes.signal_route(ctx, reporter.id).promises
    assert first.given_on == dt.date(2026, 3, 16)
    assert first.state(dt.date(2026, 3, 16)) is PromiseState.KEPT_LATE
    assert second.given_on is None and not second.at_risk(dt.date(2026, 3, 16))
    cases.record_feedback(ctx, reporter.id, dt.date(2026, 4, 2), "mentor", "Wordt opgepakt.")
    kept = signal_routes.signal_route(ctx, reporter.id).promises[1]
    assert kept.state(dt.date(2026, 5, 1)) is PromiseState.KEPT


def test_the_overview_lists_route_promises_about_to_be_broken_and_keeps_the_old_rule(ctx, case, region, kit):
    on_route = cases.add_reporter(ctx, case.id, CAME_IN, partner_id=region.school.id,
                                  chain_route_id=kit.worry_route)
    free = cases.add_reporter(ctx, case.id, dt.date(2026, 3, 2), person="wijkagent")
    assert [w.reporter_id for w in chair_overview(ctx, dt.date(2026, 3, 10)).reporters_waiting] == [free.id]
    waiting = chair_overview(ctx, dt.date(2026, 3, 11)).reporters_waiting
    assert [(w.reporter_id, w.due_on, w.route, w.promise) for w in waiting] == [
        (free.id, dt.date(2026, 3, 9), None, None),
        (on_route.id, dt.date(2026, 3, 13), "Zorgen over radicalisering",
         "Ontvangst bevestigd en wie de melding oppakt")]
    cases.record_feedback(ctx, on_route.id, dt.date(2026, 3, 12), "mentor", "Ontvangen.")
    assert [w.reporter_id for w in chair_overview(ctx, dt.date(2026, 3, 12)).reporters_waiting] == [free.id]
    later = chair_overview(ctx, dt.date(2026, 4, 6)).reporters_waiting  # the second promise is overdue
    assert [(w.reporter_id, w.promise_due) for w in later] == [(free.id, None),
                                                               (on_route.id, dt.date(2026, 4, 3))]


def test_the_case_timeline_shows_steps_passed_and_promises(ctx, case, region, kit):
    reporter = cases.add_reporter(ctx, case.id, CAME_IN, partner_id=region.school.id,
                                  chain_route_id=kit.worry_route)
    signal_routes.advance(ctx, reporter.id, kit.steps["weigh"], dt.date(2026, 3, 27), "te laat gewogen")
    entries = [e for e in case_views.case_timeline(ctx, case.id)
               if e.kind in (TimelineKind.ROUTE_STEP, TimelineKind.PROMISE)]
    assert [(e.on, e.kind, e.title, e.attention) for e in entries] == [
        (CAME_IN, "route", "Stap: Meldpunt neemt de melding aan", False),
        (dt.date(2026, 3, 13), "belofte",
         "Belofte aan de melder: Ontvangst bevestigd en wie de melding oppakt", True),
        (dt.date(2026, 3, 27), "route", "Stap: Weegploeg weegt de melding — te laat", True),
        (dt.date(2026, 4, 3), "belofte", "Belofte aan de melder: Of de melding wordt opgepakt (geen inhoud)",
         True)]
    assert entries[2].detail == ("Zorgen over radicalisering · Zorg- en Veiligheidshuis Wadmeer · binnen 10 "
                                 "werkdagen: uiterlijk 20-03-2026 · te laat gewogen")

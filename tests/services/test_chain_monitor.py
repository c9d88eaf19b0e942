"""The Ketenmonitor's figures against a hand-counted quarter, and the small-count suppression.

The fixture (Q1 2026, peildatum 15-04-2026), every signal entered through the services:

    route "Zorgen over radicalisering" (Ludgercollege reports; 5 signals, exactly the threshold)
      S1 ma 05-01  weging 07-01 (2 wd)  casusoverleg 14-01 (7)   feedback 09-01, by 12-01: on time
      S2 ma 12-01  weging 16-01 (4)     casusoverleg 26-01 (10)  feedback 20-01, by 19-01: late
      S3 ma 19-01  weging 20-01 (1)     casusoverleg 27-01 (6)   feedback 23-01, by 26-01: on time
      S4 ma 02-02  weging 12-02 (8)     meeting 16-02 (10, no passage: the agenda)  feedback 09-02: on time
      S5 ma 09-02  weging 10-02 (1)     casusoverleg 20-02 (9)   no feedback, by 16-02: overdue
    route "Acute dreiging" (GGZ reports; 4 signals, under the threshold)
      A1..A4 02-03..05-03, feedback only for A1 (on time); A2..A4 overdue
    no route: N1 10-03, a person (no partner), no feedback: overdue
    outside the period: 02-04 (not counted)

    triage   [2, 4, 1, 8, 1]  -> nearest-rank median 2, P90 8
    meeting  [7, 10, 6, 10, 9] -> median 9, P90 10
    feedback due 10, on time 4 (S1, S3, S4, A1) -> 40%; overdue now 5 (S5, A2, A3, A4, N1)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from casusoverleg_desktop.domain.enums import LegalBasis, MeetingType
from casusoverleg_desktop.domain.monitor import HIDDEN, SUPPRESSED, MonitorReport, nearest_rank, protect
from casusoverleg_desktop.domain.workdays import add_working_days, working_days_between
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import cases, chain_monitor, meetings, partners, signal_routes
from casusoverleg_desktop.services.context import ServiceContext
from tests.chain_kit import ChainKit, build_chain

D = dt.date
Q1 = (D(2026, 1, 1), D(2026, 3, 31))
TODAY = D(2026, 4, 15)


@dataclass(frozen=True)
class Quarter:
    kit: ChainKit
    report: MonitorReport


def _signal(ctx: ServiceContext, number: int, reported_on: dt.date, *, route: int | None = None,
            partner_id: int | None = None, person: str | None = None) -> tuple[int, int]:
    case = cases.create_case(ctx, f"WN-2026-{number:03d}", LegalBasis.ZVH_WGS, reported_on)
    reporter = cases.add_reporter(ctx, case.id, reported_on, partner_id=partner_id, person=person,
                                  chain_route_id=route)
    return case.id, reporter.id


def enter_quarter(ctx: ServiceContext) -> ChainKit:
    kit = build_chain(ctx, adopt=True)
    ids = {p.name: p.id for p in partners.list_partners(ctx)}
    school, ggz = ids["Ludgercollege"], ids["GGZ Wadmeer"]
    steps = kit.steps
    worry = [  # reported, weighed, meeting passage, feedback
        (D(2026, 1, 5), D(2026, 1, 7), D(2026, 1, 14), D(2026, 1, 9)),
        (D(2026, 1, 12), D(2026, 1, 16), D(2026, 1, 26), D(2026, 1, 20)),
        (D(2026, 1, 19), D(2026, 1, 20), D(2026, 1, 27), D(2026, 1, 23)),
        (D(2026, 2, 2), D(2026, 2, 12), None, D(2026, 2, 9)),
        (D(2026, 2, 9), D(2026, 2, 10), D(2026, 2, 20), None),
    ]
    for number, (reported, weighed, met, fed_back) in enumerate(worry, start=1):
        case_id, reporter_id = _signal(ctx, number, reported, route=kit.worry_route, partner_id=school)
        signal_routes.advance(ctx, reporter_id, steps["weigh"], weighed)
        if met is not None:
            signal_routes.advance(ctx, reporter_id, steps["meet"], met)
        else:  # S4 reaches the case meeting on the agenda, without a recorded passage
            meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, D(2026, 2, 16))
            meetings.add_case_item(ctx, meeting.id, case_id)
        if fed_back is not None:
            cases.record_feedback(ctx, reporter_id, fed_back, "zorgcoördinator", "Ontvangst bevestigd.")
    for offset in range(4):
        _, reporter_id = _signal(ctx, 10 + offset, D(2026, 3, 2 + offset), route=kit.acute_route,
                                 partner_id=ggz)
        if offset == 0:
            cases.record_feedback(ctx, reporter_id, D(2026, 3, 3), "aanmelding", "Politie is ingeschakeld.")
    _signal(ctx, 20, D(2026, 3, 10), person="buurvrouw")
    _signal(ctx, 21, D(2026, 4, 2), route=kit.worry_route, partner_id=school)
    return kit


@pytest.fixture
def quarter(ctx: ServiceContext) -> Quarter:
    kit = enter_quarter(ctx)
    return Quarter(kit, chain_monitor.monitor(ctx, *Q1, today=TODAY))


def _row(rows, name):
    return next(r for r in rows if r.name == name)


def test_the_raw_figures_match_the_hand_count(quarter: Quarter):
    report = quarter.report
    total = report.total
    assert total.signals == 10
    assert total.to_triage == (5, 2, 8)
    assert total.to_meeting == (5, 9, 10)
    assert (total.feedback_due, total.feedback_on_time, total.overdue_now) == (10, 4, 5)
    assert total.on_time_percent == 40
    worry = _row(report.by_route, "Zorgen over radicalisering")
    assert (worry.signals, worry.to_triage, worry.to_meeting) == (5, (5, 2, 8), (5, 9, 10))
    assert (worry.feedback_due, worry.feedback_on_time, worry.overdue_now) == (5, 3, 1)
    acute = _row(report.by_route, "Acute dreiging")
    assert (acute.signals, acute.to_triage[0], acute.feedback_on_time, acute.overdue_now) == (4, 0, 1, 3)
    assert [r.name for r in report.by_route] == [
        "Zorgen over radicalisering", "Acute dreiging", "(geen route)"]
    assert {r.name: r.signals for r in report.by_municipality} == {"Wadmeer-Noord": 9, "(onbekend)": 1}
    assert {r.name: r.signals for r in report.by_partner} == {
        "Ludgercollege": 5, "GGZ Wadmeer": 4, "(persoon, geen partner)": 1}
    assert report.municipalities == ("Wadmeer-Noord",)
    assert report.title == "Ketenmonitor Wadmeer-Noord 01-01-2026 t/m 31-03-2026"


def test_exactly_five_is_shown_and_four_is_suppressed(quarter: Quarter):
    (_, _, _), (_, routes, total), (_, by_partner, _) = quarter.report.breakdowns()
    worry, acute, no_route = routes
    assert [c.text for c in worry.cells] == ["5", "2", "8", "9", "10", "60%", SUPPRESSED]
    assert [c.text for c in acute.cells] == [SUPPRESSED, "—", "—", "—", "—", SUPPRESSED, SUPPRESSED]
    assert [c.text for c in no_route.cells] == [SUPPRESSED, "—", "—", "—", "—", SUPPRESSED, SUPPRESSED]
    assert [c.text for c in total.cells] == ["10", "2", "8", "9", "10", "40%", "5"]
    assert all(c.value is None for c in acute.cells)
    assert [r.signals.text for r in by_partner] == ["5", SUPPRESSED, SUPPRESSED]


def test_a_total_does_not_give_away_a_single_small_count(quarter: Quarter):
    (_, municipalities, total), _, _ = quarter.report.breakdowns()
    # 9 + "< 5" = 10 would reveal the 1: the 9 is hidden as well, and its 44% (4 of 9) with it
    assert [(r.name, r.signals.text, r.on_time.text) for r in municipalities] == [
        ("Wadmeer-Noord", HIDDEN, HIDDEN), ("(onbekend)", SUPPRESSED, SUPPRESSED)]
    assert municipalities[0].triage_median.text == "2"  # a time tells no count
    assert total.signals.text == "10"


def test_the_json_holds_no_count_under_five(quarter: Quarter):
    data = quarter.report.to_json()
    assert data["per_route"][1] == {
        "naam": "Acute dreiging", "signalen": SUPPRESSED, "werkdagen_tot_weging_mediaan": "—",
        "werkdagen_tot_weging_p90": "—", "werkdagen_tot_casusoverleg_mediaan": "—",
        "werkdagen_tot_casusoverleg_p90": "—", "terugkoppeling_op_tijd": SUPPRESSED,
        "terugkoppeling_nu_te_laat": SUPPRESSED}
    counts = [row[key] for rows in (data["per_gemeente"], data["per_route"], data["per_partner_die_meldde"])
              for row in rows for key in ("signalen", "terugkoppeling_nu_te_laat")]
    assert not {"1", "2", "3", "4"} & set(counts) and SUPPRESSED in counts and HIDDEN in counts


def test_one_municipality_only(ctx: ServiceContext):
    kit = enter_quarter(ctx)
    report = chain_monitor.monitor(ctx, *Q1, today=TODAY, municipality_id=kit.municipality_id)
    assert report.total.signals == 9  # the signal without a route has no municipality
    assert [r.name for r in report.by_municipality] == ["Wadmeer-Noord"]


def test_a_period_backwards_or_an_unknown_municipality_is_refused(ctx: ServiceContext):
    with pytest.raises(ValidationError, match="begint .* na het einde"):
        chain_monitor.monitor(ctx, D(2026, 3, 31), D(2026, 1, 1))
    with pytest.raises(ValidationError, match="gemeente bestaat niet"):
        chain_monitor.monitor(ctx, *Q1, municipality_id=999)


def test_an_empty_period_shows_zero_and_no_times(ctx: ServiceContext):
    report = chain_monitor.monitor(ctx, *Q1, today=TODAY)
    (_, rows, total), *_ = report.breakdowns()
    assert rows == () and [c.text for c in total.cells] == ["0", "—", "—", "—", "—", "—", "0"]


@pytest.mark.parametrize(("values", "median", "p90"), [
    ([3], 3, 3), ([1, 2], 1, 2), ([5, 1, 4, 2, 3], 3, 5), (list(range(1, 11)), 5, 9),
    (list(range(1, 21)), 10, 18)])
def test_nearest_rank_percentiles(values, median, p90):
    assert (nearest_rank(values, 0.5), nearest_rank(values, 0.9)) == (median, p90)


@pytest.mark.parametrize(("counts", "hidden"), [
    ([9, 1], {0}),  # one small count and the total: the other must go
    ([5, 4, 1], set()),  # two small counts summing 5: 1+4, 2+3, … cannot be told apart
    ([7, 1, 1], {0}),  # two small counts summing 2 must both be 1: hide one more
    ([20, 4, 4], {0}),  # two summing 8 must both be 4
    ([6, 5, 0, 2], {1}),  # the smallest shown count is hidden
    ([3, 0], set()),  # the total is itself under 5
    ([12, 6], set()),
])
def test_secondary_suppression(counts, hidden):
    assert protect(counts, sum(counts)) == hidden


@pytest.mark.parametrize("start", [D(2026, 1, 2) + dt.timedelta(days=n) for n in range(7)])  # every weekday
def test_working_days_between_undoes_add_working_days(start):
    for days in range(0, 30):
        assert working_days_between(start, add_working_days(start, days)) == days
    assert working_days_between(D(2026, 1, 9), D(2026, 1, 11)) == 0  # Friday to Sunday
    assert working_days_between(D(2026, 1, 9), D(2026, 1, 1)) == 0

"""The Ketenmonitor's figures and the rule that keeps small numbers from identifying anyone.

Per signal the service gathers ``SignalFacts``; ``summarise`` turns a group of them into a
``MonitorRow`` (counts, medians, 90th percentiles, feedback kept on time); ``display`` turns the
rows into what may leave the vault: counts of 1 to 4 read "< 5", times and percentages over fewer
than 5 signals read "< 5", and where a total would give away a hidden count, more counts are
hidden ("x", secondary suppression; see ``protect``).

Percentiles are nearest-rank: the P-th percentile of n sorted values is the value at rank
ceil(P/100 * n), so the median of an even number of values is the lower of the middle two, and
every figure shown is a time that some signal really took.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

SMALL = 5
SUPPRESSED = "< 5"
HIDDEN = "x"
NOTHING = "—"
RULE_TEXT = ("Aantallen van 1 tot en met 4 staan er als \u201c< 5\u201d, tijden en percentages over "
             "minder dan 5 signalen ook; een \u201cx\u201d is weggelaten zodat een klein aantal niet uit "
             "het totaal is af te leiden (met het percentage op tijd ernaast).")
NOTHING_TEXT = "\u2014: geen signaal kwam zo ver."
NO_ROUTE = "(geen route)"
NO_MUNICIPALITY = "(onbekend)"
NO_PARTNER = "(persoon, geen partner)"
TOTAL = "Totaal"


def nearest_rank(values: Sequence[int], fraction: float) -> int:
    """The nearest-rank percentile (``fraction`` 0.5 = median, 0.9 = P90) of non-empty values."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(fraction * len(ordered))) - 1]


@dataclass(frozen=True)
class SignalFacts:
    """One reporter's signal as the monitor counts it (no name, no case)."""

    respond_by: dt.date
    first_feedback: dt.date | None
    days_to_triage: int | None  # working days; None: not reached
    days_to_meeting: int | None


@dataclass(frozen=True)
class MonitorRow:
    name: str
    signals: int
    to_triage: tuple[int, int, int]  # (signals that reached it, median, P90); medians 0 when none
    to_meeting: tuple[int, int, int]
    feedback_due: int  # respond-by passed, or feedback given
    feedback_on_time: int
    overdue_now: int

    @property
    def on_time_percent(self) -> float | None:
        return 100 * self.feedback_on_time / self.feedback_due if self.feedback_due else None


def _times(values: list[int]) -> tuple[int, int, int]:
    if not values:
        return 0, 0, 0
    return len(values), nearest_rank(values, 0.5), nearest_rank(values, 0.9)


def summarise(name: str, facts: Sequence[SignalFacts], today: dt.date) -> MonitorRow:
    due = [f for f in facts if f.first_feedback is not None or f.respond_by <= today]
    return MonitorRow(
        name=name, signals=len(facts),
        to_triage=_times([f.days_to_triage for f in facts if f.days_to_triage is not None]),
        to_meeting=_times([f.days_to_meeting for f in facts if f.days_to_meeting is not None]),
        feedback_due=len(due),
        feedback_on_time=sum(1 for f in due if f.first_feedback is not None
                             and f.first_feedback <= f.respond_by),
        overdue_now=sum(1 for f in facts if f.first_feedback is None and f.respond_by < today))


# -- what may be shown -------------------------------------------------------------------------
@dataclass(frozen=True)
class Cell:
    """A shown figure: ``value`` None when it is suppressed or there is nothing to show."""

    value: float | None
    text: str


def count_cell(count: int, hidden: bool = False) -> Cell:
    if hidden:
        return Cell(None, HIDDEN)
    if 0 < count < SMALL:
        return Cell(None, SUPPRESSED)
    return Cell(count, str(count))


def _over(base: int, value: float, text: str) -> Cell:
    if base == 0:
        return Cell(None, NOTHING)
    if base < SMALL:
        return Cell(None, SUPPRESSED)
    return Cell(value, text)


def percent_text(value: float) -> str:
    return f"{value:.0f}%"


@dataclass(frozen=True)
class DisplayRow:
    name: str
    signals: Cell
    triage_median: Cell
    triage_p90: Cell
    meeting_median: Cell
    meeting_p90: Cell
    on_time: Cell
    overdue_now: Cell

    @property
    def cells(self) -> tuple[Cell, ...]:
        return (self.signals, self.triage_median, self.triage_p90, self.meeting_median, self.meeting_p90,
                self.on_time, self.overdue_now)


COLUMNS = ("Signalen", "Tot weging: mediaan", "Tot weging: P90", "Tot casusoverleg: mediaan",
           "Tot casusoverleg: P90", "Terugkoppeling op tijd", "Nu te laat")
"""The shown columns (times in working days after the signal came in)."""


def protect(counts: Sequence[int], total: int) -> set[int]:
    """The indexes of ``counts`` (rows that add up to ``total``) to hide with "x" besides those of
    1 to 4 ("< 5"), so that ``total`` minus the shown counts cannot pin down a hidden one.

    A reader knows each "< 5" lies in 1..4 and each "x" is at least 5. While the hidden counts' sum
    equals its least or greatest possible value (so every hidden count follows from it), the
    smallest shown non-zero count is hidden too; one hidden count alone always follows from the
    total. A total under 5 is itself "< 5": nothing follows from it.
    """
    small = {i for i, c in enumerate(counts) if 0 < c < SMALL}
    if not small or total < SMALL:
        return set()
    hidden: set[int] = set()
    while True:
        covered = small | hidden
        rest = sum(counts[i] for i in covered)
        least = len(small) + SMALL * len(hidden)
        greatest = (SMALL - 1) * len(small) if not hidden else math.inf
        if len(covered) > 1 and least < rest < greatest:
            return hidden
        shown = [i for i, c in enumerate(counts) if c > 0 and i not in covered]
        if not shown:
            return hidden
        hidden.add(min(shown, key=lambda i: (counts[i], i)))


def display_rows(rows: Sequence[MonitorRow], total: MonitorRow) -> tuple[tuple[DisplayRow, ...], DisplayRow]:
    """The rows of one breakdown and its total, suppressed for showing."""
    hide_signals = protect([r.signals for r in rows], total.signals)
    hide_overdue = protect([r.overdue_now for r in rows], total.overdue_now)
    shown = tuple(_display(r, i in hide_signals, i in hide_overdue) for i, r in enumerate(rows))
    return shown, _display(total, False, False)


def _display(row: MonitorRow, hide_signals: bool, hide_overdue: bool) -> DisplayRow:
    tri_n, tri_median, tri_p90 = row.to_triage
    meet_n, meet_median, meet_p90 = row.to_meeting
    percent = row.on_time_percent
    return DisplayRow(
        name=row.name, signals=count_cell(row.signals, hide_signals),
        triage_median=_over(tri_n, tri_median, str(tri_median)),
        triage_p90=_over(tri_n, tri_p90, str(tri_p90)),
        meeting_median=_over(meet_n, meet_median, str(meet_median)),
        meeting_p90=_over(meet_n, meet_p90, str(meet_p90)),
        # a percentage next to a hidden count would tell that count (4 of 9 = 44%): hidden with it
        on_time=Cell(None, HIDDEN) if hide_signals else _over(row.feedback_due, percent or 0.0,
                                                               percent_text(percent or 0.0)),
        overdue_now=count_cell(row.overdue_now, hide_overdue))


# -- the report --------------------------------------------------------------------------------
@dataclass(frozen=True)
class MonitorReport:
    start: dt.date
    end: dt.date
    today: dt.date
    municipalities: tuple[str, ...]  # the municipalities reported on
    by_municipality: tuple[MonitorRow, ...]
    by_route: tuple[MonitorRow, ...]
    by_partner: tuple[MonitorRow, ...]
    total: MonitorRow

    @property
    def period(self) -> str:
        return f"{self.start:%d-%m-%Y} t/m {self.end:%d-%m-%Y}"

    @property
    def title(self) -> str:
        names = ", ".join(self.municipalities) or "alle gemeenten"
        return f"Ketenmonitor {names} {self.period}"

    def breakdowns(self) -> tuple[tuple[str, tuple[DisplayRow, ...], DisplayRow], ...]:
        """(heading, rows, total) per breakdown, suppressed for showing."""
        return tuple((heading, *display_rows(rows, self.total)) for heading, rows in (
            ("Per gemeente", self.by_municipality), ("Per route", self.by_route),
            ("Per partner die meldde", self.by_partner)))

    def to_json(self) -> dict[str, object]:
        """Aggregated and suppressed: the shown texts only, never a count under 5."""
        keys = ("signalen", "werkdagen_tot_weging_mediaan", "werkdagen_tot_weging_p90",
                "werkdagen_tot_casusoverleg_mediaan", "werkdagen_tot_casusoverleg_p90",
                "terugkoppeling_op_tijd", "terugkoppeling_nu_te_laat")

        def row(shown: DisplayRow) -> dict[str, str]:
            return {"naam": shown.name, **{k: c.text for k, c in zip(keys, shown.cells, strict=True)}}

        result: dict[str, object] = {"titel": self.title, "van": self.start.isoformat(),
                        "tot_en_met": self.end.isoformat(),
                        "peildatum": self.today.isoformat(), "gemeenten": list(self.municipalities),
                        "regel": RULE_TEXT,
                        "percentielen": "mediaan en P90 volgens nearest-rank, in werkdagen na het signaal"}
        for heading, rows, total in self.breakdowns():
            key = heading.lower().replace(" ", "_")
            result[key] = [row(r) for r in rows]
            result["totaal"] = row(total)
        return result

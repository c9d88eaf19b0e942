"""The Ketenmonitor: how the chain performed over a period, per municipality, route and partner.

A signal is a reporter whose ``reported_on`` lies in the period. It reached triage at its first
passage of a step whose organisation weighs (ChainRole.WEGING), and the case meeting at its first
passage of a casusoverleg step, or else at the first meeting (not cancelled) on or after the signal
with an agenda item for its case. Times are in working days. Five set-based queries, whatever the
number of signals. The figures leave the vault only through ``domain.monitor`` (suppressed).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casusoverleg_desktop.documents.data import BuiltDocument
from casusoverleg_desktop.documents.monitor_report import build_monitor_report
from casusoverleg_desktop.domain.enums import ChainRole, MeetingStatus
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.domain.monitor import (
    NO_MUNICIPALITY,
    NO_PARTNER,
    NO_ROUTE,
    TOTAL,
    MonitorReport,
    MonitorRow,
    SignalFacts,
    summarise,
)
from casusoverleg_desktop.domain.workdays import working_days_between
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.document_data import export_stamp
from casusoverleg_desktop.store.chain_models import (
    ChainMember,
    ChainVersion,
    Municipality,
    ReporterRoute,
    RoutePassage,
    RouteStep,
    SignallingRoute,
)
from casusoverleg_desktop.store.models import AgendaItem, Meeting, Partner, Reporter, ReporterFeedback

__all__ = ["MonitorReport", "check_period", "export_monitor_pdf", "last_full_quarter", "monitor"]

K = TypeVar("K")


def last_full_quarter(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last calendar quarter that has ended before ``today``."""
    first_of_this = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    end = first_of_this - dt.timedelta(days=1)
    return dt.date(end.year, end.month - 2, 1), end


def check_period(start: dt.date, end: dt.date) -> None:
    if start > end:
        raise ValidationError(f"De periode begint ({start:%d-%m-%Y}) na het einde ({end:%d-%m-%Y}); "
                              "kies een begindatum vóór de einddatum.")


def monitor(ctx: ServiceContext, start: dt.date, end: dt.date, today: dt.date | None = None,
            municipality_id: int | None = None) -> MonitorReport:
    """The monitor over signals reported from ``start`` up to and including ``end``; feedback that
    is overdue is counted as of ``today`` (default: today)."""
    check_period(start, end)
    today = today or local_time(ctx.clock()).date()
    with ctx.unit_of_work() as session:
        return _report(session, start, end, today, municipality_id)


def _report(session: Session, start: dt.date, end: dt.date, today: dt.date,
            municipality_id: int | None) -> MonitorReport:
    in_period = Reporter.reported_on.between(start, end)
    query = (
        select(Reporter.id, Reporter.case_id, Reporter.reported_on, Reporter.respond_by,
               func.coalesce(Partner.short_name, Partner.name), SignallingRoute.name, Municipality.name)
        .outerjoin(Partner, Partner.id == Reporter.partner_id)
        .outerjoin(ReporterRoute, ReporterRoute.reporter_id == Reporter.id)
        .outerjoin(SignallingRoute, SignallingRoute.id == ReporterRoute.route_id)
        .outerjoin(ChainVersion, ChainVersion.id == SignallingRoute.version_id)
        .outerjoin(Municipality, Municipality.id == ChainVersion.municipality_id)
        .where(in_period))
    if municipality_id is not None:
        query = query.where(ChainVersion.municipality_id == municipality_id)
        chosen = session.scalar(select(Municipality.name).where(Municipality.id == municipality_id))
        if chosen is None:
            raise ValidationError("Deze gemeente bestaat niet (meer); kies een andere gemeente.")
    signals = session.execute(query).all()

    reached: dict[tuple[int, ChainRole], dt.date] = {
        (reporter_id, role): day for reporter_id, role, day in session.execute(
            select(RoutePassage.reporter_id, ChainMember.role, func.min(RoutePassage.reached_on))
            .join(RouteStep, RouteStep.id == RoutePassage.step_id)
            .join(ChainMember, ChainMember.id == RouteStep.member_id)
            .join(Reporter, Reporter.id == RoutePassage.reporter_id)
            .where(in_period, ChainMember.role.in_((ChainRole.WEGING, ChainRole.CASUSOVERLEG)))
            .group_by(RoutePassage.reporter_id, ChainMember.role))}
    first_meeting: dict[int, dt.date] = dict(session.execute(
        select(Reporter.id, func.min(Meeting.held_on))
        .join(AgendaItem, AgendaItem.case_id == Reporter.case_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(in_period, Meeting.held_on >= Reporter.reported_on,
               Meeting.status != MeetingStatus.GEANNULEERD)
        .group_by(Reporter.id)).all())
    first_feedback: dict[int, dt.date] = dict(session.execute(
        select(ReporterFeedback.reporter_id, func.min(ReporterFeedback.given_on))
        .join(Reporter, Reporter.id == ReporterFeedback.reporter_id)
        .where(in_period).group_by(ReporterFeedback.reporter_id)).all())

    def days(reported_on: dt.date, day: dt.date | None) -> int | None:
        return None if day is None else working_days_between(reported_on, day)

    by_municipality: dict[str, list[SignalFacts]] = defaultdict(list)
    by_route: dict[tuple[str, str], list[SignalFacts]] = defaultdict(list)
    by_partner: dict[str, list[SignalFacts]] = defaultdict(list)
    every: list[SignalFacts] = []
    for reporter_id, _case_id, reported_on, respond_by, partner, route, municipality in signals:
        meeting = reached.get((reporter_id, ChainRole.CASUSOVERLEG)) or first_meeting.get(reporter_id)
        facts = SignalFacts(respond_by, first_feedback.get(reporter_id),
                            days(reported_on, reached.get((reporter_id, ChainRole.WEGING))),
                            days(reported_on, meeting))
        place = municipality or NO_MUNICIPALITY
        by_municipality[place].append(facts)
        by_route[(route or NO_ROUTE, place)].append(facts)
        by_partner[partner or NO_PARTNER].append(facts)
        every.append(facts)

    several = len(set(by_municipality) - {NO_MUNICIPALITY}) > 1

    def route_name(key: tuple[str, str]) -> str:
        return f"{key[0]} ({key[1]})" if several and key[0] != NO_ROUTE else key[0]

    names = (sorted(by_municipality) if municipality_id is None
             else [session.scalar(select(Municipality.name).where(Municipality.id == municipality_id))])
    return MonitorReport(
        start=start, end=end, today=today,
        municipalities=tuple(n for n in names if n and n != NO_MUNICIPALITY),
        by_municipality=_rows(by_municipality, str, today),
        by_route=_rows(by_route, route_name, today),
        by_partner=_rows(by_partner, str, today),
        total=summarise(TOTAL, every, today))


def _rows(groups: dict[K, list[SignalFacts]], name: Callable[[K], str],
                       today: dt.date) -> tuple[MonitorRow, ...]:
    """Largest group first; the groups without a route, municipality or partner last."""
    placeholders = (NO_ROUTE, NO_MUNICIPALITY, NO_PARTNER)
    rows = [summarise(name(key), facts, today) for key, facts in groups.items()]
    return tuple(sorted(rows, key=lambda r: (r.name in placeholders, -r.signals, r.name)))


def export_monitor_pdf(ctx: ServiceContext, report: MonitorReport) -> BuiltDocument:
    with ctx.unit_of_work() as session:
        stamp = export_stamp(session, ctx)
    return build_monitor_report(report, stamp)


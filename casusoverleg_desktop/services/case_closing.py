"""Closing a case with its open ends settled: open actions, reporters still waiting for feedback, and
postponed informing.

``open_ends`` lists what is still open; ``close_with`` closes the case in one unit of work only when
each open end has a disposition: an action is completed, handed over to a partner (with a note) or
dropped (with a reason); a reporter gets feedback now, or the closure records why none is given; a
postponed informing ends as informed at closure or as not informed (with the reason).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.enums import ActionStatus, ClosureReason, InformedStatus
from casusoverleg_desktop.domain.labels import action_label, qualified_label
from casusoverleg_desktop.domain.lifecycle import check_closure
from casusoverleg_desktop.domain.rules import check_action_status_change, require_text
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services.cases import CaseSummary, case_summary, close_case_in
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.store.models import (
    ActionItem,
    Case,
    InformedRecord,
    Meeting,
    Partner,
    Reporter,
    ReporterFeedback,
    Subject,
)

__all__ = [
    "ActionChoice", "ActionDisposition", "FeedbackDisposition", "InformedDisposition", "OpenAction",
    "OpenEnds", "PendingFeedback", "PendingInforming", "close_with", "open_ends",
]


class ActionChoice(enum.Enum):
    AFRONDEN = "afronden"
    OVERDRAGEN = "overdragen"
    VERVALLEN = "laten vervallen"


@dataclass(frozen=True)
class OpenAction:
    id: int
    label: str  # "A2 (12-03-2025)"
    description: str
    owner: str


@dataclass(frozen=True)
class PendingFeedback:
    reporter_id: int
    reporter: str
    reported_on: dt.date
    respond_by: dt.date


@dataclass(frozen=True)
class PendingInforming:
    record_id: int
    subject: str
    reason: str | None
    review_date: dt.date | None


@dataclass(frozen=True)
class OpenEnds:
    actions: tuple[OpenAction, ...]
    feedback: tuple[PendingFeedback, ...]
    informing: tuple[PendingInforming, ...]

    @property
    def empty(self) -> bool:
        return not (self.actions or self.feedback or self.informing)


@dataclass(frozen=True)
class ActionDisposition:
    action_id: int
    choice: ActionChoice
    note: str | None = None  # required to hand over or drop
    partner_id: int | None = None  # who takes it over


@dataclass(frozen=True)
class FeedbackDisposition:
    """Feedback given now (``content`` to ``given_to``), or ``no_feedback_reason``."""

    reporter_id: int
    content: str | None = None
    given_to: str | None = None
    no_feedback_reason: str | None = None


@dataclass(frozen=True)
class InformedDisposition:
    """A postponed informing ends: informed at closure (``note``: by whom, how) or not (``note``: why)."""

    record_id: int
    informed: bool
    note: str


def _reporter_name(session: Session, reporter: Reporter) -> str:
    partner = session.get(Partner, reporter.partner_id) if reporter.partner_id else None
    return " – ".join(filter(None, (partner.name if partner else None, reporter.person))) or "de melder"


def _open_actions(session: Session, case_id: int) -> list[tuple[ActionItem, OpenAction]]:
    rows = session.execute(
        select(ActionItem, Meeting.held_on, Partner.name)
        .join(Meeting, Meeting.id == ActionItem.origin_meeting_id)
        .join(Partner, Partner.id == ActionItem.owner_partner_id)
        .where(ActionItem.case_id == case_id, ActionItem.closed_on.is_(None))
        .order_by(Meeting.held_on, ActionItem.number))
    return [(a, OpenAction(a.id, qualified_label(action_label(a.number), held_on), a.description, owner))
            for a, held_on, owner in rows]


def _waiting_reporters(session: Session, case_id: int) -> list[tuple[Reporter, PendingFeedback]]:
    has_feedback = exists().where(ReporterFeedback.reporter_id == Reporter.id)
    rows = session.scalars(select(Reporter).where(Reporter.case_id == case_id, ~has_feedback)
                           .order_by(Reporter.reported_on, Reporter.id))
    return [(r, PendingFeedback(r.id, _reporter_name(session, r), r.reported_on, r.respond_by)) for r in rows]


def _postponed(session: Session, case_id: int) -> list[tuple[InformedRecord, PendingInforming]]:
    rows = session.execute(
        select(InformedRecord, Subject.pseudonym).join(Subject, Subject.id == InformedRecord.subject_id)
        .where(InformedRecord.case_id == case_id, InformedRecord.superseded.is_(False),
               InformedRecord.status == InformedStatus.UITGESTELD)
        .order_by(InformedRecord.review_date, InformedRecord.id))
    return [(r, PendingInforming(r.id, pseudonym, r.postponement_reason, r.review_date))
            for r, pseudonym in rows]


def open_ends(ctx: ServiceContext, case_id: int) -> OpenEnds:
    """What closing the case must settle first."""
    with ctx.unit_of_work() as session:
        case = fetch(session, Case, case_id)
        return OpenEnds(tuple(o for _a, o in _open_actions(session, case.id)),
                        tuple(o for _r, o in _waiting_reporters(session, case.id)),
                        tuple(o for _r, o in _postponed(session, case.id)))


def close_with(
    ctx: ServiceContext, case_id: int, reason: ClosureReason | None, rationale: str | None,
    closed_on: dt.date, *, actions: Sequence[ActionDisposition] = (),
    feedback: Sequence[FeedbackDisposition] = (), informing: Sequence[InformedDisposition] = (),
    meeting_id: int | None = None,
) -> CaseSummary:
    """Settle every open end as disposed and close the case (as ``cases.close_case``), all or nothing.
    Refused while an open end has no disposition."""
    by_action = {d.action_id: d for d in actions}
    by_reporter = {d.reporter_id: d for d in feedback}
    by_record = {d.record_id: d for d in informing}
    with ctx.unit_of_work() as session:
        case = fetch(session, Case, case_id)
        check_closure(case.status, reason, rationale)
        open_actions = _open_actions(session, case.id)
        waiting = _waiting_reporters(session, case.id)
        postponed = _postponed(session, case.id)
        missing = ([f"actiepunt {o.label} ({o.description})" for a, o in open_actions
                    if a.id not in by_action]
                   + [f"de terugkoppeling aan {o.reporter}" for r, o in waiting if r.id not in by_reporter]
                   + [f"het uitgestelde informeren van {o.subject}" for r, o in postponed
                      if r.id not in by_record])
        if missing:
            raise ValidationError(f"Casus {case.code} kan pas worden afgesloten als is gekozen wat er "
                                  f"gebeurt met: {'; '.join(missing)}.")
        unknown = (set(by_action) - {a.id for a, _o in open_actions}
                   or set(by_reporter) - {r.id for r, _o in waiting}
                   or set(by_record) - {r.id for r, _o in postponed})
        if unknown:
            raise ValidationError(f"Een gekozen afhandeling hoort niet bij een open punt van casus "
                                  f"{case.code}.")
        for action, open_action in open_actions:
            _settle_action(session, ctx, action, open_action, by_action[action.id], closed_on)
        no_feedback = [_settle_feedback(session, ctx, reporter, pending, by_reporter[reporter.id], closed_on)
                       for reporter, pending in waiting]
        for record, informing_line in postponed:
            _settle_informing(session, record, informing_line, by_record[record.id], closed_on)
        closing_text = "\n".join(filter(None, [rationale, *no_feedback]))
        close_case_in(session, ctx, case, reason, closing_text, closed_on, meeting_id=meeting_id)
        return case_summary(case)


def _settle_action(session: Session, ctx: ServiceContext, action: ActionItem, shown: OpenAction,
                   choice: ActionDisposition, on: dt.date) -> None:
    note = (choice.note or "").strip() or None
    if choice.choice is ActionChoice.AFRONDEN:
        status = ActionStatus.AFGEROND
    elif choice.choice is ActionChoice.VERVALLEN:
        if note is None:
            raise ValidationError(f"Geef aan waarom actiepunt {shown.label} vervalt.")
        status = ActionStatus.VERVALLEN
    else:
        if choice.partner_id is None:
            raise ValidationError(f"Kies aan welke partner actiepunt {shown.label} wordt overgedragen.")
        partner = fetch(session, Partner, choice.partner_id)
        note = f"Overgedragen aan {partner.name}: " + require_text(
            note or "", f"een toelichting bij de overdracht van actiepunt {shown.label}")
        status = ActionStatus.OVERGEDRAGEN
    check_action_status_change(action.status, status, note)
    action.status = status
    action.status_note = note or action.status_note
    action.closed_on, action.closed_by = on, ctx.actor


def _settle_feedback(session: Session, ctx: ServiceContext, reporter: Reporter, shown: PendingFeedback,
                     choice: FeedbackDisposition, on: dt.date) -> str | None:
    """Record the feedback, or return the sentence the closure records about why none is given."""
    content = (choice.content or "").strip()
    why = (choice.no_feedback_reason or "").strip()
    if bool(content) == bool(why):
        raise ValidationError(f"Geef de terugkoppeling aan {shown.reporter} nu, of geef aan waarom die "
                              "er niet komt (één van beide).")
    if why:
        return f"Geen terugkoppeling aan {shown.reporter}: {why}"
    given_to = require_text(choice.given_to or "",
                            f"aan wie de terugkoppeling aan {shown.reporter} is gegeven")
    if on < reporter.reported_on:
        raise ValidationError("Terugkoppeling kan niet vóór de melding zijn gegeven.")
    session.add(ReporterFeedback(reporter_id=reporter.id, given_on=on, given_to=given_to, content=content,
                                 given_by=ctx.actor))
    return None


def _settle_informing(session: Session, record: InformedRecord, shown: PendingInforming,
                      choice: InformedDisposition, on: dt.date) -> None:
    what = "wie en hoe is geïnformeerd" if choice.informed else "waarom niet wordt geïnformeerd"
    note = require_text(choice.note, f"bij {shown.subject}: {what}")
    record.superseded = True
    session.add(InformedRecord(
        case_id=record.case_id, subject_id=record.subject_id, decision_moment="bij afsluiting",
        status=InformedStatus.JA if choice.informed else InformedStatus.NEE,
        informed_by=note if choice.informed else None, informed_on=on if choice.informed else None,
        postponement_reason=None if choice.informed else note, superseded=False))

"""The record of a meeting: everything it recorded, gathered in one unit of work, frozen at its close.

``gather`` reads a meeting as it stands now, with names, pseudonyms and case codes as they are,
and with each partner's row id kept beside what that partner may receive (``PartnerRef``), so
extracts can be cut from the record later. ``freeze`` stores what ``gather`` returns when the
meeting is closed; from then on ``record_of`` returns that stored record and later work (an action
completed in the next meeting, a case closed, a partner renamed) never changes what the minutes,
the decision list or the extracts of that meeting print.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from casusoverleg_desktop.documents.data import (
    ActionLine,
    AttendanceLine,
    BalanceSummary,
    CaseSection,
    ConsultationLine,
    ContributionLine,
    DecisionLine,
    EscalationLine,
    FeedbackLine,
    GeneralItem,
    InformedLine,
    MeetingHeader,
    MeetingRecord,
    PartnerRef,
    SignalLine,
    SubjectLine,
)
from casusoverleg_desktop.documents.data_codec import dumps_record, loads_record
from casusoverleg_desktop.domain.agenda import PlannedItem, agenda_numbers, agenda_plan
from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    BobPhase,
    LegalBasis,
    MeetingStatus,
)
from casusoverleg_desktop.domain.labels import action_label, decision_label, qualified_label, signal_label
from casusoverleg_desktop.domain.minutes import Correction, adopted_here_sentence
from casusoverleg_desktop.domain.values import ActionTiming
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.families import subject_descriptions
from casusoverleg_desktop.services.lookup import PartnerLink, fetch
from casusoverleg_desktop.services.retention import case_legal_bases
from casusoverleg_desktop.store.models import (
    ActionAddressee,
    ActionItem,
    ActionReview,
    AgendaItem,
    AgendaItemInvitation,
    Case,
    CaseItemAttendance,
    Consultation,
    Contribution,
    Decision,
    DecisionShare,
    EscalationEvent,
    FrozenRecord,
    InformedRecord,
    Meeting,
    MeetingAttendance,
    MinutesCorrection,
    MinutesVersion,
    Partner,
    Professional,
    Reporter,
    ReporterFeedback,
    Signal,
    Subject,
)

__all__ = [
    "BalanceProvider", "Names", "carried_label", "case_items", "cases_of", "freeze", "gather", "header",
    "has_record", "invited", "meeting_attendance", "numbering", "record_of", "store", "stored_record",
]

K = AgendaItemKind

BalanceProvider = Callable[[Session, int, int], BalanceSummary | None]
"""``provider(session, case_id, meeting_id)``: the balance-sheet summary of a case in a meeting."""


class Names:
    """Partner and professional names looked up once per unit of work."""

    def __init__(self, session: Session) -> None:
        self.partners = {p.id: p.name for p in session.scalars(select(Partner))}
        self.professionals = {p.id: p for p in session.scalars(select(Professional))}

    def partner(self, partner_id: int | None) -> str:
        return self.partners.get(partner_id, "—") if partner_id else "—"

    def person(self, professional_id: int | None) -> str | None:
        person = self.professionals.get(professional_id) if professional_id else None
        if person is None:
            return None
        return person.name + (f", {person.function}" if person.function else "")


def _basis_name(basis: LegalBasis, covenant_name: str | None) -> str:
    return f"Convenant {covenant_name}" if basis is LegalBasis.CONVENANT and covenant_name else basis.label


def legal_basis(case: Case) -> str:
    """Every legal basis of the case, read in the case's own unit of work: the basis it was opened
    on alone, or once further bases were added each with its start date ("Wet gegevensverwerking
    PGA (vanaf 03-02-2025); WGS (Zorg- en Veiligheidshuis) (vanaf 10-03-2025)")."""
    session = object_session(case)
    if session is None:
        raise ValueError(f"case {case.code} is not in a unit of work")
    lines = case_legal_bases(session, case)
    if len(lines) == 1:
        return _basis_name(case.legal_basis, case.covenant_name)
    return "; ".join(f"{_basis_name(line.basis, line.covenant_name)} (vanaf {line.started_on:%d-%m-%Y})"
                     for line in lines)


def header(meeting: Meeting, names: Names, cases: Sequence[Case]) -> MeetingHeader:
    return MeetingHeader(
        id=meeting.id, type_label=meeting.meeting_type.label, title=meeting.title,
        held_on=meeting.held_on, start_time=meeting.start_time, end_time=meeting.end_time,
        location=meeting.location, chair=names.person(meeting.chair_id),
        minute_taker=names.person(meeting.minute_taker_id),
        legal_bases=tuple(dict.fromkeys(legal_basis(c) for c in cases)),
        next_meeting_on=meeting.next_meeting_on)


def case_items(meeting: Meeting) -> list[AgendaItem]:
    return [item for item in meeting.agenda if item.kind is K.CASUS]


def cases_of(session: Session, items: Sequence[AgendaItem]) -> dict[int, Case]:
    return {item.id: fetch(session, Case, item.case_id) for item in items if item.case_id is not None}


def numbering(meeting: Meeting) -> tuple[dict[int, str], str]:
    """Agenda numbers by item id, and the case discussion's number (``domain.agenda.agenda_numbers``)."""
    numbers, case_number = agenda_numbers([item.kind for item in meeting.agenda])
    return {item.id: n for item, n in zip(meeting.agenda, numbers, strict=True)}, case_number


def meeting_attendance(session: Session, meeting_id: int, names: Names) -> tuple[AttendanceLine, ...]:
    rows = session.scalars(select(MeetingAttendance).where(MeetingAttendance.meeting_id == meeting_id)
                           .order_by(MeetingAttendance.id))
    return tuple(AttendanceLine(names.partner(r.partner_id), names.person(r.professional_id), r.status,
                                r.note) for r in rows)


def invited(session: Session, item_id: int) -> list[int]:
    return list(session.scalars(select(AgendaItemInvitation.partner_id).where(
        AgendaItemInvitation.agenda_item_id == item_id).order_by(AgendaItemInvitation.id)))


def carried_label(number: int, origin: dt.date, meeting_date: dt.date) -> str:
    """An earlier meeting's action, named so it cannot be taken for this meeting's: 'A5 (22-10)'."""
    return qualified_label(action_label(number), origin, seen_from=meeting_date)


# -- gathering ----------------------------------------------------------------------------------


class _Gathering:
    """One meeting's content, read in one session."""

    def __init__(self, session: Session, meeting: Meeting, balance: BalanceProvider) -> None:
        self.session, self.meeting, self.balance = session, meeting, balance
        self.names = Names(session)
        self.codes = {case_id: code for case_id, code in session.execute(select(Case.id, Case.code))}
        self.decisions = list(session.scalars(select(Decision).where(Decision.meeting_id == meeting.id)
                                              .order_by(Decision.number)))
        self.actions = list(session.scalars(select(ActionItem).where(
            ActionItem.origin_meeting_id == meeting.id).order_by(ActionItem.number)))
        self.reviews = [(review, action) for review, action in session.execute(
            select(ActionReview, ActionItem)
            .join(ActionItem, ActionItem.id == ActionReview.action_item_id)
            .join(Meeting, Meeting.id == ActionItem.origin_meeting_id)
            .where(ActionReview.meeting_id == meeting.id)
            .order_by(Meeting.held_on, ActionItem.number))]
        self.placed_decisions: set[int] = set()
        self.placed_actions: set[int] = set()

    def refs(self, link: type[PartnerLink], owner_column: str, owner_id: int) -> tuple[PartnerRef, ...]:
        return tuple(PartnerRef(p) for p in self.session.scalars(
            select(link.partner_id).where(getattr(link, owner_column) == owner_id).order_by(link.id)))

    def decision(self, d: Decision) -> DecisionLine:
        shared = self.refs(DecisionShare, "decision_id", d.id)
        return DecisionLine(decision_label(d.number), d.text,
                            self.codes.get(d.case_id) if d.case_id else None,
                            tuple(self.names.partner(p) for p in shared), shared)

    def action(self, a: ActionItem, review: ActionReview | None = None) -> ActionLine:
        origin = fetch(self.session, Meeting, a.origin_meeting_id)
        owner = self.names.partner(a.owner_partner_id)
        detail = self.names.person(a.owner_professional_id) or a.owner_detail
        concerns = self.session.get(Subject, a.concerned_subject_id) if a.concerned_subject_id else None
        addressees = self.refs(ActionAddressee, "action_item_id", a.id)
        label = (action_label(a.number) if origin.id == self.meeting.id
                 else carried_label(a.number, origin.held_on, self.meeting.held_on))
        return ActionLine(
            label=label, origin_date=origin.held_on, description=a.description,
            owner=owner + (f" ({detail})" if detail else ""),
            when=ActionTiming(a.due_date, a.condition, a.ongoing).text, status=a.status,
            case_code=self.codes.get(a.case_id) if a.case_id else None,
            addressed_to=tuple(self.names.partner(p) for p in addressees),
            concerns=concerns.pseudonym if concerns else None, postponements=a.postponement_count,
            review_note=review.note if review else None, owner_ref=PartnerRef(a.owner_partner_id),
            addressee_refs=addressees)

    def taken_under(self, item: AgendaItem) -> tuple[tuple[DecisionLine, ...], tuple[ActionLine, ...]]:
        """The decisions and actions of this meeting that belong to ``item`` (each placed once)."""
        def belongs(case_id: int | None, agenda_item_id: int | None) -> bool:
            return agenda_item_id == item.id or (
                agenda_item_id is None and item.case_id is not None and case_id == item.case_id)

        decisions = [d for d in self.decisions
                     if d.id not in self.placed_decisions and belongs(d.case_id, d.agenda_item_id)]
        actions = [a for a in self.actions
                   if a.id not in self.placed_actions and belongs(a.case_id, a.agenda_item_id)]
        self.placed_decisions.update(d.id for d in decisions)
        self.placed_actions.update(a.id for a in actions)
        return tuple(self.decision(d) for d in decisions), tuple(self.action(a) for a in actions)

    def general(self, kind: AgendaItemKind, numbers: dict[int, str]) -> GeneralItem:
        item = next((i for i in self.meeting.agenda if i.kind is kind), None)
        if item is None:
            return GeneralItem("–", kind.label, None)
        decisions, actions = self.taken_under(item)
        return GeneralItem(numbers[item.id], item.title, item.notes, decisions, actions)

    def previous_discussion(self, case_id: int) -> dt.date | None:
        return self.session.scalar(
            select(func.max(Meeting.held_on)).join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
            .where(AgendaItem.case_id == case_id, Meeting.held_on < self.meeting.held_on,
                   Meeting.status != MeetingStatus.GEANNULEERD))

    def signals(self, case_id: int, since: dt.date | None) -> tuple[SignalLine, ...]:
        """The signals new since the case was last discussed, up to this meeting."""
        when = func.coalesce(Signal.observed_on, func.date(Signal.recorded_at))
        query = select(Signal).where(Signal.case_id == case_id, when <= self.meeting.held_on)
        if since is not None:
            query = query.where(when > since)
        lines = []
        for s in self.session.scalars(query.order_by(Signal.is_contra, Signal.number)):
            source = ", ".join(part for part in (
                self.names.partner(s.partner_id) if s.partner_id else None, s.source_detail) if part)
            lines.append(SignalLine(signal_label(s.number, s.is_contra), s.observed_on, source or "—",
                                    s.statement_type, s.data_category, s.text, s.is_contra,
                                    s.diagnosis_flag, s.verification))
        return tuple(lines)

    def case_section(self, item: AgendaItem, case: Case, number: str,
                     start: dt.time | None) -> CaseSection:
        session, meeting = self.session, self.meeting
        since = self.previous_discussion(case.id)
        decisions, actions = self.taken_under(item)
        decision_ids = {d.id: decision_label(d.number) for d in self.decisions}
        invited_refs = tuple(PartnerRef(p) for p in invited(session, item.id))
        contributions = session.scalars(select(Contribution).where(
            Contribution.agenda_item_id == item.id).order_by(Contribution.id))
        attendance = session.scalars(select(CaseItemAttendance).where(
            CaseItemAttendance.agenda_item_id == item.id).order_by(CaseItemAttendance.id))
        consulted = session.scalars(select(Consultation).where(
            Consultation.case_id == case.id).order_by(Consultation.consulted_on, Consultation.id))
        escalations = session.scalars(select(EscalationEvent).where(
            EscalationEvent.case_id == case.id).order_by(EscalationEvent.occurred_on, EscalationEvent.id))
        informed = session.execute(
            select(InformedRecord, Subject.pseudonym).join(Subject, Subject.id == InformedRecord.subject_id)
            .where(InformedRecord.case_id == case.id, InformedRecord.meeting_id == meeting.id)
            .order_by(InformedRecord.id))
        feedback = session.scalars(
            select(ReporterFeedback).join(Reporter, Reporter.id == ReporterFeedback.reporter_id)
            .where(Reporter.case_id == case.id, ReporterFeedback.meeting_id == meeting.id)
            .order_by(ReporterFeedback.given_on, ReporterFeedback.id))
        return CaseSection(
            code=case.code, legal_basis=legal_basis(case), question=item.question, start_time=start,
            slot_minutes=item.slot_minutes, invited=tuple(self.names.partner(p) for p in invited_refs),
            attendance=tuple(AttendanceLine(self.names.partner(r.partner_id),
                                            self.names.person(r.professional_id), r.status, r.note)
                             for r in attendance),
            subjects=_subjects(session, case.id, meeting.held_on),
            contributions=tuple(
                ContributionLine(self.names.partner(c.partner_id), self.names.person(c.professional_id),
                                 c.bob_phase, c.statement_type, c.data_category, c.text, c.diagnosis_flag,
                                 PartnerRef(c.partner_id))
                for c in sorted(contributions, key=lambda c: list(BobPhase).index(c.bob_phase))),
            balance=self.balance(session, case.id, meeting.id),
            decisions=decisions, actions=actions,
            reviewed_actions=tuple(self.action(a, r) for r, a in self.reviews if a.case_id == case.id),
            notes=item.notes, number=number, purpose=case.purpose, invited_refs=invited_refs,
            previous_discussion=since, signals=self.signals(case.id, since),
            consultations=tuple(
                ConsultationLine(self.names.partner(c.partner_id), c.kind, c.consulted_on) for c in consulted
                if c.meeting_id == meeting.id or (c.meeting_id is None and c.consulted_on is not None
                                                  and (since is None or c.consulted_on > since)
                                                  and c.consulted_on <= meeting.held_on)),
            escalations=tuple(
                EscalationLine(e.direction.label, e.occurred_on, e.reason,
                               decision_ids[e.decision_id] if e.decision_id is not None else None)
                for e in escalations if e.decision_id in decision_ids
                or (e.decision_id is None and e.occurred_on == meeting.held_on)),
            informed=tuple(InformedLine(pseudonym, r.status, r.postponement_reason, r.review_date)
                           for r, pseudonym in informed),
            feedback=tuple(FeedbackLine(f.given_to, f.given_on, f.content) for f in feedback),
            next_review=case.next_review_date,
        )

    def adoptions(self) -> tuple[str, ...]:
        """How earlier minutes were adopted in this meeting, one sentence each."""
        sentences = []
        for version in self.session.scalars(select(MinutesVersion).where(
                MinutesVersion.adopted_in_meeting_id == self.meeting.id).order_by(MinutesVersion.id)):
            earlier = fetch(self.session, Meeting, version.meeting_id)
            corrections = self.session.scalars(select(MinutesCorrection).where(
                MinutesCorrection.minutes_version_id == version.id).order_by(MinutesCorrection.position))
            sentences.append(adopted_here_sentence(
                earlier.held_on, [Correction(c.section, c.text) for c in corrections]
                or version.adoption_corrections))
        return tuple(sentences)

    def carried(self, cases: Sequence[Case]) -> tuple[ActionLine, ...]:
        """Open actions of earlier meetings, as they stand: those reviewed here, those without a case,
        and those of the cases on this agenda."""
        reviewed = {a.id: r for r, a in self.reviews}
        case_ids = {c.id for c in cases}
        rows = self.session.scalars(
            select(ActionItem).join(Meeting, Meeting.id == ActionItem.origin_meeting_id)
            .where(Meeting.held_on < self.meeting.held_on,
                   ActionItem.status.in_([ActionStatus.OPEN, ActionStatus.LOOPT]))
            .order_by(Meeting.held_on, ActionItem.number))
        return tuple(self.action(a, reviewed.get(a.id)) for a in rows
                     if a.id in reviewed or a.case_id is None or a.case_id in case_ids)


def gather(session: Session, meeting: Meeting, balance: BalanceProvider) -> MeetingRecord:
    """The meeting as it stands now."""
    g = _Gathering(session, meeting, balance)
    items = case_items(meeting)
    cases = cases_of(session, items)
    numbers, case_number = numbering(meeting)
    times = start_times(meeting)
    opening = g.general(K.OPENING, numbers)
    agenda_item = g.general(K.VASTSTELLEN_AGENDA, numbers)
    previous = g.general(K.VERSLAG_VORIGE, numbers)
    announcements = g.general(K.MEDEDELINGEN, numbers)
    sections = tuple(g.case_section(item, cases[item.id], numbers[item.id], times[item.id]) for item in items)
    any_other_business = g.general(K.RONDVRAAG, numbers)
    closing = g.general(K.SLUITING, numbers)
    return MeetingRecord(
        meeting=header(meeting, g.names, list(cases.values())),
        attendance=meeting_attendance(session, meeting.id, g.names),
        opening=opening, agenda_item=agenda_item, previous=previous, previous_minutes=g.adoptions(),
        reviewed_actions=tuple(g.action(a, r) for r, a in g.reviews  # under 'verslag vorige'
                               if a.case_id not in {c.id for c in cases.values()}),
        announcements=announcements, case_number=case_number, cases=sections,
        any_other_business=any_other_business, closing=closing,
        other_decisions=tuple(g.decision(d) for d in g.decisions if d.id not in g.placed_decisions),
        other_actions=tuple(g.action(a) for a in g.actions if a.id not in g.placed_actions),
        carried=g.carried(list(cases.values())), closed_at=meeting.end_time)


def _subjects(session: Session, case_id: int, day: dt.date) -> tuple[SubjectLine, ...]:
    """E.g. "Sara K." with "dochter van Mirjam K., 8 jaar, onder gezag van Mirjam K."."""
    return tuple(SubjectLine(name, description)
                 for name, description in subject_descriptions(session, case_id, day))


def planned_items(meeting: Meeting) -> dict[int, PlannedItem]:
    """The meeting's time plan (``domain.agenda.agenda_plan``) by agenda item id."""
    plan = agenda_plan(meeting.agenda, meeting.start_time)
    return {item.id: planned for item, planned in zip(meeting.agenda, plan.items, strict=True)}


def start_times(meeting: Meeting) -> dict[int, dt.time | None]:
    """Start time per agenda item from the meeting's start and the plan; unknown after a gap."""
    return {item_id: planned.start for item_id, planned in planned_items(meeting).items()}


# -- freezing and reading back ---------------------------------------------------------------------


def freeze(session: Session, ctx: ServiceContext, meeting: Meeting, balance: BalanceProvider, *,
           at_closing: bool = True) -> MeetingRecord:
    """Store the meeting as it stands; done once, when it is closed."""
    record = replace(gather(session, meeting, balance), frozen_at=ctx.clock(), at_closing=at_closing)
    store(session, meeting.id, record, ctx.actor)
    return record


def store(session: Session, meeting_id: int, record: MeetingRecord, frozen_by: str) -> None:
    """Keep ``record`` as the frozen record of the meeting (never changed afterwards)."""
    content = dumps_record(record)
    session.add(FrozenRecord(meeting_id=meeting_id, content=content,
                             sha256=hashlib.sha256(content.encode()).hexdigest(),
                             at_closing=record.at_closing, frozen_at=record.frozen_at, frozen_by=frozen_by))
    session.flush()


def has_record(session: Session, meeting_id: int) -> bool:
    return session.scalar(select(FrozenRecord.id).where(FrozenRecord.meeting_id == meeting_id)) is not None


def stored_record(session: Session, meeting_id: int) -> MeetingRecord | None:
    row = session.scalar(select(FrozenRecord).where(FrozenRecord.meeting_id == meeting_id))
    return loads_record(row.content) if row is not None else None


def record_of(session: Session, ctx: ServiceContext, meeting: Meeting,
              balance: BalanceProvider) -> MeetingRecord:
    """The frozen record of a closed meeting; an open meeting as it stands (a preview).

    A meeting closed before records were kept is frozen the first time it is needed, and its
    record says so (``at_closing`` False).
    """
    stored = stored_record(session, meeting.id)
    if stored is not None:
        return stored
    if meeting.status is MeetingStatus.GEHOUDEN:
        return freeze(session, ctx, meeting, balance, at_closing=False)
    return gather(session, meeting, balance)

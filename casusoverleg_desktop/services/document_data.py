"""What each document prints, gathered from the vault: frozen values for the builders (``documents.data``).

Minutes, decision list and extracts of a closed meeting come from its frozen record
(``services.meeting_record``): later work never changes them. Each ``*_data`` function reads in
one unit of work and returns frozen values, so a GUI can show a preview and call a builder with a
progress callback (``services.document_export`` does the whole export).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.documents import pki
from casusoverleg_desktop.documents.data import (
    ActionListData,
    AgendaData,
    AgendaSlot,
    CaseSection,
    ExportStamp,
    ExtractData,
    FeedbackLetterData,
    MinutesData,
    MinutesState,
    PartnerRef,
)
from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.agenda import case_item_title
from casusoverleg_desktop.domain.minutes import Correction
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.errors import InputError, NotFound
from casusoverleg_desktop.services import minutes as minutes_service
from casusoverleg_desktop.services.actions import bring_up_for_review
from casusoverleg_desktop.services.audit import record_opened
from casusoverleg_desktop.services.balance import minutes_balance_summary
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.services.meeting_record import (
    BalanceProvider,
    Names,
    case_items,
    cases_of,
    header,
    invited,
    legal_basis,
    meeting_attendance,
    planned_items,
    record_of,
)
from casusoverleg_desktop.services.minutes import MinutesInfo
from casusoverleg_desktop.store.accounts import UserAccount
from casusoverleg_desktop.store.models import Case, Meeting, Partner, Reporter, ReporterFeedback
from casusoverleg_desktop.store.pki_models import VaultAuthority

DEFAULT_ORGANISATION = "Zorg- en Veiligheidshuis"


# -- who and what ----------------------------------------------------------------------------------


class AmbiguousPartner(InputError):
    def __init__(self, message: str, candidates: tuple[str, ...]) -> None:
        super().__init__(message)
        self.candidates = candidates


@dataclass(frozen=True)
class PartnerChoice:
    id: int
    name: str


def find_partner(ctx: ServiceContext, fragment: str) -> PartnerChoice:
    """The one partner whose name contains ``fragment`` (case-insensitive); else a listing error."""
    wanted = fragment.strip().casefold()
    if not wanted:
        raise InputError("Geef (een deel van) de naam van de partner op.")
    with ctx.unit_of_work() as session:
        everyone = [PartnerChoice(p.id, p.name)
                    for p in session.scalars(select(Partner).order_by(Partner.name))]
    exact = [p for p in everyone if p.name.casefold() == wanted]
    found = exact or [p for p in everyone if wanted in p.name.casefold()]
    if len(found) == 1:
        return found[0]
    if not found:
        names = tuple(p.name for p in everyone)
        raise AmbiguousPartner(
            f"Geen partner heeft '{fragment}' in de naam. Partners: {', '.join(names) or 'geen'}.", names)
    names = tuple(p.name for p in found)
    raise AmbiguousPartner(
        f"'{fragment}' past bij meer dan één partner: {', '.join(names)}. Geef een uniek deel van de "
        "naam.", names)


def latest_feedback(ctx: ServiceContext, case_code: str) -> int:
    """The most recent terugkoppeling recorded for the case with this code (for its letter)."""
    with ctx.unit_of_work() as session:
        case = session.scalar(select(Case).where(Case.code == case_code.strip().upper()))
        if case is None:
            raise NotFound(f"Er is geen casus met code {case_code.strip()}.")
        feedback = session.scalar(
            select(ReporterFeedback.id).join(Reporter, Reporter.id == ReporterFeedback.reporter_id)
            .where(Reporter.case_id == case.id)
            .order_by(ReporterFeedback.given_on.desc(), ReporterFeedback.id.desc()).limit(1))
        if feedback is None:
            raise NotFound(f"Voor casus {case.code} is nog geen terugkoppeling aan een melder vastgelegd; "
                           "leg die eerst vast op het tabblad 'Melder en terugkoppeling'.")
        return feedback


def export_stamp(session: Session, ctx: ServiceContext) -> ExportStamp:
    """Who exports, when, for which organisation: printed in every document's footer."""
    account = session.scalar(select(UserAccount).where(UserAccount.login == ctx.actor))
    organisation = account.organisation if account and account.organisation else ""
    if not organisation:
        authority = session.scalars(select(VaultAuthority).order_by(VaultAuthority.id)).first()
        if authority is not None:
            cert = pki.load_certificates_pem(authority.certificate_pem)[0]
            organisation = pki.describe_certificate(cert).organisation
    return ExportStamp(local_time(ctx.clock()).date(),
                       account.display_name if account else ctx.actor,
                       organisation or DEFAULT_ORGANISATION)


def account_role(session: Session, login: str) -> Role | None:
    return session.scalar(select(UserAccount.role).where(UserAccount.login == login))


# -- gathering -------------------------------------------------------------------------------------


def agenda_data(ctx: ServiceContext, meeting_id: int, *, with_questions: bool = False) -> AgendaData:
    """The invitation: slots and invited partners. Case questions only when asked for (they go to
    every invitee, also those not invited for that case)."""
    with ctx.unit_of_work() as session:
        meeting = fetch(session, Meeting, meeting_id)
        names = Names(session)
        items = case_items(meeting)
        cases = cases_of(session, items)
        plan = planned_items(meeting)
        slots = []
        invited_all: dict[str, None] = {}
        for item in meeting.agenda:
            guests = tuple(names.partner(p) for p in invited(session, item.id))
            invited_all.update(dict.fromkeys(guests))
            case = cases.get(item.id)
            planned = plan[item.id]
            slots.append(AgendaSlot(
                number=planned.number, title=case_item_title(case.code) if case else item.title,
                start_time=planned.start, minutes=planned.minutes,
                case_code=case.code if case else None,
                question=item.question if with_questions else None, invited=guests))
        present = [a.partner for a in meeting_attendance(session, meeting.id, names)]
        return AgendaData(header(meeting, names, list(cases.values())), tuple(slots),
                          tuple(dict.fromkeys([*present, *invited_all])), export_stamp(session, ctx))


def minutes_state_of(info: MinutesInfo | None) -> MinutesState | None:
    if info is None:
        return None
    return MinutesState(
        info.version, info.status, info.adopted_on, info.adopted_in, info.written_procedure,
        info.corrections if isinstance(info.corrections, tuple) else
        ((Correction("—", info.corrections),) if info.corrections else ()),
        info.correction_note)


def minutes_data(ctx: ServiceContext, meeting_id: int, *,
                 balance: BalanceProvider = minutes_balance_summary) -> MinutesData:
    """Everything the full minutes print: the meeting's record (frozen when it closed) and where the
    minutes stand; reading it is recorded in the audit trail."""
    with ctx.unit_of_work() as session:
        meeting = fetch(session, Meeting, meeting_id)
        record_opened(session, Meeting.__tablename__, meeting.id, "verslag samengesteld")
        return MinutesData(record_of(session, ctx, meeting, balance),
                           minutes_state_of(minutes_service.current_version(session, meeting.id)),
                           export_stamp(session, ctx))


def action_list_data(ctx: ServiceContext, meeting_id: int) -> ActionListData:
    """This meeting's decisions and actions, and every open action of earlier meetings of its table,
    as they stood when the meeting closed (an open meeting: as they stand)."""
    with ctx.unit_of_work() as session:
        meeting = fetch(session, Meeting, meeting_id)
        bring_up_for_review(session, meeting)
        record_opened(session, Meeting.__tablename__, meeting.id, "besluiten- en actielijst samengesteld")
        record = record_of(session, ctx, meeting, minutes_balance_summary)
        codes = [*record.case_codes, *(a.case_code for a in record.carried if a.case_code)]
        return ActionListData(
            meeting=record.meeting, attendance=record.attendance, decisions=record.decisions,
            actions=record.actions, carried=record.carried, case_codes=tuple(dict.fromkeys(codes)),
            stamp=export_stamp(session, ctx))


def extract_data(ctx: ServiceContext, meeting_id: int, partner_id: int) -> ExtractData:
    """What ``partner_id`` may receive of this meeting (need to know), cut from its record: the cases
    it was invited for, its own contributions and actions, the decisions marked for it."""
    with ctx.unit_of_work() as session:
        meeting = fetch(session, Meeting, meeting_id)
        partner = fetch(session, Partner, partner_id)
        record_opened(session, Meeting.__tablename__, meeting.id, f"uittreksel voor partner {partner.id}")
        record = record_of(session, ctx, meeting, minutes_balance_summary)
        ref = PartnerRef(partner.id)
        cases = tuple(_for_partner(case, ref) for case in record.cases if ref in case.invited_refs)
        head = replace(record.meeting, legal_bases=tuple(dict.fromkeys(c.legal_basis for c in cases)))
        return ExtractData(head, partner.name, cases, export_stamp(session, ctx))


def _for_partner(case: CaseSection, partner: PartnerRef) -> CaseSection:
    return replace(
        case, attendance=(), balance=None, notes=None, signals=(), consultations=(), escalations=(),
        informed=(), feedback=(),
        contributions=tuple(c for c in case.contributions if c.partner_ref == partner),
        decisions=tuple(d for d in case.decisions if partner in d.shared_with_refs),
        actions=tuple(a for a in case.actions if a.visible_to(partner)),
        reviewed_actions=tuple(a for a in case.reviewed_actions if a.visible_to(partner)))


def feedback_letter_data(ctx: ServiceContext, feedback_id: int) -> FeedbackLetterData:
    """A letter from a recorded terugkoppeling: only its content goes to the reporter."""
    with ctx.unit_of_work() as session:
        feedback = session.get(ReporterFeedback, feedback_id)
        if feedback is None:
            raise NotFound(f"De terugkoppeling met nummer {feedback_id} bestaat niet (meer).")
        reporter = fetch(session, Reporter, feedback.reporter_id)
        case = fetch(session, Case, reporter.case_id)
        record_opened(session, Case.__tablename__, case.id, "terugkoppelingsbrief samengesteld")
        names = Names(session)
        stamp = export_stamp(session, ctx)
        role = account_role(session, ctx.actor)
        addressee = reporter.person or names.person(reporter.professional_id) or feedback.given_to
        return FeedbackLetterData(
            case_code=case.code, legal_basis=legal_basis(case), addressee=addressee,
            addressee_organisation=names.partner(reporter.partner_id) if reporter.partner_id else None,
            reported_on=reporter.reported_on, given_on=feedback.given_on, content=feedback.content,
            sender=stamp.exporter, sender_role=role.label if role else "procesregisseur", stamp=stamp)

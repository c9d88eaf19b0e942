"""Requests under the AVG received at the contact point: register, extend, handle, list.

A request names the person by pseudonym; the chair picks the persons of the cases it concerns
(one ``RequestSubject`` each). The answer is due one calendar month after receipt, extendable
once by at most two further months with a reason. While a request is open, every case it
concerns has a legal hold; handling, refusing or withdrawing the request lifts those holds.

For a minor (on the day of receipt): a parent's request is refused unless that parent holds gezag,
and from 16 the minor decides alone; between 12 and 16 the chair records the minor's own position
before an inzage is released (``release_refusal``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.enums import CaseStatus, Requester, RequestKind, RequestStatus, SubjectRole
from casusoverleg_desktop.domain.moments import add_months, local_time
from casusoverleg_desktop.errors import NotFound, ValidationError
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.families import age_on, gezag_holders
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.services.retention import lift_holds_of_request, place_hold
from casusoverleg_desktop.services.roles import require_chair
from casusoverleg_desktop.store.models import Case, Subject
from casusoverleg_desktop.store.privacy_models import RequestSubject, SubjectRequest

ADULT, DECIDES_ALONE, HAS_A_SAY = 18, 16, 12
MAX_EXTENSION_MONTHS = 2
CLOSING = (RequestStatus.AFGEHANDELD, RequestStatus.AFGEWEZEN, RequestStatus.INGETROKKEN)


@dataclass(frozen=True)
class PersonMatch:
    """A person of a case who may be the one a request is about."""

    subject_id: int
    case_id: int
    case_code: str
    case_status: CaseStatus
    pseudonym: str
    role: SubjectRole
    relation: str | None
    age: int | None


@dataclass(frozen=True)
class RequestView:
    id: int
    kind: RequestKind
    person_pseudonym: str
    requester: Requester
    requester_subject_id: int | None
    requester_detail: str | None
    received_on: dt.date
    deadline: dt.date
    extended_until: dt.date | None
    extension_reason: str | None
    status: RequestStatus
    outcome: str | None
    handled_on: dt.date | None
    minor_position: str | None
    registered_by: str
    persons: tuple[PersonMatch, ...]
    refusal: str | None  # why the requester may not have this request answered (a minor's rules)
    needs_minor_position: bool  # a minor of 12 to 16 whose own position is not recorded yet

    @property
    def due(self) -> dt.date:
        return self.extended_until or self.deadline


# -- finding the person --------------------------------------------------------------------------


def find_persons(ctx: ServiceContext, pseudonym: str, case_code: str | None = None) -> list[PersonMatch]:
    """Every person of every case with this pseudonym (case-insensitive), oldest case first."""
    with ctx.unit_of_work() as session:
        return matching_persons(session, pseudonym, case_code)


def matching_persons(session: Session, pseudonym: str, case_code: str | None = None) -> list[PersonMatch]:
    wanted = pseudonym.strip()
    if not wanted:
        raise ValidationError("Geef het pseudoniem van de persoon op.")
    query = (select(Subject, Case).join(Case, Case.id == Subject.case_id)
             .where(func.lower(Subject.pseudonym) == wanted.lower()).order_by(Case.opened_on, Subject.id))
    if case_code is not None:
        query = query.where(func.lower(Case.code) == case_code.strip().lower())
    return [_match(subject, case) for subject, case in session.execute(query)]


def _match(subject: Subject, case: Case) -> PersonMatch:
    return PersonMatch(subject.id, case.id, case.code, case.status, subject.pseudonym, subject.role,
                       subject.relation.label if subject.relation else None, subject.age)


# -- registering and handling --------------------------------------------------------------------


def register_request(
    ctx: ServiceContext, kind: RequestKind, pseudonym: str, subject_ids: Sequence[int],
    requester: Requester, received_on: dt.date, *, requester_subject_id: int | None = None,
    requester_detail: str | None = None,
) -> RequestView:
    """Register a request; ``subject_ids`` are the persons of the cases it concerns (at least one,
    each with the request's pseudonym). Closed cases are allowed; every case concerned gets a hold."""
    pseudonym = pseudonym.strip()
    if not subject_ids:
        raise ValidationError("Kies de persoon of personen in de casussen waarop het verzoek betrekking "
                              "heeft.")
    if received_on > local_time(ctx.clock()).date():
        raise ValidationError("De datum van ontvangst kan niet in de toekomst liggen.")
    if requester is not Requester.BETROKKENE and requester_subject_id is None and not (
            requester_detail and requester_detail.strip()):
        raise ValidationError(f"Noem wie het verzoek deed ({requester.label.lower()}): kies de persoon in de "
                              "casus of vul een omschrijving in.")
    with ctx.unit_of_work() as session:
        subjects = [fetch(session, Subject, sid) for sid in dict.fromkeys(subject_ids)]
        for subject in subjects:
            if subject.pseudonym.strip().lower() != pseudonym.lower():
                raise ValidationError(f"Persoon {subject.pseudonym} is niet {pseudonym}: kies alleen "
                                      "personen met het pseudoniem van het verzoek.")
        if requester_subject_id is not None:
            fetch(session, Subject, requester_subject_id)
        request = SubjectRequest(
            kind=kind, person_pseudonym=pseudonym, requester=requester,
            requester_subject_id=requester_subject_id, requester_detail=_clean(requester_detail),
            received_on=received_on, deadline=add_months(received_on, 1), status=RequestStatus.ONTVANGEN,
            registered_by=ctx.actor)
        session.add(request)
        session.flush()
        session.add_all(RequestSubject(request_id=request.id, subject_id=s.id) for s in subjects)
        hold = f"Verzoek om {kind.label.lower()} van {received_on:%d-%m-%Y} is nog niet afgehandeld."
        for case_id in dict.fromkeys(s.case_id for s in subjects):
            place_hold(session, ctx, case_id, hold, request_id=request.id)
        return _view(session, request)


def extend_request(ctx: ServiceContext, request_id: int, until: dt.date, reason: str) -> RequestView:
    """Extend the deadline once, by at most two further months, with the reason (chair only)."""
    reason = reason.strip()
    with ctx.unit_of_work() as session:
        require_chair(session, ctx.actor, "Alleen de voorzitter verlengt de termijn van een verzoek.")
        request = _open_request(session, request_id)
        if request.extended_until is not None:
            raise ValidationError("De termijn van dit verzoek is al eens verlengd; dat kan maar één keer.")
        if not reason:
            raise ValidationError("Geef de reden van de verlenging (bijv. de complexiteit of het aantal "
                                  "verzoeken).")
        latest = add_months(request.deadline, MAX_EXTENSION_MONTHS)
        if until <= request.deadline or until > latest:
            raise ValidationError(f"Verleng tot een datum na {request.deadline:%d-%m-%Y} en uiterlijk "
                                  f"{latest:%d-%m-%Y} (twee maanden extra).")
        request.extended_until, request.extension_reason = until, reason
        return _view(session, request)


def record_minor_position(ctx: ServiceContext, request_id: int, position: str) -> RequestView:
    """The minor's own position on the request (12 to 16), recorded by the chair."""
    position = position.strip()
    if not position:
        raise ValidationError("Leg het standpunt van de minderjarige vast; het veld is leeg.")
    with ctx.unit_of_work() as session:
        require_chair(session, ctx.actor, "Alleen de voorzitter legt het standpunt van de minderjarige vast.")
        request = _open_request(session, request_id)
        request.minor_position = position
        return _view(session, request)


def start_handling(ctx: ServiceContext, request_id: int) -> RequestView:
    with ctx.unit_of_work() as session:
        request = _open_request(session, request_id)
        request.status = RequestStatus.IN_BEHANDELING
        return _view(session, request)


def handle_request(ctx: ServiceContext, request_id: int, status: RequestStatus, outcome: str,
                   handled_on: dt.date) -> RequestView:
    """Close the request as handled, refused or withdrawn, with its outcome; lifts its holds."""
    outcome = outcome.strip()
    if status not in CLOSING:
        raise ValidationError("Kies hoe het verzoek is afgerond: afgehandeld, afgewezen of ingetrokken.")
    if not outcome:
        raise ValidationError("Beschrijf de uitkomst van het verzoek.")
    with ctx.unit_of_work() as session:
        require_chair(session, ctx.actor, "Alleen de voorzitter rondt een verzoek af.")
        request = _open_request(session, request_id)
        if handled_on < request.received_on or handled_on > local_time(ctx.clock()).date():
            raise ValidationError("De datum van afhandeling ligt tussen de ontvangst en vandaag.")
        request.status, request.outcome, request.handled_on = status, outcome, handled_on
        lift_holds_of_request(session, ctx, request.id,
                              f"Verzoek {status.label.lower()} op {handled_on:%d-%m-%Y}.")
        return _view(session, request)


# -- reading -------------------------------------------------------------------------------------


def get_request(ctx: ServiceContext, request_id: int) -> RequestView:
    with ctx.unit_of_work() as session:
        return _view(session, load_request(session, request_id))


def list_requests(ctx: ServiceContext, *, open_only: bool = False) -> list[RequestView]:
    """Every request, the soonest due first (open ones before closed ones)."""
    with ctx.unit_of_work() as session:
        query = select(SubjectRequest)
        if open_only:
            query = query.where(SubjectRequest.status.in_([s for s in RequestStatus if s.is_open]))
        views = [_view(session, r) for r in session.scalars(query)]
    return sorted(views, key=lambda v: (not v.status.is_open, v.due, v.id))


def requests_nearing_deadline(ctx: ServiceContext, today: dt.date, within_days: int = 7) -> list[RequestView]:
    """Open requests due within ``within_days`` of ``today``, or already overdue."""
    limit = today + dt.timedelta(days=within_days)
    return [v for v in list_requests(ctx, open_only=True) if v.due <= limit]


def open_inzage_request(ctx: ServiceContext, pseudonym: str) -> RequestView | None:
    """The newest open inzage request for this pseudonym, if any."""
    with ctx.unit_of_work() as session:
        request = session.scalars(
            select(SubjectRequest).where(
                func.lower(SubjectRequest.person_pseudonym) == pseudonym.strip().lower(),
                SubjectRequest.kind == RequestKind.INZAGE,
                SubjectRequest.status.in_([s for s in RequestStatus if s.is_open]))
            .order_by(SubjectRequest.id.desc())).first()
        return _view(session, request) if request is not None else None


def load_request(session: Session, request_id: int) -> SubjectRequest:
    request = session.get(SubjectRequest, request_id)
    if request is None:
        raise NotFound(f"Het verzoek met nummer {request_id} bestaat niet (meer).")
    return request


def request_persons(session: Session, request_id: int) -> list[tuple[Subject, Case]]:
    return list(session.execute(
        select(Subject, Case).join(RequestSubject, RequestSubject.subject_id == Subject.id)
        .join(Case, Case.id == Subject.case_id).where(RequestSubject.request_id == request_id)
        .order_by(Case.opened_on, Subject.id)))


def release_refusal(session: Session, request: SubjectRequest) -> str | None:
    """Why an answer may not go out yet: the requester's standing for a minor, or a missing position."""
    return _requester_refusal(session, request) or (
        "De persoon is tussen 12 en 16 jaar: leg eerst het standpunt van de minderjarige zelf vast."
        if _needs_position(session, request) else None)


def _requester_refusal(session: Session, request: SubjectRequest) -> str | None:
    if request.requester not in (Requester.OUDER, Requester.VOOGD):
        return None
    for subject, _case in request_persons(session, request.id):
        age = age_on(subject, request.received_on)
        if age is None or age >= ADULT:
            continue
        if age >= DECIDES_ALONE:
            return (f"{subject.pseudonym} is {age} jaar: vanaf 16 jaar beslist de minderjarige zelf. "
                    "Een verzoek van een ouder of voogd wordt afgewezen.")
        if not _holds_gezag(session, request, subject):
            who = "de ouder" if request.requester is Requester.OUDER else "de voogd"
            return (f"{who[0].upper()}{who[1:]} die het verzoek deed heeft geen gezag over "
                    f"{subject.pseudonym} (volgens de casus). Het verzoek wordt afgewezen, tenzij het gezag "
                    "eerst wordt vastgelegd.")
    return None


def _holds_gezag(session: Session, request: SubjectRequest, minor: Subject) -> bool:
    """Whether the requesting parent (or guardian) holds gezag over ``minor``; the parent may be
    recorded in another case of the request, so holders are matched by pseudonym too."""
    gezag = gezag_holders(session, minor.id)
    if request.requester is Requester.VOOGD and gezag.guardian is not None:
        return True
    if request.requester_subject_id is None:
        return False
    if request.requester_subject_id in gezag.holder_subject_ids:
        return True
    parent = session.get(Subject, request.requester_subject_id)
    holders = [session.get(Subject, i) for i in gezag.holder_subject_ids]
    return parent is not None and any(
        h is not None and h.pseudonym.strip().lower() == parent.pseudonym.strip().lower() for h in holders)


def _needs_position(session: Session, request: SubjectRequest) -> bool:
    if request.minor_position:
        return False
    return any(HAS_A_SAY <= (age_on(s, request.received_on) or ADULT) < DECIDES_ALONE
               for s, _case in request_persons(session, request.id))


def _open_request(session: Session, request_id: int) -> SubjectRequest:
    request = load_request(session, request_id)
    if not request.status.is_open:
        raise ValidationError(f"Het verzoek is al {request.status.label.lower()}; het kan niet meer "
                              "worden gewijzigd.")
    return request


def _view(session: Session, r: SubjectRequest) -> RequestView:
    persons = tuple(_match(s, c) for s, c in request_persons(session, r.id))
    return RequestView(
        r.id, r.kind, r.person_pseudonym, r.requester, r.requester_subject_id, r.requester_detail,
        r.received_on, r.deadline, r.extended_until, r.extension_reason, r.status, r.outcome, r.handled_on,
        r.minor_position, r.registered_by, persons, _requester_refusal(session, r),
        _needs_position(session, r))


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None

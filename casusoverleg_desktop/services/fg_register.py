"""The register of processing for the FG (``documents.fg_register``): counts gathered from the vault.

Only numbers leave: how many cases per state and legal basis, persons per category, entries per
category of data, documents per partner, requests and their lead times, destroyed cases. Making
it is recorded in the export log like any document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import statistics
from collections import Counter, defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casusoverleg_desktop.documents.data import BuiltDocument
from casusoverleg_desktop.documents.fg_register import (
    BasisRow,
    FgRegisterData,
    RecipientRow,
    RequestRow,
    build_fg_register,
)
from casusoverleg_desktop.domain.enums import (
    CaseStatus,
    DataCategory,
    LegalBasis,
    RequestKind,
    RequestStatus,
    SubjectRole,
)
from casusoverleg_desktop.domain.lifecycle import OPEN_STATUSES
from casusoverleg_desktop.domain.moments import local_time, stored_moment
from casusoverleg_desktop.services import retention
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.document_data import export_stamp
from casusoverleg_desktop.store.document_models import DocumentExport
from casusoverleg_desktop.store.models import Case, CaseNote, Contribution, Partner, Signal, Subject
from casusoverleg_desktop.store.privacy_models import CaseLegalBasis, DestructionRecord, SubjectRequest

LATE_AFTER_DAYS = 30
REGISTER_KIND = "register"


def fg_register(ctx: ServiceContext, vault_id: str) -> BuiltDocument:
    """The register as a PDF, as of today; logged as an export."""
    with ctx.unit_of_work() as session:
        today = local_time(ctx.clock()).date()
        data = FgRegisterData(
            stamp=export_stamp(session, ctx), vault_id=vault_id,
            cases_by_status=_cases_by_status(session), bases=_bases(session),
            persons=_persons(session, today), data_categories=_data_categories(session),
            recipients=_recipients(session), requests=_requests(session), **_destruction(session, today))
    built = build_fg_register(data)
    with ctx.unit_of_work() as session:
        session.add(DocumentExport(kind=REGISTER_KIND, meeting_id=None, partner_id=None, signed=False,
                                   sha256=hashlib.sha256(built.pdf).hexdigest(),
                                   page_count=built.page_count,
                                   exported_at=ctx.clock(), exported_by=ctx.actor))
    return built


def _cases_by_status(session: Session) -> tuple[tuple[str, int], ...]:
    counts = dict(session.execute(select(Case.status, func.count()).group_by(Case.status)).all())
    rows = [(status.label, counts.get(status, 0))
            for status in CaseStatus if status is not CaseStatus.VERNIETIGD]
    destroyed = session.scalar(select(func.count()).select_from(DestructionRecord)) or 0
    return (*rows, (CaseStatus.VERNIETIGD.label, destroyed))


def _bases(session: Session) -> tuple[BasisRow, ...]:
    bases_of: dict[int, set[LegalBasis]] = defaultdict(set)
    status_of: dict[int, CaseStatus] = {}
    for case_id, basis, status in session.execute(select(Case.id, Case.legal_basis, Case.status)):
        bases_of[case_id].add(basis)
        status_of[case_id] = status
    for case_id, basis in session.execute(select(CaseLegalBasis.case_id, CaseLegalBasis.basis)):
        bases_of[case_id].add(basis)
    open_count: Counter[LegalBasis] = Counter()
    closed_count: Counter[LegalBasis] = Counter()
    for case_id, bases in bases_of.items():
        (open_count if status_of[case_id] in OPEN_STATUSES else closed_count).update(bases)
    settings = retention.period_settings(session)
    return tuple(BasisRow(basis.label, open_count[basis], closed_count[basis], settings[basis].years,
                          settings[basis].state, settings[basis].source) for basis in LegalBasis)


def _persons(session: Session, today: dt.date) -> tuple[tuple[str, int], ...]:
    by_role = Counter(role for (role,) in session.execute(select(Subject.role)))
    minors = 0
    for age, born in session.execute(select(Subject.age, Subject.date_of_birth)):
        if born is not None:
            age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        minors += age is not None and age < 18
    return ((SubjectRole.PRIMAIR.label + "n", by_role[SubjectRole.PRIMAIR]),
            (SubjectRole.GERELATEERD.label + "n (gezin, netwerk)", by_role[SubjectRole.GERELATEERD]),
            ("Waarvan minderjarig", minors))


def _data_categories(session: Session) -> tuple[tuple[str, int, int, int], ...]:
    signals, notes, contributions = (
        dict(session.execute(select(model.data_category, func.count()).group_by(model.data_category)).all())
        for model in (Signal, CaseNote, Contribution))
    return tuple((category.label, signals.get(category, 0), notes.get(category, 0),
                  contributions.get(category, 0)) for category in DataCategory)


def _recipients(session: Session) -> tuple[RecipientRow, ...]:
    sent = {partner_id: (count, last) for partner_id, count, last in session.execute(
        select(DocumentExport.partner_id, func.count(), func.max(DocumentExport.exported_at))
        .where(DocumentExport.partner_id.is_not(None)).group_by(DocumentExport.partner_id))}
    rows = []
    for partner in session.scalars(select(Partner).order_by(Partner.name)):
        count, last = sent.get(partner.id, (0, None))
        rows.append(RecipientRow(partner.name, partner.domain.label, partner.covenant_signed, count,
                                 local_time(stored_moment(last)).date() if last is not None else None))
    return tuple(rows)


def _requests(session: Session) -> tuple[RequestRow, ...]:
    found: dict[RequestKind, list[SubjectRequest]] = defaultdict(list)
    for request in session.scalars(select(SubjectRequest)):
        found[request.kind].append(request)
    rows = []
    for kind in RequestKind:
        requests = found[kind]
        answered = [r for r in requests if r.status is RequestStatus.AFGEHANDELD and r.handled_on]
        days = [(r.handled_on - r.received_on).days for r in answered if r.handled_on]
        rows.append(RequestRow(
            kind.label, len(requests), sum(r.status.is_open for r in requests), len(answered),
            sum(r.status in (RequestStatus.AFGEWEZEN, RequestStatus.INGETROKKEN) for r in requests),
            sum(r.handled_on is not None and r.handled_on <= (r.extended_until or r.deadline)
                for r in answered),
            statistics.median(days) if days else None, max(days) if days else None))
    return tuple(rows)


def _destruction(session: Session, today: dt.date) -> dict[str, int]:
    records = session.execute(
        select(DestructionRecord.destroyed_at, DestructionRecord.retention_until)).all()
    late = sum(until is not None and (local_time(stored_moment(at)).date() - until).days > LATE_AFTER_DAYS
               for at, until in records)
    closed = session.scalars(select(Case).where(Case.status.not_in(OPEN_STATUSES)))
    due = [line for line in retention.closed_case_lines(session, closed) if line.due(today)]
    return {"destroyed": len(records), "destroyed_late": late, "past_retention": len(due),
            "held": sum(line.held for line in due)}

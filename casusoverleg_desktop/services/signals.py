"""Signals and contra-signals: sources named, statement types labelled, diagnoses checked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from casusoverleg_desktop.domain.diagnosis import needs_diagnosis_flag
from casusoverleg_desktop.domain.enums import DataCategory, StatementRole, StatementType, Verification
from casusoverleg_desktop.domain.labels import signal_label
from casusoverleg_desktop.domain.rules import require_text
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.families import name_statement_persons
from casusoverleg_desktop.services.lookup import check_case_open, check_professional_of, fetch
from casusoverleg_desktop.store.models import Case, Partner, Professional, Signal, Subject
from casusoverleg_desktop.store.privacy_models import StatementPerson


@dataclass(frozen=True)
class SignalInfo:
    id: int
    case_id: int
    label: str
    is_contra: bool
    observed_on: dt.date | None
    partner_id: int | None
    professional_id: int | None
    source_detail: str | None
    statement_type: StatementType
    data_category: DataCategory
    text: str
    diagnosis_flag: bool
    verification: Verification
    verified_on: dt.date | None
    verified_by: str | None
    verification_note: str | None
    source_person: str | None = None
    """The pseudonym of the person of the case whose statement it is ('bron'), if any."""


def signal_info(s: Signal, source_person: str | None = None) -> SignalInfo:
    return SignalInfo(
        s.id, s.case_id, signal_label(s.number, s.is_contra), s.is_contra, s.observed_on,
        s.partner_id, s.professional_id, s.source_detail, s.statement_type, s.data_category,
        s.text, s.diagnosis_flag, s.verification, s.verified_on, s.verified_by,
        s.verification_note, source_person,
    )


def statement_sources(session: Session, owner: InstrumentedAttribute[int | None],
                      ids: Sequence[int]) -> dict[int, str]:
    """Per signal (``owner`` StatementPerson.signal_id) or contribution id: the pseudonym of its
    source person, in one query."""
    if not ids:
        return {}
    rows = session.execute(
        select(owner, Subject.pseudonym).join(Subject, Subject.id == StatementPerson.subject_id)
        .where(StatementPerson.role == StatementRole.BRON, owner.in_(ids)))
    return {owner_id: pseudonym for owner_id, pseudonym in rows if owner_id is not None}


def signal_infos(session: Session, signals: Iterable[Signal]) -> list[SignalInfo]:
    """The signals with their source persons (one extra query for all of them)."""
    rows = list(signals)
    sources = statement_sources(session, StatementPerson.signal_id, [s.id for s in rows])
    return [signal_info(s, sources.get(s.id)) for s in rows]


def source_is_qualified(session: Session, professional_id: int | None) -> bool:
    """Only a professional marked as qualified may be the source of a diagnosis."""
    if professional_id is None:
        return False
    return fetch(session, Professional, professional_id).qualified_for_diagnosis


def record_signal(
    ctx: ServiceContext, case_id: int, text: str, statement_type: StatementType, *,
    observed_on: dt.date | None = None, partner_id: int | None = None,
    professional_id: int | None = None, source_detail: str | None = None,
    data_category: DataCategory = DataCategory.GEWOON, is_contra: bool = False,
    concerns: Sequence[int] = (), source_person: int | None = None,
) -> SignalInfo:
    """Record a signal (S1, S2, …) or contra-signal (C1, …); diagnosis-like text is flagged.

    ``concerns`` are the persons of the case it is about; ``source_person`` the person of the case
    whose statement it is (a third-party statement for everyone else)."""
    text = require_text(text, "de tekst van het signaal")
    if partner_id is None and not (source_detail and source_detail.strip()):
        raise ValidationError("Noem de bron van het signaal: een partner of een bronomschrijving.")
    with ctx.unit_of_work() as session:
        case = fetch(session, Case, case_id)
        check_case_open(case)
        if observed_on is not None and observed_on > ctx.clock().date():
            raise ValidationError("De datum van waarneming kan niet in de toekomst liggen.")
        if partner_id is not None:
            fetch(session, Partner, partner_id)
        check_professional_of(session, professional_id, partner_id)
        number = 1 + (session.scalar(
            select(func.max(Signal.number)).where(Signal.case_id == case_id,
                                                  Signal.is_contra.is_(is_contra))
        ) or 0)
        signal = Signal(
            case_id=case_id, number=number, is_contra=is_contra, observed_on=observed_on,
            partner_id=partner_id, professional_id=professional_id, source_detail=source_detail,
            statement_type=statement_type, data_category=data_category, text=text,
            diagnosis_flag=needs_diagnosis_flag(
                text, source_is_qualified(session, professional_id)
            ),
            recorded_at=ctx.clock(),
        )
        session.add(signal)
        session.flush()
        name_statement_persons(session, case_id, signal_id=signal.id, concerns=concerns,
                               source_person=source_person)
        return signal_infos(session, [signal])[0]


def verify_signal(
    ctx: ServiceContext, signal_id: int, verification: Verification, on: dt.date,
    note: str | None = None,
) -> SignalInfo:
    """Confirm or refute a signal; a refutation needs a note saying what showed otherwise."""
    if verification is Verification.ONBEVESTIGD:
        raise ValidationError("Kies 'bevestigd' of 'weerlegd'.")
    if verification is Verification.WEERLEGD and not (note and note.strip()):
        raise ValidationError("Geef aan waardoor het signaal is weerlegd.")
    with ctx.unit_of_work() as session:
        signal = fetch(session, Signal, signal_id)
        if signal.verification is verification:
            raise ValidationError(f"Het signaal is al {verification.label.lower()}.")
        signal.verification = verification
        signal.verified_on = on
        signal.verified_by = ctx.actor
        signal.verification_note = note
        session.flush()
        return signal_infos(session, [signal])[0]

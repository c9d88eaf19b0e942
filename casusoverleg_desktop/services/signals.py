"""Signals and contra-signals: sources named, statement types labelled, diagnoses checked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.diagnosis import needs_diagnosis_flag
from casusoverleg_desktop.domain.enums import DataCategory, StatementType, Verification
from casusoverleg_desktop.domain.labels import signal_label
from casusoverleg_desktop.domain.rules import require_text
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import check_case_open, check_professional_of, fetch
from casusoverleg_desktop.store.models import Case, Partner, Professional, Signal


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


def signal_info(s: Signal) -> SignalInfo:
    return SignalInfo(
        s.id, s.case_id, signal_label(s.number, s.is_contra), s.is_contra, s.observed_on,
        s.partner_id, s.professional_id, s.source_detail, s.statement_type, s.data_category,
        s.text, s.diagnosis_flag, s.verification, s.verified_on, s.verified_by,
        s.verification_note,
    )


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
) -> SignalInfo:
    """Record a signal (S1, S2, …) or contra-signal (C1, …); diagnosis-like text is flagged."""
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
        return signal_info(signal)


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
        return signal_info(signal)

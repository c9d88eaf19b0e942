"""Minutes versions: concept → vastgesteld in a later meeting → ondertekend; adopted text frozen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.enums import MinutesStatus
from casusoverleg_desktop.domain.rules import (
    check_minutes_adoption,
    check_minutes_editable,
    check_minutes_signing,
    require_text,
)
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services.audit import record_opened, unit_of_work
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.store.models import Meeting, MinutesVersion


@dataclass(frozen=True)
class MinutesInfo:
    id: int
    meeting_id: int
    version: int
    status: MinutesStatus
    body: str
    correction_note: str | None
    adopted_in_meeting_id: int | None
    adopted_on: dt.date | None
    adoption_corrections: str | None
    signed_on: dt.date | None
    signed_by_chair: str | None
    signed_by_minute_taker: str | None


def _info(v: MinutesVersion) -> MinutesInfo:
    return MinutesInfo(v.id, v.meeting_id, v.version, v.status, v.body, v.correction_note,
                       v.adopted_in_meeting_id, v.adopted_on, v.adoption_corrections,
                       v.signed_on, v.signed_by_chair, v.signed_by_minute_taker)


def _latest_version(session: Session, meeting_id: int) -> int:
    return session.scalar(select(func.max(MinutesVersion.version)).where(
        MinutesVersion.meeting_id == meeting_id)) or 0


def create_concept(ctx: ServiceContext, meeting_id: int, body: str) -> MinutesInfo:
    """The first concept of a meeting's minutes."""
    body = require_text(body, "de tekst van het verslag")
    with unit_of_work(ctx) as session:
        fetch(session, Meeting, meeting_id)
        if _latest_version(session, meeting_id):
            raise ValidationError(
                "Deze vergadering heeft al een verslag: werk het concept bij of maak een "
                "correctieversie."
            )
        version = MinutesVersion(meeting_id=meeting_id, version=1, status=MinutesStatus.CONCEPT,
                                 body=body, created_at=ctx.clock(), created_by=ctx.actor)
        session.add(version)
        session.flush()
        return _info(version)


def update_concept(ctx: ServiceContext, version_id: int, body: str) -> MinutesInfo:
    body = require_text(body, "de tekst van het verslag")
    with unit_of_work(ctx) as session:
        version = fetch(session, MinutesVersion, version_id)
        check_minutes_editable(version.status)
        version.body = body
        session.flush()
        return _info(version)


def adopt_minutes(
    ctx: ServiceContext, version_id: int, adopting_meeting_id: int, *,
    corrections: str | None = None,
) -> MinutesInfo:
    """Vastgesteld in a later meeting, with the corrections it made; from then on text is frozen."""
    with unit_of_work(ctx) as session:
        version = fetch(session, MinutesVersion, version_id)
        minutes_meeting = fetch(session, Meeting, version.meeting_id)
        adopting = fetch(session, Meeting, adopting_meeting_id)
        check_minutes_adoption(version.status, minutes_meeting.held_on, adopting.held_on)
        version.status = MinutesStatus.VASTGESTELD
        version.adopted_in_meeting_id = adopting.id
        version.adopted_on = adopting.held_on
        version.adoption_corrections = corrections or None
        session.flush()
        return _info(version)


def sign_minutes(
    ctx: ServiceContext, version_id: int, chair: str, minute_taker: str, signed_on: dt.date,
) -> MinutesInfo:
    """Signed by the chair and the minute taker ("Aldus vastgesteld in de vergadering van …")."""
    chair = require_text(chair, "de naam van de voorzitter")
    minute_taker = require_text(minute_taker, "de naam van de notulist")
    with unit_of_work(ctx) as session:
        version = fetch(session, MinutesVersion, version_id)
        check_minutes_signing(version.status)
        if signed_on < version.adopted_on:
            raise ValidationError("Ondertekenen kan pas na het vaststellen.")
        version.status = MinutesStatus.ONDERTEKEND
        version.signed_on = signed_on
        version.signed_by_chair = chair
        version.signed_by_minute_taker = minute_taker
        session.flush()
        return _info(version)


def correct_minutes(
    ctx: ServiceContext, version_id: int, body: str, correction_note: str | None,
) -> MinutesInfo:
    """A change to adopted minutes: a new concept version that says what was corrected and why."""
    body = require_text(body, "de tekst van het verslag")
    correction_note = require_text(correction_note, "een correctienotitie")
    with unit_of_work(ctx) as session:
        version = fetch(session, MinutesVersion, version_id)
        if version.status is MinutesStatus.CONCEPT:
            raise ValidationError(
                "Een concept kan gewoon worden bijgewerkt; correctie is niet nodig."
            )
        latest = _latest_version(session, version.meeting_id)
        if version.version != latest:
            raise ValidationError(f"Er is al een nieuwere versie ({latest}) van dit verslag.")
        corrected = MinutesVersion(
            meeting_id=version.meeting_id, version=latest + 1, status=MinutesStatus.CONCEPT,
            body=body, correction_note=correction_note, created_at=ctx.clock(),
            created_by=ctx.actor,
        )
        session.add(corrected)
        session.flush()
        return _info(corrected)


def minutes_versions(ctx: ServiceContext, meeting_id: int) -> list[MinutesInfo]:
    """All versions of a meeting's minutes; reading them is recorded (they hold case content)."""
    with unit_of_work(ctx) as session:
        fetch(session, Meeting, meeting_id)
        record_opened(session, Meeting.__tablename__, meeting_id, "verslag geopend")
        rows = session.scalars(select(MinutesVersion).where(
            MinutesVersion.meeting_id == meeting_id).order_by(MinutesVersion.version))
        return [_info(v) for v in rows]

"""Minutes versions: the concept made when a meeting closes, adopted once (in a later meeting of the
same table or in writing) with its corrections, then signed by the minute taker and the chair.

Adoption adds a version: the concept stays in the history, the adopted version carries the
corrections. A change after adoption is a new concept version with a correction note, adopted in
its turn. Adopting is the chair's act; every step is in the audit trail (the rows are audited).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.enums import MeetingStatus, MeetingType, MinutesStatus
from casusoverleg_desktop.domain.minutes import (
    Correction,
    MeetingFacts,
    adopted_here_sentence,
    adoption_statement,
    check_adoptable,
    check_adopting_meeting,
    check_corrections,
    check_minutes_signing,
    check_written_adoption,
)
from casusoverleg_desktop.domain.moments import local_time, stored_moment
from casusoverleg_desktop.domain.rules import require_text
from casusoverleg_desktop.errors import NotFound, ValidationError
from casusoverleg_desktop.services.audit import record_opened
from casusoverleg_desktop.services.balance import minutes_balance_summary
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import fetch
from casusoverleg_desktop.services.meeting_record import freeze, has_record, record_of
from casusoverleg_desktop.services.roles import require_chair
from casusoverleg_desktop.store.accounts import UserAccount
from casusoverleg_desktop.store.document_models import MinutesDocument
from casusoverleg_desktop.store.exchange_models import ReceivedSignature
from casusoverleg_desktop.store.models import FrozenRecord, Meeting, MinutesCorrection, MinutesVersion
from casusoverleg_desktop.store.pki_models import SignatureRecord

__all__ = [
    "MinutesInfo", "PendingMinutes", "SignatureLine", "adopt_in_meeting", "adopt_in_writing", "adopted_in",
    "correct_minutes", "current_version", "latest_minutes_status", "minutes_sections", "minutes_status",
    "minutes_versions", "open_concept", "pending_adoption", "sign_minutes", "status_lines",
]


@dataclass(frozen=True)
class SignatureLine:
    """A signature placed on the adopted minutes: who, in which capacity, when (as in the PDF)."""

    signer: str
    capacity: str
    signed_at: dt.datetime


@dataclass(frozen=True)
class MinutesInfo:
    id: int
    meeting_id: int
    version: int
    status: MinutesStatus
    body: str
    correction_note: str | None
    adopted_in_meeting_id: int | None
    adopted_in: str | None
    adopted_on: dt.date | None
    written_procedure: str | None
    corrections: tuple[Correction, ...] | str | None
    adopted_by: str | None
    created_at: dt.datetime
    created_by: str
    signatures: tuple[SignatureLine, ...] = ()

    @property
    def statement(self) -> str:
        """One sentence on where this version stands (without its signatures)."""
        if self.status is MinutesStatus.CONCEPT:
            return f"Concept (versie {self.version}), nog niet vastgesteld."
        assert self.adopted_on is not None  # a check constraint: every later status has its date
        return adoption_statement(self.adopted_on, self.adopted_in, self.written_procedure, self.corrections)


@dataclass(frozen=True)
class PendingMinutes:
    """Concept minutes of an earlier meeting, waiting to be adopted."""

    version_id: int
    meeting_id: int
    held_on: dt.date
    meeting_label: str
    version: int


def _facts(meeting: Meeting) -> MeetingFacts:
    return MeetingFacts(meeting.id, meeting.held_on, meeting.meeting_type, meeting.status)


def meeting_label(meeting: Meeting) -> str:
    return titled_label(meeting.title, meeting.meeting_type)


def titled_label(title: str | None, meeting_type: MeetingType) -> str:
    """A meeting's name: its title, else the short name of its kind ("ICO")."""
    return title or meeting_type.short_label


def _latest(session: Session, meeting_id: int) -> MinutesVersion | None:
    return session.scalars(select(MinutesVersion).where(MinutesVersion.meeting_id == meeting_id)
                           .order_by(MinutesVersion.version.desc())).first()


def _corrections(session: Session, version: MinutesVersion) -> tuple[Correction, ...] | str | None:
    rows = session.scalars(select(MinutesCorrection).where(
        MinutesCorrection.minutes_version_id == version.id).order_by(MinutesCorrection.position))
    return tuple(Correction(r.section, r.text) for r in rows) or version.adoption_corrections


def _signatures(session: Session, version: MinutesVersion) -> tuple[SignatureLine, ...]:
    stored = select(MinutesDocument.sha256).where(MinutesDocument.minutes_version_id == version.id)
    rows = session.execute(
        select(SignatureRecord, UserAccount.display_name, UserAccount.role)
        .join(UserAccount, UserAccount.login == SignatureRecord.login, isouter=True)
        .where(SignatureRecord.signed_sha256.in_(stored)).order_by(SignatureRecord.signed_at))
    placed = [SignatureLine(name or record.login, record.reason or (role.label if role else ""),
                            record.signed_at) for record, name, role in rows]
    received = session.scalars(select(ReceivedSignature).where(ReceivedSignature.signed_sha256.in_(stored)))
    placed += [SignatureLine(r.signer, r.reason, r.signed_at) for r in received]
    return tuple(sorted(placed, key=lambda line: stored_moment(line.signed_at)))


def _info(session: Session, v: MinutesVersion) -> MinutesInfo:
    adopting = session.get(Meeting, v.adopted_in_meeting_id) if v.adopted_in_meeting_id else None
    return MinutesInfo(
        v.id, v.meeting_id, v.version, v.status, v.body, v.correction_note, v.adopted_in_meeting_id,
        meeting_label(adopting) if adopting else None, v.adopted_on, v.written_procedure,
        _corrections(session, v), v.adopted_by, v.created_at, v.created_by,
        _signatures(session, v) if v.status is not MinutesStatus.CONCEPT else ())


def open_concept(session: Session, ctx: ServiceContext, meeting: Meeting) -> MinutesVersion:
    """The first concept, made when the meeting is closed (in the closing's unit of work)."""
    if _latest(session, meeting.id) is not None:
        raise ValidationError(f"De vergadering van {meeting.held_on:%d-%m-%Y} heeft al een verslag.")
    moment = local_time(ctx.clock())
    version = MinutesVersion(
        meeting_id=meeting.id, version=1, status=MinutesStatus.CONCEPT,
        body=f"Concept, vastgelegd bij de sluiting op {moment:%d-%m-%Y} om {moment:%H.%M} uur.",
        created_at=ctx.clock(), created_by=ctx.actor)
    session.add(version)
    session.flush()
    return version


def _check_chair(session: Session, ctx: ServiceContext) -> None:
    require_chair(session, ctx.actor, "Alleen de voorzitter stelt een verslag vast. Vraag de voorzitter "
                  "om in te loggen en het verslag vast te stellen.")


def _caught_up(session: Session, ctx: ServiceContext, meeting: Meeting) -> MinutesVersion | None:
    """The latest version of a meeting's minutes. A meeting closed before records and concepts were
    kept gets both the first time they are needed (its record says it was frozen after the closing)."""
    version = _latest(session, meeting.id)
    if meeting.status is MeetingStatus.GEHOUDEN:
        if not has_record(session, meeting.id):
            freeze(session, ctx, meeting, minutes_balance_summary, at_closing=False)
        if version is None:
            version = open_concept(session, ctx, meeting)
    return version


def _adoptable(session: Session, ctx: ServiceContext, meeting_id: int) -> tuple[Meeting, MinutesVersion]:
    _check_chair(session, ctx)
    meeting = fetch(session, Meeting, meeting_id)
    version = _caught_up(session, ctx, meeting)
    check_adoptable(_facts(meeting), version.status if version else None,
                    version.adopted_on if version else None)
    assert version is not None  # check_adoptable refuses a meeting without minutes
    return meeting, version


def _adopt(session: Session, ctx: ServiceContext, concept: MinutesVersion, adopted_on: dt.date, body: str,
           corrections: Sequence[Correction], *, adopting: Meeting | None = None,
           written_procedure: str | None = None) -> MinutesInfo:
    adopted = MinutesVersion(
        meeting_id=concept.meeting_id, version=concept.version + 1, status=MinutesStatus.VASTGESTELD,
        body=body, adopted_in_meeting_id=adopting.id if adopting else None, adopted_on=adopted_on,
        written_procedure=written_procedure, adopted_by=ctx.actor, created_at=ctx.clock(),
        created_by=ctx.actor)
    session.add(adopted)
    session.flush()
    for position, correction in enumerate(corrections, start=1):
        session.add(MinutesCorrection(minutes_version_id=adopted.id, position=position,
                                      section=correction.section, text=correction.text))
    session.flush()
    return _info(session, adopted)


def adopt_in_meeting(ctx: ServiceContext, meeting_id: int, adopting_meeting_id: int,
                     corrections: Sequence[Correction] = ()) -> MinutesInfo:
    """Vastgesteld in a later meeting of the same table while it is held, with its corrections."""
    corrections = check_corrections(corrections)
    with ctx.unit_of_work() as session:
        meeting, concept = _adoptable(session, ctx, meeting_id)
        adopting = fetch(session, Meeting, adopting_meeting_id)
        check_adopting_meeting(_facts(meeting), _facts(adopting), local_time(ctx.clock()).date())
        return _adopt(session, ctx, concept, adopting.held_on,
                      adopted_here_sentence(meeting.held_on, corrections), corrections, adopting=adopting)


def adopt_in_writing(ctx: ServiceContext, meeting_id: int, agreed_on: dt.date, how: str,
                     corrections: Sequence[Correction] = ()) -> MinutesInfo:
    """Schriftelijke vaststelling: circulated, the members agreed (``how``) by ``agreed_on``."""
    corrections = check_corrections(corrections)
    with ctx.unit_of_work() as session:
        meeting, concept = _adoptable(session, ctx, meeting_id)
        how = check_written_adoption(_facts(meeting), agreed_on, how, local_time(ctx.clock()).date())
        return _adopt(session, ctx, concept, agreed_on,
                      adoption_statement(agreed_on, None, how, corrections), corrections,
                      written_procedure=how)


def sign_minutes(
    ctx: ServiceContext, version_id: int, chair: str, minute_taker: str, signed_on: dt.date,
) -> MinutesInfo:
    """Both signatures are on the adopted version: it becomes 'ondertekend'."""
    chair = require_text(chair, "de naam van de voorzitter")
    minute_taker = require_text(minute_taker, "de naam van de notulist")
    with ctx.unit_of_work() as session:
        version = fetch(session, MinutesVersion, version_id)
        check_minutes_signing(version.status)
        if version.adopted_on is None or signed_on < version.adopted_on:
            raise ValidationError("Ondertekenen kan pas na het vaststellen.")
        version.status = MinutesStatus.ONDERTEKEND
        version.signed_on = signed_on
        version.signed_by_chair = chair
        version.signed_by_minute_taker = minute_taker
        session.flush()
        return _info(session, version)


def correct_minutes(ctx: ServiceContext, version_id: int, correction_note: str | None) -> MinutesInfo:
    """A change to adopted minutes: a new concept version that says what is corrected and why; it is
    adopted in its turn."""
    correction_note = require_text(correction_note, "een correctienotitie")
    with ctx.unit_of_work() as session:
        version = fetch(session, MinutesVersion, version_id)
        if version.status is MinutesStatus.CONCEPT:
            raise ValidationError("Een concept wordt bij de vaststelling gecorrigeerd; een correctieversie "
                                  "is alleen nodig na vaststelling.")
        latest = _latest(session, version.meeting_id)
        assert latest is not None  # there is 'version' at least
        if version.version != latest.version:
            raise ValidationError(f"Er is al een nieuwere versie ({latest.version}) van dit verslag.")
        corrected = MinutesVersion(
            meeting_id=version.meeting_id, version=latest.version + 1, status=MinutesStatus.CONCEPT,
            body=f"Correctieversie: {correction_note}", correction_note=correction_note,
            created_at=ctx.clock(), created_by=ctx.actor)
        session.add(corrected)
        session.flush()
        return _info(session, corrected)


def current_version(session: Session, meeting_id: int) -> MinutesInfo | None:
    version = _latest(session, meeting_id)
    return _info(session, version) if version is not None else None


def latest_minutes_status(session: Session) -> dict[int, MinutesStatus]:
    """Meeting id → the status of its latest minutes version (meetings without minutes are absent)."""
    latest = (select(MinutesVersion.meeting_id, func.max(MinutesVersion.version).label("version"))
              .group_by(MinutesVersion.meeting_id).subquery())
    return dict(session.execute(
        select(MinutesVersion.meeting_id, MinutesVersion.status)
        .join(latest, (latest.c.meeting_id == MinutesVersion.meeting_id)
              & (latest.c.version == MinutesVersion.version))).all())


def adopted_in(ctx: ServiceContext, meeting_id: int) -> list[MinutesInfo]:
    """The minutes adopted in this meeting, in the order they were adopted."""
    with ctx.unit_of_work() as session:
        fetch(session, Meeting, meeting_id)
        rows = session.scalars(select(MinutesVersion).where(
            MinutesVersion.adopted_in_meeting_id == meeting_id).order_by(MinutesVersion.id))
        return [_info(session, v) for v in rows]


def minutes_versions(ctx: ServiceContext, meeting_id: int) -> list[MinutesInfo]:
    """All versions of a meeting's minutes, oldest first."""
    with ctx.unit_of_work() as session:
        fetch(session, Meeting, meeting_id)
        rows = session.scalars(select(MinutesVersion).where(
            MinutesVersion.meeting_id == meeting_id).order_by(MinutesVersion.version))
        return [_info(session, v) for v in rows]


def minutes_status(ctx: ServiceContext, meeting_id: int) -> MinutesInfo:
    """Where a meeting's minutes stand (its latest version); refused when there are none yet."""
    with ctx.unit_of_work() as session:
        meeting = fetch(session, Meeting, meeting_id)
        info = current_version(session, meeting.id)
        if info is None:
            raise NotFound(f"De vergadering van {meeting.held_on:%d-%m-%Y} heeft nog geen verslag: het "
                           "concept ontstaat bij de sluiting van de vergadering.")
        return info


def minutes_sections(ctx: ServiceContext, meeting_id: int) -> tuple[str, ...]:
    """The numbered sections of a held meeting's minutes, for corrections to name."""
    with ctx.unit_of_work() as session:
        meeting = fetch(session, Meeting, meeting_id)
        version = _caught_up(session, ctx, meeting)
        check_adoptable(_facts(meeting), version.status if version else None,
                        version.adopted_on if version else None)
        return record_of(session, ctx, meeting, minutes_balance_summary).sections()


def status_lines(versions: Sequence[MinutesInfo]) -> list[str]:
    """Where minutes stand, for ``casusoverleg minutes status``: the state first (concept,
    vastgesteld or ondertekend), then each version with when and by whom, then the signatures."""
    if not versions:
        return ["geen verslag: het concept ontstaat bij de sluiting van de vergadering"]
    current = versions[-1]
    lines = [f"{current.status.value}\tversie {current.version}"]
    for version in versions:
        made = f"{local_time(version.created_at):%d-%m-%Y %H.%M} uur door {version.created_by}"
        what = version.body if version.status is MinutesStatus.CONCEPT else version.statement
        lines.append(f"versie {version.version}: {what} ({made})")
    lines += [f"ondertekend: {s.signer} ({s.capacity}) op {local_time(s.signed_at):%d-%m-%Y %H.%M} uur"
              for s in current.signatures]
    return lines


def pending_adoption(ctx: ServiceContext, adopting_meeting_id: int) -> list[PendingMinutes]:
    """Concept minutes of earlier held meetings of the same kind, the latest first: what the chair can
    adopt under 'Verslag vorige vergadering'. Their sections (for corrections) are read for the one
    the chair picks (``minutes_sections``): a table behind on adoption should not wait for all."""
    with ctx.unit_of_work() as session:
        adopting = fetch(session, Meeting, adopting_meeting_id)
        held = session.scalars(select(Meeting).where(
            Meeting.meeting_type == adopting.meeting_type, Meeting.held_on < adopting.held_on,
            Meeting.status == MeetingStatus.GEHOUDEN).order_by(Meeting.held_on.desc(), Meeting.id.desc()))
        states = latest_minutes_status(session)  # two queries, not two per earlier meeting
        recorded = set(session.scalars(select(FrozenRecord.meeting_id)))
        pending = []
        for meeting in held:
            if states.get(meeting.id, MinutesStatus.CONCEPT) is not MinutesStatus.CONCEPT \
                    and meeting.id in recorded:
                continue
            version = _caught_up(session, ctx, meeting)
            if version is not None and version.status is MinutesStatus.CONCEPT:
                pending.append(PendingMinutes(version.id, meeting.id, meeting.held_on, meeting_label(meeting),
                                              version.version))
        if pending:
            record_opened(session, Meeting.__tablename__, adopting.id, "verslagen ter vaststelling getoond")
        return pending

"""Tables for the chain around the case meeting: per municipality its versions, the organisations
with their role and organisational contact, the signalling routes with their steps and links, and
which route (and which of its steps) each reporter's signal has taken.

A version is edited while it is a concept and frozen once adopted (``adopted_on``); a reporter's
signal follows the adopted version in force on the day it came in. Like every table since 0009,
these are new tables: no column is added to an older audited one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, MappedColumn, mapped_column

from casusoverleg_desktop.domain.chain import MAX_STEP_DAYS
from casusoverleg_desktop.domain.enums import ChainLane, ChainRole
from casusoverleg_desktop.store.base import Base
from casusoverleg_desktop.store.models import NAME, SHORT, Audited

USER = 80
PHONE = 40


def _fk(target: str, ondelete: str, nullable: bool = False) -> MappedColumn[Any]:
    return mapped_column(ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


class Municipality(Audited, Base):
    __tablename__ = "municipality"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME), unique=True)


class ChainVersion(Audited, Base):
    """One version of a municipality's chain, in force from ``in_force_from`` once adopted."""

    __tablename__ = "chain_version"
    __table_args__ = (UniqueConstraint("municipality_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = _fk("municipality.id", "CASCADE")
    number: Mapped[int] = mapped_column(Integer)
    in_force_from: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    adopted_on: Mapped[dt.date | None] = mapped_column(Date)
    adopted_by: Mapped[str | None] = mapped_column(String(USER))


class ChainMember(Audited, Base):
    """An organisation (a partner) in one role in a version of the chain, with how to reach it."""

    __tablename__ = "chain_member"
    __table_args__ = (UniqueConstraint("version_id", "partner_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = _fk("chain_version.id", "CASCADE")
    partner_id: Mapped[int] = _fk("partner.id", "RESTRICT")
    role: Mapped[ChainRole]
    lane: Mapped[ChainLane]
    contact_function: Mapped[str] = mapped_column(String(NAME))
    contact_phone: Mapped[str | None] = mapped_column(String(PHONE))
    contact_email: Mapped[str | None] = mapped_column(String(NAME))


class SignallingRoute(Audited, Base):
    """The way for one kind of worry, from the reporter to the outcome."""

    __tablename__ = "signalling_route"
    __table_args__ = (UniqueConstraint("version_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = _fk("chain_version.id", "CASCADE")
    name: Mapped[str] = mapped_column(String(NAME))
    worry: Mapped[str | None] = mapped_column(Text)
    is_acute: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer)


class RouteStep(Audited, Base):
    """Who acts, within how many working days, what happens with the information, and what the
    reporter hears (``promise``, within ``promise_days`` working days after the signal)."""

    __tablename__ = "route_step"
    __table_args__ = (
        CheckConstraint(f"within_days >= 0 AND within_days <= {MAX_STEP_DAYS}", name="within_days_range"),
        CheckConstraint("(promise IS NULL) = (promise_days IS NULL)", name="promise_with_days"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    route_id: Mapped[int] = _fk("signalling_route.id", "CASCADE")
    member_id: Mapped[int] = _fk("chain_member.id", "RESTRICT")
    position: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(NAME))
    within_days: Mapped[int] = mapped_column(Integer)
    information: Mapped[str | None] = mapped_column(Text)
    person_informed: Mapped[bool] = mapped_column(Boolean, default=False)
    promise: Mapped[str | None] = mapped_column(Text)
    promise_days: Mapped[int | None] = mapped_column(Integer)


class RouteLink(Audited, Base):
    """From one step to the next, with the condition when there is a choice ("bij zorgen")."""

    __tablename__ = "route_link"
    __table_args__ = (
        UniqueConstraint("from_step_id", "to_step_id"),
        CheckConstraint("from_step_id != to_step_id", name="not_to_itself"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    route_id: Mapped[int] = _fk("signalling_route.id", "CASCADE")
    from_step_id: Mapped[int] = _fk("route_step.id", "CASCADE")
    to_step_id: Mapped[int] = _fk("route_step.id", "CASCADE")
    label: Mapped[str | None] = mapped_column(String(SHORT))


class ReporterRoute(Audited, Base):
    """The route a reporter's signal follows (in the version in force when it came in)."""

    __tablename__ = "reporter_route"

    id: Mapped[int] = mapped_column(primary_key=True)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("reporter.id", ondelete="CASCADE"), unique=True)
    route_id: Mapped[int] = _fk("signalling_route.id", "RESTRICT")


class RoutePassage(Audited, Base):
    """A step the signal reached, and when."""

    __tablename__ = "route_passage"
    __table_args__ = (UniqueConstraint("reporter_id", "step_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reporter_id: Mapped[int] = _fk("reporter.id", "CASCADE")
    step_id: Mapped[int] = _fk("route_step.id", "RESTRICT")
    reached_on: Mapped[dt.date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(USER))
    note: Mapped[str | None] = mapped_column(Text)

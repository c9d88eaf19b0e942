"""The chain around the case meeting, per municipality: versions, organisations in their role, and
the signalling routes with their steps and links.

A version is a concept until the chair adopts it; only a concept can be changed. Adopting checks
every route (``domain.chain.route_problems``). A new version starts as a copy of the newest one, so
that a change to the chain never rewrites the version earlier signals followed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.chain import (
    CONTACT_ROLES,
    RouteShape,
    check_contact,
    check_promise,
    check_step_days,
    default_lane,
    entry_steps,
    find_cycle,
    route_problems,
)
from casusoverleg_desktop.domain.enums import ChainLane, ChainRole
from casusoverleg_desktop.domain.moments import local_time
from casusoverleg_desktop.domain.rules import require_text
from casusoverleg_desktop.errors import NotFound, ValidationError
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.roles import require_chair
from casusoverleg_desktop.store.chain_models import (
    ChainMember,
    ChainVersion,
    Municipality,
    RouteLink,
    RouteStep,
    SignallingRoute,
)
from casusoverleg_desktop.store.models import Partner, Professional

__all__ = [
    "ChainView", "LinkInfo", "MemberInfo", "MunicipalityInfo", "RouteInfo", "StepFields", "StepInfo",
    "VersionInfo", "add_member", "add_route", "add_step", "adopt_version", "chain_view",
    "create_municipality", "link_steps", "list_municipalities", "list_versions", "move_route",
    "move_step", "new_version", "read_chain", "remove_member", "remove_route", "remove_step",
    "unlink_steps", "update_member", "update_route", "update_step", "update_version", "version_in_force",
]

T = TypeVar("T")


@dataclass(frozen=True)
class MunicipalityInfo:
    id: int
    name: str


@dataclass(frozen=True)
class VersionInfo:
    id: int
    municipality_id: int
    municipality: str
    number: int
    in_force_from: dt.date
    note: str | None
    adopted_on: dt.date | None
    adopted_by: str | None

    @property
    def is_adopted(self) -> bool:
        return self.adopted_on is not None

    @property
    def title(self) -> str:
        state = "vastgesteld" if self.is_adopted else "concept"
        return f"Versie {self.number}, geldig vanaf {self.in_force_from:%d-%m-%Y} ({state})"


@dataclass(frozen=True)
class MemberInfo:
    id: int
    version_id: int
    partner_id: int
    organisation: str
    short_name: str | None
    role: ChainRole
    lane: ChainLane
    contact_function: str
    contact_phone: str | None
    contact_email: str | None

    @property
    def name(self) -> str:
        return self.short_name or self.organisation

    @property
    def contact(self) -> str:
        """The contact on one line: function, phone, mailbox."""
        return " · ".join(p for p in (self.contact_function, self.contact_phone, self.contact_email) if p)


@dataclass(frozen=True)
class StepInfo:
    id: int
    route_id: int
    position: int
    member: MemberInfo
    action: str
    within_days: int
    information: str | None
    person_informed: bool
    promise: str | None
    promise_days: int | None


@dataclass(frozen=True)
class LinkInfo:
    id: int
    from_step_id: int
    to_step_id: int
    label: str | None


@dataclass(frozen=True)
class RouteInfo:
    id: int
    version_id: int
    name: str
    worry: str | None
    is_acute: bool
    position: int
    steps: tuple[StepInfo, ...]
    links: tuple[LinkInfo, ...]

    @property
    def entry_steps(self) -> list[StepInfo]:
        ids = entry_steps([s.id for s in self.steps], self.link_pairs)
        return [s for s in self.steps if s.id in ids]

    @property
    def link_pairs(self) -> list[tuple[int, int]]:
        return [(link.from_step_id, link.to_step_id) for link in self.links]

    @property
    def contact_steps(self) -> list[StepInfo]:
        return [s for s in self.steps if s.member.role in CONTACT_ROLES]

    @property
    def promises(self) -> list[StepInfo]:
        """The steps that promise the reporter something, soonest first."""
        return sorted((s for s in self.steps if s.promise_days is not None),
                      key=lambda s: (s.promise_days, s.position))

    @property
    def first_promise_days(self) -> int | None:
        """Working days after the signal by which the reporter hears back first."""
        return self.promises[0].promise_days if self.promises else None

    def next_steps(self, step_id: int) -> list[StepInfo]:
        targets = {link.to_step_id for link in self.links if link.from_step_id == step_id}
        return [s for s in self.steps if s.id in targets]

    def shape(self) -> RouteShape:
        return RouteShape(self.name, self.is_acute, {s.id: s.member.role for s in self.steps},
                          {s.id: s.within_days for s in self.steps},
                          [s.promise_days for s in self.promises if s.promise_days is not None],
                          self.link_pairs)


@dataclass(frozen=True)
class ChainView:
    """One version of one municipality's chain, complete."""

    version: VersionInfo
    members: tuple[MemberInfo, ...]
    routes: tuple[RouteInfo, ...]

    @property
    def problems(self) -> list[str]:
        """What stands in the way of adopting this version, in Dutch."""
        found = [] if self.routes else ["Deze versie heeft nog geen routes."]
        for route in self.routes:
            found.extend(route_problems(route.shape()))
        return found

    def route(self, route_id: int) -> RouteInfo:
        for route in self.routes:
            if route.id == route_id:
                return route
        raise NotFound(f"Route {route_id} hoort niet bij deze versie.")


# --- municipalities ------------------------------------------------------------------------------


def create_municipality(ctx: ServiceContext, name: str) -> MunicipalityInfo:
    name = require_text(name, "de naam van de gemeente")
    with ctx.unit_of_work() as session:
        if session.scalar(select(Municipality.id).where(func.lower(Municipality.name) == name.lower())):
            raise ValidationError(f"Gemeente '{name}' staat er al.")
        municipality = Municipality(name=name)
        session.add(municipality)
        session.flush()
        return MunicipalityInfo(municipality.id, municipality.name)


def list_municipalities(ctx: ServiceContext) -> list[MunicipalityInfo]:
    with ctx.unit_of_work() as session:
        return [MunicipalityInfo(m.id, m.name)
                for m in session.scalars(select(Municipality).order_by(Municipality.name))]


# --- versions ------------------------------------------------------------------------------------


def list_versions(ctx: ServiceContext, municipality_id: int) -> list[VersionInfo]:
    """Newest first."""
    with ctx.unit_of_work() as session:
        municipality = _get(session, Municipality, municipality_id, "De gemeente")
        rows = session.scalars(select(ChainVersion).where(ChainVersion.municipality_id == municipality_id)
                               .order_by(ChainVersion.number.desc()))
        return [_version_info(v, municipality.name) for v in rows]


def new_version(ctx: ServiceContext, municipality_id: int, in_force_from: dt.date,
                note: str | None = None) -> VersionInfo:
    """A concept: empty for a municipality's first version, else a copy of its newest one."""
    with ctx.unit_of_work() as session:
        municipality = _get(session, Municipality, municipality_id, "De gemeente")
        newest = session.scalars(select(ChainVersion).where(ChainVersion.municipality_id == municipality_id)
                                 .order_by(ChainVersion.number.desc()).limit(1)).first()
        if newest is not None and newest.adopted_on is None:
            raise ValidationError(f"Versie {newest.number} is nog een concept: werk die bij of stel die "
                                  "eerst vast.")
        version = ChainVersion(municipality_id=municipality_id, number=(newest.number + 1) if newest else 1,
                               in_force_from=in_force_from, note=(note or "").strip() or None)
        session.add(version)
        session.flush()
        if newest is not None:
            _copy_version(session, newest.id, version.id)
        return _version_info(version, municipality.name)


def _copy_version(session: Session, source_id: int, target_id: int) -> None:
    members: dict[int, int] = {}
    for member in session.scalars(select(ChainMember).where(ChainMember.version_id == source_id)):
        copy = ChainMember(version_id=target_id, partner_id=member.partner_id, role=member.role,
                           lane=member.lane, contact_function=member.contact_function,
                           contact_phone=member.contact_phone, contact_email=member.contact_email)
        session.add(copy)
        session.flush()
        members[member.id] = copy.id
    for route in session.scalars(select(SignallingRoute).where(SignallingRoute.version_id == source_id)):
        route_copy = SignallingRoute(version_id=target_id, name=route.name, worry=route.worry,
                                     is_acute=route.is_acute, position=route.position)
        session.add(route_copy)
        session.flush()
        steps: dict[int, int] = {}
        for step in session.scalars(select(RouteStep).where(RouteStep.route_id == route.id)):
            step_copy = RouteStep(route_id=route_copy.id, member_id=members[step.member_id],
                                  position=step.position, action=step.action, within_days=step.within_days,
                                  information=step.information, person_informed=step.person_informed,
                                  promise=step.promise, promise_days=step.promise_days)
            session.add(step_copy)
            session.flush()
            steps[step.id] = step_copy.id
        for link in session.scalars(select(RouteLink).where(RouteLink.route_id == route.id)):
            session.add(RouteLink(route_id=route_copy.id, from_step_id=steps[link.from_step_id],
                                  to_step_id=steps[link.to_step_id], label=link.label))
    session.flush()


def update_version(ctx: ServiceContext, version_id: int, in_force_from: dt.date,
                   note: str | None = None) -> VersionInfo:
    with ctx.unit_of_work() as session:
        version = _concept(session, version_id)
        version.in_force_from = in_force_from
        version.note = (note or "").strip() or None
        return _version_info(version, _municipality_name(session, version))


def adopt_version(ctx: ServiceContext, version_id: int) -> VersionInfo:
    """The chair adopts a concept: from its date in force, new signals follow it."""
    with ctx.unit_of_work() as session:
        require_chair(session, ctx.actor, "Een versie van de keten vaststellen")
        version = _concept(session, version_id)
        view = read_chain(session, version_id)
        if problems := view.problems:
            raise ValidationError("Deze versie kan nog niet worden vastgesteld:\n– " + "\n– ".join(problems))
        later = session.scalar(select(ChainVersion.number).where(
            ChainVersion.municipality_id == version.municipality_id, ChainVersion.adopted_on.is_not(None),
            ChainVersion.in_force_from >= version.in_force_from))
        if later is not None:
            raise ValidationError(f"Versie {later} geldt al vanaf die datum of later: kies een latere "
                                  "datum waarop deze versie ingaat.")
        version.adopted_on = local_time(ctx.clock()).date()
        version.adopted_by = ctx.actor
        return _version_info(version, _municipality_name(session, version))


def version_in_force(session: Session, municipality_id: int, on: dt.date) -> int | None:
    """The adopted version a signal that came in on ``on`` follows."""
    return session.scalar(select(ChainVersion.id).where(
        ChainVersion.municipality_id == municipality_id, ChainVersion.adopted_on.is_not(None),
        ChainVersion.in_force_from <= on).order_by(ChainVersion.in_force_from.desc()).limit(1))


# --- members -------------------------------------------------------------------------------------


def add_member(ctx: ServiceContext, version_id: int, partner_id: int, role: ChainRole, *,
               contact_function: str, contact_phone: str | None = None, contact_email: str | None = None,
               lane: ChainLane | None = None) -> MemberInfo:
    with ctx.unit_of_work() as session:
        _concept(session, version_id)
        partner = _get(session, Partner, partner_id, "De partner")
        member = ChainMember(version_id=version_id, partner_id=partner_id, role=role,
                             lane=lane or default_lane(partner.domain), contact_function="")
        _set_contact(session, member, contact_function, contact_phone, contact_email)
        session.add(member)
        _flush_unique(session, f"{partner.name} staat al in deze rol in de keten.")
        return _member_info(member, partner)


def update_member(ctx: ServiceContext, member_id: int, *, role: ChainRole, lane: ChainLane,
                  contact_function: str, contact_phone: str | None = None,
                  contact_email: str | None = None) -> MemberInfo:
    with ctx.unit_of_work() as session:
        member = _get(session, ChainMember, member_id, "De organisatie in de keten")
        _concept(session, member.version_id)
        member.role, member.lane = role, lane
        _set_contact(session, member, contact_function, contact_phone, contact_email)
        partner = session.get_one(Partner, member.partner_id)
        _flush_unique(session, f"{partner.name} staat al in deze rol in de keten.")
        return _member_info(member, partner)


def remove_member(ctx: ServiceContext, member_id: int) -> None:
    with ctx.unit_of_work() as session:
        member = _get(session, ChainMember, member_id, "De organisatie in de keten")
        _concept(session, member.version_id)
        used = session.scalar(select(func.count()).select_from(RouteStep)
                              .where(RouteStep.member_id == member_id))
        if used:
            raise ValidationError(f"Deze organisatie handelt nog {used} stap(pen) van een route af: haal die "
                                  "stappen eerst weg of geef ze aan een ander.")
        session.delete(member)


def _set_contact(session: Session, member: ChainMember, function: str, phone: str | None,
                 email: str | None) -> None:
    names = session.scalars(select(Professional.name)).all()
    check_contact(function, phone, email, names)
    member.contact_function = function.strip()
    member.contact_phone = (phone or "").strip() or None
    member.contact_email = (email or "").strip() or None


# --- routes --------------------------------------------------------------------------------------


def add_route(ctx: ServiceContext, version_id: int, name: str, *, worry: str | None = None,
              is_acute: bool = False) -> RouteInfo:
    name = require_text(name, "de zorg waarvoor de route geldt (zoals 'Zorgen over radicalisering')")
    with ctx.unit_of_work() as session:
        _concept(session, version_id)
        last = session.scalar(select(func.max(SignallingRoute.position))
                              .where(SignallingRoute.version_id == version_id))
        route = SignallingRoute(version_id=version_id, name=name, worry=(worry or "").strip() or None,
                                is_acute=is_acute, position=(last or 0) + 1)
        session.add(route)
        _flush_unique(session, f"Er is al een route '{name}'.")
        return _read_route(session, route)


def update_route(ctx: ServiceContext, route_id: int, *, name: str, worry: str | None,
                 is_acute: bool) -> RouteInfo:
    name = require_text(name, "de zorg waarvoor de route geldt")
    with ctx.unit_of_work() as session:
        route = _editable_route(session, route_id)
        route.name, route.worry, route.is_acute = name, (worry or "").strip() or None, is_acute
        _flush_unique(session, f"Er is al een route '{name}'.")
        return _read_route(session, route)


def remove_route(ctx: ServiceContext, route_id: int) -> None:
    with ctx.unit_of_work() as session:
        route = _editable_route(session, route_id)
        for model in (RouteLink, RouteStep):
            for row in session.scalars(select(model).where(model.route_id == route_id)):
                session.delete(row)
            session.flush()
        session.delete(route)


def move_route(ctx: ServiceContext, route_id: int, offset: int) -> None:
    """One place up (-1) or down (+1) in the version's order."""
    with ctx.unit_of_work() as session:
        route = _editable_route(session, route_id)
        routes = list(session.scalars(select(SignallingRoute)
                                      .where(SignallingRoute.version_id == route.version_id)
                                      .order_by(SignallingRoute.position)))
        _move(routes, route, offset)


# --- steps and links -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StepFields:
    """What the chair fills in for a step."""

    member_id: int
    action: str
    within_days: int | None
    information: str | None = None
    person_informed: bool = False
    promise: str | None = None
    promise_days: int | None = None


def add_step(ctx: ServiceContext, route_id: int, fields: StepFields, *,
             after_step_id: int | None = None, label: str | None = None) -> StepInfo:
    """A new step at the end of the route; ``after_step_id`` links the step after that one."""
    with ctx.unit_of_work() as session:
        route = _editable_route(session, route_id)
        last = session.scalar(select(func.max(RouteStep.position)).where(RouteStep.route_id == route_id))
        step = RouteStep(route_id=route_id, position=(last or 0) + 1, member_id=0, action="", within_days=0)
        _set_step(session, route, step, fields)
        session.add(step)
        session.flush()
        if after_step_id is not None:
            _link(session, route, after_step_id, step.id, label)
        return _step_info(session, step)


def update_step(ctx: ServiceContext, step_id: int, fields: StepFields) -> StepInfo:
    with ctx.unit_of_work() as session:
        step = _get(session, RouteStep, step_id, "De stap")
        route = _editable_route(session, step.route_id)
        _set_step(session, route, step, fields)
        session.flush()
        return _step_info(session, step)


def remove_step(ctx: ServiceContext, step_id: int) -> None:
    """Remove a step; the steps before it are linked to the steps after it, so the route holds."""
    with ctx.unit_of_work() as session:
        step = _get(session, RouteStep, step_id, "De stap")
        route = _editable_route(session, step.route_id)
        links = list(session.scalars(select(RouteLink).where(RouteLink.route_id == route.id)))
        before = [link for link in links if link.to_step_id == step_id]
        after = [link for link in links if link.from_step_id == step_id]
        for link in (*before, *after):
            session.delete(link)
        session.flush()
        existing = {(link.from_step_id, link.to_step_id) for link in links}
        for incoming in before:
            for outgoing in after:
                pair = (incoming.from_step_id, outgoing.to_step_id)
                if pair not in existing:
                    session.add(RouteLink(route_id=route.id, from_step_id=pair[0], to_step_id=pair[1],
                                          label=outgoing.label or incoming.label))
                    existing.add(pair)
        session.delete(step)


def move_step(ctx: ServiceContext, step_id: int, offset: int) -> None:
    with ctx.unit_of_work() as session:
        step = _get(session, RouteStep, step_id, "De stap")
        _editable_route(session, step.route_id)
        steps = list(session.scalars(select(RouteStep).where(RouteStep.route_id == step.route_id)
                                     .order_by(RouteStep.position)))
        _move(steps, step, offset)


def link_steps(ctx: ServiceContext, from_step_id: int, to_step_id: int, label: str | None = None) -> LinkInfo:
    with ctx.unit_of_work() as session:
        step = _get(session, RouteStep, from_step_id, "De stap")
        route = _editable_route(session, step.route_id)
        return _link(session, route, from_step_id, to_step_id, label)


def unlink_steps(ctx: ServiceContext, link_id: int) -> None:
    with ctx.unit_of_work() as session:
        link = _get(session, RouteLink, link_id, "De verbinding")
        _editable_route(session, link.route_id)
        session.delete(link)


def _link(session: Session, route: SignallingRoute, from_id: int, to_id: int, label: str | None) -> LinkInfo:
    if from_id == to_id:
        raise ValidationError("Een stap kan niet naar zichzelf leiden.")
    steps = {s.id: s for s in session.scalars(select(RouteStep).where(RouteStep.route_id == route.id))}
    if from_id not in steps or to_id not in steps:
        raise ValidationError("Beide stappen moeten bij deze route horen.")
    pairs = [(link.from_step_id, link.to_step_id)
             for link in session.scalars(select(RouteLink).where(RouteLink.route_id == route.id))]
    if (from_id, to_id) in pairs:
        raise ValidationError("Deze stappen zijn al verbonden.")
    if (cycle := find_cycle([*pairs, (from_id, to_id)])) is not None:
        names = " → ".join(steps[s].action for s in cycle)
        raise ValidationError(f"Deze verbinding maakt een kring: {names}. Een route loopt van de melder naar "
                              "een uitkomst en komt niet terug bij een eerdere stap.")
    link = RouteLink(route_id=route.id, from_step_id=from_id, to_step_id=to_id,
                     label=(label or "").strip() or None)
    session.add(link)
    session.flush()
    return LinkInfo(link.id, link.from_step_id, link.to_step_id, link.label)


def _set_step(session: Session, route: SignallingRoute, step: RouteStep, fields: StepFields) -> None:
    member = _get(session, ChainMember, fields.member_id, "De organisatie in de keten")
    if member.version_id != route.version_id:
        raise ValidationError("Die organisatie hoort niet bij deze versie van de keten.")
    step.member_id = member.id
    step.action = require_text(fields.action, "wat er in deze stap gebeurt")
    step.within_days = check_step_days(fields.within_days)
    check_promise(fields.promise, fields.promise_days)
    step.information = (fields.information or "").strip() or None
    step.person_informed = fields.person_informed
    step.promise = (fields.promise or "").strip() or None
    step.promise_days = fields.promise_days if step.promise else None


# --- reading -------------------------------------------------------------------------------------


def chain_view(ctx: ServiceContext, version_id: int) -> ChainView:
    with ctx.unit_of_work() as session:
        return read_chain(session, version_id)


def read_chain(session: Session, version_id: int) -> ChainView:
    """``chain_view`` in the caller's unit of work: the version, its members and routes in order."""
    version = _get(session, ChainVersion, version_id, "De versie van de keten")
    rows = session.execute(select(ChainMember, Partner).join(Partner, Partner.id == ChainMember.partner_id)
                           .where(ChainMember.version_id == version_id)
                           .order_by(ChainMember.lane, Partner.name, ChainMember.role)).all()
    members = {m.id: _member_info(m, p) for m, p in rows}
    routes = list(session.scalars(select(SignallingRoute).where(SignallingRoute.version_id == version_id)
                                  .order_by(SignallingRoute.position)))
    route_ids = [r.id for r in routes]
    steps = session.scalars(select(RouteStep).where(RouteStep.route_id.in_(route_ids))
                            .order_by(RouteStep.position, RouteStep.id)).all()
    links = session.scalars(select(RouteLink).where(RouteLink.route_id.in_(route_ids))
                            .order_by(RouteLink.id)).all()
    return ChainView(_version_info(version, _municipality_name(session, version)), tuple(members.values()),
                     tuple(_route_info(r, [s for s in steps if s.route_id == r.id],
                                       [link for link in links if link.route_id == r.id], members)
                           for r in routes))


def _read_route(session: Session, route: SignallingRoute) -> RouteInfo:
    session.flush()
    return read_chain(session, route.version_id).route(route.id)


def _route_info(route: SignallingRoute, steps: Sequence[RouteStep], links: Sequence[RouteLink],
                members: dict[int, MemberInfo]) -> RouteInfo:
    return RouteInfo(route.id, route.version_id, route.name, route.worry, route.is_acute, route.position,
                     tuple(_step_from(s, members[s.member_id]) for s in steps),
                     tuple(LinkInfo(link.id, link.from_step_id, link.to_step_id, link.label)
                           for link in links))


def _step_info(session: Session, step: RouteStep) -> StepInfo:
    member = session.get_one(ChainMember, step.member_id)
    return _step_from(step, _member_info(member, session.get_one(Partner, member.partner_id)))


def _step_from(step: RouteStep, member: MemberInfo) -> StepInfo:
    return StepInfo(step.id, step.route_id, step.position, member, step.action, step.within_days,
                    step.information, step.person_informed, step.promise, step.promise_days)


def _member_info(member: ChainMember, partner: Partner) -> MemberInfo:
    return MemberInfo(member.id, member.version_id, partner.id, partner.name, partner.short_name, member.role,
                      member.lane, member.contact_function, member.contact_phone, member.contact_email)


def _version_info(version: ChainVersion, municipality: str) -> VersionInfo:
    return VersionInfo(version.id, version.municipality_id, municipality, version.number,
                       version.in_force_from, version.note, version.adopted_on, version.adopted_by)


# --- helpers -------------------------------------------------------------------------------------


def _get(session: Session, model: type[T], row_id: int, what: str) -> T:
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(f"{what} met nummer {row_id} bestaat niet (meer).")
    return row


def _municipality_name(session: Session, version: ChainVersion) -> str:
    return session.get_one(Municipality, version.municipality_id).name


def _concept(session: Session, version_id: int) -> ChainVersion:
    version = _get(session, ChainVersion, version_id, "De versie van de keten")
    if version.adopted_on is not None:
        raise ValidationError(f"Versie {version.number} is vastgesteld en verandert niet meer: maak een "
                              "nieuwe versie om de keten aan te passen.")
    return version


def _editable_route(session: Session, route_id: int) -> SignallingRoute:
    route = _get(session, SignallingRoute, route_id, "De route")
    _concept(session, route.version_id)
    return route


def _flush_unique(session: Session, message: str) -> None:
    try:
        session.flush()
    except IntegrityError:
        raise ValidationError(message) from None


def _move(rows: list[T], row: T, offset: int) -> None:
    index = rows.index(row)
    target = min(max(index + offset, 0), len(rows) - 1)
    rows.insert(target, rows.pop(index))
    for position, each in enumerate(rows, start=1):
        each.position = position  # type: ignore[attr-defined]

"""The chain in the exchange format (version 3): per municipality its versions with the organisations
in their role, the signalling routes with their steps and links, and per reporter the route its
signal follows and the steps it passed.

Export, the reference and rule checks, and the import live here; ``export.py``, ``consistency.py``
and ``importer.py`` call in. A member is named by its partner's key and its role, a step by its
position in the route, a route by its municipality, version number and name. The checks reuse the
chain's own rules (``domain.chain``), so an import refuses what the chain editor refuses.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.chain import (
    RouteShape,
    check_contact,
    check_promise,
    check_step_days,
    find_cycle,
    route_problems,
)
from casusoverleg_desktop.domain.enums import ChainLane, ChainRole
from casusoverleg_desktop.services.exchange.document import compact, date_text, parse_date
from casusoverleg_desktop.store import chain_models as cm
from casusoverleg_desktop.store import models as m

Doc = dict[str, Any]

CHAIN_TABLES = frozenset({
    "municipality", "chain_version", "chain_member", "signalling_route", "route_step", "route_link",
    "reporter_route", "route_passage",
})
ENTITY_LABELS = {
    "municipality": "gemeenten", "chain_version": "ketenversies", "chain_member": "organisaties in de keten",
    "signalling_route": "signaleringsroutes", "route_step": "routestappen", "route_link": "routeverbindingen",
    "reporter_route": "routes van meldingen", "route_passage": "doorlopen routestappen",
}


# --- Export -----------------------------------------------------------------------------------


def _ordered(session: Session, model: Any, *where: Any, order: tuple[Any, ...] = ()) -> list[Any]:
    return list(session.scalars(select(model).where(*where).order_by(*order, model.id)))


def export_chain(session: Session, partner_keys: dict[int, str]) -> Doc:
    """The top-level ``municipalities``, each with its versions."""
    return {"municipalities": [
        compact(name=municipality.name, versions=[
            _version(session, partner_keys, v) for v in _ordered(
                session, cm.ChainVersion, cm.ChainVersion.municipality_id == municipality.id,
                order=(cm.ChainVersion.number,))])
        for municipality in _ordered(session, cm.Municipality, order=(cm.Municipality.name,))
    ]}


def _version(session: Session, partner_keys: dict[int, str], version: cm.ChainVersion) -> Doc:
    members = {member.id: member for member in _ordered(
        session, cm.ChainMember, cm.ChainMember.version_id == version.id)}
    return compact(
        number=version.number, in_force_from=date_text(version.in_force_from), note=version.note,
        adopted_on=date_text(version.adopted_on), adopted_by=version.adopted_by,
        members=[compact(partner=partner_keys[member.partner_id], role=member.role.value,
                         lane=member.lane.value, contact_function=member.contact_function,
                         contact_phone=member.contact_phone, contact_email=member.contact_email)
                 for member in members.values()],
        routes=[_route(session, partner_keys, members, route) for route in _ordered(
            session, cm.SignallingRoute, cm.SignallingRoute.version_id == version.id,
            order=(cm.SignallingRoute.position,))],
    )


def _route(session: Session, partner_keys: dict[int, str], members: dict[int, cm.ChainMember],
           route: cm.SignallingRoute) -> Doc:
    steps = _ordered(session, cm.RouteStep, cm.RouteStep.route_id == route.id, order=(cm.RouteStep.position,))
    position = {step.id: step.position for step in steps}
    return compact(
        name=route.name, worry=route.worry, is_acute=route.is_acute, position=route.position,
        steps=[compact(position=s.position, partner=partner_keys[members[s.member_id].partner_id],
                       role=members[s.member_id].role.value, action=s.action, within_days=s.within_days,
                       information=s.information, person_informed=s.person_informed, promise=s.promise,
                       promise_days=s.promise_days) for s in steps],
        links=[compact(**{"from": position[link.from_step_id], "to": position[link.to_step_id]},
                       label=link.label)
               for link in _ordered(session, cm.RouteLink, cm.RouteLink.route_id == route.id)],
    )


def export_reporter_chain(session: Session, reporter_id: int) -> Doc:
    """``chain_route`` and ``passages`` of one reporter (nothing when its signal follows no route)."""
    route_id = session.scalar(select(cm.ReporterRoute.route_id)
                              .where(cm.ReporterRoute.reporter_id == reporter_id))
    if route_id is None:
        return {}
    route = session.get_one(cm.SignallingRoute, route_id)
    version = session.get_one(cm.ChainVersion, route.version_id)
    municipality = session.get_one(cm.Municipality, version.municipality_id)
    positions = {step_id: position for step_id, position in session.execute(
        select(cm.RouteStep.id, cm.RouteStep.position).where(cm.RouteStep.route_id == route_id))}
    return compact(
        chain_route={"municipality": municipality.name, "version": version.number, "route": route.name},
        passages=[compact(step=positions[p.step_id], reached_on=date_text(p.reached_on),
                          recorded_by=p.recorded_by, note=p.note)
                  for p in _ordered(session, cm.RoutePassage, cm.RoutePassage.reporter_id == reporter_id,
                                    order=(cm.RoutePassage.reached_on,))],
    )


# --- Checks -----------------------------------------------------------------------------------


@dataclass
class _RouteIndex:
    version: Doc
    steps: set[int] = field(default_factory=set)


def _enumerate(items: list[Doc], path: str) -> list[tuple[str, Doc]]:
    return [(f"{path}[{index}]", item) for index, item in enumerate(items)]


def check_chain(checker: Any) -> None:
    """The municipalities and their versions; indexes the routes for the reporters' checks (run
    after the partners are indexed, before the cases)."""
    checker.chain_routes = {}
    checker.adopted_versions = defaultdict(list)
    person_names = [pro["name"] for partner in checker.document["partners"]
                    for pro in partner.get("professionals", [])]
    names: dict[Any, str] = {}
    for path, municipality in _enumerate(checker.document.get("municipalities", []), "municipalities"):
        name = municipality["name"]
        checker._unique(names, name.strip().casefold(), f"{path}.name", "gemeente")
        numbers: dict[Any, str] = {}
        versions = municipality.get("versions", [])
        newest = max((v["number"] for v in versions), default=0)
        for v_path, version in _enumerate(versions, f"{path}.versions"):
            checker._unique(numbers, version["number"], f"{v_path}.number", "versienummer")
            _check_version(checker, v_path, name, version, person_names, newest)
        adopted = sorted((v for v in versions if "adopted_on" in v), key=lambda v: v["number"])
        for earlier, later in zip(adopted, adopted[1:], strict=False):
            if parse_date(later["in_force_from"]) <= parse_date(earlier["in_force_from"]):
                checker.problem(f"{path}.versions[{versions.index(later)}].in_force_from",
                                f"versie {earlier['number']} geldt al vanaf die datum of later: een latere "
                                "versie gaat later in")
        checker.adopted_versions[name] = adopted


def _check_version(checker: Any, path: str, municipality: str, version: Doc, person_names: list[str],
                   newest: int) -> None:
    adopted = "adopted_on" in version
    if adopted != ("adopted_by" in version):
        checker.problem(f"{path}.adopted_by", "een vastgestelde versie noemt wanneer en door wie")
    if not adopted and version["number"] != newest:
        checker.problem(f"{path}.adopted_on", "alleen de nieuwste versie kan een concept zijn")
    roles: dict[Any, str] = {}
    for m_path, member in _enumerate(version.get("members", []), f"{path}.members"):
        checker.partner(f"{m_path}.partner", member["partner"])
        checker._unique(roles, (member["partner"], member["role"]), f"{m_path}.role", "organisatie in rol")
        checker.rule(f"{m_path}.contact_function", check_contact, member["contact_function"],
                     member.get("contact_phone"), member.get("contact_email"), person_names)
    routes = version.get("routes", [])
    if adopted and not routes:
        checker.problem(f"{path}.routes", "een vastgestelde versie heeft minstens één route")
    names: dict[Any, str] = {}
    positions: dict[Any, str] = {}
    for r_path, route in _enumerate(routes, f"{path}.routes"):
        checker._unique(names, route["name"], f"{r_path}.name", "route")
        checker._unique(positions, route["position"], f"{r_path}.position", "positie")
        index = _RouteIndex(version)
        checker.chain_routes[(municipality, version["number"], route["name"])] = index
        _check_route(checker, r_path, route, index, set(roles), adopted)


def _check_route(checker: Any, path: str, route: Doc, index: _RouteIndex, members: set[Any],
                 adopted: bool) -> None:
    roles: dict[int, ChainRole] = {}
    days: dict[int, int | None] = {}
    promises = []
    positions: dict[Any, str] = {}
    for s_path, step in _enumerate(route.get("steps", []), f"{path}.steps"):
        if not checker._unique(positions, step["position"], f"{s_path}.position", "stap"):
            continue
        index.steps.add(step["position"])
        if (step["partner"], step["role"]) not in members:
            checker.problem(f"{s_path}.role", f"partner '{step['partner']}' staat niet in de rol "
                                              f"'{step['role']}' in deze versie van de keten")
        checker.rule(f"{s_path}.within_days", check_step_days, step["within_days"])
        checker.rule(f"{s_path}.promise", check_promise, step.get("promise"), step.get("promise_days"))
        roles[step["position"]] = ChainRole(step["role"])
        days[step["position"]] = step["within_days"]
        if step.get("promise_days") is not None and (step.get("promise") or "").strip():
            promises.append(step["promise_days"])
    pairs: dict[Any, str] = {}
    links = []
    for l_path, link in _enumerate(route.get("links", []), f"{path}.links"):
        source, target = link["from"], link["to"]
        unknown = [end for end, value in (("from", source), ("to", target)) if value not in index.steps]
        for end in unknown:
            checker.problem(f"{l_path}.{end}", f"de route heeft geen stap {link[end]}")
        if source == target:
            checker.problem(f"{l_path}.to", "een stap kan niet naar zichzelf leiden")
        elif not unknown and checker._unique(pairs, (source, target), f"{l_path}.to", "verbinding"):
            links.append((source, target))
    if (cycle := find_cycle(links)) is not None:
        steps = " → ".join(map(str, cycle))
        checker.problem(f"{path}.links", f"de route loopt in een kring (stappen {steps})")
    if adopted:  # a concept may still be incomplete; links were checked above
        for problem in route_problems(RouteShape(route["name"], route.get("is_acute", False), roles, days,
                                                 promises, [])):
            checker.problem(path, problem)


def check_case_chain(checker: Any, path: str, case: Doc) -> None:
    """Each reporter's route exists, was in force the day the signal came in, and its passages name
    steps of that route, once each, not before the signal."""
    for r_path, reporter in _enumerate(case.get("reporters", []), f"{path}.reporters"):
        ref = reporter.get("chain_route")
        if ref is None:
            if reporter.get("passages"):
                checker.problem(f"{r_path}.passages", "doorlopen stappen horen bij een route (chain_route)")
            continue
        index = checker.chain_routes.get((ref["municipality"], ref["version"], ref["route"]))
        if index is None:
            checker.problem(f"{r_path}.chain_route", f"onbekende route '{ref['route']}' in versie "
                                                     f"{ref['version']} van gemeente '{ref['municipality']}'")
            continue
        reported_on = parse_date(reporter["reported_on"])
        in_force = [v for v in checker.adopted_versions.get(ref["municipality"], [])
                    if parse_date(v["in_force_from"]) <= reported_on]
        if not in_force or in_force[-1] is not index.version:
            checker.problem(f"{r_path}.chain_route", f"route '{ref['route']}' van versie {ref['version']} "
                                                     f"gold niet op {reporter['reported_on']}")
        seen: dict[Any, str] = {}
        for p_path, passage in _enumerate(reporter.get("passages", []), f"{r_path}.passages"):
            if passage["step"] not in index.steps:
                checker.problem(f"{p_path}.step", f"route '{ref['route']}' heeft geen stap {passage['step']}")
            checker._unique(seen, passage["step"], f"{p_path}.step", "stap")
            checker.not_before(f"{p_path}.reached_on", passage["reached_on"], reporter["reported_on"],
                               "de melddatum")


# --- Import -----------------------------------------------------------------------------------


def chain_conflicts(session: Session, document: Doc) -> list[str]:
    """A municipality the vault has already keeps its chain: the document does not add versions to it."""
    names = {name.casefold() for name in session.scalars(select(cm.Municipality.name))}
    return [f"municipalities[{i}].name: gemeente '{municipality['name']}' bestaat al in deze kluis"
            for i, municipality in enumerate(document.get("municipalities", []))
            if municipality["name"].strip().casefold() in names]


def write_chain(writer: Any, document: Doc) -> dict[tuple[str, int, str], tuple[int, dict[int, int]]]:
    """Municipalities, versions, members, routes, steps and links; returns per route (municipality,
    version number, name) its id and its step ids by position."""
    routes: dict[tuple[str, int, str], tuple[int, dict[int, int]]] = {}
    for municipality in document.get("municipalities", []):
        row = writer.add(cm.Municipality(name=municipality["name"]))
        writer.flush()
        for v in municipality.get("versions", []):
            version = writer.add(cm.ChainVersion(
                municipality_id=row.id, number=v["number"], in_force_from=parse_date(v["in_force_from"]),
                note=v.get("note"), adopted_on=parse_date(v.get("adopted_on")),
                adopted_by=v.get("adopted_by")))
            writer.flush()
            members = {}
            for member in v.get("members", []):
                members[(member["partner"], member["role"])] = writer.add(cm.ChainMember(
                    version_id=version.id, partner_id=writer.partner(member["partner"]),
                    role=ChainRole(member["role"]), lane=ChainLane(member["lane"]),
                    contact_function=member["contact_function"], contact_phone=member.get("contact_phone"),
                    contact_email=member.get("contact_email")))
            writer.flush()
            for r in v.get("routes", []):
                route = writer.add(cm.SignallingRoute(
                    version_id=version.id, name=r["name"], worry=r.get("worry"),
                    is_acute=r.get("is_acute", False), position=r["position"]))
                writer.flush()
                steps = {}
                for s in r.get("steps", []):
                    steps[s["position"]] = writer.add(cm.RouteStep(
                        route_id=route.id, member_id=members[(s["partner"], s["role"])].id,
                        position=s["position"], action=s["action"], within_days=s["within_days"],
                        information=s.get("information"), person_informed=s.get("person_informed", False),
                        promise=s.get("promise"), promise_days=s.get("promise_days")))
                writer.flush()
                for link in r.get("links", []):
                    writer.add(cm.RouteLink(route_id=route.id, from_step_id=steps[link["from"]].id,
                                            to_step_id=steps[link["to"]].id, label=link.get("label")))
                routes[(municipality["name"], v["number"], r["name"])] = (
                    route.id, {position: step.id for position, step in steps.items()})
    writer.flush()
    return routes


def write_reporter_chains(writer: Any, document: Doc,
                          routes: dict[tuple[str, int, str], tuple[int, dict[int, int]]]) -> None:
    """The route and passages of every reporter (the reporters are written, in document order)."""
    for case in document["cases"]:
        reporter_ids = list(writer.session.scalars(select(m.Reporter.id).where(
            m.Reporter.case_id == writer.case(case["code"])).order_by(m.Reporter.id)))
        for reporter_id, reporter in zip(reporter_ids, case.get("reporters", []), strict=True):
            if (ref := reporter.get("chain_route")) is None:
                continue
            route_id, steps = routes[(ref["municipality"], ref["version"], ref["route"])]
            writer.add(cm.ReporterRoute(reporter_id=reporter_id, route_id=route_id))
            for passage in reporter.get("passages", []):
                writer.add(cm.RoutePassage(reporter_id=reporter_id, step_id=steps[passage["step"]],
                                           reached_on=parse_date(passage["reached_on"]),
                                           recorded_by=passage["recorded_by"], note=passage.get("note")))
    writer.flush()

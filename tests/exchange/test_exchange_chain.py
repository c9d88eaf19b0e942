"""Version 3 of the exchange format: the chain (municipalities, versions, organisations in their role,
routes with steps and links) and each reporter's route and passages go along; a document that breaks
the chain's rules is refused per path, and version 1 and 2 documents still import."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest
from cli_process import cli
from jsonschema import Draft202012Validator
from sqlalchemy import select
from vault_admin_kit import new_vault

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import LegalBasis, PartnerDomain, PartnerTier
from casusoverleg_desktop.errors import ImportRejected
from casusoverleg_desktop.services import cases, chain, partners, signal_routes
from casusoverleg_desktop.services.access import VaultAccess, VaultSession
from casusoverleg_desktop.services.audit import verify_chain
from casusoverleg_desktop.services.chain import ChainView
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.exchange import FORMAT_VERSION, export_vault, import_document, load_schema
from casusoverleg_desktop.services.exchange.chain_exchange import CHAIN_TABLES
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store import chain_models as cm
from tests.chain_kit import build_chain

Doc = dict[str, Any]
CAME_IN = dt.date(2026, 3, 6)


def _fill(ctx: ServiceContext) -> None:
    """The kit's chain, adopted, and a concept version 2; a case with a reporter that passed three steps
    and one without a route."""
    kit = build_chain(ctx, adopt=True)
    chain.new_version(ctx, kit.municipality_id, dt.date(2026, 6, 1), note="Jongerenwerk erbij")
    case = cases.create_case(ctx, "WN-2026-001", LegalBasis.PGA, CAME_IN, purpose="PGA")
    school = next(p for p in partners.list_partners(ctx) if p.name == "Ludgercollege")
    reporter = cases.add_reporter(ctx, case.id, CAME_IN, partner_id=school.id, chain_route_id=kit.worry_route)
    signal_routes.advance(ctx, reporter.id, kit.steps["weigh"], dt.date(2026, 3, 27))
    signal_routes.advance(ctx, reporter.id, kit.steps["meet"], dt.date(2026, 4, 2), "ICO 2 april")
    cases.add_reporter(ctx, case.id, CAME_IN, person="Buurtbewoner")


def _shape(view: ChainView) -> Doc:
    """The chain without database ids (steps and links named by position)."""
    version = view.version
    routes = []
    for route in view.routes:
        position = {s.id: s.position for s in route.steps}
        routes.append((route.name, route.worry, route.is_acute, route.position,
                       [(s.position, s.member.organisation, s.member.role, s.action, s.within_days,
                         s.information, s.person_informed, s.promise, s.promise_days) for s in route.steps],
                       sorted((position[link.from_step_id], position[link.to_step_id], link.label)
                              for link in route.links)))
    return {"version": (version.municipality, version.number, version.in_force_from, version.note,
                        version.adopted_on, version.adopted_by),
            "members": [(m.organisation, m.role, m.lane, m.contact) for m in view.members], "routes": routes}


def _chain_shapes(ctx: ServiceContext) -> list[Doc]:
    return [_shape(chain.chain_view(ctx, v.id)) for municipality in chain.list_municipalities(ctx)
            for v in chain.list_versions(ctx, municipality.id)]


def _passages(ctx: ServiceContext) -> list[tuple[str, list[tuple[str, dt.date, str | None]]]]:
    found = []
    for info in cases.list_cases(ctx):
        for reporter in cases.open_case(ctx, info.id).reporters:
            route = signal_routes.signal_route(ctx, reporter.id)
            if route is not None:
                steps = [(p.step.action, p.reached_on, p.note) for p in route.passages]
                found.append((route.route.name, steps))
    return found


def _without_moment(document: Doc) -> Doc:
    return {name: value for name, value in document.items() if name != "exported_at"}


def test_the_chain_and_the_reporters_routes_survive_export_and_import(ctx, empty_ctx):
    _fill(ctx)
    first = export_vault(ctx)
    assert first["version"] == FORMAT_VERSION == 3
    assert list(Draft202012Validator(load_schema()).iter_errors(first)) == []
    summary = import_document(empty_ctx, json.dumps(first).encode("utf-8"))
    assert all(summary.counts[table] for table in CHAIN_TABLES), summary.counts
    assert "signaleringsroutes" in summary.describe()
    assert _chain_shapes(empty_ctx) == _chain_shapes(ctx)
    assert len(_chain_shapes(ctx)) == 2
    assert _passages(empty_ctx) == _passages(ctx) == [("Zorgen over radicalisering", [
        ("Meldpunt neemt de melding aan", CAME_IN, None),
        ("Weegploeg weegt de melding", dt.date(2026, 3, 27), None),
        ("Bespreking in het casusoverleg", dt.date(2026, 4, 2), "ICO 2 april")])]
    assert _without_moment(export_vault(empty_ctx)) == _without_moment(first)
    with empty_ctx.unit_of_work() as session:
        assert verify_chain(session) is None

    reporter = first["cases"][0]["reporters"][0]
    assert reporter["chain_route"] == {"municipality": "Wadmeer-Noord", "version": 1,
                                       "route": "Zorgen over radicalisering"}
    assert [p["step"] for p in reporter["passages"]] == [1, 2, 3]
    assert "chain_route" not in first["cases"][0]["reporters"][1]
    versions = first["municipalities"][0]["versions"]
    assert [("adopted_on" in v, v["number"]) for v in versions] == [(True, 1), (False, 2)]
    worry = versions[0]["routes"][0]
    assert worry["links"][1] == {"from": 2, "to": 3, "label": "bij zorgen"}
    assert worry["steps"][0]["role"] == "meldpunt" and worry["steps"][0]["promise_days"] == 5


def test_a_version_2_document_still_imports_and_cannot_carry_the_chain(ctx, empty_ctx, refusing):
    partners.create_partner(ctx, "Ludgercollege", PartnerDomain.ONDERWIJS, PartnerTier.EXTERNE_CASUSPARTNER)
    older = export_vault(ctx)
    older["version"] = 2
    with_chain = copy.deepcopy(older)
    del older["municipalities"]
    assert import_document(empty_ctx, older).counts["partner"] == 1
    refusing_ctx, snapshot = refusing
    before = snapshot()
    with pytest.raises(ImportRejected) as refusal:
        import_document(refusing_ctx, with_chain)
    assert refusal.value.problems == ["municipalities: onbekend veld"]
    assert snapshot() == before


def _worry(document: Doc) -> Doc:
    route: Doc = document["municipalities"][0]["versions"][0]["routes"][0]
    return route


def _cycle(document: Doc) -> None:
    _worry(document)["links"].append({"from": 3, "to": 1})


def _personal_mailbox(document: Doc) -> None:
    document["municipalities"][0]["versions"][0]["members"][0]["contact_email"] = "w.deboer@ludger.nl"


def _no_time_limit(document: Doc) -> None:
    del _worry(document)["steps"][1]["within_days"]


def _too_long(document: Doc) -> None:
    _worry(document)["steps"][1]["within_days"] = 61


def _promise_without_days(document: Doc) -> None:
    del _worry(document)["steps"][0]["promise_days"]


def _no_contact_point(document: Doc) -> None:
    _worry(document)["steps"][0].update(partner="ludgercollege", role="voorveld")


def _step_of_no_member(document: Doc) -> None:
    _worry(document)["steps"][1]["role"] = "acuut"


def _unknown_partner(document: Doc) -> None:
    document["municipalities"][0]["versions"][0]["members"][0]["partner"] = "onbekend"


def _unknown_route(document: Doc) -> None:
    document["cases"][0]["reporters"][0]["chain_route"]["route"] = "Zorgen over pesten"


def _unknown_step(document: Doc) -> None:
    document["cases"][0]["reporters"][0]["passages"][1]["step"] = 9


def _not_yet_in_force(document: Doc) -> None:
    document["cases"][0]["reporters"][0]["reported_on"] = "2025-12-31"
    document["cases"][0]["reporters"][0]["respond_by"] = "2026-01-08"


def _two_concepts(document: Doc) -> None:
    versions = document["municipalities"][0]["versions"]
    del versions[0]["adopted_on"], versions[0]["adopted_by"]


WORRY = "municipalities[0].versions[0].routes[0]"
REPORTER = "cases[0].reporters[0]"
REFUSALS: dict[str, tuple[Callable[[Doc], None], str]] = {
    "a cycle": (_cycle, f"{WORRY}.links: de route loopt in een kring (stappen 1 → 2 → 3 → 1)"),
    "a private mailbox as contact": (
        _personal_mailbox, "municipalities[0].versions[0].members[0].contact_function: Contactgegevens horen "
                           "van de organisatie te zijn, niet van een persoon: het e-mailadres"),
    "a step without time limit": (_no_time_limit, f"{WORRY}.steps[1].within_days: verplicht veld ontbreekt"),
    "a time limit beyond 60 working days": (_too_long, f"{WORRY}.steps[1].within_days: 61 is groter dan 60"),
    "a promise without its days": (
        _promise_without_days, f"{WORRY}.steps[0].promise: Geef aan binnen hoeveel werkdagen na de melding"),
    "an adopted route without contact point": (
        _no_contact_point, f"{WORRY}: Route 'Zorgen over radicalisering' heeft geen contactpunt"),
    "a step of an organisation not in that role": (
        _step_of_no_member,
        f"{WORRY}.steps[1].role: partner 'zorg-en-veiligheidshuis-wadmeer' staat niet in de rol 'acuut'"),
    "an unknown partner": (
        _unknown_partner, "municipalities[0].versions[0].members[0].partner: onbekende partner"),
    "an unknown route": (_unknown_route, f"{REPORTER}.chain_route: onbekende route 'Zorgen over pesten'"),
    "an unknown step": (
        _unknown_step, f"{REPORTER}.passages[1].step: route 'Zorgen over radicalisering' heeft geen stap 9"),
    "a route not yet in force": (_not_yet_in_force, f"{REPORTER}.chain_route: route 'Zorgen over "
                                                    "radicalisering' van versie 1 gold niet op 2025-12-31"),
    "two concepts": (_two_concepts, "municipalities[0].versions[0].adopted_on: alleen de nieuwste versie"),
}


@pytest.fixture
def chain_document(ctx: ServiceContext) -> Doc:
    _fill(ctx)
    return export_vault(ctx)


@pytest.mark.parametrize("name", REFUSALS)
def test_a_chain_that_breaks_the_rules_is_refused_and_nothing_is_written(name, chain_document, refusing):
    spoil, expected = REFUSALS[name]
    spoil(chain_document)
    refusing_ctx, snapshot = refusing
    before = snapshot()
    with pytest.raises(ImportRejected) as refusal:
        import_document(refusing_ctx, chain_document)
    assert "er is niets opgeslagen" in refusal.value.message
    assert any(problem.startswith(expected) for problem in refusal.value.problems), refusal.value.problems
    assert snapshot() == before


def test_a_municipality_the_vault_has_already_is_refused(ctx, chain_document):
    with ctx.unit_of_work() as session:
        rows = len(session.scalars(select(cm.RouteStep)).all())
    with pytest.raises(ImportRejected) as refusal:
        import_document(ctx, chain_document)
    problem = "municipalities[0].name: gemeente 'Wadmeer-Noord' bestaat al in deze kluis"
    assert problem in refusal.value.problems
    with ctx.unit_of_work() as session:
        assert len(session.scalars(select(cm.RouteStep)).all()) == rows


def test_a_coordinator_moves_the_chain_to_a_new_vault_on_the_command_line(tmp_path):
    """From a fresh vault: the chain drawn up through the services, `export-json`, and `import` into a
    second fresh vault; a second import of the same file is refused and changes nothing."""
    passphrase = "een kluis voor de keten"
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(passphrase + "\n", encoding="utf-8")
    source, _code = new_vault(tmp_path / "bron", "voorzitter", Role.CHAIR, passphrase)
    _fill(VaultSession(source).context())
    expected = _chain_shapes(VaultSession(source).context())
    source.close()
    target, _code = new_vault(tmp_path / "doel", "voorzitter", Role.CHAIR, passphrase)
    target.close()
    export = tmp_path / "keten.json"

    done = cli("export-json", "--vault", tmp_path / "bron", "--passphrase-file", secret, "--out", export)
    assert done.returncode == 0, done.stderr
    done = cli("import", "--vault", tmp_path / "doel", "--passphrase-file", secret, export)
    assert done.returncode == 0, done.stderr
    assert "gemeenten" in done.stdout + done.stderr and "signaleringsroutes" in done.stdout + done.stderr
    again = cli("import", "--vault", tmp_path / "doel", "--passphrase-file", secret, export)
    assert again.returncode == 2 and "gemeente 'Wadmeer-Noord' bestaat al" in again.stderr
    assert "Traceback" not in again.stderr

    opened = VaultAccess(tmp_path / "doel", Settings(), None).unlock("voorzitter", passphrase)
    try:
        assert _chain_shapes(opened.context()) == expected
    finally:
        opened.close()

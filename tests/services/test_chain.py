"""The chain as data: municipalities, versions, organisations in their role, routes, and the model
rules that refuse a chain nobody could follow."""

import datetime as dt

import pytest
from sqlalchemy import select

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.chain import find_cycle, looks_personal_mailbox
from casusoverleg_desktop.domain.enums import ChainLane, ChainRole, PartnerDomain, PartnerTier
from casusoverleg_desktop.errors import NotPermitted, ValidationError
from casusoverleg_desktop.services import chain, partners
from casusoverleg_desktop.services.chain import StepFields
from casusoverleg_desktop.store.models import AuditEntry
from tests.chain_kit import build_chain
from tests.other_users import PASSPHRASES, as_user
from tests.vault_admin_kit import admin_of


def test_a_chain_is_entered_and_read_back_in_order(ctx):
    kit = build_chain(ctx)
    view = chain.chain_view(ctx, kit.version_id)
    assert view.version.municipality == "Wadmeer-Noord" and not view.version.is_adopted
    assert [r.name for r in view.routes] == ["Zorgen over radicalisering", "Acute dreiging"]
    worry = view.route(kit.worry_route)
    assert [s.action for s in worry.entry_steps] == ["Meldpunt neemt de melding aan"]
    assert worry.first_promise_days == 5
    assert {s.action for s in worry.next_steps(kit.steps["weigh"])} == {
        "Bespreking in het casusoverleg", "Reguliere zorg"}
    labels = {link.label for link in worry.links}
    assert labels == {None, "bij zorgen", "geen zorgen over radicalisering"}
    school = next(m for m in view.members if m.role is ChainRole.VOORVELD)
    assert school.lane is ChainLane.VOORVELD  # a school (onderwijs) stands in the front line
    assert view.problems == []


def test_the_chair_adopts_and_then_the_version_is_frozen(ctx):
    kit = build_chain(ctx, adopt=True)
    view = chain.chain_view(ctx, kit.version_id)
    assert view.version.is_adopted and view.version.adopted_by == ctx.actor
    with pytest.raises(ValidationError, match="vastgesteld en verandert niet meer"):
        chain.add_route(ctx, kit.version_id, "Huiselijk geweld")
    with pytest.raises(ValidationError, match="vastgesteld"):
        chain.update_step(ctx, kit.steps["receive"], StepFields(kit.members["meldpunt"], "Anders", 2))


def test_a_new_version_copies_the_newest_and_the_old_one_stays(ctx):
    kit = build_chain(ctx, adopt=True)
    second = chain.new_version(ctx, kit.municipality_id, dt.date(2026, 7, 1))
    assert second.number == 2 and not second.is_adopted
    copy = chain.chain_view(ctx, second.id)
    first = chain.chain_view(ctx, kit.version_id)
    assert [r.name for r in copy.routes] == [r.name for r in first.routes]
    assert [len(r.steps) for r in copy.routes] == [len(r.steps) for r in first.routes]
    copied_steps = {s.id for r in copy.routes for s in r.steps}
    assert copied_steps.isdisjoint({s.id for r in first.routes for s in r.steps})
    chain.add_route(ctx, second.id, "Huiselijk geweld")
    assert len(chain.chain_view(ctx, kit.version_id).routes) == 2
    with pytest.raises(ValidationError, match="nog een concept"):
        chain.new_version(ctx, kit.municipality_id, dt.date(2026, 9, 1))


def test_the_version_in_force_follows_the_date_a_signal_came_in(ctx):
    kit = build_chain(ctx, adopt=True)
    second = chain.new_version(ctx, kit.municipality_id, dt.date(2026, 7, 1))
    chain.adopt_version(ctx, second.id)
    with ctx.unit_of_work() as session:
        assert chain.version_in_force(session, kit.municipality_id, dt.date(2025, 12, 31)) is None
        assert chain.version_in_force(session, kit.municipality_id, dt.date(2026, 6, 30)) == kit.version_id
        assert chain.version_in_force(session, kit.municipality_id, dt.date(2026, 7, 1)) == second.id


def test_a_later_version_cannot_start_before_an_adopted_one(ctx):
    kit = build_chain(ctx, adopt=True)
    second = chain.new_version(ctx, kit.municipality_id, dt.date(2025, 6, 1))
    with pytest.raises(ValidationError, match="geldt al vanaf die datum of later"):
        chain.adopt_version(ctx, second.id)


def test_a_route_without_a_contact_point_is_not_adopted(ctx):
    kit = build_chain(ctx)
    route = chain.add_route(ctx, kit.version_id, "Zorgen over een minderjarige")
    chain.add_step(ctx, route.id, StepFields(kit.members["weging"], "Weging", 5,
                                             promise="Ontvangst", promise_days=5))
    with pytest.raises(ValidationError, match="geen contactpunt"):
        chain.adopt_version(ctx, kit.version_id)


def test_a_route_without_a_feedback_promise_or_steps_is_not_adopted(ctx):
    kit = build_chain(ctx)
    empty = chain.add_route(ctx, kit.version_id, "Leeg")
    silent = chain.add_route(ctx, kit.version_id, "Stil")
    chain.add_step(ctx, silent.id, StepFields(kit.members["meldpunt"], "Aannemen", 1))
    with pytest.raises(ValidationError) as refused:
        chain.adopt_version(ctx, kit.version_id)
    assert "'Leeg' heeft nog geen stappen" in str(refused.value)
    assert "'Stil' belooft de melder geen terugkoppeling" in str(refused.value)
    chain.remove_route(ctx, empty.id)
    chain.remove_route(ctx, silent.id)
    chain.adopt_version(ctx, kit.version_id)


@pytest.mark.parametrize("days", [None, -1, 61])
def test_a_step_without_a_valid_time_limit_is_refused(ctx, days):
    kit = build_chain(ctx)
    with pytest.raises(ValidationError, match="werkdagen"):
        chain.add_step(ctx, kit.worry_route, StepFields(kit.members["ggz"], "Nazorg", days))


@pytest.mark.parametrize(("promise", "days", "message"), [
    ("Ontvangst", None, "binnen hoeveel werkdagen"), (None, 5, "wat de melder te horen krijgt")])
def test_half_a_promise_is_refused(ctx, promise, days, message):
    kit = build_chain(ctx)
    with pytest.raises(ValidationError, match=message):
        chain.add_step(ctx, kit.worry_route, StepFields(kit.members["ggz"], "Nazorg", 3, promise=promise,
                                                         promise_days=days))


def test_a_cycle_in_a_route_is_refused_and_nothing_is_stored(ctx):
    kit = build_chain(ctx)
    loop = "kring: Meldpunt neemt de melding aan → Weegploeg weegt de melding → Bespreking"
    with pytest.raises(ValidationError, match=loop):
        chain.link_steps(ctx, kit.steps["meet"], kit.steps["receive"])
    with pytest.raises(ValidationError, match="naar zichzelf"):
        chain.link_steps(ctx, kit.steps["meet"], kit.steps["meet"])
    with pytest.raises(ValidationError, match="bij deze route"):
        chain.link_steps(ctx, kit.steps["meet"], kit.steps["call"])
    assert len(chain.chain_view(ctx, kit.version_id).route(kit.worry_route).links) == 3


def test_find_cycle_names_the_loop():
    assert find_cycle([(1, 2), (2, 3)]) is None
    assert find_cycle([(1, 2), (2, 3), (3, 1)]) == [1, 2, 3, 1]
    assert find_cycle([(1, 2), (4, 5), (5, 4)]) == [4, 5, 4]


@pytest.mark.parametrize(("function", "phone", "email", "message"), [
    ("Meldpunt", None, "j.devries@wadmeer.nl", "lijkt persoonlijk"),
    ("Meldpunt", None, "jan.de.vries@wadmeer.nl", "lijkt persoonlijk"),
    ("Dhr. De Vries", "0519-123456", None, "lijkt persoonlijk"),
    ("J. de Vries", "0519-123456", None, "lijkt persoonlijk"),
    ("Mentor Fatima el Amrani", "0519-123456", None, "lijkt persoonlijk"),
    ("Meldpunt", None, None, "telefoonnummer of een gedeelde mailbox"),
    ("", "0519-123456", None, "functie of het team"),
    ("Meldpunt", "bel maar", None, "geen telefoonnummer"),
    ("Meldpunt", None, "meldpunt-at-wadmeer", "geen e-mailadres"),
])
def test_a_private_persons_details_as_contact_are_refused(ctx, function, phone, email, message):
    partner = partners.create_partner(ctx, "Stadscollege", PartnerDomain.ONDERWIJS,
                                      PartnerTier.EXTERNE_CASUSPARTNER)
    partners.add_professional(ctx, partner.id, "Fatima el Amrani", function="mentor")
    kit = build_chain(ctx)
    with pytest.raises(ValidationError, match=message):
        chain.add_member(ctx, kit.version_id, partner.id, ChainRole.VOORVELD, contact_function=function,
                         contact_phone=phone, contact_email=email)
    assert len(chain.chain_view(ctx, kit.version_id).members) == 6


@pytest.mark.parametrize(("address", "personal"), [
    ("meldpunt@wadmeer.nl", False), ("meldpunt.radicalisering@wadmeer.nl", False),
    ("zorg-en-veiligheid@zvh.nl", False), ("info@school.nl", False), ("weegploeg@zvh.nl", False),
    ("p.jansen@wadmeer.nl", True), ("piet_jansen@school.nl", True), ("j.postma@school.nl", True)])
def test_personal_mailboxes_are_told_from_shared_ones(address, personal):
    assert looks_personal_mailbox(address) is personal


def test_only_the_chair_adopts(ctx, vault):
    kit = build_chain(ctx)
    admin_of(vault).add_user("notulist", Role.SECRETARY, PASSPHRASES["notulist"],
                             display_name="K. Brinkhorst")
    secretary = as_user(ctx, "notulist")
    with pytest.raises(NotPermitted):
        chain.adopt_version(secretary, kit.version_id)


def test_removing_a_step_keeps_the_route_connected(ctx):
    kit = build_chain(ctx)
    chain.remove_step(ctx, kit.steps["weigh"])
    route = chain.chain_view(ctx, kit.version_id).route(kit.worry_route)
    assert {(link.from_step_id, link.to_step_id, link.label) for link in route.links} == {
        (kit.steps["receive"], kit.steps["meet"], "bij zorgen"),
        (kit.steps["receive"], kit.steps["care"], "geen zorgen over radicalisering")}


def test_an_organisation_with_steps_is_not_removed(ctx):
    kit = build_chain(ctx)
    with pytest.raises(ValidationError, match="nog 2 stap"):
        chain.remove_member(ctx, kit.members["meldpunt"])


def test_changes_to_the_chain_are_in_the_audit_trail(ctx):
    kit = build_chain(ctx)
    chain.update_route(ctx, kit.worry_route, name="Zorgen over radicalisering of extremisme", worry=None,
                       is_acute=False)
    with ctx.unit_of_work() as session:
        tables = set(session.scalars(select(AuditEntry.entity_type)))
    assert {"municipality", "chain_version", "chain_member", "signalling_route", "route_step",
            "route_link"} <= tables


def test_duplicate_names_are_refused(ctx):
    kit = build_chain(ctx)
    with pytest.raises(ValidationError, match="staat er al"):
        chain.create_municipality(ctx, "wadmeer-noord")
    with pytest.raises(ValidationError, match="al een route"):
        chain.add_route(ctx, kit.version_id, "Acute dreiging")

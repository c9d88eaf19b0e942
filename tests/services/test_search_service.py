"""Search over case content on real vaults: the index follows every change by itself."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from casusoverleg_desktop.domain.enums import (
    ActionStatus,
    BobPhase,
    CaseNoteKind,
    MeetingType,
    Relation,
    StatementType,
    SubjectRole,
)
from casusoverleg_desktop.services import (
    actions,
    cases,
    contributions,
    decisions,
    meetings,
    partners,
    signals,
)
from casusoverleg_desktop.services import search as search_service
from casusoverleg_desktop.services.audit import verify_chain
from casusoverleg_desktop.store import models as m

MEETING_DAY = dt.date(2025, 2, 26)


@pytest.fixture
def meeting(ctx, admitted_case, region):
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, MEETING_DAY)
    item = meetings.add_case_item(ctx, meeting.id, admitted_case.id, slot_minutes=30,
                                  invited_partner_ids=[region.school.id, region.politie.id])
    return meeting, item


def _where(results):
    return [r.where for r in results]


def test_a_signal_is_found_without_diacritics_and_by_prefix(ctx, admitted_case, region):
    signal = signals.record_signal(
        ctx, admitted_case.id, "Was op de reünie van de gamegroep in Zeist, volgens moeder.",
        StatementType.FEIT, partner_id=region.school.id, observed_on=dt.date(2025, 2, 1))

    for query in ("reunie", "reünie", "REUNIE", "reün", "gamegr", "reunie zeist"):
        [result] = search_service.search(ctx, query)
        assert (result.case_id, result.case_code) == (admitted_case.id, "LV-2025-014")
        assert (result.entity_type, result.entity_id) == ("signal", signal.id)
        assert result.where == "Signaal S1"
    [result] = search_service.search(ctx, "reunie")
    assert "[reünie]" in result.snippet
    assert [p.text for p in result.snippet_parts if p.is_hit] == ["reünie"]
    assert result.marked("<b>", "</b>").count("<b>reünie</b>") == 1
    assert search_service.search(ctx, "reunies") == []  # prefix only on what was typed


def test_every_kind_of_content_says_where_it_lies(ctx, admitted_case, region, meeting):
    meeting, item = meeting
    signals.record_signal(ctx, admitted_case.id, "Geen wapens bekend bij de wijkagent.",
                          StatementType.FEIT, partner_id=region.politie.id, is_contra=True)
    contributions.add_contribution(ctx, item.id, region.politie.id,
                                   "Wijkagent kent het gezin niet; geen wapens.",
                                   bob_phase=BobPhase.BEELDVORMING,
                                   statement_type=StatementType.FEIT)
    decisions.record_decision(ctx, meeting.id, "Wijkagent legt een kennismakingsbezoek af.",
                              agenda_item_id=item.id)
    actions.create_action(ctx, meeting.id, "Melden aan de procesregisseur.", region.politie.id,
                          agenda_item_id=item.id, condition="Bij aanwijzing wapenbezit")
    cases.add_case_note(ctx, admitted_case.id, CaseNoteKind.BASISVOORWAARDE,
                        "Schuld bij de woningcorporatie, wapens niet aan de orde.", label="schulden")

    assert sorted(_where(search_service.search(ctx, "wapens"))) == [
        "Basisvoorwaarde: schulden", "Contrasignaal C1", "Inbreng Politie Lindeveld — 26-02-2025"]
    assert _where(search_service.search(ctx, "kennismakingsbezoek")) == ["Besluit B1 — 26-02-2025"]
    [action] = search_service.search(ctx, "wapenbezit")
    assert (action.where, action.field, action.case_code) == (
        "Actiepunt A1 — 26-02-2025", "condition", "LV-2025-014")
    assert _where(search_service.search(ctx, "meerdere feitelijke")) == ["Weging 12-02-2025"]


def test_pseudonyms_are_found_but_names_of_people_are_not_indexed(ctx, admitted_case, region):
    cases.add_subject(ctx, admitted_case.id, "Monique V.", SubjectRole.GERELATEERD,
                      relation=Relation.MOEDER, note="Werkt bij de bakkerij Hofstede")
    cases.add_reporter(ctx, admitted_case.id, dt.date(2025, 2, 10), partner_id=region.school.id,
                       professional_id=region.zorgcoordinator.id, person="J. Hekman")

    assert _where(search_service.search(ctx, "monique")) == ["Gerelateerde (moeder)"]
    assert search_service.search(ctx, "Hekman") == []
    assert search_service.search(ctx, "Hofstede") == []


def test_changes_and_partner_renames_show_at_once(ctx, admitted_case, region, meeting):
    meeting, item = meeting
    action = actions.create_action(ctx, meeting.id, "Gesprek met moeder.", region.school.id,
                                   agenda_item_id=item.id, due_date=dt.date(2025, 3, 5))
    assert search_service.search(ctx, "huisbezoek") == []
    actions.set_action_status(ctx, action.id, ActionStatus.VERVALLEN,
                              note="Vervangen door een huisbezoek", on=dt.date(2025, 3, 1))
    [hit] = search_service.search(ctx, "huisbezoek")
    assert (hit.entity_id, hit.field) == (action.id, "status_note")

    contributions.add_contribution(ctx, item.id, region.school.id, "Mentor ziet verbetering.",
                                   bob_phase=BobPhase.BEELDVORMING,
                                   statement_type=StatementType.MENING)
    partners.update_partner(ctx, region.school.id, short_name="Het College")
    assert _where(search_service.search(ctx, "verbetering")) == [
        "Inbreng Het College — 26-02-2025"]


def test_deleting_a_case_or_meeting_takes_its_content_out(ctx, admitted_case, region, meeting):
    meeting, item = meeting
    decisions.record_decision(ctx, meeting.id, "Algemeen besluit over de werkwijze.")
    signals.record_signal(ctx, admitted_case.id, "Spijbelt op vrijdag.", StatementType.FEIT,
                          partner_id=region.school.id)
    contributions.add_contribution(ctx, item.id, region.school.id, "Spijbelt minder.",
                                   bob_phase=BobPhase.BEELDVORMING,
                                   statement_type=StatementType.FEIT)
    assert len(search_service.search(ctx, "spijbelt")) == 2

    with ctx.unit_of_work() as session:
        session.delete(session.get(m.Meeting, meeting.id))
    assert _where(search_service.search(ctx, "spijbelt")) == ["Signaal S1"]
    assert search_service.search(ctx, "werkwijze") == []

    with ctx.unit_of_work() as session:
        session.delete(session.get(m.Case, admitted_case.id))
    assert search_service.search(ctx, "spijbelt") == []
    assert search_service.search(ctx, "meerdere") == []


def test_search_within_one_case(ctx, admitted_case, region):
    other = cases.create_case(ctx, "LV-2025-099", admitted_case.legal_basis, dt.date(2025, 2, 1))
    for case_id in (admitted_case.id, other.id):
        signals.record_signal(ctx, case_id, "Zit nachts op Discord.", StatementType.FEIT,
                              partner_id=region.school.id)
    assert len(search_service.search(ctx, "discord")) == 2
    [hit] = search_service.search(ctx, "discord", case_id=other.id)
    assert hit.case_code == "LV-2025-099"


@pytest.mark.parametrize("query", [
    "", "   ", "*", '"', "'; DROP TABLE search_index; --", "NEAR(a b)", "AND OR NOT",
    "disc*ord", "a\x00b", "^discord", "discord:", "(((", "x" * 5000, " ".join(["w"] * 500),
    "\x02\x03", "😀 discord",
])
def test_hostile_input_is_safe(ctx, admitted_case, region, query):
    signals.record_signal(ctx, admitted_case.id, "Zit nachts op Discord.", StatementType.FEIT,
                          partner_id=region.school.id)
    results = search_service.search(ctx, query)
    assert isinstance(results, list)
    assert search_service.search(ctx, "discord")  # the index survived


def test_rebuild_gives_the_same_results_and_leaves_the_audit_trail_alone(ctx, admitted_case, region):
    signals.record_signal(ctx, admitted_case.id, "Stelt vragen over de reünie.", StatementType.FEIT,
                          partner_id=region.school.id)
    before = search_service.search(ctx, "reunie")
    with ctx.unit_of_work() as session:
        audit_count = session.scalar(select(func.count()).select_from(m.AuditEntry))
    assert search_service.rebuild_index(ctx) >= 2  # the signal, the weging, …
    assert search_service.search(ctx, "reunie") == before
    with ctx.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(m.AuditEntry)) == audit_count
        assert verify_chain(session) is None


def test_searching_is_not_recorded_in_the_audit_trail(ctx, admitted_case, region):
    signals.record_signal(ctx, admitted_case.id, "Zit nachts op Discord.", StatementType.FEIT,
                          partner_id=region.school.id)
    with ctx.unit_of_work() as session:
        count = session.scalar(select(func.count()).select_from(m.AuditEntry))
    search_service.search(ctx, "discord")
    with ctx.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(m.AuditEntry)) == count

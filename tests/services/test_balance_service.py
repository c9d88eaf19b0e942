"""The balance sheet on a real vault: versions, pre-filling, the rules, the audit trail and search."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from balance_scenarios import (
    PROPORTIONALITY_014,
    PROPORTIONALITY_021,
    RATIONALE_014,
    RATIONALE_021_V1,
    build_014,
    build_021,
)
from sqlalchemy import func, inspect, select

from casusoverleg_desktop.domain.balance import (
    BalanceDomain,
    BalanceSide,
    MeasureKind,
    MeasureStatus,
    Priority,
)
from casusoverleg_desktop.domain.enums import DataCategory, StatementType
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services import balance
from casusoverleg_desktop.services.audit import verify_chain
from casusoverleg_desktop.store import balance_models as bm
from casusoverleg_desktop.store.models import AuditEntry

V, Z, G = BalanceSide.VEILIGHEID, BalanceSide.ZORG_ONTWIKKELING, BalanceSide.WAT_GAAT_GOED


def test_lv_2025_021_version_one_keeps_dissent_proportionality_and_the_reference(ctx):
    built = build_021(ctx, second_version=False)
    sheet = balance.get_sheet(ctx, built.sheet_ids[0])
    assert sheet.version == 1 and sheet.prefilled_from_version is None
    assert sheet.priority is Priority.VEILIGHEID_VOOROP and sheet.rationale == RATIONALE_021_V1
    assert sheet.proportionality == PROPORTIONALITY_021
    assert [(d.partner, d.position, d.reason) for d in sheet.dissent] == [
        ("Politie", "Aanvullende bestuurlijke meldplicht (Twbmt) bij politie.", "Netwerkrisico."),
        ("Reclassering", "Niet nodig naast bijzondere voorwaarden.",
         "Subsidiariteit; dubbele meldplicht belast re-integratie."),
    ]
    assert sheet.counts == {V: 3, Z: 2, G: 3}
    [twbmt] = sheet.coercive_measures
    assert twbmt.status is MeasureStatus.AFGEWEZEN and twbmt.kind is MeasureKind.BEGRENZEND
    assert [m.action_label for m in sheet.measures] == [None, "A1 (20-03-2025)", "A2 (20-03-2025)",
                                                       "A3 (20-03-2025)"]
    [vera] = sheet.formal_assessments
    assert (vera.instrument, vera.organisation, vera.assessed_on) == ("VERA-2R", "Reclassering (TER)",
                                                                     dt.date(2025, 2, 28))
    criminal = [e for e in sheet.entries if e.data_category is DataCategory.STRAFRECHTELIJK]
    assert [e.text for e in criminal] == ["Eerdere uitreisvoorbereiding."]


def test_formal_assessments_have_no_item_or_score_fields():
    columns = {c.name for c in inspect(bm.FormalAssessmentRef).columns}
    assert columns == {"id", "sheet_id", "instrument", "organisation", "assessed_on", "summary"}
    fields = {f.name for f in dataclasses.fields(balance.FormalAssessmentInfo)}
    assert fields == {"id", "instrument", "organisation", "assessed_on", "summary"}
    for model in (bm.BalanceSheet, *bm.BALANCE_CHILDREN):
        names = {c.name for c in inspect(model).columns} - {"consensus_score", "score"}
        assert not [n for n in names if "score" in n or "item" in n.replace("action_item", "")], model


def test_a_signal_becomes_a_linked_entry(ctx):
    built = build_021(ctx, second_version=False)
    entry = balance.get_sheet(ctx, built.sheet_ids[0]).side(V)[0]
    assert entry.signal_id == built.signal_ids[1] and entry.source_label == "S2"
    assert entry.source_partner == "Politie" and entry.observed_on == dt.date(2025, 3, 12)
    from_contribution = next(e for e in balance.get_sheet(ctx, built.sheet_ids[0]).entries
                             if e.contribution_id)
    assert from_contribution.source_label == "Inbreng Reclassering"


def test_a_new_version_is_prefilled_but_the_judgement_is_given_afresh(ctx):
    built = build_021(ctx, second_version=False)
    first = balance.get_sheet(ctx, built.sheet_ids[0])
    from casusoverleg_desktop.domain.enums import MeetingType
    from casusoverleg_desktop.services import meetings

    later = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 5, 15)).id
    second = balance.open_sheet(ctx, built.case_id, later)
    assert second.version == 2 and second.prefilled_from_version == 1
    assert [(e.side, e.text, e.lineage) for e in second.entries] == \
        [(e.side, e.text, e.lineage) for e in first.entries]
    assert {e.id for e in second.entries}.isdisjoint({e.id for e in first.entries})
    assert [m.text for m in second.measures] == [m.text for m in first.measures]
    assert [f.instrument for f in second.formal_assessments] == ["VERA-2R"]
    assert len(second.questions) == 2 and second.proportionality == PROPORTIONALITY_021
    assert second.priority is None and second.rationale is None
    assert second.ratings == () and second.dissent == () and second.consensus_score is None
    assert [(r.partner, r.score) for r in second.previous_ratings][:2] == [("Forsa", 6), ("Gemeente", 6)]
    assert balance.open_sheet(ctx, built.case_id, later).id == second.id, "one sheet per case per meeting"
    assert [row.version for row in balance.list_sheets(ctx, built.case_id)] == [1, 2]


def test_changing_the_new_version_leaves_the_old_one_alone(ctx):
    built = build_021(ctx)
    first, second = (balance.get_sheet(ctx, i) for i in built.sheet_ids)
    assert any(e.text.startswith("Geen eigen woning") for e in first.entries)
    assert not any(e.text.startswith("Geen eigen woning") for e in second.entries)
    assert first.priority is Priority.VEILIGHEID_VOOROP and second.priority is Priority.IN_BALANS
    assert [q.resolved for q in first.questions] == [False, False]
    assert [q.resolved for q in second.questions] == [True, False]


@pytest.mark.parametrize("rationale", ["", "   ", None])
def test_a_priority_without_rationale_is_refused(ctx, rationale):
    built = build_014(ctx)
    with pytest.raises(ValidationError, match="Onderbouw de keuze 'Veiligheid voorop'"):
        balance.set_weighing(ctx, built.sheet_ids[0], Priority.VEILIGHEID_VOOROP, rationale)
    sheet = balance.get_sheet(ctx, built.sheet_ids[0])
    assert sheet.priority is Priority.ZORG_VOOROP and sheet.rationale == RATIONALE_014


@pytest.mark.parametrize("status", list(MeasureStatus))
def test_a_coercive_measure_without_proportionality_answer_is_refused(ctx, status):
    built = build_014(ctx)
    sheet_id = built.sheet_ids[0]
    balance.set_proportionality(ctx, sheet_id, None)
    with pytest.raises(ValidationError, match="Beantwoord eerst de vraag naar proportionaliteit"):
        balance.add_measure(ctx, sheet_id, MeasureKind.BEGRENZEND, "Gebiedsverbod", coercive=True,
                            status=status)
    assert balance.get_sheet(ctx, sheet_id).measures == ()
    measure = balance.add_measure(ctx, sheet_id, MeasureKind.BEGRENZEND, "Gebiedsverbod", coercive=True,
                                  status=status, proportionality="Lichtere route eerst geprobeerd.")
    assert measure.coercive and balance.get_sheet(ctx, sheet_id).proportionality.startswith("Lichtere")


def test_the_proportionality_answer_cannot_be_cleared_while_a_coercive_measure_stands(ctx):
    built = build_021(ctx, second_version=False)
    with pytest.raises(ValidationError, match="Twbmt"):
        balance.set_proportionality(ctx, built.sheet_ids[0], "")
    assert balance.get_sheet(ctx, built.sheet_ids[0]).proportionality == PROPORTIONALITY_021


def test_a_coercive_measure_is_always_limiting(ctx):
    built = build_014(ctx)
    with pytest.raises(ValidationError, match="altijd een begrenzende"):
        balance.add_measure(ctx, built.sheet_ids[0], MeasureKind.ONDERSTEUNEND, "Opname", coercive=True,
                            proportionality="x")


def test_lv_2025_014_keeps_consensus_next_to_six_partner_scores(ctx):
    built = build_014(ctx)
    sheet = balance.get_sheet(ctx, built.sheet_ids[0])
    assert sheet.consensus_score == 5
    assert sorted((r.partner, r.score) for r in sheet.ratings) == [
        ("Gemeente", 5), ("Jeugdteam", 6), ("Jongerenwerk", 6), ("Leerplicht", 5), ("Politie", 6),
        ("School", 5)]
    assert sheet.priority is Priority.ZORG_VOOROP and sheet.rationale == RATIONALE_014
    assert sheet.proportionality == PROPORTIONALITY_014
    assert sheet.coercive_measures == ()


@pytest.mark.parametrize("score", [-1, 11])
def test_ratings_outside_the_scale_are_refused(ctx, score):
    built = build_014(ctx)
    with pytest.raises(ValidationError, match="De score van School moet een heel getal van 0 tot en met 10"):
        balance.set_rating(ctx, built.sheet_ids[0], built.partner_ids["school"], score)
    with pytest.raises(ValidationError, match="De consensusscore"):
        balance.set_consensus(ctx, built.sheet_ids[0], score)


def test_a_rating_can_be_changed_and_withdrawn(ctx):
    built = build_014(ctx)
    sheet_id, school = built.sheet_ids[0], built.partner_ids["school"]
    assert balance.set_rating(ctx, sheet_id, school, 7).rating_of(school) == 7
    assert balance.set_rating(ctx, sheet_id, school, None).rating_of(school) is None


def test_domain_must_fit_the_side_also_in_the_service(ctx):
    built = build_014(ctx)
    with pytest.raises(ValidationError, match="hoort bij de zorgkant"):
        balance.add_entry(ctx, built.sheet_ids[0], V, "Schulden", domain=BalanceDomain.WONEN_FINANCIEN)
    entry = balance.get_sheet(ctx, built.sheet_ids[0]).side(V)[0]
    with pytest.raises(ValidationError, match="hoort bij de zorgkant"):
        balance.update_entry(ctx, entry.id, domain=BalanceDomain.SCHOOL_WERK)
    moved = balance.move_entry(ctx, entry.id, Z)
    assert moved.side is Z and moved.domain is None, "a domain that does not fit the new side is cleared"


def test_an_empty_entry_is_refused(ctx):
    built = build_014(ctx)
    with pytest.raises(ValidationError, match="Vul de tekst van de regel in"):
        balance.add_entry(ctx, built.sheet_ids[0], G, "  ")


def test_a_signal_of_another_case_cannot_be_linked(ctx):
    other = build_014(ctx)
    built = build_021(ctx, second_version=False)
    with pytest.raises(ValidationError, match="andere casus"):
        balance.add_entry_from_source(ctx, built.sheet_ids[0], V, balance.SOURCE_SIGNAL, other.signal_ids[0])


def test_every_change_is_audited_and_the_chain_holds(ctx):
    with ctx.unit_of_work() as session:
        before = session.scalar(select(func.count(AuditEntry.id)))
    build_014(ctx)
    with ctx.unit_of_work() as session:
        types = set(session.scalars(select(AuditEntry.entity_type).where(AuditEntry.id > before)))
        assert verify_chain(session) is None
    assert {"balance_sheet", "balance_entry", "balance_rating"} <= types


def test_removing_rows_and_the_information_counts(ctx):
    built = build_021(ctx, second_version=False)
    sheet = balance.get_sheet(ctx, built.sheet_ids[0])
    balance.remove_entry(ctx, sheet.side(G)[0].id)
    balance.remove_dissent(ctx, sheet.dissent[0].id)
    balance.remove_question(ctx, sheet.questions[0].id)
    balance.remove_formal_assessment(ctx, sheet.formal_assessments[0].id)
    balance.remove_measure(ctx, sheet.measures[-1].id)
    after = balance.get_sheet(ctx, sheet.id)
    assert after.counts[G] == 2 and len(after.dissent) == 1 and len(after.questions) == 1
    assert after.formal_assessments == () and len(after.measures) == 3
    assert after.priority is sheet.priority, "counts never change the chair's priority"


def test_entry_fields_can_be_edited(ctx):
    built = build_014(ctx)
    entry = balance.get_sheet(ctx, built.sheet_ids[0]).side(Z)[1]
    changed = balance.update_entry(ctx, entry.id, statement_type=StatementType.HYPOTHESE,
                                   data_category=DataCategory.BIJZONDER, observed_on=dt.date(2025, 2, 5))
    assert changed.statement_type is StatementType.HYPOTHESE and changed.data_category.is_marked
    with pytest.raises(TypeError):
        balance.update_entry(ctx, entry.id, sheet_id=3)


def test_balance_text_is_found_by_search(ctx):
    from casusoverleg_desktop.services import search

    built = build_021(ctx, second_version=False)
    hits = search.search(ctx, "uitreisvoorbereiding")
    assert [(h.case_id, h.where) for h in hits] == [(built.case_id, "Balansregel")]
    assert {h.where for h in search.search(ctx, "netwerkrisico")} == {"Balans: afwijkende mening"}
    assert search.search(ctx, "Twbmt", case_id=built.case_id)


def test_the_minutes_get_the_weighing_with_dissent(ctx):
    from casusoverleg_desktop.services import document_data

    built = build_021(ctx, second_version=False)
    with ctx.unit_of_work() as session:
        summary = balance.minutes_balance_summary(session, built.case_id, built.meeting_ids[0])
        assert balance.minutes_balance_summary(session, built.case_id, 10_000) is None
    assert summary.priority == "Veiligheid voorop" and summary.rationale == RATIONALE_021_V1
    assert [(d.partner, d.reason) for d in summary.dissent] == [
        ("Politie", "Netwerkrisico."),
        ("Reclassering", "Subsidiariteit; dubbele meldplicht belast re-integratie.")]
    assert ("Politie", 4) in summary.scores and summary.proportionality == PROPORTIONALITY_021
    assert summary.has_marked_data, "the strafrechtelijk entry marks the minutes"
    data = document_data.minutes_data(ctx, built.meeting_ids[0], balance=balance.minutes_balance_summary)
    [section] = [c for c in data.record.cases if c.code == "LV-2025-021"]
    assert section.balance == summary

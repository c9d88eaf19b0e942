"""Version 2 of the exchange format: the privacy duties (migration 0009) go along, and version 1
documents still import.

The vault is filled through the services where they exist (retention) and otherwise with rows
written in a unit of work, as those services write them (the audit listener records them).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from sqlalchemy import func, select

from casusoverleg_desktop.domain.enums import (
    BobPhase,
    CaseNoteKind,
    LegalBasis,
    MeetingType,
    PartnerDomain,
    PartnerTier,
    PersonRelation,
    RedactionChoice,
    Relation,
    Requester,
    RequestKind,
    RequestStatus,
    StatementRole,
    StatementType,
    SubjectRole,
)
from casusoverleg_desktop.errors import ImportRejected
from casusoverleg_desktop.services import (
    cases,
    contributions,
    decisions,
    meetings,
    partners,
    retention,
    signals,
)
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.exchange import FORMAT_VERSION, export_vault, import_document, load_schema
from casusoverleg_desktop.services.exchange.privacy_exchange import PRIVACY_TABLES
from casusoverleg_desktop.store import models as m
from casusoverleg_desktop.store import privacy_models as pm
from casusoverleg_desktop.store.schema import metadata

Doc = dict[str, Any]
CODE = "LV-2025-031"
AT = dt.datetime(2025, 3, 10, 10, 0, tzinfo=dt.UTC)


def _fill(ctx: ServiceContext) -> dict[str, int]:
    """A family case with every part of version 2; returns the ids the assertions need."""
    school = partners.create_partner(ctx, "Lindeveld College", PartnerDomain.ONDERWIJS,
                                     PartnerTier.EXTERNE_CASUSPARTNER, covenant_signed=True)
    case = cases.create_case(ctx, CODE, LegalBasis.PGA, dt.date(2025, 1, 10), purpose="PGA")
    sara = cases.add_subject(ctx, case.id, "Sara K.", SubjectRole.PRIMAIR, age=14)
    mirjam = cases.add_subject(ctx, case.id, "Mirjam K.", SubjectRole.GERELATEERD, relation=Relation.MOEDER,
                               has_gezag=True)
    ruben = cases.add_subject(ctx, case.id, "Ruben D.", SubjectRole.GERELATEERD, relation=Relation.ANDERS)
    signal = signals.record_signal(ctx, case.id, "Moeder vertelt over ruzies thuis.", StatementType.FEIT,
                                   partner_id=school.id)
    cases.add_case_note(ctx, case.id, CaseNoteKind.SCREENING, "Bekend bij leerplicht.")
    meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, dt.date(2025, 2, 26))
    item = meetings.add_case_item(ctx, meeting.id, case.id, invited_partner_ids=[school.id])
    contributions.add_contribution(ctx, item.id, school.id, "Sara is vaak afwezig.",
                                   bob_phase=BobPhase.BEELDVORMING, statement_type=StatementType.FEIT)
    decision = decisions.record_decision(ctx, meeting.id, "Gezinscoach inzetten.", agenda_item_id=item.id)
    retention.add_legal_basis(ctx, case.id, LegalBasis.ZVH_WGS, dt.date(2025, 3, 1))
    retention.set_retention_period(ctx, LegalBasis.PGA, 5, "Convenant PGA 2017, art. 12")
    retention.hold_case(ctx, case.id, "Procedure bij de rechtbank loopt")
    with ctx.unit_of_work() as session:
        contribution = session.scalars(select(m.Contribution)).one()
        note = session.scalars(select(m.CaseNote)).one()
        session.add_all([
            pm.CaseRetention(case_id=case.id, closed_on=dt.date(2025, 6, 1),
                             retention_until=dt.date(2030, 6, 1), years=5),
            pm.PersonLink(case_id=case.id, subject_id=mirjam.id, kind=PersonRelation.OUDER_VAN,
                          related_subject_id=sara.id, detail="dochter"),
            pm.PersonLink(case_id=case.id, subject_id=ruben.id, kind=PersonRelation.PARTNER,
                          related_subject_id=mirjam.id),
            pm.GezagHolder(case_id=case.id, minor_subject_id=sara.id, holder_subject_id=mirjam.id),
            pm.GezagHolder(case_id=case.id, minor_subject_id=sara.id, holder_detail="GI Lindeveld (voogd)"),
            pm.StatementPerson(subject_id=sara.id, role=StatementRole.BETREFT, signal_id=signal.id),
            pm.StatementPerson(subject_id=mirjam.id, role=StatementRole.BRON, signal_id=signal.id),
            pm.StatementPerson(subject_id=sara.id, role=StatementRole.BETREFT,
                               contribution_id=contribution.id),
            pm.DestructionRecord(
                case_code="LV-2018-004", legal_bases="Wet gegevensverwerking PGA",
                opened_on=dt.date(2018, 3, 1), closed_on=dt.date(2018, 9, 1),
                retention_until=dt.date(2023, 9, 1),
                destroyed_at=dt.datetime(2025, 2, 1, 9, 30), destroyed_by="voorzitter", record_count=12,
                counts=json.dumps({"herschreven": {}, "verwijderd": {"signal": 4, "subject": 8}}),
                documents_removed=1, backups_rewritten=2, audit_head="ab" * 32),
        ])
        request = pm.SubjectRequest(
            kind=RequestKind.INZAGE, person_pseudonym="Sara K.", requester=Requester.OUDER,
            requester_subject_id=mirjam.id, received_on=dt.date(2025, 3, 1), deadline=dt.date(2025, 4, 1),
            extended_until=dt.date(2025, 6, 1), extension_reason="Veel partners",
            status=RequestStatus.AFGEHANDELD,
            outcome="Inzage gegeven", handled_on=dt.date(2025, 5, 20), minor_position="Sara wil inzage.",
            registered_by="voorzitter")
        session.add(request)
        session.flush()
        session.add(pm.RequestSubject(request_id=request.id, subject_id=sara.id))
        session.add(pm.LegalHold(case_id=case.id, reason="Verzoek om inzage", request_id=request.id,
                                 placed_on=dt.date(2025, 3, 1), placed_by="voorzitter",
                                 lifted_on=dt.date(2025, 5, 20), lifted_by="voorzitter",
                                 lift_note="Verzoek afgehandeld"))
        for key, choice in ((f"signal:{signal.id}", RedactionChoice.WEGLAKKEN),
                            (f"persoon:{mirjam.id}", RedactionChoice.TONEN),
                            (f"contribution:{contribution.id}", RedactionChoice.TONEN),
                            (f"decision:{decision.id}", RedactionChoice.TONEN),
                            (f"aantekening:{note.id}", RedactionChoice.ACHTERHOUDEN),
                            ("signal:999999", RedactionChoice.TONEN)):
            session.add(pm.RedactionDecision(request_id=request.id, item_key=key, choice=choice,
                                             reason="afgewogen", source_checked=key.startswith("signal"),
                                             decided_by="voorzitter", decided_at=AT))
    return {"signal": signal.id, "mirjam": mirjam.id}


def _without_moment(document: Doc) -> Doc:
    return {name: value for name, value in document.items() if name != "exported_at"}


def test_a_vault_with_every_privacy_part_survives_export_import_export(ctx, empty_ctx):
    _fill(ctx)
    first = export_vault(ctx)
    assert first["version"] == FORMAT_VERSION
    assert list(Draft202012Validator(load_schema()).iter_errors(first)) == []
    summary = import_document(empty_ctx, json.dumps(first).encode("utf-8"))
    second = export_vault(empty_ctx)
    assert _without_moment(first) == _without_moment(second)
    assert all(summary.counts[table] for table in PRIVACY_TABLES), summary.counts
    with empty_ctx.unit_of_work() as session:
        counts = {t.name: session.scalar(select(func.count()).select_from(t))
                  for t in metadata.sorted_tables if t.name in PRIVACY_TABLES}
    assert all(counts.values()), counts
    assert "verzoeken" in summary.describe()

    case = first["cases"][0]
    assert case["legal_bases"] == [{"basis": "zvh_wgs", "started_on": "2025-03-01"}]
    assert case["retention"] == {"closed_on": "2025-06-01", "retention_until": "2030-06-01", "years": 5}
    assert [h.get("request") for h in case["legal_holds"]] == ["V-2025-001", None]
    assert case["person_links"] == [
        {"subject": "Mirjam K.", "kind": "ouder_van", "related_subject": "Sara K.", "detail": "dochter"},
        {"subject": "Ruben D.", "kind": "partner", "related_subject": "Mirjam K."}]
    assert case["gezag"] == [{"minor": "Sara K.", "holder": "Mirjam K."},
                             {"minor": "Sara K.", "guardian": "GI Lindeveld (voogd)"}]
    assert case["signals"][0]["concerns"] == ["Sara K."]
    assert case["signals"][0]["source_person"] == "Mirjam K."
    case_item = next(item for item in first["meetings"][0]["agenda"] if "case" in item)
    assert case_item["contributions"][0]["concerns"] == ["Sara K."]
    assert first["destruction_records"][0]["counts"] == {"herschreven": {},
                                                         "verwijderd": {"signal": 4, "subject": 8}}
    request = first["subject_requests"][0]
    assert request["key"] == "V-2025-001"
    assert request["requester_subject"] == {"case": CODE, "subject": "Mirjam K."}
    assert request["persons"] == [{"case": CODE, "subject": "Sara K."}]
    # The decision on a row that no longer exists has nothing to apply to and is left out.
    assert [r["item"]["kind"] for r in request["redactions"]] == [
        "signal", "persoon", "contribution", "decision", "aantekening"]
    assert request["redactions"][0]["item"] == {"kind": "signal", "case": CODE, "signal": "S1"}


def test_redaction_decisions_point_at_the_imported_rows(ctx, empty_ctx):
    _fill(ctx)
    import_document(empty_ctx, export_vault(ctx))
    with empty_ctx.unit_of_work() as session:
        decided = {d.item_key.split(":")[0]: d for d in session.scalars(select(pm.RedactionDecision))}
        signal = session.get(m.Signal, int(decided["signal"].item_key.split(":")[1]))
        mother = session.get(m.Subject, int(decided["persoon"].item_key.split(":")[1]))
        assert signal is not None and signal.text == "Moeder vertelt over ruzies thuis."
        assert mother is not None and mother.pseudonym == "Mirjam K."
        assert decided["signal"].choice is RedactionChoice.WEGLAKKEN and decided["signal"].source_checked


def test_a_version_1_document_still_imports(ctx, rich):
    assert rich["version"] == 1
    summary = import_document(ctx, rich)
    assert summary.counts["case_file"] == 3
    exported = export_vault(ctx)
    assert exported["version"] == FORMAT_VERSION and exported["subject_requests"] == []


def test_a_version_1_document_cannot_carry_version_2_parts(refusing, rich):
    ctx, snapshot = refusing
    rich["cases"][0]["legal_bases"] = [{"basis": "zvh_wgs", "started_on": "2025-03-01"}]
    rich["subject_requests"] = []
    before = snapshot()
    with pytest.raises(ImportRejected) as refusal:
        import_document(ctx, rich)
    assert sorted(refusal.value.problems) == ["cases[0].legal_bases: onbekend veld",
                                              "subject_requests: onbekend veld"]
    assert snapshot() == before


# --- Refusals --------------------------------------------------------------------------------


def _document() -> Doc:
    """A small hand-written version 2 document with every new part."""
    ref = {"case": CODE, "subject": "Mirjam K."}
    return {
        "format": "casusoverleg-exchange", "version": 2,
        "partners": [{"key": "school", "name": "Lindeveld College", "domain": "onderwijs",
                      "tier": "externe_casuspartner"}],
        "cases": [{
            "code": CODE, "legal_basis": "pga", "status": "signaal_ontvangen", "opened_on": "2025-01-10",
            "transitions": [{"to_status": "signaal_ontvangen", "at": "2025-01-10T09:00:00Z",
                             "by": "voorzitter"}],
            "subjects": [{"key": "Sara K.", "pseudonym": "Sara K.", "role": "primair", "age": 14},
                         {"key": "Mirjam K.", "pseudonym": "Mirjam K.", "role": "gerelateerd",
                          "relation": "moeder", "has_gezag": True}],
            "signals": [{"key": "S1", "partner": "school", "statement_type": "feit", "text": "Ruzies thuis.",
                         "concerns": ["Sara K."], "source_person": "Mirjam K."}],
            "legal_bases": [{"basis": "zvh_wgs", "started_on": "2025-03-01"}],
            "legal_holds": [{"reason": "Verzoek om inzage", "request": "V-2025-001",
                             "placed_on": "2025-03-01", "placed_by": "voorzitter"}],
            "person_links": [{"subject": "Mirjam K.", "kind": "ouder_van", "related_subject": "Sara K."}],
            "gezag": [{"minor": "Sara K.", "holder": "Mirjam K."}],
        }],
        "meetings": [],
        "retention_periods": [{"basis": "pga", "years": 5, "set_by": "voorzitter", "set_on": "2025-01-02"}],
        "destruction_records": [{
            "case_code": "LV-2018-004", "legal_bases": "Wet gegevensverwerking PGA",
            "opened_on": "2018-03-01",
            "destroyed_at": "2025-02-01T09:30:00Z", "destroyed_by": "voorzitter", "record_count": 12,
            "counts": {"verwijderd": {"signal": 4}}}],
        "subject_requests": [{
            "key": "V-2025-001", "kind": "inzage", "person_pseudonym": "Sara K.", "requester": "ouder",
            "requester_subject": ref, "received_on": "2025-03-01", "deadline": "2025-04-01",
            "status": "in_behandeling", "registered_by": "voorzitter",
            "persons": [{"case": CODE, "subject": "Sara K."}],
            "redactions": [{"item": {"kind": "signal", "case": CODE, "signal": "S1"}, "choice": "weglakken",
                            "decided_by": "voorzitter", "decided_at": "2025-03-10T10:00:00Z"}]}],
    }


def test_the_hand_written_document_imports_and_kind_van_is_stored_flipped(ctx):
    document = _document()
    document["cases"][0]["person_links"] = [
        {"subject": "Sara K.", "kind": "kind_van", "related_subject": "Mirjam K.", "detail": "dochter"}]
    import_document(ctx, document)
    exported = export_vault(ctx)
    assert exported["cases"][0]["person_links"] == [
        {"subject": "Mirjam K.", "kind": "ouder_van", "related_subject": "Sara K.", "detail": "dochter"}]
    assert exported["subject_requests"][0]["redactions"][0]["item"]["signal"] == "S1"


def _case(d: Doc) -> Doc:
    case: Doc = d["cases"][0]
    return case


def _set(change: Callable[[Doc], Any]) -> Callable[[Doc], Doc]:
    def damage(document: Doc) -> Doc:
        change(document)
        return document
    return damage


def _request(d: Doc) -> Doc:
    request: Doc = d["subject_requests"][0]
    return request


REFUSALS: dict[str, tuple[Callable[[Doc], Doc], str]] = {
    "link to an unknown person": (
        _set(lambda d: _case(d)["person_links"][0].update(related_subject="Kees K.")),
        f"cases[0].person_links[0].related_subject: casus {CODE} heeft geen betrokkene 'Kees K.'"),
    "a link twice, once as kind van": (
        _set(lambda d: _case(d)["person_links"].append(
            {"subject": "Sara K.", "kind": "kind_van", "related_subject": "Mirjam K."})),
        "cases[0].person_links[1].kind: relatie 'Mirjam K.' / 'ouder_van' / 'Sara K.' komt al voor in "
        "cases[0].person_links[0]"),
    "a person related to herself": (
        _set(lambda d: _case(d)["person_links"][0].update(related_subject="Mirjam K.")),
        "cases[0].person_links[0].related_subject: een relatie verbindt twee verschillende personen"),
    "holder both person and guardian": (
        _set(lambda d: _case(d)["gezag"][0].update(guardian="GI Lindeveld")),
        "cases[0].gezag[0].holder: noem de gezagsdrager: een persoon van de casus of een voogd (guardian), "
        "niet allebei"),
    "gezag over an unknown minor": (
        _set(lambda d: _case(d)["gezag"][0].update(minor="Kees K.")),
        f"cases[0].gezag[0].minor: casus {CODE} heeft geen betrokkene 'Kees K.'"),
    "signal names an unknown source": (
        _set(lambda d: _case(d)["signals"][0].update(source_person="Kees K.")),
        f"cases[0].signals[0].source_person: casus {CODE} heeft geen betrokkene 'Kees K.'"),
    "hold names an unknown request": (
        _set(lambda d: _case(d)["legal_holds"][0].update(request="V-2025-009")),
        "cases[0].legal_holds[0].request: onbekend verzoek 'V-2025-009'"),
    "request about an unknown case": (
        _set(lambda d: _request(d)["persons"][0].update(case="LV-2099-001")),
        "subject_requests[0].persons[0].case: onbekende casus 'LV-2099-001'"),
    "request by an unknown person": (
        _set(lambda d: _request(d)["requester_subject"].update(subject="Kees K.")),
        f"subject_requests[0].requester_subject.subject: casus {CODE} heeft geen betrokkene 'Kees K.'"),
    "redaction of an unknown signal": (
        _set(lambda d: _request(d)["redactions"][0]["item"].update(signal="S7")),
        f"subject_requests[0].redactions[0].item.signal: casus {CODE} heeft geen signaal S7"),
    "redaction item with the wrong fields": (
        _set(lambda d: _request(d)["redactions"][0]["item"].update(kind="decision")),
        "subject_requests[0].redactions[0].item: een onderdeel van soort 'decision' noemt precies "
        "meeting, number"),
    "two requests with one key": (
        _set(lambda d: d["subject_requests"].append(copy.deepcopy(_request(d)))),
        "subject_requests[1].key: sleutel 'V-2025-001' komt al voor in subject_requests[0]"),
    "destruction record twice": (
        _set(lambda d: d["destruction_records"].append(copy.deepcopy(d["destruction_records"][0]))),
        "destruction_records[1].case_code: casuscode 'LV-2018-004' komt al voor in destruction_records[0]"),
    "destroyed case still present": (
        _set(lambda d: d["destruction_records"][0].update(case_code=CODE)),
        f"destruction_records[0].case_code: casus {CODE} is vernietigd maar staat ook in cases"),
    "retention period twice": (
        _set(lambda d: d["retention_periods"].append(dict(d["retention_periods"][0]))),
        "retention_periods[1].basis: grondslag 'pga' komt al voor in retention_periods[0]"),
    "retention ends before closure": (
        _set(lambda d: _case(d).update(retention={"closed_on": "2025-06-01", "retention_until": "2024-06-01",
                                                  "years": 5})),
        "cases[0].retention.retention_until: 2024-06-01 ligt vóór de afsluiting (2025-06-01)"),
    "extension without reason": (
        _set(lambda d: _request(d).update(extended_until="2025-06-01")),
        "subject_requests[0].extension_reason: een verlenging noemt de nieuwe termijn en de reden"),
    "handled without date": (
        _set(lambda d: _request(d).update(status="afgehandeld")),
        "subject_requests[0].handled_on: een afgehandeld verzoek noemt de datum van afhandeling"),
    "schema: unknown relation": (
        _set(lambda d: _case(d)["person_links"][0].update(kind="oom")),
        "cases[0].person_links[0].kind: 'oom' is not one of ouder_van, kind_van, partner, ex_partner, "
        "broer_zus, anders"),
    "schema: a request key of another shape": (
        _set(lambda d: _request(d).update(key="verzoek 1")),
        "subject_requests[0].key: 'verzoek 1' is geen verzoeksleutel (V-JJJJ-NNN)"),
}


@pytest.mark.parametrize("damage, message", REFUSALS.values(), ids=REFUSALS)
def test_inconsistent_privacy_parts_are_refused_and_nothing_is_written(refusing, damage, message):
    ctx, snapshot = refusing
    before = snapshot()
    with pytest.raises(ImportRejected) as refusal:
        import_document(ctx, damage(_document()))
    assert message in refusal.value.problems
    assert "niets opgeslagen" in refusal.value.message
    assert snapshot() == before


def _second_import() -> Doc:
    again = _document()
    again["partners"][0]["name"] = "Lindeveld College 2"
    again["cases"][0]["code"] = "LV-2025-032"
    again["cases"][0].pop("legal_holds")
    again["subject_requests"] = []
    return again


def test_a_destroyed_case_does_not_come_back_and_set_periods_are_kept(ctx, snapshot):
    import_document(ctx, _document())
    as_case, as_record = _second_import(), _second_import()
    as_case["cases"][0]["code"] = "LV-2018-004"
    as_case["destruction_records"] = []
    as_record["retention_periods"] = []
    before = snapshot()
    for document, problems in (
            (as_case, ["cases[0].code: casus 'LV-2018-004' is in deze kluis vernietigd en wordt niet opnieuw "
                       "ingelezen",
                       "retention_periods[0].basis: deze kluis heeft al een bewaartermijn voor 'pga'"]),
            (as_record, ["destruction_records[0].case_code: casus 'LV-2018-004' staat al in deze kluis"])):
        with pytest.raises(ImportRejected) as refusal:
            import_document(ctx, document)
        assert refusal.value.problems == problems
    assert snapshot() == before

"""Bad input is refused before anything is written, with every problem as ``path: reason``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casusoverleg_desktop.errors import ImportRejected
from casusoverleg_desktop.services.access import VaultSession
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.exchange import document_bytes, import_document, import_file

Doc = dict[str, Any]


def _refused(ctx: ServiceContext, source: Any, snapshot: Callable[[], Any]) -> ImportRejected:
    before = snapshot()
    with pytest.raises(ImportRejected) as refusal:
        import_document(ctx, source)
    assert snapshot() == before, "a refused import changed the vault"
    return refusal.value


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    """A change of the document at a dotted path with [i] indexes, e.g. cases[0].signals[2].text."""
    def apply(document: Doc) -> None:
        *parents, last = _steps(path)
        target: Any = document
        for step in parents:
            target = target[step]
        if value is _DELETE:
            del target[last]
        else:
            target[last] = value
    return apply


def _steps(path: str) -> list[str | int]:
    steps: list[str | int] = []
    for part in path.split("."):
        name, *indexes = part.replace("]", "").split("[")
        steps.append(name)
        steps.extend(int(index) for index in indexes)
    return steps


_DELETE = object()


def _both(*changes: Callable[[Doc], None]) -> Callable[[Doc], None]:
    def apply(document: Doc) -> None:
        for change in changes:
            change(document)
    return apply


# (change, the exact problem line expected among the reported ones)
SCHEMA_CASES = {
    "enum lists the allowed values": (
        _set("cases[0].signals[0].statement_type", "feit?"),
        "cases[0].signals[0].statement_type: 'feit?' is not one of feit, mening, hypothese"),
    "required field missing": (
        _set("cases[1].code", _DELETE), "cases[1].code: verplicht veld ontbreekt"),
    "unknown field": (
        _set("partners[0].colour", "blauw"), "partners[0].colour: onbekend veld"),
    "impossible date": (
        _set("cases[0].opened_on", "2025-02-30"),
        "cases[0].opened_on: '2025-02-30' is geen geldige datum (JJJJ-MM-DD)"),
    "Dutch date order": (
        _set("meetings[0].held_on", "26-02-2025"),
        "meetings[0].held_on: '26-02-2025' is geen geldige datum (JJJJ-MM-DD)"),
    "time without minutes": (
        _set("meetings[0].start_time", "14"), "meetings[0].start_time: '14' is geen geldige tijd (UU:MM)"),
    "wrong type": (
        _set("meetings[0].agenda[4].slot_minutes", "45"),
        "meetings[0].agenda[4].slot_minutes: '45' is geen geheel getal"),
    "boolean as text": (
        _set("partners[0].covenant_signed", "ja"),
        "partners[0].covenant_signed: 'ja' is geen boolean (true of false)"),
    "blank text": (
        _set("cases[0].signals[1].text", "   "), "cases[0].signals[1].text: mag niet leeg zijn"),
    "decision number shape": (
        _set("meetings[0].decisions[0].number", "1"),
        "meetings[0].decisions[0].number: '1' is geen geldig besluitnummer (B1, B2, …)"),
    "assessment without panel": (
        _set("cases[0].assessments[0].panel", []),
        "cases[0].assessments[0].panel: moet minstens 1 element bevatten"),
    "age out of range": (
        _set("cases[0].subjects[0].age", 150), "cases[0].subjects[0].age: 150 is groter dan 120"),
    "missing top-level list": (
        _set("meetings", _DELETE), "meetings: verplicht veld ontbreekt"),
}

REFERENCE_CASES = {
    "unknown partner key": (
        _set("cases[0].signals[0].partner", "scholl"),
        "cases[0].signals[0].partner: onbekende partner 'scholl'"),
    "unknown professional": (
        _set("cases[0].case_manager", "nobody"), "cases[0].case_manager: onbekende professional 'nobody'"),
    "professional of another partner": (
        _set("cases[0].signals[0].professional", "pinas"),
        "cases[0].signals[0].professional: professional 'pinas' werkt niet bij partner 'school'"),
    "duplicate case code": (
        _set("cases[1].code", "LV-2025-014"),
        "cases[1].code: casuscode 'LV-2025-014' komt al voor in cases[0]"),
    "duplicate partner key": (
        _set("partners[1].key", "zvh"), "partners[1].key: sleutel 'zvh' komt al voor in partners[0]"),
    "duplicate decision number": (
        _set("meetings[0].decisions[1].number", "B1"),
        "meetings[0].decisions[1].number: besluitnummer 'B1' komt al voor in meetings[0].decisions[0]"),
    "decision in a missing meeting": (
        _set("cases[1].escalations[0].decision.meeting", "M-2099-01-01"),
        "cases[1].escalations[0].decision.meeting: onbekende vergadering 'M-2099-01-01'"),
    "missing decision number": (
        _set("cases[1].escalations[0].decision.number", "B9"),
        "cases[1].escalations[0].decision.number: vergadering 'M-2025-03-20' heeft geen besluit B9"),
    "agenda item of a missing case": (
        _set("meetings[0].agenda[4].case", "LV-1999-001"),
        "meetings[0].agenda[4].case: onbekende casus 'LV-1999-001'"),
    "unknown subject": (
        _set("cases[0].informed[0].subject", "Daan X."),
        "cases[0].informed[0].subject: casus LV-2025-014 heeft geen betrokkene 'Daan X.'"),
    "decision on a missing agenda item": (
        _set("meetings[0].decisions[0].agenda_item", 42),
        "meetings[0].decisions[0].agenda_item: deze vergadering heeft geen agendapunt 42"),
    "contribution from a partner not invited": (
        _set("meetings[0].agenda[4].contributions[0].partner", "om"),
        "meetings[0].agenda[4].contributions[0].partner: partner 'om' is niet uitgenodigd voor deze "
        "casus (alleen wie het moet weten)"),
    "review in an earlier meeting": (
        _set("meetings[1].actions[2].reviews[0].meeting", "M-2025-02-26"),
        "meetings[1].actions[2].reviews[0].meeting: een actiepunt van M-2025-03-20 komt alleen terug "
        "in een latere vergadering"),
}

RULE_CASES = {
    "due date and condition": (
        _set("meetings[0].actions[2].due_date", "2025-03-01"),
        "meetings[0].actions[2]: Een actiepunt heeft een termijn óf een voorwaarde óf is doorlopend, "
        "niet meer dan één."),
    "neither due date nor condition": (
        _set("meetings[0].actions[0].due_date", _DELETE),
        "meetings[0].actions[0]: Geef een actiepunt een termijn, een voorwaarde ('bij …') of markeer "
        "het als doorlopend."),
    "postponed informing without review date": (
        _set("cases[0].informed[2].review_date", _DELETE),
        "cases[0].informed[2]: Kies een datum waarop het uitgestelde informeren opnieuw wordt bekeken."),
    "postponed informing without reason": (
        _set("cases[0].informed[2].postponement_reason", " "),
        "cases[0].informed[2]: Geef aan waarom het informeren van de betrokkene is uitgesteld."),
    "lifecycle step not allowed": (
        _set("cases[0].transitions[2].to_status", "uitvoering"),
        "cases[0].transitions[2]: De casus kan niet van 'Screening en verrijking' naar 'Uitvoering'. "
        "Vanuit 'Screening en verrijking' kan de casus alleen naar 'Weging'."),
    "weging outcome without rationale": (
        _set("cases[0].transitions[3].rationale", _DELETE),
        "cases[0].transitions[3]: Geef een schriftelijke onderbouwing voor de uitkomst van de weging."),
    "status is not where the path ends": (
        _set("cases[0].status", "monitoring"),
        "cases[0].status: 'monitoring' is niet de status na de laatste stap van transitions ('uitvoering')"),
    "closed without a reason": (
        _set("cases[2].closure_reason", _DELETE),
        "cases[2].closure_reason: een casus in status 'afgesloten' heeft een reden van afsluiting nodig"),
    "covenant without a name": (
        _set("cases[1].covenant_name", _DELETE), "cases[1].covenant_name: Noem het convenant waarop deze "
                                                 "casus rust."),
    "related subject without relation": (
        _set("cases[0].subjects[1].relation", _DELETE),
        "cases[0].subjects[1]: Geef de relatie van deze gerelateerde tot de betrokkene aan."),
    "end before start": (
        _set("meetings[0].end_time", "13:00"),
        "meetings[0].end_time: De eindtijd (13.00) moet na de begintijd (14.00) liggen."),
    "closed action without date": (
        _set("meetings[0].actions[1].closed_on", _DELETE),
        "meetings[0].actions[1].closed_on: een afgerond of vervallen actiepunt heeft een datum van "
        "afsluiten, een open actiepunt niet"),
    "postponement chain broken": (
        _set("meetings[0].actions[1].postponements[1].previous_due_date", "2025-03-20"),
        "meetings[0].actions[1].postponements[1].previous_due_date: sluit niet aan op het vorige "
        "uitstel (2025-03-19)"),
    "refuted signal without note": (
        _set("cases[0].signals[6].verification_note", _DELETE),
        "cases[0].signals[6].verification_note: geef aan waardoor het signaal is weerlegd"),
    "corrected minutes without note": (
        _set("meetings[0].minutes[1].correction_note", _DELETE),
        "meetings[0].minutes[1].correction_note: een nieuwe conceptversie van een verslag zegt wat er "
        "is gecorrigeerd"),
    "minutes adopted in an earlier meeting": (
        _set("meetings[0].minutes[0].adopted_in", "M-2025-02-26"),
        "meetings[0].minutes[0].adopted_in: een verslag wordt vastgesteld in een latere vergadering "
        "dan die waarover het gaat"),
}


@pytest.mark.parametrize("change, expected", [*SCHEMA_CASES.values(), *REFERENCE_CASES.values(),
                                              *RULE_CASES.values()],
                         ids=[*SCHEMA_CASES, *REFERENCE_CASES, *RULE_CASES])
def test_bad_content_is_refused_with_path_and_reason(refusing, rich, change, expected):
    ctx, snapshot = refusing
    change(rich)
    refusal = _refused(ctx, rich, snapshot)
    assert expected in refusal.problems, "\n".join(refusal.problems)
    assert refusal.message.startswith("Import geweigerd: ")
    assert "niets opgeslagen" in refusal.message


def test_every_problem_is_reported_at_once(ctx, rich, snapshot):
    for change, _line in (SCHEMA_CASES["enum lists the allowed values"], SCHEMA_CASES["unknown field"],
                          SCHEMA_CASES["impossible date"]):
        change(rich)
    refusal = _refused(ctx, rich, snapshot)
    assert refusal.problems == [
        "cases[0].opened_on: '2025-02-30' is geen geldige datum (JJJJ-MM-DD)",
        "cases[0].signals[0].statement_type: 'feit?' is not one of feit, mening, hypothese",
        "partners[0].colour: onbekend veld",
    ]
    assert refusal.message == "Import geweigerd: 3 problemen gevonden; er is niets opgeslagen."


def test_every_reference_and_rule_problem_is_reported_at_once(ctx, rich, snapshot):
    REFERENCE_CASES["unknown partner key"][0](rich)
    RULE_CASES["due date and condition"][0](rich)
    refusal = _refused(ctx, rich, snapshot)
    assert len(refusal.problems) == 2


def test_null_means_absent(ctx, rich):
    rich["cases"][0]["purpose"] = None
    rich["meetings"][0]["actions"][2]["due_date"] = None
    summary = import_document(ctx, rich)
    assert summary.counts["case_file"] == 3


def test_a_null_required_field_is_reported_missing(ctx, rich, snapshot):
    rich["cases"][0]["signals"][0]["text"] = None
    refusal = _refused(ctx, rich, snapshot)
    assert refusal.problems == ["cases[0].signals[0].text: verplicht veld ontbreekt"]


# --- Documents that are not ours, or not readable --------------------------------------------


def _valid_bytes(rich: Doc) -> bytes:
    return document_bytes(rich)


UNREADABLE = {
    "truncated": (lambda raw: raw[: len(raw) // 2], "geen geldige JSON"),
    "empty file": (lambda raw: b"", "geen geldige JSON"),
    "not UTF-8": (lambda raw: "{\"format\": \"café\"}".encode("latin-1"), "geen UTF-8"),
    "foreign document": (lambda raw: b'{"type": "FeatureCollection", "features": []}',
                         "geen Casusoverleg-uitwisselbestand (het veld 'format' ontbreekt"),
    "other format": (lambda raw: raw.replace(b'"casusoverleg-exchange"', b'"casusoverleg-backup"'),
                     "'format' is 'casusoverleg-backup'"),
    "a list, not an object": (lambda raw: b"[1, 2, 3]", "geen Casusoverleg-uitwisselbestand"),
    "newer version": (lambda raw: raw.replace(b'"version": 1', b'"version": 4'),
                      "formaatversie 4; deze versie van Casusoverleg leest tot en met versie 3"),
    "version as text": (lambda raw: raw.replace(b'"version": 1', b'"version": "1"'),
                        "geen geldige formaatversie ('1')"),
    "version missing": (lambda raw: raw.replace(b',\n  "version": 1', b""), "geen geldige formaatversie"),
}


@pytest.mark.parametrize("damage, message", UNREADABLE.values(), ids=UNREADABLE)
def test_unreadable_or_foreign_files_are_refused_and_change_nothing(refusing, rich, tmp_path,
                                                                     damage, message):
    ctx, snapshot = refusing
    path = tmp_path / "kapot.json"
    path.write_bytes(damage(_valid_bytes(rich)))
    before = snapshot()
    with pytest.raises(ImportRejected) as refusal:
        import_file(ctx, path)
    assert message in refusal.value.message
    assert "niets opgeslagen" in refusal.value.message
    assert snapshot() == before


def test_a_missing_file_is_refused(ctx, tmp_path: Path):
    with pytest.raises(ImportRejected, match="bestaat niet"):
        import_file(ctx, tmp_path / "bestaat-niet.json")


def test_a_truncated_file_names_line_and_column(ctx, rich, tmp_path):
    raw = _valid_bytes(rich)
    (tmp_path / "half.json").write_bytes(raw[:200])
    with pytest.raises(ImportRejected) as refusal:
        import_file(ctx, tmp_path / "half.json")
    assert "regel " in refusal.value.message and "kolom " in refusal.value.message


# --- Conflicts with the vault and failures while writing --------------------------------------


def test_importing_into_a_vault_that_holds_the_same_cases_is_refused(ctx, rich, snapshot):
    import_document(ctx, rich)
    second = json.loads(json.dumps(rich))
    refusal = _refused(ctx, second, snapshot)
    assert "cases[0].code: casus 'LV-2025-014' bestaat al in deze kluis" in refusal.problems
    assert "partners[0].name: partner 'Zorg- en Veiligheidshuis Regio Lindeveld' bestaat al in deze " \
           "kluis" in refusal.problems


def test_a_failure_halfway_through_writing_leaves_nothing_behind(vault, rich, snapshot):
    """All or nothing: the clock fails after the partners were flushed; everything is rolled back."""
    calls = 0

    def clock_that_fails_later() -> dt.datetime:
        nonlocal calls
        calls += 1
        if calls > 3:
            raise RuntimeError("klok kapot")
        return dt.datetime(2025, 6, 1, tzinfo=dt.UTC)

    failing = ServiceContext(VaultSession(vault), vault.user.login, clock_that_fails_later)
    before = snapshot()
    with pytest.raises(RuntimeError, match="klok kapot"):
        import_document(failing, rich)
    assert calls > 3
    assert snapshot() == before

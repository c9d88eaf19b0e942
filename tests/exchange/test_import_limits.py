"""Values and files beyond what an export holds are refused in Dutch, and nothing is written."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casusoverleg_desktop.errors import ImportRejected
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.exchange import import_document, import_file
from casusoverleg_desktop.services.exchange.validation import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_PROBLEMS_COUNTED,
    MAX_PROBLEMS_SHOWN,
)

Refusing = tuple[ServiceContext, Callable[[], Any]]
# A document is written as JSON text with this value in place, as the raw text given.
MARK = "@@here@@"


def _text_with(document: dict[str, Any], raw: str, place: Callable[[dict[str, Any], str], None]) -> bytes:
    place(document, MARK)
    return json.dumps(document, ensure_ascii=False).replace(json.dumps(MARK), raw).encode(
        "utf-8", "surrogatepass")


def _purpose(document: dict[str, Any], value: Any) -> None:
    document["cases"][0]["purpose"] = value


def _first_step(document: dict[str, Any], value: Any) -> None:
    document["cases"][0]["transitions"][0]["at"] = value


def _slot(document: dict[str, Any], value: Any) -> None:
    document["meetings"][0]["agenda"][4]["slot_minutes"] = value


def _opened(document: dict[str, Any], value: Any) -> None:
    document["cases"][0]["opened_on"] = value


# (raw JSON text at the place, the place, what the refusal says)
CASES = {
    "lone surrogate, escaped": (r'"\ud800"', _purpose, "cases[0].purpose: tekst bevat een ongeldig teken"),
    "lone surrogate in a field name": (
        r'{"\udc00": 1}', _purpose, "cases[0].purpose: een veldnaam bevat een ongeldig teken"),
    "year 10000": ('"10000-01-01"', _opened, "cases[0].opened_on: '10000-01-01' is geen geldige datum"),
    "year 9999 (no room for deadlines)": (
        '"9999-12-31"', _opened, "cases[0].opened_on: '9999-12-31' is geen geldige datum"),
    "moment beyond year 9999 in UTC": (
        '"9999-12-31T23:59:59-14:00"', _first_step,
        "cases[0].transitions[0].at: '9999-12-31T23:59:59-14:00' is geen geldig tijdstip"),
    "moment before year 1 in UTC": (
        '"0001-01-01T00:00:00+14:00"', _first_step,
        "cases[0].transitions[0].at: '0001-01-01T00:00:00+14:00' is geen geldig tijdstip"),
    "huge offset": (
        '"2025-01-01T00:00:00+99:00"', _first_step,
        "cases[0].transitions[0].at: '2025-01-01T00:00:00+99:00' is geen geldig tijdstip"),
    "integer 2^63": (str(2**63), _slot, "meetings[0].agenda[4].slot_minutes: getal is te groot"),
    "integer -2^63-1": (str(-(2**63) - 1), _slot, "meetings[0].agenda[4].slot_minutes: getal is te groot"),
    "4,400 digits": ("9" * 4400, _slot, "bevat een getal van meer dan 4300 cijfers"),
    "nesting of 1,000 levels": ("[" * 1000 + "]" * 1000, _purpose, "te diep genest"),
    "nesting of 100,000 levels": ("[" * 100_000 + "]" * 100_000, _purpose, "te diep genest"),
    f"nesting just past {MAX_DEPTH} levels": (
        "[" * MAX_DEPTH + "]" * MAX_DEPTH, _purpose, f"meer dan {MAX_DEPTH} niveaus diep genest"),
}


@pytest.mark.parametrize(("raw", "place", "expected"), CASES.values(), ids=CASES)
def test_a_value_no_export_holds_is_refused_in_dutch(refusing: Refusing, rich, raw, place, expected):
    ctx, snapshot = refusing
    before = snapshot()
    with pytest.raises(ImportRejected) as refusal:
        import_document(ctx, _text_with(rich, raw, place))
    assert snapshot() == before
    assert expected in "\n".join([refusal.value.message, *refusal.value.problems])
    assert "niets opgeslagen" in refusal.value.message


def test_the_same_values_in_a_dict_are_refused_too(refusing: Refusing, rich):
    """``import_document`` also takes a dict (the self-test does): no JSON parser guards it."""
    ctx, snapshot = refusing
    before = snapshot()
    deep: list[Any] = []
    for _ in range(5000):
        deep = [deep]
    rich["cases"][0]["purpose"] = deep
    rich["cases"][1]["purpose"] = "\udfff"
    rich["partners"][0]["professionals"][0]["name"] = 10**5000
    with pytest.raises(ImportRejected) as refusal:
        import_document(ctx, rich)
    assert snapshot() == before
    assert [problem.split(":")[0] for problem in refusal.value.problems] == [
        "partners[0].professionals[0].name", "cases[0].purpose" + "[0]" * (MAX_DEPTH - 3),
        "cases[1].purpose"]


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(refusing: Refusing, tmp_path: Path):
    ctx, snapshot = refusing
    before = snapshot()
    huge = tmp_path / "te-groot.json"
    with huge.open("wb") as handle:  # sparse: no disk space, but reading it would take long
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ImportRejected, match="groter dan 256 MB"):
        import_file(ctx, huge)
    assert snapshot() == before


def test_a_folder_is_refused_as_no_export(refusing: Refusing, tmp_path: Path):
    ctx, snapshot = refusing
    before = snapshot()
    with pytest.raises(ImportRejected, match="is een map, geen uitwisselbestand"):
        import_file(ctx, tmp_path)
    assert snapshot() == before


def _bad_signals(document: dict[str, Any], count: int) -> dict[str, Any]:
    signal = document["cases"][0]["signals"][0]
    document["cases"][0]["signals"] = [{**signal, "statement_type": "feit?"} for _ in range(count)]
    return document


def test_a_long_list_of_problems_shows_the_first_ones_and_counts_the_rest(refusing: Refusing, rich):
    ctx, snapshot = refusing
    before = snapshot()
    with pytest.raises(ImportRejected) as refusal:
        import_document(ctx, _bad_signals(rich, 120))
    assert snapshot() == before
    assert refusal.value.message.startswith("Import geweigerd: 120 problemen gevonden")
    assert len(refusal.value.problems) == MAX_PROBLEMS_SHOWN + 1
    assert refusal.value.problems[0].startswith("cases[0].signals[0].statement_type: 'feit?'")
    assert refusal.value.problems[-1] == f"… en nog {120 - MAX_PROBLEMS_SHOWN} problemen"


def test_the_checks_stop_after_so_many_problems(refusing: Refusing, rich):
    ctx, snapshot = refusing
    before = snapshot()
    with pytest.raises(ImportRejected) as refusal:
        import_document(ctx, _bad_signals(rich, MAX_PROBLEMS_COUNTED * 2))
    assert snapshot() == before
    assert f"meer dan {MAX_PROBLEMS_COUNTED} problemen gevonden" in refusal.value.message
    assert len(refusal.value.problems) == MAX_PROBLEMS_SHOWN + 1
    assert "de controle is na 10000 problemen gestopt" in refusal.value.problems[-1]

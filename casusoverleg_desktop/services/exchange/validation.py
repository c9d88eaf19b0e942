"""Reading an exchange document and checking it against the JSON Schema.

Problems are lines ``path: reason`` with JSON paths as users see them in the file, e.g.
``cases[3].signals[0].statement_type: 'feit?' is not one of feit, mening, hypothese``.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError as SchemaError

from casusoverleg_desktop.errors import ImportRejected
from casusoverleg_desktop.services.exchange.document import (
    FORMAT_NAME,
    FORMAT_VERSION,
    is_date_text,
    is_moment_text,
    is_time_text,
    load_schema,
    without_nulls,
)

ROOT_PATH = "$"
Source = dict[str, Any] | bytes | str | os.PathLike[str]

# The export of the benchmarks' large vault (10,000 cases, 100,000 signals and contributions,
# 1,000 meetings: more than a region gathers in years) is 113 MB and is checked in about 30 s with
# 0.5 GB of memory. Ten times that would need gigabytes; a bit over twice it leaves room to grow.
MAX_FILE_BYTES = 256 * 1024 * 1024
# The format nests 8 levels deep at most; a deeper value is no exchange document.
MAX_DEPTH = 32
# A refusal lists the first MAX_PROBLEMS_SHOWN problems; the checks stop after MAX_PROBLEMS_COUNTED.
MAX_PROBLEMS_SHOWN = 50
MAX_PROBLEMS_COUNTED = 10_000
# SQLite stores signed 64-bit integers.
_INTEGER_RANGE = range(-(2**63), 2**63)

_FORMATS = FormatChecker(formats=())
for _name, _check in (("date", is_date_text), ("time", is_time_text), ("date-time", is_moment_text)):
    # Like every format check, only strings are judged; other types are the 'type' keyword's job.
    _FORMATS.checks(_name)(lambda value, check=_check: not isinstance(value, str) or check(value))

_TYPE_NAMES = {
    "string": "tekst", "integer": "geheel getal", "number": "getal",
    "boolean": "boolean (true of false)", "array": "lijst", "object": "object", "null": "null",
}


def rejected(problems: Sequence[str]) -> ImportRejected:
    count = len(problems)
    shown = list(problems[:MAX_PROBLEMS_SHOWN])
    if count > MAX_PROBLEMS_COUNTED:
        what = f"meer dan {MAX_PROBLEMS_COUNTED} problemen"
        shown.append(f"… en nog meer dan {MAX_PROBLEMS_COUNTED - MAX_PROBLEMS_SHOWN} problemen "
                     f"(de controle is na {MAX_PROBLEMS_COUNTED} problemen gestopt)")
    else:
        what = "1 probleem" if count == 1 else f"{count} problemen"
        if count > MAX_PROBLEMS_SHOWN:
            shown.append(f"… en nog {count - MAX_PROBLEMS_SHOWN} problemen")
    return ImportRejected(f"Import geweigerd: {what} gevonden; er is niets opgeslagen.", shown)


def read_document(source: Source) -> dict[str, Any]:
    """The document from a dict, JSON bytes or a file path; unreadable input is refused."""
    if isinstance(source, dict):
        data: Any = source
    else:
        raw = source if isinstance(source, bytes) else _read_file(Path(source))
        data = _parse_json(raw)
    problems = value_problems(data)
    if problems:
        raise rejected(problems)
    check_envelope(data)
    document: dict[str, Any] = without_nulls(data)
    return document


def _read_file(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size > MAX_FILE_BYTES:
                raise _too_large(path)
            raw = handle.read(MAX_FILE_BYTES + 1)  # a file that grows or has no size (a pipe)
    except FileNotFoundError:
        raise ImportRejected(f"Het bestand {path} bestaat niet.") from None
    except IsADirectoryError:
        raise ImportRejected(f"{path} is een map, geen uitwisselbestand.") from None
    except OSError as error:
        raise ImportRejected(f"Het bestand {path} kan niet worden gelezen: {error.strerror}.") from None
    if len(raw) > MAX_FILE_BYTES:
        raise _too_large(path)
    return raw


def _too_large(path: Path | None) -> ImportRejected:
    what = "Het bestand" if path is None else f"Het bestand {path}"
    return ImportRejected(
        f"{what} is groter dan {MAX_FILE_BYTES // (1024 * 1024)} MB; zo groot is geen export van een "
        "Casusoverleg-kluis. Er is niets opgeslagen.")


def _parse_json(raw: bytes) -> Any:
    if len(raw) > MAX_FILE_BYTES:
        raise _too_large(None)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRejected(
            "Het bestand is geen UTF-8-tekst en dus geen Casusoverleg-uitwisselbestand; "
            "er is niets opgeslagen."
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportRejected(
            "Het bestand is geen geldige JSON (afgebroken of beschadigd?): "
            f"regel {error.lineno}, kolom {error.colno}: {error.msg}. Er is niets opgeslagen.",
            [f"{ROOT_PATH}: ongeldige JSON op regel {error.lineno}, kolom {error.colno}"],
        ) from None
    except RecursionError:
        raise ImportRejected(
            f"Het bestand is te diep genest (meer dan {MAX_DEPTH} niveaus) voor een "
            "Casusoverleg-uitwisselbestand. Er is niets opgeslagen.") from None
    except ValueError:  # an integer with more digits than Python converts
        raise ImportRejected(
            f"Het bestand bevat een getal van meer dan {sys.get_int_max_str_digits()} cijfers; zo'n "
            "getal staat in geen Casusoverleg-uitwisselbestand. Er is niets opgeslagen.") from None


def value_problems(data: Any) -> list[str]:
    """Values that no exchange document holds and that later steps cannot handle: nesting deeper
    than ``MAX_DEPTH``, text with a lone surrogate (no UTF-8), integers beyond 64 bits."""
    problems: list[str] = []
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    # No recursion: the value may be nested (almost) as deep as Python allows.
    while stack and len(problems) <= MAX_PROBLEMS_COUNTED:
        value, path = stack.pop()
        if isinstance(value, dict | list):
            if len(path) == MAX_DEPTH:
                problems.append(f"{json_path(path)}: meer dan {MAX_DEPTH} niveaus diep genest")
                continue
            members = list(value.items() if isinstance(value, dict) else enumerate(value))
            for name, item in reversed(members):  # reversed: popped in document order
                if isinstance(name, str) and not _is_unicode(name):
                    problems.append(f"{json_path(path)}: een veldnaam bevat een ongeldig teken "
                                    "(los surrogaat, geen Unicode)")
                else:
                    stack.append((item, (*path, name)))
        elif isinstance(value, str) and not _is_unicode(value):
            problems.append(f"{json_path(path)}: tekst bevat een ongeldig teken (los surrogaat, "
                            "geen Unicode)")
        elif isinstance(value, int) and not isinstance(value, bool) and value not in _INTEGER_RANGE:
            problems.append(f"{json_path(path)}: getal is te groot (buiten -2^63 … 2^63-1)")
    return problems


def _is_unicode(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_envelope(data: Any) -> None:
    """Refuse a foreign document or a version this app cannot read, before anything else."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        found = data.get("format") if isinstance(data, dict) else None
        detail = "het veld 'format' ontbreekt" if found is None else f"'format' is {found!r}"
        raise ImportRejected(
            f"Dit is geen Casusoverleg-uitwisselbestand ({detail}; verwacht '{FORMAT_NAME}'). "
            "Er is niets opgeslagen.",
            [f"format: verwacht '{FORMAT_NAME}'"],
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportRejected(
            f"Het uitwisselbestand heeft geen geldige formaatversie ({version!r}). "
            "Er is niets opgeslagen.",
            [f"version: {version!r} is geen formaatversie (1, 2, …)"],
        )
    if version > FORMAT_VERSION:
        raise ImportRejected(
            f"Dit uitwisselbestand heeft formaatversie {version}; deze versie van Casusoverleg "
            f"leest tot en met versie {FORMAT_VERSION}. Werk de app bij om het te importeren. "
            "Er is niets opgeslagen.",
            [f"version: versie {version} is nieuwer dan {FORMAT_VERSION}"],
        )


def schema_problems(document: dict[str, Any]) -> list[str]:
    """Every schema violation as a ``path: reason`` line, sorted by path, without repeats; the
    search stops after ``MAX_PROBLEMS_COUNTED`` violations."""
    validator = Draft202012Validator(load_schema(document["version"]), format_checker=_FORMATS)
    errors = list(itertools.islice(validator.iter_errors(document), MAX_PROBLEMS_COUNTED + 1))
    lines: dict[str, None] = {}
    for error in sorted(errors, key=_document_order):
        for line in _describe(error):
            lines.setdefault(line)
    return list(lines)


def _document_order(error: SchemaError) -> tuple[str, ...]:
    return tuple(f"{part:08d}" if isinstance(part, int) else str(part) for part in error.absolute_path)


def json_path(parts: Iterable[str | int]) -> str:
    """``["cases", 3, "signals", 0]`` → ``cases[3].signals[0]``."""
    path = ""
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else part)
    return path or ROOT_PATH


def show(value: Any) -> str:
    """A value as in the message example: strings in single quotes, others as JSON."""
    if isinstance(value, str):
        return f"'{value}'"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _describe(error: SchemaError) -> list[str]:
    path = list(error.absolute_path)
    # iter_errors sets all of these; jsonschema's types also allow them to be unset
    keyword = error.validator
    expected: Any = error.validator_value
    value: Any = error.instance
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    if keyword == "required":
        missing = [name for name in expected if name not in value]
        return [f"{json_path([*path, name])}: verplicht veld ontbreekt" for name in missing]
    if keyword == "additionalProperties":
        known = schema.get("properties", {})
        return [f"{json_path([*path, name])}: onbekend veld" for name in value if name not in known]
    where = json_path(path)
    if keyword == "enum":
        allowed = ", ".join(str(option) for option in expected)
        return [f"{where}: {show(value)} is not one of {allowed}"]
    if keyword == "const":
        return [f"{where}: {show(value)} moet {show(expected)} zijn"]
    if keyword == "type":
        kinds = expected if isinstance(expected, list) else [expected]
        wanted = " of ".join(_TYPE_NAMES.get(kind, str(kind)) for kind in kinds)
        return [f"{where}: {show(value)} is geen {wanted}"]
    if keyword in ("pattern", "format"):
        if expected == r"\S":
            return [f"{where}: mag niet leeg zijn"]
        description = schema.get("description", f"waarde in de vorm {expected}")
        return [f"{where}: {show(value)} is geen {description}"]
    if keyword == "minItems":
        return [f"{where}: moet minstens {expected} element{'en' if expected != 1 else ''} bevatten"]
    if keyword == "minimum":
        return [f"{where}: {show(value)} is kleiner dan {expected}"]
    if keyword == "maximum":
        return [f"{where}: {show(value)} is groter dan {expected}"]
    if keyword == "maxLength":
        return [f"{where}: {show(value)} is langer dan {expected} tekens"]
    return [f"{where}: {error.message}"]

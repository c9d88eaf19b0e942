"""Fuzzing the import: a valid export document, damaged at random in structure and values, is either
imported or refused with the project's own error; never an unexpected error, and a refusal writes
nothing."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pytest
from exchange_sample import rich_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casusoverleg_desktop.errors import CasusoverlegError
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.exchange import import_document

pytestmark = pytest.mark.slow

EXAMPLES = 1000
# Values whose JSON text json.dumps cannot write (too deep, too many digits) go in as placeholders.
PLACEHOLDER = "@@fuzz-{}@@"
RAW_TEXTS = {
    "deep-list": "[" * 5000 + "]" * 5000,
    "deep-object": '{"a":' * 1200 + "1" + "}" * 1200,
    "just-too-deep": "[" * 40 + "]" * 40,
    "many-digits": "9" * 5000,
    "negative-digits": "-" + "1" * 4400,
    "big-float": "1" + "0" * 400 + ".5",
}

scalars = st.one_of(
    st.none(), st.booleans(),
    st.integers(), st.integers(min_value=2**63 - 2, max_value=2**64),
    st.integers(max_value=-(2**63) + 1, min_value=-(2**64)),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=3),
    st.sampled_from(["2025-02-30", "10000-01-01", "0001-01-01", "9999-12-31", "0000-00-00",
                     "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00",
                     "2025-01-01T00:00:00+99:00", "2025-01-01T25:61:00Z", "B0", "A99999999999999999999",
                     "S1", "C1", "feit", "", " ", "\x00", "open", "afgesloten"]),
    st.sampled_from([PLACEHOLDER.format(name) for name in RAW_TEXTS]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=8)


def _containers(value: Any, found: list[Any]) -> list[Any]:
    if isinstance(value, dict | list):
        found.append(value)
        for item in value.values() if isinstance(value, dict) else value:
            _containers(item, found)
    return found


@st.composite
def damaged_documents(draw: st.DrawFn) -> bytes:
    document = rich_document()
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        containers = _containers(document, [])
        target = containers[draw(st.integers(min_value=0, max_value=len(containers) - 1))]
        keys = list(target) if isinstance(target, dict) else list(range(len(target)))
        action = draw(st.sampled_from(["replace", "delete", "add", "duplicate", "wrap"]))
        if action == "add" or not keys:
            value = draw(json_values)
            if isinstance(target, dict):
                target[draw(st.text(max_size=12) | st.sampled_from(sorted(target) or ["x"]))] = value
            else:
                target.insert(draw(st.integers(min_value=0, max_value=len(target))), value)
            continue
        key = draw(st.sampled_from(keys))
        if action == "replace":
            target[key] = draw(json_values)
        elif action == "delete":
            del target[key]
        elif action == "duplicate" and isinstance(target, list):
            target.append(json.loads(json.dumps(target[key])))
        else:
            target[key] = [target[key]] if draw(st.booleans()) else {"x": target[key]}
    text = json.dumps(document, ensure_ascii=draw(st.booleans()), allow_nan=True)
    for name, raw in RAW_TEXTS.items():
        text = text.replace(json.dumps(PLACEHOLDER.format(name)), raw)
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.integers(min_value=0, max_value=9)) == 0:  # now and then damaged as bytes too
        cut = draw(st.integers(min_value=0, max_value=len(data)))
        data = data[:cut] + draw(st.binary(max_size=8)) + data[cut + draw(st.integers(0, 8)):]
    return data


def test_a_damaged_document_is_imported_or_refused_cleanly_and_a_refusal_writes_nothing(
        refusing: tuple[ServiceContext, Callable[[], Any]]) -> None:
    ctx, snapshot = refusing
    # The vault holds the sample already: most damaged documents that still pass every check are
    # then refused for their existing case codes, the last step before writing.
    import_document(ctx, rich_document())
    outcome = {"refused": 0, "imported": 0}
    state = {"before": snapshot()}
    started = time.monotonic()

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.large_base_example])
    @given(damaged_documents())
    def import_once(data: bytes) -> None:
        try:
            import_document(ctx, data)
        except CasusoverlegError:  # anything else fails the test: it would be "onverwachte fout"
            outcome["refused"] += 1
            assert snapshot() == state["before"], "a refused import changed the vault"
        else:
            outcome["imported"] += 1
            state["before"] = snapshot()

    import_once()
    assert outcome["refused"] + outcome["imported"] >= EXAMPLES
    assert outcome["refused"] > EXAMPLES // 2, outcome
    print(f"fuzz: {outcome} in {time.monotonic() - started:.1f} s")

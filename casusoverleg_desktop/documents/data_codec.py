"""Frozen document values as JSON and back, exactly: how a meeting record is kept in the vault.

Works on the frozen dataclasses of ``documents.data`` by their type hints: nested dataclasses,
tuples, optionals, ``str``/``int``/``bool``, dates, times, moments and the labelled enums (by their
stable value). A value written by this module reads back equal to what was written. A partner's
row id (``PartnerRef``) can be rewritten on the way out and back, so a record can travel to
another vault where the partner has another id.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import json
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar, cast

from casusoverleg_desktop.documents.data import MeetingRecord, PartnerRef

__all__ = ["RECORD_FORMAT", "decode", "dumps_record", "encode", "loads_record"]

RECORD_FORMAT = 1
"""Increased when the shape of a record changes so that an older record would read differently."""

T = TypeVar("T")


def encode(value: Any, partner: Callable[[int], Any] | None = None) -> Any:
    """Plain JSON values for a frozen dataclass (recursively); ``partner`` rewrites each
    ``PartnerRef`` (e.g. into a document's partner key)."""
    return _encode(value, type(value), partner)


def decode(kind: type[T], data: Any, partner: Callable[[Any], int] | None = None) -> T:
    """The value of type ``kind`` that ``encode`` turned into ``data``; ``partner`` reads back what
    ``encode``'s ``partner`` wrote."""
    return cast(T, _decode(kind, data, partner))


def dumps_record(record: MeetingRecord) -> str:
    return json.dumps({"format": RECORD_FORMAT, "record": encode(record)}, ensure_ascii=False,
                      sort_keys=True, separators=(",", ":"))


def loads_record(text: str) -> MeetingRecord:
    document = json.loads(text)
    if document.get("format") != RECORD_FORMAT:
        raise ValueError(f"meeting record format {document.get('format')!r} is not {RECORD_FORMAT}")
    return decode(MeetingRecord, document["record"])


@functools.cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def _inner(hint: Any) -> Any:
    """The value type of an optional (``X | None``)."""
    (inner,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
    return inner


def _items(hint: Any, count: int) -> list[Any]:
    args = typing.get_args(hint)
    return [args[0]] * count if len(args) == 2 and args[1] is Ellipsis else list(args)


def _required(field: dataclasses.Field[Any]) -> bool:
    return field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING


def _encode(value: Any, hint: Any, partner: Callable[[int], Any] | None) -> Any:
    if value is None:
        return None
    if hint is PartnerRef and partner is not None:
        return partner(value)
    if typing.get_origin(hint) in (types.UnionType, typing.Union):
        return _encode(value, _inner(hint), partner)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        hints = _hints(type(value))
        return {f.name: _encode(getattr(value, f.name), hints[f.name], partner)
                for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_encode(v, h, partner) for v, h in zip(value, _items(hint, len(value)), strict=True)]
    return value


def _decode(hint: Any, data: Any, partner: Callable[[Any], int] | None) -> Any:
    if hint is PartnerRef and partner is not None:
        return PartnerRef(partner(data))
    hint = getattr(hint, "__supertype__", hint)  # a NewType reads as its base type
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        return None if data is None else _decode(_inner(hint), data, partner)
    if origin is tuple:
        return tuple(_decode(h, item, partner) for h, item in zip(_items(hint, len(data)), data, strict=True))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        unknown = set(data) - set(hints)
        if unknown:
            raise ValueError(f"{hint.__name__} has no field(s) {sorted(unknown)}")
        values = {name: _decode(hints[name], value, partner) for name, value in data.items()}
        absent = {f.name: None for f in dataclasses.fields(hint)  # null means absent (exchange documents)
                  if f.name not in values and _required(f) and type(None) in typing.get_args(hints[f.name])}
        return hint(**values, **absent)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(data)
    if hint is dt.datetime:
        return dt.datetime.fromisoformat(data)
    if hint is dt.date:
        return dt.date.fromisoformat(data)
    if hint is dt.time:
        return dt.time.fromisoformat(data)
    return data

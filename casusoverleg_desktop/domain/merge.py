"""The three-way merge of one record, field by field: what only one side changed since the content
both sides last shared (the base) is taken over; a field both changed differently is a conflict.

Contents are plain dicts of JSON values (``services.packages.records``); no database here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

Content = Mapping[str, Any]


@dataclass(frozen=True)
class FieldMerge:
    """The outcome for one record: the merged content and the fields that conflict."""

    merged: dict[str, Any]
    taken: tuple[str, ...]  # fields taken from theirs
    conflicts: tuple[str, ...]


def merge_fields(base: Content | None, mine: Content, theirs: Content) -> FieldMerge:
    """Merge ``theirs`` into ``mine``; without a base every differing field is a conflict."""
    merged = dict(mine)
    taken: list[str] = []
    conflicts: list[str] = []
    for name, their_value in theirs.items():
        my_value = mine.get(name)
        if their_value == my_value:
            continue
        if base is not None and name in base and base[name] == my_value:
            merged[name] = their_value
            taken.append(name)
        elif base is not None and name in base and base[name] == their_value:
            continue
        else:
            conflicts.append(name)
    return FieldMerge(merged, tuple(taken), tuple(conflicts))

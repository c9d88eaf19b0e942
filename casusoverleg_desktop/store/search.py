"""Full-text index over case content (FTS5, diacritics folded: "reunie" finds "reünie").

The domain feeds it with ``index_text``/``remove``; ``search`` returns where each hit lies and a
snippet. The index lives inside the encrypted database like everything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

CREATE_INDEX_SQL = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "body, entity_type UNINDEXED, entity_id UNINDEXED, case_id UNINDEXED, field UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)
SNIPPET_START, SNIPPET_END = "[", "]"
_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 16


@dataclass(frozen=True)
class SearchHit:
    case_id: int | None
    entity_type: str
    entity_id: int
    field: str
    snippet: str


def index_text(session: Session, entity_type: str, entity_id: int, field: str, body: str,
               case_id: int | None = None, *, new: bool = False) -> None:
    """Put (or replace) the text of one field of one entity in the index (a ``new`` row has
    nothing there to replace)."""
    if not new:
        remove(session, entity_type, entity_id, field)
    if body and body.strip():
        session.execute(
            text("INSERT INTO search_index (body, entity_type, entity_id, case_id, field) "
                 "VALUES (:body, :etype, :eid, :case_id, :field)"),
            {"body": body, "etype": entity_type, "eid": entity_id, "case_id": case_id,
             "field": field},
        )


def remove(session: Session, entity_type: str, entity_id: int, field: str | None = None) -> None:
    sql = "DELETE FROM search_index WHERE entity_type = :etype AND entity_id = :eid"
    params: dict[str, object] = {"etype": entity_type, "eid": entity_id}
    if field is not None:
        sql += " AND field = :field"
        params["field"] = field
    session.execute(text(sql), params)


def to_match_expression(query: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must occur, the last as prefix."""
    words = _TOKEN.findall(query)[:MAX_WORDS]
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(session: Session, query: str, limit: int = 50, *, case_id: int | None = None,
           marks: tuple[str, str] = (SNIPPET_START, SNIPPET_END)) -> list[SearchHit]:
    """Hits best first; ``case_id`` keeps one case's hits, ``marks`` surround each hit in the snippet."""
    match = to_match_expression(query)
    if match is None:
        return []
    where = "search_index MATCH :match"
    params: dict[str, object] = {"match": match, "limit": limit, "start": marks[0], "end": marks[1]}
    if case_id is not None:
        where += " AND case_id = :case_id"
        params["case_id"] = case_id
    rows = session.execute(
        text("SELECT case_id, entity_type, entity_id, field, "
             "snippet(search_index, 0, :start, :end, '…', 12) "
             f"FROM search_index WHERE {where} ORDER BY rank LIMIT :limit"),
        params,
    )
    return [SearchHit(int(r[0]) if r[0] is not None else None, r[1], int(r[2]), r[3], r[4])
            for r in rows]


def remove_case(session: Session, case_id: int) -> None:
    """Drop every entry of a case (its rows go with it when a case is purged)."""
    session.execute(text("DELETE FROM search_index WHERE case_id = :case_id"), {"case_id": case_id})


def remove_orphans(session: Session, entity_type: str, table: str) -> None:
    """Drop entries of ``entity_type`` whose row in ``table`` no longer exists (cascaded deletes)."""
    session.execute(
        text("DELETE FROM search_index WHERE entity_type = :etype AND CAST(entity_id AS INTEGER) "
             f"NOT IN (SELECT id FROM {table})"),
        {"etype": entity_type},
    )


def clear(session: Session) -> None:
    session.execute(text("DELETE FROM search_index"))

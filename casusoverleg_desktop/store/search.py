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


@dataclass(frozen=True)
class SearchHit:
    case_id: int | None
    entity_type: str
    entity_id: int
    field: str
    snippet: str


def index_text(session: Session, entity_type: str, entity_id: int, field: str, body: str,
               case_id: int | None = None) -> None:
    """Put (or replace) the text of one field of one entity in the index."""
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
    params: dict = {"etype": entity_type, "eid": entity_id}
    if field is not None:
        sql += " AND field = :field"
        params["field"] = field
    session.execute(text(sql), params)


def to_match_expression(query: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must occur, the last as prefix."""
    words = _TOKEN.findall(query)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(session: Session, query: str, limit: int = 50) -> list[SearchHit]:
    match = to_match_expression(query)
    if match is None:
        return []
    rows = session.execute(
        text("SELECT case_id, entity_type, entity_id, field, "
             f"snippet(search_index, 0, '{SNIPPET_START}', '{SNIPPET_END}', '…', 12) "
             "FROM search_index WHERE search_index MATCH :match ORDER BY rank LIMIT :limit"),
        {"match": match, "limit": limit},
    )
    return [SearchHit(int(r[0]) if r[0] is not None else None, r[1], int(r[2]), r[3], r[4])
            for r in rows]

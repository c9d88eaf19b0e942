"""Search hits as a table: case code, where the hit lies, and the snippet with the hit in bold.

Rows are ``SearchResult``s (``ROW_ROLE``); the snippet column answers ``HTML_ROLE`` with the hit
words in <b>…</b> and the rest escaped.
"""

from __future__ import annotations

import html
from typing import Any

from casusoverleg_desktop.services.search import SearchResult

from casusoverleg_desktop.ui.models.base import HTML_ROLE, Column, TableModel, tr

COL_CASE, COL_WHERE, COL_SNIPPET = range(3)
CONTEXT = "SearchResultsModel"


def snippet_html(result: SearchResult) -> str:
    return "".join(f"<b>{html.escape(p.text)}</b>" if p.is_hit else html.escape(p.text)
                   for p in result.snippet_parts)


def _snippet(result: SearchResult) -> str:
    return result.marked("", "")


class SearchResultsModel(TableModel[SearchResult]):
    tr_context = CONTEXT
    accessible_text = True
    columns = (
        Column("Casus", lambda r: r.case_code or tr("(geen casus)", CONTEXT)),
        Column("Waar", lambda r: r.where),
        Column("Fragment", _snippet, tooltip=_snippet),
    )

    def extra_data(self, row: SearchResult, column: int, role: int) -> Any:
        if role == HTML_ROLE and column == COL_SNIPPET:
            return snippet_html(row)
        return None


__all__ = ["COL_CASE", "COL_SNIPPET", "COL_WHERE", "HTML_ROLE", "SearchResultsModel", "snippet_html"]

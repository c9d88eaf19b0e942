"""Full-text search: diacritics folded, prefix matching, and any typed input is safe."""

from __future__ import annotations

import pytest
from vault_admin_kit import new_vault, work_on

from casusoverleg_desktop.store import search

TEXTS = {
    1: "Reünie van de familie gepland na de coördinatie met Veilig Thuis",
    2: "Café-bezoek en een ruzie over de huur",
    3: "Gesprek met de wijkagent over overlast; reunie afgezegd",
    4: "IJsbaan-incident: de jongere (17) is gevolgd door de jeugdreclassering",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    """One vault holding the texts; the tests only read it."""
    from casusoverleg_desktop.domain.accounts import Role
    
    vault, _ = new_vault(tmp_path_factory.mktemp("zoeken") / "kluis", "voorzitter", Role.CHAIR,
                            "correct paard batterij niet")
    with work_on(vault) as session:
        for entity_id, body in TEXTS.items():
            search.index_text(session, "note", entity_id, "body", body, case_id=100 + entity_id)
    yield vault
    vault.close()


def ids(vault, query: str) -> list[int]:
    with work_on(vault) as session:
        return sorted(hit.entity_id for hit in search.search(session, query))


@pytest.mark.parametrize(("query", "expected"), [
    ("reunie", [1, 3]), ("reünie", [1, 3]), ("REÜNIE", [1, 3]), ("coordinatie", [1]),
    ("cafe", [2]), ("café", [2]), ("coörd", [1]), ("wijk", [3]), ("wijkagent overlast", [3]),
    ("overlast wijk", [3]), ("ijsbaan", [4]), ("jeugdrecl", [4]), ("familie ruzie", []),
    ("gepland reun", [1]), ("huur", [2]), ("17", [4]),
])
def test_search_folds_diacritics_and_matches_prefixes(index, query, expected) -> None:
    assert ids(index, query) == expected


def test_hits_carry_case_field_and_a_marked_snippet(index) -> None:
    with work_on(index) as session:
        [hit] = search.search(session, "wijkagent")
    assert (hit.case_id, hit.entity_type, hit.entity_id, hit.field) == (103, "note", 3, "body")
    assert "[wijkagent]" in hit.snippet


@pytest.mark.parametrize("hostile", [
    "", "   ", '"', '""', "'", "*", "**", "NEAR(", "NEAR(reunie huur", "reunie NEAR/2 huur", "AND",
    "OR OR", "NOT", "reunie NOT", "(", ")", "body:reunie", "{body}: x", "^reunie", "-", "+", "\\",
    "'; DROP TABLE search_index; --", "\x00", "reunie\x00huur", "🙂", "a" * 5000, "%_", "[", "]",
])
def test_hostile_input_never_raises(index, hostile) -> None:
    with work_on(index) as session:
        search.search(session, hostile)
    assert ids(index, "reunie") == [1, 3]


def test_reindex_replaces_and_remove_deletes(vault) -> None:
    with work_on(vault) as session:
        search.index_text(session, "action", 7, "title", "bel de huisarts")
        search.index_text(session, "action", 7, "title", "mail de school")
        search.index_text(session, "action", 7, "notes", "voor vrijdag")
    assert ids(vault, "huisarts") == []
    assert ids(vault, "school") == [7]
    with work_on(vault) as session:
        search.index_text(session, "action", 7, "title", "  ")  # blank text: out of the index
    assert ids(vault, "school") == []
    assert ids(vault, "vrijdag") == [7]
    with work_on(vault) as session:
        search.remove(session, "action", 7)
    assert ids(vault, "vrijdag") == []


def test_limit(vault) -> None:
    with work_on(vault) as session:
        for number in range(1, 31):
            search.index_text(session, "note", number, "body", f"herhaling {number}")
    with work_on(vault) as session:
        assert len(search.search(session, "herhaling", limit=10)) == 10

"""The complete table metadata: every model module imported once, in one place."""

from sqlalchemy.schema import SchemaItem

from casusoverleg_desktop.store import (  # noqa: F401 - registers the tables
    accounts,
    balance_models,
    chain_models,
    document_models,
    drafts,
    exchange_models,
    models,
    pki_models,
    privacy_models,
)
from casusoverleg_desktop.store.base import Base

metadata = Base.metadata

# Tables made by hand in migrations (FTS5 and its shadow tables) that autogenerate must not touch.
UNMANAGED_PREFIXES = ("search_index",)


def migration_include_object(obj: SchemaItem, name: str | None, type_: str, reflected: bool,
                             compare_to: SchemaItem | None) -> bool:
    return not (type_ == "table" and name and name.startswith(UNMANAGED_PREFIXES))

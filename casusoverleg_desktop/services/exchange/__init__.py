"""The JSON exchange format: a versioned, documented file with all content of a vault.

``export_vault``/``export_to_file`` write it; ``import_document``/``import_file`` check everything
first and then write everything in one transaction, or refuse with ``ImportRejected`` and a list of
``path: reason`` problems. The format is described in ``docs/exchange.md`` and its JSON Schema ships
in this package, one file per version (``casusoverleg-exchange-v<N>.schema.json``); documents of
every earlier version still import.
"""

from casusoverleg_desktop.services.exchange.document import (
    FORMAT_NAME,
    FORMAT_VERSION,
    load_schema,
    schema_path,
)
from casusoverleg_desktop.services.exchange.export import document_bytes, export_to_file, export_vault
from casusoverleg_desktop.services.exchange.importer import (
    ImportSummary,
    import_document,
    import_file,
    validate_document,
)

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ImportSummary",
    "document_bytes",
    "export_to_file",
    "export_vault",
    "import_document",
    "import_file",
    "load_schema",
    "schema_path",
    "validate_document",
]

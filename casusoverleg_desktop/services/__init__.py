"""Use cases: one unit of work per user action, returning plain frozen dataclasses.

Importing this package installs the session listeners that no service may forget: the audit trail
(``services.audit``) and the full-text index (``services.search``).
"""

from casusoverleg_desktop.services import audit, search  # noqa: F401

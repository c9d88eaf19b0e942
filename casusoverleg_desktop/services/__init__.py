"""Use cases: one unit of work per user action, returning plain frozen dataclasses.

Importing this package installs the audit listener (``services.audit``) on every session.
"""

from casusoverleg_desktop.services import audit  # noqa: F401

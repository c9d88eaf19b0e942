"""Bring an open vault's schema to the version of this program, or refuse a newer one.

Checking is cheap and needs no Alembic: the revision ids are read from the migration files, and
the vault's revision is one row. Alembic itself, slow to import, is loaded only when a migration
really has to run.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from casusoverleg_desktop.errors import VaultDamaged, VaultTooNew
from casusoverleg_desktop.resources import package_path

if TYPE_CHECKING:
    from alembic.config import Config


_ASSIGNMENT = re.compile(r"""^(revision|down_revision)\s*=\s*['"]?([^'"\s]+)['"]?\s*$""", re.M)


def scripts_dir() -> Path:
    return package_path("store", "migrations")


def known_revisions() -> dict[str, str | None]:
    """This program's revision ids, each with the revision it follows (None for the first)."""
    revisions = {}
    for path in (scripts_dir() / "versions").glob("*.py"):
        found = dict(_ASSIGNMENT.findall(path.read_text(encoding="utf-8")))
        if "revision" in found:
            down = found.get("down_revision")
            revisions[found["revision"]] = None if down in (None, "None") else down
    return revisions


def head_revision() -> str:
    revisions = known_revisions()
    followed = set(revisions.values())
    [head] = [revision for revision in revisions if revision not in followed]
    return head


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(scripts_dir()))
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:  # a new, empty database has no version table yet
            return None


def needs_upgrade(engine: Engine) -> bool:
    """True when the schema is behind; raises ``VaultTooNew`` when it is ahead of this program."""
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise VaultTooNew(
            "Deze kluis is gemaakt met een nieuwere versie van Casusoverleg Desktop. "
            "Installeer de nieuwste versie om hem te openen; er is niets gewijzigd."
        )
    return current != head_revision()


def upgrade(engine: Engine, before: Callable[[], object] | None = None) -> bool:
    """Migrate to head; ``before`` runs first (an automatic backup). Returns whether it ran."""
    if not needs_upgrade(engine):
        return False
    if before is not None and current_revision(engine) is not None:
        before()
    from alembic import command

    config = alembic_config()
    with engine.connect() as conn:
        # SQLite's procedure for schema changes: foreign keys off outside the transaction (a table
        # rebuilt by batch mode would otherwise cascade its DROP into the rows that refer to it),
        # checked before the commit, and on again for everyone else.
        raw = conn.connection.driver_connection
        assert raw is not None  # None only after the connection is invalidated
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise VaultDamaged("Het bijwerken van de kluis liet verwijzingen achter die nergens "
                                       "naar wijzen; er is niets gewijzigd. Neem contact op met beheer.")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    return True

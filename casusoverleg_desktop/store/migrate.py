"""Bring an open vault's schema to the version of this program, or refuse a newer one."""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from casusoverleg_desktop.errors import VaultTooNew
from casusoverleg_desktop.resources import package_path


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(package_path("store", "migrations")))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    """True when the schema is behind; raises ``VaultTooNew`` when it is ahead of this program."""
    current = current_revision(engine)
    script = ScriptDirectory.from_config(alembic_config())
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise VaultTooNew(
            "Deze kluis is gemaakt met een nieuwere versie van Casusoverleg Desktop. "
            "Installeer de nieuwste versie om hem te openen; er is niets gewijzigd."
        )
    return current != script.get_current_head()


def upgrade(engine: Engine, before: Callable[[], None] | None = None) -> bool:
    """Migrate to head; ``before`` runs first (an automatic backup). Returns whether it ran."""
    if not needs_upgrade(engine):
        return False
    if before is not None and current_revision(engine) is not None:
        before()
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return True

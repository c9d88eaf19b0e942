"""Developer tool: write a new migration by comparing the models with a scratch vault at head.

    uv run python -m casusoverleg_desktop.store.migrations.autogen "what changed"
"""

import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from alembic import command
from alembic.operations.ops import MigrationScript
from alembic.runtime.migration import MigrationContext

from casusoverleg_desktop.store.engine import create_vault_engine
from casusoverleg_desktop.store.migrate import alembic_config, upgrade


def _next_rev_id() -> str:
    versions = Path(__file__).parent / "versions"
    return f"{len(list(versions.glob('[0-9]*.py'))) + 1:04d}"


def _skip_when_empty(_context: MigrationContext, _revision: str | Iterable[str | None],
                     directives: list[MigrationScript]) -> None:
    upgrade_ops = directives[0].upgrade_ops
    if upgrade_ops is None or upgrade_ops.is_empty():
        directives[:] = []
        print("no schema changes: no migration written")


def main() -> None:
    message = sys.argv[1] if len(sys.argv) > 1 else "schema change"
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_vault_engine(Path(tmp) / "scratch.db", os.urandom(32))
        upgrade(engine)
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            config.attributes["process_revision_directives"] = _skip_when_empty
            command.revision(config, message=message, autogenerate=True, rev_id=_next_rev_id())
        engine.dispose()


if __name__ == "__main__":
    main()

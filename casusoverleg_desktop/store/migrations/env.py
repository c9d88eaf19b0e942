"""Alembic environment: always runs on a connection handed in by ``store.migrate``."""

from alembic import context

from casusoverleg_desktop.store.schema import metadata, migration_include_object

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    include_object=migration_include_object,
    compare_type=True,
    process_revision_directives=config.attributes.get("process_revision_directives"),
)
with context.begin_transaction():
    context.run_migrations()

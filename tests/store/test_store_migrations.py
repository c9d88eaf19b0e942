"""Migrations run on open after an automatic backup; a vault from a newer version is refused."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import textwrap
from pathlib import Path

import pytest

from casusoverleg_desktop.errors import VaultTooNew
from casusoverleg_desktop.resources import package_path
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.store import migrate
from casusoverleg_desktop.store.engine import connect_raw, create_vault_engine
from casusoverleg_desktop.vault.backup import read_backup
from casusoverleg_desktop.vault.vault import unlock

SETTINGS = Settings()

PASSPHRASE = "correct paard batterij niet"  # as in tests/conftest.py
CHAIR = "voorzitter"


def _tables(engine) -> set[str]:
    with engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _revision_in(db: Path, key: bytes) -> str | None:
    conn = connect_raw(db, key)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def test_a_fresh_vault_is_at_head(vault) -> None:
    assert migrate.current_revision(vault.engine) == migrate.head_revision()
    assert not migrate.needs_upgrade(vault.engine)
    assert {"user_account", "search_index", "alembic_version"} <= _tables(vault.engine)
    assert migrate.upgrade(vault.engine, before=pytest.fail) is False


def test_upgrade_of_an_empty_encrypted_database_needs_no_backup(tmp_path: Path) -> None:
    engine = create_vault_engine(tmp_path / "leeg.db", os.urandom(32))
    calls: list[str] = []
    try:
        assert migrate.current_revision(engine) is None
        assert migrate.upgrade(engine, before=lambda: calls.append("backup")) is True
        assert calls == []  # nothing to back up in an empty database
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert migrate.upgrade(engine, before=lambda: calls.append("backup")) is False
        assert calls == []
    finally:
        engine.dispose()


def test_a_vault_from_a_newer_version_is_refused_and_left_alone(created, folder_digest) -> None:
    vault, _ = created
    key = vault._data_keys[1]
    vault.close()
    db = vault.paths.db
    conn = connect_raw(db, key)
    conn.execute("UPDATE alembic_version SET version_num = '9000_toekomst'")
    conn.close()
    before = folder_digest(vault.paths.root)
    with pytest.raises(VaultTooNew, match="nieuwere versie van Casusoverleg Desktop") as caught:
        unlock(vault.paths.root, CHAIR, PASSPHRASE, settings=SETTINGS)
    assert "er is niets gewijzigd" in caught.value.message
    assert folder_digest(vault.paths.root) == before  # includes: no new backup
    assert _revision_in(db, key) == "9000_toekomst"


# -- an older vault: a second revision, as the next version of the program will ship ------------
SECOND_REVISION = '''
    """test-only: a second revision"""
    import sqlalchemy as sa
    from alembic import op

    revision = "0002_proef"
    down_revision = "{down}"
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        op.create_table("migratie_proef", sa.Column("id", sa.Integer(), primary_key=True))
        {extra}


    def downgrade() -> None:
        op.drop_table("migratie_proef")
'''


def _program_with_a_second_revision(tmp_path: Path, monkeypatch, extra: str = "") -> None:
    """Copy the shipped migrations, add a revision, and let ``store.migrate`` use the copy."""
    scripts = tmp_path / "migraties"
    shutil.copytree(package_path("store", "migrations"), scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0002_proef.py").write_text(
        textwrap.dedent(SECOND_REVISION).format(down=migrate.head_revision(), extra=extra))

    monkeypatch.setattr(migrate, "scripts_dir", lambda: scripts)
    assert migrate.head_revision() == "0002_proef"


def test_the_revisions_read_from_the_files_are_alembics() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    assert set(migrate.known_revisions()) == {rev.revision for rev in script.walk_revisions()}


class FixedClock:
    def __call__(self) -> dt.datetime:
        return dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)


def test_an_older_vault_is_backed_up_then_migrated(created, tmp_path: Path, monkeypatch) -> None:
    vault, _ = created
    key = vault._data_keys[1]
    old_head = migrate.head_revision()
    vault.close()
    _program_with_a_second_revision(tmp_path, monkeypatch)

    opened = unlock(vault.paths.root, CHAIR, PASSPHRASE, clock=FixedClock(), settings=SETTINGS)
    try:
        assert migrate.current_revision(opened.engine) == "0002_proef"
        assert "migratie_proef" in _tables(opened.engine)
    finally:
        opened.close()
    [backup] = (vault.paths.root / "backups").glob("*-voor-migratie.cobak")
    assert backup.name == "auto-20260601T120000000000Z-voor-migratie.cobak"
    snapshot = tmp_path / "voor-migratie.db"
    snapshot.write_bytes(read_backup(backup).database)
    assert _revision_in(snapshot, key) == old_head

    unlock(vault.paths.root, CHAIR, PASSPHRASE, clock=FixedClock(), settings=SETTINGS).close()
    assert len(list((vault.paths.root / "backups").glob("*voor-migratie*"))) == 1


def test_a_failing_migration_changes_nothing_and_leaves_the_backup(created, tmp_path: Path,
                                                                    monkeypatch) -> None:
    vault, _ = created
    key = vault._data_keys[1]
    old_head = migrate.head_revision()
    vault.close()
    _program_with_a_second_revision(tmp_path, monkeypatch, extra='raise RuntimeError("kapot")')

    with pytest.raises(RuntimeError, match="kapot"):
        unlock(vault.paths.root, CHAIR, PASSPHRASE, settings=SETTINGS)
    assert _revision_in(vault.paths.db, key) == old_head
    conn = connect_raw(vault.paths.db, key)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert "migratie_proef" not in tables
    assert len(list((vault.paths.root / "backups").glob("*voor-migratie*"))) == 1


def test_a_vault_one_real_revision_behind_is_backed_up_then_upgraded(created, tmp_path: Path) -> None:
    """With the shipped migrations: step the schema back one revision, then open it."""
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    head = script.get_revision(migrate.head_revision())
    if head.down_revision is None:
        pytest.skip("only one revision ships; the copied-scripts tests above cover this path")
    vault, _ = created
    key = vault._data_keys[1]
    config = migrate.alembic_config()
    with vault.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "-1")
    vault.close()
    assert _revision_in(vault.paths.db, key) == head.down_revision

    opened = unlock(vault.paths.root, CHAIR, PASSPHRASE, clock=FixedClock(), settings=SETTINGS)
    try:
        assert migrate.current_revision(opened.engine) == head.revision
    finally:
        opened.close()
    [backup] = (vault.paths.root / "backups").glob("*-voor-migratie.cobak")
    snapshot = tmp_path / "voor-migratie.db"
    snapshot.write_bytes(read_backup(backup).database)
    assert _revision_in(snapshot, key) == head.down_revision

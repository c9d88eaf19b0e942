"""The SQLCipher engine: a wrong key is a clear error at open, and every connection is configured."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casusoverleg_desktop.errors import WrongPassphrase
from casusoverleg_desktop.store.engine import connect_raw, create_vault_engine, key_pragma


@pytest.fixture
def database(tmp_path: Path) -> tuple[Path, bytes]:
    key = os.urandom(32)
    engine = create_vault_engine(tmp_path / "db.sqlite", key)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x TEXT)")
        conn.exec_driver_sql("INSERT INTO t VALUES ('geheim')")
    engine.dispose()
    return tmp_path / "db.sqlite", key


def test_a_wrong_key_fails_at_open_with_a_clear_message(database) -> None:
    path, _ = database
    with pytest.raises(WrongPassphrase, match="verkeerd wachtwoord of een beschadigd bestand"):
        create_vault_engine(path, os.urandom(32))
    with pytest.raises(WrongPassphrase):
        connect_raw(path, os.urandom(32))


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + bytes(5000), os.urandom(9000)],
                         ids=["empty-is-new", "plain-sqlite-header", "random"])
def test_other_files_are_not_opened_as_a_vault(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "ander.db"
    path.write_bytes(content)
    if not content:
        create_vault_engine(path, os.urandom(32)).dispose()  # an empty file is a new database
        return
    with pytest.raises(WrongPassphrase):
        create_vault_engine(path, os.urandom(32))


def test_every_pooled_connection_is_keyed_and_configured(database) -> None:
    path, key = database
    engine = create_vault_engine(path, key)
    try:
        connections = [engine.connect() for _ in range(3)]  # more than one pooled connection
        for conn in connections:
            pragma = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                      for name in ("journal_mode", "foreign_keys", "temp_store", "synchronous")}
            assert pragma == {"journal_mode": "wal", "foreign_keys": 1, "temp_store": 2, "synchronous": 2}
            assert conn.exec_driver_sql("SELECT x FROM t").scalar() == "geheim"
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        for conn in connections:
            conn.close()
    finally:
        engine.dispose()


def test_the_key_is_raw_and_exactly_256_bits() -> None:
    assert key_pragma(bytes(32)) == "PRAGMA key = \"x'" + "00" * 32 + "'\""
    for wrong in (b"", bytes(16), bytes(33)):
        with pytest.raises(ValueError, match="32 bytes"):
            key_pragma(wrong)


def test_savepoints_roll_back_only_the_inner_part(database) -> None:
    from sqlalchemy.orm import Session

    path, key = database
    engine = create_vault_engine(path, key)
    try:
        with Session(engine) as session, session.begin():
            session.connection().exec_driver_sql("INSERT INTO t VALUES ('buiten')")
            nested = session.begin_nested()
            session.connection().exec_driver_sql("INSERT INTO t VALUES ('binnen')")
            nested.rollback()
        with engine.connect() as conn:
            assert sorted(r[0] for r in conn.exec_driver_sql("SELECT x FROM t")) == ["buiten", "geheim"]
    finally:
        engine.dispose()

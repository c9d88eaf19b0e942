"""On lock the data key is dropped: the engine keeps no copy, and nothing else the program keeps
holds it (issue 15, point 7). A vault made and unlocked as a user would; the search looks at what
every live object refers to."""

from __future__ import annotations

import gc

import pytest
from sqlalchemy import text

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.errors import VaultLocked
from casusoverleg_desktop.services.access import VaultAccess, create_new_vault
from casusoverleg_desktop.settings import Settings

PASSPHRASE = "correct paard batterij niet"


def holders_of(secret: bytearray) -> list[str]:
    """Type names of live objects that refer to a ``bytes`` equal to ``secret``: directly, or
    through a container the collector does not track (a dict or tuple of plain values)."""
    gc.collect()
    return [type(obj).__name__ for obj in gc.get_objects() if _refers(obj, secret, 1)]


def _refers(obj: object, secret: bytearray, depth: int) -> bool:
    for ref in gc.get_referents(obj):
        if isinstance(ref, bytes) and ref == secret:
            return True
        if depth and isinstance(ref, dict | tuple | list) and not gc.is_tracked(ref) \
                and _refers(ref, secret, depth - 1):
            return True
    return False


@pytest.fixture
def unlocked(tmp_path):
    root = tmp_path / "kluis"
    create_new_vault(root, "voorzitter", Role.CHAIR, PASSPHRASE, settings=Settings())[0].close()
    return VaultAccess(root, Settings(), None).unlock("voorzitter", PASSPHRASE)


def test_after_lock_nothing_holds_the_data_key_and_the_engine_cannot_connect(unlocked):
    key = bytearray(unlocked.vault._data_key.get())  # kept as a bytearray: not itself a match
    with unlocked.vault.engine.connect() as conn:  # a pooled connection was made from the key
        assert conn.execute(text("SELECT count(*) FROM audit_entry")).scalar() >= 1
    engine = unlocked.vault.engine
    unlocked.close()
    assert holders_of(key) == []
    with pytest.raises(VaultLocked):
        engine.connect()


def test_the_held_key_is_wiped_in_place(unlocked):
    buffer = unlocked.vault._data_key._buffer
    unlocked.close()
    assert not buffer and not unlocked.vault._data_key

"""Other users of a test vault, each unlocked with their own passphrase, as they would themselves.

A signature needs the signer's own unlock (``services.signing``), so a test that signs as the
secretary opens the vault as the secretary: ``as_user``. The sessions are closed after each test
(``close_other_users``, an autouse fixture in tests/conftest.py).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from casusoverleg_desktop.services.access import VaultSession
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.vault import unlock

PASSPHRASES = {"voorzitter": "correct paard batterij niet", "notulist": "notulist schrijft alles op"}
_open: dict[tuple[Path, str], VaultSession] = {}


def as_user(ctx: ServiceContext, login: str) -> ServiceContext:
    """The service context of ``login`` on the vault of ``ctx``, unlocked with their passphrase;
    with the clock and certificate terms of ``ctx``."""
    if login not in PASSPHRASES or (ctx.own_keys is not None and ctx.own_keys.login == login):
        return replace(ctx, actor=login)  # no account to unlock as, or it is ctx's own
    root = vault_root(ctx)
    session = _open.get((root, login))
    if session is None:
        session = _open[(root, login)] = VaultSession(
            unlock(root, login, PASSPHRASES[login], settings=Settings()))
    return replace(session.context(), clock=ctx.clock, certificates=ctx.certificates)


def vault_root(ctx: ServiceContext) -> Path:
    database = ctx.database
    current = getattr(database, "current", None)  # the GUI's live vault
    return (current() if current else database).root  # type: ignore[union-attr]


def close_other_users() -> None:
    while _open:
        _open.popitem()[1].close()

"""Busy is not damaged: a write waits for another process's lock, and says so plainly when it
cannot get it; a key changed in another process is named as such, not as damage."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest
from busy_peer import finish, start_peer
from vault_testkit import CHAIR, PASSPHRASE

from casusoverleg_desktop import cli
from casusoverleg_desktop.domain.enums import LegalBasis
from casusoverleg_desktop.errors import VaultBusy, VaultKeyChanged
from casusoverleg_desktop.services import cases
from casusoverleg_desktop.store.engine import connect_raw, key_pragma

OPENED = dt.date(2025, 2, 10)


def case_codes(ctx) -> list[str]:
    return [c.code for c in cases.list_cases(ctx)]


def test_a_write_waits_for_a_lock_held_a_second(created, ctx) -> None:
    vault, _ = created
    holder = start_peer(vault, "hold", "1.0", "held")
    try:
        started = time.monotonic()
        cases.create_case(ctx, "LV-2025-001", LegalBasis.PGA, OPENED)  # reads, then writes
        waited = time.monotonic() - started
    finally:
        out = finish(holder)
    assert "released" in out
    assert 0.5 < waited < 5, waited
    assert case_codes(ctx) == ["LV-2025-001"]


@pytest.mark.slow
def test_a_lock_held_past_the_timeout_is_busy_not_damaged(created, ctx) -> None:
    vault, _ = created
    holder = start_peer(vault, "hold", "8", "held")
    try:
        started = time.monotonic()
        with pytest.raises(VaultBusy) as raised:
            cases.create_case(ctx, "LV-2025-002", LegalBasis.PGA, OPENED)
        waited = time.monotonic() - started
    finally:
        finish(holder)
    assert 4 < waited < 7, waited
    assert "bezet door een ander venster of programma" in raised.value.message
    assert "beschadigd" not in raised.value.message and "back-up" not in raised.value.message
    cases.create_case(ctx, "LV-2025-002", LegalBasis.PGA, OPENED)  # once free, the same write works
    assert case_codes(ctx) == ["LV-2025-002"]


@pytest.mark.slow
def test_cli_says_busy_on_stderr_with_a_nonzero_exit(created, capsys, tmp_path) -> None:
    vault, _ = created
    root = vault.paths.root
    holder = start_peer(vault, "hold", "8", "held")
    vault.close()
    passphrase = tmp_path / "wachtwoord.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    try:
        code = cli.main(["unlock-check", "--vault", str(root), "--user", CHAIR,
                         "--passphrase-file", str(passphrase)])
    finally:
        finish(holder)
    err = capsys.readouterr().err
    assert code not in (0, 3), err
    assert "bezet door een ander venster of programma" in err
    assert "beschadigd" not in err and "back-up terug" not in err


def test_a_key_rotation_in_another_process_is_refused_while_we_have_the_vault_open(created, ctx) -> None:
    vault, _ = created
    cases.create_case(ctx, "LV-2025-004", LegalBasis.PGA, OPENED)
    said = finish(start_peer(vault, "rotate", "-", "refused"))
    assert said == ""  # it said no more than "refused; ..." (checked by start_peer)
    cases.create_case(ctx, "LV-2025-005", LegalBasis.PGA, OPENED)  # our key still fits
    assert case_codes(ctx) == ["LV-2025-004", "LV-2025-005"]


def test_a_key_changed_behind_our_back_is_named_not_damage(created, ctx) -> None:
    """A program that does not take the open lock (an older version) rekeys the database: our
    next write says the key changed elsewhere, not that the vault is damaged."""
    vault, _ = created
    cases.create_case(ctx, "LV-2025-004", LegalBasis.PGA, OPENED)
    keys = vault._data_keys
    other = connect_raw(vault.paths.db, keys[max(keys)], vault.cipher)
    try:
        other.execute(key_pragma(os.urandom(32)).replace("PRAGMA key", "PRAGMA rekey", 1))
    finally:
        other.close()
    vault.engine.dispose()  # our next connection is made with the key we still hold
    with pytest.raises(VaultKeyChanged) as raised:
        cases.create_case(ctx, "LV-2025-005", LegalBasis.PGA, OPENED)
    assert "ander venster of programma" in raised.value.message
    assert "opnieuw" in raised.value.message
    assert "beschadigd" not in raised.value.message and "back-up" not in raised.value.message

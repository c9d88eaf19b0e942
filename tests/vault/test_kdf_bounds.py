"""A crafted keyslots.json cannot make an unlock attempt slow or memory-hungry: Argon2id parameters
above 4x the defaults are refused before any key derivation runs."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casusoverleg_desktop.domain.accounts import (
    MAX_ITERATIONS,
    MAX_LANES,
    MAX_MEMORY_KIB,
    KdfParams,
    KdfTooCostly,
)
from casusoverleg_desktop.errors import KeySlotFileDamaged
from casusoverleg_desktop.services.access import VaultAccess
from casusoverleg_desktop.settings import Settings

PASSPHRASE = "correct paard batterij niet"  # the test vault's (tests/conftest.py)
REFUSAL = "zwaardere wachtwoordcontrole"

# Each one costs far more than an unlock should; the first was allowed before (~125 s, 4 GiB).
CRAFTED = {
    "memory-4-gib": {"memory_kib": 4 * 1024 * 1024},
    "memory-just-over": {"memory_kib": MAX_MEMORY_KIB + 1},
    "iterations": {"iterations": 64},
    "lanes": {"lanes": 64},
    "all-three": {"memory_kib": 2**40, "iterations": 2**31, "lanes": 2**24},
}


def _craft(root: Path, change: dict[str, int]) -> None:
    path = root / "keyslots.json"
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        if slot["kdf"]:
            slot["kdf"].update(change)
    path.write_text(json.dumps(data))


@pytest.fixture
def closed_vault(created) -> Path:
    vault, _ = created
    vault.close()
    return vault.paths.root


def test_the_bounds_are_four_times_the_defaults() -> None:
    default = KdfParams()
    bounds = (MAX_MEMORY_KIB, MAX_ITERATIONS, MAX_LANES)
    assert bounds == (4 * default.memory_kib, 4 * default.iterations, 4 * default.lanes)
    assert KdfParams(MAX_MEMORY_KIB, MAX_ITERATIONS, MAX_LANES).memory_kib == 256 * 1024
    for too_much in ((MAX_MEMORY_KIB + 1, 3, 4), (65536, MAX_ITERATIONS + 1, 4), (65536, 3, MAX_LANES + 1)):
        with pytest.raises(KdfTooCostly):
            KdfParams(*too_much)


@pytest.mark.parametrize("crafted", list(CRAFTED))
def test_a_crafted_kdf_is_refused_fast_by_the_unlock(closed_vault: Path, folder_digest, crafted) -> None:
    _craft(closed_vault, CRAFTED[crafted])
    before = folder_digest(closed_vault)
    started = time.perf_counter()
    with pytest.raises(KeySlotFileDamaged, match=REFUSAL) as caught:
        VaultAccess(closed_vault, Settings(), None).unlock("voorzitter", PASSPHRASE)
    assert time.perf_counter() - started < 2
    assert caught.value.message.startswith("Het sleutelbestand") and caught.value.message.endswith(".")
    assert folder_digest(closed_vault) == before


def test_the_default_kdf_still_opens(closed_vault: Path) -> None:
    VaultAccess(closed_vault, Settings(), None).unlock("voorzitter", PASSPHRASE).close()


@pytest.mark.slow
def test_unlock_check_refuses_a_crafted_kdf_on_stderr(closed_vault: Path, tmp_path: Path) -> None:
    _craft(closed_vault, CRAFTED["memory-4-gib"])
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "casusoverleg_desktop", "unlock-check", "--vault", str(closed_vault),
         "--user", "voorzitter", "--passphrase-file", str(secret)],
        capture_output=True, text=True, timeout=60)
    elapsed = time.perf_counter() - started
    detail = f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    assert result.returncode != 0 and REFUSAL in result.stderr, detail
    assert "Traceback" not in result.stderr + result.stdout and result.stdout == "", detail
    assert elapsed < 10, detail  # a whole interpreter start; the refusal itself is measured above


def test_a_file_with_more_slots_than_users_is_refused_before_any_derivation(closed_vault: Path,
                                                                            folder_digest) -> None:
    """Without a login every passphrase slot is tried: 1,000 copies of a slot at the allowed
    maximum would make one attempt take half an hour."""
    path = closed_vault / "keyslots.json"
    data = json.loads(path.read_text())
    slot = next(s for s in data["slots"] if s["kind"] == "passphrase")
    data["slots"] = [dict(slot, id=f"kopie-{n}") for n in range(1000)]
    path.write_text(json.dumps(data))
    before = folder_digest(closed_vault)
    started = time.perf_counter()
    with pytest.raises(KeySlotFileDamaged, match="beschadigd of onvolledig"):
        VaultAccess(closed_vault, Settings(), None).unlock("", "een verkeerd wachtwoord")
    assert time.perf_counter() - started < 2
    assert folder_digest(closed_vault) == before

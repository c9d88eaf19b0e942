"""Helpers shared by the vault tests (imported as a plain module; pytest puts this folder on sys.path)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from casusoverleg_desktop.vault.backup import read_backup
from casusoverleg_desktop.vault.keyslots import KeySlotFile

# The same values as tests/conftest.py's fixtures use (conftest modules are not importable by name).
PASSPHRASE = "correct paard batterij niet"
SECOND_PASSPHRASE = "notulist schrijft alles op"
CHAIR = "voorzitter"
SECRETARY = "notulist"


def keyslots_of(root: Path) -> KeySlotFile:
    return KeySlotFile.from_bytes((root / "keyslots.json").read_bytes())


def generations(root: Path) -> set[int]:
    """Every data-key generation sealed in any slot of the vault's key-slot file."""
    return {k.generation for slot in keyslots_of(root).slots for k in slot.sealed}


def keyslots_json(root: Path) -> dict:
    return json.loads((root / "keyslots.json").read_text(encoding="utf-8"))


def extract_backup_database(backup: Path, target: Path) -> Path:
    """The database bytes of a backup file written to ``target`` (to open with a raw key)."""
    target.write_bytes(read_backup(backup).database)
    return target


def copy_vault(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target

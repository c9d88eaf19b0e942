"""Where the files of a vault live, and making a new vault folder safely."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from casusoverleg_desktop.errors import KeySlotFileDamaged, VaultExists, VaultNotFound

if TYPE_CHECKING:
    from casusoverleg_desktop.vault.keyslots import KeySlotFile

DB_NAME = "casusoverleg.db"
KEYSLOTS_NAME = "keyslots.json"
BACKUP_DIR_NAME = "backups"


@dataclass(frozen=True)
class VaultPaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def keyslots(self) -> Path:
        return self.root / KEYSLOTS_NAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUP_DIR_NAME

    def exists(self) -> bool:
        return self.keyslots.exists() or self.db.exists()

    def read_keyslots(self) -> KeySlotFile:
        if not self.root.is_dir():
            raise VaultNotFound(f"Er staat geen kluis in {self.root}.")
        if not self.keyslots.exists():
            if self.db.exists():
                raise KeySlotFileDamaged(
                    "Het sleutelbestand van de kluis ontbreekt. "
                    "Zet de kluis terug uit een back-up (casusoverleg restore).")
            raise VaultNotFound(f"Er staat geen kluis in {self.root}.")
        # keyslots imports cryptography, which the start-up window does not need yet.
        from casusoverleg_desktop.vault.keyslots import KeySlotFile

        try:
            raw = self.keyslots.read_bytes()
        except IsADirectoryError:
            raise KeySlotFileDamaged(
                f"Het sleutelbestand {self.keyslots} is een map in plaats van een bestand. "
                "Zet de kluis terug uit een back-up (casusoverleg restore).") from None
        except PermissionError:
            raise KeySlotFileDamaged(
                f"U mag het sleutelbestand {self.keyslots} niet lezen; controleer de rechten "
                "op de kluismap.") from None
        except OSError as error:
            raise KeySlotFileDamaged(
                f"Het sleutelbestand {self.keyslots} kan niet worden gelezen ({error.strerror}).") from None
        return KeySlotFile.from_bytes(raw)

    def write_keyslots(self, slots: KeySlotFile) -> None:
        from casusoverleg_desktop.vault.keyslots import write_atomically

        write_atomically(self.keyslots, slots.to_bytes())


def check_new_vault_folder(root: Path) -> None:
    if VaultPaths(root).exists():
        raise VaultExists(f"In {root} staat al een kluis; kies een lege map.")
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise VaultExists(f"De map {root} is niet leeg; kies een lege of nieuwe map.")


def prepare_new_vault_folder(root: Path) -> VaultPaths:
    """An empty owner-only folder for a new vault; refuses anything that holds files."""
    check_new_vault_folder(root)
    paths = VaultPaths(root)
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(root, stat.S_IRWXU)
    return paths

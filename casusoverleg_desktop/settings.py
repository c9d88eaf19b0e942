"""Settings built once at start-up and passed down; nothing here is mutable at run time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from casusoverleg_desktop.domain.accounts import KdfParams

APP_NAME = "casusoverleg"
APP_AUTHOR = "casusoverleg"


@dataclass(frozen=True)
class Settings:
    kdf: KdfParams = field(default_factory=KdfParams)
    auto_backup_keep: int = 10
    auto_backup_interval: dt.timedelta = dt.timedelta(hours=24)
    idle_lock_minutes: int = 5

    @staticmethod
    def default_vault_dir() -> Path:
        import platformdirs  # only when no folder was given: its import is a tenth of the start-up

        return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "kluis"

"""Preferences of this computer: what is needed before a vault is open, and nothing personal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from casusoverleg_desktop.ui.idle_lock import DEFAULT_IDLE_MINUTES, MAX_IDLE_MINUTES, MIN_IDLE_MINUTES


class Preferences:
    """Preferences of this computer, in QSettings (the OS's per-user settings store).

    Only what is not personal and is needed before a vault is open: the idle-lock minutes and the
    folder of the vault. Anything about cases or people lives in the encrypted vault only.
    """

    IDLE_MINUTES = "lock/idle_minutes"
    VAULT_DIR = "vault/folder"

    def __init__(self, store: QSettings | None = None,
                 default_idle_minutes: int = DEFAULT_IDLE_MINUTES) -> None:
        self._store = store if store is not None else QSettings()
        self._default_idle = default_idle_minutes

    def idle_minutes(self) -> int:
        try:
            minutes = int(self._store.value(self.IDLE_MINUTES, self._default_idle))
        except (TypeError, ValueError):
            return self._default_idle
        return max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, minutes))

    def set_idle_minutes(self, minutes: int) -> None:
        self._store.setValue(self.IDLE_MINUTES, int(minutes))
        self._store.sync()

    def vault_dir(self) -> Path | None:
        value = self._store.value(self.VAULT_DIR)
        return Path(str(value)) if value else None

    def set_vault_dir(self, root: Path) -> None:
        self._store.setValue(self.VAULT_DIR, str(root))
        self._store.sync()

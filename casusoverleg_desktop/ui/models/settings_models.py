"""Table models of the Instellingen page: the users of the vault, and its automatic backups."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

from casusoverleg_desktop.domain.accounts import Role

from casusoverleg_desktop.ui.models.base import Column, TableModel


class VaultUser(Protocol):
    login: str
    display_name: str
    role: Role


class BackupEntry(Protocol):
    """An automatic backup as the vault lists it."""

    @property
    def path(self) -> Path: ...

    @property
    def made_at(self) -> dt.datetime | None: ...

    @property
    def size(self) -> int: ...


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} kB"


class UsersModel(TableModel[VaultUser]):
    COL_LOGIN, COL_NAME, COL_ROLE = range(3)
    tr_context = "UsersModel"
    accessible_text = True
    columns = (
        Column("Gebruikersnaam", lambda u: u.login),
        Column("Naam", lambda u: u.display_name),
        Column("Rol", lambda u: u.role.label),
    )

    def row_id(self, row: VaultUser) -> str:
        return row.login


class BackupsModel(TableModel[BackupEntry]):
    COL_MADE, COL_NAME, COL_SIZE = range(3)
    tr_context = "BackupsModel"
    accessible_text = True
    columns = (
        Column("Gemaakt", lambda b: f"{b.made_at.astimezone():%d-%m-%Y %H.%M}" if b.made_at else "—"),
        Column("Bestand", lambda b: b.path.name),
        Column("Grootte", lambda b: human_size(b.size)),
    )

    def row_id(self, row: BackupEntry) -> str:
        return str(row.path)

"""Local user accounts: who may open the vault, in which role."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.store.base import Base


class UserAccount(Base):
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role]
    organisation: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[dt.datetime]
    removed_at: Mapped[dt.datetime | None]

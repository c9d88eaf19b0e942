"""Who may do what: some decisions belong to the chair alone, whoever else can read the vault."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.errors import NotPermitted
from casusoverleg_desktop.store.accounts import UserAccount


def role_of(session: Session, login: str) -> Role | None:
    return session.scalar(select(UserAccount.role).where(UserAccount.login == login))


def require_chair(session: Session, login: str, refusal: str) -> None:
    """``NotPermitted`` with ``refusal`` (a Dutch sentence) unless ``login`` is a chair."""
    if role_of(session, login) is not Role.CHAIR:
        raise NotPermitted(refusal)

"""Who may open the vault: roles, the current user, and the rules for logins and passphrases."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from casusoverleg_desktop.errors import InputError

MAX_LOGIN_LENGTH = 80
MIN_PASSPHRASE_LENGTH = 10

MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
MIN_LANES = 4
# Upper bounds (4x the defaults), so a tampered key-slot file cannot make one unlock attempt take
# more than a second or two and 256 MiB.
MAX_MEMORY_KIB = 4 * MIN_MEMORY_KIB
MAX_ITERATIONS = 4 * MIN_ITERATIONS
MAX_LANES = 4 * MIN_LANES


class KdfTooCostly(ValueError):
    """Argon2id parameters above the allowed maximum (a tampered or foreign key-slot file)."""


@dataclass(frozen=True)
class KdfParams:
    """How hard a passphrase is stretched (Argon2id); stored with each key slot so it can be raised."""

    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    lanes: int = MIN_LANES

    def __post_init__(self) -> None:
        if (self.memory_kib < MIN_MEMORY_KIB or self.iterations < MIN_ITERATIONS
                or self.lanes < MIN_LANES):
            raise ValueError("Argon2id parameters below the minimum (m=64 MiB, t=3, p=4)")
        if (self.memory_kib > MAX_MEMORY_KIB or self.iterations > MAX_ITERATIONS
                or self.lanes > MAX_LANES):
            raise KdfTooCostly("Argon2id parameters above the maximum (m=256 MiB, t=12, p=16)")

    def to_json(self) -> dict[str, Any]:
        return {"name": "argon2id", "memory_kib": self.memory_kib,
                "iterations": self.iterations, "lanes": self.lanes}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("name") != "argon2id":
            raise ValueError(f"unknown KDF {data.get('name')!r}")
        return cls(int(data["memory_kib"]), int(data["iterations"]), int(data["lanes"]))

LOGIN_RULE = "Een gebruikersnaam is één woord van hoogstens 80 tekens, zonder spaties."


class Role(StrEnum):
    CHAIR = "chair"
    SECRETARY = "secretary"

    @property
    def label(self) -> str:
        return {"chair": "voorzitter", "secretary": "notulist"}[self.value]


@dataclass(frozen=True)
class User:
    """A user of the vault as the screens and documents know them: never a key or a secret."""

    login: str
    display_name: str
    role: Role


def login_problem(login: str) -> str | None:
    """What is wrong with ``login`` (as typed), or None."""
    login = login.strip()
    if not login or len(login) > MAX_LOGIN_LENGTH or any(c.isspace() for c in login):
        return LOGIN_RULE
    return None


def check_login(login: str) -> str:
    """The login as stored (trimmed); ``InputError`` when it breaks the rule."""
    if (problem := login_problem(login)) is not None:
        raise InputError(problem)
    return login.strip()


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InputError(
            f"Kies een wachtwoord van minstens {MIN_PASSPHRASE_LENGTH} tekens; "
            "een zin van een paar woorden is sterk en goed te onthouden.")


@dataclass(frozen=True)
class PassphraseFeedback:
    acceptable: bool
    text: str
    level: int  # 0 too short / weak, 1 fair, 2 strong


def passphrase_feedback(passphrase: str) -> PassphraseFeedback:
    """A plain hint about length and variety; only the length is a hard rule."""
    length = len(passphrase)
    if length == 0:
        return PassphraseFeedback(False, f"Minstens {MIN_PASSPHRASE_LENGTH} tekens; een zin van een "
                                  "paar woorden is sterk en goed te onthouden.", 0)
    if length < MIN_PASSPHRASE_LENGTH:
        missing = MIN_PASSPHRASE_LENGTH - length
        return PassphraseFeedback(False, f"Te kort: nog {missing} teken{'s' if missing > 1 else ''} "
                                  f"nodig (minstens {MIN_PASSPHRASE_LENGTH}).", 0)
    kinds = sum((any(c.islower() for c in passphrase), any(c.isupper() for c in passphrase),
                 any(c.isdigit() for c in passphrase),
                 any(not c.isalnum() for c in passphrase)))
    words = len(passphrase.split())
    distinct = len(set(passphrase.casefold()))
    if distinct < 5:
        return PassphraseFeedback(True, "Zwak: veel dezelfde tekens. Kies liever een zin van een "
                                  "paar woorden.", 0)
    if length >= 20 or (length >= 14 and (kinds >= 3 or words >= 3)):
        return PassphraseFeedback(True, "Sterk.", 2)
    if length >= 12 or kinds >= 3:
        return PassphraseFeedback(True, "Redelijk. Langer is sterker: voeg een woord toe.", 1)
    return PassphraseFeedback(True, "Zwak maar toegestaan. Een zin van drie of vier woorden is "
                              "sterker en even makkelijk te onthouden.", 0)

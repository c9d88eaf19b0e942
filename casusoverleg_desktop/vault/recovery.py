"""Recovery codes: 128 random bits written as 8 groups of 4 characters, easy to type back."""

from __future__ import annotations

import secrets

from casusoverleg_desktop.errors import InputError

# Crockford-style alphabet: no I, L, O, U, so nothing is misread.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 8
GROUP_LEN = 4
_READ_AS = {"O": "0", "I": "1", "L": "1", "U": "V"}


def generate_recovery_code() -> str:
    chars = [secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LEN - 1)]
    chars.append(_check_char(chars))
    return "-".join("".join(chars[i:i + GROUP_LEN]) for i in range(0, len(chars), GROUP_LEN))


def normalise_recovery_code(text: str) -> str:
    """Canonical form of a typed code; raises ``InputError`` when it cannot be a recovery code."""
    chars = [_READ_AS.get(c, c) for c in text.upper() if c.isalnum()]
    if len(chars) != GROUPS * GROUP_LEN or any(c not in ALPHABET for c in chars):
        raise InputError(
            f"Een herstelcode bestaat uit {GROUPS} groepen van {GROUP_LEN} tekens, "
            "zoals op het herstelblad staat."
        )
    if _check_char(chars[:-1]) != chars[-1]:
        raise InputError("Deze herstelcode bevat een tikfout: controleer hem met het herstelblad.")
    return "-".join("".join(chars[i:i + GROUP_LEN]) for i in range(0, len(chars), GROUP_LEN))


def _check_char(chars: list[str]) -> str:
    total = sum((i + 1) * ALPHABET.index(c) for i, c in enumerate(chars))
    return ALPHABET[total % len(ALPHABET)]

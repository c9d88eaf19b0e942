"""Passphrase key derivation (Argon2id) with parameters stored per key slot."""

from __future__ import annotations

import unicodedata

from casusoverleg_desktop.domain.accounts import KdfParams


def normalise_secret(secret: str) -> bytes:
    """NFC-normalised UTF-8, so the same passphrase typed on another keyboard still matches."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def derive_key(secret: str, salt: bytes, params: KdfParams) -> bytes:
    # Imported here: the first window does not need cryptography yet.
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt, length=32, iterations=params.iterations, lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(normalise_secret(secret))

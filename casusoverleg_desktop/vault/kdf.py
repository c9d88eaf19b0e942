"""Passphrase key derivation (Argon2id) with parameters stored per key slot."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
MIN_LANES = 4
# Upper bounds, so a tampered key-slot file cannot make an unlock exhaust memory or time.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 64


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; stored with each slot so it can be raised later."""

    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    lanes: int = MIN_LANES

    def __post_init__(self) -> None:
        if (self.memory_kib < MIN_MEMORY_KIB or self.iterations < MIN_ITERATIONS
                or self.lanes < MIN_LANES):
            raise ValueError("Argon2id parameters below the minimum (m=64 MiB, t=3, p=4)")
        if (self.memory_kib > MAX_MEMORY_KIB or self.iterations > MAX_ITERATIONS
                or self.lanes > MAX_LANES):
            raise ValueError("Argon2id parameters above the sane maximum")

    def to_json(self) -> dict:
        return {"name": "argon2id", "memory_kib": self.memory_kib,
                "iterations": self.iterations, "lanes": self.lanes}

    @classmethod
    def from_json(cls, data: dict) -> KdfParams:
        if data.get("name") != "argon2id":
            raise ValueError(f"unknown KDF {data.get('name')!r}")
        return cls(int(data["memory_kib"]), int(data["iterations"]), int(data["lanes"]))


def normalise_secret(secret: str) -> bytes:
    """NFC-normalised UTF-8, so the same passphrase typed on another keyboard still matches."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def derive_key(secret: str, salt: bytes, params: KdfParams) -> bytes:
    # Imported here: Settings needs KdfParams before the first window, cryptography is not needed yet.
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt, length=32, iterations=params.iterations, lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(normalise_secret(secret))

"""Keys held in memory while the vault is open: one buffer each, wiped on lock.

``HeldKey`` is the only long-lived copy of a key; what reads it gets a short-lived ``bytes`` (the
crypto libraries need one) that is dropped straight after. ``OwnKeyBox`` uses the unlocked user's
own key (see ``vault.keyslots``) to seal what only that user may use, such as a signing key.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from casusoverleg_desktop.errors import OwnKeyMismatch, OwnKeyMissing, VaultLocked


class HeldKey:
    """A secret key in one mutable buffer; ``wipe`` overwrites it and makes it unusable."""

    def __init__(self, key: bytes) -> None:
        self._buffer = bytearray(key)

    def get(self) -> bytes:
        if not self._buffer:
            raise VaultLocked("De kluis is vergrendeld.")
        return bytes(self._buffer)

    def wipe(self) -> None:
        self._buffer[:] = bytes(len(self._buffer))
        self._buffer.clear()

    def __bool__(self) -> bool:
        return bool(self._buffer)


class OwnKeyBox:
    """Seal and open with the own key of ``login``, the user who unlocked (None: no own key, e.g.
    when the recovery code opened the vault without resetting a passphrase)."""

    def __init__(self, login: str, own_key: HeldKey | None) -> None:
        self.login = login
        self._own_key = own_key

    @property
    def available(self) -> bool:
        return bool(self._own_key)

    def seal(self, purpose: str, data: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + AESGCM(self._key()).encrypt(nonce, data, purpose.encode())

    def open(self, purpose: str, sealed: bytes) -> bytes:
        try:
            return AESGCM(self._key()).decrypt(sealed[:12], sealed[12:], purpose.encode())
        except (InvalidTag, ValueError):
            raise OwnKeyMismatch(
                "Wat met uw eigen sleutel is vergrendeld, gaat er niet mee open: het sleutelbestand "
                "of de database is aangepast buiten Casusoverleg.") from None

    def _key(self) -> bytes:
        if not self._own_key:
            raise OwnKeyMissing(
                "Hiervoor moet u de kluis met uw eigen wachtwoord ontgrendelen "
                "(niet met de herstelcode).")
        return self._own_key.get()

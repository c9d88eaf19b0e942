"""The key-slot file: the data key, wrapped once per slot, and nothing personal.

Each slot owns an X25519 key pair. Its private key is wrapped (AES-256-GCM) by a key-encryption key
that comes from the slot's secret: a user's passphrase or the recovery code (Argon2id), or a random
key kept in the OS keyring. The data key is sealed to the slot's public key (X25519 + HKDF +
AES-256-GCM). So any unlocked user can seal a new data key to every slot -- rotate the key, add a
user -- without knowing the other users' passphrases.

Users are matched by an HMAC of their login name under a per-vault salt, never by the name itself.
That tag is bound to the slot's ciphertexts (their associated data), so moving a tag to another
slot makes the slot unusable instead of letting its passphrase open the vault as someone else.

A user's slots also carry the user's **own key**, sealed like the data key: a random key that only
that user's unlock yields. It wraps what no other user may use, such as the user's signing key.
The recovery code has none: recovering a user gives the user a new own key.

During a key rotation a slot holds two generations of the data key, so a crash between rekeying
the database and rewriting this file loses nothing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casusoverleg_desktop.domain.accounts import KdfParams, KdfTooCostly
from casusoverleg_desktop.errors import KeySlotFileDamaged, WrongPassphrase
from casusoverleg_desktop.store.engine import NEW_VAULT_CIPHER, Cipher
from casusoverleg_desktop.vault.kdf import derive_key

FORMAT = "casusoverleg-keyslots"
VERSION = 1
BINDING = 2  # a slot's "binding": its user tag is in the associated data
# An unlock without a login may try every passphrase slot, each up to the Argon2 maximum: a file
# with more slots than a case table has users is refused before any derivation runs.
MAX_SLOTS = 64
_RAW = serialization.Encoding.Raw


class SlotKind(StrEnum):
    PASSPHRASE = "passphrase"
    RECOVERY = "recovery"
    KEYRING = "keyring"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class SealedKey:
    generation: int
    ephemeral: bytes
    nonce: bytes
    ciphertext: bytes


OWN_KEY = "own-key"


@dataclass(frozen=True)
class KeySlot:
    slot_id: str
    kind: SlotKind
    user_tag: bytes | None
    salt: bytes
    kdf: KdfParams | None  # None for keyring slots: their key is random, not derived
    public_key: bytes
    wrapped_private: bytes  # nonce (12) + AES-GCM ciphertext
    sealed: tuple[SealedKey, ...]
    own_key: SealedKey | None = None
    bound: bool = True  # False: made before 0.2, its user tag not yet in the associated data

    def aad(self, vault_id: str, purpose: str) -> bytes:
        if not self.bound:
            return f"{FORMAT}/{vault_id}/{self.slot_id}/{self.kind}/{purpose}".encode()
        tag = self.user_tag.hex() if self.user_tag else "-"
        return f"{FORMAT}/{vault_id}/{self.slot_id}/{self.kind}/{tag}/{purpose}".encode()

    def slot_key(self, secret: str) -> bytes:
        assert self.kdf is not None
        return derive_key(secret, self.salt, self.kdf)

    def open_private(self, vault_id: str, slot_key: bytes) -> X25519PrivateKey:
        try:
            raw = AESGCM(slot_key).decrypt(
                self.wrapped_private[:12], self.wrapped_private[12:], self.aad(vault_id, "private")
            )
        except InvalidTag:
            raise WrongPassphrase("Het wachtwoord is onjuist.") from None
        return X25519PrivateKey.from_private_bytes(raw)

    def unseal(self, vault_id: str, private: X25519PrivateKey) -> dict[int, bytes]:
        return {sealed.generation: self._unseal(vault_id, private, sealed,
                                                f"data-key/{sealed.generation}")
                for sealed in self.sealed}

    def unseal_own_key(self, vault_id: str, private: X25519PrivateKey) -> bytes | None:
        """The user's own key, or None for a slot that has none (recovery, made before 0.2)."""
        if self.own_key is None:
            return None
        return self._unseal(vault_id, private, self.own_key, OWN_KEY)

    def _unseal(self, vault_id: str, private: X25519PrivateKey, sealed: SealedKey,
                purpose: str) -> bytes:
        kek = _sealing_key(private.exchange(X25519PublicKey.from_public_bytes(sealed.ephemeral)),
                           sealed.ephemeral, self.public_key)
        try:
            return AESGCM(kek).decrypt(sealed.nonce, sealed.ciphertext, self.aad(vault_id, purpose))
        except InvalidTag:
            raise KeySlotFileDamaged(
                "Het sleutelbestand van de kluis is beschadigd (een sleutel is aangepast)."
            ) from None

    def with_data_keys(self, vault_id: str, data_keys: dict[int, bytes]) -> KeySlot:
        sealed = tuple(_seal(vault_id, self, f"data-key/{generation}", generation, key)
                       for generation, key in sorted(data_keys.items()))
        return replace(self, sealed=sealed)

    def with_own_key(self, vault_id: str, own_key: bytes) -> KeySlot:
        return replace(self, own_key=_seal(vault_id, self, OWN_KEY, 0, own_key))

    def rebound(self, vault_id: str, opened: OpenedSlot) -> KeySlot:
        """This slot (made before 0.2) with its user tag bound: the same keys, wrapped anew."""
        slot = replace(self, bound=True)
        slot = replace(slot, wrapped_private=_wrap_private(vault_id, slot, opened.slot_key,
                                                           opened.private))
        slot = slot.with_data_keys(vault_id, opened.data_keys)
        return slot.with_own_key(vault_id, opened.own_key) if opened.own_key else \
            replace(slot, own_key=None)


@dataclass(frozen=True, eq=False)
class OpenedSlot:
    """What a slot's secret gives: the slot, its private key, the data keys and the own key."""

    slot: KeySlot
    private: X25519PrivateKey
    data_keys: dict[int, bytes]
    own_key: bytes | None
    slot_key: bytes


def _wrap_private(vault_id: str, slot: KeySlot, slot_key: bytes, private: X25519PrivateKey) -> bytes:
    nonce = os.urandom(12)
    raw = private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    return nonce + AESGCM(slot_key).encrypt(nonce, raw, slot.aad(vault_id, "private"))


def _sealing_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient,
                info=b"casusoverleg data key seal").derive(shared)


def _seal(vault_id: str, slot: KeySlot, purpose: str, generation: int, key: bytes) -> SealedKey:
    """``key`` sealed to the slot's public key: anyone may seal, only the slot's secret opens."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    kek = _sealing_key(ephemeral.exchange(X25519PublicKey.from_public_bytes(slot.public_key)),
                       ephemeral_public, slot.public_key)
    nonce = os.urandom(12)
    ciphertext = AESGCM(kek).encrypt(nonce, key, slot.aad(vault_id, purpose))
    return SealedKey(generation, ephemeral_public, nonce, ciphertext)


def new_slot(vault_id: str, kind: SlotKind, user_tag: bytes | None, data_keys: dict[int, bytes],
             *, secret: str | None = None, kdf: KdfParams | None = None,
             random_slot_key: bytes | None = None, own_key: bytes | None = None) -> KeySlot:
    """A fresh slot; its key comes from ``secret`` (Argon2id) or is ``random_slot_key``."""
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    salt = os.urandom(16)
    slot = KeySlot(str(uuid.uuid4()), kind, user_tag, salt, kdf, public, b"", ())
    if secret is not None:
        assert kdf is not None
        slot_key = derive_key(secret, salt, kdf)
    else:
        assert random_slot_key is not None and kdf is None
        slot_key = random_slot_key
    slot = replace(slot, wrapped_private=_wrap_private(vault_id, slot, slot_key, private))
    slot = slot.with_data_keys(vault_id, data_keys)
    return slot.with_own_key(vault_id, own_key) if own_key is not None else slot


@dataclass(frozen=True)
class KeySlotFile:
    vault_id: str
    tag_salt: bytes
    slots: tuple[KeySlot, ...] = field(default=())
    cipher: Cipher = Cipher.SQLCIPHER4  # what a file without the field (made before 0.1.1) means

    @classmethod
    def new(cls) -> KeySlotFile:
        return cls(str(uuid.uuid4()), secrets.token_bytes(32), cipher=NEW_VAULT_CIPHER)

    def user_tag(self, login: str) -> bytes:
        return hmac.new(self.tag_salt, login.strip().casefold().encode("utf-8"),
                        hashlib.sha256).digest()

    def slots_of(self, kind: SlotKind, login: str | None = None) -> list[KeySlot]:
        tag = self.user_tag(login) if login is not None else None
        return [s for s in self.slots
                if s.kind == kind and (tag is None or hmac.compare_digest(s.user_tag or b"", tag))]

    def open_with(self, secret: str, kind: SlotKind, login: str | None = None) -> OpenedSlot:
        """The first slot of ``kind`` (and ``login``) the secret opens, opened."""
        for slot in self.slots_of(kind, login):
            slot_key = slot.slot_key(secret)
            try:
                return self.open_slot(slot, slot_key)
            except WrongPassphrase:
                continue
        raise WrongPassphrase("Het wachtwoord is onjuist.")

    def open_slot(self, slot: KeySlot, slot_key: bytes) -> OpenedSlot:
        """``WrongPassphrase`` when ``slot_key`` does not open ``slot`` -- also when its user tag
        was moved there from another slot."""
        private = slot.open_private(self.vault_id, slot_key)
        return OpenedSlot(slot, private, slot.unseal(self.vault_id, private),
                          slot.unseal_own_key(self.vault_id, private), slot_key)

    def with_own_key(self, tag: bytes, own_key: bytes) -> KeySlotFile:
        """Every slot of the user with ``tag`` carries ``own_key``."""
        return replace(self, slots=tuple(
            s.with_own_key(self.vault_id, own_key)
            if s.user_tag is not None and hmac.compare_digest(s.user_tag, tag) else s
            for s in self.slots))

    def replacing(self, slot: KeySlot) -> KeySlotFile:
        return replace(self, slots=tuple(slot if s.slot_id == slot.slot_id else s
                                         for s in self.slots))

    def without(self, slot_ids: set[str]) -> KeySlotFile:
        return replace(self, slots=tuple(s for s in self.slots if s.slot_id not in slot_ids))

    def with_slot(self, slot: KeySlot) -> KeySlotFile:
        return replace(self, slots=(*self.slots, slot))

    def with_data_keys(self, data_keys: dict[int, bytes]) -> KeySlotFile:
        return replace(self, slots=tuple(s.with_data_keys(self.vault_id, data_keys)
                                         for s in self.slots))

    # -- serialisation ---------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT, "version": VERSION, "vault_id": self.vault_id,
            "tag_salt": _b64(self.tag_salt), "cipher": self.cipher.value,
            "slots": [{
                "id": s.slot_id, "kind": s.kind.value,
                "user_tag": _b64(s.user_tag) if s.user_tag else None,
                "salt": _b64(s.salt), "kdf": s.kdf.to_json() if s.kdf else None,
                "public_key": _b64(s.public_key), "wrapped_private": _b64(s.wrapped_private),
                "data_keys": [_sealed_json(k) for k in s.sealed],
                **({"own_key": _sealed_json(s.own_key)} if s.own_key else {}),
                **({"binding": BINDING} if s.bound else {}),
            } for s in self.slots],
        }
        return json.dumps(data, indent=1).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlotFile:
        damaged = KeySlotFileDamaged(
            "Het sleutelbestand van de kluis is beschadigd of onvolledig. "
            "Zet de kluis terug uit een back-up (casusoverleg restore)."
        )
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT:
                raise damaged
            if data.get("version") != VERSION:
                raise KeySlotFileDamaged(
                    "Het sleutelbestand is gemaakt door een nieuwere versie van Casusoverleg.")
            if len(data["slots"]) > MAX_SLOTS:
                raise damaged
            slots = tuple(
                KeySlot(
                    slot_id=str(s["id"]), kind=SlotKind(s["kind"]),
                    user_tag=_unb64(s["user_tag"]) if s["user_tag"] else None,
                    salt=_unb64(s["salt"]),
                    kdf=KdfParams.from_json(s["kdf"]) if s["kdf"] else None,
                    public_key=_unb64(s["public_key"]),
                    wrapped_private=_unb64(s["wrapped_private"]),
                    sealed=tuple(_sealed_from_json(k) for k in s["data_keys"]),
                    own_key=_sealed_from_json(s["own_key"]) if s.get("own_key") else None,
                    bound=_binding(s.get("binding")),
                ) for s in data["slots"])
            return cls(str(data["vault_id"]), _unb64(data["tag_salt"]), slots,
                       Cipher(data.get("cipher", Cipher.SQLCIPHER4)))
        except KeySlotFileDamaged:
            raise
        except KdfTooCostly:  # checked before any key derivation runs
            raise KeySlotFileDamaged(
                "Het sleutelbestand van de kluis vraagt een zwaardere wachtwoordcontrole dan "
                "Casusoverleg toestaat: het is aangepast of beschadigd. "
                "Zet de kluis terug uit een back-up (casusoverleg restore)."
            ) from None
        except (ValueError, KeyError, TypeError, AttributeError):
            raise damaged from None


def _sealed_json(key: SealedKey) -> dict[str, Any]:
    return {"generation": key.generation, "ephemeral": _b64(key.ephemeral),
            "nonce": _b64(key.nonce), "ciphertext": _b64(key.ciphertext)}


def _sealed_from_json(data: dict[str, Any]) -> SealedKey:
    return SealedKey(int(data["generation"]), _unb64(data["ephemeral"]), _unb64(data["nonce"]),
                     _unb64(data["ciphertext"]))


def _binding(value: object) -> bool:
    if value is None:
        return False
    if value != BINDING:
        raise ValueError(f"unknown slot binding {value!r}")
    return True


def write_atomically(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write to a temporary file beside ``path``, fsync, rename over it, fsync the folder.

    ``data`` may be a stream of chunks, so a large file never has to be in memory at once.
    """
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in [data] if isinstance(data, bytes) else data:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

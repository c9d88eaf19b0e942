"""The sealed envelope of a package between two vaults: encrypted to the receiving vault, signed by
the sending user. Standard constructions from ``cryptography`` only:

- encryption: an ephemeral X25519 key agreed with the receiving vault's X25519 key, HKDF-SHA256 to a
  256-bit key, AES-256-GCM over the zlib-compressed payload, with the header as associated data;
- signature: the sending user's signing key (ECDSA P-256 with SHA-256, RSA-PSS or Ed25519) over
  everything before it, verified with that user's certificate.

Layout: ``MAGIC``, header length (4 bytes), header (canonical JSON, readable without a key: which
vault sent it to which, sequence numbers, no content), ciphertext length (8 bytes), ciphertext,
signature length (2 bytes), signature. Anything cut off or appended is refused.
"""

from __future__ import annotations

import base64
import json
import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

MAGIC = b"CASUSOVERLEG-PAKKET\n"
_INFO = b"casusoverleg package key v1"
MAX_HEADER = 64 * 1024
MAX_PAYLOAD = 2 * 1024 * 1024 * 1024

SigningKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey


class EnvelopeError(ValueError):
    """The file is not a whole, unaltered package for this key (the message says which)."""


@dataclass(frozen=True)
class Envelope:
    header: dict[str, Any]
    signed_part: bytes
    ciphertext: bytes
    signature: bytes
    header_bytes: bytes


def new_key_pair() -> tuple[bytes, bytes]:
    """A vault's X25519 key pair as raw bytes (private, public)."""
    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def seal(payload: bytes, header: dict[str, Any], recipient_key: bytes, signing_key: SigningKey) -> bytes:
    """``payload`` encrypted to ``recipient_key`` (raw X25519), with ``header`` readable and bound."""
    ephemeral = X25519PrivateKey.generate()
    nonce = os.urandom(12)
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    header = {**header, "ephemeral_key": _b64(ephemeral_public), "nonce": _b64(nonce)}
    header_bytes = canonical(header)
    key = _derive(ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_key)),
                  ephemeral_public, recipient_key)
    ciphertext = AESGCM(key).encrypt(nonce, zlib.compress(payload, 6), header_bytes)
    signed_part = (MAGIC + len(header_bytes).to_bytes(4, "big") + header_bytes
                   + len(ciphertext).to_bytes(8, "big") + ciphertext)
    signature = sign_bytes(signing_key, signed_part)
    return signed_part + len(signature).to_bytes(2, "big") + signature


def read_envelope(data: bytes) -> Envelope:
    """The parts of a package, checked for shape only (nothing is verified or decrypted yet)."""
    if not data.startswith(MAGIC):
        raise EnvelopeError("Dit is geen pakket van Casusoverleg.")
    at = len(MAGIC)
    header_length = _number(data, at, 4)
    if header_length > MAX_HEADER:
        raise EnvelopeError("Het pakket is beschadigd: de kop is te lang.")
    header_bytes = _slice(data, at + 4, header_length)
    at += 4 + header_length
    cipher_length = _number(data, at, 8)
    if cipher_length > MAX_PAYLOAD:
        raise EnvelopeError("Het pakket is beschadigd: de inhoud is te lang.")
    ciphertext = _slice(data, at + 8, cipher_length)
    at += 8 + cipher_length
    signed_part = data[:at]
    signature_length = _number(data, at, 2)
    signature = _slice(data, at + 2, signature_length)
    if at + 2 + signature_length != len(data):
        raise EnvelopeError("Het pakket is beschadigd: er staat iets achter de handtekening.")
    try:
        header = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EnvelopeError("Het pakket is beschadigd: de kop is onleesbaar.") from exc
    if not isinstance(header, dict):
        raise EnvelopeError("Het pakket is beschadigd: de kop is onleesbaar.")
    return Envelope(header, signed_part, ciphertext, signature, header_bytes)


def verify(envelope: Envelope, certificate: x509.Certificate) -> None:
    """Refuses unless the sending user's ``certificate`` signed exactly this package."""
    public = certificate.public_key()
    try:
        if isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(envelope.signature, envelope.signed_part, ec.ECDSA(hashes.SHA256()))
        elif isinstance(public, rsa.RSAPublicKey):
            public.verify(envelope.signature, envelope.signed_part, _pss(), hashes.SHA256())
        elif isinstance(public, ed25519.Ed25519PublicKey):
            public.verify(envelope.signature, envelope.signed_part)
        else:
            raise EnvelopeError("De handtekening van dit pakket gebruikt een onbekend soort sleutel.")
    except InvalidSignature as exc:
        raise EnvelopeError("De handtekening van het pakket klopt niet: het is onderweg veranderd, "
                            "of niet gemaakt door wie het zegt.") from exc


def open_payload(envelope: Envelope, private_key: bytes) -> bytes:
    """The payload, decrypted with this vault's private key (raw X25519)."""
    try:
        ephemeral_public = base64.b64decode(envelope.header["ephemeral_key"], validate=True)
        nonce = base64.b64decode(envelope.header["nonce"], validate=True)
        own = X25519PrivateKey.from_private_bytes(private_key)
        key = _derive(own.exchange(X25519PublicKey.from_public_bytes(ephemeral_public)),
                      ephemeral_public, own.public_key().public_bytes_raw())
        compressed = AESGCM(key).decrypt(nonce, envelope.ciphertext, envelope.header_bytes)
        return _inflate(compressed)
    except (KeyError, ValueError, TypeError, InvalidTag, zlib.error) as exc:
        raise EnvelopeError("Het pakket kan met de sleutel van deze kluis niet worden geopend.") from exc


def sign_bytes(key: SigningKey, data: bytes) -> bytes:
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.sign(data, ec.ECDSA(hashes.SHA256()))
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(data, _pss(), hashes.SHA256())
    return key.sign(data)


def public_key_bytes(certificate: x509.Certificate) -> bytes:
    return certificate.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)


def _derive(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=_INFO + ephemeral_public + recipient_public).derive(shared)


def _inflate(compressed: bytes, limit: int = MAX_PAYLOAD) -> bytes:
    inflater = zlib.decompressobj()
    payload = inflater.decompress(compressed, limit)
    if inflater.unconsumed_tail or not inflater.eof:
        raise ValueError("payload too large or incomplete")
    return payload


def _pss() -> padding.PSS:
    return padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _number(data: bytes, at: int, size: int) -> int:
    return int.from_bytes(_slice(data, at, size), "big")


def _slice(data: bytes, at: int, size: int) -> bytes:
    if at + size > len(data):
        raise EnvelopeError("Het pakket is onvolledig: het bestand is afgebroken.")
    return data[at:at + size]


Verifier = Callable[[Envelope], None]

"""Pairing two vaults without a network: each shows a small public vault card, both compare its
fingerprint on screen, and only then is the other vault trusted (a peer).

A card holds the vault's identity and its key for packages (X25519), the user who made it with
their signing certificate, and the certificates that certificate chains to. It holds no secret and
no case content. The fingerprint is SHA-256 over the card, shown as six groups of five digits.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.documents import pki
from casusoverleg_desktop.errors import InputError, NotFound, ValidationError
from casusoverleg_desktop.services import signing
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.store.accounts import UserAccount
from casusoverleg_desktop.store.exchange_models import Peer, VaultIdentity
from casusoverleg_desktop.store.pki_models import VaultAuthority
from casusoverleg_desktop.vault.envelope import canonical, new_key_pair

__all__ = [
    "CARD_FORMAT",
    "CARD_SUFFIX",
    "PeerInfo",
    "VaultCard",
    "add_peer",
    "card_for",
    "list_peers",
    "own_identity",
    "peer_named",
    "read_card",
    "remove_peer",
    "signs_for",
]

CARD_FORMAT = "casusoverleg-kluiskaart"
CARD_VERSION = 1
CARD_SUFFIX = ".kluiskaart"
MAX_CARD_BYTES = 256 * 1024
NAME_LENGTH = 120


@dataclass(frozen=True)
class VaultCard:
    """A card as read: what it says, its fingerprint, and its bytes as they are stored."""

    vault_uid: str
    exchange_key: bytes
    login: str
    name: str
    role: str
    organisation: str
    certificate: x509.Certificate
    authorities: tuple[x509.Certificate, ...]
    fingerprint: str
    text: str


@dataclass(frozen=True)
class PeerInfo:
    id: int
    name: str
    login: str
    person: str
    role: str
    fingerprint: str
    added_at: dt.datetime
    added_by: str
    removed_at: dt.datetime | None
    removed_by: str | None

    @property
    def active(self) -> bool:
        return self.removed_at is None


def own_identity(session: Session, ctx: ServiceContext, vault_id: str) -> VaultIdentity:
    """This vault's identity for packages, made on first use."""
    identity = session.scalars(select(VaultIdentity).order_by(VaultIdentity.id)).first()
    if identity is None:
        private, public = new_key_pair()
        identity = VaultIdentity(vault_uid=vault_id, private_key=private, public_key=public,
                                 created_at=ctx.clock())
        session.add(identity)
        session.flush()
    return identity


def card_for(ctx: ServiceContext, vault_id: str) -> VaultCard:
    """The acting user's card of this vault (their signing certificate is made if they have none)."""
    key = signing.acting_key(ctx)
    with ctx.unit_of_work() as session:
        identity = own_identity(session, ctx, vault_id)
        account = session.scalar(select(UserAccount).where(UserAccount.login == ctx.actor))
        roots = signing.own_roots(session)
        authority = session.scalars(select(VaultAuthority).order_by(VaultAuthority.id)).first()
        card = {
            "format": CARD_FORMAT,
            "version": CARD_VERSION,
            "vault": identity.vault_uid,
            "exchange_key": base64.b64encode(identity.public_key).decode("ascii"),
            "login": ctx.actor,
            "name": account.display_name if account else ctx.actor,
            "role": account.role.value if account else "",
            "organisation": account.organisation if account else "",
            "certificate": pki.certificate_pem(key.certificate),
            "authorities": [pki.certificate_pem(c) for c in (*key.chain, *roots)],
            "vault_authority": authority.certificate_pem if authority else "",
        }
    return read_card(canonical(card))


def read_card(data: bytes) -> VaultCard:
    """A card from its file's bytes; ``InputError`` naming what is wrong."""
    if len(data) > MAX_CARD_BYTES:
        raise InputError("Dit bestand is te groot voor een kluiskaart.")
    try:
        card = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InputError("Dit bestand is geen kluiskaart van Casusoverleg.") from None
    if not isinstance(card, dict) or card.get("format") != CARD_FORMAT:
        raise InputError("Dit bestand is geen kluiskaart van Casusoverleg.")
    if card.get("version") != CARD_VERSION:
        raise InputError("Deze kluiskaart is gemaakt met een nieuwere versie van Casusoverleg; "
                         "werk het programma eerst bij.")
    try:
        exchange_key = base64.b64decode(card["exchange_key"], validate=True)
        certificate = pki.load_certificates_pem(card["certificate"])[0]
        authorities = tuple(c for pem in card["authorities"] for c in pki.load_certificates_pem(pem))
        fields = [card[k] for k in ("vault", "login", "name", "role", "organisation", "vault_authority")]
    except (KeyError, IndexError, TypeError, ValueError):
        raise InputError("Deze kluiskaart is beschadigd of onvolledig.") from None
    if len(exchange_key) != 32 or not all(isinstance(f, str) for f in fields) or not fields[0]:
        raise InputError("Deze kluiskaart is beschadigd of onvolledig.")
    if not any(issued_by(certificate, a) for a in authorities):
        raise InputError("Het certificaat op deze kluiskaart is niet uitgegeven door de kluis die "
                         "de kaart noemt.")
    text = canonical(card)
    return VaultCard(fields[0], exchange_key, fields[1], fields[2], fields[3], fields[4], certificate,
                     authorities, fingerprint(text), text.decode("utf-8"))


def fingerprint(card_bytes: bytes) -> str:
    """Six groups of five digits from SHA-256 over the card: easy to read aloud and compare."""
    number = int.from_bytes(hashlib.sha256(card_bytes).digest()[:16], "big") % 10**30
    digits = f"{number:030d}"
    return " ".join(digits[i:i + 5] for i in range(0, 30, 5))


def add_peer(ctx: ServiceContext, vault_id: str, card_bytes: bytes, name: str,
             confirmed_fingerprint: str) -> PeerInfo:
    """Trust the vault on ``card_bytes`` as ``name`` once its fingerprint is confirmed."""
    card = read_card(card_bytes)
    name = " ".join(name.split())
    if not name:
        raise ValidationError("Geef de gekoppelde kluis een naam, bijvoorbeeld 'Laptop notulist'.")
    if len(name) > NAME_LENGTH:
        raise ValidationError(f"De naam is te lang (hoogstens {NAME_LENGTH} tekens).")
    if _digits(confirmed_fingerprint) != _digits(card.fingerprint):
        raise ValidationError("De vingerafdruk komt niet overeen met deze kluiskaart: de kluis is "
                              "niet gekoppeld. Vergelijk de cijfers op beide schermen opnieuw.")
    with ctx.unit_of_work() as session:
        if card.vault_uid == own_identity(session, ctx, vault_id).vault_uid:
            raise ValidationError("Dit is de kaart van deze kluis zelf.")
        for peer in session.scalars(select(Peer).where(Peer.removed_at.is_(None))):
            if peer.vault_uid == card.vault_uid:
                raise ValidationError(f"Deze kluis is al gekoppeld, als '{peer.name}'.")
            if peer.name.casefold() == name.casefold():
                raise ValidationError(f"Er is al een gekoppelde kluis met de naam '{peer.name}'.")
        peer = Peer(name=name, vault_uid=card.vault_uid, login=card.login, card=card.text,
                    fingerprint=card.fingerprint, added_at=ctx.clock(), added_by=ctx.actor)
        session.add(peer)
        session.flush()
        return _info(peer)


def list_peers(ctx: ServiceContext, *, include_removed: bool = False) -> list[PeerInfo]:
    with ctx.unit_of_work() as session:
        query = select(Peer).order_by(Peer.name, Peer.id)
        if not include_removed:
            query = query.where(Peer.removed_at.is_(None))
        return [_info(p) for p in session.scalars(query)]


def remove_peer(ctx: ServiceContext, name: str) -> PeerInfo:
    """Stop trusting a paired vault: its packages are refused from now on."""
    with ctx.unit_of_work() as session:
        peer = peer_named(session, name)
        peer.removed_at = ctx.clock()
        peer.removed_by = ctx.actor
        session.flush()
        return _info(peer)


def peer_named(session: Session, name: str) -> Peer:
    wanted = " ".join(name.split()).casefold()
    for peer in session.scalars(select(Peer).where(Peer.removed_at.is_(None))):
        if peer.name.casefold() == wanted:
            return peer
    raise NotFound(f"Er is geen gekoppelde kluis met de naam '{name}'. Zie 'casusoverleg peer list'.")


def signs_for(peer: Peer, certificate: x509.Certificate, at: dt.datetime) -> bool:
    """Whether ``certificate`` may sign packages from ``peer``: the one on its card, or a later one
    its vault's own CA issued (a renewed credential, another user of that vault), valid ``at``."""
    card = card_of(peer)
    if not certificate.not_valid_before_utc <= at <= certificate.not_valid_after_utc:
        return False
    if pki.certificate_pem(certificate) == card["certificate"]:
        return True
    return any(issued_by(certificate, a) for a in pki.load_certificates_pem(card["vault_authority"]))


def card_of(peer: Peer) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(peer.card)
    return loaded


def issued_by(certificate: x509.Certificate, authority: x509.Certificate) -> bool:
    try:
        certificate.verify_directly_issued_by(authority)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _info(peer: Peer) -> PeerInfo:
    card = card_of(peer)
    return PeerInfo(peer.id, peer.name, peer.login, card.get("name", peer.login), card.get("role", ""),
                    peer.fingerprint, peer.added_at, peer.added_by, peer.removed_at, peer.removed_by)

"""Every package the receiving vault must refuse, each with a clear Dutch message and the vault
byte-for-byte unchanged: another vault's, an unpaired or removed sender's, a broken signature, an
altered or truncated file, a replay, an older one, and one made by a newer version of the app."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from package_kit import Laptop, pair

from casusoverleg_desktop.documents import pki
from casusoverleg_desktop.domain.enums import MeetingType
from casusoverleg_desktop.errors import ImportRejected
from casusoverleg_desktop.services import meetings, signing
from casusoverleg_desktop.services.packages import package, peers
from casusoverleg_desktop.vault.envelope import canonical, read_envelope, seal

TO_CHAIR = "Laptop voorzitter"


def files(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and "backups" not in p.parts}


def refused(laptop: Laptop, data: bytes, message: str) -> None:
    before = files(laptop.root)
    for attempt in (package.read_package, package.import_package):
        with pytest.raises(ImportRejected) as caught:
            attempt(laptop.ctx, laptop.vault_id, data)
        assert message in caught.value.message
    assert files(laptop.root) == before


@pytest.fixture
def packages(chair, secretary) -> Callable[[], bytes]:
    """Packages from the secretary's vault to the chair's, for a meeting the secretary made."""
    meeting = meetings.create_meeting(secretary.ctx, MeetingType.ICO_MDO, dt.date(2026, 11, 26)).id
    pair(chair, secretary)
    return lambda: package.make_package(secretary.ctx, secretary.vault_id, TO_CHAIR, meeting).data


def test_a_whole_package_reads_and_imports(chair, packages):
    data = packages()
    assert package.read_package(chair.ctx, chair.vault_id, data).new["vergaderingen"] == 1
    package.import_package(chair.ctx, chair.vault_id, data)
    assert len(meetings.list_meetings(chair.ctx)) == 1


def test_a_package_for_another_vault(secretary, packages):
    refused(secretary, packages(), "voor een andere kluis gemaakt")


def test_from_a_vault_that_is_not_paired_here(chair, secretary):
    meeting = meetings.create_meeting(secretary.ctx, MeetingType.ICO_MDO, dt.date(2026, 11, 26)).id
    card = peers.card_for(chair.ctx, chair.vault_id)
    peers.add_peer(secretary.ctx, secretary.vault_id, card.text.encode(), TO_CHAIR, card.fingerprint)
    data = package.make_package(secretary.ctx, secretary.vault_id, TO_CHAIR, meeting).data
    refused(chair, data, "niet met deze kluis is gekoppeld")


def test_from_a_removed_peer(chair, packages):
    data = packages()
    peers.remove_peer(chair.ctx, "Laptop notulist")
    refused(chair, data, "die kluis is ontkoppeld")


@pytest.mark.parametrize("where", ["header", "ciphertext", "signature"])
def test_altered_anywhere(chair, packages, where):
    data = bytearray(packages())
    envelope = read_envelope(bytes(data))
    offset = {"header": data.index(b'"made_at":"') + 13,  # a digit of the moment: still valid JSON
              "ciphertext": data.index(envelope.ciphertext) + len(envelope.ciphertext) // 2,
              "signature": len(data) - 10}[where]
    data[offset] ^= 0x01
    refused(chair, bytes(data), "is onderweg veranderd")


@pytest.mark.parametrize("keep", [0, 30, 200, -1])
def test_truncated(chair, packages, keep):
    data = packages()
    refused(chair, data[:keep] if keep >= 0 else data[:-1],
            "Dit is geen pakket" if 0 <= keep < 20 else "afgebroken")


def test_anything_appended_or_not_a_package(chair, packages):
    refused(chair, packages() + b"\0", "achter de handtekening")
    refused(chair, b"%PDF-1.7 dit is een verslag", "Dit is geen pakket van Casusoverleg")


def test_a_replay_and_an_older_package(chair, packages):
    first, second = packages(), packages()
    package.import_package(chair.ctx, chair.vault_id, second)
    refused(chair, second, "is al ingelezen")
    refused(chair, first, "ouder dan het laatst ingelezen pakket")


def test_made_by_a_newer_version(chair, secretary, packages):
    envelope = read_envelope(packages())
    header = {k: v for k, v in envelope.header.items() if k not in ("ephemeral_key", "nonce")}
    header.update(version=package.FORMAT_VERSION + 1, app="9.0")
    key = signing.acting_key(secretary.ctx)
    card = peers.card_for(chair.ctx, chair.vault_id)
    data = seal(canonical({"records": [], "deleted": []}), header, card.exchange_key, key.private_key)
    refused(chair, data, "nieuwere versie van Casusoverleg (9.0)")


def test_signed_with_a_key_that_is_not_the_senders(chair, packages):
    envelope = read_envelope(packages())
    stranger = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "K. Brinkhorst")])
    now = dt.datetime.now(dt.UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                   .public_key(stranger.public_key()).serial_number(1)
                   .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=9))
                   .sign(stranger, hashes.SHA256()))
    header = {k: v for k, v in envelope.header.items() if k not in ("ephemeral_key", "nonce")}
    header["certificate"] = pki.certificate_pem(certificate)
    card = peers.card_for(chair.ctx, chair.vault_id)
    data = seal(canonical({"records": [], "deleted": []}), header, card.exchange_key, stranger)
    refused(chair, data, "niet bij 'Laptop notulist' hoort")

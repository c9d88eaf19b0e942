"""The audit trail's anchor: its head as each user last left it, sealed with that user's own key.

The trail is a hash chain inside the database, so whoever can write the database -- any user,
with tooling of their own -- could cut off its tail or recompute it whole, and the chain alone would
still verify. The anchor keeps the head (the id and hash of the newest entry) outside the database,
in ``audit-anchor.json`` beside it: one line per user, each with an HMAC under a key derived from
that user's own key (``vault.keyslots``), which neither the database nor the other users have.
It is written after every unit of work that added entries and is part of every backup.
Every entry is also sealed (``seal``) under a key of the user it names, so that an entry added in
a user's name by anyone else -- appended after the anchored head, where the anchor cannot see it --
is told by that user.

What it shows: a head that no longer is in the chain (the tail was cut) or whose hash changed (the
trail was rewritten) -- for every user's line, and for the unlocked user's own line also a MAC that
does not fit (the line was forged) or a line that is gone (a user with an own key always has one:
it is written when the own key is made). What it cannot show: the whole vault folder put back to
an earlier state, anchor and all; only something kept outside the folder (the signed minutes the
partners hold, the head hash a chair notes) witnesses that.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casusoverleg_desktop.vault.keyslots import write_atomically

FORMAT = "casusoverleg-audit-anchor"
VERSION = 1
ANCHOR_NAME = "audit-anchor.json"

EntryHash = Callable[[int], "str | None"]
"""The hash of the trail's entry with this id, or None when there is none."""


@dataclass(frozen=True)
class Head:
    entry_id: int
    entry_hash: str


EMPTY_TRAIL = Head(0, "0" * 64)


@dataclass(frozen=True)
class _Line:
    head: Head
    mac: str


class AuditAnchor:
    """The anchor file of one vault."""

    def __init__(self, path: Path, vault_id: str) -> None:
        self.path = path
        self.vault_id = vault_id

    def record(self, user_tag: bytes, own_key: bytes, head: Head) -> None:
        """Set ``user_tag``'s line to ``head`` (other users' lines stay as they are)."""
        lines, _readable = self._read()
        lines[user_tag.hex()] = _Line(head, self._mac(user_tag, own_key, head))
        data = {"format": FORMAT, "version": VERSION, "heads": {
            tag: {"entry_id": line.head.entry_id, "hash": line.head.entry_hash, "mac": line.mac}
            for tag, line in sorted(lines.items())}}
        write_atomically(self.path, json.dumps(data, indent=1).encode("utf-8"))

    def raw(self) -> bytes:
        """The file as it is, for a backup (empty when there is none)."""
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return b""

    def has_line(self, user_tag: bytes) -> bool:
        return user_tag.hex() in self._read()[0]

    def findings(self, user_tag: bytes | None, own_key: bytes | None,
                 entry_hash: EntryHash) -> list[str]:
        """What the anchor shows against the trail, in Dutch; empty when everything fits."""
        lines, readable = self._read()
        found = [] if readable else [
            f"Het anker van de audittrail ({ANCHOR_NAME}) is onleesbaar: het is buiten "
            "Casusoverleg aangepast of beschadigd."]
        own_tag = user_tag.hex() if user_tag is not None else None
        for tag, line in sorted(lines.items()):
            own = tag == own_tag
            who = "u" if own else "een andere gebruiker"
            if own and own_key is not None and not hmac.compare_digest(
                    line.mac, self._mac(bytes.fromhex(tag), own_key, line.head)):
                found.append("Uw anker van de audittrail is buiten Casusoverleg aangepast.")
                continue
            actual = entry_hash(line.head.entry_id) if line.head.entry_id else EMPTY_TRAIL.entry_hash
            if actual is None:
                found.append(f"De audittrail is ingekort: regel {line.head.entry_id}, die {who} als "
                             "laatste vastlegde, ontbreekt.")
            elif not hmac.compare_digest(actual, line.head.entry_hash):
                found.append(f"De audittrail is herschreven: regel {line.head.entry_id} is niet meer "
                             f"de regel die {who} als laatste vastlegde.")
        return found

    def seal(self, own_key: bytes, message: bytes) -> str:
        """An audit entry's seal: HMAC of its fields under a key of the user it names."""
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                   info=f"casusoverleg audit seal/{self.vault_id}".encode()).derive(own_key)
        return hmac.new(key, message, hashlib.sha256).hexdigest()

    def _mac(self, user_tag: bytes, own_key: bytes, head: Head) -> str:
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                   info=f"casusoverleg audit anchor/{self.vault_id}".encode()).derive(own_key)
        message = f"{FORMAT}/{self.vault_id}/{user_tag.hex()}/{head.entry_id}/{head.entry_hash}"
        return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()

    def _read(self) -> tuple[dict[str, _Line], bool]:
        """The lines by user tag (hex), and whether the file was readable (absent counts as
        readable and empty)."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}, True
        except OSError:
            return {}, False
        try:
            data = json.loads(raw.decode("utf-8"))
            if data["format"] != FORMAT or data["version"] != VERSION:
                return {}, False
            return {str(tag): _Line(Head(int(line["entry_id"]), str(line["hash"])), str(line["mac"]))
                    for tag, line in data["heads"].items()}, True
        except (ValueError, KeyError, TypeError, AttributeError):
            return {}, False

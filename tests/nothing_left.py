"""Proof that no text of a destroyed case is left: in every table and the FTS terms (through
SQLCipher), and in every page of the file decrypted by hand (free pages included)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path
from sqlite3.dump import _iterdump  # sqlcipher3 connections lack iterdump()

from cryptography.hazmat.primitives.ciphers import Cipher as AesCipher
from cryptography.hazmat.primitives.ciphers import algorithms, modes

from casusoverleg_desktop.store.engine import Cipher, connect_raw
from casusoverleg_desktop.vault.backup import read_backup

PAGE = 4096


def _reserve(cipher: Cipher) -> int:
    return 16 + (32 if cipher is Cipher.SQLCIPHER4_HMAC_SHA256 else 64)  # IV + HMAC


def decrypted_pages(path: Path, key: bytes, cipher: Cipher) -> bytes:
    """Every page of an SQLCipher 4 file (raw key: no KDF) decrypted with AES-256-CBC."""
    raw, reserve, out = path.read_bytes(), _reserve(cipher), []
    for start in range(0, len(raw) - PAGE + 1, PAGE):
        page = raw[start:start + PAGE]
        offset = 16 if start == 0 else 0  # page 1 begins with the salt
        iv = page[PAGE - reserve:PAGE - reserve + 16]
        decryptor = AesCipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(decryptor.update(page[offset:PAGE - reserve]) + decryptor.finalize())
    return b"".join(out)


def found_in_database(path: Path, key: bytes, cipher: Cipher, markers: Iterable[str]) -> list[str]:
    markers = list(markers)
    conn = connect_raw(path, key, cipher)
    try:
        dump = "\n".join(_iterdump(conn)).casefold()
        conn.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, search_index, row)")
        terms = {row[0] for row in conn.execute("SELECT term FROM temp.terms")}
    finally:
        conn.close()
    pages = decrypted_pages(path, key, cipher)
    assert b"CREATE TABLE" in pages  # the decryption works
    found = [f"iterdump: {m}" for m in markers if m.casefold() in dump]
    found += [f"fts: {m}" for m in markers if m.casefold() in terms]
    found += [f"page: {m}" for m in markers
              if m.encode() in pages or m.casefold().encode() in pages]
    return found


def found_in_backups(folder: Path, key: bytes, cipher: Cipher, markers: Iterable[str]) -> list[str]:
    found = []
    for backup in sorted(folder.glob("*.cobak")):
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "backup.db"
            copy.write_bytes(read_backup(backup).database)
            found += [f"{backup.name}: {what}" for what in found_in_database(copy, key, cipher, markers)]
    return found

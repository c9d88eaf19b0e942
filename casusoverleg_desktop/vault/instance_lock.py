"""OS file locks in the vault folder (no sockets): one running GUI per vault (``InstanceLock``),
and who has the vault open at all (``OpenLock``), so the key is changed only when nobody else has.

The operating system releases the lock when the process ends, however it ends, so a crashed
app never blocks the next start. The file itself stays (empty, owner-only): removing it while
another process waits on it would let two processes hold "the" lock.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from casusoverleg_desktop.errors import VaultInUse

LOCK_NAME = "casusoverleg.lock"


class InstanceLock:
    """Held from ``acquire`` until ``release`` (or the end of the process)."""

    def __init__(self, fd: int, path: Path) -> None:
        self._fd: int | None = fd
        self.path = path

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def acquire_instance_lock(root: Path) -> InstanceLock:
    """The vault's instance lock; ``VaultInUse`` when another process holds it."""
    path = root / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    try:
        _lock(fd)
    except OSError:
        os.close(fd)
        raise VaultInUse(
            f"Casusoverleg is al geopend op de kluis in {root}. Gebruik het venster dat al open is; "
            "een kluis kan in één venster tegelijk open zijn.") from None
    return InstanceLock(fd, path)


OPEN_NAME = "casusoverleg.open"
OPEN_WAIT_S = 10.0  # a key rotation elsewhere holds the lock alone for about a second


class OpenLock:
    """Held shared by every open vault, from unlock to lock, in any process: ``alone`` takes it
    exclusively for a key rotation, which would leave any other open vault with a key that no
    longer fits (every write then fails)."""

    def __init__(self, root: Path) -> None:
        self._fd: int | None = os.open(root / OPEN_NAME, os.O_RDWR | os.O_CREAT
                                       | getattr(os, "O_BINARY", 0), 0o600)
        deadline = time.monotonic() + OPEN_WAIT_S
        while not _try_shared(self._fd):
            if time.monotonic() > deadline:
                self.release()
                raise VaultInUse("De kluis wordt in een ander venster of programma omgezet naar een "
                                 "nieuwe sleutel; probeer het zo opnieuw.")
            time.sleep(0.05)

    @contextmanager
    def alone(self) -> Iterator[None]:
        """Exclusive while the block runs; ``VaultInUse`` when another window or process has the
        vault open."""
        assert self._fd is not None
        if not _try_exclusive(self._fd):
            raise VaultInUse(
                "De sleutel kan alleen worden gewisseld als de kluis nergens anders open is. Sluit "
                "de andere vensters en programma's met deze kluis en probeer het opnieuw.")
        try:
            yield
        finally:
            _back_to_shared(self._fd)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops every lock this descriptor holds
            self._fd = None


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # the first byte, which need not exist

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    # Windows has no shared file locks: each holder locks one byte of its own in a range of
    # _SLOTS bytes, and being alone is locking the whole range.
    _SLOTS = 1 << 16
    _held_byte: dict[int, int] = {}

    def _try_shared(fd: int) -> bool:
        offset = 1 + int.from_bytes(os.urandom(4), 'big') % _SLOTS
        os.lseek(fd, offset, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        _held_byte[fd] = offset
        return True

    def _try_exclusive(fd: int) -> bool:
        os.lseek(fd, _held_byte.pop(fd), os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        os.lseek(fd, 1, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, _SLOTS)
        except OSError:
            _back_to_shared(fd, whole_range=False)
            return False
        return True

    def _back_to_shared(fd: int, whole_range: bool = True) -> None:
        if whole_range:
            os.lseek(fd, 1, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, _SLOTS)
        while not _try_shared(fd):
            time.sleep(0.01)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _try_shared(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _try_exclusive(fd: int) -> bool:
        """Converts this descriptor's shared lock; fails while any other holds one. A failed
        conversion drops the shared lock (flock converts by unlocking first): taken again."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            _back_to_shared(fd)
            return False
        return True

    def _back_to_shared(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_SH)

"""Files a crashed run left behind, removed at the next start.

What a run writes under a temporary name and removes (or renames) when done: backup snapshots
(``.snapshot-*`` folders in the vault folder), half-written files of ``write_atomically``
(``.{name}.{hex}.tmp`` in the vault folder and its backups folder), and the copies that restore and
the backup check make in the system temp folder (``casusoverleg-restore-*``, ``casusoverleg-check-*``).

A leftover is told from a file in use by its age: a running backup or restore writes its files
without pause and is done within seconds, so nothing untouched for ``MIN_AGE_S`` is in use. A lock
would not tell: the GUI's lock on a vault leaves the CLI free to run beside it, and the system temp
folder is shared by every vault. On Windows a file still open cannot be removed at all.
Stdlib only: this runs before the start-up window shows.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from casusoverleg_desktop.vault.paths import VaultPaths

MIN_AGE_S = 600
SNAPSHOT_PREFIX = ".snapshot-"
TEMP_PREFIXES = ("casusoverleg-restore-", "casusoverleg-check-")
_ATOMIC_TEMPORARY = re.compile(r"\..+\.[0-9a-f]{8}\.tmp")


def remove_leftovers(root: Path, *, temp_dir: Path | None = None) -> list[Path]:
    """Remove the leftovers of the vault in ``root`` (if it holds one) and of the system temp
    folder; what was removed. Never raises: a leftover that cannot go stays until a later start."""
    candidates: list[Path] = []
    paths = VaultPaths(root)
    if paths.exists():
        candidates += _entries(paths.root, lambda e: e.name.startswith(SNAPSHOT_PREFIX) and e.is_dir(
            follow_symlinks=False))
        for folder in (paths.root, paths.backups):
            candidates += _entries(folder, lambda e: bool(_ATOMIC_TEMPORARY.fullmatch(e.name))
                                   and e.is_file(follow_symlinks=False))
    temp = temp_dir if temp_dir is not None else Path(tempfile.gettempdir())
    candidates += _entries(temp, lambda e: e.name.startswith(TEMP_PREFIXES) and _is_ours(e))
    now = time.time()
    removed = []
    for path in candidates:
        try:
            if now - _last_change(path) < MIN_AGE_S:
                continue
            if path.is_dir() and not path.is_symlink():
                import shutil  # rarely needed: not imported at every start

                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def _entries(folder: Path, wanted: Callable[[os.DirEntry[str]], bool]) -> list[Path]:
    try:
        with os.scandir(folder) as entries:
            return [Path(entry.path) for entry in entries if wanted(entry)]
    except OSError:  # no such folder, or not ours to read
        return []


def _is_ours(entry: os.DirEntry[str]) -> bool:
    """Not a link, and (where the OS has owners) made by this user: the temp folder is shared."""
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError:
        return False
    if stat.S_ISLNK(info.st_mode):
        return False
    return not hasattr(os, "getuid") or info.st_uid == os.getuid()


def _last_change(path: Path) -> float:
    """The newest modification time of ``path`` and, for a folder, of everything in it."""
    newest = path.lstat().st_mtime
    if path.is_dir() and not path.is_symlink():
        for folder, dirs, files in os.walk(path):
            for name in dirs + files:
                newest = max(newest, os.lstat(os.path.join(folder, name)).st_mtime)
    return newest

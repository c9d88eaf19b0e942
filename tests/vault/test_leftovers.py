"""What a crashed run left behind goes at the next start of the CLI or the GUI; what a running
operation is still writing, and anything not ours, stays."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from vault_testkit import CHAIR, PASSPHRASE

from casusoverleg_desktop.vault.leftovers import MIN_AGE_S, remove_leftovers
from casusoverleg_desktop.vault.vault import OpenVault

REPO = Path(__file__).resolve().parents[2]


def _plant(root: Path, temp: Path, tag: str) -> list[Path]:
    """One leftover of each kind, as a killed backup, atomic write, restore and check leave them."""
    snapshot = root / f".snapshot-{tag}"
    restore, check = temp / f"casusoverleg-restore-{tag}", temp / f"casusoverleg-check-{tag}"
    for folder in (snapshot, restore, check):
        folder.mkdir(parents=True)
    planted = [
        _file(snapshot / "snapshot.db"), snapshot,
        _file(root / f".keyslots.json.{tag}.tmp"),
        _file(root / "backups" / f".auto-20260101T000000000000Z-dagelijks.cobak.{tag}.tmp"),
        _file(restore / "check.db"), restore,
        _file(check / "check.db"), check,
        _file(temp / f"casusoverleg-restore-{tag}.db"),
    ]
    return planted


def _foreign(root: Path, temp: Path) -> list[Path]:
    """Names that look alike but are not made by us, or not in our folders."""
    elsewhere = root.parent / "eigen-map"
    mine = elsewhere / "casusoverleg-restore-doel"
    mine.mkdir(parents=True)
    link = temp / "casusoverleg-restore-link"
    link.symlink_to(mine, target_is_directory=True)
    return [
        _file(root / "notities.tmp"), _file(root / ".keyslots.json.tmp"),
        _file(root / ".keyslots.json.nothex12.tmp"), _file(root / "backups" / "eigen.cobak"),
        _file(temp / "ander-programma-restore-1"), _file(elsewhere / ".snapshot-1" / "x.db"),
        _file(elsewhere / ".notes.0123abcd.tmp"), _file(mine / "bewaren.txt"), mine, link,
    ]


def _file(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"versleuteld")
    return path


def _age(paths: list[Path], seconds: float) -> None:
    then = time.time() - seconds
    for path in paths:  # contents before their folder: writing a file touches its folder
        os.utime(path, (then, then), follow_symlinks=False)


@pytest.fixture
def planted(created: tuple[OpenVault, str], tmp_path: Path) -> tuple[Path, Path, list[Path], list[Path]]:
    """A closed vault, a temp folder, old leftovers, and fresh leftovers plus foreign files."""
    vault, _ = created
    vault.close()
    root, temp = vault.paths.root, tmp_path / "systeemtemp"
    old = _plant(root, temp, "0123abcd")
    foreign = _foreign(root, temp)
    _age(old + foreign, 2 * MIN_AGE_S)
    fresh = _plant(root, temp, "4567ef89")  # a backup or restore still writing these
    return root, temp, old, fresh + foreign


def _assert_cleaned(old: list[Path], kept: list[Path]) -> None:
    assert [p for p in old if p.exists()] == []
    assert [p for p in kept if not os.path.lexists(p)] == []


@pytest.mark.slow
def test_cli_start_removes_the_leftovers_of_a_crash(planted, tmp_path: Path) -> None:
    root, temp, old, kept = planted
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "casusoverleg_desktop", "unlock-check", "--vault", str(root),
         "--user", CHAIR, "--passphrase-file", str(secret)],
        env={**os.environ, "TMPDIR": str(temp)}, cwd=REPO, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    _assert_cleaned(old, kept)


@pytest.mark.slow
def test_gui_start_removes_the_leftovers_of_a_crash(planted, tmp_path: Path) -> None:
    root, temp, old, kept = planted
    env = {**os.environ, "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    gui = subprocess.Popen([sys.executable, "-m", "casusoverleg_desktop", "--vault", str(root)],
                           env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while any(p.exists() for p in old) and gui.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert gui.poll() is None, "the GUI ended instead of waiting at its unlock window"
    finally:
        gui.terminate()
        gui.wait(timeout=30)
    _assert_cleaned(old, kept)


def test_cleaning_keeps_every_file_of_the_vault_itself(planted, tmp_path: Path) -> None:
    root, temp, old, kept = planted
    before = {p: p.read_bytes() for p in root.iterdir() if p.is_file() and p not in old + kept}
    remove_leftovers(root, temp_dir=temp)
    _assert_cleaned(old, kept)
    assert {p: p.read_bytes() for p in before} == before


def test_a_folder_without_a_vault_is_left_alone(tmp_path: Path) -> None:
    folder, temp = tmp_path / "geen-kluis", tmp_path / "systeemtemp"
    temp.mkdir()
    planted = _plant(folder, temp, "0123abcd")
    _age(planted, 2 * MIN_AGE_S)
    removed = remove_leftovers(folder, temp_dir=temp)
    assert all(path.parent == temp for path in removed)
    assert (folder / ".snapshot-0123abcd" / "snapshot.db").exists()
    assert (folder / ".keyslots.json.0123abcd.tmp").exists()


def test_a_missing_vault_folder_and_temp_folder_raise_nothing(tmp_path: Path) -> None:
    assert remove_leftovers(tmp_path / "nergens", temp_dir=tmp_path / "ook-nergens") == []

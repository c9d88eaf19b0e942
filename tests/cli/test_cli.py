"""The command line, run as a real process: the happy paths and every way to get it wrong."""

from __future__ import annotations

import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from cli_process import cli
from vault_admin_kit import new_vault

from casusoverleg_desktop import __version__
from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.store.engine import connect_raw
from casusoverleg_desktop.vault.recovery import ALPHABET, generate_recovery_code, normalise_recovery_code

pytestmark = pytest.mark.slow

PASSPHRASE = "correct paard batterij niet"
NEW_PASSPHRASE = "een nieuwe lange zin voor later"



def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def assert_clean_failure(result: subprocess.CompletedProcess, code: int, message: str) -> None:
    detail = f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    assert result.returncode == code, detail
    assert message in result.stderr, detail
    assert "Traceback" not in result.stderr + result.stdout, detail


def test_version() -> None:
    result = cli("--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"casusoverleg {__version__}")


@pytest.mark.parametrize(("argv", "gui"), [
    ([], True), (["--vault", "k", "--user", "voorzitter"], True), (["--vault=k"], True),
    (["--passphrase-file", "-"], True), (["--vault", "k", "meetings"], False), (["--help"], False),
    (["--version"], False), (["--vault"], True), (["--onbekend"], False), (["init"], False),
])
def test_only_a_gui_start_skips_the_command_parsers(argv, gui) -> None:
    from casusoverleg_desktop.cli import build_parser, cmd_gui, starts_the_gui

    assert starts_the_gui(argv) is gui
    if gui and "--vault" in argv and len(argv) > 1:  # both parsers read the GUI options alike
        lean, full = build_parser(commands=False).parse_args(argv), build_parser().parse_args(argv)
        assert vars(lean) == vars(full) and lean.handler is cmd_gui


def test_a_gui_option_without_its_value_is_refused_in_dutch() -> None:
    assert_clean_failure(cli("--vault"), 2, "hier hoort één waarde bij")


def test_selftest() -> None:
    result = cli("selftest")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("Zelftest geslaagd.")
    assert result.stderr == ""


def test_init_check_backup_restore_recover(tmp_path: Path) -> None:
    vault, restored = tmp_path / "kluis", tmp_path / "teruggezet"
    secret = write(tmp_path / "wachtwoord.txt", PASSPHRASE + "\n")

    result = cli("init", "--vault", vault, "--user", "voorzitter", "--name", "Marloes Dekkers",
                 "--role", "chair", "--passphrase-file", secret, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [code_line] = [line for line in result.stdout.splitlines() if line.startswith("Herstelcode:")]
    code = code_line.removeprefix("Herstelcode:").strip()
    assert normalise_recovery_code(code) == code
    assert result.stdout.count(code) == 1 and result.stderr == ""

    result = cli("unlock-check", "--vault", vault, "--passphrase-file", secret)
    assert (result.returncode, result.stdout.strip()) == (0, "De kluis opent voor voorzitter (voorzitter).")
    result = cli("unlock-check", "--vault", vault, "--user", "voorzitter", "--passphrase-file", "-",
                 stdin=PASSPHRASE + "\r\n")
    assert result.returncode == 0, result.stderr
    assert_clean_failure(cli("unlock-check", "--vault", vault, "--passphrase-file", "-",
                             stdin="niet het goede wachtwoord\n"), 1, "Het wachtwoord is onjuist.")

    out = tmp_path / "uit" / "kluis.cobak"
    result = cli("backup", "--vault", vault, "--passphrase-file", secret, "--out", out)
    assert result.returncode == 0 and out.is_file(), result.stderr
    result = cli("restore", "--from", out, "--vault", restored, "--passphrase-file", "-",
                 stdin=code.lower() + "\n")
    assert result.returncode == 0, result.stderr
    assert cli("unlock-check", "--vault", restored, "--passphrase-file", secret).returncode == 0

    recovery = write(tmp_path / "herstel.txt", code.replace("-", "").lower() + "\n")
    new = write(tmp_path / "nieuw.txt", NEW_PASSPHRASE + "\n")
    result = cli("recover", "--vault", vault, "--user", "voorzitter", "--recovery-file", recovery,
                 "--new-passphrase-file", new)
    assert result.returncode == 0, result.stderr
    assert_clean_failure(cli("unlock-check", "--vault", vault, "--passphrase-file", secret), 1, "onjuist")
    assert cli("unlock-check", "--vault", vault, "--passphrase-file", new).returncode == 0


# -- bad input: every case a clear message on stderr, a non-zero exit, no traceback ---------------
BAD_INPUT = {
    # name: (arguments, stdin, exit code, part of the message, path that must not appear)
    "meeting-not-a-number": ("minutes status --vault {V} --passphrase-file - --meeting abc", "", 2,
                             "--meeting: geen geheel getal: 'abc'", None),
    "missing-passphrase-file": ("unlock-check --vault {V} --passphrase-file {MISSING}", "", 2,
                                "Het bestand met het wachtwoord bestaat niet", None),
    "empty-passphrase-file": ("unlock-check --vault {V} --passphrase-file {EMPTY}", "", 2,
                              "is leeg", None),
    "empty-stdin": ("unlock-check --vault {V} --passphrase-file -", "", 2, "is leeg", None),
    "passphrase-file-is-a-folder": ("unlock-check --vault {V} --passphrase-file {N}", "", 2,
                                    "is een map, geen bestand", None),
    "passphrase-file-not-utf8": ("unlock-check --vault {V} --passphrase-file {BINARY}", "", 2,
                                 "is geen tekst in UTF-8", None),
    "wrong-passphrase": ("unlock-check --vault {V} --passphrase-file {WRONG}", "", 1,
                         "Het wachtwoord is onjuist.", None),
    "wrong-passphrase-stdin": ("unlock-check --vault {V} --passphrase-file -", "fout fout fout\n", 1,
                               "Het wachtwoord is onjuist.", None),
    "unknown-user": ("unlock-check --vault {V} --user niemand --passphrase-file {P}", "", 1,
                     "Er is geen gebruiker 'niemand'", None),
    "no-vault": ("unlock-check --vault {NOWHERE} --passphrase-file {P}", "", 2,
                 "Er staat geen kluis in", "{NOWHERE}"),
    "damaged-keyslots": ("unlock-check --vault {DAMAGED} --passphrase-file {P}", "", 2,
                         "sleutelbestand van de kluis is beschadigd", None),
    "too-new": ("unlock-check --vault {NEWER} --passphrase-file {P}", "", 2,
                "nieuwere versie van Casusoverleg Desktop", None),
    "missing-option": ("unlock-check --vault {V}", "", 2, "--passphrase-file", None),
    "unknown-command": ("opruimen --vault {V}", "", 2, "ongeldige keuze", None),
    "init-non-empty-folder": ("init --vault {N} --user a --role chair --passphrase-file {P}", "", 2,
                              "is niet leeg", None),
    "init-existing-vault": ("init --vault {V} --user a --role chair --passphrase-file {P}", "", 2,
                            "staat al een kluis", None),
    "init-weak-passphrase": ("init --vault {NEW} --user a --role chair --passphrase-file {WEAK}", "", 2,
                             "minstens 10 tekens", "{NEW}"),
    "init-login-with-space": ("init --vault {NEW} --user {SPACED} --role chair --passphrase-file {P}",
                              "", 2, "zonder spaties", "{NEW}"),
    "init-unknown-role": ("init --vault {NEW} --user a --role baas --passphrase-file {P}", "", 2,
                          "--role", "{NEW}"),
    "backup-out-exists": ("backup --vault {V} --passphrase-file {P} --out {P}", "", 2, "bestaat al", None),
    "backup-wrong-passphrase": ("backup --vault {V} --passphrase-file {WRONG} --out {NEWFILE}", "", 1,
                                "onjuist", "{NEWFILE}"),
    "restore-into-existing-vault": ("restore --from {B} --vault {V} --passphrase-file {P}", "", 2,
                                    "alleen in een lege of nieuwe map", None),
    "restore-into-non-empty-folder": ("restore --from {B} --vault {N} --passphrase-file {P}", "", 2,
                                      "alleen in een lege of nieuwe map", None),
    "restore-missing-backup": ("restore --from {MISSING} --vault {NEW} --passphrase-file {P}", "", 2,
                               "kan niet worden gelezen", "{NEW}"),
    "restore-foreign-file": ("restore --from {P} --vault {NEW} --passphrase-file {P}", "", 2,
                             "geen back-up van Casusoverleg", "{NEW}"),
    "restore-truncated-backup": ("restore --from {TRUNCATED} --vault {NEW} --passphrase-file {P}", "", 2,
                                 "beschadigd of onvolledig", "{NEW}"),
    "restore-wrong-passphrase": ("restore --from {B} --vault {NEW} --passphrase-file {WRONG}", "", 1,
                                 "opent deze back-up niet", "{NEW}"),
    "recover-mistyped-code": ("recover --vault {V} --user voorzitter --recovery-file {MISTYPED} "
                              "--new-passphrase-file {Q}", "", 2, "tikfout", None),
    "recover-code-of-another-vault": ("recover --vault {V} --user voorzitter --recovery-file {OTHER} "
                                      "--new-passphrase-file {Q}", "", 1, "hoort niet bij deze kluis", None),
    "recover-weak-passphrase": ("recover --vault {V} --user voorzitter --recovery-file {CODE} "
                                "--new-passphrase-file {WEAK}", "", 2, "minstens 10 tekens", None),
    "recover-missing-code-file": ("recover --vault {V} --user voorzitter --recovery-file {MISSING} "
                                  "--new-passphrase-file {Q}", "", 2, "herstelcode bestaat niet", None),
}


@pytest.fixture(scope="module")
def bad_input_results(tmp_path_factory) -> dict[str, tuple[subprocess.CompletedProcess, dict]]:
    """Run every bad-input case once, a few processes at a time (each start costs about a second)."""
    tmp = tmp_path_factory.mktemp("cli-fouten")
    vault, code = new_vault(tmp / "kluis", "voorzitter", Role.CHAIR, PASSPHRASE)
    vault.write_backup(tmp / "kluis.cobak")
    vault.close()
    new_vault(tmp / "beschadigd", "voorzitter", Role.CHAIR, PASSPHRASE)[0].close()
    write(tmp / "beschadigd" / "keyslots.json", '{"format": "casusoverleg-keyslots", "ver')
    newer = new_vault(tmp / "nieuwer", "voorzitter", Role.CHAIR, PASSPHRASE)[0]
    newer_key = newer._data_keys[1]
    newer.close()
    conn = connect_raw(tmp / "nieuwer" / "casusoverleg.db", newer_key)
    conn.execute("UPDATE alembic_version SET version_num = '9000_toekomst'")
    conn.close()
    (tmp / "map-met-spullen").mkdir()
    write(tmp / "map-met-spullen" / "notities.txt", "van de gebruiker")
    raw = (tmp / "kluis.cobak").read_bytes()
    (tmp / "afgekapt.cobak").write_bytes(raw[: len(raw) // 2])
    (tmp / "binair.txt").write_bytes(b"\xff\xfe\xfa wachtwoord\n")
    mistyped = ALPHABET[(ALPHABET.index(code[0]) + 1) % len(ALPHABET)] + code[1:]
    paths = {
        "V": tmp / "kluis", "B": tmp / "kluis.cobak", "P": write(tmp / "goed.txt", PASSPHRASE + "\n"),
        "WRONG": write(tmp / "fout.txt", "dit is het niet\n"), "EMPTY": write(tmp / "leeg.txt", ""),
        "MISSING": tmp / "bestaat-niet.txt", "N": tmp / "map-met-spullen", "BINARY": tmp / "binair.txt",
        "NOWHERE": tmp / "nergens", "DAMAGED": tmp / "beschadigd", "NEWER": tmp / "nieuwer",
        "WEAK": write(tmp / "zwak.txt", "kort\n"), "Q": write(tmp / "nieuw.txt", NEW_PASSPHRASE + "\n"),
        "CODE": write(tmp / "code.txt", code + "\n"), "MISTYPED": write(tmp / "tikfout.txt", mistyped),
        "OTHER": write(tmp / "andere.txt", generate_recovery_code()), "TRUNCATED": tmp / "afgekapt.cobak",
        "SPACED": "twee woorden",  # one argument: templates are split before they are filled in
    }

    def run(name: str) -> tuple[subprocess.CompletedProcess, dict]:
        own = {**paths, "NEW": tmp / f"nieuw-{name}", "NEWFILE": tmp / f"nieuw-{name}.cobak"}
        template, stdin, *_ = BAD_INPUT[name]
        args = [part.format(**own) for part in template.split()]
        return cli(*args, stdin=stdin, cwd=tmp), own

    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(BAD_INPUT, pool.map(run, BAD_INPUT), strict=True))


@pytest.mark.parametrize("case", list(BAD_INPUT))
def test_bad_input_gives_a_message_and_no_traceback(bad_input_results, case: str) -> None:
    result, paths = bad_input_results[case]
    _, _, code, message, must_not_exist = BAD_INPUT[case]
    assert_clean_failure(result, code, message)
    assert re.match(r"(casusoverleg: |gebruik: )", result.stderr)
    assert not re.search(r"\b(usage|invalid|argument|required)\b", result.stderr), result.stderr
    if must_not_exist:
        assert not Path(must_not_exist.format(**paths)).exists()


def test_the_gui_without_a_desktop_session_says_so(tmp_path: Path) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "casusoverleg_desktop", "--vault", str(tmp_path / "k")],
                            capture_output=True, text=True, timeout=60, env=env)
    assert_clean_failure(result, 1, "geen bureaublad")
    assert "xcb" not in result.stderr and not (tmp_path / "k").exists()


@pytest.mark.parametrize(("environ", "platform", "missing"), [
    ({}, "linux", True), ({"DISPLAY": ":0"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False), ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({}, "win32", False), ({}, "darwin", False),
])
def test_a_desktop_session_is_needed_only_on_linux_without_display(environ, platform, missing) -> None:
    from casusoverleg_desktop.cli import no_desktop_session

    assert no_desktop_session(environ, platform) is missing

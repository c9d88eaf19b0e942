"""The document commands as a real process: export, sign, verify, export-ca; good and bad input."""

from __future__ import annotations

import datetime as dt
import subprocess
from io import BytesIO

import pytest
from cli_process import cli
from doc_scenarios import adopt, lv_2025_014, lv_2025_021
from pypdf import PdfReader
from vault_admin_kit import admin_of

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.services.access import create_new_vault
from casusoverleg_desktop.settings import Settings

SETTINGS = Settings()

pytestmark = pytest.mark.slow

CHAIR_PASSPHRASE = "correct paard batterij niet"
SECRETARY_PASSPHRASE = "notulist schrijft alles op"



def ok(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, f"stdout: {result.stdout}\nstderr: {result.stderr}"
    return result


def failed(result: subprocess.CompletedProcess, code: int, message: str) -> None:
    detail = f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    assert result.returncode == code, detail
    assert message in result.stderr, detail
    assert "Traceback" not in result.stderr + result.stdout, detail


@pytest.fixture(scope="module")
def zvh(tmp_path_factory):
    """A vault on disk with both scenarios, a chair and a secretary, and the passphrase files."""
    root = tmp_path_factory.mktemp("cli-docs")
    vault, _ = create_new_vault(root / "kluis", "voorzitter", Role.CHAIR, CHAIR_PASSPHRASE,
                                settings=SETTINGS, display_name="Marloes Dekkers",
                                organisation="ZVH Lindeveld")
    try:
        admin_of(vault).add_user("notulist", Role.SECRETARY, SECRETARY_PASSPHRASE,
                                 display_name="Kees Brinkhorst", organisation="ZVH Lindeveld")
        ctx = vault.context()
        lv014 = lv_2025_014(ctx)
        adopt(ctx, lv014)
        lv021 = lv_2025_021(ctx)
    finally:
        vault.close()
    chair = root / "voorzitter.txt"
    chair.write_text(CHAIR_PASSPHRASE + "\n", encoding="utf-8")
    secretary = root / "notulist.txt"
    secretary.write_text(SECRETARY_PASSPHRASE + "\n", encoding="utf-8")
    wrong = root / "fout.txt"
    wrong.write_text("dit is niet het wachtwoord\n", encoding="utf-8")
    return {"vault": root / "kluis", "chair": chair, "secretary": secretary, "wrong": wrong,
            "lv014": lv014, "lv021": lv021}


def vault_args(zvh: dict, who: str = "chair") -> list[object]:
    return ["--vault", zvh["vault"], "--passphrase-file", zvh[who]]


def test_export_action_list_and_extract(zvh, tmp_path):
    out = tmp_path / "lijst.pdf"
    result = ok(cli("export", "actions", *vault_args(zvh), "--meeting", zvh["lv014"].meeting, "--out", out))
    assert "Besluiten- en actielijst 26-02-2025" in result.stdout and str(out) in result.stdout
    assert len(PdfReader(BytesIO(out.read_bytes())).pages) >= 1
    ok(cli("export", "extract", *vault_args(zvh), "--meeting", zvh["lv014"].meeting,
           "--partner", "COLLEGE", "--out", tmp_path))  # a folder: the suggested name is used
    [extract] = [p for p in tmp_path.iterdir() if p.name.startswith("uittreksel_")]
    assert extract.name.endswith("_LV-2025-014.pdf") and "College" not in extract.name
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([out.name, extract.name])  # no temp files


def test_unknown_meeting_and_ambiguous_partner_write_nothing(zvh, tmp_path):
    out = tmp_path / "x.pdf"
    failed(cli("export", "minutes", *vault_args(zvh), "--meeting", 999, "--out", out), 2,
           "De vergadering met nummer 999 bestaat niet")
    result = cli("export", "extract", *vault_args(zvh), "--meeting", zvh["lv014"].meeting,
                 "--partner", "lindeveld", "--out", out)
    failed(result, 2, "past bij meer dan één partner")
    assert "Jeugdteam Lindeveld" in result.stderr and "Lindeveld College" in result.stderr
    failed(cli("export", "extract", *vault_args(zvh), "--meeting", zvh["lv014"].meeting, "--out", out), 2,
           "geef --partner NAAM op")
    failed(cli("export", "agenda", *vault_args(zvh), "--meeting", 1, "--out", tmp_path / "geen" / "a.pdf"), 2,
           "bestaat niet")
    assert list(tmp_path.iterdir()) == []


def test_wrong_passphrase_writes_no_file(zvh, tmp_path):
    out = tmp_path / "verslag.pdf"
    result = cli("export", "minutes", *vault_args(zvh, "wrong"), "--meeting", zvh["lv014"].meeting,
                 "--out", out)
    failed(result, 1, "Het wachtwoord is onjuist")
    assert list(tmp_path.iterdir()) == []


def test_sensitive_extract_needs_the_flag(zvh, tmp_path):
    out = tmp_path / "uittreksel.pdf"
    args = ["export", "extract", *vault_args(zvh), "--meeting", zvh["lv021"].meeting, "--partner",
            "reclassering", "--out", out]
    result = cli(*args)
    failed(result, 1, "strafrechtelijk gegeven")
    assert "--bevestig-gevoelig" in result.stderr and not out.exists()
    ok(cli(*args, "--bevestig-gevoelig"))
    assert out.exists()


def test_sign_verify_and_export_ca(zvh, tmp_path):
    meeting = zvh["lv014"].meeting
    first, final = tmp_path / "opgesteld.pdf", tmp_path / "vastgesteld.pdf"
    ok(cli("export", "minutes", *vault_args(zvh, "secretary"), "--meeting", meeting, "--out", first,
           "--sign"))
    ok(cli("sign", *vault_args(zvh), first, "--out", final))
    result = ok(cli("verify", final, *vault_args(zvh)))
    assert "Kees Brinkhorst" in result.stdout and "Marloes Dekkers" in result.stdout
    assert "Oordeel: Geldig ondertekend" in result.stdout
    failed(cli("verify", final), 1, "")  # no trusted CA given: not trusted
    ca, instructions = tmp_path / "zvh-ca.pem", tmp_path / "instructie.pdf"
    ok(cli("export-ca", *vault_args(zvh), "--out", ca, "--instructions", instructions))
    assert ca.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    assert len(PdfReader(BytesIO(instructions.read_bytes())).pages) == 1
    ok(cli("verify", final, "--trust", ca))
    damaged = tmp_path / "beschadigd.pdf"
    data = bytearray(final.read_bytes())
    data[len(data) // 3] ^= 0x01
    damaged.write_bytes(bytes(data))
    assert cli("verify", damaged, "--trust", ca).returncode != 0
    failed(cli("verify", tmp_path / "bestaat-niet.pdf"), 2, "kan niet worden gelezen")
    later = dt.date.today().replace(month=6, day=1).replace(year=dt.date.today().year + 8)
    result = ok(cli("verify", final, "--trust", ca, "--op-datum", later.isoformat()))
    assert f"Gecontroleerd per: {later:%d-%m-%Y} 23.59 uur" in result.stdout
    assert "   Let op: Het certificaat van Kees Brinkhorst is verlopen op" in result.stdout
    assert "de handtekening is gecontroleerd op het moment van ondertekening" in result.stdout
    failed(cli("verify", final, "--trust", ca, "--op-datum", "1-6-2033"), 2, "geen datum; schrijf JJJJ-MM-DD")

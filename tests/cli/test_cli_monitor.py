"""``casusoverleg monitor`` from ``casusoverleg init`` on: the report and its JSON for a hand-counted
quarter, and the refusals (bad dates, a period backwards, a file that exists) that write nothing."""

from __future__ import annotations

import io
import json

import pytest
from cli_process import cli, ok
from pypdf import PdfReader

from casusoverleg_desktop.services.access import VaultSession
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.vault import unlock
from tests.services.test_chain_monitor import enter_quarter

pytestmark = pytest.mark.slow

CHAIR = "correct paard batterij niet"


@pytest.fixture
def vault(tmp_path):
    (tmp_path / "voorzitter.txt").write_text(CHAIR + "\n", encoding="utf-8")
    root = tmp_path / "kluis"
    ok(cli("init", "--vault", root, "--user", "voorzitter", "--role", "chair", "--name", "M. Dekkers",
           "--organisation", "ZVH Wadmeer", "--passphrase-file", tmp_path / "voorzitter.txt"))
    session = VaultSession(unlock(root, "voorzitter", CHAIR, settings=Settings()))
    try:
        enter_quarter(session.context())
    finally:
        session.close()
    return root


def test_the_monitor_report_and_its_json(vault, tmp_path):
    out, data = tmp_path / "monitor.pdf", tmp_path / "monitor.json"
    said = ok(cli("monitor", "--vault", vault, "--passphrase-file", tmp_path / "voorzitter.txt",
                  "--from", "2026-01-01", "--to", "2026-03-31", "--out", out, "--json", data))
    assert "Ketenmonitor Wadmeer-Noord 01-01-2026 t/m 31-03-2026: 10 signalen" in said
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "ZVH Wadmeer" in text and "< 5" in text
    figures = json.loads(data.read_text(encoding="utf-8"))
    assert figures["totaal"]["signalen"] == "10"
    assert figures["totaal"]["terugkoppeling_op_tijd"] == "40%"
    assert [(r["naam"], r["signalen"]) for r in figures["per_route"]] == [
        ("Zorgen over radicalisering", "5"), ("Acute dreiging", "< 5"), ("(geen route)", "< 5")]
    assert [r["signalen"] for r in figures["per_gemeente"]] == ["x", "< 5"]


@pytest.mark.parametrize(("dates", "message"), [
    (("2026-13-01", "2026-03-31"), "'2026-13-01' is geen datum"),
    (("2026-01-01", "31-03-2026"), "'31-03-2026' is geen datum"),
    (("2026-03-31", "2026-01-01"), "na het einde"),
])
def test_bad_dates_are_refused_and_nothing_is_written(vault, tmp_path, dates, message):
    out, data = tmp_path / "monitor.pdf", tmp_path / "monitor.json"
    result = cli("monitor", "--vault", vault, "--passphrase-file", tmp_path / "voorzitter.txt",
                 "--from", dates[0], "--to", dates[1], "--out", out, "--json", data)
    assert result.returncode != 0 and message in result.stderr and "Traceback" not in result.stderr
    assert not out.exists() and not data.exists()


def test_an_existing_json_file_is_not_overwritten_and_no_pdf_is_left(vault, tmp_path):
    out, data = tmp_path / "monitor.pdf", tmp_path / "monitor.json"
    data.write_text("van eerder", encoding="utf-8")
    result = cli("monitor", "--vault", vault, "--passphrase-file", tmp_path / "voorzitter.txt",
                 "--from", "2026-01-01", "--to", "2026-03-31", "--out", out, "--json", data)
    assert result.returncode != 0 and "bestaat al" in result.stderr
    assert not out.exists() and data.read_text(encoding="utf-8") == "van eerder"
    missing = cli("monitor", "--vault", vault, "--passphrase-file", tmp_path / "voorzitter.txt",
                  "--from", "2026-01-01", "--out", out)
    assert missing.returncode == 2 and "--to" in missing.stderr

"""``casusoverleg chain export`` from ``casusoverleg init`` on: the card as PDF, SVG and PNG, and the
refusals (no chain yet, unknown or missing municipality, bad suffix or paper) with nothing written."""

from __future__ import annotations

import subprocess
from io import BytesIO

import pytest
from chain_kit import build_chain
from cli_process import cli, ok, refused
from pypdf import PdfReader

from casusoverleg_desktop.services import chain
from casusoverleg_desktop.services.access import VaultSession
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.vault import unlock

pytestmark = pytest.mark.slow

PASSPHRASE = "correct paard batterij niet"


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli-chain")
    (root / "pw.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    ok(cli("init", "--vault", root / "kluis", "--user", "voorzitter", "--role", "chair",
           "--passphrase-file", root / "pw.txt"))
    out = root / "uit"
    out.mkdir()
    return root, out


def export(root, *args: object) -> subprocess.CompletedProcess:
    return cli("chain", "export", "--vault", root / "kluis", "--passphrase-file", root / "pw.txt", *args)


def with_context(root, action) -> None:
    vault = VaultSession(unlock(root / "kluis", "voorzitter", PASSPHRASE, settings=Settings()))
    try:
        action(vault.context())
    finally:
        vault.close()


def test_from_a_fresh_vault_to_the_card(setup):
    root, out = setup
    refused(export(root, "--out", out / "kaart.pdf"), "Er is nog geen keten vastgelegd")
    assert list(out.iterdir()) == []

    with_context(root, lambda ctx: build_chain(ctx, adopt=True))
    stdout = ok(export(root, "--out", out / "kaart.pdf"))
    assert f"Signaleringskaart (A4 liggend) geschreven naar {out / 'kaart.pdf'}" in stdout
    reader = PdfReader(BytesIO((out / "kaart.pdf").read_bytes()))
    assert len(reader.pages) == 1
    assert float(reader.pages[0].mediabox.width) > float(reader.pages[0].mediabox.height)
    text = reader.pages[0].extract_text()
    assert "Signaleringskaart Wadmeer-Noord" in text and "Acuut gevaar? Bel 112" in text

    ok(export(root, "--municipality", "wadmeer-noord", "--paper", "A3", "--out", out / "kaart.svg"))
    assert "<title>Signaleringskaart Wadmeer-Noord</title>" in (out / "kaart.svg").read_text(encoding="utf-8")
    ok(export(root, "--out", out / "kaart.png"))
    assert (out / "kaart.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")

    refused(export(root, "--out", out / "kaart.pdf"), "bestaat al")
    written = sorted(p.name for p in out.iterdir())
    refused(export(root, "--out", out / "kaart.docx"), "eindigen op .pdf, .svg of .png")
    refused(export(root, "--paper", "A5", "--out", out / "kaart2.pdf"), "Papierformaat 'A5' ken ik niet")
    refused(export(root, "--municipality", "Lindeveld", "--out", out / "kaart2.pdf"),
            "Gemeente 'Lindeveld' staat niet in de kluis. Gemeenten: Wadmeer-Noord.")
    refused(export(root, "--out", root / "geen-map" / "kaart.pdf"), "bestaat niet")

    with_context(root, lambda ctx: chain.create_municipality(ctx, "Wadmeer-Zuid"))
    refused(export(root, "--out", out / "kaart2.pdf"), "kies er één: Wadmeer-Noord, Wadmeer-Zuid")
    refused(export(root, "--municipality", "Wadmeer-Zuid", "--out", out / "kaart2.pdf"),
            "Wadmeer-Zuid heeft nog geen versie van de keten")
    assert sorted(p.name for p in out.iterdir()) == written


def test_a_wrong_passphrase_writes_nothing(setup, tmp_path):
    root, _ = setup
    (tmp_path / "fout.txt").write_text("verkeerd wachtwoord\n", encoding="utf-8")
    result = cli("chain", "export", "--vault", root / "kluis", "--passphrase-file", tmp_path / "fout.txt",
                 "--out", tmp_path / "kaart.pdf")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert not (tmp_path / "kaart.pdf").exists()


def test_chain_without_subcommand_says_what_to_choose():
    refused(cli("chain"), "Kies 'casusoverleg chain export'.")

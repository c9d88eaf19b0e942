"""``casusoverleg subject-access`` as a real process: the family scenario, its sheet, and refusals."""

from __future__ import annotations

import json
import subprocess
from io import BytesIO

import pytest
from cli_process import cli
from inzage_family import THIRD_PARTY_WORDS, TODAY, at, family_case
from pypdf import PdfReader

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.domain.enums import Relation, Requester, RequestKind, SubjectRole
from casusoverleg_desktop.services import cases, subject_requests
from casusoverleg_desktop.services.access import create_new_vault
from casusoverleg_desktop.settings import Settings

pytestmark = pytest.mark.slow

PASSPHRASE = "correct paard batterij niet"


def failed(result: subprocess.CompletedProcess, message: str) -> None:
    detail = f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    assert result.returncode == 2, detail
    assert message in result.stderr, detail
    assert "Traceback" not in result.stderr + result.stdout, detail


@pytest.fixture(scope="module")
def zvh(tmp_path_factory):
    """A fresh vault with the family; Ruben K. (no gezag) asked for Sara's data; Noor K. is 14."""
    root = tmp_path_factory.mktemp("cli-inzage")
    vault, _ = create_new_vault(root / "kluis", "voorzitter", Role.CHAIR, PASSPHRASE, settings=Settings(),
                                display_name="Marloes Dekkers", organisation="ZVH Lindeveld")
    try:
        ctx = vault.context()
        family = family_case(ctx)
        cases.add_subject(ctx, family.case_id, "Noor K.", SubjectRole.GERELATEERD,
                          relation=Relation.BROER_ZUS, age=14)
        subject_requests.register_request(at(ctx, TODAY), RequestKind.INZAGE, "Sara K.", [family.sara],
                                          Requester.OUDER, TODAY, requester_subject_id=family.ruben)
    finally:
        vault.close()
    secret = root / "voorzitter.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return {"args": ["--vault", root / "kluis", "--passphrase-file", secret], "code": family.code}


def test_the_primary_person_gets_a_redacted_pdf_json_and_a_review_sheet(zvh, tmp_path):
    out = tmp_path / "inzage-mirjam.pdf"
    result = cli("subject-access", *zvh["args"], "--person", "Mirjam K.", "--case", zvh["code"], "--out", out)
    assert result.returncode == 0, result.stderr
    assert "Inzageverzoek 2 geregistreerd" in result.stdout
    sheet = {line.split("\t")[0].strip(): line for line in result.stdout.splitlines() if "\t" in line}
    assert set(sheet) == {"persoon:2", "persoon:3", "persoon:4", "reporter:1", "signal:1", "signal:2",
                          "signal:3", "action:1"}
    assert "identiteit van de melder" in sheet["reporter:1"] and "Weglakken" in sheet["reporter:1"]
    assert "Achterhouden" in sheet["signal:2"] and "nog niet nagevraagd bij de bron" in sheet["signal:2"]
    assert "verklaring van Sara K." in sheet["signal:3"]

    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(out.read_bytes())).pages)
    dossier = out.with_suffix(".json").read_text(encoding="utf-8")
    assert "Mirjam K." in text and "[weggelakt]" in text and "huiselijk geweld" not in text
    for word in (*THIRD_PARTY_WORDS, "Noor"):
        assert word not in text and word not in dossier
    data = json.loads(dossier)
    assert data["inzage"]["persoon"] == "Mirjam K." and data["casussen"][0]["achtergehouden"] == 1
    assert data["casussen"][0]["ontvangers"][0]["partner"] == "Jeugdteam Lindeveld"


@pytest.mark.parametrize(("person", "extra", "message"), [
    ("Onbekend P.", (), "Er is geen persoon met het pseudoniem Onbekend P."),
    ("Mirjam K.", ("--case", "LV-1999-001"), "het pseudoniem Mirjam K. in casus LV-1999-001"),
    ("Sara K.", (), "geen gezag over Sara K."),
    ("Noor K.", (), "leg eerst het standpunt van de minderjarige zelf vast"),
])
def test_refusals_exit_2_and_write_nothing(zvh, tmp_path, person, extra, message):
    out = tmp_path / "inzage.pdf"
    failed(cli("subject-access", *zvh["args"], "--person", person, *extra, "--out", out), message)
    assert list(tmp_path.iterdir()) == []

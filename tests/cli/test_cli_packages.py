"""``casusoverleg peer …`` and ``casusoverleg package …`` from two ``casusoverleg init``s on: the chair's
laptop and the secretary's pair by their cards and fingerprints, a meeting travels as a package, a
conflict waits for a decision, and every refused package leaves the receiving vault as it was."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from cli_process import cli, ok, refused

from casusoverleg_desktop.domain.enums import LegalBasis, MeetingType, PartnerDomain, PartnerTier
from casusoverleg_desktop.services import cases, meetings, partners
from casusoverleg_desktop.services.access import VaultSession
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.packages import peers
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.vault import unlock

pytestmark = pytest.mark.slow

Run = subprocess.CompletedProcess[str]
Digest = Callable[[Path], dict[str, str]]

PASSPHRASE = "twee laptops en een usb-stick"
FINGERPRINT = re.compile(r"Vingerafdruk: (\d{5}(?: \d{5}){5}) — laat de ander deze cijfers op het eigen "
                         r"scherm vergelijken")
MEETING_DAY = dt.date(2026, 3, 12)


@dataclass
class Laptop:
    vault: Path
    login: str
    calls_other: str  # the name this vault gives the other one
    card: Path
    card_stdout: str = ""
    fingerprint: str = ""


@dataclass
class Laptops:
    root: Path
    chair: Laptop
    secretary: Laptop


def on(laptop: Laptop, *args: object) -> Run:
    """A command on one laptop's vault, opened with its user's passphrase."""
    return cli(*args, "--vault", laptop.vault, "--passphrase-file", laptop.vault.parent / "pw.txt")


@contextmanager
def context_of(laptop: Laptop) -> Iterator[ServiceContext]:
    vault = VaultSession(unlock(laptop.vault, laptop.login, PASSPHRASE, settings=Settings()))
    try:
        yield vault.context()
    finally:
        vault.close()


@pytest.fixture(scope="module")
def laptops(tmp_path_factory: pytest.TempPathFactory) -> Laptops:
    """Two vaults on two laptops, each with its card written (the first open also makes the day's
    automatic backup, so later read-only commands leave every file as it is)."""
    root = tmp_path_factory.mktemp("cli-packages")
    (root / "pw.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    chair = Laptop(root / "kluis-voorzitter", "voorzitter", "Laptop notulist", root / "voorzitter.kluiskaart")
    secretary = Laptop(root / "kluis-notulist", "notulist", "Laptop voorzitter", root / "notulist.kluiskaart")
    ok(cli("init", "--vault", chair.vault, "--user", "voorzitter", "--role", "chair",
           "--passphrase-file", root / "pw.txt"))
    ok(cli("init", "--vault", secretary.vault, "--user", "notulist", "--role", "secretary",
           "--name", "K. Brinkhorst", "--passphrase-file", root / "pw.txt"))
    for laptop in (chair, secretary):
        laptop.card_stdout = ok(on(laptop, "peer", "card", "--out", laptop.card))
        match = FINGERPRINT.search(laptop.card_stdout)
        assert match, laptop.card_stdout
        laptop.fingerprint = match.group(1)
    return Laptops(root, chair, secretary)


def add(laptop: Laptop, other: Laptop, fingerprint: str | None = None) -> Run:
    return on(laptop, "peer", "add", other.card, "--name", laptop.calls_other,
              "--fingerprint", fingerprint or other.fingerprint)


def is_paired(laptop: Laptop) -> bool:
    with context_of(laptop) as ctx:
        return any(p.name == laptop.calls_other for p in peers.list_peers(ctx))


@pytest.fixture(scope="module")
def paired(laptops: Laptops) -> Laptops:
    """Both vaults paired: by ``test_pairing_by_card_and_fingerprint``, or here when it did not run."""
    for laptop, other in ((laptops.chair, laptops.secretary), (laptops.secretary, laptops.chair)):
        if not is_paired(laptop):
            ok(add(laptop, other))
    return laptops


def new_meeting(laptop: Laptop, code: str, location: str) -> int:
    """A meeting in the chair's vault with one case on its agenda, made through the services."""
    with context_of(laptop) as ctx:
        school = partners.create_partner(ctx, f"Lindeveld College {code}", PartnerDomain.ONDERWIJS,
                                         PartnerTier.EXTERNE_CASUSPARTNER, covenant_signed=True).id
        case = cases.create_case(ctx, code, LegalBasis("pga"), dt.date(2026, 2, 10), purpose="PGA").id
        meeting = meetings.create_meeting(ctx, MeetingType.ICO_MDO, MEETING_DAY, location=location).id
        meetings.add_case_item(ctx, meeting, case, slot_minutes=20, question="Wie neemt de regie?",
                               invited_partner_ids=[school])
    return meeting


def owner_only(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


def test_pairing_by_card_and_fingerprint(laptops: Laptops, tmp_path: Path, folder_digest: Digest) -> None:
    chair, secretary = laptops.chair, laptops.secretary
    assert f"Kluiskaart van voorzitter geschreven naar {chair.card}." in chair.card_stdout
    assert "Kluiskaart van K. Brinkhorst (notulist)" in secretary.card_stdout
    assert chair.fingerprint != secretary.fingerprint
    card = json.loads(secretary.card.read_text(encoding="utf-8"))
    assert (card["format"], card["login"], card["name"]) == ("casusoverleg-kluiskaart", "notulist",
                                                             "K. Brinkhorst")
    assert owner_only(secretary.card)
    refused(on(chair, "peer", "card", "--out", chair.card), "bestaat al; kies een nieuwe bestandsnaam")

    before = folder_digest(chair.vault)
    wrong = secretary.fingerprint[:-1] + str((int(secretary.fingerprint[-1]) + 1) % 10)
    refused(add(chair, secretary, wrong), "De vingerafdruk komt niet overeen met deze kluiskaart")
    assert folder_digest(chair.vault) == before
    (tmp_path / "foto.kluiskaart").write_bytes(os.urandom(3000))
    refused(on(chair, "peer", "add", tmp_path / "foto.kluiskaart", "--name", "Laptop notulist",
               "--fingerprint", secretary.fingerprint), "Dit bestand is geen kluiskaart van Casusoverleg.")
    refused(on(chair, "peer", "add", tmp_path / "weg.kluiskaart", "--name", "Laptop notulist",
               "--fingerprint", secretary.fingerprint), "bestaat niet")
    refused(on(chair, "peer", "add", chair.card, "--name", "Ikzelf", "--fingerprint", chair.fingerprint),
            "Dit is de kaart van deze kluis zelf.")
    assert folder_digest(chair.vault) == before
    assert ok(on(chair, "peer", "list")) == ("Er is geen gekoppelde kluis. Koppel er een met "
                                             "'casusoverleg peer add'.\n")

    assert f"Gekoppeld: Laptop notulist (vingerafdruk {secretary.fingerprint})" in ok(add(chair, secretary))
    assert f"Gekoppeld: Laptop voorzitter (vingerafdruk {chair.fingerprint})" in ok(add(secretary, chair))
    today = dt.date.today()
    [line] = ok(on(chair, "peer", "list")).splitlines()
    name, who, fingerprint, since = line.split("\t")
    assert (name, who, fingerprint) == ("Laptop notulist", "K. Brinkhorst (notulist)", secretary.fingerprint)
    assert since in {f"gekoppeld op {day:%d-%m-%Y}" for day in (today - dt.timedelta(days=1), today,
                                                                 today + dt.timedelta(days=1))}
    refused(add(chair, secretary), "Deze kluis is al gekoppeld, als 'Laptop notulist'.")


def test_a_meeting_travels_and_a_conflict_waits_for_a_decision(paired: Laptops,
                                                               folder_digest: Digest) -> None:
    chair, secretary = paired.chair, paired.secretary
    outbox = paired.root / "uit"
    outbox.mkdir()
    meeting = new_meeting(chair, "LV-2026-031", "Stadskantoor")

    refused(on(chair, "package", "export", "--to", "Laptop notulist", "--meeting", "drie", "--out", outbox),
            "geen geheel getal", code=2)
    refused(on(chair, "package", "export", "--to", "Laptop notulist", "--meeting", 9999, "--out", outbox),
            "met nummer 9999 bestaat niet")
    refused(on(chair, "package", "export", "--to", "Laptop penningmeester", "--meeting", meeting,
               "--out", outbox), "Er is geen gekoppelde kluis met de naam 'Laptop penningmeester'")
    assert list(outbox.iterdir()) == []

    stdout = ok(on(chair, "package", "export", "--to", "Laptop notulist", "--meeting", meeting,
                   "--out", outbox))
    [first] = outbox.iterdir()
    assert re.fullmatch(r"casusoverleg-pakket-\d{4}\.cpakket", first.name) and owner_only(first)
    assert f"voor Laptop notulist: ICO/MDO van {MEETING_DAY:%d-%m-%Y}, geschreven naar {first}." in stdout
    assert "vergaderingen 1" in stdout and "agendapunten" in stdout and "casussen 1" in stdout
    assert "Tip:" not in stdout
    refused(on(chair, "package", "export", "--to", "Laptop notulist", "--meeting", meeting, "--out", first),
            "bestaat al")

    stdout = ok(on(secretary, "package", "import", first))
    assert "van Laptop voorzitter (voorzitter) ingelezen" in stdout
    assert "nieuw: " in stdout and "vergaderingen 1" in stdout and "casussen 1" in stdout
    rows = [line.split("\t") for line in ok(on(secretary, "meetings")).splitlines()]
    [(there, *_)] = [row for row in rows if row[1] == MEETING_DAY.isoformat()]

    with context_of(chair) as ctx:
        meetings.update_meeting(ctx, meeting, location="Stadhuis, kamer 2")
    with context_of(secretary) as ctx:
        meetings.update_meeting(ctx, int(there), location="Raadszaal")
    second = paired.root / "tweede pakket.bin"  # any name will do; the usual suffix is suggested
    stdout = ok(on(chair, "package", "export", "--to", "Laptop notulist", "--meeting", meeting,
                   "--out", second))
    assert "Tip: geef een pakket de extensie .cpakket" in stdout

    before = folder_digest(secretary.vault)
    result = on(secretary, "package", "import", second)
    refused(result, "Het pakket bevat 1 conflict(en) die eerst beslist moeten worden; er is niets ingelezen.",
            code=3)
    assert f"Vergadering van {MEETING_DAY:%d-%m-%Y} — locatie:" in result.stderr
    assert "hier: Raadszaal" in result.stderr and "daar: Stadhuis, kamer 2" in result.stderr
    assert "--keep theirs" in result.stderr
    assert folder_digest(secretary.vault) == before

    stdout = ok(on(secretary, "package", "import", second, "--keep", "theirs"))
    assert "conflicten: 1 (wat de ander stuurde overgenomen)" in stdout
    with context_of(secretary) as ctx:
        assert meetings.get_meeting(ctx, int(there)).location == "Stadhuis, kamer 2"


def test_refused_packages_change_nothing(paired: Laptops, tmp_path: Path, folder_digest: Digest) -> None:
    chair, secretary = paired.chair, paired.secretary
    meeting = new_meeting(chair, "LV-2026-032", "Buurthuis De Linde")
    package = tmp_path / "pakket.cpakket"
    ok(on(chair, "package", "export", "--to", "Laptop notulist", "--meeting", meeting, "--out", package))
    ok(on(secretary, "package", "import", package))
    data = package.read_bytes()
    (tmp_path / "afgebroken.cpakket").write_bytes(data[:len(data) // 2])
    (tmp_path / "ruis.cpakket").write_bytes(os.urandom(5000))

    secretary_before, chair_before = folder_digest(secretary.vault), folder_digest(chair.vault)
    refused(on(secretary, "package", "import", package), "is al ingelezen")
    refused(on(secretary, "package", "import", tmp_path / "afgebroken.cpakket"),
            "Het pakket is onvolledig: het bestand is afgebroken.")
    refused(on(secretary, "package", "import", tmp_path / "ruis.cpakket"),
            "Dit is geen pakket van Casusoverleg.")
    refused(on(secretary, "package", "import", tmp_path / "weg.cpakket"), "bestaat niet")
    refused(on(chair, "package", "import", package), "Dit pakket is voor een andere kluis gemaakt")
    assert folder_digest(secretary.vault) == secretary_before
    assert folder_digest(chair.vault) == chair_before

    assert "Ontkoppeld: Laptop voorzitter." in ok(on(secretary, "peer", "remove", "laptop  VOORZITTER"))
    refused(on(secretary, "peer", "remove", "Laptop voorzitter"),
            "Er is geen gekoppelde kluis met de naam 'Laptop voorzitter'")
    later = tmp_path / "later.cpakket"
    with context_of(chair) as ctx:
        meetings.update_meeting(ctx, meeting, location="Buurthuis De Linde, zaal 3")
    ok(on(chair, "package", "export", "--to", "Laptop notulist", "--meeting", meeting, "--out", later))
    secretary_before = folder_digest(secretary.vault)
    refused(on(secretary, "package", "import", later),
            "Dit pakket komt van 'Laptop voorzitter', en die kluis is ontkoppeld")
    assert folder_digest(secretary.vault) == secretary_before
    assert ok(on(secretary, "peer", "list")).startswith("Er is geen gekoppelde kluis.")
    [line] = ok(on(secretary, "peer", "list", "--all")).splitlines()
    assert line.startswith(f"Laptop voorzitter\tvoorzitter\t{chair.fingerprint}\tontkoppeld op ")


def test_the_groups_without_a_subcommand_say_what_to_choose() -> None:
    refused(cli("peer"), "Kies 'casusoverleg peer card', 'peer add', 'peer list' of 'peer remove'.")
    refused(cli("package"), "Kies 'casusoverleg package export' of 'casusoverleg package import'.")

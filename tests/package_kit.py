"""Two vaults on two laptops: the chair's (the ``ctx`` fixture's) and the secretary's own vault,
paired by their cards; and the helpers a test needs to pass packages between them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.services.access import VaultSession, create_new_vault
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.packages import package, peers, records
from casusoverleg_desktop.settings import Settings
from casusoverleg_desktop.vault.vault import open_with_data_keys

SECRETARY_PASSPHRASE = "notulist schrijft alles op"
SETTINGS = Settings()


@dataclass
class Laptop:
    session: VaultSession
    ctx: ServiceContext

    @property
    def vault_id(self) -> str:
        return self.session.vault_id

    @property
    def root(self) -> Path:
        return self.session.root


@pytest.fixture(scope="session")
def secretary_template(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("secretary") / "kluis"
    session, _ = create_new_vault(root, "notulist", Role.SECRETARY, SECRETARY_PASSPHRASE,
                                  settings=SETTINGS, display_name="K. Brinkhorst",
                                  organisation="Zorg- en Veiligheidshuis Lindeveld")
    keys = session.vault._data_keys
    own_key = session.vault._own_key.get()
    session.close()
    return root, keys, own_key


@pytest.fixture
def chair(vault_session: VaultSession, ctx: ServiceContext) -> Laptop:
    return Laptop(vault_session, ctx)


@pytest.fixture
def secretary(secretary_template, tmp_path: Path, ctx: ServiceContext):
    template, keys, own_key = secretary_template
    root = tmp_path / "kluis-notulist"
    shutil.copytree(template, root)
    vault = open_with_data_keys(root, keys, "notulist", settings=SETTINGS, own_key=own_key)
    session = VaultSession(vault)
    yield Laptop(session, replace(session.context(), clock=ctx.clock, certificates=ctx.certificates))
    vault.close()


def pair(one: Laptop, other: Laptop, one_name: str = "Laptop notulist",
         other_name: str = "Laptop voorzitter") -> None:
    """Each shows its card; the other adds it with the fingerprint read off the screen."""
    one_card = peers.card_for(one.ctx, one.vault_id)
    other_card = peers.card_for(other.ctx, other.vault_id)
    peers.add_peer(one.ctx, one.vault_id, other_card.text.encode(), one_name, other_card.fingerprint)
    peers.add_peer(other.ctx, other.vault_id, one_card.text.encode(), other_name, one_card.fingerprint)


def send(sender: Laptop, receiver: Laptop, meeting_id: int, to: str, **decide) -> package.ImportResult:
    """A package from ``sender`` for ``meeting_id``, read by ``receiver``."""
    made = package.make_package(sender.ctx, sender.vault_id, to, meeting_id)
    return package.import_package(receiver.ctx, receiver.vault_id, made.data, **decide)


@contextmanager
def two_laptops(chair_template, secretary_template, folder: Path) -> Iterator[tuple[Laptop, Laptop]]:
    """Fresh copies of both templates, paired: for tests that need many pairs (property tests)."""
    opened = []
    try:
        for (template, keys, own_key), login, name in (
                ((chair_template[0], chair_template[2], chair_template[3]), "voorzitter", "chair"),
                (secretary_template, "notulist", "secretary")):
            root = folder / name
            shutil.copytree(template, root)
            opened.append(VaultSession(open_with_data_keys(root, keys, login, settings=SETTINGS,
                                                           own_key=own_key)))
        laptops = (Laptop(opened[0], opened[0].context()), Laptop(opened[1], opened[1].context()))
        pair(*laptops)
        yield laptops
    finally:
        for session in opened:
            session.close()


def shared_content(laptop: Laptop, meeting_id: int) -> dict[str, dict[str, Any]]:
    """Every row of the meeting's package scope by its stable identity: what both vaults must agree
    on once every change has travelled (a row that never travelled gets a new identity here)."""
    with laptop.ctx.unit_of_work() as session:
        identities = records.Identities(session)
        scope = records.meeting_scope(session, meeting_id)
        found = {}
        for table in records.TRAVELLING:
            rows = records.load_rows(session, table, scope.get(table, ()))
            identities.prefetch(table, rows)
            for row_id, obj in rows.items():
                found[identities.uid_of(table, row_id)] = records.content_of(obj, table, identities)
        session.rollback()
    return found

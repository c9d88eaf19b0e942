"""Fixtures for the exchange tests: a rich document, a second empty vault, and vault snapshots."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from exchange_sample import rich_document
from sqlalchemy import select
from vault_admin_kit import new_vault, work_on

from casusoverleg_desktop.domain.accounts import Role
from casusoverleg_desktop.services.access import VaultSession
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.store.schema import metadata
from casusoverleg_desktop.vault.vault import OpenVault

TARGET_PASSPHRASE = "een tweede kluis voor de import"


@pytest.fixture
def rich() -> dict[str, Any]:
    return rich_document()


@pytest.fixture
def empty_ctx(tmp_path: Path) -> Iterator[ServiceContext]:
    """A second, empty vault (the target of an import) with its own chair."""
    vault, _code = new_vault(tmp_path / "tweede-kluis", "voorzitter", Role.CHAIR, TARGET_PASSPHRASE,
                                display_name="Tweede voorzitter")
    yield ServiceContext(VaultSession(vault), vault.user.login)
    vault.close()


Snapshot = dict[str, tuple[int, str]]


def take_snapshot(vault: OpenVault) -> Snapshot:
    """Per table of the vault (the audit trail and accounts included), its row count and a hash of
    all its rows: equal snapshots prove that nothing was written."""
    result: Snapshot = {}
    with work_on(vault) as session:
        for table in metadata.sorted_tables:
            rows = session.execute(select(table).order_by(*table.primary_key.columns)).all()
            digest = hashlib.sha256(repr([tuple(row) for row in rows]).encode()).hexdigest()
            result[table.name] = (len(rows), digest)
    return result


@pytest.fixture
def snapshot(vault: OpenVault) -> Callable[[], Snapshot]:
    return lambda: take_snapshot(vault)


@pytest.fixture(scope="module")
def refusing_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenVault]:
    """One vault shared by the many tests whose imports must be refused (they never write)."""
    vault, _code = new_vault(tmp_path_factory.mktemp("weigeren") / "kluis", "voorzitter", Role.CHAIR,
                                TARGET_PASSPHRASE, display_name="Voorzitter")
    yield vault
    vault.close()


@pytest.fixture
def refusing(refusing_vault: OpenVault) -> tuple[ServiceContext, Callable[[], Snapshot]]:
    return ServiceContext(VaultSession(refusing_vault), refusing_vault.user.login), \
        lambda: take_snapshot(refusing_vault)

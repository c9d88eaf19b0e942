"""The key is changed only when nobody else has the vault open (issue 15, point 4: after a
rotation a second window used to fail every write with "file is not a database")."""

from __future__ import annotations

import datetime as dt

import pytest
from vault_admin_kit import admin_of

from casusoverleg_desktop.domain.enums import LegalBasis
from casusoverleg_desktop.errors import VaultInUse
from casusoverleg_desktop.services import cases
from casusoverleg_desktop.services.access import VaultAccess
from casusoverleg_desktop.settings import Settings

PASSPHRASE = "correct paard batterij niet"  # the test vault's (tests/conftest.py)


def test_a_rotation_waits_for_the_other_window_to_close(vault, ctx):
    vault.close()
    access = VaultAccess(vault.paths.root, Settings(), None)
    first, second = access.unlock("voorzitter", PASSPHRASE), access.unlock("voorzitter", PASSPHRASE)
    try:
        with pytest.raises(VaultInUse, match="nergens anders open"):
            admin_of(first).rotate_key()
        cases.create_case(second.context(), "LV-2025-001", LegalBasis.PGA, dt.date(2025, 2, 1))
        cases.create_case(first.context(), "LV-2025-002", LegalBasis.PGA, dt.date(2025, 2, 1))
        second.close()
        admin_of(first).rotate_key()  # alone now
        cases.create_case(first.context(), "LV-2025-003", LegalBasis.PGA, dt.date(2025, 2, 1))
        assert [c.code for c in cases.list_cases(first.context())] == [
            "LV-2025-001", "LV-2025-002", "LV-2025-003"]
    finally:
        first.close()
        second.close()
    reopened = access.unlock("voorzitter", PASSPHRASE)  # with the new key
    reopened.close()

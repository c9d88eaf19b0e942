"""A second process writing while the GUI's services write: every write from both sides lands,
none is refused as busy, and nothing is called damaged."""

from __future__ import annotations

import datetime as dt
import time

from busy_peer import finish, start_peer
from sqlalchemy import text

from casusoverleg_desktop.domain.enums import LegalBasis, StatementType
from casusoverleg_desktop.services import cases, signals
from casusoverleg_desktop.services.access import VaultSession

from casusoverleg_desktop.ui.session import LiveVault

PEER_WRITES = 400
OUR_CASES = 40


def test_two_processes_writing_lose_nothing(created) -> None:
    vault, _ = created
    ctx = LiveVault(VaultSession(vault)).context()  # the GUI's door to the services
    peer = start_peer(vault, "write", str(PEER_WRITES), "1")
    started = time.monotonic()
    ours = []
    peer_during = []
    for number in range(1, OUR_CASES + 1):
        peer_during.append(peer_rows_now(vault))
        case = cases.create_case(ctx, f"LV-2025-{number:03d}", LegalBasis.PGA, dt.date(2025, 2, 10))
        signals.record_signal(ctx, case.id, f"Signaal {number} tijdens gelijktijdig schrijven.",
                              StatementType.FEIT, source_detail="mentor")
        ours.append(case.code)
        time.sleep(0.02)  # a fast user: the peer gets the lock between our actions
    ours_took = time.monotonic() - started
    peer_during.append(peer_rows_now(vault))
    finish(peer)
    print(f"our {2 * OUR_CASES} writes took {ours_took:.2f} s; meanwhile the peer went from "
          f"{peer_during[0]} to {peer_during[-1]} of its {PEER_WRITES} commits")

    assert [c.code for c in cases.list_cases(ctx)] == ours
    with vault.engine.connect() as conn:
        peer_rows = [r[0] for r in conn.exec_driver_sql(
            "SELECT entity_id FROM search_index WHERE entity_type = 'peer' ORDER BY entity_id")]
        signal_count = conn.execute(text("SELECT count(*) FROM signal")).scalar()
        assert conn.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert peer_rows == list(range(1, PEER_WRITES + 1))
    assert signal_count == OUR_CASES
    assert peer_during[-1] - peer_during[0] >= OUR_CASES  # the two really wrote side by side


def peer_rows_now(vault) -> int:
    with vault.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT count(*) FROM search_index WHERE entity_type = 'peer'").scalar()

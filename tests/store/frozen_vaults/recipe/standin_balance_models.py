"""Stand-in for ``casusoverleg_desktop/store/balance_models.py`` in worktrees of 7ab7578 and 6a88366.

Their ``services/search.py`` indexes the balance sheet through ``balance_sources``, but the module
(and the balance-sheet tables) arrived with migration 0005 in bd433b0: as committed, nothing that
imports the services runs. Before 0005 there is no balance sheet to index.
"""


def balance_sources(indexed_source):
    return ()

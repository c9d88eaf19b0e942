"""Stand-in for ``casusoverleg_desktop/store/models.py`` in a worktree of commit 64d2f8b.

That commit's ``store/schema.py`` imports ``store.models``, which arrived one commit later
(ca5cb28): as committed, no command that opens a vault runs. Its migration 0001 creates its tables
itself, so an empty module is all the migration environment needs.
"""

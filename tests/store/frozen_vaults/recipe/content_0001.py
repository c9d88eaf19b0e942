"""Second user of the frozen 0001 vault, added with the code of commit 64d2f8b (run from its worktree).

    python content_0001.py VAULT PASSPHRASE_FILE
"""

import sys
from pathlib import Path

from casusoverleg_desktop.store.accounts import Role
from casusoverleg_desktop.vault.vault import unlock

root, passphrase = Path(sys.argv[1]), Path(sys.argv[2]).read_text(encoding="utf-8").splitlines()[0]
vault = unlock(root, "voorzitter", passphrase)
vault.add_user("notulist", Role.SECRETARY, passphrase, display_name="Joris Verbeek")
vault.close()

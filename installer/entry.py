"""Entry point of the frozen app: the same ``main`` as the ``casusoverleg`` console script."""

import sys

from casusoverleg_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())

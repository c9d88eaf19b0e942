import sys

from casusoverleg_desktop.cli import main

sys.exit(main())

"""``python -m tuoyu_desktop.cli``."""

import sys

from tuoyu_desktop.cli import main

sys.exit(main())

"""``python -m tuoyu_desktop`` starts the GUI."""

import sys

from tuoyu_desktop.app import main

sys.exit(main())

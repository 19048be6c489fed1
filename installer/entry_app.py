"""Frozen entry point of the desktop app."""

import sys

from tuoyu_desktop.app import main

sys.exit(main())

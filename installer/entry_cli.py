"""Frozen entry point of the command line."""

import sys

from tuoyu_desktop.cli import main

sys.exit(main())

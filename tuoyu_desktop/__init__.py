"""tuoyu-desktop: offline quality self-assessment and inspection for childcare facilities.

The core (forms, scoring, store, report, services, cli) never imports Qt; the GUI lives in
``tuoyu_desktop.ui`` and only calls ``tuoyu_desktop.services``.
"""

__version__ = "0.1.0"

"""Keep third-party chatter off the console while signing or verifying."""

from __future__ import annotations

import contextlib
import logging


@contextlib.contextmanager
def quiet(levels: dict[str, int]):
    """Raise the given loggers to at least the given levels for the duration of the block."""
    saved = []
    for name, level in levels.items():
        logger = logging.getLogger(name)
        saved.append((logger, logger.level))
        if logger.getEffectiveLevel() < level:
            logger.setLevel(level)
    try:
        yield
    finally:
        for logger, level in saved:
            logger.setLevel(level)


# fontTools' subsetter logs every table at INFO, for every stamp
SIGNING = {"fontTools": logging.WARNING}
# pyHanko logs warnings with tracebacks for untrusted self-signed certificates and the like;
# the verification result carries everything the user needs
VERIFYING = {"pyhanko": logging.CRITICAL, "pyhanko_certvalidator": logging.CRITICAL, "fontTools": logging.CRITICAL}

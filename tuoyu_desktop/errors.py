"""The root of every error the program raises on purpose.

``str(error)`` of a :class:`TuoyuError` is a message for the user, in Chinese, naming what is
wrong and, where it helps, what to do. The GUI and the CLI catch this one class (and
``OSError`` turned into a sentence by :mod:`tuoyu_desktop.oserrors`); anything else reaching
them is a bug, shown as such.
"""

from __future__ import annotations


class TuoyuError(Exception):
    """An error with a message for the user."""

    exit_code = 1  # what ``tuoyu`` exits with when the error stops a command


class InvalidInput(TuoyuError, ValueError):
    """A value the user gave cannot be accepted (a period left empty, an unknown status …)."""


class NotFound(TuoyuError, KeyError):
    """Something asked for by id does not exist (any more); the message names it."""

    def __str__(self) -> str:  # KeyError would show the message in quotes
        return str(self.args[0]) if self.args else "未找到"

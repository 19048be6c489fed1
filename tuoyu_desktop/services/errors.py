"""Errors the services raise; every message is for the user (Chinese)."""

from __future__ import annotations

from tuoyu_desktop.errors import InvalidInput, TuoyuError
from tuoyu_desktop.messages import Joined, Message
from tuoyu_desktop.store import StoreError

__all__ = ["AssessmentLocked", "ExportError", "ImportRefused", "NaNotAllowed", "NotReady", "ProfileInvalid",
           "StoreError"]


class ProfileInvalid(InvalidInput):
    """The profile has wrong fields; ``problems`` maps field name → message."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__(Joined(problems.values(), "；"))


class ExportError(TuoyuError):
    """The report could not be written or signed."""


class NotReady(InvalidInput):
    """The assessment cannot be finalised yet; ``problems`` lists what is missing, item by item."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(Message("not_ready", count=len(problems), lines=Joined(problems[:5], "；"),
                                 more=Message("not_ready.more") if len(problems) > 5 else ""))


class NaNotAllowed(InvalidInput):
    """An item that may not be 不适用 (a decisive item) was marked so; nothing was saved."""

    exit_code = 2


class AssessmentLocked(InvalidInput):
    """A finalised assessment is read-only until a new revision is started."""


class ImportRefused(TuoyuError):
    """A received report that was not imported; nothing was stored. The message says why;
    ``reason`` names the class for a batch's result table: ``tampered`` (changed or invalid
    signature), ``unreadable``, ``untrusted``, ``incomplete`` (a declared signer missing),
    ``recomputed`` (its scores differ from its answers), ``other`` (anything else)."""

    def __init__(self, message: str, reason: str = "other"):
        super().__init__(message)
        self.reason = reason

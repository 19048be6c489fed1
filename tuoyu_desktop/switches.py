"""Process-wide settings switched while some work runs, in whichever thread, and put back after;
and :func:`settle_for_good`, for objects such work leaves to live as long as the process.

Kept free of heavy imports: the services use :data:`collector_paused` around an export without
loading reportlab first.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable, Iterator
from typing import Any


class ProcessSwitch:
    """A process-wide setting changed while at least one piece of work runs.

    ``change()`` sets it when the first one starts and returns what it was; ``restore(saved)``
    puts that back when the last one ends, also when it fails. The count keeps concurrent work
    (exports in worker threads) from restoring it under each other's feet. An instance called
    gives a context manager, which also decorates a function; :meth:`hold` and :meth:`release`
    are the same for work that starts and ends in different places (a worker thread's start and
    its finished signal).
    """

    def __init__(self, change: Callable[[], Any], restore: Callable[[Any], None]) -> None:
        self._change = change
        self._restore = restore
        self._lock = threading.Lock()
        self._users = 0
        self._saved: Any = None

    @property
    def held(self) -> bool:
        """Whether some work is running with the setting changed."""
        return self._users > 0

    def hold(self) -> None:
        with self._lock:
            if self._users == 0:
                self._saved = self._change()
            self._users += 1

    def release(self) -> None:
        with self._lock:
            self._users -= 1
            if self._users == 0:
                self._restore(self._saved)

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        self.hold()
        try:
            yield
        finally:
            self.release()


def settle_for_good() -> None:
    """Move every object the cyclic collector tracks into its oldest generation, walking none.

    For work that has just made tens of thousands of objects that live as long as the process
    (the report font): the younger generations' collections would walk them all again, the first
    right after the work (10–14 ms after every cold export). Freezing and unfreezing moves whole
    generations in one step. Young garbage moved with them waits for the next full collection.
    Left alone when something else has frozen objects (``gc.freeze``) on purpose.
    """
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def _pause_collector() -> bool:
    was_enabled = gc.isenabled()
    gc.disable()
    return was_enabled


# Pauses the cyclic garbage collector. Making a long report creates hundreds of thousands of
# objects that live until it is written (the form, scores and payload, flowables, lines,
# operators); the collector walks them all again and again and finds next to nothing to free:
# a sixth of the time of a report of 5,000 items. What cycles the work leaves are collected
# once the collector runs again.
collector_paused = ProcessSwitch(_pause_collector, lambda was_enabled: gc.enable() if was_enabled else None)

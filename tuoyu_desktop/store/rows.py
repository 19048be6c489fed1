"""The base of the store's table groups (``store.inspections``, ``store.evidence`` …).

Each group holds the :class:`~tuoyu_desktop.store.db.Store` it belongs to and writes through
its transaction and audit methods, so every change is audited in the transaction that makes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tuoyu_desktop.store.db import Store


class Rows:
    def __init__(self, store: Store):
        self._store = store

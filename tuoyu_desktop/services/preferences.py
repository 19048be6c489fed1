"""How this installation is used (its mode), kept with the data so the CLI and the app agree."""

from __future__ import annotations

from tuoyu_desktop.errors import InvalidInput
from tuoyu_desktop.messages import Message
from tuoyu_desktop.store import Store

MODE_FACILITY, MODE_INSPECTOR, MODE_DISTRICT = "facility", "inspector", "district"
MODES = {MODE_FACILITY: "facility（机构自评）", MODE_INSPECTOR: "inspector（督导巡查）",
         MODE_DISTRICT: "district（区县工作台）"}


class Preferences:
    """``workspace.preferences``: settings of the data folder that change what the app shows."""

    def __init__(self, store: Store):
        self._store = store

    @property
    def mode(self) -> str:
        """``facility`` (self-assessment, the default), ``inspector`` (visits other facilities)
        or ``district`` (the district desk: receives and reviews every facility's reports)."""
        mode = self._store.setting("mode", MODE_FACILITY)
        return mode if mode in MODES else MODE_FACILITY

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise InvalidInput(Message("preferences.bad_mode", mode=mode, choices="、".join(MODES.values())))
        self._store.set_setting("mode", mode)

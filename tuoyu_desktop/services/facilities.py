"""The facility this installation belongs to, and in inspector mode the facilities visited."""

from __future__ import annotations

from typing import Any

from tuoyu_desktop.facility import FacilityProfile, credit_code_problem
from tuoyu_desktop.messages import Message
from tuoyu_desktop.services.errors import ProfileInvalid
from tuoyu_desktop.store import Store


class Facilities:
    """``workspace.facilities``: profiles, by id; one of them is our own."""

    def __init__(self, store: Store):
        self._store = store

    def own(self) -> tuple[int, FacilityProfile] | None:
        """The facility this installation belongs to, or None before first setup."""
        return self._store.own_facility()

    def save_own(self, profile: FacilityProfile) -> int:
        problems = profile.problems()
        if problems:
            raise ProfileInvalid(problems)
        profile.credit_code = profile.credit_code.strip().upper()
        current = self.own()
        return self._store.save_facility(profile, current[0] if current else None)

    def profile(self, facility_id: int) -> FacilityProfile:
        return self._store.facility(facility_id)

    # -- inspector mode ---------------------------------------------------------------------
    def visited(self) -> list[tuple[int, FacilityProfile]]:
        return self._store.inspections.visited_facilities()

    def add_visited(self, name: str, credit_code: str, **profile: Any) -> int:
        """A facility to visit, by name and credit code; an already known code returns its id."""
        problems: dict[str, str] = {}
        if not name.strip():
            problems["name"] = Message("facility.no_name")
        code = credit_code.strip().upper()
        problem = credit_code_problem(code) if code else Message("facility.no_code")
        if problem:
            problems["credit_code"] = problem
        if problems:
            raise ProfileInvalid(problems)
        existing = self._store.inspections.facility_by_code(code, own=False)
        if existing is not None:
            return existing
        own = self.own()
        if own is not None and own[1].credit_code.upper() == code:
            raise ProfileInvalid({"credit_code": "这是本机构自己的信用代码，不能作为走访机构添加"})
        return self._store.save_facility(FacilityProfile(name=name.strip(), credit_code=code, **profile), own=False)

    def save_visited(self, facility_id: int, profile: FacilityProfile) -> None:
        self._store.save_facility(profile, facility_id, own=False)

    def visited_from_payload(self, facility: dict) -> int | None:
        """A facility that sent us its report becomes (or is) a visited facility."""
        code = str(facility.get("credit_code", "")).strip().upper()
        if not code or credit_code_problem(code):
            return None
        existing = self._store.inspections.facility_by_code(code, own=False)
        if existing is not None:
            return existing
        return self._store.save_facility(FacilityProfile.from_dict(facility), own=False)

"""A city desk's rows (市级汇总), reached as ``store.city``.

- ``city_districts``: the districts whose packages this desk takes, one row per district name.
- ``city_officers``: each district's officers (certificate), whose signature a package must carry.
- ``city_packages``: the newest verified package of each district and cycle (period, kind,
  form); ``data`` is the package's embedded ``city-package.json`` as signed.

Every change is audited in its transaction; a newer package replaces the older in one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from tuoyu_desktop.records import now
from tuoyu_desktop.store.rows import Rows

if TYPE_CHECKING:
    import sqlite_utils


def create(db: sqlite_utils.Database) -> None:
    """The city desk's tables (migration 9)."""
    db.table("city_districts").create({"name": str, "code": str, "added_at": str}, pk="name")
    db.table("city_officers").create(
        {"fingerprint": str, "district": str, "name": str, "role": str, "pem": str, "added_at": str},
        pk="fingerprint", foreign_keys=[("district", "city_districts", "name")])
    db.table("city_packages").create(
        {"id": int, "district": str, "period": str, "form_kind": str, "form_id": str, "cycle_title": str,
         "due_date": str, "made_at": str, "officer_name": str, "officer_fingerprint": str, "facilities": int,
         "submitted": int, "package_sha256": str, "file_sha256": str, "file_name": str, "data": str,
         "imported_at": str},
        pk="id", foreign_keys=[("district", "city_districts", "name")])
    db.table("city_packages").create_index(["district", "period", "form_kind", "form_id"], unique=True)
    db.table("city_packages").create_index(["package_sha256"], unique=True)


class CityRows(Rows):
    """A city desk's rows; SQL for ``services.city``."""

    def _q(self, sql: str, params: Sequence[Any] = ()) -> list[dict]:
        return self._store._query(sql, list(params))

    def districts(self) -> list[dict]:
        return self._q("SELECT d.*, (SELECT COUNT(*) FROM city_officers o WHERE o.district = d.name) AS officers"
                       " FROM city_districts d ORDER BY d.name")

    def officers(self) -> list[dict]:
        return self._q("SELECT * FROM city_officers ORDER BY district, name")

    def officer(self, fingerprint: str) -> dict | None:
        rows = self._q("SELECT * FROM city_officers WHERE fingerprint = ?", [fingerprint])
        return rows[0] if rows else None

    def add_officer(self, district: str, code: str, record: dict) -> None:
        """Register a district (if new) and one of its officers, in one transaction."""
        def write(db) -> None:
            if not db.execute("SELECT 1 FROM city_districts WHERE name = ?", [district]).fetchone():
                db.table("city_districts").insert({"name": district, "code": code, "added_at": now()})
                self._store._audit(db, "city_district", district, "registered", None, {"code": code})
            db.table("city_officers").upsert({**record, "district": district, "added_at": now()}, pk="fingerprint")
            self._store._audit(db, "city_officer", record["fingerprint"], "registered", None,
                               {"district": district, "name": record["name"]})

        self._store._write(write)

    def packages(self, period: str | None = None, kind: str | None = None, form_id: str | None = None,
                 with_data: bool = False) -> list[dict]:
        columns = "*" if with_data else ", ".join(c for c in (
            "id", "district", "period", "form_kind", "form_id", "cycle_title", "due_date", "made_at", "officer_name",
            "officer_fingerprint", "facilities", "submitted", "package_sha256", "file_sha256", "file_name",
            "imported_at"))
        where, params = [], []
        for column, value in (("period", period), ("form_kind", kind), ("form_id", form_id)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        return self._q(f"SELECT {columns} FROM city_packages{clause} ORDER BY district, period", params)

    def package_by_digest(self, sha256: str) -> dict | None:
        rows = self._q("SELECT id, district, cycle_title, made_at FROM city_packages WHERE package_sha256 = ?",
                       [sha256])
        return rows[0] if rows else None

    def package_for(self, district: str, period: str, kind: str, form_id: str) -> dict | None:
        rows = self._q("SELECT id, made_at, package_sha256 FROM city_packages WHERE district = ? AND period = ?"
                       " AND form_kind = ? AND form_id = ?", [district, period, kind, form_id])
        return rows[0] if rows else None

    def save_package(self, record: dict, replaces: int | None) -> int:
        """Keep a verified package; an older one of the same district and cycle goes in the same
        transaction (audited with both digests)."""
        def write(db) -> int:
            before = None
            if replaces is not None:
                before = db.execute("SELECT package_sha256, made_at FROM city_packages WHERE id = ?",
                                    [replaces]).fetchone()
                db.execute("DELETE FROM city_packages WHERE id = ?", [replaces])
            created = int(db.table("city_packages").insert({**record, "imported_at": now()}).last_pk)
            self._store._audit(db, "city_package", created, "replaced" if before else "imported",
                               {"sha256": before[0], "made_at": before[1]} if before else None,
                               {"district": record["district"], "period": record["period"],
                                "sha256": record["package_sha256"], "made_at": record["made_at"]})
            return created

        return int(self._store._write(write))

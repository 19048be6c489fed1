"""Evidence rows: files by SHA-256 and their links to answers, findings and rectification items.

Functions taking the :class:`~tuoyu_desktop.store.db.Store`; each change is audited in its own
transaction, like every other write.
"""

from __future__ import annotations

from dataclasses import dataclass

from tuoyu_desktop.errors import NotFound
from tuoyu_desktop.records import now
from tuoyu_desktop.store.rows import Rows


@dataclass(frozen=True)
class EvidenceLink:
    id: int
    sha256: str
    owner_type: str
    owner_id: str
    role: str
    caption: str
    original_name: str
    added_at: str
    kind: str = "image"
    size: int = 0
    width: int = 0
    height: int = 0

    @property
    def is_image(self) -> bool:
        return self.kind == "image"


_SELECT = ("SELECT l.id, l.sha256, l.owner_type, l.owner_id, l.role, l.caption, l.original_name, l.added_at,"
           " f.kind, f.size, f.width, f.height FROM evidence_links l JOIN evidence_files f ON f.sha256 = l.sha256")


class EvidenceRows(Rows):
    """Evidence files and links, reached as ``store.evidence``."""

    def link_exists(self, owner_type: str, owner_id: str, sha256: str, role: str) -> EvidenceLink | None:
        row = self._store.conn.execute(_SELECT + " WHERE l.owner_type = ? AND l.owner_id = ? AND l.sha256 = ? AND l.role = ?",
                               [owner_type, owner_id, sha256, role]).fetchone()
        return EvidenceLink(*row) if row else None

    def add_link(self, file_record: dict, owner_type: str, owner_id: str, role: str, caption: str,
                 original_name: str) -> int:
        stamp = now()

        def write(db) -> int:
            db.table("evidence_files").insert({**file_record, "stored_at": stamp}, ignore=True)
            link_id = db.table("evidence_links").insert({
                "sha256": file_record["sha256"], "owner_type": owner_type, "owner_id": owner_id, "role": role,
                "caption": caption, "original_name": original_name, "added_at": stamp}).last_pk
            self._store._audit(db, "evidence", link_id, "attached", None,
                         {"owner": f"{owner_type}:{owner_id}", "role": role, "sha256": file_record["sha256"],
                          "name": original_name, "caption": caption}, stamp)
            return link_id

        return self._store._write(write)

    def links(self, owner_type: str, owner_id: str, role: str | None = None) -> list[EvidenceLink]:
        sql, args = _SELECT + " WHERE l.owner_type = ? AND l.owner_id = ?", [owner_type, owner_id]
        if role is not None:
            sql += " AND l.role = ?"
            args.append(role)
        return [EvidenceLink(*row) for row in self._store.conn.execute(sql + " ORDER BY l.id", args)]

    def links_with_prefix(self, owner_type: str, prefix: str) -> list[EvidenceLink]:
        rows = self._store.conn.execute(_SELECT + " WHERE l.owner_type = ? AND substr(l.owner_id, 1, ?) = ? ORDER BY l.id",
                                [owner_type, len(prefix), prefix])
        return [EvidenceLink(*row) for row in rows]

    def link(self, link_id: int) -> EvidenceLink:
        row = self._store.conn.execute(_SELECT + " WHERE l.id = ?", [link_id]).fetchone()
        if row is None:
            raise NotFound(f"找不到编号为 {link_id} 的佐证材料")
        return EvidenceLink(*row)

    def set_caption(self, link_id: int, caption: str) -> None:
        def write(db) -> None:
            old = db.table("evidence_links").get(link_id)["caption"]
            if old != caption:
                db.table("evidence_links").update(link_id, {"caption": caption})
                self._store._audit(db, "evidence", link_id, "caption", old, caption)

        self._store._write(write)

    def relink(self, link: EvidenceLink) -> int:
        """Attach again a link removed a moment ago (undo): same file, place, role, caption and name."""
        stamp = now()

        def write(db) -> int:
            link_id = db.table("evidence_links").insert({
                "sha256": link.sha256, "owner_type": link.owner_type, "owner_id": link.owner_id, "role": link.role,
                "caption": link.caption, "original_name": link.original_name, "added_at": stamp}).last_pk
            self._store._audit(db, "evidence", link_id, "attached", None,
                               {"owner": f"{link.owner_type}:{link.owner_id}", "role": link.role,
                                "sha256": link.sha256, "name": link.original_name, "caption": link.caption,
                                "restored": link.id}, stamp)
            return link_id

        return self._store._write(write)

    def remove_link(self, link_id: int) -> None:
        """Detach (the file itself stays: another link, a backup or the audit may still name it)."""
        def write(db) -> None:
            row = db.table("evidence_links").get(link_id)
            db.execute("DELETE FROM evidence_links WHERE id = ?", [link_id])
            self._store._audit(db, "evidence", link_id, "detached",
                         {"owner": f"{row['owner_type']}:{row['owner_id']}", "sha256": row["sha256"],
                          "name": row["original_name"], "caption": row["caption"]}, None)

        self._store._write(write)

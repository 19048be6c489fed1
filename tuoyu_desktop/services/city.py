"""``workspace.city``: a city desk (市级汇总) over the districts' signed aggregate packages.

Any desk can take packages: its districts (with each one's officers' certificates) are its
roster. Each package is verified in full before anything is stored (signature intact over the
whole file, signed by a registered officer of the district it names, data matching the signed
digest); a second copy is reported, an older version refused, a newer one replaces the older in
one transaction. The dashboard and the upward workbook cover every district's facilities with a
区县 column; the figures are the districts' own (the city does not re-verify single reports).
"""

from __future__ import annotations

import builtins
import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from tuoyu_desktop.errors import InvalidInput, NotFound
from tuoyu_desktop.messages import Joined, Message, text_of
from tuoyu_desktop.plainfiles import read_plain
from tuoyu_desktop.services.desk import FileOutcome, Submission
from tuoyu_desktop.store import Store

OUTCOMES = {"imported": "已导入", "replaced": "已替换旧版", "duplicate": "重复", "older": "旧版本",
            "tampered": "已被改动", "untrusted": "身份未核实", "unknown_district": "未登记区县",
            "unreadable": "无法读取", "not_package": "不是汇总包", "other": "未导入"}


@dataclass
class PackageResult(FileOutcome):
    """One package file given to the city desk."""

    OUTCOMES: ClassVar[Mapping[str, str]] = OUTCOMES
    GOOD: ClassVar[frozenset[str]] = frozenset({"imported", "replaced", "duplicate"})

    district: str = ""
    cycle: str = ""


def cycle_key(cycle: Mapping[str, Any]) -> str:
    """A city cycle: the period, the kind and the form (if the districts named one)."""
    return "|".join([str(cycle.get("period", "")), str(cycle.get("form_kind", "")), str(cycle.get("form_id") or "")])


class City:
    def __init__(self, store: Store):
        self._store = store
        self._rows = store.city

    # -- districts ---------------------------------------------------------------------------------
    def register_district(self, name: str, certificate: str | os.PathLike[str] | bytes, code: str = "") -> dict:
        """Register a district (by the name its packages carry) with one of its officers'
        certificates; a certificate belongs to one district only."""
        from cryptography.hazmat.primitives.serialization import Encoding

        from tuoyu_desktop import signing

        name = name.strip()
        if not name:
            raise InvalidInput(Message("city.no_district", example="北京市朝阳区"))
        try:
            data = certificate if isinstance(certificate, bytes) else read_plain(certificate)
        except OSError as exc:
            raise InvalidInput(Message("city.certificate_file", path=str(certificate), error=exc.strerror or exc)) from None
        try:
            cert = signing.load_certificates(data)[0]
        except signing.SigningError as exc:
            raise InvalidInput(Message("desk.bad_certificate", error=text_of(exc))) from None
        info = signing.describe_certificate(cert)
        owner = self._rows.officer(info.fingerprint_hex)
        if owner is not None and owner["district"] != name:
            raise InvalidInput(Message("city.certificate_taken", district=owner["district"], name=name))
        record = {"fingerprint": info.fingerprint_hex, "name": info.name, "role": info.role,
                  "pem": cert.public_bytes(Encoding.PEM).decode("ascii")}
        self._rows.add_officer(name, code.strip(), record)
        return {"district": name, "fingerprint": info.fingerprint_hex, "name": info.name, "role": info.role}

    def districts(self) -> builtins.list[dict[str, Any]]:
        return self._rows.districts()

    # -- packages ----------------------------------------------------------------------------------
    def import_packages(self, paths: Iterable[str | os.PathLike[str]],
                        progress: Callable[[int, int, PackageResult | None], None] | None = None
                        ) -> builtins.list[PackageResult]:
        """Verify and keep packages (files, or every PDF in folders), each on its own."""
        from tuoyu_desktop.services.desk import Desk

        files = Desk.expand(paths)
        results: list[PackageResult] = []
        if progress is not None:
            progress(0, len(files), None)
        for number, path in enumerate(files, start=1):
            results.append(self._import_one(path))
            if progress is not None:
                progress(number, len(files), results[-1])
        return results

    def _import_one(self, path: Path) -> PackageResult:
        from tuoyu_desktop import city_package, signing

        if not path.is_file():
            return PackageResult(str(path), "unreadable", Message("desk.no_file"))
        officers = {o["fingerprint"]: o for o in self._rows.officers()}
        districts = {d["name"] for d in self._rows.districts()}
        try:
            data, signer, digest = city_package.read_package(path, [o["pem"].encode("ascii")
                                                                     for o in officers.values()])
        except city_package.PackageError as exc:
            reason, message = exc.reason, text_of(exc)
            if reason == "untrusted":  # name the district the file claims, to say what to register
                claimed = _claimed_district(path)
                if claimed and claimed not in districts:
                    return PackageResult(str(path), "unknown_district",
                                         Message("city.unknown_district", district=claimed), claimed)
                if claimed:
                    message = Message("city.not_officer_of", district=claimed)
            return PackageResult(str(path), reason if reason in OUTCOMES else "other", message)
        except signing.SigningError as exc:
            return PackageResult(str(path), "unreadable", Message("city.unreadable", reason=text_of(exc)))
        district = str(data["district"])
        cycle = data["cycle"]
        title = str(cycle.get("title", ""))
        if district not in districts:
            return PackageResult(str(path), "unknown_district",
                                 Message("city.unknown_district", district=district), district, title)
        if officers[signer]["district"] != district:
            return PackageResult(str(path), "untrusted",
                                 Message("city.officer_elsewhere", name=officers[signer]["name"],
                                         other=officers[signer]["district"], district=district), district, title)
        same = self._rows.package_by_digest(digest)
        if same is not None:
            return PackageResult(str(path), "duplicate", Message("city.duplicate", district=same["district"],
                                                                 cycle=same["cycle_title"]), district, title)
        if str((data.get("officer") or {}).get("fingerprint", "")) != signer:
            return PackageResult(str(path), "tampered", Message("city.officer_mismatch"), district, title)
        period, kind, form_id = (str(cycle.get("period", "")), str(cycle.get("form_kind", "")),
                                 str(cycle.get("form_id") or ""))
        current = self._rows.package_for(district, period, kind, form_id)
        made_at = str(data["made_at"])
        if current is not None and _moment(current["made_at"]) >= _moment(made_at):
            return PackageResult(str(path), "older", Message("city.older", district=district, current=current["made_at"][:19],
                                                             made=made_at[:19]), district, title)
        facilities = data["facilities"]
        record = {"district": district, "period": period, "form_kind": kind, "form_id": form_id,
                  "cycle_title": title, "due_date": str(cycle.get("due_date", "")), "made_at": made_at,
                  "officer_name": officers[signer]["name"], "officer_fingerprint": signer,
                  "facilities": len(facilities), "submitted": sum(1 for f in facilities if f.get("report")),
                  "package_sha256": digest, "file_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                  "file_name": path.name, "data": json.dumps(data, ensure_ascii=False, sort_keys=True)}
        self._rows.save_package(record, current["id"] if current else None)
        shared = self._shared_facilities(district, period, kind, form_id, {str(f["credit_code"]) for f in facilities})
        if shared:
            return PackageResult(str(path), "replaced" if current else "imported",
                                 Message("city.imported_note", district=district, cycle=title, count=len(facilities),
                                         note=shared), district, title)
        if current is not None:
            return PackageResult(str(path), "replaced", Message("city.replaced", district=district,
                                                                made=current["made_at"][:19]), district, title)
        return PackageResult(str(path), "imported", Message("city.imported", district=district, cycle=title,
                                                            count=len(facilities)), district, title)

    def _shared_facilities(self, district: str, period: str, kind: str, form_id: str, codes: set[str]) -> str:
        """Facilities this district's package shares with another district's of the same cycle
        (a facility that moved, or a roster mistake), in words; "" when none."""
        notes = []
        for row in self._rows.packages(period, kind, form_id, with_data=True):
            if row["district"] == district:
                continue
            theirs = {str(f.get("credit_code")) for f in json.loads(row["data"]).get("facilities") or []}
            common = sorted(codes & theirs)
            if common:
                notes.append(Message("city.shared", count=len(common), example=common[0], district=row["district"]))
        return Joined(notes, "；") if notes else ""

    def packages(self) -> builtins.list[dict[str, Any]]:
        return self._rows.packages()

    def cycles(self) -> builtins.list[dict[str, Any]]:
        """The cycles packages were received for (newest due date first), with how many districts."""
        found: dict[str, dict[str, Any]] = {}
        for row in self._rows.packages():
            key = cycle_key(row)
            entry = found.setdefault(key, {"key": key, "title": row["cycle_title"], "period": row["period"],
                                           "form_kind": row["form_kind"], "form_id": row["form_id"],
                                           "due_date": row["due_date"], "districts": 0})
            entry["districts"] += 1
        return sorted(found.values(), key=lambda c: (c["due_date"], c["key"]), reverse=True)

    def _data(self, key: str) -> builtins.list[dict[str, Any]]:
        period, _, rest = key.partition("|")
        kind, _, form_id = rest.partition("|")
        rows = self._rows.packages(period, kind or "self_assessment", form_id, with_data=True)
        if not rows:
            raise NotFound(Message("city.no_period", period=period))
        return [json.loads(row["data"]) for row in rows]

    def resolve(self, cycle: str) -> str:
        """A cycle key from what a user typed: a key, or a period (when only one kind matches)."""
        keys = [c["key"] for c in self.cycles()]
        if cycle in keys:
            return cycle
        matching = [k for k in keys if k.split("|")[0] == cycle.strip()]
        if len(matching) == 1:
            return matching[0]
        if not matching:
            raise NotFound(Message("city.no_cycle", cycle=cycle))
        raise InvalidInput(Message("city.ambiguous", cycle=cycle, choices="、".join(matching)))

    # -- figures -----------------------------------------------------------------------------------
    def dashboard(self, key: str) -> dict[str, Any]:
        """Every district's facilities: percent per dimension with a 区县 column, ranked city-wide
        (ties share a rank), grade distribution, veto failures, and one line per district."""
        packages = self._data(key)
        columns: dict[str, tuple[int, str]] = {}
        rows, per_district = [], []
        veto: Counter[str] = Counter()
        texts: dict[str, str] = {}
        for data in packages:
            for index, dim in enumerate(data.get("dimensions") or []):
                columns.setdefault(str(dim["id"]), (index, str(dim.get("title", ""))))
            for snapshot in (data.get("forms") or {}).values():
                from tuoyu_desktop.snapshots import form_items

                for item, info in form_items(snapshot or {}).items():
                    texts.setdefault(item, info.get("text", ""))
            summary = data.get("summary") or {}
            per_district.append({"district": data["district"], "roster": len(data["facilities"]),
                                 "submitted": sum(1 for f in data["facilities"] if f.get("report")),
                                 "average_percent": summary.get("average_percent"), "made_at": data["made_at"],
                                 "officer": (data.get("officer") or {}).get("name", "")})
            for facility in data["facilities"]:
                report = facility.get("report")
                if not report:
                    continue
                veto.update(str(v) for v in report.get("veto_failed") or [])
                rows.append({"district": data["district"], "credit_code": facility["credit_code"],
                             "facility": facility["name"], "report_id": report["report_id"],
                             "grade": report["grade"], "percent": report["percent"], "earned": report["earned"],
                             "veto_count": report["veto_count"], "dimensions": report.get("dimensions") or {},
                             "district_rank": report.get("district_rank"), "status_label": facility["status_label"],
                             "change": None, "previous_percent": None, "previous_grade": None})
        rows.sort(key=lambda r: (-r["percent"], r["district"], r["facility"], r["credit_code"]))
        rank, last = 0, None
        for position, row in enumerate(rows, start=1):
            if row["percent"] != last:
                rank, last = position, row["percent"]
            row["rank"] = rank
        first = packages[0]["cycle"]
        return {
            "cycle": {**first, "title": f"{first.get('period', '')} 全市汇总", "key": key},
            "dimensions": [{"id": k, "title": v[1]} for k, v in sorted(columns.items(), key=lambda kv: (kv[1][0], kv[0]))],
            "rows": rows, "districts": per_district,
            "grades": dict(sorted(Counter(r["grade"] for r in rows).items())),
            "veto_failures": [{"item": item, "text": texts.get(item, ""), "count": count}
                              for item, count in sorted(veto.items(), key=lambda kv: (-kv[1], kv[0]))],
            "submitted": len(rows), "roster": sum(d["roster"] for d in per_district), "previous_cycle": None,
            "average_percent": round(sum(r["percent"] for r in rows) / len(rows), 2) if rows else None}

    def export_workbook(self, key: str, target: str | os.PathLike[str]) -> Path:
        """The city's upward workbook: the district workbook's sheets over every district's
        facilities, each row with its 区县."""
        from tuoyu_desktop import desk_workbook

        packages = self._data(key)
        figures = self.dashboard(key)
        submissions: list[Submission] = []
        payloads: dict[str, Any] = {}
        roster: dict[str, Any] = {}
        board: list[dict[str, Any]] = []
        districts: dict[str, str] = {}
        for data in packages:
            forms = data.get("forms") or {}
            for facility in data["facilities"]:
                code = facility["credit_code"]
                districts[code] = data["district"]
                roster[code] = facility
                report = facility.get("report")
                review = {"decision": facility["review"]} if facility.get("review") else None
                submissions.append(Submission(code, facility["name"], facility["status"], facility["days_late"],
                                              report, review))
                answers = (data.get("answers") or {}).get(code)
                if answers:
                    payloads[code] = {"form": {"hash": answers["form_hash"]},
                                      "form_snapshot": forms.get(answers["form_hash"]) or {},
                                      "answers": answers["answers"],
                                      "scores": {"gaps": answers["gaps"], "veto_failed": answers["veto_failed"]}}
            board.extend(data.get("board") or [])
        cycle = {**figures["cycle"], "due_date": min(str(d["cycle"].get("due_date", "")) for d in packages)}
        return desk_workbook.write(Path(target), cycle, submissions, figures, payloads, roster, board,
                                   districts=districts)


def _moment(text: str) -> datetime:
    """A package's time (checked on reading: ISO with a time zone), comparable across zones."""
    return datetime.fromisoformat(text)


def _claimed_district(path: Path) -> str:
    """The district a package names, read without trusting it (only to word a refusal)."""
    from tuoyu_desktop import city_package, signing

    try:
        encoded = signing.read_embedded_file(path, city_package.ATTACHMENT)
        data = json.loads(encoded.decode("utf-8")) if encoded else {}
        return str(data.get("district", "")).strip() if isinstance(data, dict) else ""
    except Exception:  # noqa: BLE001 - a refusal's wording only
        return ""


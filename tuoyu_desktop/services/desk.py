"""``workspace.desk``: the district desk (区县工作台).

A district officer keeps the roster of filed facilities (备案名册), opens reporting cycles,
takes in signed reports in batches, reviews each (通过 / 退回 / 不予认可, signed by a registered
officer and audited, answered with a signed receipt), compares facilities on a dashboard,
sends figures upward in one workbook and follows every rectification on one board.

Received reports stay in ``received_reports`` (verified and recomputed on import); the desk
keeps the figures it compares in its own tables, built from the accepted ones on first use.
"""

from __future__ import annotations

import base64
import builtins
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from tuoyu_desktop import desk_roster
from tuoyu_desktop.dates import CHINA
from tuoyu_desktop.errors import InvalidInput, NotFound, TuoyuError
from tuoyu_desktop.messages import Joined, Message, text_of
from tuoyu_desktop.records import now
from tuoyu_desktop.services.backups import Backups
from tuoyu_desktop.services.errors import ImportRefused
from tuoyu_desktop.services.received import ACCEPTED, CONFLICT, HELD, UNTRUSTED, Received
from tuoyu_desktop.snapshots import form_items, option_ratios
from tuoyu_desktop.store import Store

if TYPE_CHECKING:
    from tuoyu_desktop.services.trust import ReportCheck
    from tuoyu_desktop.signing import LoadedIdentity

KINDS = {"self_assessment": "机构自评", "inspection": "督导巡查"}
APPROVED, RETURNED, REJECTED = "approved", "returned", "rejected"
DECISIONS = {APPROVED: "通过", RETURNED: "退回", REJECTED: "不予认可"}
SUBMITTED, MISSING, OVERDUE = "submitted", "missing", "overdue"
STATUS_LABELS = {SUBMITTED: "已提交", MISSING: "未提交", OVERDUE: "逾期", RETURNED: "已退回", APPROVED: "已通过",
                 REJECTED: "不予认可"}
# a batch's per-file results
OUTCOMES = {"imported": "已导入", "duplicate": "重复", "conflict": "冲突", "untrusted": "身份未核实",
            "tampered": "已被改动", "unreadable": "无法读取", "incomplete": "签名不全", "recomputed": "得分不符",
            "not_on_roster": "不在名册", "other": "未导入"}
PARALLEL_MIN = 16  # a batch this large is verified in worker processes (verification is CPU-bound)
GAP_DEADLINE_DAYS = 90  # a self-assessment gap without a planned date: due this long after finalising
BOARD_SOURCES = {"inspection": "督导巡查发现", "self_assessment": "自评未达标"}


class DeskError(TuoyuError):
    """A desk action that cannot be done; the message says why. Nothing was stored."""


def _today() -> date:
    return datetime.now(CHINA).date()


def _day_of(stamp: str | None) -> date | None:
    """The China calendar day of an ISO time (a naive one is local time, as stored)."""
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(str(stamp))
    except ValueError:
        try:
            return date.fromisoformat(str(stamp)[:10])
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(CHINA).date()


def _calendar_day(text: str | None) -> date | None:
    """A stored deadline (a calendar day, not a moment: never shifted by time zones)."""
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _parse_date(text: str, what: str) -> date:
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError:
        raise InvalidInput(Message("desk.bad_date", what=what, text=text)) from None


@dataclass
class FileOutcome:
    """One file given to a desk (a report, a district's package): what happened to it."""

    OUTCOMES: ClassVar[Mapping[str, str]] = OUTCOMES  # outcome → its fixed word
    GOOD: ClassVar[frozenset[str]] = frozenset({"imported", "duplicate"})  # the file's data is here

    file: str
    outcome: str  # a key of OUTCOMES
    message: str

    @property
    def label(self) -> str:
        return self.OUTCOMES.get(self.outcome, self.outcome)

    @property
    def good(self) -> bool:
        return self.outcome in self.GOOD

    def to_dict(self) -> dict[str, str]:
        return {**{f.name: getattr(self, f.name) for f in fields(self)}, "label": self.label}


@dataclass
class FileResult(FileOutcome):
    """One report of a batch."""

    report_id: str = ""
    facility: str = ""


@dataclass
class IntakeResult:
    results: list[FileResult] = field(default_factory=list)
    backup: str = ""  # the one backup taken before the batch

    def counts(self) -> dict[str, int]:
        return dict(Counter(r.outcome for r in self.results))

    def summary(self) -> str:
        """The batch in one line; the outcome words are fixed words (shown in the interface language)."""
        counts = self.counts()
        parts = [Message("desk.count", label=OUTCOMES[k], count=counts[k]) for k in OUTCOMES if counts.get(k)]
        return Message("desk.summary", count=len(self.results), parts=Joined(parts, "，"))


@dataclass
class Submission:
    """One roster facility in a cycle."""

    credit_code: str
    name: str
    status: str
    days_late: int = 0
    report: dict[str, Any] | None = None  # the desk_reports row of its latest report
    review: dict[str, Any] | None = None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    def to_dict(self) -> dict[str, Any]:
        report = self.report or {}
        return {"credit_code": self.credit_code, "facility": self.name, "status": self.status,
                "status_label": self.status_label, "days_late": self.days_late,
                "report_id": report.get("report_id"), "received_id": report.get("received_id"),
                "submitted_on": report.get("submitted_on"), "grade": report.get("grade"),
                "percent": report.get("percent"),
                "review": (self.review or {}).get("decision")}


class Desk:
    """``workspace.desk``: roster, cycles, intake, reviews, dashboard, board, upward export."""

    def __init__(self, store: Store, received: Received, backups: Backups, originals: Path | None = None):
        self._store = store
        self._rows = store.desk
        self._received = received
        self._backups = backups
        self._originals = originals  # the received PDFs, kept as <file sha256>.pdf (photos are read from them)

    # -- roster --------------------------------------------------------------------------------
    def roster(self) -> builtins.list[dict[str, Any]]:
        return self._rows.roster()

    @staticmethod
    def write_roster_template(target: str | os.PathLike[str]) -> Path:
        return desk_roster.write_template(target)

    def import_roster(self, path: str | os.PathLike[str]) -> tuple[int, int]:
        """Add or update every facility of a roster workbook, all or nothing; (added, changed)."""
        entries = desk_roster.read_roster(path)
        if not entries:
            raise DeskError(Message("desk.empty_roster"))
        return self._rows.save_roster(e.to_dict() for e in entries)

    def save_facility(self, values: dict[str, Any]) -> str:
        """Add or edit one facility by hand; returns its credit code."""
        entry = desk_roster.make_entry(values)
        self._rows.save_roster([entry.to_dict()])
        return entry.credit_code

    def facility(self, credit_code: str) -> dict[str, Any]:
        entry = self._rows.roster_entry(credit_code.strip().upper())
        if entry is None:
            raise NotFound(Message("desk.not_on_roster_code", code=credit_code))
        return entry

    def register_certificate(self, credit_code: str, certificate_or_fingerprint: str | bytes,
                             label: str = "") -> str:
        """Register a facility's signing certificate: a certificate (file path, PEM or DER) or
        the fingerprint on its registration slip. Returns the fingerprint (hex)."""
        from tuoyu_desktop import signing

        entry = self.facility(credit_code)
        fingerprint = None
        if isinstance(certificate_or_fingerprint, str):
            fingerprint = signing.normalise_fingerprint(certificate_or_fingerprint)
            if fingerprint is None:
                path = Path(certificate_or_fingerprint).expanduser()
                if not path.is_file():
                    raise InvalidInput(Message("desk.not_certificate", value=certificate_or_fingerprint))
                certificate_or_fingerprint = path.read_bytes()
        if fingerprint is None:
            assert isinstance(certificate_or_fingerprint, bytes)
            try:
                cert = signing.load_certificates(certificate_or_fingerprint)[0]
            except signing.SigningError as exc:
                raise InvalidInput(Message("desk.bad_certificate", error=text_of(exc))) from None
            info = signing.describe_certificate(cert)
            fingerprint = info.fingerprint_hex
            label = label or f"{info.name}（{info.role}）"
        owner = self._rows.certificate(fingerprint)
        if owner is not None and owner["credit_code"] != entry["credit_code"]:
            other = self._rows.roster_entry(owner["credit_code"]) or {"name": owner["credit_code"]}
            raise DeskError(Message("desk.certificate_taken", other=other["name"], name=entry["name"]))
        self._rows.add_certificate(fingerprint, entry["credit_code"], label)
        return fingerprint

    def certificates(self, credit_code: str | None = None) -> builtins.list[dict[str, Any]]:
        return self._rows.certificates(credit_code.strip().upper() if credit_code else None)

    # -- officers --------------------------------------------------------------------------------
    def register_officer(self, certificate: str | os.PathLike[str] | bytes) -> dict[str, Any]:
        """Register an officer of this district (their certificate): only they may review."""
        from cryptography.hazmat.primitives.serialization import Encoding

        from tuoyu_desktop import signing

        data = certificate if isinstance(certificate, bytes) else Path(certificate).read_bytes()
        try:
            cert = signing.load_certificates(data)[0]
        except signing.SigningError as exc:
            raise InvalidInput(Message("desk.bad_certificate", error=text_of(exc))) from None
        info = signing.describe_certificate(cert)
        record = {"fingerprint": info.fingerprint_hex, "name": info.name, "role": info.role,
                  "organisation": info.organisation, "pem": cert.public_bytes(Encoding.PEM).decode("ascii")}
        self._rows.add_officer(record)
        return {k: v for k, v in record.items() if k != "pem"}

    def officers(self) -> builtins.list[dict[str, Any]]:
        return self._rows.officers()

    # -- cycles ------------------------------------------------------------------------------------
    def add_cycle(self, title: str, form_kind: str, period: str, due_date: str, form_id: str = "") -> int:
        if form_kind not in KINDS:
            raise InvalidInput(Message("desk.bad_kind", choices="、".join(f"{k}（{v}）" for k, v in KINDS.items())))
        if not period.strip():
            raise InvalidInput(Message("desk.no_period", example="2026年下半年"))
        due = _parse_date(due_date, Message("desk.due_date"))
        return self._rows.add_cycle({"title": title.strip() or f"{period.strip()}{KINDS[form_kind]}",
                                     "form_kind": form_kind, "form_id": form_id.strip(), "period": period.strip(),
                                     "due_date": due.isoformat()})

    def cycles(self) -> builtins.list[dict[str, Any]]:
        return self._rows.cycles()

    def cycle(self, cycle_id: int) -> dict[str, Any]:
        return self._rows.cycle(cycle_id)

    def _cycle_reports(self, cycle: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
        """Each facility's latest accepted report in the cycle (by credit code)."""
        self.sync()
        latest: dict[str, dict[str, Any]] = {}
        for row in self._rows.reports(cycle["period"], cycle["form_kind"], cycle["form_id"] or None):
            current = latest.get(row["credit_code"])
            if current is None or (row["finalised_at"] or "", row["received_id"]) >= \
                    (current["finalised_at"] or "", current["received_id"]):
                latest[row["credit_code"]] = row
        return latest

    def submissions(self, cycle_id: int, today: date | None = None) -> builtins.list[Submission]:
        """Every roster facility's state in the cycle: 已提交 / 未提交 / 逾期 / 已退回 / 已通过 /
        不予认可, with days late (submitted after the due date, or still missing after it)."""
        cycle = self.cycle(cycle_id)
        today = today or _today()
        due = date.fromisoformat(cycle["due_date"])
        reports = self._cycle_reports(cycle)
        reviews = self._rows.latest_reviews()
        out = []
        for entry in self._rows.roster():
            report = reports.get(entry["credit_code"])
            if report is None:
                late = (today - due).days
                out.append(Submission(entry["credit_code"], entry["name"], OVERDUE if late > 0 else MISSING,
                                      max(late, 0)))
                continue
            review = reviews.get(report["received_id"])
            submitted = _day_of(report["submitted_on"]) or today
            status = review["decision"] if review is not None else SUBMITTED
            out.append(Submission(entry["credit_code"], entry["name"], status, max((submitted - due).days, 0),
                                  report, review))
        return out

    # -- intake -----------------------------------------------------------------------------------
    @staticmethod
    def expand(paths: Iterable[str | os.PathLike[str]]) -> builtins.list[Path]:
        """Files given, and every PDF in folders given (sorted, subfolders included)."""
        files: list[Path] = []
        for given in paths:
            path = Path(given)
            if path.is_dir():
                files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf"))
            else:
                files.append(path)
        return files

    def intake(self, paths: Iterable[str | os.PathLike[str]], accept_untrusted: bool = True,
               progress: Callable[[int, int, FileResult | None], None] | None = None) -> IntakeResult:
        """Verify and import a batch (files, folders): one backup for the batch, then each file
        on its own (one bad file never stops the others). A report from a facility not on the
        roster is kept aside (暂存), never counted; with ``accept_untrusted`` a report whose
        signer is not registered is kept aside as 待核实身份."""
        files = self.expand(paths)
        result = IntakeResult()
        if progress is not None:
            progress(0, len(files), None)
        if files:
            result.backup = self._backups.take("import").path.name
        trust = [c["fingerprint"] for c in self._rows.certificates()]
        roster = {e["credit_code"]: e for e in self._rows.roster()}
        owners = {c["fingerprint"]: c["credit_code"] for c in self._rows.certificates()}

        def hold(payload: dict, check: ReportCheck) -> str | None:
            facility = payload.get("facility") or {}
            code = str(facility.get("credit_code", "")).strip().upper()
            name = str(facility.get("name", "")).strip() or Message("desk.unknown_facility")
            if code not in roster:
                district = str(facility.get("district", "")).strip()
                return Message("desk.not_on_roster", name=name, code=code or Message("desk.not_filled"),
                               where=Message("desk.where", district=district) if district else "")
            if str(payload.get("kind")) == "self_assessment":
                signed_by = {s.fingerprint_hex for s in check.signatures.signatures if s.kind == "signature"}
                others = {owners[f] for f in signed_by if f in owners} - {code}
                if others and not any(owners.get(f) == code for f in signed_by):
                    other = roster.get(sorted(others)[0], {}).get("name", sorted(others)[0])
                    return Message("desk.wrong_owner", other=other, name=name)
            return None

        with _Verifier(files, trust, self._received.trusted_rows()) as checks, self._store.batch():
            for number, (path, check) in enumerate(zip(files, checks, strict=True), start=1):
                item = self._take_one(path, accept_untrusted, trust, hold, check)
                result.results.append(item)
                if progress is not None:
                    progress(number, len(files), item)
        self.sync()  # the desk's figures of what came in, once for the batch
        return result

    def _take_one(self, path: Path, accept_untrusted: bool, trust: Sequence[str],
                  hold: Callable[[dict, ReportCheck], str | None], check: ReportCheck | None) -> FileResult:
        if not path.is_file():
            return FileResult(str(path), "unreadable", Message("desk.no_file"))
        try:
            outcome = self._received.import_file(path, accept_untrusted, extra_trust=trust, backup=False, hold=hold,
                                                 check=check)
        except ImportRefused as exc:
            return FileResult(str(path), exc.reason, text_of(exc))
        except TuoyuError as exc:
            return FileResult(str(path), "other", Message("desk.not_imported", reason=text_of(exc)))
        record = outcome.record
        self._keep_original(path, str(record.get("file_sha256", "")))
        facility = str(record.get("facility_name", ""))
        if outcome.duplicate:
            kind = "duplicate"
        else:
            kind = {ACCEPTED: "imported", UNTRUSTED: "untrusted", CONFLICT: "conflict",
                    HELD: "not_on_roster"}.get(outcome.state, "imported")
        return FileResult(str(path), kind, outcome.message, outcome.report_id, facility)

    def _keep_original(self, path: Path, sha256: str) -> None:
        """Keep a copy of a received PDF (its photos are shown from it): a file copy, no parsing.
        A copy that cannot be written only means the photos cannot be shown later."""
        if self._originals is None or len(sha256) != 64:
            return
        target = self._originals / f"{sha256}.pdf"
        if target.exists():
            return
        import shutil
        import uuid

        part = target.with_name(f".{uuid.uuid4().hex}.part")
        try:  # no fsync: a copy lost in a power cut only means the photos are not shown (re-import)
            self._originals.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, part)
            os.replace(part, target)
        except OSError:
            part.unlink(missing_ok=True)

    def photos(self, received_id: int, items: Iterable[str] | None = None) -> builtins.list[dict[str, Any]]:
        """A received report's photos (of ``items``, or all): label (图N), item, caption, and the
        image read from the kept original PDF, or the problem that keeps it from being shown."""
        from tuoyu_desktop.report_photos import listed_photos, read_photos

        row = self._rows.report(received_id)
        payload = json.loads(row["payload"])
        wanted = set(items) if items is not None else None

        def keep(photos: builtins.list[dict[str, Any]]) -> builtins.list[dict[str, Any]]:
            return [p for p in photos if wanted is None or p["item"] in wanted]

        listed = keep(listed_photos(payload))
        if not listed:
            return []
        original = self._originals / f"{row['file_sha256']}.pdf" if self._originals is not None else None
        problem: str = ""
        if original is None or not original.is_file():
            problem = Message("desk.no_original")
        else:
            import hashlib

            try:
                if hashlib.sha256(original.read_bytes()).hexdigest() != row["file_sha256"]:
                    problem = Message("desk.original_changed")
            except OSError as exc:
                problem = Message("desk.original_unreadable", error=exc.strerror or exc)
        if problem:
            return [{**p, "image": None, "problem": problem} for p in listed]
        assert original is not None
        return keep(read_photos(original, payload))

    def held(self) -> builtins.list[dict[str, Any]]:
        """Reports kept aside: not on the roster, identity to confirm, or in conflict."""
        return self._received.list([HELD, UNTRUSTED, CONFLICT])

    # -- the figures the desk compares ---------------------------------------------------------------
    def sync(self) -> int:
        """Add accepted received reports the desk has not indexed yet; returns how many."""
        pending = self._rows.unindexed()
        if not pending:
            return 0
        reports, dimensions, board = [], [], []
        stamp = now()
        for row in pending:
            try:
                payload = json.loads(row["payload"])
            except ValueError:
                continue
            report, dims, items = _index_entry(row, payload, stamp)
            reports.append(report)
            dimensions.extend(dims)
            board.extend(items)
        self._rows.index(reports, dimensions, board)
        return len(reports)

    def report(self, received_id: int) -> dict[str, Any]:
        """One accepted report for review: figures, answers with item texts, evidence, signers,
        and its reviews so far."""
        self.sync()
        row = self._rows.report(received_id)
        payload = json.loads(row["payload"])
        items = form_items(payload.get("form_snapshot") or {})
        labels = option_ratios(payload.get("form_snapshot") or {})
        answers = []
        for item_id, answer in (payload.get("answers") or {}).items():
            info = items.get(item_id, {})
            answers.append({"item": item_id, "text": info.get("text", ""), "dimension": info.get("dimension", ""),
                            "value": answer.get("value"), "na": bool(answer.get("na")),
                            "label": labels.get((item_id, str(answer.get("value"))), (answer.get("value"), None))[0]
                            if not answer.get("na") else Message("desk.not_applicable"),
                            "comment": answer.get("comment", ""),
                            "gap": item_id in ((payload.get("scores") or {}).get("gaps") or []),
                            "veto_failed": item_id in ((payload.get("scores") or {}).get("veto_failed") or [])})
        signers = [s for s in json.loads(row["signers"] or "{}").get("signatures", []) if s.get("kind") == "signature"]
        return {"row": {k: v for k, v in row.items() if k not in ("payload", "signers")}, "payload": payload,
                "answers": answers, "evidence": payload.get("evidence") or [],
                "findings": payload.get("findings") or [], "signers": signers,
                "dimensions": self._rows.dimensions([received_id]), "reviews": self._rows.reviews(received_id)}

    def find_report(self, report_id_or_number: str) -> int:
        """The received id of an accepted report, from a report id or the desk's number."""
        self.sync()
        text = str(report_id_or_number).strip()
        found = self._rows.received_by_report_id(text)
        if found:
            return int(found[-1]["received_id"])
        if text.isdigit():
            self._rows.report(int(text))
            return int(text)
        raise NotFound(Message("desk.no_report", text=text))

    # -- reviews ---------------------------------------------------------------------------------------
    def review(self, received_id: int, decision: str, identity: LoadedIdentity,
               comments: Mapping[str, str] | None = None, reason: str = "") -> dict[str, Any]:
        """Record a review signed by a registered officer of this district (audited).

        通过 (approved); 退回 (returned) needs at least one comment, each on an item of the
        report (``""`` for the report as a whole); 不予认可 (rejected) needs a reason.
        """
        from tuoyu_desktop import signing

        if decision not in DECISIONS:
            raise InvalidInput(Message("desk.bad_decision", choices="、".join(f"{k}（{v}）" for k, v in DECISIONS.items())))
        report = self.report(received_id)
        comments = {str(k).strip(): str(v).strip() for k, v in (comments or {}).items() if str(v).strip()}
        known = {a["item"] for a in report["answers"]} | {str(f.get("key")) for f in report["findings"]} | {""}
        unknown = sorted(set(comments) - known)
        if unknown:
            raise InvalidInput(Message("desk.unknown_items", items="、".join(unknown)))
        if decision == RETURNED and not comments:
            raise InvalidInput(Message("desk.return_needs_comment"))
        if decision == REJECTED and not reason.strip():
            raise InvalidInput(Message("desk.reject_needs_reason"))
        info = identity.info
        officer = self._rows.officer(info.fingerprint_hex)
        if officer is None:
            raise DeskError(Message("desk.not_officer", name=info.name, fingerprint=info.fingerprint[:23]))
        row = report["row"]
        decided_at = datetime.now(CHINA).isoformat(timespec="seconds")
        record = {"report_id": row["report_id"], "payload_sha256": row["payload_sha256"],
                  "file_sha256": row["file_sha256"], "credit_code": row["credit_code"],
                  "facility": row["facility_name"], "decision": decision, "comments": comments,
                  "reason": reason.strip(), "officer": {"name": info.name, "fingerprint": info.fingerprint_hex},
                  "decided_at": decided_at}
        data = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
        signature = signing.sign_bytes(identity, data)
        review_id = self._rows.add_review({
            "received_id": received_id, "report_id": row["report_id"], "decision": decision,
            "reason": reason.strip(), "comments": json.dumps(comments, ensure_ascii=False),
            "officer_name": info.name, "officer_fingerprint": info.fingerprint_hex, "record": data.decode("utf-8"),
            "signature": base64.b64encode(signature).decode("ascii"), "decided_at": decided_at})
        return {"id": review_id, **record}

    def review_intact(self, review: Mapping[str, Any]) -> bool:
        """Whether a stored review still carries its officer's valid signature."""
        from tuoyu_desktop import signing

        officer = self._rows.officer(review["officer_fingerprint"])
        if officer is None:
            return False
        return signing.verify_bytes(officer["pem"].encode("ascii"), review["record"].encode("utf-8"),
                                    base64.b64decode(review["signature"]))

    def write_receipt(self, review_id: int, target: str | os.PathLike[str], identity: LoadedIdentity,
                      district: str = "") -> Path:
        """The signed 回执 of a review: decision, comments, the report's id and digest, with the
        review's data embedded; signed by the officer who decided."""
        from tuoyu_desktop import receipt as receipt_module

        review = self._rows.review(review_id)
        if identity.info.fingerprint_hex != review["officer_fingerprint"]:
            raise DeskError(Message("desk.receipt_signer", name=review["officer_name"]))
        report = self.report(review["received_id"])
        items = form_items(report["payload"].get("form_snapshot") or {})
        return receipt_module.write_receipt(Path(target), review, items, identity, district)

    def review_queue(self, cycle_id: int | None = None) -> builtins.list[dict[str, Any]]:
        """Accepted reports not yet reviewed (or reviewed and since superseded), oldest first."""
        self.sync()
        reviews = self._rows.latest_reviews()
        if cycle_id is not None:
            cycle = self.cycle(cycle_id)
            rows = self._rows.reports(cycle["period"], cycle["form_kind"], cycle["form_id"] or None)
        else:
            rows = self._rows.reports()
        return [r for r in rows if r["received_id"] not in reviews]

    # -- dashboard ---------------------------------------------------------------------------------
    def dashboard(self, cycle_id: int) -> dict[str, Any]:
        """The cycle's figures: facilities × dimensions (percent), grade distribution, how often
        each veto item failed, ranking, and change against the previous cycle of the same kind."""
        cycle = self.cycle(cycle_id)
        reports = self._cycle_reports(cycle)
        roster = {e["credit_code"]: e for e in self._rows.roster()}
        reports = {code: r for code, r in reports.items() if code in roster}
        ids = [r["received_id"] for r in reports.values()]
        dims_by_report: dict[int, dict[str, float]] = {}
        columns: dict[str, tuple[int, str]] = {}
        for d in self._rows.dimensions(ids):
            dims_by_report.setdefault(d["received_id"], {})[d["dimension_id"]] = d["percent"]
            columns.setdefault(d["dimension_id"], (d["position"], d["title"]))
        dimensions = [{"id": k, "title": v[1]} for k, v in sorted(columns.items(), key=lambda kv: (kv[1][0], kv[0]))]
        previous = self._previous_cycle(cycle)
        before = self._cycle_reports(previous) if previous else {}
        ranked = sorted(reports.values(), key=lambda r: (-r["percent"], r["facility_name"], r["credit_code"]))
        rows = []
        rank = 0
        last: float | None = None
        for position, report in enumerate(ranked, start=1):
            if report["percent"] != last:
                rank, last = position, report["percent"]
            earlier = before.get(report["credit_code"])
            rows.append({
                "rank": rank, "credit_code": report["credit_code"], "facility": roster[report["credit_code"]]["name"],
                "received_id": report["received_id"], "report_id": report["report_id"], "grade": report["grade"],
                "percent": report["percent"], "earned": report["earned"], "veto_count": report["veto_count"],
                "dimensions": dims_by_report.get(report["received_id"], {}),
                "previous_percent": earlier["percent"] if earlier else None,
                "change": round(report["percent"] - earlier["percent"], 2) if earlier else None,
                "previous_grade": earlier["grade"] if earlier else None})
        veto: Counter[str] = Counter()
        for report in reports.values():
            veto.update(json.loads(report["veto_failed"] or "[]"))
        texts = self._item_texts(next(iter(reports.values()))["received_id"]) if reports and veto else {}
        return {
            "cycle": cycle, "dimensions": dimensions, "rows": rows,
            "grades": dict(sorted(Counter(r["grade"] for r in reports.values()).items())),
            "veto_failures": [{"item": item, "text": texts.get(item, ""), "count": count}
                              for item, count in sorted(veto.items(), key=lambda kv: (-kv[1], kv[0]))],
            "submitted": len(reports), "roster": len(roster), "previous_cycle": previous,
            "average_percent": round(sum(r["percent"] for r in reports.values()) / len(reports), 2) if reports else None,
        }

    def _previous_cycle(self, cycle: Mapping[str, Any]) -> dict[str, Any] | None:
        earlier = [c for c in self._rows.cycles() if c["form_kind"] == cycle["form_kind"]
                   and (c["due_date"], c["id"]) < (cycle["due_date"], cycle["id"])]
        return max(earlier, key=lambda c: (c["due_date"], c["id"])) if earlier else None

    def _item_texts(self, received_id: int) -> dict[str, str]:
        payload = json.loads(self._rows.report(received_id)["payload"])
        return {k: v["text"] for k, v in form_items(payload.get("form_snapshot") or {}).items()}

    def drill(self, cycle_id: int, credit_code: str, dimension_id: str | None = None) -> dict[str, Any]:
        """A dashboard cell opened: the facility's items (of one dimension) with answers and photos."""
        reports = self._cycle_reports(self.cycle(cycle_id))
        report = reports.get(credit_code.strip().upper())
        if report is None:
            raise NotFound(Message("desk.no_report_in_cycle", code=credit_code))
        detail = self.report(report["received_id"])
        if dimension_id:
            detail["answers"] = [a for a in detail["answers"] if a["dimension"] == dimension_id]
            shown = {a["item"] for a in detail["answers"]}
            detail["evidence"] = [e for e in detail["evidence"] if e.get("item") in shown]
        detail["photos"] = self.photos(report["received_id"],
                                       {a["item"] for a in detail["answers"]} if dimension_id else None)
        return detail

    # -- rectification board ------------------------------------------------------------------------
    def board(self, facility: str = "", dimension: str = "", status: str = "", source: str = "",
              today: date | None = None) -> builtins.list[dict[str, Any]]:
        """Every finding and gap of every facility: overdue first (most overdue first), then
        open by deadline, then closed; each with its ageing in days."""
        self.sync()
        today = today or _today()
        out = []
        needle = facility.strip().upper()
        for item in self._rows.board():
            if needle and needle not in item["credit_code"] and needle not in item["facility_name"].upper():
                continue
            if (dimension and item["dimension_id"] != dimension) or (source and item["source"] != source):
                continue
            deadline = _calendar_day(item["deadline"])
            overdue = item["status"] == "open" and deadline is not None and deadline < today
            state = "closed" if item["status"] == "closed" else ("overdue" if overdue else "open")
            if status and state != status:
                continue
            opened = _day_of(item["created_at"]) or today
            out.append({**item, "state": state, "state_label": {"closed": "已销号", "overdue": "逾期",
                                                                  "open": "整改中"}[state],
                        "days_overdue": (today - deadline).days if overdue and deadline else 0,
                        "ageing": ((_day_of(item["closed_at"]) or today) - opened).days,
                        "source_label": BOARD_SOURCES.get(item["source"], item["source"])})
        order = {"overdue": 0, "open": 1, "closed": 2}
        out.sort(key=lambda i: (order[i["state"]], -i["days_overdue"], i["deadline"] or "9999", i["id"]))
        return out

    def close_item(self, item_id: int, evidence_report: str, note: str = "") -> None:
        """Close a board item, on evidence: a later accepted report of the same facility (its
        next self-assessment, or the inspector's follow-up) in which the item no longer fails."""
        item = self._rows.board_item(item_id)
        if item["status"] == "closed":
            raise DeskError(Message("desk.item_closed"))
        received_id = self.find_report(evidence_report)
        evidence = self._rows.report(received_id)
        if evidence["credit_code"] != item["credit_code"]:
            raise DeskError(Message("desk.other_facility_report", report=evidence["report_id"], facility=evidence["facility_name"],
                                    item_facility=item["facility_name"]))
        if received_id <= item["received_id"] or evidence["report_id"] == item["report_id"]:
            raise DeskError(Message("desk.close_needs_later"))
        payload = json.loads(evidence["payload"])
        still = set((payload.get("scores") or {}).get("gaps") or []) | {
            str(f.get("key")) for f in payload.get("findings") or []}
        if item["item_key"] in still:
            raise DeskError(Message("desk.still_unmet", report=evidence["report_id"], item=item["item_key"]))
        self._rows.close_board_item(item_id, evidence["report_id"], note.strip())

    # -- upward export ---------------------------------------------------------------------------
    def export_workbook(self, cycle_id: int, target: str | os.PathLike[str], today: date | None = None) -> Path:
        """The cycle as one workbook for the city: 汇总 (one row per facility), 条目 (every item's
        answer per facility), 整改 (every finding and gap) — real numbers and dates."""
        from tuoyu_desktop import desk_workbook

        cycle = self.cycle(cycle_id)
        submissions = self.submissions(cycle_id, today)
        figures = self.dashboard(cycle_id)
        ids = {sub.report["received_id"]: sub.credit_code for sub in submissions if sub.report is not None}
        texts = self._rows.payloads(list(ids))
        payloads = {code: json.loads(texts[received_id]) for received_id, code in ids.items() if received_id in texts}
        roster = {e["credit_code"]: e for e in self._rows.roster()}
        codes = set(payloads)
        board = [i for i in self.board(today=today) if i["credit_code"] in codes]
        return desk_workbook.write(Path(target), cycle, submissions, figures, payloads, roster, board)


    def export_summary_pdf(self, cycle_id: int, target: str | os.PathLike[str], identity: LoadedIdentity,
                           district: str = "") -> Path:
        """The cycle's summary as a PDF signed by a registered officer, to send with the workbook."""
        import tempfile

        from tuoyu_desktop import signing
        from tuoyu_desktop.atomic import write_atomically
        from tuoyu_desktop.report.desk_summary import write_desk_summary

        info = identity.info
        if self._rows.officer(info.fingerprint_hex) is None:
            raise DeskError(Message("desk.not_officer_summary", name=info.name))
        submissions = [s.to_dict() for s in self.submissions(cycle_id)]
        figures = self.dashboard(cycle_id)
        with tempfile.TemporaryDirectory() as folder:
            draft, signed = Path(folder) / "summary.pdf", Path(folder) / "signed.pdf"
            write_desk_summary(draft, self.cycle(cycle_id), submissions, figures, district)
            signing.sign_pdf(draft, signed, identity, reason="区县报送汇总")
            write_atomically(Path(target), signed.read_bytes())
        return Path(target)


    def package_data(self, cycle_id: int, district: str, officer: Mapping[str, str],
                     today: date | None = None) -> tuple[dict[str, Any], builtins.list[Submission], dict[str, Any]]:
        """The cycle's data for the city (no photos): every roster facility with its state, its
        latest accepted report's figures, answers, findings and gaps, and the review state;
        each form's snapshot once. Returns (data, submissions, dashboard figures)."""
        import hashlib

        cycle = self.cycle(cycle_id)
        submissions = self.submissions(cycle_id, today)
        figures = self.dashboard(cycle_id)
        by_code = {row["credit_code"]: row for row in figures["rows"]}
        roster = {e["credit_code"]: e for e in self._rows.roster()}
        ids = {sub.report["received_id"]: sub.credit_code for sub in submissions if sub.report is not None}
        texts = self._rows.payloads(builtins.list(ids))
        forms: dict[str, Any] = {}
        answers: dict[str, Any] = {}
        facilities = []
        for sub in submissions:
            entry = roster.get(sub.credit_code, {})
            facility: dict[str, Any] = {
                **{k: entry.get(k) for k in ("credit_code", "name", "filing_number", "address", "facility_type",
                                             "is_puhui", "places", "contact")},
                "status": sub.status, "status_label": sub.status_label, "days_late": sub.days_late,
                "review": (sub.review or {}).get("decision"), "report": None}
            text = texts.get(sub.report["received_id"]) if sub.report else None
            if sub.report is not None and text is not None:
                payload = json.loads(text)
                scores = payload.get("scores") or {}
                form_hash = str((payload.get("form") or {}).get("hash", "")) or hashlib.sha256(
                    json.dumps(payload.get("form_snapshot") or {}, sort_keys=True).encode()).hexdigest()
                forms.setdefault(form_hash, payload.get("form_snapshot") or {})
                row = by_code.get(sub.credit_code, {})
                report = sub.report
                facility["report"] = {
                    "report_id": report["report_id"], "payload_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    "kind": report["kind"], "form_id": report["form_id"], "form_title": report["form_title"],
                    "form_hash": form_hash, "grade": report["grade"], "percent": report["percent"],
                    "earned": report["earned"], "veto_count": report["veto_count"],
                    "veto_failed": json.loads(report["veto_failed"] or "[]"), "submitted_on": report["submitted_on"],
                    "finalised_at": report["finalised_at"], "district_rank": row.get("rank"),
                    "dimensions": row.get("dimensions", {})}
                answers[sub.credit_code] = {
                    "form_hash": form_hash, "answers": payload.get("answers") or {},
                    "gaps": scores.get("gaps") or [], "veto_failed": scores.get("veto_failed") or [],
                    "findings": payload.get("findings") or [],
                    "evidence": [{k: v for k, v in e.items() if k in ("item", "kind", "name", "caption", "sha256")}
                                 for e in payload.get("evidence") or [] if isinstance(e, dict)]}
            facilities.append(facility)
        codes = set(answers)
        board = [{k: item.get(k) for k in ("credit_code", "facility_name", "source", "source_label", "report_id",
                                           "item_key", "dimension_id", "description", "severity", "deadline",
                                           "status", "state", "state_label", "days_overdue", "ageing", "closed_at",
                                           "closing_report_id")}
                 for item in self.board(today=today) if item["credit_code"] in codes]
        data = {
            "schema": "tuoyu-city-package", "schema_version": "1.0", "district": district,
            "cycle": {k: cycle[k] for k in ("title", "form_kind", "form_id", "period", "due_date")},
            "made_at": datetime.now(CHINA).isoformat(timespec="microseconds"),
            "officer": {"name": officer["name"], "fingerprint": officer["fingerprint"]},
            "dimensions": figures["dimensions"],
            "summary": {k: figures[k] for k in ("roster", "submitted", "average_percent", "grades", "veto_failures")},
            "facilities": facilities, "answers": answers, "forms": forms, "board": board}
        return data, submissions, figures

    def write_package(self, cycle_id: int, target: str | os.PathLike[str], identity: LoadedIdentity,
                      district: str) -> Path:
        """The signed aggregate package of a cycle for the city (区县汇总包, no photos), signed by a
        registered officer of this district; see :mod:`tuoyu_desktop.city_package`."""
        from tuoyu_desktop import city_package

        district = district.strip()
        if not district:
            raise InvalidInput(Message("desk.no_district", example="北京市朝阳区"))
        info = identity.info
        if self._rows.officer(info.fingerprint_hex) is None:
            raise DeskError(Message("desk.not_officer_package", name=info.name))
        data, submissions, figures = self.package_data(cycle_id, district,
                                                       {"name": info.name, "fingerprint": info.fingerprint_hex})
        return city_package.write_package(Path(target), data, self.cycle(cycle_id),
                                          [s.to_dict() for s in submissions], figures, identity)


class _RegisteredRows:
    """The trust store's rows as a worker process sees them (a copy taken for the batch)."""

    def __init__(self, rows: Sequence[dict]):
        self._rows = list(rows)

    def trusted_certificates(self) -> builtins.list[dict]:
        return self._rows


_WORKER: dict[str, Any] = {}  # in a worker process: the batch's trust, set once by _start_worker


def _start_worker(pins: Sequence[str], rows: Sequence[dict]) -> None:
    """A worker's set-up: the batch's trust, sent once rather than with every file."""
    from tuoyu_desktop.services.trust import Trust

    _WORKER["trust"] = Trust(_RegisteredRows(rows))  # type: ignore[arg-type]
    _WORKER["pins"] = list(pins)


def _verify_one(path: str) -> ReportCheck | None:
    """Verify one file in a worker process, against the batch's trust (never raises)."""
    try:
        return _WORKER["trust"].verify(path, _WORKER["pins"])
    except Exception:  # noqa: BLE001 - the main process verifies such a file again itself
        return None


class _Verifier:
    """The verification of a batch's files, in order: in two worker processes for a large batch
    (each report costs ~50–100 ms of pure Python in pyHanko), else None for each (the import
    verifies in this process). A frozen app (PyInstaller) verifies in this process too."""

    def __init__(self, files: Sequence[Path], pins: Sequence[str], rows: Sequence[dict]):
        self.files, self.pins, self.rows = files, list(pins), list(rows)
        self.pool: Any = None

    def __enter__(self) -> Iterable[ReportCheck | None]:
        import sys

        workers = int(os.environ.get("TUOYU_INTAKE_WORKERS", str(min(2, os.cpu_count() or 1))))
        if len(self.files) < PARALLEL_MIN or workers < 2 or getattr(sys, "frozen", False):
            return [None] * len(self.files)
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        try:
            self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_start_worker, initargs=(self.pins, self.rows))
            return self.pool.map(_verify_one, [str(path) for path in self.files], chunksize=4)
        except (OSError, RuntimeError):  # no processes here: verify in this one
            return [None] * len(self.files)

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


def _index_entry(row: Mapping[str, Any], payload: Mapping[str, Any], stamp: str) -> tuple[dict, list, list]:
    scores = payload.get("scores") or {}
    total = scores.get("total") or {}
    facility = payload.get("facility") or {}
    form = payload.get("form") or {}
    assessment = payload.get("assessment") or {}
    veto = [str(v) for v in scores.get("veto_failed") or []]
    submitted = _day_of(row["signed_at"]) or _day_of(row["received_at"])
    kind = str(payload.get("kind", ""))
    report = {
        "received_id": row["id"], "report_id": row["report_id"], "credit_code": row["credit_code"],
        "facility_name": str(facility.get("name", "")), "kind": kind,
        "form_id": str(form.get("id", "")), "form_title": str(form.get("title", "")),
        "period": str(assessment.get("period", "")), "grade": str(scores.get("grade", "")),
        "percent": float(total.get("percent") or 0), "earned": float(total.get("earned") or 0),
        "veto_count": len(veto), "veto_failed": json.dumps(veto, ensure_ascii=False),
        "submitted_on": submitted.isoformat() if submitted else "", "finalised_at": str(assessment.get("finalised_at") or ""),
        "indexed_at": stamp}
    dims = [{"received_id": row["id"], "position": index, "dimension_id": str(d.get("id", index)),
             "title": str(d.get("title", "")), "percent": float(d.get("percent") or 0),
             "earned": float(d.get("earned") or 0), "applicable_max": float(d.get("applicable_max") or 0)}
            for index, d in enumerate(scores.get("dimensions") or []) if isinstance(d, dict)]
    items = form_items(payload.get("form_snapshot") or {})
    base = {"received_id": row["id"], "report_id": row["report_id"], "credit_code": row["credit_code"],
            "facility_name": report["facility_name"], "status": "open", "closed_at": None,
            "closing_report_id": None, "closing_note": "", "created_at": stamp}
    board = []
    if kind == "inspection":
        for finding in payload.get("findings") or []:
            if not isinstance(finding, dict):
                continue
            key = str(finding.get("key", ""))
            info = items.get(key, {})
            board.append({**base, "source": "inspection", "item_key": key, "dimension_id": info.get("dimension", ""),
                          "area": str(finding.get("area", "")), "description": str(finding.get("description", "")),
                          "severity": str(finding.get("severity", "")), "deadline": str(finding.get("deadline") or "")})
    else:
        finalised = _day_of(assessment.get("finalised_at")) or submitted
        deadline = (finalised + timedelta(days=GAP_DEADLINE_DAYS)).isoformat() if finalised else ""
        for item_id in scores.get("gaps") or []:
            info = items.get(str(item_id), {})
            board.append({**base, "source": "self_assessment", "item_key": str(item_id),
                          "dimension_id": info.get("dimension", ""), "area": info.get("dimension_title", ""),
                          "description": info.get("text", ""),
                          "severity": "一票否决" if str(item_id) in veto else "", "deadline": deadline})
    return report, dims, board

"""Kill trials: SIGKILL a real process while it saves through the services, then check the data.

Shared by ``tests/test_crash.py`` and ``benchmarks/kill_trials.py`` (one copy of the logic).

A small fork server (one ``python`` process, started once, that has already imported the
services) forks a fresh child per trial, so a trial costs milliseconds, not an interpreter
start. The child opens the workspace on the shared data directory exactly as the app does,
then, depending on the mode:

- ``write``: saves answers through ``AssessmentSession.set_answer`` in a loop and prints
  ``ack TRIAL N ITEM VALUE`` after each call returned (each write has a unique comment
  ``TRIAL:N``, so the parent knows which write it sees);
- ``finalise``: creates an assessment, answers every item, finalises it (which takes a backup
  first), printing ``answered ID`` and ``finalised ID`` after each step returned;
- ``backup``: takes online backups in a loop, printing ``backup PATH`` after each.

The parent kills the child with SIGKILL after a random short delay, reopens the data directory
as the app would (``Workspace.open``: writer lock, quick check, migrations), checks
``PRAGMA integrity_check`` and that everything acknowledged is there: for each item, the last
acknowledged value or the single later write that was in flight when the kill came.
"""

from __future__ import annotations

import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
MINI_FORM = ROOT / "tests" / "data" / "mini_form.yaml"
FORM_ID = "mini-test"

SERVER = r"""
import os, sys, time
from pathlib import Path
from tuoyu_desktop.services import Workspace
from tuoyu_desktop.records import Answer
import tuoyu_desktop.exchange  # finalise imports it lazily: load it before forking

data_dir = Path(sys.argv[1])
PLAN = [("1.1.1", ("yes", "no")), ("1.1.2", ("met", "partial", "unmet")),
        ("1.2.1", ("met", "partial", "unmet")), ("2.1.1", ("met", "partial", "unmet"))]


def say(text):
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def write(trial, assessment_id, lying=False):
    ws = Workspace.open(data_dir)
    session = ws.assessments.open(assessment_id)
    for n in range(1_000_000):
        item, values = PLAN[n % len(PLAN)]
        value = values[(n // len(PLAN) + trial) % len(values)]
        if lying:  # the checker's own test: acknowledge, then save a moment later (a debounced autosave)
            say(f"ack {trial} {n} {item} {value}")
            time.sleep(0.005)
        session.set_answer(item, Answer(value, comment=f"{trial}:{n}"))
        if not lying:
            say(f"ack {trial} {n} {item} {value}")


def finalise(trial, _):
    ws = Workspace.open(data_dir)
    for k in range(1_000_000):
        assessment_id = ws.assessments.create("mini-test", f"p{trial}-{k}")
        session = ws.assessments.open(assessment_id)
        for item, values in PLAN:
            session.set_answer(item, Answer(values[0], comment=f"{trial}:{k}"))
        say(f"answered {assessment_id}")
        ws.assessments.finalise(assessment_id)
        say(f"finalised {assessment_id}")


def backup(trial, _):
    ws = Workspace.open(data_dir)
    for k in range(1_000_000):
        if k % 3 == 0:  # keep the database changing between backups
            ws.store.set_setting("kill_trial", f"{trial}:{k}")
        taken = ws.backups.take("manual")
        say(f"backup {taken.path}")


def restore(trial, _):
    for k in range(1_000_000):
        ws = Workspace.open(data_dir)
        ws.store.set_setting("kill_trial", f"{trial}:{k}")
        taken = ws.backups.take("manual")
        say(f"backup {taken.path}")
        ws.backups.restore(taken.path)
        say(f"restored {taken.path}")
        ws.close()


def receive(trial, _):
    ws = Workspace.open(data_dir)
    reports = sorted((data_dir.parent / "incoming").glob("*.pdf"))
    for k in range(1_000_000):
        outcome = ws.received.import_file(reports[(trial + k) % len(reports)])
        say(f"imported {outcome.report_id}")


MODES = {"write": write, "lying": lambda t, a: write(t, a, lying=True), "finalise": finalise, "backup": backup,
         "restore": restore, "import": receive}
say("ready")
for line in sys.stdin:
    mode, trial, assessment_id = line.split()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            MODES[mode](int(trial), assessment_id)
        except BaseException as exc:  # a failure in the child shows in the parent's figures
            say(f"error {type(exc).__name__}: {exc}".replace("\n", " "))
            code = 1
        finally:
            os._exit(code)
    say(f"pid {pid}")
    _, status = os.waitpid(pid, 0)
    say(f"reaped {pid} {status}")
"""


@dataclass
class Figures:
    trials: dict[str, int] = field(default_factory=lambda: {"write": 0, "finalise": 0, "backup": 0, "lying": 0,
                                                            "restore": 0, "import": 0})
    acknowledged: int = 0  # acknowledged writes whose trial was checked
    item_checks: int = 0  # per-item comparisons of the stored answer with the last acknowledged
    in_flight_seen: int = 0  # trials where the write in flight at the kill had landed
    finalised_checked: int = 0
    backups_checked: int = 0
    restores_checked: int = 0  # acknowledged restores after which the data was checked whole
    imports_checked: int = 0  # acknowledged imports found stored after the kill
    partial_backups_left: int = 0
    integrity_checks: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def kills(self) -> int:
        return sum(self.trials.values())

    def summary(self) -> str:
        return (
            f"kill trials: {self.kills} SIGKILLs ({self.trials['write']} while writing answers, "
            f"{self.trials['finalise']} while finalising, {self.trials['backup']} while backing up, "
            f"{self.trials['restore']} while restoring, {self.trials['import']} while importing received reports) "
            f"in {self.seconds:.1f} s; "
            f"{self.acknowledged} acknowledged answer writes checked ({self.item_checks} per-item comparisons, "
            f"in-flight write landed in {self.in_flight_seen} trials); {self.finalised_checked} acknowledged finalisations "
            f"and {self.backups_checked} acknowledged backups checked; {self.restores_checked} restores and "
            f"{self.imports_checked} imports acknowledged and found whole; {self.integrity_checks} integrity checks; "
            f"{self.partial_backups_left} interrupted backup files left aside; failures: {len(self.failures)}"
        )


class KillTrials:
    """Run kill trials against one data directory (created here, with the mini form installed)."""

    def __init__(self, data_dir: Path, seed: int = 821, max_delay: float = 0.08, reports: int = 0):
        self.data_dir = Path(data_dir)
        if reports:
            self._signed_reports(reports)
        self.rng = random.Random(seed)
        self.max_delay = max_delay
        self.figures = Figures()
        self._state: dict[str, tuple[int, int] | None] = {}
        self._prepare()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        self.server = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(self.data_dir)], cwd=str(ROOT), env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        self._buffer = b""
        line = self._line(timeout=60)
        if line != "ready":
            raise RuntimeError(f"kill-trial server did not start: {line!r} {self.server.stderr.read().decode()}")

    def _signed_reports(self, count: int) -> None:
        """``count`` distinct signed reports from another facility in ``incoming/`` beside the data
        folder, with their signer trusted in the data folder (for the import trials)."""
        from tuoyu_desktop import signing
        from tuoyu_desktop.records import Answer
        from tuoyu_desktop.services import Signer, Workspace, demo_profile

        incoming, sender = self.data_dir.parent / "incoming", self.data_dir.parent / "sender"
        incoming.mkdir(parents=True, exist_ok=True)
        (sender / "forms").mkdir(parents=True, exist_ok=True)
        shutil.copy(MINI_FORM, sender / "forms" / MINI_FORM.name)
        identity, passphrase = self.data_dir.parent / "sender.p12", "kill-trial-passphrase"
        signing.create_identity(identity, name="李红梅", role="机构负责人", organisation="发送方", passphrase=passphrase)
        ws = Workspace.open(sender)
        try:
            ws.facilities.save_own(demo_profile())
            for n in range(count):
                assessment_id = ws.assessments.create(FORM_ID, f"第 {n + 1} 期")
                session = ws.assessments.open(assessment_id)
                for item in session.form.iter_items():
                    session.set_answer(item.id, Answer(item.scale.options[0].value))
                ws.assessments.finalise(assessment_id)
                ws.reports.export_pdf(assessment_id, incoming / f"{n}.pdf", signers=[Signer(identity, passphrase)])
        finally:
            ws.close()
        self._trusted_pem = signing.read_identity(identity, passphrase).certificate_pem()

    def _prepare(self) -> None:
        from tuoyu_desktop.services import Workspace, demo_profile

        (self.data_dir / "forms").mkdir(parents=True, exist_ok=True)
        shutil.copy(MINI_FORM, self.data_dir / "forms" / MINI_FORM.name)
        ws = Workspace.open(self.data_dir)
        try:
            ws.facilities.save_own(demo_profile())
            if getattr(self, "_trusted_pem", None):
                ws.trust.add(self._trusted_pem, "李红梅")
            self.assessment_id = ws.assessments.create(FORM_ID, "断电测试")
            self.items = [item.id for item in ws.assessments.open(self.assessment_id).form.iter_items()]
        finally:
            ws.close()
        self._state = {item: None for item in self.items}

    def close(self) -> None:
        if self.server.poll() is None:
            self.server.stdin.close()
            try:
                self.server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.server.kill()
                self.server.wait()
        self.server.stdout.close()
        self.server.stderr.close()

    # -- talking to the server ----------------------------------------------------------
    def _line(self, timeout: float) -> str | None:
        """The next complete line from the server (or its children), or None on timeout."""
        deadline = time.monotonic() + timeout
        fd = self.server.stdout.fileno()
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([fd], [], [], left)
            if ready:
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise RuntimeError(f"kill-trial server ended: {self.server.stderr.read().decode()[-2000:]}")
                self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode("utf-8")

    def _trial(self, mode: str, trial: int) -> list[str]:
        """Start one child, SIGKILL it after a random delay; the lines it completed."""
        self.server.stdin.write(f"{mode} {trial} {self.assessment_id}\n".encode())
        self.server.stdin.flush()
        lines, pid = [], None
        while pid is None:
            line = self._line(timeout=30)
            if line is None:
                raise RuntimeError("no child started")
            if line.startswith("pid "):
                pid = int(line.split()[1])
            else:
                lines.append(line)
        if mode in ("finalise", "backup", "lying", "restore", "import"):
            # start the clock when the child is at work, however long opening took under load
            while not any(line.startswith(("answered ", "backup ", "ack ", "imported ", "error ")) for line in lines):
                line = self._line(timeout=30)
                if line is None:
                    raise RuntimeError(f"{mode} child did not start working")
                lines.append(line)
        delay = self.rng.uniform(0.0, self.max_delay * (3 if mode != "write" else 1))
        deadline = time.monotonic() + delay
        while (left := deadline - time.monotonic()) > 0:
            line = self._line(timeout=left)
            if line is not None:
                lines.append(line)
        os.kill(pid, signal.SIGKILL)
        while True:
            line = self._line(timeout=30)
            if line is None:
                raise RuntimeError(f"child {pid} was not reaped")
            if line.startswith(f"reaped {pid} "):
                status = int(line.split()[2])
                if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
                    self.figures.failures.append(f"{mode} trial {trial}: child ended by itself ({status}): {lines[-3:]}")
                break
            lines.append(line)
        self.figures.trials[mode] += 1
        for line in lines:
            if line.startswith("error "):
                self.figures.failures.append(f"{mode} trial {trial}: {line}")
        return lines

    # -- checks -------------------------------------------------------------------------
    def _reopen(self):
        """Open the data directory as the app does after a crash, and check the file."""
        from tuoyu_desktop.services import Workspace

        ws = Workspace.open(self.data_dir)
        result = [row[0] for row in ws.store.db.execute("PRAGMA integrity_check").fetchall()]
        self.figures.integrity_checks += 1
        return ws, result

    def write_trial(self, trial: int, mode: str = "write") -> None:
        lines = self._trial(mode, trial)
        acked = [line.split() for line in lines if line.startswith("ack ")]
        last = int(acked[-1][2]) if acked else -1
        if [int(a[2]) for a in acked] != list(range(last + 1)):
            self.figures.failures.append(f"write trial {trial}: acknowledgements out of order")
        ws, integrity = self._reopen()
        try:
            if integrity != ["ok"]:
                self.figures.failures.append(f"write trial {trial}: integrity_check {integrity}")
                return
            stored = ws.store.answers(self.assessment_id)
        finally:
            ws.close()
        self.figures.acknowledged += len(acked)
        in_flight_item = self.items[(last + 1) % len(self.items)]
        for index, item in enumerate(self.items):
            answer = stored.get(item)
            seen = tuple(int(x) for x in answer.comment.split(":")) if answer is not None else None
            mine = [n for n in range(last + 1) if n % len(self.items) == index]
            allowed = {(trial, mine[-1])} if mine else {self._state[item]}
            if item == in_flight_item:
                allowed.add((trial, last + 1))
            self.figures.item_checks += 1
            if seen not in allowed:
                self.figures.failures.append(
                    f"write trial {trial}: item {item} holds {seen}, expected one of {sorted(allowed, key=str)}"
                )
            if answer is not None and mine and seen == (trial, mine[-1]):
                wanted = next(a[4] for a in acked if int(a[2]) == mine[-1])
                if answer.value != wanted:
                    self.figures.failures.append(f"write trial {trial}: item {item} value {answer.value} != {wanted}")
            if seen == (trial, last + 1):
                self.figures.in_flight_seen += 1
            self._state[item] = seen

    def finalise_trial(self, trial: int) -> None:
        from tuoyu_desktop import exchange
        from tuoyu_desktop.store import backup

        lines = self._trial("finalise", trial)
        answered = [line.split()[1] for line in lines if line.startswith("answered ")]
        finalised = [line.split()[1] for line in lines if line.startswith("finalised ")]
        ws, integrity = self._reopen()
        try:
            if integrity != ["ok"]:
                self.figures.failures.append(f"finalise trial {trial}: integrity_check {integrity}")
                return
            for assessment_id in answered:
                if len(ws.store.answers(assessment_id)) != len(self.items):
                    self.figures.failures.append(f"finalise trial {trial}: {assessment_id} lost answers")
            for assessment_id in finalised:
                row = ws.store.assessment(assessment_id)
                if not row.finalised or not row.frozen:
                    self.figures.failures.append(f"finalise trial {trial}: {assessment_id} not finalised")
                    continue
                exchange.decode(row.frozen.encode("utf-8"))
                self.figures.finalised_checked += 1
            for row in ws.store.assessments():  # anything finalised is whole, acknowledged or not
                if row.finalised:
                    json.loads(row.frozen)
            if ws.store.verify_audit().ok is not True:
                self.figures.failures.append(f"finalise trial {trial}: audit chain broken")
            for taken in ws.backups.list():
                problem = backup.problem(taken.path)
                if problem is not None:
                    self.figures.failures.append(f"finalise trial {trial}: backup {taken.path.name}: {problem}")
        finally:
            ws.close()

    def backup_trial(self, trial: int) -> None:
        from tuoyu_desktop.store import backup

        lines = self._trial("backup", trial)
        taken = [Path(line.split(" ", 1)[1]) for line in lines if line.startswith("backup ")]
        ws, integrity = self._reopen()
        try:
            if integrity != ["ok"]:
                self.figures.failures.append(f"backup trial {trial}: integrity_check {integrity}")
            for listed in ws.backups.list():  # every backup the app would offer must be usable
                problem = backup.problem(listed.path)
                if problem is not None:
                    self.figures.failures.append(f"backup trial {trial}: listed backup {listed.path.name}: {problem}")
            for path in taken:
                if path.exists():  # rotation may have removed older ones
                    self.figures.backups_checked += 1
        finally:
            ws.close()

    def _answers_unchanged(self, ws, what: str) -> None:
        """The shared assessment still holds exactly the answers the write trials left."""
        stored = ws.store.answers(self.assessment_id)
        for item in self.items:
            answer = stored.get(item)
            seen = tuple(int(x) for x in answer.comment.split(":")) if answer is not None else None
            if seen != self._state[item]:
                self.figures.failures.append(f"{what}: item {item} holds {seen}, expected {self._state[item]}")

    def restore_trial(self, trial: int) -> None:
        lines = self._trial("restore", trial)
        restored = [line for line in lines if line.startswith("restored ")]
        ws, integrity = self._reopen()
        try:
            if integrity != ["ok"]:
                self.figures.failures.append(f"restore trial {trial}: integrity_check {integrity}")
                return
            self._answers_unchanged(ws, f"restore trial {trial}")
            if ws.store.verify_audit().ok is not True:
                self.figures.failures.append(f"restore trial {trial}: audit chain broken")
            self.figures.restores_checked += len(restored)
        finally:
            ws.close()

    def import_trial(self, trial: int) -> None:
        lines = self._trial("import", trial)
        imported = {line.split()[1] for line in lines if line.startswith("imported ")}
        ws, integrity = self._reopen()
        try:
            if integrity != ["ok"]:
                self.figures.failures.append(f"import trial {trial}: integrity_check {integrity}")
                return
            stored = {row["report_id"]: row for row in ws.received.list()}
            for report_id in imported:
                if report_id not in stored:
                    self.figures.failures.append(f"import trial {trial}: acknowledged {report_id} lost")
                    continue
                self.figures.imports_checked += 1
            for row in stored.values():  # whatever landed is whole: its data decodes
                if not row.get("facility_name") or row.get("state") != "accepted":
                    self.figures.failures.append(f"import trial {trial}: {row['report_id']} stored half: {row}")
            self._answers_unchanged(ws, f"import trial {trial}")
        finally:
            ws.close()

    def run(self, writes: int, finalises: int, backups: int, lying: int = 0, restores: int = 0,
            imports: int = 0) -> Figures:
        started = time.monotonic()
        plan = (["write"] * writes + ["finalise"] * finalises + ["backup"] * backups + ["lying"] * lying
                + ["restore"] * restores + ["import"] * imports)
        self.rng.shuffle(plan)
        runners = {"write": self.write_trial, "finalise": self.finalise_trial, "backup": self.backup_trial,
                   "lying": lambda trial: self.write_trial(trial, "lying"), "restore": self.restore_trial,
                   "import": self.import_trial}
        for trial, mode in enumerate(plan):
            runners[mode](trial)
        folder = self.data_dir / "backups"
        self.figures.partial_backups_left = len({p.name.split(".partial")[0] for p in folder.glob(".*.partial*")}
                                                ) if folder.is_dir() else 0
        self.figures.seconds = time.monotonic() - started
        return self.figures


def run_kill_trials(data_dir: Path, writes: int = 200, finalises: int = 10, backups: int = 10,
                    seed: int = 821, restores: int = 0, imports: int = 0) -> Figures:
    trials = KillTrials(data_dir, seed=seed, reports=8 if imports else 0)
    try:
        return trials.run(writes, finalises, backups, restores=restores, imports=imports)
    finally:
        trials.close()

"""Fuzzing verify and import with mutated signed reports: never exit 0, never raise, never store.

Run with ``-s`` to see the number of cases and the distribution of exit codes.
"""

from __future__ import annotations

import collections
import random
import re

import pytest

from tuoyu_desktop import signing
from tuoyu_desktop.services import ImportRefused, Signer, Workspace

PASS = "fuzz passphrase 甲乙丙"
CASES = 500
SEED = 20261123

pytestmark = pytest.mark.slow  # long runs: deselect with -m "not slow"

@pytest.fixture(scope="module")
def signed_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    identity = folder / "director.p12"
    signing.create_identity(identity, name="李红梅", role="机构负责人", organisation="阳光宝贝托育中心", passphrase=PASS)
    workspace = Workspace.open(folder / "facility")
    try:
        assessment_id = workspace.assessments.create_demo()
        workspace.assessments.finalise(assessment_id)
        report = workspace.reports.export_pdf(assessment_id, folder / "报告.pdf", signers=[Signer(identity, PASS)])
    finally:
        workspace.close()
    (folder / "director.pem").write_bytes(signing.read_identity(identity, PASS).certificate_pem())
    return folder, report.read_bytes()


def signature_holes(data: bytes) -> list[tuple[int, int]]:
    """The /Contents value of each signature: the only bytes a signature does not cover."""
    holes = []
    for match in re.finditer(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", data):
        start, length, resume, _ = (int(g) for g in match.groups())
        holes.append((start + length, resume))
    return holes


def changes_signed_bytes(original: bytes, mutated: bytes, holes) -> bool:
    if len(original) != len(mutated):
        return True
    return any(a != b and not any(lo <= i < hi for lo, hi in holes)
               for i, (a, b) in enumerate(zip(original, mutated, strict=True)))


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    size = len(data)
    kind = rng.choice(["flip", "flip", "flip", "truncate", "insert", "append", "zero", "delete", "xref", "splice"])
    at = rng.randrange(size)
    if kind == "flip":
        out = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            position = rng.randrange(size)
            out[position] ^= 1 << rng.randrange(8)
        return kind, bytes(out)
    if kind == "truncate":
        return kind, data[: rng.randrange(size)]
    if kind == "insert":
        return kind, data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]
    if kind == "append":
        tail = rng.choice([rng.randbytes(rng.randint(1, 200)), b"\n%%EOF\n", b"\n% comment\n", b"\x00" * 10,
                           b"\n1 0 obj\n<< /Type /Catalog >>\nendobj\nstartxref\n0\n%%EOF\n"])
        return kind, data + tail
    if kind == "zero":
        length = rng.randint(1, 512)
        return kind, data[:at] + b"\x00" * len(data[at:at + length]) + data[at + length:]
    if kind == "delete":
        return kind, data[:at] + data[at + rng.randint(1, 256):]
    if kind == "xref":  # a duplicated cross-reference section, before or after the original
        starts = [m.start() for m in re.finditer(rb"startxref|\bxref\b", data)]
        start = rng.choice(starts) if starts else at
        section = data[start:]
        return kind, (data + section) if rng.random() < 0.5 else (data[:start] + section + data[start:])
    # splice: a chunk of the file copied over another place
    length = rng.randint(16, 2048)
    source = rng.randrange(size)
    chunk = data[source:source + length]
    return kind, data[:at] + chunk + data[at + len(chunk):]


@pytest.mark.timeout(300)
def test_mutated_signed_reports_never_verify_and_never_import(signed_report, tmp_path):
    folder, original = signed_report
    holes = signature_holes(original)
    assert holes, "the report is not signed"
    receiver = Workspace.open(tmp_path / "receiver")
    receiver.trust.add((folder / "director.pem").read_bytes())
    try:
        assert receiver.trust.verify(folder / "报告.pdf").exit_code == 0  # the untouched report passes
        head = receiver.store.audit_head()
        checks = []
        real_verify = receiver.trust.verify

        def spy(path, extra_trust=()):
            checks.append(real_verify(path, extra_trust))
            return checks[-1]

        receiver.trust.verify = spy
        rng = random.Random(SEED)
        codes = collections.Counter()
        kinds = collections.Counter()
        problems = []
        tried = 0
        while tried < CASES:
            kind, mutated = mutate(original, rng)
            if not changes_signed_bytes(original, mutated, holes):
                continue  # e.g. a flip inside a signature's zero padding: not a change to anything signed
            tried += 1
            kinds[kind] += 1
            path = tmp_path / f"case-{tried:03d}.pdf"
            path.write_bytes(mutated)
            try:
                receiver.received.import_file(path)
                problems.append(f"case {tried} ({kind}): imported")
            except ImportRefused as exc:
                assert str(exc).startswith("未导入")
            except Exception as exc:  # noqa: BLE001 - the point of the test
                problems.append(f"case {tried} ({kind}): {type(exc).__name__}: {exc}")
                continue
            check = checks[-1]
            codes[check.exit_code] += 1
            if check.exit_code not in (1, 2) or not check.verdict:
                problems.append(f"case {tried} ({kind}): exit code {check.exit_code}: {check.verdict}")
            path.unlink()
        print(f"\nfuzz: {tried} mutated reports ({dict(sorted(kinds.items()))}); "
              f"exit codes {dict(sorted(codes.items()))}; problems: {len(problems)}")
        assert problems == []
        assert sum(codes.values()) == CASES
        assert receiver.store.received_reports() == []
        assert receiver.store.audit_head() == head
        assert receiver.backups.list() == []  # import takes a backup only when it is about to store
        # control: the same receiver does import the untouched report
        receiver.verify_report = real_verify
        assert not receiver.received.import_file(folder / "报告.pdf").duplicate
        assert len(receiver.store.received_reports()) == 1
    finally:
        receiver.close()

"""Sign and verify a 30-page report: medians against the targets (sign ≤ 1.5× bare pyHanko, verify ≤ 0.2 s).

Run from the project root with the project's virtual environment::

    .venv/bin/python benchmarks/sign_verify.py [--runs 15] [--pages 30]

Measured in one process, after a warm-up signature (pyHanko's import, ≈0.5 s, and the one-time
stamp-font rescaling, a few seconds on first use ever, are reported separately):

* sign: ``sign_pdf(report, out, identity_file, passphrase)``: opening the PKCS#12 file (PBKDF2),
  building the stamp (HarfBuzz shaping, font subsetting), hashing, ECDSA P-256 signature, writing;
* sign, identity already open: the same with a ``LoadedIdentity`` (the GUI asks once per session);
* the floor (issue 15): bare pyHanko signing with the identity file, alternating with ours:
  ``SimpleSigner.load_pkcs12`` of the same file, ``sign_pdf`` into a new visible field of the same
  size with pyHanko's default stamp (no CJK font); the target is ours ≤ 1.5× that;
* verify: ``verify_pdf`` with a trust entry, for one signature and for two signatures in turn
  (the earlier signature needs pyHanko's incremental-update analysis).
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIGN_RATIO_TARGET = 1.5
VERIFY_TARGET = 0.2


def make_report(path: Path, pages: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("BenchWQY", str(ROOT / "resources" / "fonts" / "wqy-microhei.ttf")))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for i in range(pages):
        c.setFont("BenchWQY", 16)
        c.drawString(60, 790, f"托育机构质量评估报告（第 {i + 1} 页，共 {pages} 页）")
        c.setFont("BenchWQY", 9)
        for j in range(40):
            c.drawString(60, 765 - j * 15, f"{i + 1}.{j + 1} 卫生保健、安全管理、保育照护、家园共育：评分 {j % 5}，说明：符合要求。")
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())


def bare_pyhanko_sign(report: Path, out: Path, identity: Path, passphrase: str) -> None:
    """The floor: pyHanko alone signs ``report`` with the identity file, a visible default stamp."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = signers.SimpleSigner.load_pkcs12(str(identity), passphrase=passphrase.encode("utf-8"))
    with report.open("rb") as source, out.open("wb") as target:
        writer = IncrementalPdfFileWriter(source)
        pages = int(writer.root["/Pages"]["/Count"])
        meta = signers.PdfSignatureMetadata(field_name="Signature1", md_algorithm="sha256",
                                            subfilter=fields.SigSeedSubFilter.PADES)
        spec = fields.SigFieldSpec("Signature1", on_page=pages - 1, box=(300, 60, 560, 140))
        signers.sign_pdf(writer, meta, signer=signer, output=target, new_field_spec=spec)


def paired(first, second, runs: int) -> tuple[list[float], list[float]]:
    """``first`` and ``second`` timed alternately, the order swapped every run."""
    a: list[float] = []
    b: list[float] = []
    for run in range(runs):
        for fn, out in ((first, a), (second, b)) if run % 2 else ((second, b), (first, a)):
            t = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t)
    return a, b


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def fmt(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:7.1f} ms  (min {min(samples) * 1000:.1f}, max {max(samples) * 1000:.1f}, n={len(samples)})"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--pages", type=int, default=30)
    args = parser.parse_args(argv)

    cold = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import tuoyu_desktop.signing"],
        capture_output=True, text=True, cwd=ROOT,
    )
    pkg_us = [int(line.split("|")[1]) for line in cold.stderr.splitlines() if line.rstrip().endswith("tuoyu_desktop.signing")]
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import tuoyu_desktop.signing.sign, tuoyu_desktop.signing.verify"], check=True, cwd=ROOT)
    heavy = time.perf_counter() - t

    from tuoyu_desktop import signing
    from tuoyu_desktop.signing.stamp_font import stamp_font_path

    t = time.perf_counter()
    font = stamp_font_path()
    font_s = time.perf_counter() - t

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        report = d / "report.pdf"
        make_report(report, args.pages)
        ident = d / "director.p12"
        signing.create_identity(ident, name="张园长", role="机构负责人", organisation="阳光托育中心", passphrase="bench-passphrase")
        root = d / "root.p12"
        signing.init_authority(root, district="海淀区", passphrase="bench-root-pass")
        root_pem = d / "root.pem"
        signing.export_authority_certificate(root, "bench-root-pass", root_pem)
        insp = d / "inspector.p12"
        signing.issue_identity(root, "bench-root-pass", insp, name="李督导", role="督导员", organisation="海淀区卫健委", passphrase="bench-passphrase")
        director_fp = signing.read_identity(ident, "bench-passphrase").info.fingerprint

        signed = d / "signed.pdf"
        t = time.perf_counter()
        signing.sign_pdf(report, signed, ident, "bench-passphrase")  # warm-up (imports pyHanko)
        first = time.perf_counter() - t

        floor_out = d / "bare.pdf"
        bare_pyhanko_sign(report, floor_out, ident, "bench-passphrase")  # warm-up
        sign_file, bare_sign = paired(lambda: signing.sign_pdf(report, signed, ident, "bench-passphrase"),
                                      lambda: bare_pyhanko_sign(report, floor_out, ident, "bench-passphrase"),
                                      args.runs)
        loaded = signing.read_identity(ident, "bench-passphrase")
        sign_loaded = timed(lambda: signing.sign_pdf(report, signed, loaded), args.runs)
        both = d / "both.pdf"
        signing.sign_pdf(signed, both, insp, "bench-passphrase")

        trust = [director_fp, str(root_pem)]
        r1 = signing.verify_pdf(signed, trust=trust)
        r2 = signing.verify_pdf(both, trust=trust)
        assert r1.exit_code == 0 and r2.exit_code == 0, (r1.lines(), r2.lines())
        verify_one = timed(lambda: signing.verify_pdf(signed, trust=trust), args.runs)
        verify_two = timed(lambda: signing.verify_pdf(both, trust=trust), args.runs)
        verify_none = timed(lambda: signing.verify_pdf(signed), args.runs)
        size_in = report.stat().st_size
        size_out = both.stat().st_size

    sign_med = statistics.median(sign_file)
    bare_med = statistics.median(bare_sign)
    ratio = sign_med / bare_med
    verify_med = max(statistics.median(verify_one), statistics.median(verify_two))
    print(f"report: {args.pages} pages, {size_in / 1024:.0f} KiB → {size_out / 1024:.0f} KiB with two signatures")
    print(f"import tuoyu_desktop.signing (package only):  {sum(pkg_us) / 1000:.1f} ms")
    print(f"fresh process importing sign + verify (pyHanko): {heavy * 1000:.0f} ms (once per process)")
    print(f"stamp font ready ({font.name}): {font_s * 1000:.0f} ms (derived once, then cached)")
    print(f"first signature in this process (imports):      {first * 1000:.0f} ms")
    print(f"sign (identity file + passphrase):  {fmt(sign_file)}")
    print(f"bare pyHanko (identity file):       {fmt(bare_sign)}  (floor, alternating with the line above)")
    print(f"sign (identity already open):       {fmt(sign_loaded)}")
    print(f"verify, 1 signature, trusted:       {fmt(verify_one)}")
    print(f"verify, 2 signatures, trusted:      {fmt(verify_two)}")
    print(f"verify, 1 signature, no trust:      {fmt(verify_none)}")
    print(f"target sign ≤ {SIGN_RATIO_TARGET}× bare pyHanko: {'OK' if ratio <= SIGN_RATIO_TARGET else 'MISSED'} "
          f"({ratio:.2f}×: {sign_med * 1000:.0f} ms against {bare_med * 1000:.0f} ms)")
    print(f"target verify ≤ {VERIFY_TARGET * 1000:.0f} ms: {'OK' if verify_med <= VERIFY_TARGET else 'MISSED'} ({verify_med * 1000:.0f} ms, worst of the two)")
    return 0 if ratio <= SIGN_RATIO_TARGET and verify_med <= VERIFY_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())

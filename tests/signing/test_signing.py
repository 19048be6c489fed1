"""Signing core: identities, district root, PAdES signing, verification and its exit codes.

Everything is made at test time (reportlab PDFs, fresh identities) in temporary folders.
"""

from __future__ import annotations

import io
import json
import logging
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from support import ROOT

from tuoyu_desktop import signing
from tuoyu_desktop.signing import (
    AuthorityError,
    IdentityError,
    IdentityExists,
    SignError,
    WeakPassphrase,
    WrongPassphrase,
)

FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttf"

PW_ZHANG = "张三的口令-2024"
PW_LI = "lisi-passphrase"
PW_WANG = "wangwu-passphrase"
PW_ROOT = "haidian-root-pass"


# --------------------------------------------------------------------------- fixtures


def make_report(path: Path, pages: int = 3, *, attachment: bytes | None = None) -> Path:
    """A small report with Chinese text (reportlab), optionally with an embedded assessment.json."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "TestWQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("TestWQY", str(FONT)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for i in range(pages):
        c.setFont("TestWQY", 16)
        c.drawString(72, 780, f"托育机构质量评估报告（第 {i + 1} 页）")
        c.setFont("TestWQY", 10)
        for j in range(25):
            c.drawString(72, 750 - j * 16, f"评估项目 {j + 1}：卫生保健、安全管理、保育照护，得分 {j % 5}")
        c.showPage()
    c.save()
    data = buf.getvalue()
    if attachment is not None:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        writer.add_attachment("assessment.json", attachment)
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Identities, a district root, a report, and signed copies shared by the module's tests."""
    d = tmp_path_factory.mktemp("signing")
    w = {"dir": d}
    w["zhang"] = d / "zhang.p12"
    w["zhang_info"] = signing.create_identity(
        w["zhang"], name="张三", role="园长", organisation="阳光托育中心", passphrase=PW_ZHANG
    )
    w["wang"] = d / "wang.p12"
    w["wang_info"] = signing.create_identity(
        w["wang"], name="王五", role="机构代表", organisation="彩虹托育园", passphrase=PW_WANG, key="rsa"
    )
    w["root"] = d / "haidian-root.p12"
    w["root_info"] = signing.init_authority(w["root"], district="海淀区", passphrase=PW_ROOT)
    w["root_pem"] = d / "haidian-root.pem"
    signing.export_authority_certificate(w["root"], PW_ROOT, w["root_pem"])
    w["other_root"] = d / "chaoyang-root.p12"
    signing.init_authority(w["other_root"], district="朝阳区", passphrase=PW_ROOT)
    w["other_root_pem"] = d / "chaoyang-root.pem"
    signing.export_authority_certificate(w["other_root"], PW_ROOT, w["other_root_pem"])
    w["li"] = d / "li.p12"
    w["li_info"] = signing.issue_identity(
        w["root"], PW_ROOT, w["li"], name="李四", role="督导员", organisation="海淀区卫生健康委员会", passphrase=PW_LI
    )
    w["report"] = make_report(d / "report.pdf", attachment=b'{"schema_version": "1.0", "score": 87}')
    w["signed_zhang"] = d / "signed-zhang.pdf"
    w["outcome_zhang"] = signing.sign_pdf(
        w["report"], w["signed_zhang"], w["zhang"], PW_ZHANG, stamp_lines=["结论：同意上报（100%）"]
    )
    w["signed_li"] = d / "signed-li.pdf"
    signing.sign_pdf(w["report"], w["signed_li"], w["li"], PW_LI)
    w["signed_both"] = d / "signed-both.pdf"
    signing.sign_pdf(w["signed_zhang"], w["signed_both"], w["li"], PW_LI)
    return w


def copy(world, name: str, target: Path) -> Path:
    shutil.copy(world[name], target)
    return target


# --------------------------------------------------------------------------- import cost


def test_package_import_loads_neither_pyhanko_nor_qt():
    code = (
        "import sys, tuoyu_desktop.signing as s; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('pyhanko', 'PySide6', 'cryptography', 'reportlab')]; "
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_identity_module_does_not_import_pyhanko():
    code = "import sys, tuoyu_desktop.signing.identity, tuoyu_desktop.signing.authority; print([m for m in sys.modules if m.startswith('pyhanko')])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


# --------------------------------------------------------------------------- identities


def test_create_identity_file_and_certificate(world):
    info = world["zhang_info"]
    path = world["zhang"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert (info.name, info.role, info.organisation) == ("张三", "园长", "阳光托育中心")
    assert info.self_signed and not info.is_authority
    assert info.key_type == "ECDSA P-256"
    assert len(info.fingerprint_hex) == 64 and info.fingerprint_hex == info.fingerprint_hex.lower()
    assert info.fingerprint == ":".join(info.fingerprint_hex[i : i + 2] for i in range(0, 64, 2)).upper()
    assert (info.not_after - info.not_before).days >= 365 * 10 - 1
    assert "张三" in info.registration_text() and info.fingerprint_groups[:4] in info.registration_text()

    from cryptography import x509

    loaded = signing.read_identity(path, PW_ZHANG)
    cert = loaded.certificate
    ku = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert ku.critical and ku.value.digital_signature and ku.value.content_commitment
    assert not ku.value.key_cert_sign
    assert signing.certificate_fingerprint(cert) == info.fingerprint


def test_pkcs12_is_strongly_encrypted(world):
    from asn1crypto import pkcs12

    pfx = pkcs12.Pfx.load(world["zhang"].read_bytes())
    assert pfx["mac_data"]["iterations"].native >= 200_000
    assert pfx["mac_data"]["mac"]["digest_algorithm"]["algorithm"].native == "sha256"
    safe = pkcs12.AuthenticatedSafe.load(pfx["auth_safe"]["content"].native)
    algos = set()
    for content_info in safe:
        if content_info["content_type"].native == "encrypted_data":
            algos.add(content_info["content"]["encrypted_content_info"]["content_encryption_algorithm"]["algorithm"].native)
        else:
            for bag in pkcs12.SafeContents.load(content_info["content"].native):
                if bag["bag_id"].native == "pkcs8_shrouded_key_bag":
                    algos.add(bag["bag_value"]["encryption_algorithm"]["algorithm"].native)
    assert algos == {"pbes2"}


def test_rsa_identity(world):
    assert world["wang_info"].key_type == "RSA-3072"


def test_wrong_passphrase_is_clear_and_retry_works(world):
    with pytest.raises(WrongPassphrase) as exc:
        signing.read_identity(world["zhang"], "not the passphrase")
    assert "口令不正确" in str(exc.value)
    assert isinstance(exc.value, IdentityError)
    assert signing.read_identity(world["zhang"], PW_ZHANG).info.name == "张三"


def test_not_a_pkcs12_file(tmp_path):
    junk = tmp_path / "junk.p12"
    junk.write_bytes(b"this is not a key file at all")
    with pytest.raises(IdentityError) as exc:
        signing.read_identity(junk, "whatever-pass")
    assert not isinstance(exc.value, WrongPassphrase)
    assert "PKCS#12" in str(exc.value)
    pdf = make_report(tmp_path / "r.pdf", pages=1)
    with pytest.raises(IdentityError):
        signing.read_identity(pdf, "whatever-pass")
    with pytest.raises(IdentityError, match="找不到"):
        signing.read_identity(tmp_path / "missing.p12", "whatever-pass")
    (tmp_path / "empty.p12").write_bytes(b"")
    with pytest.raises(IdentityError, match="空"):
        signing.read_identity(tmp_path / "empty.p12", "whatever-pass")


def test_never_overwrites_and_rejects_short_passphrase(world, tmp_path):
    before = world["zhang"].read_bytes()
    with pytest.raises(IdentityExists):
        signing.create_identity(world["zhang"], name="x", role="y", organisation="z", passphrase="long enough")
    assert world["zhang"].read_bytes() == before
    with pytest.raises(WeakPassphrase):
        signing.create_identity(tmp_path / "a.p12", name="x", role="y", organisation="z", passphrase="short")
    assert not (tmp_path / "a.p12").exists()
    with pytest.raises(IdentityError, match="姓名"):
        signing.create_identity(tmp_path / "b.p12", name="  ", role="y", organisation="z", passphrase="long enough")


def test_export_certificate_and_change_passphrase(world, tmp_path):
    pem = tmp_path / "zhang.pem"
    info = signing.export_certificate(world["zhang"], pem, passphrase=PW_ZHANG)
    assert pem.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    assert b"PRIVATE KEY" not in pem.read_bytes()
    assert signing.certificate_fingerprint(pem.read_bytes()) == info.fingerprint
    with pytest.raises(IdentityExists):
        signing.export_certificate(world["zhang"], pem, passphrase=PW_ZHANG)
    with pytest.raises(WrongPassphrase):
        signing.export_certificate(world["zhang"], tmp_path / "x.pem", passphrase="nope-nope")

    moved = tmp_path / "zhang-copy.p12"
    shutil.copy(world["zhang"], moved)
    signing.change_passphrase(moved, PW_ZHANG, "a brand new passphrase")
    with pytest.raises(WrongPassphrase):
        signing.read_identity(moved, PW_ZHANG)
    assert signing.read_identity(moved, "a brand new passphrase").info.fingerprint == info.fingerprint


def _foreign_pkcs12(tmp_path: Path, *, digital_signature: bool, password: bytes) -> Path:
    """A PKCS#12 as another tool would write it (cryptography defaults, 2,048-iteration MAC)."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "赵六"), x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "保育员")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(
            x509.KeyUsage(digital_signature, digital_signature, not digital_signature, False, False, False, False, False, False),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    path = tmp_path / f"foreign-{digital_signature}.pfx"
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(b"zhao", key, cert, None, serialization.BestAvailableEncryption(password))
    )
    return path


def test_import_identity(tmp_path):
    src = _foreign_pkcs12(tmp_path, digital_signature=True, password=b"foreign-pass")
    dst = tmp_path / "imported.p12"
    with pytest.raises(WrongPassphrase):
        signing.import_identity(src, dst, "bad-pass-word")
    info = signing.import_identity(src, dst, "foreign-pass", new_passphrase="my new passphrase")
    assert info.name == "赵六" and info.role == "保育员"
    assert stat.S_IMODE(dst.stat().st_mode) == 0o600
    assert signing.read_identity(dst, "my new passphrase").info.fingerprint == info.fingerprint

    unfit = _foreign_pkcs12(tmp_path, digital_signature=False, password=b"foreign-pass")
    with pytest.raises(IdentityError, match="数字签名"):
        signing.import_identity(unfit, tmp_path / "unfit.p12", "foreign-pass")
    assert not (tmp_path / "unfit.p12").exists()


# --------------------------------------------------------------------------- district root


def test_district_root_and_issued_identity(world):
    root = signing.read_authority(world["root"], PW_ROOT)
    from cryptography import x509

    bc = root.certificate.extensions.get_extension_for_class(x509.BasicConstraints)
    ku = root.certificate.extensions.get_extension_for_class(x509.KeyUsage)
    assert bc.value.ca and bc.critical and ku.value.key_cert_sign
    assert world["root_info"].is_authority and world["root_info"].organisation == "海淀区"

    li = signing.read_identity(world["li"], PW_LI)
    assert not world["li_info"].self_signed
    assert world["li_info"].issuer == world["root_info"].name
    assert [signing.certificate_fingerprint(c) for c in li.chain] == [world["root_info"].fingerprint]
    li.certificate.verify_directly_issued_by(root.certificate)


def test_authority_errors(world, tmp_path):
    with pytest.raises(AuthorityError):
        signing.read_authority(world["zhang"], PW_ZHANG)
    with pytest.raises(WrongPassphrase):
        signing.issue_identity(
            world["root"], "wrong root pass", tmp_path / "x.p12", name="x", role="y", organisation="z", passphrase="long enough"
        )
    assert not (tmp_path / "x.p12").exists()
    with pytest.raises(SignError, match="根证书"):
        signing.sign_pdf(world["report"], tmp_path / "o.pdf", world["root"], PW_ROOT)


# --------------------------------------------------------------------------- signing and verifying


def test_self_signed_without_trust_is_intact_but_never_passes(world):
    """No trust given at all: the identity is not judged, and that is never a pass (exit 3)."""
    r = signing.verify_pdf(world["signed_zhang"])
    assert r.exit_code == 3, r.lines()
    assert not r.trust_judged
    (sig,) = r.signatures
    assert sig.intact and sig.valid and sig.covers_entire_file and sig.trusted is None
    assert sig.signer_name == "张三" and sig.signer_role == "园长" and sig.signer_organisation == "阳光托育中心"
    assert sig.fingerprint == world["zhang_info"].fingerprint
    assert sig.modification_level == "NONE" and sig.signing_time is not None
    assert "未核验身份" in r.lines()[0]
    assert len(r.lines()) == 2 and r.lines()[-1] == r.verdict and "信任列表是空的" in r.verdict
    json.loads(r.to_json())


def test_self_signed_untrusted_exit_3(world):
    r = signing.verify_pdf(world["signed_zhang"], trust=[str(world["root_pem"])])
    assert r.exit_code == 3, r.lines()
    assert r.signatures[0].trusted is False
    assert "不在信任列表" in r.verdict and "张三" in r.verdict


@pytest.mark.parametrize("form", ["display", "plain", "lower-colons", "pem-file"])
def test_pinned_by_fingerprint(world, tmp_path, form):
    info = world["zhang_info"]
    if form == "display":
        entry = info.fingerprint
    elif form == "plain":
        entry = info.fingerprint_hex.upper()
    elif form == "lower-colons":
        entry = info.fingerprint.lower()
    else:
        entry = str(tmp_path / "zhang.pem")
        signing.export_certificate(world["zhang"], entry, passphrase=PW_ZHANG)
    r = signing.verify_pdf(world["signed_zhang"], trust=[entry])
    assert r.exit_code == 0, r.lines()
    assert r.signatures[0].trusted is True and r.trust_judged


def test_district_issued_trusted_by_root_alone(world):
    r = signing.verify_pdf(world["signed_li"], trust=[str(world["root_pem"])])
    assert r.exit_code == 0, r.lines()
    assert r.signatures[0].trusted and "签发" in r.signatures[0].trust_note
    # the root's fingerprint works as well as its certificate file
    r = signing.verify_pdf(world["signed_li"], trust=[world["root_info"].fingerprint])
    assert r.exit_code == 0, r.lines()
    # and the root certificate as bytes
    r = signing.verify_pdf(world["signed_li"], trust=[world["root_pem"].read_bytes()])
    assert r.exit_code == 0, r.lines()


def test_district_issued_against_wrong_root(world):
    r = signing.verify_pdf(world["signed_li"], trust=[str(world["other_root_pem"])])
    assert r.exit_code == 3, r.lines()
    assert r.signatures[0].intact and r.signatures[0].trusted is False


def test_two_signers_in_turn(world):
    r = signing.verify_pdf(world["signed_both"], trust=[world["zhang_info"].fingerprint, str(world["root_pem"])])
    assert r.exit_code == 0, r.lines()
    first, second = r.signatures
    assert (first.signer_name, second.signer_name) == ("张三", "李四")
    assert first.intact and first.valid and not first.covers_entire_file
    assert first.modification_level in ("FORM_FILLING", "LTA_UPDATES")
    assert second.covers_entire_file
    assert first.field != second.field
    assert len(r.lines()) == 3
    # trusting only one of them → 3
    r = signing.verify_pdf(world["signed_both"], trust=[str(world["root_pem"])])
    assert r.exit_code == 3 and "张三" in r.verdict and "李四" not in r.verdict


def test_rsa_signer_and_handwritten_image(world, tmp_path):
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (240, 100), (255, 255, 255, 0))
    ImageDraw.Draw(img).line([(10, 80), (60, 20), (120, 70), (200, 15)], fill=(0, 0, 120, 255), width=6)
    png = io.BytesIO()
    img.save(png, format="PNG")
    out = tmp_path / "rsa.pdf"
    outcome = signing.sign_pdf(world["report"], out, world["wang"], PW_WANG, signature_image=png.getvalue())
    assert outcome.page == len(PdfReader(str(world["report"])).pages) - 1  # the last page, where it belongs
    r = signing.verify_pdf(out, trust=[world["wang_info"].fingerprint_hex])
    assert r.exit_code == 0, r.lines()
    elsewhere = tmp_path / "page1.pdf"
    signing.sign_pdf(world["report"], elsewhere, world["wang"], PW_WANG, page=0)
    r = signing.verify_pdf(elsewhere, trust=[world["wang_info"].fingerprint_hex])
    assert r.exit_code == 1 and "签名只应在最后一页" in r.verdict
    with pytest.raises(SignError, match="图片"):
        signing.sign_pdf(world["report"], tmp_path / "bad.pdf", world["wang"], PW_WANG, signature_image=b"not a png")


def test_forgotten_passphrase_new_identity_old_reports_still_verify(world, tmp_path):
    new = tmp_path / "zhang-new.p12"
    new_info = signing.create_identity(new, name="张三", role="园长", organisation="阳光托育中心", passphrase="fresh passphrase")
    assert new_info.fingerprint != world["zhang_info"].fingerprint
    old_report = signing.verify_pdf(world["signed_zhang"], trust=[world["zhang_info"].fingerprint, new_info.fingerprint])
    assert old_report.exit_code == 0
    out = tmp_path / "new.pdf"
    signing.sign_pdf(world["report"], out, new, "fresh passphrase")
    assert signing.verify_pdf(out, trust=[new_info.fingerprint]).exit_code == 0
    assert signing.verify_pdf(out, trust=[world["zhang_info"].fingerprint]).exit_code == 3


# --------------------------------------------------------------------------- the visible stamp


def test_visible_stamp_shows_signer(world):
    from pypdf import PdfReader

    reader = PdfReader(str(world["signed_both"]))
    last = reader.pages[-1]
    widgets = [a.get_object() for a in last.get("/Annots", []) if a.get_object().get("/Subtype") == "/Widget"]
    assert len(widgets) == 2
    rects = [tuple(float(v) for v in w["/Rect"]) for w in widgets]
    for x1, y1, x2, y2 in rects:
        assert x2 - x1 > 100 and y2 - y1 > 50
    assert rects[0] != rects[1]
    for w in widgets:
        assert "/AP" in w and "/N" in w["/AP"]
        # the appearance embeds a subset of the Chinese stamp font with a ToUnicode map
        fonts = w["/AP"]["/N"]["/Resources"]["/Font"]
        font = next(iter(fonts.values())).get_object()
        assert font["/Subtype"] == "/Type0" and "/ToUnicode" in font
        assert "/FontFile2" in font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
    assert world["outcome_zhang"].missing_characters == []
    assert "100%" in world["outcome_zhang"].stamp_text


def test_stamp_text_with_poppler(world):
    # poppler-utils is installed by installer/venv.sh (ensure_qt_libs)
    out = subprocess.run(["pdftotext", "-l", "99", str(world["signed_both"]), "-"], capture_output=True, text=True, check=True)
    assert "数字签名：张三" in out.stdout and "数字签名：李四" in out.stdout
    assert "园长 · 阳光托育中心" in out.stdout and "督导员 · 海淀区卫生健康委员会" in out.stdout
    assert world["zhang_info"].fingerprint_groups[:19] in out.stdout
    assert "结论：同意上报（100%）" in out.stdout


def test_existing_empty_field_is_filled(world, tmp_path):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    prepared = tmp_path / "with-field.pdf"
    with open(world["report"], "rb") as fh:
        w = IncrementalPdfFileWriter(fh)
        fields.append_signature_field(w, fields.SigFieldSpec("DirectorSignature", on_page=1, box=(300, 600, 560, 700)))
        out = io.BytesIO()
        w.write(out)
    prepared.write_bytes(out.getvalue())
    signed = tmp_path / "filled.pdf"
    outcome = signing.sign_pdf(prepared, signed, world["zhang"], PW_ZHANG, field_name="DirectorSignature")
    assert outcome.box == (300.0, 600.0, 560.0, 700.0) and outcome.page == 1
    r = signing.verify_pdf(signed, trust=[world["zhang_info"].fingerprint_hex])
    assert r.exit_code == 0 and r.signatures[0].field == "DirectorSignature"
    with pytest.raises(SignError, match="已经有签名"):
        signing.sign_pdf(signed, tmp_path / "again.pdf", world["li"], PW_LI, field_name="DirectorSignature")


def test_sign_bad_sources(world, tmp_path):
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"hello, not a pdf")
    with pytest.raises(SignError, match="不是 PDF"):
        signing.sign_pdf(junk, tmp_path / "o.pdf", world["zhang"], PW_ZHANG)
    with pytest.raises(SignError, match="找不到"):
        signing.sign_pdf(tmp_path / "missing.pdf", tmp_path / "o.pdf", world["zhang"], PW_ZHANG)
    with pytest.raises(SignError, match="加密"):
        signing.sign_pdf(encrypt(world["report"], tmp_path / "enc.pdf"), tmp_path / "o.pdf", world["zhang"], PW_ZHANG)
    with pytest.raises(WrongPassphrase):
        signing.sign_pdf(world["report"], tmp_path / "o.pdf", world["zhang"], "wrong passphrase")
    with pytest.raises(SignError, match="页码"):
        signing.sign_pdf(world["report"], tmp_path / "o.pdf", world["zhang"], PW_ZHANG, page=40)
    assert not (tmp_path / "o.pdf").exists()


# --------------------------------------------------------------------------- tampering and bad input


def encrypt(src: Path, target: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(src)))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    with open(target, "wb") as fh:
        writer.write(fh)
    return target


def _flip(data: bytes, pos: int) -> bytes:
    b = bytearray(data)
    b[pos] ^= 0x01
    return bytes(b)


def test_byte_flipped_in_page_content(world, tmp_path):
    data = world["signed_zhang"].read_bytes()
    pos = data.index(b"stream\n") + 40  # inside the first content stream
    bad = tmp_path / "flipped.pdf"
    bad.write_bytes(_flip(data, pos))
    r = signing.verify_pdf(bad, trust=[world["zhang_info"].fingerprint])
    assert r.exit_code == 1, r.lines()
    assert r.signatures[0].intact is False
    assert "改动" in r.verdict


def _outside_signature_values(data: bytes, position: int) -> int:
    """Move ``position`` out of any /Contents hole: signatures sign everything but their own value,
    whose zero padding a flip may leave meaningless."""
    import re

    for match in re.finditer(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", data):
        start, length, resume, _ = (int(g) for g in match.groups())
        if start + length <= position < resume:
            return start + length - 2
    return position


@pytest.mark.parametrize("fraction", [0.1, 0.25, 0.5, 0.75, 0.9, 0.97])
def test_byte_flipped_anywhere_in_signed_file(world, tmp_path, fraction):
    data = world["signed_both"].read_bytes()
    bad = tmp_path / "flipped.pdf"
    bad.write_bytes(_flip(data, _outside_signature_values(data, int(len(data) * fraction))))
    r = signing.verify_pdf(bad)
    assert r.exit_code == 1, r.lines()


def test_bytes_appended_after_eof(world, tmp_path):
    bad = copy(world, "signed_both", tmp_path / "appended.pdf")
    with open(bad, "ab") as fh:
        fh.write(b"\n% harmless looking comment\n")
    r = signing.verify_pdf(bad, trust=[world["zhang_info"].fingerprint, str(world["root_pem"])])
    assert r.exit_code == 1, r.lines()
    assert not r.signatures[-1].covers_entire_file
    assert "追加" in r.verdict


def test_extra_incremental_update_with_annotation(world, tmp_path):
    from pypdf import PdfWriter
    from pypdf.annotations import FreeText

    bad = tmp_path / "annotated.pdf"
    writer = PdfWriter(str(world["signed_zhang"]), incremental=True)
    writer.add_annotation(0, FreeText(text="得分改为 100", rect=(50, 50, 250, 100)))
    with open(bad, "wb") as fh:
        writer.write(fh)
    assert bad.read_bytes().startswith(world["signed_zhang"].read_bytes())
    r = signing.verify_pdf(bad, trust=[world["zhang_info"].fingerprint])
    assert r.exit_code == 1, r.lines()
    assert r.signatures[0].intact  # the signed bytes are untouched…
    assert not r.signatures[0].covers_entire_file  # …but something came after
    assert "修改" in r.verdict


def test_extra_empty_incremental_update(world, tmp_path):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    bad = tmp_path / "updated.pdf"
    buf = io.BytesIO(world["signed_both"].read_bytes())
    w = IncrementalPdfFileWriter(buf)
    w.update_root()
    w.write_in_place()
    bad.write_bytes(buf.getvalue())
    r = signing.verify_pdf(bad)
    assert r.exit_code == 1, r.lines()


def test_update_between_two_signatures_is_detected(world, tmp_path):
    """An annotation slipped in after the first signer, then a second signature on top."""
    from pypdf import PdfWriter
    from pypdf.annotations import FreeText

    mid = tmp_path / "mid.pdf"
    writer = PdfWriter(str(world["signed_zhang"]), incremental=True)
    writer.add_annotation(0, FreeText(text="改过", rect=(50, 50, 250, 100)))
    with open(mid, "wb") as fh:
        writer.write(fh)
    final = tmp_path / "final.pdf"
    signing.sign_pdf(mid, final, world["li"], PW_LI)
    r = signing.verify_pdf(final)
    assert r.exit_code == 1, r.lines()
    assert r.signatures[0].problems and not r.signatures[1].problems


@pytest.mark.parametrize("keep", [0.5, 0.98])
def test_truncated(world, tmp_path, keep):
    data = world["signed_both"].read_bytes()
    bad = tmp_path / "truncated.pdf"
    bad.write_bytes(data[: int(len(data) * keep)])
    r = signing.verify_pdf(bad)
    assert r.exit_code == 2, r.lines()
    assert "不完整" in r.verdict


def test_truncated_to_an_earlier_revision_is_what_the_first_signer_signed(world, tmp_path):
    """Cutting the second signature off at its revision boundary leaves exactly signer 1's file."""
    first = world["signed_zhang"].read_bytes()
    both = world["signed_both"].read_bytes()
    assert both.startswith(first)
    (tmp_path / "cut.pdf").write_bytes(both[: len(first)])
    r = signing.verify_pdf(tmp_path / "cut.pdf", trust=[world["zhang_info"].fingerprint_hex])
    assert r.exit_code == 0 and len(r.signatures) == 1


def test_unreadable_inputs(world, tmp_path):
    (tmp_path / "empty.pdf").write_bytes(b"")
    r = signing.verify_pdf(tmp_path / "empty.pdf")
    assert r.exit_code == 2 and "空" in r.verdict

    (tmp_path / "note.pdf").write_text("这不是PDF，只是一段文字。", encoding="utf-8")
    r = signing.verify_pdf(tmp_path / "note.pdf")
    assert r.exit_code == 2 and "不是 PDF" in r.verdict

    r = signing.verify_pdf(tmp_path / "missing.pdf")
    assert r.exit_code == 2 and "找不到" in r.verdict

    r = signing.verify_pdf(tmp_path)
    assert r.exit_code == 2

    r = signing.verify_pdf(encrypt(world["signed_zhang"], tmp_path / "enc.pdf"))
    assert r.exit_code == 2 and "加密" in r.verdict

    r = signing.verify_pdf(world["signed_zhang"], max_bytes=1000)
    assert r.exit_code == 2 and "过大" in r.verdict

    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7\n" + os.urandom(5000) + b"\n%%EOF\n")
    r = signing.verify_pdf(garbage)
    assert r.exit_code == 2, r.lines()
    for result in (r,):
        assert result.signatures == [] and result.lines() == [result.verdict]


def test_pdf_without_signature_exits_1(world):
    r = signing.verify_pdf(world["report"])
    assert r.exit_code == 1
    assert r.verdict == "验证失败：文件没有数字签名。"


def test_bad_trust_entry(world, tmp_path):
    r = signing.verify_pdf(world["signed_zhang"], trust=["no-such-file-or-fingerprint"])
    assert r.exit_code == 2 and "--trust" in r.verdict
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate")
    r = signing.verify_pdf(world["signed_zhang"], trust=[str(junk)])
    assert r.exit_code == 2 and "不是证书" in r.verdict
    with pytest.raises(signing.TrustError):
        signing.load_trust(["ABCD"])


def test_verify_is_quiet(world, caplog):
    with caplog.at_level(logging.DEBUG):
        r = signing.verify_pdf(world["signed_zhang"], trust=[str(world["root_pem"])])
    assert r.exit_code == 3
    assert not [rec for rec in caplog.records if rec.name.startswith("pyhanko") and rec.levelno >= logging.WARNING]


def test_signing_is_quiet(world, tmp_path, caplog):
    with caplog.at_level(logging.DEBUG):
        signing.sign_pdf(world["report"], tmp_path / "quiet.pdf", world["zhang"], PW_ZHANG)
    assert not [rec for rec in caplog.records if rec.name.startswith(("fontTools", "pyhanko")) and rec.levelno < logging.WARNING]


def test_pdfsig_accepts_signatures(world):
    out = subprocess.run(["pdfsig", str(world["signed_both"])], capture_output=True, text=True)
    assert out.stdout.count("Signature is Valid.") == 2, out.stdout
    assert "ETSI.CAdES.detached" in out.stdout
    assert "Total document signed" in out.stdout


# --------------------------------------------------------------------------- embedded files


def test_embedded_assessment_json_survives_signing(world):
    data = signing.read_embedded_file(world["signed_both"], "assessment.json")
    assert json.loads(data) == {"schema_version": "1.0", "score": 87}
    assert signing.read_embedded_file(world["signed_both"], "other.json") is None
    assert "assessment.json" in signing.embedded_files(world["signed_both"])


def test_embedded_files_of_non_pdf(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"nope")
    with pytest.raises(signing.SigningError):
        signing.read_embedded_file(tmp_path / "x.pdf", "assessment.json")


def test_registration_slip_is_one_page_with_the_fingerprint_as_text_and_qr(world, tmp_path, capsys):
    from pypdf import PdfReader

    from tuoyu_desktop.cli import main

    passphrase_file = tmp_path / "pass.txt"
    passphrase_file.write_text(PW_ZHANG + "\n", encoding="utf-8")
    slip = tmp_path / "登记单.pdf"
    code = main(["--data-dir", str(tmp_path / "data"), "identity", "slip", str(world["zhang"]), "-o", str(slip),
                 "--passphrase-file", str(passphrase_file)])
    assert code == 0, capsys.readouterr().err
    pages = PdfReader(str(slip)).pages
    assert len(pages) == 1
    text = "".join(pages[0].extract_text().split())
    info = world["zhang_info"]
    assert info.name in text and info.organisation in text and "数字签名证书登记单" in text
    assert info.fingerprint_hex.upper() in text.upper()  # the groups, spaces removed
    assert "本人签名" in text and "登记单位（盖章）" in text
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not-the-passphrase\n", encoding="utf-8")
    code = main(["--data-dir", str(tmp_path / "data"), "identity", "slip", str(world["zhang"]), "-o",
                 str(tmp_path / "other.pdf"), "--passphrase-file", str(wrong)])
    assert code == 1 and "口令" in capsys.readouterr().err and not (tmp_path / "other.pdf").exists()

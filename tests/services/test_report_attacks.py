"""Attacks on signed reports, built here from genuine ones: each is refused with its reason, and a
district that imports it stores nothing. Also the genuine variants that must keep passing.

Each change is tried twice where that matters: after the last signature (the file no longer ends
where the signature does), and slipped in between two signatures, then signed over by a genuine
second signer who did not notice (only the check of what was added after the first signature can
catch that one).
"""

from __future__ import annotations

import io
import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, TextStringObject
from support.signing_helpers import sign_in_place

from tuoyu_desktop import exchange, signing
from tuoyu_desktop.services import DeclaredSigner, ImportRefused, Signer, Workspace, demo_profile

PASS = "correct horse battery"
DECLARED = [DeclaredSigner("机构负责人", "李红梅"), DeclaredSigner("家长代表", "王玥")]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A facility's genuine report, signed by its director only and by both declared signers,
    the identities, and a stranger who calls herself 李红梅."""
    folder = tmp_path_factory.mktemp("attacks")
    people = {}
    for key, name, role in (("director", "李红梅", "机构负责人"), ("parent", "王玥", "家长代表"),
                            ("stranger", "李红梅", "机构负责人")):
        people[key] = folder / f"{key}.p12"
        signing.create_identity(people[key], name=name, role=role, organisation="阳光宝贝托育中心", passphrase=PASS)
    facility = Workspace.open(folder / "facility")
    facility.facilities.save_own(demo_profile())
    assessment_id = facility.assessments.create_demo()
    facility.assessments.finalise(assessment_id)
    half = facility.reports.export_pdf(assessment_id, folder / "half.pdf", signers=[Signer(people["director"], PASS)],
                                       declared=DECLARED)
    full = folder / "full.pdf"
    full.write_bytes(half.read_bytes())
    facility.reports.sign(full, Signer(people["parent"], PASS))
    yield {"folder": folder, "people": people, "facility": facility, "assessment_id": assessment_id,
           "half": half.read_bytes(), "full": full.read_bytes()}
    facility.close()


@pytest.fixture
def district(world, tmp_path):
    """A district that registered the director's and the parent's certificates."""
    workspace = Workspace.open(tmp_path / "district")
    for key in ("director", "parent"):
        workspace.trust.add(signing.read_identity(world["people"][key], PASS).certificate_pem())
    yield workspace
    workspace.close()


def write(tmp_path: Path, data: bytes, name: str = "report.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def refused(district, path: Path, *reasons: str) -> str:
    """Verify gives exit 1 naming one of ``reasons``; import refuses and stores nothing."""
    check = district.trust.verify(path)
    text = "\n".join(check.lines())
    assert check.exit_code == 1, text
    assert any(reason in text for reason in reasons), text
    with pytest.raises(ImportRefused) as caught:
        district.received.import_file(path, accept_untrusted=True)
    assert district.received.list() == []
    in_english(check.lines(), check.verdict, caught.value)
    return text


DATA = re.compile("|".join(map(re.escape, sorted({"李红梅", "王玥", "机构负责人", "家长代表", "阳光宝贝托育中心", "国家授时中心时间戳服务",
                                                    demo_profile().name}, key=len, reverse=True))))


def in_english(*shown) -> None:
    """What the verify window and the import show in English mode: no Chinese but names (data)."""
    from tuoyu_desktop.messages import EN, render

    for value in shown:
        for item in value if isinstance(value, list) else [value]:
            english = render(item, EN)
            assert not re.search(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]", DATA.sub("", english)), english


# -- incremental changes ---------------------------------------------------------------------------
def _incremental(path: Path, change) -> None:
    writer = PdfWriter(str(path), incremental=True)
    change(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    path.write_bytes(buffer.getvalue())


def annotate(writer: PdfWriter) -> None:
    writer.add_annotation(0, FreeText(text="总评：A 优秀 969 分", rect=(60, 600, 400, 700)))


def paint_over_the_page(writer: PdfWriter) -> None:
    """Redefine page 1's content: a white panel and a grade-A text drawn over the cover."""
    from reportlab.pdfgen import canvas

    page = writer.pages[0]
    overlay = io.BytesIO()
    sheet = canvas.Canvas(overlay, pagesize=(float(page.mediabox.width), float(page.mediabox.height)))
    sheet.setFillColorRGB(1, 1, 1)
    sheet.rect(40, 300, 500, 300, stroke=0, fill=1)
    sheet.setFillColorRGB(0, 0, 0)
    sheet.drawString(60, 500, "Grade A 969")
    sheet.save()
    page.merge_page(PdfReader(io.BytesIO(overlay.getvalue())).pages[0])


def replace_embedded_data(writer: PdfWriter) -> None:
    """Swap the embedded assessment.json for one whose grade says A."""
    names = writer.root_object["/Names"]["/EmbeddedFiles"]["/Names"]
    for index in range(0, len(names), 2):
        if str(names[index]) == exchange.ATTACHMENT_NAME:
            stream = names[index + 1].get_object()["/EF"]["/F"].get_object()
            payload = json.loads(stream.get_data())
            payload["scores"]["grade"] = "A"
            stream.set_data(json.dumps(payload, ensure_ascii=False).encode("utf-8"))
            return
    raise AssertionError("no embedded data to replace")


def add_text_field(writer: PdfWriter) -> None:
    """A shadow attack's tool: a form field whose value is drawn over the grade."""
    field = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject("grade"),
        NameObject("/V"): TextStringObject("A"),
        NameObject("/Rect"): ArrayObject([NumberObject(60), NumberObject(600), NumberObject(300), NumberObject(640)]),
    })
    ref = writer._add_object(field)
    page = writer.pages[0]
    annotations = page.get("/Annots")
    if annotations is None:
        page[NameObject("/Annots")] = ArrayObject([ref])
    else:
        annotations.get_object().append(ref)
    writer.root_object["/AcroForm"]["/Fields"].append(ref)


CHANGES = {
    "overlay annotation": (annotate, ("批注", "修改", "签名后")),
    "redefined page": (paint_over_the_page, ("修改", "签名后", "改动")),
    "replaced embedded file": (replace_embedded_data, ("修改", "签名后", "改动", "内嵌")),
    "form field": (add_text_field, ("表单", "修改", "签名后")),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_change_after_the_last_signature_is_refused(world, district, tmp_path, change):
    apply, reasons = CHANGES[change]
    path = write(tmp_path, world["full"])
    _incremental(path, apply)
    assert path.read_bytes().startswith(world["full"])
    refused(district, path, *reasons)


@pytest.mark.parametrize("change", CHANGES)
def test_a_change_between_signatures_is_refused_though_the_second_signer_signed_over_it(
        world, district, tmp_path, change):
    apply, reasons = CHANGES[change]
    path = write(tmp_path, world["half"])
    _incremental(path, apply)
    sign_in_place(path, world["people"]["parent"], PASS)
    refused(district, path, *reasons)


def test_a_signature_box_outside_the_reserved_places_is_refused(world, district, tmp_path):
    """A registered signer's visible box drawn over the cover (e.g. a white rectangle over the
    red 一票否决 warning) is not a signature in the place the report reserved for it."""
    path = write(tmp_path, world["half"])
    signing.sign_pdf(path, path, world["people"]["parent"], PASS, field_name="Cover", page=0, box=(40, 300, 540, 600))
    refused(district, path, "不是报告预留的签名位置")


def test_a_third_signature_after_all_declared_is_refused(world, district, tmp_path):
    path = write(tmp_path, world["full"])
    signing.sign_pdf(path, path, world["people"]["director"], PASS, field_name="Extra", page=0, box=(40, 300, 540, 600))
    refused(district, path, "不是报告预留的签名位置")


def _self_made_tsa():
    from asn1crypto import keys
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # pyHanko's test TSA is RSA-only
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "国家授时中心时间戳服务")])
    now = datetime.now(timezone.utc)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number())
                   .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=365))
                   .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
                   .sign(key, hashes.SHA256()))
    return (asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER)),
            keys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption())))


def test_a_document_timestamp_from_a_self_made_authority_is_refused(world, district, tmp_path):
    import asn1crypto.tsp  # noqa: F401 - registers the timestamp token's content type …
    from asn1crypto import cms
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers, timestamps

    if cms.ContentType._reverse_map is not None:  # … which a map built earlier in this process misses
        cms.ContentType._reverse_map.setdefault("tst_info", "1.2.840.113549.1.9.16.1.4")
    certificate, key = _self_made_tsa()
    output = io.BytesIO()
    signers.PdfTimeStamper(timestamps.DummyTimeStamper(certificate, key)).timestamp_pdf(
        IncrementalPdfFileWriter(io.BytesIO(world["full"])), "sha256", output=output)
    path = write(tmp_path, output.getvalue())
    refused(district, path, "时间戳")


# -- byte-level forgeries --------------------------------------------------------------------------
def _last(pattern: bytes, data: bytes) -> re.Match:
    matches = list(re.finditer(pattern, data))
    assert matches, pattern
    return matches[-1]


def zero_the_signature(data: bytes) -> bytes:
    """Universal signature forgery: the signature value emptied (all zeros)."""
    match = _last(rb"/Contents\s*<([0-9A-Fa-f]+)>", data)
    return data[:match.start(1)] + b"0" * len(match.group(1)) + data[match.end(1):]


def shift_the_byte_range(data: bytes) -> bytes:
    """Signature wrapping: the signed ranges moved (same length, so offsets elsewhere hold)."""
    match = _last(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    start = match.start(2)
    length = match.group(2)
    shifted = str(int(length) - 10).rjust(len(length)).encode()
    return data[:start] + shifted + data[start + len(length):]


def append_bytes(data: bytes) -> bytes:
    return data + b"\n%%EOF\n% trailing bytes\n"


def rewrite_whole(data: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


FORGERIES = {"zeroed signature": zero_the_signature, "shifted byte range": shift_the_byte_range,
             "appended bytes": append_bytes, "rewritten whole": rewrite_whole}


@pytest.mark.parametrize("forgery", FORGERIES)
def test_a_forged_file_is_refused(world, district, tmp_path, forgery):
    path = write(tmp_path, FORGERIES[forgery](world["full"]))
    check = district.trust.verify(path)
    assert check.exit_code in (1, 2), check.lines()
    assert check.payload is None
    with pytest.raises(ImportRefused):
        district.received.import_file(path, accept_untrusted=True)
    assert district.received.list() == []


def test_cut_back_to_the_first_signature_is_incomplete_and_not_imported(world, district, tmp_path):
    assert world["full"].startswith(world["half"])
    path = write(tmp_path, world["full"][:len(world["half"])])
    check = district.trust.verify(path)
    assert check.exit_code == 4, check.lines()
    assert check.missing == ["王玥（家长代表）"] or "王玥" in "".join(check.missing)
    with pytest.raises(ImportRefused, match="尚缺 1 个签名"):
        district.received.import_file(path)
    assert district.received.list() == []


def test_truncated_in_the_middle_is_damaged(world, district, tmp_path):
    path = write(tmp_path, world["full"][: len(world["full"]) * 2 // 3])
    assert district.trust.verify(path).exit_code == 2
    with pytest.raises(ImportRefused):
        district.received.import_file(path)


# -- who signed ------------------------------------------------------------------------------------
def test_genuine_report_verifies_and_imports_once(world, district, tmp_path):
    path = write(tmp_path, world["full"])
    check = district.trust.verify(path)
    assert check.exit_code == 0, check.lines()
    assert [s.signer_name for s in check.signatures.signatures] == ["李红梅", "王玥"]
    outcome = district.received.import_file(path)
    assert outcome.state == "accepted" and not outcome.duplicate
    assert district.received.import_file(path).duplicate


def test_no_trust_at_all_is_never_a_pass(world, tmp_path):
    nobody = Workspace.open(tmp_path / "nobody")
    try:
        check = nobody.trust.verify(write(tmp_path, world["full"]))
        assert check.exit_code == 3, check.lines()
        assert "验证通过" not in check.verdict
    finally:
        nobody.close()


@pytest.fixture
def impostor_report(world, tmp_path):
    """The same finalised report, signed in the director's reserved place by a stranger's key
    that calls itself 李红梅."""
    facility = world["facility"]
    path = facility.reports.export_pdf(world["assessment_id"], tmp_path / "unsigned.pdf", declared=DECLARED)
    sign_in_place(path, world["people"]["stranger"], PASS)
    sign_in_place(path, world["people"]["parent"], PASS)
    return path


def test_a_stranger_named_like_the_registered_director_is_called_out(district, impostor_report):
    check = district.trust.verify(impostor_report)
    assert check.exit_code == 3, check.lines()
    assert "与已登记的 李红梅 证书不同" in "\n".join(check.lines())
    with pytest.raises(ImportRefused):
        district.received.import_file(impostor_report)
    assert district.received.list() == []


def test_an_untrusted_copy_is_kept_apart_and_never_shadows_the_genuine_one(world, district, impostor_report,
                                                                           tmp_path):
    held = district.received.import_file(impostor_report, accept_untrusted=True)
    assert held.state == "untrusted"
    genuine = district.received.import_file(write(tmp_path, world["full"], "genuine.pdf"))
    assert genuine.state == "accepted" and not genuine.duplicate
    states = sorted(row["state"] for row in district.received.list())
    assert states.count("accepted") == 1
    assert [row["state"] for row in district.received.list(["accepted"])] == ["accepted"]


# -- data that lies --------------------------------------------------------------------------------
def _export_with(world, tmp_path, monkeypatch, change) -> Path:
    """Export and sign, by the genuine director, a report whose embedded data was changed first."""
    facility = world["facility"]
    genuine = facility.assessments.embedded

    def forged(assessment_id, session=None):
        payload = json.loads(genuine(assessment_id, session)[0])
        change(payload)
        return exchange.encode(payload), payload

    monkeypatch.setattr(facility.assessments, "embedded", forged)
    path = facility.reports.export_pdf(world["assessment_id"], tmp_path / "forged.pdf",
                                       signers=[Signer(world["people"]["director"], PASS),
                                                Signer(world["people"]["parent"], PASS)], declared=DECLARED)
    monkeypatch.undo()
    return path


def test_scores_that_the_answers_do_not_give_are_refused(world, district, tmp_path, monkeypatch):
    def inflate(payload):
        payload["scores"]["grade"] = "A"
        payload["scores"]["total"]["earned"] = 969
        payload["scores"]["veto_failed"] = []

    path = _export_with(world, tmp_path, monkeypatch, inflate)
    text = refused(district, path, "内嵌的得分与报告自身的答案不符")
    assert "等级为 A" in text


def test_signed_months_before_the_data_was_finalised_is_refused(world, district, tmp_path, monkeypatch):
    def later(payload):
        when = datetime.fromisoformat(payload["assessment"]["finalised_at"]) + timedelta(days=270)
        payload["assessment"]["finalised_at"] = when.isoformat()

    path = _export_with(world, tmp_path, monkeypatch, later)
    refused(district, path, "早于报告定稿时间")


def test_same_report_id_with_other_content_is_a_conflict(world, district, tmp_path, monkeypatch):
    def comment(payload):
        first = next(iter(payload["answers"]))
        payload["answers"][first]["comment"] = "另一份副本"

    other = _export_with(world, tmp_path, monkeypatch, comment)
    genuine = district.received.import_file(write(tmp_path, world["full"], "genuine.pdf"))
    assert genuine.state == "accepted"
    second = district.received.import_file(other)
    assert second.state == "conflict" and "冲突" in second.message
    assert len(district.received.list(["accepted"])) <= 1
    assert {row["state"] for row in district.received.list()} >= {"conflict"}

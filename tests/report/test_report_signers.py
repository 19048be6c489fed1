"""The 签署 section: declared signers, their boxes at computable places, signers.json, and a
signature put exactly into its reserved box."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from pypdf import PdfReader
from support.report_parts import embedded, inspection_parts, mini_parts, page_texts

from tuoyu_desktop import signing
from tuoyu_desktop.report import (
    SIGNERS_FILE,
    Attachment,
    DeclaredSigner,
    InvalidSigners,
    decode_declaration,
    signing_area,
    write_assessment_report,
    write_inspection_report,
)

DATA = Attachment("a1-r1", "assessment.json", b'{"schema_version": "1.0"}')
PASS = "correct horse battery"


def declaration(path):
    return decode_declaration(embedded(path)[SIGNERS_FILE])


def drawn_rectangles(path) -> str:
    """The last page's content stream, where reportlab writes boxes as ``x y w h re``."""
    return PdfReader(str(path)).pages[-1].get_contents().get_data().decode("latin-1")


def test_self_assessment_declares_its_director_by_default(tmp_path):
    target = tmp_path / "r.pdf"
    write_assessment_report(target, *mini_parts(), attachment=DATA)
    pages = page_texts(target)
    declared = declaration(target)
    assert declared.report_id == "a1-r1"
    assert declared.area == signing_area([DeclaredSigner("机构负责人", "李红梅")], len(pages))
    assert declared.area.page_index == len(pages) - 1
    last = pages[-1]
    assert last.index("签署") < last.index("机构负责人：李红梅") < last.index("盖章")
    assert "机构名称：阳光宝贝托育中心" in last


def test_inspection_declares_each_inspector_then_the_facility_representative(tmp_path):
    target = tmp_path / "r.pdf"
    profile, row, scores, data, photos = inspection_parts(inspectors=["王建国", "刘芳（家长代表）"],
                                                          facility_rep="张晓燕（园长）")
    write_inspection_report(target, profile, row, scores, data, photos, attachment=DATA)
    places = declaration(target).area.places
    assert [(p.signer.role, p.signer.name, p.field) for p in places] == [
        ("督导员", "王建国", "Signature1"), ("督导员", "刘芳（家长代表）", "Signature2"),
        ("机构代表", "张晓燕（园长）", "Signature3")]
    last = page_texts(target)[-1]
    assert "督导员：王建国" in last and "机构代表：张晓燕（园长）" in last


def test_declared_signers_get_boxes_drawn_exactly_at_their_places(tmp_path):
    signers = [DeclaredSigner("机构负责人", "李红梅"), DeclaredSigner("家长代表"), DeclaredSigner("督导员", "王建国")]
    target = tmp_path / "r.pdf"
    write_assessment_report(target, *mini_parts(), attachment=DATA, signers=signers)
    area = declaration(target).area
    assert [place.signer for place in area.places] == signers
    content = drawn_rectangles(target)
    for x0, y0, x1, y1 in [place.rect for place in area.places] + [area.seal]:
        assert f"{x0} {y0} {x1 - x0} {y1 - y0} re" in content
    rows = sorted({place.rect[1] for place in area.places}, reverse=True)
    assert [place.rect[1] for place in area.places] == [rows[0], rows[0], rows[1]]  # two per row, top down
    assert area.seal[3] < min(rows)  # the seal comes after the signatures
    assert "家长代表" in page_texts(target)[-1]


def test_section_moves_to_a_new_page_when_the_last_one_is_too_full(tmp_path):
    shares_a_page = moved = 0
    for count in range(1, 7):
        signers = [DeclaredSigner("督导员", f"督导员{n}") for n in range(count)]
        target = tmp_path / f"r{count}.pdf"
        write_assessment_report(target, *mini_parts(), attachment=DATA, signers=signers)
        pages = page_texts(target)
        assert declaration(target).area == signing_area(signers, len(pages))
        if pages[-1].startswith("签署"):
            moved += 1
        else:
            shares_a_page += 1
    assert shares_a_page and moved  # both cases were tried


def test_a_signature_fits_exactly_into_its_reserved_box(tmp_path):
    identity = tmp_path / "director.p12"
    signing.create_identity(identity, name="李红梅", role="机构负责人", organisation="阳光宝贝托育中心",
                            passphrase=PASS)
    target = tmp_path / "r.pdf"
    write_assessment_report(target, *mini_parts(), attachment=DATA)
    place = declaration(target).area.places[0]
    outcome = signing.sign_pdf(target, target, identity, PASS, field_name=place.field, page=place.page_index,
                               box=place.rect)
    assert outcome.page == place.page_index and outcome.box == tuple(float(v) for v in place.rect)
    widgets = [annot.get_object() for annot in PdfReader(str(target)).pages[place.page_index]["/Annots"]]
    assert [[float(v) for v in w["/Rect"]] for w in widgets if w["/FT"] == "/Sig"] == [list(place.rect)]
    assert signing.verify_pdf(target, trust=[outcome.signer.fingerprint]).exit_code == 0


def test_too_many_signers_is_a_clear_error_and_nothing_is_written(tmp_path):
    signers = [DeclaredSigner("督导员", f"督导员{n}") for n in range(7)]
    with pytest.raises(InvalidSigners, match="最多声明 6 位签署人"):
        write_assessment_report(tmp_path / "r.pdf", *mini_parts(), attachment=DATA, signers=signers)
    with pytest.raises(InvalidSigners, match="至少"):
        write_assessment_report(tmp_path / "r.pdf", *mini_parts(), attachment=DATA, signers=[])
    assert list(tmp_path.iterdir()) == []


def test_signer_names_outside_the_font_are_refused_by_place(tmp_path):
    from tuoyu_desktop.report import UnrenderableText

    with pytest.raises(UnrenderableText, match="签署人（家长代表）"):
        write_assessment_report(tmp_path / "r.pdf", *mini_parts(), attachment=DATA,
                                signers=[DeclaredSigner("家长代表", "王🙂")])


def test_declaration_reads_back_and_refuses_damaged_files():
    area = signing_area([DeclaredSigner("机构负责人", "李红梅"), DeclaredSigner("家长代表")], 12)
    from tuoyu_desktop.report.signers import encode_declaration

    data = encode_declaration("a1-r1", area)
    assert decode_declaration(data).area == area
    document = json.loads(data)
    assert document["signers"][0] == {"order": 1, "role": "机构负责人", "name": "李红梅", "field": "Signature1",
                                      "page_index": 11, "rect": list(area.places[0].rect)}
    for change in ({"schema_version": "2.0"}, {"signers": [{"role": 1}]}, {"seal": {"page_index": -1, "rect": []}}):
        with pytest.raises(InvalidSigners, match="signers.json"):
            decode_declaration(json.dumps({**document, **change}).encode())
    with pytest.raises(InvalidSigners):
        decode_declaration(b"\xff not json")


def test_signer_places_load_without_reportlab():
    code = ("import sys; from tuoyu_desktop.report import signing_area, DeclaredSigner; "
            "signing_area([DeclaredSigner('机构负责人')], 3); print('reportlab' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"

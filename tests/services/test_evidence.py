"""Evidence files: storing by SHA-256, photo checks, EXIF orientation, metadata stripping, bad input."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from tuoyu_desktop import evidence
from tuoyu_desktop.evidence import EvidenceError, report_jpeg
from tuoyu_desktop.services import AssessmentLocked, DuplicateEvidence
from tuoyu_desktop.services.demo import demo_photo


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "IMG_0001.jpg"
    demo_photo(path, size=(400, 200), orientation=6, gps=True, seed=1)
    return path


def test_demo_photo_really_has_orientation_gps_and_device(photo):
    exif = Image.open(photo).getexif()
    assert exif[0x0112] == 6 and exif[0x010F] == "DemoCam"
    assert exif.get_ifd(0x8825)[1] == "N"


def test_report_jpeg_turns_the_photo_upright(photo):
    out = Image.open(io.BytesIO(report_jpeg(photo.read_bytes())))
    assert out.size == (200, 400)  # orientation 6: stored landscape, shown portrait
    # the red marker stored at the top-left shows at the top-right once rotated 90° clockwise
    r, g, b = out.getpixel((out.width - 10, 10))
    assert r > 200 and g < 60 and b < 60
    r, g, b = out.getpixel((10, 10))
    assert not (r > 200 and g < 60 and b < 60)


def test_report_jpeg_strips_every_metadata(photo):
    data = report_jpeg(photo.read_bytes())
    image = Image.open(io.BytesIO(data))
    assert len(image.getexif()) == 0
    assert b"Exif" not in data and b"DemoCam" not in data and b"Inspector Phone" not in data
    assert "exif" not in image.info and "icc_profile" not in image.info


def test_report_jpeg_downscales(tmp_path):
    path = tmp_path / "big.jpg"
    demo_photo(path, size=(3000, 2000), orientation=1)
    image = Image.open(io.BytesIO(report_jpeg(path.read_bytes())))
    assert max(image.size) == evidence.REPORT_MAX_SIDE


def test_attach_stores_once_by_sha256_and_links_each_place(workspace, photo, tmp_path):
    assessment_id = workspace.assessments.create_demo()
    first = workspace.evidence.attach_to_answer(assessment_id, "1.1.1", photo, "营业执照")
    copy = tmp_path / "copy-of-photo.jpg"
    copy.write_bytes(photo.read_bytes())
    second = workspace.evidence.attach_to_answer(assessment_id, "1.1.2", copy, "同一张")
    assert first.sha256 == second.sha256
    root = workspace.data_dir / "evidence"
    stored = [p for p in root.rglob("*") if p.is_file() and not {"thumbs", "report"} & set(p.relative_to(root).parts)]
    assert len(stored) == 1 and stored[0].name == first.sha256
    # the copy for reports is made when attaching: upright, downscaled, without metadata
    report_copies = list((root / "report").iterdir())
    assert len(report_copies) == 1 and report_copies[0].name.startswith(first.sha256)
    assert b"Exif" not in report_copies[0].read_bytes()
    assert first.width == 200 and first.height == 400  # the size as shown, orientation applied
    evidence_by_item = workspace.evidence.for_assessment(assessment_id)
    assert [e.caption for e in evidence_by_item["1.1.1"]] == ["营业执照"]
    assert workspace.store.history("evidence", first.id)[0]["field"] == "attached"


def test_same_file_twice_in_one_place_is_a_clear_message(workspace, photo):
    assessment_id = workspace.assessments.create_demo()
    workspace.evidence.attach_to_answer(assessment_id, "1.1.1", photo)
    with pytest.raises(DuplicateEvidence, match="已经添加过了"):
        workspace.evidence.attach_to_answer(assessment_id, "1.1.1", photo)
    assert len(workspace.evidence.for_answer(assessment_id, "1.1.1")) == 1


def test_truncated_photo_is_refused_and_nothing_stored(workspace, photo, tmp_path):
    assessment_id = workspace.assessments.create_demo()
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(photo.read_bytes()[: photo.stat().st_size // 2])
    with pytest.raises(EvidenceError, match="损坏或不完整|不完整"):
        workspace.evidence.attach_to_answer(assessment_id, "1.1.1", broken)
    assert workspace.evidence.for_answer(assessment_id, "1.1.1") == []
    assert not (workspace.data_dir / "evidence").exists() or not any((workspace.data_dir / "evidence").rglob("*"))


def test_not_an_image_and_empty_files(workspace, tmp_path):
    assessment_id = workspace.assessments.create_demo()
    fake = tmp_path / "photo.jpg"
    fake.write_text("这不是图片", encoding="utf-8")
    with pytest.raises(EvidenceError, match="不是可识别的图片"):
        workspace.evidence.attach_to_answer(assessment_id, "1.1.1", fake)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(EvidenceError, match="空文件"):
        workspace.evidence.attach_to_answer(assessment_id, "1.1.1", empty)
    with pytest.raises(EvidenceError, match="无法读取"):
        workspace.evidence.attach_to_answer(assessment_id, "1.1.1", tmp_path / "missing.jpg")


def test_documents_are_kept_as_documents(workspace, tmp_path):
    assessment_id = workspace.assessments.create_demo()
    doc = tmp_path / "消防检查合格证.pdf"
    doc.write_bytes(b"%PDF-1.4\n% test\n")
    link = workspace.evidence.attach_to_answer(assessment_id, "1.1.1", doc, "年度消防检查")
    assert link.kind == "document" and workspace.evidence.thumbnail(link) is None


def test_size_limit_per_file(workspace, photo):
    assessment_id = workspace.assessments.create_demo()
    workspace.evidence.set_limits(max_file_mb=0.001)
    with pytest.raises(EvidenceError, match="太大"):
        workspace.evidence.attach_to_answer(assessment_id, "1.1.1", photo)


def test_decompression_bomb_is_refused(workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(evidence, "MAX_IMAGE_PIXELS", 100_000)
    path = tmp_path / "huge.png"
    Image.new("L", (1000, 1000)).save(path)
    assessment_id = workspace.assessments.create_demo()
    with pytest.raises(EvidenceError, match="尺寸过大"):
        workspace.evidence.attach_to_answer(assessment_id, "1.1.1", path)


def test_total_size_warning_before_finalising(workspace, photo):
    assessment_id = workspace.assessments.create_demo()
    workspace.evidence.attach_to_answer(assessment_id, "1.1.1", photo)
    assert workspace.evidence.warnings(assessment_id) == []
    workspace.evidence.set_limits(total_warn_mb=0.0001)
    assert "超过提醒值" in workspace.evidence.warnings(assessment_id)[0]


def test_file_deleted_behind_the_apps_back(workspace, photo):
    assessment_id = workspace.assessments.create_demo()
    link = workspace.evidence.attach_to_answer(assessment_id, "1.1.1", photo, "门口")
    assert workspace.evidence.thumbnail(link).is_file()
    workspace.evidence.files.path(link.sha256).unlink()
    for thumb in (workspace.data_dir / "evidence" / "thumbs").iterdir():
        thumb.unlink()
    problems = workspace.evidence.problems(assessment_id)
    assert len(problems) == 1 and "已不在数据文件夹中" in problems[0]
    with pytest.raises(EvidenceError, match="已不在"):
        workspace.evidence.thumbnail(link)
    with pytest.raises(EvidenceError):
        workspace.evidence.path(link)


def test_changed_file_is_noticed(workspace, photo):
    assessment_id = workspace.assessments.create_demo()
    link = workspace.evidence.attach_to_answer(assessment_id, "1.1.1", photo)
    workspace.evidence.files.path(link.sha256).write_bytes(b"tampered")
    assert "已被改动" in workspace.evidence.problems(assessment_id)[0]


def test_thumbnail_is_small_upright_and_clean(workspace, tmp_path):
    path = tmp_path / "p.jpg"
    demo_photo(path, size=(1200, 800), orientation=8)
    assessment_id = workspace.assessments.create_demo()
    link = workspace.evidence.attach_to_answer(assessment_id, "1.1.1", path)
    thumb = Image.open(workspace.evidence.thumbnail(link))
    assert max(thumb.size) == 256 and thumb.height > thumb.width and len(thumb.getexif()) == 0


def test_caption_and_detach_are_audited_and_finalised_is_locked(workspace, photo):
    assessment_id = workspace.assessments.create_demo()
    link = workspace.evidence.attach_to_answer(assessment_id, "1.1.1", photo, "旧说明")
    workspace.evidence.set_caption(link.id, "新说明")
    assert workspace.evidence.for_answer(assessment_id, "1.1.1")[0].caption == "新说明"
    fields = [h["field"] for h in workspace.store.history("evidence", link.id)]
    assert fields == ["attached", "caption"]
    workspace.assessments.finalise(assessment_id)
    with pytest.raises(AssessmentLocked):
        workspace.evidence.attach_to_answer(assessment_id, "1.1.2", photo)
    with pytest.raises(AssessmentLocked):
        workspace.evidence.detach(link.id)
    assert workspace.store.verify_audit().ok


@pytest.mark.parametrize("name, content, reason", [
    ("setup.exe", b"MZ\x90\x00" + bytes(100), "类型（.exe）不能作为佐证材料"),
    ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "类型（.svg）"),
    ("page.html", b"<html><script>x()</script></html>", "类型（.html）"),
    ("noext", b"hello", "无扩展名"),
    ("invoice.pdf", b"MZ\x90\x00 an exe renamed", "内容不是 PDF"),
    ("table.xlsx", b"not a zip at all", "内容不是 XLSX"),
    ("notes.txt", b"\x00\x01\x02binary", "不是纯文本"),
])
def test_only_photos_and_usual_documents_checked_by_content(mini_workspace, tmp_path, name, content, reason):
    assessment_id = mini_workspace.assessments.create("mini-test", "2026年上半年")
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(EvidenceError, match=reason):
        mini_workspace.evidence.attach_to_answer(assessment_id, "1.1.1", path)
    assert mini_workspace.evidence.for_answer(assessment_id, "1.1.1") == []


def test_documents_of_the_usual_types_are_accepted(mini_workspace, tmp_path):
    assessment_id = mini_workspace.assessments.create("mini-test", "2026年上半年")
    files = {"备案回执.pdf": b"%PDF-1.7\n...", "台账.xlsx": b"PK\x03\x04rest", "记录.txt": "晨检记录 正常".encode()}
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
        mini_workspace.evidence.attach_to_answer(assessment_id, "1.1.1", tmp_path / name)
    assert {e.original_name for e in mini_workspace.evidence.for_answer(assessment_id, "1.1.1")} == set(files)


def test_a_link_to_a_file_elsewhere_is_refused(mini_workspace, tmp_path, photo):
    assessment_id = mini_workspace.assessments.create("mini-test", "2026年上半年")
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("root:x:0:0", encoding="utf-8")
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    (chosen / "photo.jpg").symlink_to(secret)
    with pytest.raises(EvidenceError, match="指向其他位置"):
        mini_workspace.evidence.attach_to_answer(assessment_id, "1.1.1", chosen / "photo.jpg")
    (chosen / "same-folder.jpg").write_bytes(photo.read_bytes())
    (chosen / "alias.jpg").symlink_to(chosen / "same-folder.jpg")
    link = mini_workspace.evidence.attach_to_answer(assessment_id, "1.1.1", chosen / "alias.jpg")
    assert link.is_image
    assert not list((mini_workspace.data_dir / "evidence").rglob("*secret*"))


def test_control_and_direction_characters_are_removed_from_names_and_captions(mini_workspace, tmp_path, photo):
    assessment_id = mini_workspace.assessments.create("mini-test", "2026年上半年")
    tricky = tmp_path / "photo\u202egpj.jpg"
    tricky.write_bytes(photo.read_bytes())
    link = mini_workspace.evidence.attach_to_answer(assessment_id, "1.1.1", tricky, "门口\u200b照片\x07")
    assert link.original_name == "photogpj.jpg" and link.caption == "门口照片"

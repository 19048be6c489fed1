"""A received report's photos in the desk's drill-down and review dialog, read back from the
kept original PDF; a photo the report could not show, and a missing original, say so."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QColor
from support.desk_reports import ReportMaker

from tuoyu_desktop.services import Workspace

SHOTS = Path(os.environ.get("TUOYU_SHOTS", "/tmp/desk_shots"))


@pytest.fixture(scope="module")
def photo_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("desk-photos")
    maker = ReportMaker(folder)
    colours = {"gate": (220, 30, 30), "lost": (30, 200, 30), "nap": (30, 30, 220), "nap2": (240, 200, 0)}
    files = {}
    for name, colour in colours.items():
        files[name] = folder / f"{name}.jpg"
        Image.new("RGB", (640, 480), colour).save(files[name])
    lost_sha = hashlib.sha256(files["lost"].read_bytes()).hexdigest()

    def lose(ws: Workspace, _assessment_id: str) -> None:  # the photo is gone when the report is made
        for stored in (ws.data_dir / "evidence").rglob(f"{lost_sha}*"):
            stored.unlink()

    facility = maker.facility(0)
    report = maker.report(facility, "2026年下半年", all_met=True, target=folder / "with-photos.pdf",
                          photos={"1.1.1": [(files["gate"], "大门与门禁")], "1.1.2": [(files["lost"], "消防通道")],
                                  "3.1.2": [(files["nap"], "午睡室"), (files["nap2"], "")]},
                          before_export=lose)
    maker.close()
    return {"report": report, "facility": facility, "colours": colours}


@pytest.fixture
def desk(tmp_path, photo_report):
    ws = Workspace.open(tmp_path / "desk")
    ws.preferences.set_mode("district")
    facility = photo_report["facility"]
    ws.desk.save_facility({"name": facility.name, "credit_code": facility.credit_code, "places": 30})
    ws.desk.register_certificate(facility.credit_code, facility.fingerprint())
    ws.desk.add_cycle("", "self_assessment", "2026年下半年", "2026-12-31")
    result = ws.desk.intake([photo_report["report"]])
    assert result.counts() == {"imported": 1}
    yield ws
    ws.close()


def _colour(tile) -> tuple[int, int, int]:
    image = tile.pixmap.toImage()
    pixel = QColor(image.pixel(image.width() // 2, image.height() // 2))
    return pixel.red(), pixel.green(), pixel.blue()


def _near(a, b) -> bool:
    return all(abs(x - y) < 30 for x, y in zip(a, b, strict=True))


def test_drill_down_shows_the_photos_of_the_dimension(desk, photo_report, open_window, qtbot):
    window = open_window(desk)
    page = window.desk_page
    page.tabs.setCurrentIndex(2)
    assert page.dashboard.rowCount() == 1
    page.drill(0, 4)  # dimension 1: items 1.1.1 (a photo) and 1.1.2 (its photo was lost before export)
    dialog = page.drill_dialog
    strip = dialog.photos
    assert strip is not None and [t.photo["label"] for t in strip.tiles] == ["图1", "图2"]
    gate, lost = strip.tiles
    assert gate.readable and _near(_colour(gate), photo_report["colours"]["gate"])
    assert "大门与门禁" in gate.caption.text() and "1.1.1" in gate.caption.text()
    assert not lost.readable and "无法显示" in lost.picture.text() and "消防通道" in lost.caption.text()
    viewer = gate.enlarge()
    assert viewer.isVisible()
    viewer.close()
    dialog.resize(900, 640)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "desk-drill-photos.png"))
    dialog.close()


def test_review_dialog_shows_every_photo_and_a_missing_original_says_so(desk, photo_report, open_window, qtbot):
    page = open_window(desk).desk_page
    [queued] = desk.desk.review_queue()
    dialog = page.review(queued["received_id"])
    tiles = dialog.photos.tiles
    assert [t.photo["label"] for t in tiles] == ["图1", "图2", "图3", "图4"]
    assert [t.readable for t in tiles] == [True, False, True, True]
    assert _near(_colour(tiles[2]), photo_report["colours"]["nap"]) and _near(_colour(tiles[3]),
                                                                             photo_report["colours"]["nap2"])
    dialog.resize(1000, 760)
    dialog.grab().save(str(SHOTS / "desk-review-photos.png"))
    dialog.close()
    # the kept original gone (or changed): every photo says why, nothing raises
    [original] = (desk.data_dir / "received").glob("*.pdf")
    original.write_bytes(original.read_bytes()[:-10])
    photos = desk.desk.photos(queued["received_id"])
    assert len(photos) == 4 and all(p["image"] is None and "已被改动" in p["problem"] for p in photos)
    original.unlink()
    assert all("没有保存" in p["problem"] for p in desk.desk.photos(queued["received_id"]))
    # importing the report again keeps the original again
    assert desk.desk.intake([photo_report["report"]]).counts() == {"duplicate": 1}
    assert sum(1 for p in desk.desk.photos(queued["received_id"]) if p["image"]) == 3

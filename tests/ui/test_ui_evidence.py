"""Photos and files on an item card: attach by drop or the strip, duplicates, captions, removal,
a stored file gone missing."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QInputDialog
from support.ui import click
from test_ui_assessment import current_cards, start_assessment


def jpeg(path, colour=(200, 80, 40), size=(320, 240)):
    Image.new("RGB", size, colour).save(path, "JPEG", quality=85)
    return path


def drop_files(widget, paths) -> bool:
    """Drop ``paths`` on ``widget`` as a file manager would; True if the drop was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)
    return event.isAccepted()


def test_attach_duplicate_caption_remove_and_missing_file(qtbot, open_window, mini_workspace, tmp_path,
                                                          monkeypatch):
    window = open_window(mini_workspace)
    page = start_assessment(qtbot, window)
    aid = page.session.id
    card = current_cards(page)["1.1.1"]
    strip = card.evidence
    assert strip is not None and strip.isVisible()
    assert strip.title.text() == "暂无照片或文件"
    assert strip.add_button.isVisible() and strip.add_button.text() == "添加照片或文件…"
    assert strip.acceptDrops() and card.acceptDrops()

    # Dropped on the card: the file goes to this item's strip.
    photo = jpeg(tmp_path / "消防通道.jpg")
    assert drop_files(card, [photo])
    links = mini_workspace.evidence.for_answer(aid, "1.1.1")
    assert [link.original_name for link in links] == ["消防通道.jpg"]
    assert len(strip.tiles) == 1 and strip.title.text() == "照片和文件（1）"
    tile = strip.tiles[0]
    assert not tile.missing and not tile.image.icon().isNull()
    assert tile.caption.text() == "消防通道.jpg"
    assert not strip.error_label.isVisible()
    assert mini_workspace.evidence.for_answer(aid, "1.1.2") == []  # only this item

    # The same content again (another name): refused with the core's words, nothing stored.
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(photo.read_bytes())
    assert strip.add_files([copy]) == 0
    assert strip.error_label.isVisible()
    assert strip.error_label.text() == "“copy.jpg”已经添加过了（与“消防通道.jpg”内容相同），未重复添加"
    assert len(mini_workspace.evidence.for_answer(aid, "1.1.1")) == 1

    # A second, different photo through the strip's add method; the error goes away.
    assert strip.add_files([jpeg(tmp_path / "灭火器.jpg", colour=(20, 120, 200))]) == 1
    assert not strip.error_label.isVisible()
    assert [t.link.original_name for t in strip.tiles] == ["消防通道.jpg", "灭火器.jpg"]

    # Caption, through the (patched) input dialog.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("二楼东侧灭火器在有效期内", True))
    click(qtbot, strip.tiles[1].caption_button)
    assert mini_workspace.evidence.for_answer(aid, "1.1.1")[1].caption == "二楼东侧灭火器在有效期内"
    assert strip.tiles[1].caption.toolTip() == "二楼东侧灭火器在有效期内"

    # Remove (asked first): the link goes, the other stays.
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, strip.tiles[1].remove_button)
    assert [link.original_name for link in mini_workspace.evidence.for_answer(aid, "1.1.1")] == ["消防通道.jpg"]
    assert len(strip.tiles) == 1

    # The stored file is deleted behind the app's back: the tile says so instead of failing.
    link = mini_workspace.evidence.for_answer(aid, "1.1.1")[0]
    stored = mini_workspace.evidence.path(link)
    stored.unlink()
    strip.load()
    tile = strip.tiles[0]
    assert tile.missing
    assert tile.image.toolTip() == "文件已丢失：消防通道.jpg"
    assert mini_workspace.evidence.warnings(aid)  # finalising will ask about it


def test_read_only_strip_refuses_drops_and_hides_its_buttons(qtbot, open_window, mini_workspace,
                                                              tmp_path):
    window = open_window(mini_workspace)
    page = start_assessment(qtbot, window)
    aid = page.session.id
    mini_workspace.evidence.attach_to_answer(aid, "1.1.1", jpeg(tmp_path / "a.jpg"), "晨检记录")
    strip = current_cards(page)["1.1.1"].evidence
    strip.load()
    assert strip.tiles[0].caption.text() == "晨检记录"
    strip.set_read_only(True)
    assert not strip.add_button.isVisible() and not strip.acceptDrops()
    assert not strip.tiles[0].remove_button.isVisible()
    assert not drop_files(strip, [jpeg(tmp_path / "b.jpg", colour=(1, 2, 3))])
    assert len(mini_workspace.evidence.for_answer(aid, "1.1.1")) == 1

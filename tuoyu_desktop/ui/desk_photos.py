"""A received report's photos in the desk's drill-down and review: a strip of thumbnails with
their labels (图N, item, caption); a photo that cannot be shown says why in its place. A click
opens the photo larger."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from tuoyu_desktop.ui.i18n import shown
from tuoyu_desktop.ui.widgets import label

THUMB_HEIGHT = 150


class PhotoTile(QFrame):
    def __init__(self, photo: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.photo = photo
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pixmap = QPixmap()
        problem = photo.get("problem") or ""
        if photo.get("image") and not self.pixmap.loadFromData(photo["image"]):
            problem = self.tr("The image data cannot be read")
        self.readable = not problem and not self.pixmap.isNull()
        if self.readable:
            self.picture.setPixmap(self.pixmap.scaledToHeight(THUMB_HEIGHT, Qt.TransformationMode.SmoothTransformation))
            self.picture.setCursor(Qt.CursorShape.PointingHandCursor)
            self.picture.setToolTip(self.tr("Click to enlarge"))
        else:
            self.picture.setText(self.tr("Photo cannot be shown:\n{problem}").format(problem=shown(problem)))
            self.picture.setWordWrap(True)
            self.picture.setFixedSize(200, THUMB_HEIGHT)
            self.picture.setStyleSheet("background: #eeeeee; color: #b3261e; padding: 6px;")
        layout.addWidget(self.picture)
        caption = f"{photo['label']}　{self.tr('Item')} {photo['item']}" + (f"：{photo['caption']}" if photo.get("caption") else "")
        self.caption = label(caption, "small", wrap=True)
        self.caption.setMaximumWidth(max(200, self.picture.sizeHint().width()))
        layout.addWidget(self.caption)
        self.viewer: QDialog | None = None

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.readable:
            self.enlarge()
        super().mousePressEvent(event)

    def enlarge(self) -> QDialog:
        dialog = QDialog(self.window())
        dialog.setWindowTitle(self.caption.text())
        layout = QVBoxLayout(dialog)
        view = QLabel()
        view.setPixmap(self.pixmap.scaled(900, 700, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))
        layout.addWidget(view)
        layout.addWidget(label(self.caption.text(), wrap=True))
        self.viewer = dialog
        dialog.show()
        return dialog


class PhotoStrip(QScrollArea):
    """The photos side by side, scrolling sideways."""

    def __init__(self, photos: Sequence[dict[str, Any]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(0, 0, 0, 0)
        self.tiles = [PhotoTile(photo) for photo in photos]
        for tile in self.tiles:
            row.addWidget(tile, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        self.setWidget(inner)
        self.setMinimumHeight(THUMB_HEIGHT + 70)
        self.setMaximumHeight(THUMB_HEIGHT + 90)

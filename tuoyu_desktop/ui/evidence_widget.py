"""A strip of evidence (佐证材料) thumbnails: add by file dialog or drag & drop, caption, open, remove.

One strip shows the evidence of one owner: an answered item, an inspection finding, or a
rectification item's completion evidence. Errors from the core (too big, not an image, a
duplicate, finalised) are shown inline under the strip in the core's Chinese words.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.services import DuplicateEvidence, EvidenceError, Workspace
from tuoyu_desktop.ui import style
from tuoyu_desktop.ui.i18n import shown
from tuoyu_desktop.ui.widgets import FlowLayout, label

THUMB = 96
FILE_FILTER = "图片和文件 (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic *.pdf *.doc *.docx *.xls *.xlsx);;所有文件 (*)"


def _placeholder(text: str, colour: str = style.MUTED) -> QPixmap:
    pixmap = QPixmap(THUMB, THUMB)
    pixmap.fill(QColor("#eef1f4"))
    painter = QPainter(pixmap)
    painter.setPen(QColor(colour))
    painter.drawRect(0, 0, THUMB - 1, THUMB - 1)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
    painter.end()
    return pixmap


def dropped_paths(mime) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []


class EvidenceTile(QFrame):
    """One attachment: thumbnail, caption, and its buttons."""

    def __init__(self, strip: EvidenceStrip, link, parent: QWidget | None = None):
        super().__init__(parent)
        self.strip = strip
        self.link = link
        self.missing = False  # the stored file is gone
        self.unreadable = False  # it is there but cannot be shown (damaged, changed, a broken thumbnail)
        self.setObjectName("evidenceTile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        self.image = QToolButton()
        self.image.setIconSize(QSize(THUMB, THUMB))
        self.image.setAutoRaise(True)
        self.image.setToolTip(self.tr("Open “{name}”").format(name=link.original_name))
        self.image.setIcon(self._pixmap())
        self.image.clicked.connect(self.open)
        layout.addWidget(self.image, 0, Qt.AlignmentFlag.AlignHCenter)
        self.caption = QLabel(link.caption or link.original_name)
        self.caption.setObjectName("small")
        self.caption.setProperty("role", "small")
        self.caption.setMaximumWidth(THUMB + 16)
        self.caption.setToolTip(link.caption or link.original_name)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        metrics = self.caption.fontMetrics()
        self.caption.setText(metrics.elidedText(self.caption.text(), Qt.TextElideMode.ElideRight, THUMB + 10))
        layout.addWidget(self.caption)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        self.caption_button = QPushButton(self.tr("Caption"))
        self.caption_button.setProperty("role", "link")
        self.caption_button.setToolTip(self.tr("Describe what the photo or file shows"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setProperty("role", "link")
        self.remove_button.setToolTip(self.tr("Remove this attachment (the file stays in the evidence store)"))
        self.caption_button.clicked.connect(self.edit_caption)
        self.remove_button.clicked.connect(self.remove)
        buttons.addWidget(self.caption_button)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        self.caption_button.setVisible(not strip.read_only)
        self.remove_button.setVisible(not strip.read_only)

    def _pixmap(self):
        workspace = self.strip.workspace
        name = self.link.original_name
        # A cached thumbnail outlives its file: check the file itself is still there.
        if not workspace.evidence.is_present(self.link):
            self.missing = True
            self.image.setToolTip(self.tr("The file is missing: {name}").format(name=name))
            return _placeholder(self.tr("File missing"), style.RED)
        try:
            thumb = workspace.evidence.thumbnail(self.link, 256)
        except (EvidenceError, OSError) as exc:
            return self._unreadable(shown(exc))
        if thumb is None:
            suffix = Path(name).suffix.upper().lstrip(".") or self.tr("File")
            return _placeholder(suffix)
        pixmap = QPixmap(str(thumb))
        if pixmap.isNull():
            # The cached thumbnail is damaged: is the photo itself still readable?
            try:
                workspace.evidence.path(self.link)
            except (EvidenceError, OSError) as exc:
                return self._unreadable(shown(exc))
            return self._unreadable(self.tr("the preview is damaged"))
        return pixmap.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)

    def _unreadable(self, reason: str) -> QPixmap:
        self.unreadable = True
        self.image.setToolTip(self.tr("Cannot show “{name}”: {reason}").format(
            name=self.link.original_name, reason=reason.rstrip("。.")))
        return _placeholder(self.tr("Cannot open"), style.RED)

    def open(self) -> None:
        try:
            path = self.strip.workspace.evidence.path(self.link)
        except (EvidenceError, OSError) as exc:
            self.strip.show_error(shown(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def edit_caption(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Caption"), self.tr("What does this photo or file show?"),
                                        text=self.link.caption)
        if ok:
            self.strip.set_caption(self.link, text)

    def remove(self) -> None:
        self.strip.ask_remove(self.link)


class EvidenceStrip(QWidget):
    """Thumbnails of one owner's evidence, an 添加 button, and drop support.

    ``attach(path, caption)`` and ``load()`` are the core calls for the owner (e.g.
    ``lambda p, c: workspace.evidence.attach_to_answer(aid, item, p, c)``).
    """

    changed = Signal()

    def __init__(self, workspace: Workspace, load: Callable[[], list], attach: Callable[[str, str], object],
                 read_only: bool = False, title: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self._load = load
        self._attach = attach
        self.read_only = read_only
        self.tiles: list[EvidenceTile] = []
        self._heading = title
        self.setAcceptDrops(not read_only)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.title = label(title or self.tr("Photos and files"), "small")
        head.addWidget(self.title)
        self.add_button = QPushButton(self.tr("Add photo or file…"))
        self.add_button.setProperty("role", "link")
        self.add_button.setToolTip(self.tr("Attach photos or files as evidence; you can also drop files here"))
        self.add_button.clicked.connect(self.choose_files)
        self.add_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        head.addWidget(self.add_button)
        head.addStretch(1)
        outer.addLayout(head)
        # Only now that the button has a parent: setVisible(True) on a parentless button shows it
        # as a window of its own, which is destroyed when the layout adopts it and takes the main
        # window's activation with it (keyboard focus and shortcuts such as Ctrl+PgDown stop working).
        self.add_button.setVisible(not read_only)
        self.flow_host = QWidget()
        self.flow = FlowLayout(self.flow_host, spacing=6)
        outer.addWidget(self.flow_host)
        self.error_label = label("", "error", wrap=True)
        self.error_label.hide()
        outer.addWidget(self.error_label)
        undo_row = QHBoxLayout()
        undo_row.setSpacing(8)
        self.removed_label = label("", "small")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setProperty("role", "link")
        self.undo_button.setToolTip(self.tr("Put the removed photo or file back"))
        self.undo_button.clicked.connect(self.undo_remove)
        undo_row.addWidget(self.removed_label)
        undo_row.addWidget(self.undo_button)
        undo_row.addStretch(1)
        outer.addLayout(undo_row)
        self.removed_label.hide()
        self.undo_button.hide()
        self.removed = None  # the link removed last, until undone or another change
        self.load()

    # -- data ----------------------------------------------------------------------------
    def links(self) -> list:
        return [tile.link for tile in self.tiles]

    def load(self) -> None:
        for tile in self.tiles:
            self.flow.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        try:
            links = self._load()
        except TuoyuError as exc:
            self.show_error(shown(exc))
            links = []
        for link in links:
            tile = EvidenceTile(self, link)
            self.flow.addWidget(tile)
            self.tiles.append(tile)
        self.flow_host.setVisible(bool(self.tiles))
        if self._heading is not None:  # a strip with a title of its own keeps it
            self.title.setText(self.tr("{title} ({count})").format(title=self._heading, count=len(self.tiles))
                               if self.tiles else self._heading)
        else:
            self.title.setText(
                self.tr("Photos and files ({count})").format(count=len(self.tiles)) if self.tiles
                else self.tr("No photos or files yet")
            )

    def add_files(self, paths: list[Path | str], caption: str = "") -> int:
        """Attach each file; returns how many were attached, showing why the others were not."""
        errors, added = [], 0
        for path in paths:
            try:
                self._attach(str(path), caption)
            except DuplicateEvidence as exc:
                errors.append(shown(exc))
            except (TuoyuError, OSError) as exc:
                errors.append(shown(exc))
            else:
                added += 1
        self.load()
        if added:  # another change: the last removal can no longer be undone from here
            self.removed = None
            self.removed_label.hide()
            self.undo_button.hide()
        if errors:
            self.show_error("\n".join(errors))
        else:
            self.clear_error()
        if added:
            self.changed.emit()
        return added

    def set_caption(self, link, caption: str) -> None:
        try:
            self.workspace.evidence.set_caption(link.id, caption)
        except TuoyuError as exc:
            self.show_error(shown(exc))
            return
        self.load()

    def ask_remove(self, link) -> bool:
        """移除, after asking; the strip then offers 撤销 until the next change."""
        from PySide6.QtWidgets import QMessageBox

        name = link.original_name + (self.tr(" ({caption})").format(caption=link.caption) if link.caption else "")
        answer = QMessageBox.question(
            self, self.tr("Remove attachment"),
            self.tr("Remove “{name}” from here? You can undo it right after.").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.remove(link)

    def remove(self, link) -> bool:
        try:
            self.workspace.evidence.detach(link.id)
        except TuoyuError as exc:
            self.show_error(shown(exc))
            return False
        self.clear_error()
        self.load()
        self.removed = link
        self.removed_label.setText(self.tr("Removed “{name}”.").format(name=link.original_name))
        self.removed_label.show()
        self.undo_button.setVisible(not self.read_only)
        self.changed.emit()
        return True

    def undo_remove(self) -> bool:
        link, self.removed = self.removed, None
        self.removed_label.hide()
        self.undo_button.hide()
        if link is None:
            return False
        try:
            self.workspace.evidence.restore(link)
        except TuoyuError as exc:
            self.show_error(shown(exc))
            return False
        self.load()
        self.changed.emit()
        return True

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.setAcceptDrops(not read_only)
        self.add_button.setVisible(not read_only)
        for tile in self.tiles:
            tile.caption_button.setVisible(not read_only)
            tile.remove_button.setVisible(not read_only)

    # -- adding ----------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add photos or files"), "", FILE_FILTER)
        if paths:
            self.add_files(paths)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if not self.read_only and dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = dropped_paths(event.mimeData())
        if self.read_only or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

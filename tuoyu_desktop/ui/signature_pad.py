"""A pad to draw a handwritten signature on (mouse, pen or touch), exported as a transparent PNG."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#1b2a4a")
PEN_WIDTH = 2.6


class SignaturePad(QWidget):
    """Collects strokes as :class:`QPainterPath` objects; ``png_bytes()`` renders them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.strokes: list[QPainterPath] = []
        self._current: QPainterPath | None = None
        self.setMinimumSize(QSize(360, 140))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Handwritten signature"))
        self.setToolTip(self.tr("Sign here with the mouse, a pen or a finger"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 150)

    @property
    def empty(self) -> bool:
        return not any(not path.isEmpty() for path in self.strokes)

    def clear(self) -> None:
        self.strokes.clear()
        self._current = None
        self.update()
        self.changed.emit()

    # -- input: mouse and pen arrive as mouse events, touch as touch events -----------------
    def _begin(self, point: QPointF) -> None:
        self._current = QPainterPath(point)
        self._current.lineTo(point + QPointF(0.01, 0.01))  # a dot is a stroke too
        self.strokes.append(self._current)
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._current is not None:
            self._current.lineTo(point)
            self.update()

    def _end(self) -> None:
        if self._current is not None:
            self._current = None
            self.changed.emit()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._extend(event.position())
        self._end()

    def touchEvent(self, event) -> None:  # noqa: N802
        points = event.points()
        if not points:
            return
        position = points[0].position()
        kind = event.type()
        if kind == event.Type.TouchBegin:
            self._begin(position)
        elif kind == event.Type.TouchUpdate:
            self._extend(position)
        else:
            self._end()
        event.accept()

    def event(self, event):  # noqa: D401
        if event.type() in (event.Type.TouchBegin, event.Type.TouchUpdate, event.Type.TouchEnd):
            self.touchEvent(event)
            return True
        return super().event(event)

    # -- drawing -------------------------------------------------------------------------
    def _pen(self) -> QPen:
        pen = QPen(INK, PEN_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#c9d1db"), 1, Qt.PenStyle.DashLine))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        baseline = self.height() - 32
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        if self.empty:
            painter.setPen(QColor("#9aa5b1"))
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.tr("Sign here"))
        painter.setPen(self._pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for path in self.strokes:
            painter.drawPath(path)
        painter.end()

    # -- export --------------------------------------------------------------------------
    def image(self, scale: float = 2.0) -> QImage | None:
        """The strokes cropped to their bounds, on a transparent background (None when empty)."""
        if self.empty:
            return None
        bounds = QRectF()
        for path in self.strokes:
            bounds = bounds.united(path.boundingRect())
        margin = PEN_WIDTH * 2
        bounds = bounds.adjusted(-margin, -margin, margin, margin)
        size = QSize(max(1, int(bounds.width() * scale)), max(1, int(bounds.height() * scale)))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-bounds.topLeft())
        painter.setPen(self._pen())
        for path in self.strokes:
            painter.drawPath(path)
        painter.end()
        return image

    def png_bytes(self) -> bytes | None:
        image = self.image()
        if image is None:
            return None
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data)

"""Small building blocks shared by the pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from tuoyu_desktop.ui import style


class Card(QFrame):
    """A white rounded panel."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("card", True)
        self.setFrameShape(QFrame.Shape.NoFrame)


def label(text: str = "", role: str | None = None, *, wrap: bool = False, parent: QWidget | None = None) -> QLabel:
    widget = QLabel(text, parent)
    if role:
        widget.setProperty("role", role)
    if wrap:
        widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


class _SelectableOnHover(QObject):
    """Makes a label's text selectable when the pointer first enters it (see :func:`selectable`)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Enter and isinstance(watched, QLabel):
            watched.removeEventFilter(self)
            watched.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return False


_selectable_on_hover: _SelectableOnHover | None = None


def selectable(widget: QLabel) -> QLabel:
    """Let the user select ``widget``'s text with the mouse (to copy it).

    A label with selectable text lays itself out through a text document, which costs twice
    as much as plain text, and a page of item cards has dozens of them: the text becomes
    selectable when the pointer first comes over it. Both ways give the same heights.
    """
    global _selectable_on_hover
    if _selectable_on_hover is None:
        _selectable_on_hover = _SelectableOnHover()  # no parent: it lives as long as the module
    widget.installEventFilter(_selectable_on_hover)
    return widget


def bar(maximum: int = 100) -> QProgressBar:
    widget = QProgressBar()
    widget.setRange(0, maximum)
    widget.setTextVisible(False)
    widget.setFixedHeight(8)
    return widget


def set_meter(meter: QProgressBar, value: int) -> None:
    """Show ``value`` on ``meter`` with the window's next paint: ``QProgressBar.setValue`` repaints
    at once whenever the bar visibly moves (0.4 ms each, styled), and an answer moves several."""
    if meter.value() == value:
        return
    meter.setUpdatesEnabled(False)
    meter.setValue(value)
    meter.setUpdatesEnabled(True)  # schedules the paint


class NoWheelSpinBox(QSpinBox):
    """A spin box that ignores the wheel unless focused (no changes while scrolling a page)."""

    def __init__(self, parent: QWidget | None = None, maximum: int = 99999):
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setButtonSymbols(QSpinBox.ButtonSymbols.UpDownArrows)

    def wheelEvent(self, event):  # noqa: N802 (Qt naming)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class GrowingTextEdit(QPlainTextEdit):
    """A plain-text field one or two lines high that grows with its text; Tab moves focus."""

    focusLost = Signal()

    def __init__(self, parent: QWidget | None = None, min_lines: int = 2, max_lines: int = 8):
        super().__init__(parent)
        self._min_lines = min_lines
        self._max_lines = max_lines
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_args) -> None:
        line = QFontMetrics(self.font()).lineSpacing()
        wanted = int(self.document().size().height()) or 1  # lines, for a plain-text layout
        lines = max(self._min_lines, min(self._max_lines, wanted))
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if wanted > self._max_lines else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        chrome = int(self.document().documentMargin() * 2) + self.frameWidth() * 2 + 10  # 10: stylesheet padding
        self.setFixedHeight(lines * line + chrome)

    def event(self, event):  # noqa: D401
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        return super().event(event)

    def focusOutEvent(self, event):  # noqa: N802
        super().focusOutEvent(event)
        self.focusLost.emit()


# -- status icons, painted so they do not depend on a font having the glyph -----------------
_icons: dict[str, QIcon] = {}


def status_icon(kind: str) -> QIcon:
    """``done`` (green check), ``partial`` (blue half), ``open`` (grey ring), ``veto`` (red dot)."""
    if kind in _icons:
        return _icons[kind]
    size = 32
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = pixmap.rect().adjusted(4, 4, -4, -4)
    if kind == "done":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.GREEN))
        painter.drawEllipse(rect)
        pen = QPen(QColor("white"), 3.2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPolyline([_pt(10, 16.5), _pt(14.5, 21), _pt(22, 11.5)])
    elif kind == "veto":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.RED))
        painter.drawEllipse(rect)
        pen = QPen(QColor("white"), 3.4)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(_pt(16, 9), _pt(16, 18))
        painter.drawPoint(_pt(16, 23))
    elif kind == "partial":
        painter.setPen(QPen(QColor(style.ACCENT), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.ACCENT))
        painter.drawPie(rect, 90 * 16, 180 * 16)
    else:
        painter.setPen(QPen(QColor("#b8c1cb"), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
    painter.end()
    icon = QIcon(pixmap)
    _icons[kind] = icon
    return icon


def _pt(x: float, y: float) -> QPointF:
    return QPointF(x, y)


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them onto the next line when space runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._heights: dict[int, int] = {}  # width → height, until the layout changes
        self.setContentsMargins(0, 0, 0, 0)

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return self._heights[width]

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Place the items line by line, each vertically centred in its line; returns the height."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if lines[-1] and x + hint.width() > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(hint.height() for _item, hint in line)
            x = area.x()
            for item, hint in line:
                if apply:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                x += hint.width() + self._spacing
            y += height + self._spacing
        return max(0, y - self._spacing - rect.y()) + margins.bottom()


def ok_cancel_buttons(dialog: QDialog, ok_text: str, on_ok: Callable[[], None]) -> tuple[QDialogButtonBox, QPushButton]:
    """A dialog's OK/Cancel row: ``ok_text`` on the OK button, which calls ``on_ok``."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("Dialog", "Cancel"))
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok_button

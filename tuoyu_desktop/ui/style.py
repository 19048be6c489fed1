"""The app's look: a light palette and one stylesheet.

White cards on a soft grey background, a muted blue accent, red for veto items and errors,
green for what is complete. Widgets opt in through dynamic properties (``card``, ``role``,
``state``) so the look lives here and not in every module.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

BACKGROUND = "#f2f4f7"
CARD = "#ffffff"
BORDER = "#dde2e8"
TEXT = "#1f2933"
MUTED = "#66727f"
ACCENT = "#3b6ea5"
ACCENT_DARK = "#2f5a88"
ACCENT_LIGHT = "#e7eef7"
RED = "#c0392b"
RED_LIGHT = "#fdecea"
GREEN = "#2e8b57"
GREEN_LIGHT = "#e5f3ea"
AMBER = "#a86a00"
AMBER_LIGHT = "#fff6e0"

STYLESHEET = f"""
QMainWindow, QStackedWidget#pages, QWidget#page, QScrollArea#pageScroll > QWidget > QWidget {{
    background: {BACKGROUND};
}}
QScrollArea {{ border: none; background: transparent; }}
QFrame[card="true"] {{
    background: {CARD};
    border: 1px solid {BORDER};
    border-radius: 8px;
}}
QFrame[card="true"][state="done"] {{ border-left: 4px solid {GREEN}; }}
QFrame[card="true"][state="veto"] {{ border-left: 4px solid {RED}; }}
QFrame[card="true"][state="open"] {{ border-left: 4px solid {BORDER}; }}
QFrame[card="true"][flash="true"] {{ border: 2px solid {ACCENT}; }}
QLabel {{ color: {TEXT}; background: transparent; }}
QLabel[role="h1"] {{ font-size: 20px; font-weight: 600; }}
QLabel[role="h2"] {{ font-size: 16px; font-weight: 600; }}
QLabel[role="h3"] {{ font-size: 14px; font-weight: 600; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="small"] {{ color: {MUTED}; font-size: 12px; }}
QLabel[role="itemid"] {{ color: {ACCENT}; font-weight: 600; }}
QLabel[role="error"] {{ color: {RED}; font-size: 12px; }}
QLabel[role="warning"] {{ color: {AMBER}; font-size: 12px; }}
QLabel[role="ok"] {{ color: {GREEN}; }}
QLabel[role="bad"] {{ color: {RED}; font-weight: 600; }}
QLabel[role="big"] {{ font-size: 26px; font-weight: 600; color: {ACCENT_DARK}; }}
QLabel[role="badge"] {{
    color: white; background: {RED}; border-radius: 4px;
    padding: 1px 6px; font-size: 12px; font-weight: 600;
}}
QLabel[role="points"] {{
    color: {ACCENT_DARK}; background: {ACCENT_LIGHT}; border-radius: 4px;
    padding: 1px 6px; font-size: 12px;
}}
QLabel[role="chip"] {{
    color: {MUTED}; background: {BACKGROUND}; border: 1px solid {BORDER}; border-radius: 4px;
    padding: 0px 5px; font-size: 12px;
}}
QLabel[role="grade"] {{
    color: white; background: {ACCENT}; border-radius: 6px; padding: 2px 10px;
    font-size: 16px; font-weight: 700;
}}
QLabel[role="grade"][state="veto"] {{ background: {RED}; }}
QLabel[role="saved"] {{ color: {GREEN}; font-size: 12px; }}
QLabel[role="unsaved"] {{ color: {RED}; font-size: 12px; font-weight: 600; }}

QFrame#vetoBanner {{
    background: {RED_LIGHT}; border: 1px solid {RED}; border-radius: 8px;
}}
QFrame#vetoBanner QLabel {{ color: {RED}; }}
QFrame#formWarning {{
    background: {AMBER_LIGHT}; border: 1px solid #ecd9a8; border-radius: 8px;
}}
QFrame#formWarning QLabel {{ color: {AMBER}; }}
QFrame#saveError {{ background: {RED_LIGHT}; border-bottom: 1px solid {RED}; }}
QFrame#saveError QLabel {{ color: {RED}; font-weight: 600; }}
QFrame#saveError QPushButton {{ color: {RED}; }}
QFrame#topBar {{ background: {CARD}; border-bottom: 1px solid {BORDER}; }}
QFrame#footerBar {{ background: {CARD}; border-top: 1px solid {BORDER}; }}

QPushButton {{
    background: {CARD}; color: {TEXT}; border: 1px solid #c9d1da; border-radius: 6px;
    padding: 5px 14px; min-height: 20px;
}}
QPushButton:hover {{ background: {ACCENT_LIGHT}; border-color: {ACCENT}; }}
QPushButton:focus {{ border: 1px solid {ACCENT}; }}
QPushButton:pressed {{ background: #d6e2f0; }}
QPushButton:disabled {{ color: #a7b0ba; background: #f7f8fa; border-color: {BORDER}; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton[role="primary"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[role="primary"]:disabled {{ background: #9db4cf; border-color: #9db4cf; color: #eef2f7; }}
QPushButton[role="danger"]:hover {{ background: {RED_LIGHT}; border-color: {RED}; color: {RED}; }}
QPushButton[role="link"] {{
    background: transparent; border: none; color: {ACCENT}; padding: 2px 4px; text-align: left;
}}
QPushButton[role="link"]:hover {{ text-decoration: underline; }}
QPushButton[role="link"]:focus {{ border: 1px dotted {ACCENT}; }}
QFrame#vetoBanner QPushButton[role="link"] {{ color: {RED}; }}
QPushButton[role="option"] {{ padding: 5px 16px; min-width: 56px; }}
QPushButton[role="option"]:checked {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton[role="option"][tone="bad"]:checked {{ background: {RED}; border-color: {RED}; }}
QPushButton[role="option"][tone="mid"]:checked {{ background: #c77c02; border-color: #c77c02; }}
QPushButton[role="option"][tone="good"]:checked {{ background: {GREEN}; border-color: {GREEN}; }}
QPushButton[role="option"]:disabled {{ color: #b5bcc4; }}
QPushButton[role="nav"] {{ padding: 5px 10px; }}

QLineEdit, QPlainTextEdit, QSpinBox, QComboBox {{
    background: white; border: 1px solid #c9d1da; border-radius: 5px; padding: 4px 6px;
    selection-background-color: {ACCENT};
}}
QSpinBox {{ padding-right: 22px; }}
QSpinBox::up-button, QSpinBox::down-button {{
    subcontrol-origin: border; width: 20px; border-left: 1px solid {BORDER}; background: #f6f8fa;
}}
QSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 5px; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; border-bottom-right-radius: 5px; }}
QSpinBox::up-button:hover, QSpinBox::down-button:hover {{ background: {ACCENT_LIGHT}; }}
QSpinBox::up-arrow {{ image: url(:/qt-project.org/styles/commonstyle/images/arrow-up-16.png); width: 8px; height: 8px; }}
QSpinBox::down-arrow {{ image: url(:/qt-project.org/styles/commonstyle/images/arrow-down-16.png); width: 8px; height: 8px; }}
QComboBox {{ padding-right: 24px; }}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 22px; border: none;
}}
QComboBox::down-arrow {{ image: url(:/qt-project.org/styles/commonstyle/images/arrow-down-16.png); width: 10px; height: 10px; }}
QComboBox QAbstractItemView {{ background: white; selection-background-color: {ACCENT_LIGHT}; selection-color: {TEXT}; }}
QLineEdit:focus, QPlainTextEdit:focus, QSpinBox:focus, QComboBox:focus {{ border: 1px solid {ACCENT}; }}
QLineEdit[state="error"], QPlainTextEdit[state="error"] {{ border: 1px solid {RED}; background: #fffafa; }}
QLineEdit[state="warning"] {{ border: 1px solid #d9a441; }}

QProgressBar {{
    background: #e6eaef; border: none; border-radius: 4px; height: 8px; text-align: center;
}}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 4px; }}
QProgressBar[state="done"]::chunk {{ background: {GREEN}; }}
QProgressBar[state="veto"]::chunk {{ background: {RED}; }}

QTreeWidget, QTableWidget {{
    background: white; border: 1px solid {BORDER}; border-radius: 6px;
    alternate-background-color: #f8fafc; selection-background-color: {ACCENT_LIGHT};
    selection-color: {TEXT};
}}
QTreeWidget::item {{ padding: 4px 2px; }}
QTableWidget::item {{ padding: 4px 6px; }}
QTableWidget {{ outline: 0; }}
QTableWidget::item:focus {{ border: none; }}
QTreeWidget {{ outline: 0; }}
QTreeWidget::item:selected {{ background: {ACCENT_LIGHT}; color: {TEXT}; }}
QHeaderView::section {{
    background: #f6f8fa; color: {MUTED}; border: none; border-bottom: 1px solid {BORDER};
    padding: 6px 6px; font-weight: 600;
}}
QStatusBar {{ background: {CARD}; border-top: 1px solid {BORDER}; color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; }}
QSplitter::handle {{ background: {BACKGROUND}; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 2px; }}
QScrollBar::handle {{ background: #c5ccd4; border-radius: 3px; min-height: 30px; min-width: 30px; }}
QScrollBar::handle:hover {{ background: #a9b3be; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QToolButton {{
    background: {CARD}; border: 1px solid #c9d1da; border-radius: 6px; padding: 4px 10px;
}}
QToolButton:hover {{ background: {ACCENT_LIGHT}; border-color: {ACCENT}; }}
QToolButton::menu-indicator {{ image: none; width: 0; }}
QToolTip {{ background: #fffff0; color: {TEXT}; border: 1px solid {BORDER}; padding: 4px; }}
"""


def light_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: BACKGROUND,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: CARD,
        QPalette.ColorRole.AlternateBase: "#f8fafc",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: CARD,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#fffff0",
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: "#9aa5b1",
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def apply(app: QApplication, set_style: bool = True, sheet: bool = True) -> None:
    """Fusion with our light palette and stylesheet, the same on every platform.

    ``set_style=False`` when the application was created with ``-style Fusion`` (faster).
    ``sheet=False`` leaves the stylesheet to :func:`apply_sheet`: the window shell painted first
    has nothing but its background, which the palette alone gives in the same colour.
    """
    if set_style:
        app.setStyle("Fusion")
    app.setPalette(light_palette())
    if sheet:
        apply_sheet(app)


def apply_sheet(app: QApplication) -> None:
    app.setStyleSheet(STYLESHEET)


def set_state(widget: QWidget, name: str, value) -> None:
    """Set a dynamic property used by the stylesheet and re-polish so it shows at once."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()

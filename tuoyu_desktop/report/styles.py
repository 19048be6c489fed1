"""Colours, paragraph styles and table styles of the report (one look, defined once)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from tuoyu_desktop.report.geometry import MARGIN_LEFT, MARGIN_RIGHT, PAGE_SIZE

CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

ACCENT = colors.HexColor("#2F5D8A")  # muted blue: headings, rules, bars
ACCENT_LIGHT = colors.HexColor("#E6EDF5")  # table headers
BAND = colors.HexColor("#F2F5F9")  # indicator rows, zebra
GRID = colors.HexColor("#C5D0DC")
TEXT = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
RED = colors.HexColor("#B3261E")
RED_LIGHT = colors.HexColor("#FBECEA")
AMBER = colors.HexColor("#9A5B00")
AMBER_LIGHT = colors.HexColor("#FFF6E0")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle
    big_number: ParagraphStyle
    big_caption: ParagraphStyle
    alert: ParagraphStyle


def make_styles(font: str) -> Styles:
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=14, textColor=TEXT, wordWrap="CJK")

    def style(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    cell = style("cell", fontSize=8.5, leading=12)
    return Styles(
        title=style("title", fontSize=26, leading=34, alignment=TA_CENTER, textColor=ACCENT, spaceAfter=4 * mm),
        subtitle=style("subtitle", fontSize=15, leading=21, alignment=TA_CENTER, spaceAfter=2 * mm),
        h1=style("h1", fontSize=15, leading=20, textColor=ACCENT, spaceBefore=2 * mm, spaceAfter=3 * mm),
        h2=style("h2", fontSize=11.5, leading=16, textColor=ACCENT, spaceBefore=4 * mm, spaceAfter=1 * mm),
        body=base,
        small=style("small", fontSize=8, leading=11, textColor=MUTED),
        note=style("note", fontSize=8.5, leading=13, textColor=MUTED),
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_head=ParagraphStyle("cell_head", parent=cell, alignment=TA_CENTER, textColor=ACCENT),
        label=ParagraphStyle("label", parent=cell, textColor=MUTED),
        big_number=style("big_number", fontSize=22, leading=28, alignment=TA_CENTER, textColor=ACCENT),
        big_caption=style("big_caption", fontSize=8.5, leading=12, alignment=TA_CENTER, textColor=MUTED),
        alert=style("alert", fontSize=9.5, leading=14, alignment=TA_LEFT),
    )


def grid_table_style(font: str, header_rows: int = 1) -> list[tuple]:
    """Light grid, tinted header, cells padded for CJK text."""
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), font),  # for plain-string cells; else reportlab adds Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT_LIGHT),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ]
    return commands


def box_style(font: str, border, fill) -> list[tuple]:
    """A single-cell table used as a coloured call-out box."""
    return [
        ("FONT", (0, 0), (-1, -1), font),
        ("BOX", (0, 0), (-1, -1), 1, border),
        ("BACKGROUND", (0, 0), (-1, -1), fill),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
    ]


@functools.cache  # a report asks some 20,000 times (5,000 items), for a handful of colours
def hex_of(color) -> str:
    """``#rrggbb`` for use in paragraph markup."""
    return "#" + color.hexval()[2:]

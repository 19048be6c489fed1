"""The report-document base that every PDF of the program is built on.

A :class:`ReportDocument` subclass appends flowables to ``story`` in :meth:`~ReportDocument.build`,
says what the document is in :meth:`~ReportDocument.info`, and may name files to embed in
:meth:`~ReportDocument.embedded_files`. :meth:`~ReportDocument.write` does the rest, the same way
for every report: check every recorded text against the font (``UnrenderableText`` before
anything is written), lay the story out in memory with page furniture and progress, embed the
files, and put the PDF in place atomically.

What the reports share lives here once: the bundled font and styles, recording user and form
text for the font check, the appendix of long notes, tables, call-out boxes, the photo grid and
the invisible progress marks.
"""

from __future__ import annotations

import html
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, PageBreak, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.doctemplate import FrameActionFlowable

from tuoyu_desktop import __version__
from tuoyu_desktop.atomic import write_atomically
from tuoyu_desktop.report import cells, fonts, grid, textcheck, windowed
from tuoyu_desktop.report.pages import PORTRAIT, Furniture, NumberedCanvas, PageLayout
from tuoyu_desktop.report.styles import (
    ACCENT,
    ACCENT_LIGHT,
    AMBER,
    GRID,
    MUTED,
    Styles,
    box_style,
    grid_table_style,
    hex_of,
    make_styles,
)
from tuoyu_desktop.report.textcheck import Place, place
from tuoyu_desktop.switches import ProcessSwitch, collector_paused

Progress = Callable[[int, int], None]

# A table row cannot be much taller than a page without trouble (reportlab splits tall rows
# slowly and cannot split vertically centred ones): notes longer than this are cut in the
# table and printed in full in an appendix.
NOTE_IN_TABLE = 300
NOTE_EXCERPT = 200
APPENDIX_CHUNK = 1200  # appendix paragraphs are split into chunks so that layout stays linear
GRID_TABLES = True  # grid tables drawn by .grid (False: all by reportlab, to compare)
LONG_ROW_CHARS = 600  # rows with more text than this are top-aligned (splittable)
PHOTO_MAX_HEIGHT = 70 * mm


@dataclass(frozen=True)
class DocumentInfo:
    """The PDF's metadata and the texts of its page header and footer."""

    title: str
    author: str
    subject: str
    header_left: str
    header_right: str
    footer_left: str
    footer_right: str
    keywords: tuple[str, ...] = ()
    watermark: str = ""  # across every page when set (草稿 on a draft)


def escape(text: str) -> str:
    """``text`` for paragraph markup: ``&``, ``<`` and ``>`` as entities, as
    ``xml.sax.saxutils.escape`` does (whose module imports urllib, http and email)."""
    return html.escape(text, quote=False)


def chunks(text: str, size: int) -> list[str]:
    """``text`` as paragraphs: split on line breaks; lines longer than ``size`` are cut after
    the last sentence end (。！？；.!?;) in each window, or at ``size`` if there is none."""
    parts = []
    for line in text.replace("\r\n", "\n").split("\n"):
        while len(line) > size:
            cut = max(line.rfind(mark, 0, size) for mark in "。！？；.!?;") + 1 or size
            parts.append(line[:cut])
            line = line[cut:]
        parts.append(line)
    return parts


class CoverEnd(FrameActionFlowable):
    """Where the cover ends: what follows starts on a new page, unless the cover has run onto a
    page of its own already (many failed decisive items make it long). Then it follows below,
    instead of after a second page left all but empty."""

    def __init__(self) -> None:  # FrameActionFlowable's own refuses to be called
        pass

    def frameAction(self, frame: Any) -> None:  # noqa: N802 (reportlab's name)
        if self.canv.getPageNumber() == 1:
            frame.add_generated_content(PageBreak())


class _ProgressMark(Flowable):
    """Invisible; reports progress when the layout reaches it."""

    def __init__(self, callback: Callable[[], None]):
        super().__init__()
        self._callback = callback

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        return 0, 0

    def draw(self) -> None:
        self._callback()


def _no_a85() -> Any:
    saved = rl_config.useA85
    rl_config.useA85 = 0
    return saved


# Keeps reportlab from ASCII85-encoding the streams of our PDFs. ASCII85 makes embedded JPEG
# photos a quarter bigger and costs seconds in reportlab's pure-Python encoder. reportlab has no
# per-document switch for it: it reads the module global ``rl_config.useA85`` when an image
# XObject is made (``canvas.drawImage`` → ``PDFImageXObject.loadImageFromJPEG``) and when page
# and form streams are serialised (``PDFPage.format``, ``PDFFormXObject.format``), both inside
# ``doc.build``.
binary_streams = ProcessSwitch(_no_a85, lambda saved: setattr(rl_config, "useA85", saved))


def scaled_image(jpeg: bytes, max_width: float, max_height: float) -> Image:
    """A JPEG as a flowable no larger than ``max_width`` × ``max_height``, aspect kept."""
    from reportlab.lib.utils import ImageReader

    width, height = ImageReader(io.BytesIO(jpeg)).getSize()
    scale = min(max_width / width, max_height / height)
    return Image(io.BytesIO(jpeg), width=width * scale, height=height * scale)


class ReportDocument:
    """One PDF being made: its story, the texts it uses, and how it is written out."""

    def __init__(self, layout: PageLayout = PORTRAIT):
        self.layout = layout
        self.font = fonts.register()
        self.s: Styles = make_styles(self.font)
        self.texts: list[tuple[Place, str]] = []  # (where, text) of every user or form text used
        self.story: list[Flowable] = []
        self.long_notes: dict[tuple[Place, str], int] = {}  # (where, text) → appendix number
        self.marks = 0
        self._progressed: Callable[[], None] = lambda: None

    # -- what a document is: subclasses fill these in ---------------------------------------
    def build(self) -> None:
        """Append the document's flowables to ``story``, recording every text they use."""
        raise NotImplementedError

    def info(self) -> DocumentInfo:
        """Metadata, header and footer (recorded in :meth:`build` when they carry user text)."""
        raise NotImplementedError

    def embedded_files(self) -> Sequence[tuple[str, bytes]]:
        """``(name, data)`` of files to embed; asked after layout, so they may describe it."""
        return ()

    # -- text -------------------------------------------------------------------------------
    def t(self, text: str, where: Place) -> str:
        """Paragraph markup for user/form ``text``, recorded for the font check with ``where`` it
        comes from (a :func:`~.textcheck.place`)."""
        self.texts.append((where, text))
        return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")

    def raw(self, text: str, where: Place) -> str:
        """Plain ``text`` drawn outside paragraphs (page header, chart), recorded for the check."""
        self.texts.append((where, text))
        return text

    def note(self, text: str, where: Place) -> str:
        """A user's free text for a table cell; very long ones go to the appendix in full."""
        text = text.strip()
        if len(text) <= NOTE_IN_TABLE:
            return self.t(text, where)
        number = self.long_notes.setdefault((where, text), len(self.long_notes) + 1)
        return self.t(text[:NOTE_EXCERPT], where) + self.color(f"……（全文见附录第 {number} 条）", MUTED)

    def p(self, markup: str, style: Any = None) -> Flowable:
        """A paragraph of ``markup`` (laid out by :mod:`.cells` when the markup is simple)."""
        return cells.paragraph(markup, style or self.s.cell)

    @staticmethod
    def color(markup: str, color: Color) -> str:
        return f'<font color="{hex_of(color)}">{markup}</font>'

    # -- structure --------------------------------------------------------------------------
    def mark(self) -> None:
        """A progress step when the layout reaches this point of the story."""
        self.marks += 1
        self.story.append(_ProgressMark(lambda: self._progressed()))

    def table(self, rows: list[list[Any]], widths: list[float], extra: Sequence[tuple[Any, ...]] = (),
              header_rows: int = 1, **kw: Any) -> Flowable:
        """A grid table with a tinted header; rows that might outgrow a page can break.

        A long table is laid out a window of rows at a time (:mod:`.windowed`), the same pages
        in linear time."""
        per_row = list(extra)
        # reportlab cannot split a vertically centred row: rows that might outgrow a page
        # are top-aligned so that they can break across pages
        for index, row in enumerate(rows):
            if sum(len(getattr(cell, "text", "")) for cell in row) > LONG_ROW_CHARS:
                per_row.append(("VALIGN", (0, index), (-1, index), "TOP"))
        everywhere = grid_table_style(self.font, header_rows)

        def make(shown: list[list[Any]], commands: list[tuple[Any, ...]],
                 heights: list[float | None] | None = None) -> Table:
            table = Table(shown, colWidths=widths, rowHeights=heights, repeatRows=header_rows,
                          splitInRow=grid.SPLIT_IN_ROW, **kw)
            table.setStyle(TableStyle(commands))
            return table

        if not kw and GRID_TABLES:
            count = len(rows)
            absolute = [(c[0], (c[1][0], r0), (c[2][0], r1), *c[3:])
                        for c in per_row for r0, r1 in [windowed._rows_of(c, count)]]

            def rest(start: int, end: int) -> Flowable:  # reportlab's table of the header and rows start…end
                return windowed.WindowedTable(make, rows[:end], header_rows, everywhere,
                                              [c for c in absolute if c[1][1] < end], start=start)

            planned = grid.plan(rows, widths, header_rows, per_row, (GRID, ACCENT, ACCENT_LIGHT), rest)
            if planned is not None:
                return grid.GridTable(planned)
        if not kw and windowed.windowable(rows, per_row):
            return windowed.WindowedTable(make, rows, header_rows, everywhere, per_row)
        return make(rows, everywhere + per_row)

    def callout(self, markup: str, border: Color, fill: Color) -> Table:
        """A coloured box around ``markup``, as wide as the text column."""
        width = self.layout.content_width
        table = Table([[self.p(markup, self.s.alert)]], colWidths=[width], splitInRow=grid.SPLIT_IN_ROW)
        table.setStyle(TableStyle(box_style(self.font, border, fill) + [("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return table

    def photo_grid(self, photos: Sequence[tuple[bytes | str, str]]) -> Table:
        """Photos two per row, each above its caption.

        ``photos``: ``(picture, caption markup)``, where the picture is report JPEG bytes
        (already downscaled and stripped of metadata; reportlab embeds them as they are) or the
        reason it cannot be shown, printed in its place.
        """
        column = (self.layout.content_width - 6 * mm) / 2
        cells: list[list[Any]] = []
        for picture, caption in photos:
            if isinstance(picture, bytes):
                shown: Flowable = scaled_image(picture, column - 4 * mm, PHOTO_MAX_HEIGHT)
            else:
                shown = self.p(self.color(f"照片无法显示：{self.t(picture or '文件缺失', place('photo_problem'))}", AMBER))
            cells.append([shown, self.p(caption, self.s.small)])
        rows: list[list[Any]] = [cells[i:i + 2] for i in range(0, len(cells), 2)]
        if len(rows[-1]) == 1:
            rows[-1].append("")
        table = Table(rows, colWidths=[column + 3 * mm] * 2)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), self.font), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return table

    def notes_appendix(self) -> None:
        """The full text of every note that :meth:`note` cut short, numbered as referenced."""
        if not self.long_notes:
            return
        s, add = self.s, self.story.append
        add(PageBreak())
        add(self.p("附录：备注全文", s.h1))
        add(self.p("以下备注和不适用理由较长，表格中只列出了开头部分，全文如下。", s.note))
        for (where, text), number in self.long_notes.items():
            add(self.p(f"{number}．{escape(where.message())}", s.h2))
            for chunk in chunks(text, APPENDIX_CHUNK):
                add(self.p(self.t(chunk, where) if chunk.strip() else "&nbsp;", s.body))

    # -- output -----------------------------------------------------------------------------
    def write(self, target: Path, progress: Progress | None = None) -> None:
        """Build, check, lay out and write the PDF to ``target`` (all or nothing).

        Raises ``UnrenderableText`` (nothing written) when some text cannot be drawn with the
        bundled font, and lets ``OSError`` through when the file cannot be written.
        ``progress(done, total)`` is called as the layout advances, ending with ``done == total``.
        """
        with collector_paused():
            self.build()
            textcheck.check(self.texts, fonts.charset())
            total_steps = self.marks + 2  # layout marks, then the finished PDF, then the file in place
            done = 0

            def step(value: int) -> None:
                nonlocal done
                done = max(done, min(value, total_steps))
                if progress is not None:
                    progress(done, total_steps)

            self._progressed = lambda: step(done + 1)
            step(0)
            pdf = self._layout(self.info())  # the embedded files are written with the pages
        step(total_steps - 1)
        write_atomically(Path(target), pdf)
        step(total_steps)

    def _layout(self, info: DocumentInfo) -> bytes:
        layout = self.layout
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer,
            pagesize=layout.size,
            leftMargin=layout.left,
            rightMargin=layout.right,
            topMargin=layout.top,
            bottomMargin=layout.bottom,
            title=info.title,
            author=info.author,
            subject=info.subject,
            creator="tuoyu-desktop",
            producer=f"tuoyu-desktop {__version__} (reportlab)",
            keywords=list(info.keywords),
            lang="zh-CN",
            initialFontName=self.font,
        )
        furniture = Furniture(font=self.font, header_left=info.header_left, header_right=info.header_right,
                              footer_left=info.footer_left, footer_right=info.footer_right, layout=layout,
                              watermark=info.watermark)
        try:
            with binary_streams():
                doc.build(self.story, canvasmaker=partial(NumberedCanvas, furniture=furniture,
                                                          attachments=self.embedded_files))
        finally:
            cells.forget_cells()
        return buffer.getvalue()

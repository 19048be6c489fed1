"""Make the bundled Chinese font: a subset of WenQuanYi Micro Hei (Debian ``fonts-wqy-microhei``).

Why a subset: reportlab embeds only TrueType (glyf) fonts, and the full WenQuanYi collection is
a 5 MB .ttc. The subset keeps the regular face (index 0) with every character encodable in
GBK (names need more than GB 2312: 玥 堃 喆 珺), Latin-1, and the punctuation and symbol blocks a report may use (— – … “ ” · • ● ■
≥ ≤ × ÷ ％ （ ） 〔 〕 ①…⑳ 〇 ¥ € ㎡ …), limited to what the font actually has.

Reproducible: same source font + same fontTools → byte-identical output (the source font's
timestamps are kept). Run from the repository root::

    python installer/subset_font.py                    # writes resources/fonts/wqy-microhei.ttf
    python installer/subset_font.py --charset gb2312 -o /tmp/wqy-gb2312.ttf   # the smaller GB2312 variant
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

SOURCE = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "resources" / "fonts" / "wqy-microhei.ttf"

UNITS_PER_EM = 1000

# Unicode blocks kept in full (as far as the font covers them): punctuation, symbols, forms.
EXTRA_BLOCKS = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement: ¥ · × ÷ ± ° …
    (0x2000, 0x206F),  # general punctuation: — – … “ ” ‘ ’ • ‰ ※
    (0x20A0, 0x20CF),  # currency: €
    (0x2100, 0x214F),  # letterlike: ℃ № ™
    (0x2150, 0x218F),  # number forms: Ⅰ Ⅱ …
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators: ≥ ≤ ≠ √
    (0x2460, 0x24FF),  # enclosed alphanumerics: ① … ⑳
    (0x2500, 0x257F),  # box drawing
    (0x25A0, 0x25FF),  # geometric shapes: ● ■ □ ▲ ◆
    (0x2600, 0x26FF),  # miscellaneous symbols: ★ ☆
    (0x2700, 0x27BF),  # dingbats: ✓ ✔
    (0x3000, 0x303F),  # CJK symbols and punctuation: 、 。 〇 〔 〕 《 》 「 」
    (0x3200, 0x32FF),  # enclosed CJK: ㈠ ㊣
    (0x3300, 0x33FF),  # CJK compatibility: ㎡ ㎏
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half- and full-width forms: ％ （ ） ￥
)


def charset_codepoints(charset: str) -> set[int]:
    """Every character encodable in ``charset`` (gb2312 or gbk), by trying each double-byte code."""
    if charset == "gb2312":
        rows, cols = range(0xA1, 0xF8), range(0xA1, 0xFF)
    elif charset == "gbk":
        rows, cols = range(0x81, 0xFF), range(0x40, 0xFF)
    else:
        raise ValueError(f"unknown charset {charset!r}")
    found = set()
    for hi in rows:
        for lo in cols:
            try:
                found.add(ord(bytes((hi, lo)).decode(charset)))
            except UnicodeDecodeError:
                pass
    return found


def wanted_codepoints(charset: str, cmap: dict[int, str]) -> set[int]:
    # GBK is a superset of GB 2312, but Python's two codecs map a few codes differently
    # (A1A4 is U+00B7 in one and U+30FB in the other): keep both readings.
    wanted = charset_codepoints(charset) | charset_codepoints("gb2312")
    for low, high in EXTRA_BLOCKS:
        wanted.update(range(low, high + 1))
    return {cp for cp in wanted if cp in cmap}


def make_subset(source: Path, output: Path, charset: str) -> dict:
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    font = TTFont(str(source), fontNumber=0, recalcTimestamp=False, lazy=False)
    cmap = font.getBestCmap()
    unicodes = wanted_codepoints(charset, cmap)

    options = subset.Options()
    options.name_IDs = ["*"]  # keep copyright, licence and family names
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True  # a visible .notdef box rather than nothing
    options.glyph_names = False
    options.recalc_timestamp = False
    options.drop_tables += ["FFTM"]  # FontForge timestamp table: not subsettable, not needed
    options.hinting = False  # the font ships no useful hinting, and rescaling would break it
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    # pyHanko's stamp layout assumes 1000 units per em (design.md); one font at 1000 serves
    # the report, the GUI and the signature stamp alike.
    scale_upem(font, UNITS_PER_EM)

    output.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(output))
    data = output.read_bytes()
    return {
        "output": str(output),
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "codepoints": len(font.getBestCmap()),
        "glyphs": font["maxp"].numGlyphs,
        "source_sha256": hashlib.sha256(source.read_bytes()).hexdigest(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help=f"WenQuanYi Micro Hei .ttc (default {SOURCE})")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--charset", choices=("gb2312", "gbk"), default="gbk")
    args = parser.parse_args(argv)
    if not args.source.is_file():
        print(f"source font not found: {args.source} (apt-get install fonts-wqy-microhei)", file=sys.stderr)
        return 1
    info = make_subset(args.source, args.output, args.charset)
    for key, value in info.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

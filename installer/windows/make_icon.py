"""Draw the app's icon, resources/tuoyu.ico (16 to 256 pixels), and a PNG of it.

A rounded teal square with a white 托 (from the bundled WenQuanYi Micro Hei) and an orange tick:
托育, checked. Run from the repository root with the project's environment (Pillow comes with
pyHanko): ``.venv/bin/python installer/windows/make_icon.py``. The result is committed; the build
does not redraw it.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttf"
SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]
TEAL, ORANGE, WHITE = (22, 122, 110, 255), (245, 146, 32, 255), (255, 255, 255, 255)


def draw(size: int = 1024) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    margin = size // 32
    pen.rounded_rectangle((margin, margin, size - margin, size - margin), radius=size // 5, fill=TEAL)
    font = ImageFont.truetype(str(FONT), int(size * 0.6))
    box = pen.textbbox((0, 0), "托", font=font)
    width, height = box[2] - box[0], box[3] - box[1]
    pen.text(((size - width) / 2 - box[0] - size * 0.07, (size - height) / 2 - box[1] - size * 0.06), "托",
             font=font, fill=WHITE, stroke_width=size // 64, stroke_fill=WHITE)
    # the tick on an orange disc, bottom right
    r = size * 0.2
    cx, cy = size - margin - r * 0.95, size - margin - r * 0.95
    pen.ellipse((cx - r, cy - r, cx + r, cy + r), fill=ORANGE, outline=WHITE, width=max(1, size // 40))
    pen.line([(cx - r * 0.5, cy + r * 0.02), (cx - r * 0.12, cy + r * 0.42), (cx + r * 0.55, cy - r * 0.4)],
             fill=WHITE, width=max(2, int(r * 0.26)), joint="curve")
    return image


def main() -> None:
    big = draw()
    out = ROOT / "resources" / "tuoyu.ico"
    big.resize((256, 256), Image.LANCZOS).save(out, sizes=[(s, s) for s in SIZES])
    big.resize((256, 256), Image.LANCZOS).save(ROOT / "resources" / "tuoyu.png")
    print(f"{out} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()

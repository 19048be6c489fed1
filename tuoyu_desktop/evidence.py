"""Evidence files (佐证材料): photos and documents stored once under their SHA-256.

- :func:`inspect_file` reads a candidate file and says what it is (image or document), refusing
  unreadable, truncated, huge or decompression-bomb images with a message for the user;
- :class:`ContentStore` keeps the bytes in ``<data>/evidence/ab/abcdef…`` (same content, one copy)
  and makes thumbnails on demand;
- :func:`report_jpeg` gives a photo as it goes into a report: EXIF orientation applied, downscaled,
  re-encoded as JPEG without any metadata (no GPS, no device).

Pillow is imported only inside the functions that need it (app start stays fast).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from tuoyu_desktop.atomic import write_atomically
from tuoyu_desktop.errors import InvalidInput
from tuoyu_desktop.messages import Message, text_of

DEFAULT_MAX_FILE_MB = 30  # per file; a setting (evidence_max_mb) can change it
DEFAULT_TOTAL_WARN_MB = 200  # warn before finalising when one assessment's files exceed this
MAX_IMAGE_PIXELS = 60_000_000  # larger images are refused (12 MP phones, 50 MP cameras pass)
THUMB_SIZE = 256
REPORT_MAX_SIDE = 960  # ≈ 280 dpi across half the page; a 12 MP JPEG decodes at 1/4 scale
REPORT_QUALITY = 72

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff", ".heic"}
# Documents by what their content must begin with: PDF, OOXML/OFD (zip), legacy Office/WPS (OLE).
_ZIP, _OLE = (b"PK\x03\x04",), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)
DOCUMENT_SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF-",), ".docx": _ZIP, ".xlsx": _ZIP, ".pptx": _ZIP, ".ofd": _ZIP,
    ".doc": _OLE, ".xls": _OLE, ".ppt": _OLE, ".wps": _OLE + _ZIP, ".txt": (), ".csv": (),
}
DOCUMENT_SUFFIXES = set(DOCUMENT_SIGNATURES)
ALLOWED_TYPES = Message("evidence.allowed_types")


class EvidenceError(InvalidInput):
    """A file that cannot be attached or read; the message is for the user."""


@dataclass(frozen=True)
class FileInfo:
    """What a candidate file turned out to be."""

    sha256: str
    size: int
    kind: str  # "image" or "document"
    mime: str
    width: int = 0
    height: int = 0


def _human(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, size // 1024)} KB"


def _open_image(data: bytes, name: str):
    """A Pillow image, checked: not truncated, not a decompression bomb. Raises EvidenceError."""
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with Image.open(io.BytesIO(data)) as probe:
            probe.verify()
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_IMAGE_PIXELS:
            raise Image.DecompressionBombError("too many pixels")
        return image
    except Image.DecompressionBombError:
        raise EvidenceError(Message("evidence.too_many_pixels", name=name, limit=MAX_IMAGE_PIXELS // 1_000_000)) from None
    except UnidentifiedImageError:
        raise EvidenceError(Message("evidence.not_image_file", name=name)) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:  # truncated or damaged data
        raise EvidenceError(Message("evidence.damaged", name=name, error=exc.__class__.__name__)) from None


def _decode_fully(image, name: str) -> None:
    from PIL import Image

    try:
        image.load()
    except Image.DecompressionBombError:
        raise EvidenceError(Message("evidence.too_large_image", name=name)) from None
    except (OSError, SyntaxError, ValueError, EOFError):
        raise EvidenceError(Message("evidence.truncated", name=name)) from None


def clean_name(text: str) -> str:
    """A file name or caption without control, direction or zero-width characters (which can
    make "photo\u202egpj.exe" display as "photoexe.jpg")."""
    import unicodedata

    return "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf") or c in "\t").strip()


def _check_link(path: Path) -> None:
    """A symbolic link is followed only to a file beside it: one pointing elsewhere (a system
    file, another user's folder) is refused, whatever its name says."""
    if not path.is_symlink():
        return
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        raise EvidenceError(Message("evidence.broken_link", name=clean_name(path.name))) from None
    if target.parent != path.parent.resolve() or not target.is_file():
        raise EvidenceError(Message("evidence.link_elsewhere", name=clean_name(path.name), target=target))


def _check_document(data: bytes, suffix: str, name: str) -> None:
    signatures = DOCUMENT_SIGNATURES.get(suffix)
    if signatures is None:
        shown = suffix or Message("evidence.no_suffix")
        raise EvidenceError(Message("evidence.bad_type", name=name, suffix=shown, allowed=ALLOWED_TYPES))
    if signatures and not data.startswith(signatures):
        raise EvidenceError(Message("evidence.content_mismatch", name=name, kind=suffix[1:].upper()))
    if not signatures:  # plain text: readable text, no binary
        if b"\x00" in data or not _decodes(data):
            raise EvidenceError(Message("evidence.not_text", name=name))


def _decodes(data: bytes) -> bool:
    for encoding in ("utf-8", "gb18030"):
        try:
            data.decode(encoding)
            return True
        except UnicodeDecodeError:
            continue
    return False


def inspect_file(path: Path, max_bytes: int, expect_image: bool = False) -> tuple[FileInfo, bytes]:
    """Read ``path`` and check it; returns its description and bytes. Raises EvidenceError.

    Only photos and the usual document types are accepted, each checked by its content (an
    ``.exe`` renamed ``.pdf`` is refused); links pointing outside the chosen file's folder are
    refused.
    """
    path = Path(path)
    name = clean_name(path.name)
    _check_link(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise EvidenceError(Message("evidence.not_file", name=name))
        if size > max_bytes:
            raise EvidenceError(Message("evidence.file_too_large", name=name, size=_human(size), limit=_human(max_bytes)))
        if size == 0:
            raise EvidenceError(Message("evidence.empty", name=name))
        data = path.read_bytes()
    except OSError as exc:
        from tuoyu_desktop.oserrors import describe

        raise EvidenceError(Message("evidence.unreadable", name=name, detail=describe(exc))) from None
    digest = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    looks_like_image = suffix in IMAGE_SUFFIXES or expect_image or _sniff_image(data)
    if looks_like_image and suffix not in DOCUMENT_SUFFIXES:
        image = _open_image(data, name)
        _decode_fully(image, name)
        mime = f"image/{(image.format or 'unknown').lower()}"
        return FileInfo(digest, size, "image", mime, *_oriented_size(image)), data
    if expect_image:
        raise EvidenceError(Message("evidence.not_image", name=name))
    _check_document(data, suffix, name)
    mime = "application/pdf" if data[:5] == b"%PDF-" else "application/octet-stream"
    return FileInfo(digest, size, "document", mime), data


def _sniff_image(data: bytes) -> bool:
    return data[:3] == b"\xff\xd8\xff" or data[:8] == b"\x89PNG\r\n\x1a\n" or data[:4] == b"RIFF" and data[8:12] == b"WEBP"


def _oriented_size(image) -> tuple[int, int]:
    orientation = image.getexif().get(0x0112, 1)
    return (image.height, image.width) if orientation in (5, 6, 7, 8) else (image.width, image.height)


class ContentStore:
    """Files kept by content: ``root/ab/<sha256>``; thumbnails in ``root/thumbs``."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, sha256: str, data: bytes) -> Path:
        target = self.path(sha256)
        if target.is_file() and target.stat().st_size == len(data):
            return target
        write_atomically(target, data, make_parents=True)
        return target

    def read(self, sha256: str) -> bytes:
        """The stored bytes, checked against their hash. Raises EvidenceError when missing or changed."""
        try:
            data = self.path(sha256).read_bytes()
        except FileNotFoundError:
            raise EvidenceError(Message("evidence.gone", short=sha256[:12])) from None
        except OSError as exc:
            from tuoyu_desktop.oserrors import describe

            raise EvidenceError(Message("evidence.stored_unreadable", short=sha256[:12], detail=describe(exc))) from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise EvidenceError(Message("evidence.changed", short=sha256[:12]))
        return data

    def problem(self, sha256: str) -> str | None:
        """Why the stored file is unusable (missing, changed), or None."""
        try:
            self.read(sha256)
        except EvidenceError as exc:
            return text_of(exc)
        return None

    def report_copy(self, sha256: str, max_side: int = REPORT_MAX_SIDE) -> bytes:
        """The photo as it goes into a report (see :func:`report_jpeg`), made once and kept in
        ``root/report``: attaching makes it, so exporting a report with many photos is quick.
        Raises EvidenceError when the original is gone (a cached copy never hides that)."""
        if not self.path(sha256).is_file():
            raise EvidenceError(Message("evidence.gone", short=sha256[:12]))
        target = self.root / "report" / f"{sha256}-{max_side}.jpg"
        with contextlib.suppress(OSError):
            return target.read_bytes()
        jpeg = report_jpeg(self.read(sha256), max_side=max_side, name=sha256[:12])
        with contextlib.suppress(OSError):  # a cache: failing to keep it only costs time later
            write_atomically(target, jpeg, make_parents=True)
        return jpeg

    def thumbnail(self, sha256: str, size: int = THUMB_SIZE) -> Path:
        """A JPEG thumbnail (orientation applied, no metadata), made once. Raises EvidenceError."""
        target = self.root / "thumbs" / f"{sha256}-{size}.jpg"
        if target.is_file():
            return target
        jpeg = report_jpeg(self.read(sha256), max_side=size, quality=80, name=sha256[:12])
        write_atomically(target, jpeg, make_parents=True)
        return target


def report_jpeg(data: bytes, max_side: int = REPORT_MAX_SIDE, quality: int = REPORT_QUALITY, name: str = "图片") -> bytes:
    """The photo as it goes into a report or thumbnail: upright, at most ``max_side`` pixels on
    its longer side, JPEG with no EXIF, XMP, ICC or comment (GPS and device never leave)."""
    from PIL import Image, ImageOps

    image = _open_image(data, name)
    if image.format == "JPEG":
        # decode at a reduced scale directly (1/2, 1/4, 1/8): much faster and lighter for big
        # photos. Ask for the size the longer side will be scaled to, keeping the aspect ratio.
        ratio = max_side / max(image.width, image.height)
        if ratio < 1:
            image.draft("RGB", (max(1, int(image.width * ratio)), max(1, int(image.height * ratio))))
    _decode_fully(image, name)
    exif_orientation = image.getexif().get(0x0112, 1)
    if exif_orientation != 1:
        image = ImageOps.exif_transpose(image)
    if image.mode not in ("RGB", "L"):
        if image.mode in ("RGBA", "LA", "P", "PA"):
            rgba = image.convert("RGBA")
            background = Image.new("RGB", rgba.size, (255, 255, 255))
            background.paste(rgba, mask=rgba.getchannel("A"))
            image = background
        else:
            image = image.convert("RGB")
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS if max_side <= 400 else Image.Resampling.BILINEAR)
    clean = Image.new(image.mode, image.size)  # a fresh image carries no info/exif from the source
    clean.paste(image)
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=quality, optimize=False, progressive=False)
    return out.getvalue()

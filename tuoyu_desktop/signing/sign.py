"""Sign a PDF: PAdES baseline B-B (``ETSI.CAdES.detached``), one visible signature field per signer.

The signature is added as an incremental update, so earlier signatures stay intact and several
people can sign one report in turn. The stamp shows who signed (name, role, organisation), when,
and the certificate's SHA-256 fingerprint, drawn with the Chinese stamp font
(:mod:`.stamp_font`), optionally next to a picture of a handwritten signature.

Imported only when signing: it pulls in pyHanko (≈0.5 s).
"""

from __future__ import annotations

import datetime as _dt
import io
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tuoyu_desktop.atomic import atomic_file
from tuoyu_desktop.dates import when
from tuoyu_desktop.messages import Message, text_of
from tuoyu_desktop.oserrors import describe as describe_os_error

from ._logs import SIGNING, quiet
from .errors import SignError
from .identity import IdentityInfo, LoadedIdentity, PathLike, describe_certificate, read_identity

__all__ = ["DEFAULT_REASON", "SignOutcome", "sign_pdf", "stamp_slots"]

DEFAULT_REASON = "确认本报告内容真实、完整"
MAX_PDF_BYTES = 200 * 1024 * 1024
FIELD_PREFIX = "Signature"

# stamp geometry (PDF points)
PAGE_MARGIN = 36
PAGE_MARGIN_BOTTOM = 60  # above a report's page footer
SLOT_GAP = 10
SLOT_HEIGHT = 112
SLOT_COLUMNS = 2
FONT_SIZE = 9
LEADING = 12
BORDER_COLOR = (0.72, 0.11, 0.11)
TEXT_COLOR = (0.1, 0.1, 0.1)


Box = tuple[float, float, float, float]  # lower-left x, y, upper-right x, y (points)


def _as_box(values: Iterable[Any]) -> Box:
    """Four numbers as a box; ``ValueError`` (or ``TypeError``) when they are not four numbers."""
    x0, y0, x1, y1 = (float(v) for v in values)
    return x0, y0, x1, y1


@dataclass
class SignOutcome:
    """What :func:`sign_pdf` did."""

    target: Path
    field_name: str
    page: int  # 0-based page index of the stamp
    box: Box
    signer: IdentityInfo
    signed_at: _dt.datetime
    stamp_text: str
    missing_characters: list[str] = field(default_factory=list)  # not in the stamp font


# --------------------------------------------------------------------------- font engine

_font_bytes_cache: dict[str, tuple[bytes, frozenset[int]]] = {}


def _font_data(path: Path) -> tuple[bytes, frozenset[int]]:
    key = str(path)
    hit = _font_bytes_cache.get(key)
    if hit is None:
        from fontTools.ttLib import TTFont

        data = path.read_bytes()
        font = TTFont(io.BytesIO(data), lazy=True)
        try:
            cmap = frozenset(font.getBestCmap().keys())
        finally:
            font.close()
        hit = _font_bytes_cache[key] = (data, cmap)
    return hit


# Characters every stamp may print besides the signer's own text: the signing time changes from
# one signature to the next, so its characters are always in the cut-down font, and the font
# cut for one signer serves all of their signatures.
_ALWAYS_IN_STAMP = "0123456789年月日时分秒:：-（）() ?·北京时间签署数字名证书指纹SHA256"
_SUBSETS_KEPT = 8
_subset_cache: dict[tuple[str, frozenset[str]], bytes] = {}
_subset_lock = threading.Lock()


def _subset_for_text(font_path: Path, text: str) -> bytes:
    """The stamp font cut down to the characters of one stamp (a few KB), cut once per signer.

    pyHanko parses, subsets and re-saves whatever font it is given, for every signature; with
    the 7,000-character font that is most of the signing time. Handing it the glyphs of this
    stamp only makes that work trivial. Cutting the font down is itself most of a signature's
    time (fontTools reads the whole font), so each cut is kept for the process, by the set of
    characters it holds: a signer's next signature, with another time on it, reuses it.
    """
    chars = frozenset(text.replace("\n", "")) | frozenset(_ALWAYS_IN_STAMP)
    key = (str(font_path), chars)
    with _subset_lock:
        hit = _subset_cache.get(key)
    if hit is not None:
        return hit

    from fontTools import subset
    from fontTools.ttLib import TTFont

    data, _ = _font_data(font_path)
    font = TTFont(io.BytesIO(data), lazy=True)
    options = subset.Options()
    options.layout_closure = False
    options.layout_features = []  # no shaping features needed for Chinese and digits
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "vhea", "vmtx"]
    options.hinting = False
    options.notdef_outline = True
    options.glyph_names = True
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(chars)))
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    cut = out.getvalue()
    with _subset_lock:
        while len(_subset_cache) >= _SUBSETS_KEPT:
            _subset_cache.pop(next(iter(_subset_cache)))
        _subset_cache[key] = cut
    return cut


def _font_factory(font_path: Path, text: str):
    """A pyHanko font-engine factory fed with a font holding just this stamp's characters."""
    from pyhanko.pdf_utils.font.api import FontEngineFactory
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator

    data = _subset_for_text(font_path, text)

    class _StampFontFactory(FontEngineFactory):
        def create_font_engine(self, writer, obj_stream=None):
            if obj_stream is None and writer.stream_xrefs:
                obj_stream = writer.prepare_object_stream()
            return GlyphAccumulator(
                writer=writer,
                font_handle=io.BytesIO(data),
                font_size=FONT_SIZE,
                obj_stream=obj_stream,
            )

    return _StampFontFactory()


# --------------------------------------------------------------------------- reading the source


def _read_pdf_bytes(source: PathLike) -> bytes:
    p = Path(source)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise SignError(Message("sign.not_found", path=p)) from None
    except OSError as e:
        raise SignError(Message("sign.unreadable", path=p, detail=describe_os_error(e))) from None
    if p.is_dir():
        raise SignError(Message("sign.folder", path=p))
    if size == 0:
        raise SignError(Message("sign.empty", path=p))
    if size > MAX_PDF_BYTES:
        raise SignError(Message("sign.too_large", mb=MAX_PDF_BYTES // (1024 * 1024), path=p))
    try:
        data = p.read_bytes()
    except OSError as e:
        raise SignError(Message("sign.unreadable", path=p, detail=describe_os_error(e))) from None
    if b"%PDF-" not in data[:1024]:
        raise SignError(Message("sign.not_pdf", path=p))
    return data


def _open_writer(data: bytes, source: PathLike):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    except Exception:  # noqa: BLE001 - pyHanko raises many kinds for damaged files
        raise SignError(Message("sign.damaged", path=source)) from None
    if writer.prev.encrypted:
        raise SignError(Message("sign.encrypted", path=source))
    return writer


# --------------------------------------------------------------------------- fields and placement


def _widgets_on_page(page_obj) -> list[Box]:
    rects = []
    for annot_ref in page_obj.get("/Annots", []) or []:
        try:
            annot = annot_ref.get_object()
            if annot.get("/Subtype") != "/Widget":
                continue
            rects.append(_as_box(annot["/Rect"]))
        except Exception:  # noqa: BLE001 - a damaged annotation is simply not avoided
            continue
    return rects


def _media_box(page_obj) -> Box:
    node = page_obj
    for _ in range(32):  # MediaBox is inheritable
        if node is None:
            break
        box = node.get("/MediaBox")
        if box is not None:
            x0, y0, x1, y1 = (float(v) for v in box)
            return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return 0.0, 0.0, 595.28, 841.89  # A4


def stamp_slots(media_box: Box, count: int | None = None) -> list[Box]:
    """Stamp boxes from the bottom of a page upwards, two per row (left, then right)."""
    x0, y0, x1, y1 = media_box
    width = (x1 - x0 - 2 * PAGE_MARGIN - (SLOT_COLUMNS - 1) * SLOT_GAP) / SLOT_COLUMNS
    rows = max(1, int((y1 - y0 - PAGE_MARGIN - PAGE_MARGIN_BOTTOM + SLOT_GAP) // (SLOT_HEIGHT + SLOT_GAP)))
    slots = []
    for row in range(rows):
        for col in range(SLOT_COLUMNS):
            lx = x0 + PAGE_MARGIN + col * (width + SLOT_GAP)
            ly = y0 + PAGE_MARGIN_BOTTOM + row * (SLOT_HEIGHT + SLOT_GAP)
            slots.append((round(lx, 2), round(ly, 2), round(lx + width, 2), round(ly + SLOT_HEIGHT, 2)))
            if count is not None and len(slots) >= count:
                return slots
    return slots


def _overlaps(a, b) -> bool:
    return not (a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1])


def _choose_box(page_obj) -> Box:
    taken = _widgets_on_page(page_obj)
    slots = stamp_slots(_media_box(page_obj))
    for slot in slots:
        if not any(_overlaps(slot, r) for r in taken):
            return slot
    raise SignError(Message("sign.no_room"))


def _existing_fields(reader) -> dict[str, bool]:
    """Signature field name → filled?"""
    from pyhanko.sign.fields import enumerate_sig_fields

    fields = {}
    try:
        for name, value, _ in enumerate_sig_fields(reader):
            fields[name] = value is not None
    except Exception:  # noqa: BLE001 - odd forms: treat as no fields
        pass
    return fields


def _field_box(reader, name: str, n_pages: int) -> tuple[Box | None, int]:
    """(box, 0-based page) of an existing signature field's widget; (None, -1) if invisible."""
    from pyhanko.sign.fields import enumerate_sig_fields

    for _, _, ref in enumerate_sig_fields(reader, with_name=name):
        field_obj = ref.get_object()
        widget_ref = ref
        if "/Rect" not in field_obj and "/Kids" in field_obj:
            widget_ref = field_obj.raw_get("/Kids")[0]
        widget = widget_ref.get_object()
        rect = widget.get("/Rect")
        if rect is None:
            return None, -1
        try:
            box = _as_box(rect)
        except (TypeError, ValueError):
            return None, -1
        page_ix = -1
        page_ref = widget.raw_get("/P") if "/P" in widget else None
        for ix in range(n_pages):
            page_obj_ref = reader.find_page_for_modification(ix)[0]
            if page_ref is not None and page_obj_ref.reference == page_ref.reference:
                page_ix = ix
                break
            annots = page_obj_ref.get_object().get("/Annots", []) or []
            if any(getattr(a, "reference", None) == getattr(widget_ref, "reference", None) for a in annots):
                page_ix = ix
                break
        return box, page_ix
    return None, -1


# --------------------------------------------------------------------------- stamp


def _stamp_text(info: IdentityInfo, signed_at: _dt.datetime, extra: Sequence[str] | None) -> str:
    groups = info.fingerprint_groups.split(" ")
    half = len(groups) // 2
    lines = [
        f"数字签名：{info.name}",
        f"{info.role} · {info.organisation}" if info.role else info.organisation,
        f"签署时间：{when(signed_at)}（北京时间）",
        "证书指纹（SHA-256）：",
        " ".join(groups[:half]),
        " ".join(groups[half:]),
    ]
    lines.extend(str(x) for x in (extra or []) if str(x).strip())
    return "\n".join(" ".join(line.split()) for line in lines)


def _stamp_style(font_path: Path, text: str, image_bytes: bytes | None, box_width: float):
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    text_style = TextBoxStyle(
        font=_font_factory(font_path, text),
        font_size=FONT_SIZE,
        leading=LEADING,
        border_width=0,
        text_color=TEXT_COLOR,
    )
    if image_bytes is None:
        inner = layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins(left=6, right=6, top=4, bottom=4),
        )
        return TextStampStyle(inner_content_layout=inner, text_box_style=text_style, border_width=1,
                              border_color=BORDER_COLOR)

    from PIL import Image, UnidentifiedImageError
    from pyhanko.pdf_utils.images import PdfImage

    try:
        img: Image.Image = Image.open(io.BytesIO(image_bytes))
        img.load()
    except (UnidentifiedImageError, OSError, ValueError) as e:
        raise SignError(Message("sign.bad_image", error=e)) from None
    if img.mode not in ("RGB", "RGBA", "L", "LA", "P", "PA"):
        img = img.convert("RGBA")
    image_width = round(box_width * 0.34)  # pyHanko's margins are whole points
    background_layout = layout.SimpleBoxLayoutRule(
        x_align=layout.AxisAlignment.ALIGN_MIN,
        y_align=layout.AxisAlignment.ALIGN_MID,
        margins=layout.Margins(left=6, right=round(box_width) - image_width, top=6, bottom=6),
    )
    inner = layout.SimpleBoxLayoutRule(
        x_align=layout.AxisAlignment.ALIGN_MIN,
        y_align=layout.AxisAlignment.ALIGN_MID,
        margins=layout.Margins(left=image_width + 8, right=6, top=4, bottom=4),
    )
    return TextStampStyle(
        background=PdfImage(img),
        background_layout=background_layout,
        background_opacity=1.0,
        inner_content_layout=inner,
        text_box_style=text_style,
        border_width=1,
        border_color=BORDER_COLOR,
    )


# --------------------------------------------------------------------------- signer


def _pyhanko_signer(identity: LoadedIdentity):
    from asn1crypto import keys, x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = identity.certificate.public_bytes(serialization.Encoding.DER)
    key_der = identity.private_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    chain = [
        x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in identity.chain
    ]
    return SimpleSigner(
        signing_cert=x509.Certificate.load(der),
        signing_key=keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs(chain),
    )


def _check_usable(info: IdentityInfo, identity: LoadedIdentity) -> None:
    from .identity import _check_signing_certificate

    now = _dt.datetime.now(_dt.timezone.utc)
    if info.not_after <= now:
        raise SignError(Message("sign.expired", date=f"{info.not_after:%Y-%m-%d}"))
    if info.not_before > now + _dt.timedelta(minutes=10):
        raise SignError(Message("sign.not_yet_valid", date=f"{info.not_before:%Y-%m-%d %H:%M}"))
    if info.is_authority:
        raise SignError(Message("sign.authority"))
    try:
        _check_signing_certificate(identity.certificate, str(identity.path or ""))
    except Exception as e:  # noqa: BLE001
        raise SignError(text_of(e)) from None



def filled_signature_fields(pdf: PathLike) -> set[str]:
    """The names of the signature fields of ``pdf`` that hold a signature."""
    path = Path(pdf)
    writer = _open_writer(_read_pdf_bytes(path), path)
    return {name for name, filled in _existing_fields(writer.prev).items() if filled}


def reserve_fields(pdf: PathLike, places: Sequence[tuple[str, int, Box]]) -> None:
    """Add empty signature fields ``(name, 0-based page, box)`` to an unsigned report, in place.

    The report's declared signers then sign into these fields and nowhere else: a verifier can
    tell a signature in its reserved place from a box painted later. Raises :class:`SignError`.
    """
    from pyhanko.sign import fields as sig_fields

    path = Path(pdf)
    writer = _open_writer(_read_pdf_bytes(path), path)
    for name, page, box in places:
        x0, y0, x1, y1 = (round(v) for v in box)
        spec = sig_fields.SigFieldSpec(sig_field_name=name, on_page=page, box=(x0, y0, x1, y1))
        try:
            sig_fields.append_signature_field(writer, spec)
        except Exception as e:  # noqa: BLE001 - pyHanko's own errors for odd documents
            raise SignError(Message("sign.cannot_reserve", name=name, error=text_of(e))) from e
    try:
        with atomic_file(path) as handle:
            writer.write(handle)
    except OSError as e:
        raise SignError(Message("sign.cannot_write", path=path, detail=describe_os_error(e))) from None


def sign_pdf(
    source: PathLike,
    target: PathLike,
    identity: LoadedIdentity | PathLike,
    passphrase: str | bytes | None = None,
    *,
    field_name: str | None = None,
    reason: str | None = DEFAULT_REASON,
    location: str | None = None,
    stamp_lines: list[str] | None = None,
    signature_image: bytes | None = None,
    page: int = -1,
    box: Box | None = None,
    font: PathLike | None = None,
) -> SignOutcome:
    """Sign ``source`` and write the signed copy to ``target`` (may be the same path).

    ``identity``: an identity file (then ``passphrase`` opens it) or an opened
    :class:`LoadedIdentity`. ``field_name``: an empty signature field already in the PDF (its
    box is used), or the name for a new field; default ``Signature1``, ``Signature2``, ….
    ``page``: page of a new field (0-based; -1 = last page). ``box``: ``(x1, y1, x2, y2)`` in
    points; default: the first free slot at the bottom of the page, two per row, upwards.
    ``stamp_lines``: extra lines printed in the stamp. ``signature_image``: PNG/JPEG bytes of a
    handwritten signature shown at the left of the stamp. ``font``: stamp font (any units/em).

    Raises :class:`WrongPassphrase`, :class:`IdentityError` (identity file) or
    :class:`SignError` (source not a PDF, encrypted, damaged, field already signed, …).
    """
    if not isinstance(identity, LoadedIdentity):
        identity = read_identity(identity, passphrase)
    info = describe_certificate(identity.certificate)
    _check_usable(info, identity)
    data = _read_pdf_bytes(source)

    from .stamp_font import stamp_font_path

    font_path = stamp_font_path(font)

    from pyhanko.sign import fields as sig_fields
    from pyhanko.sign import signers
    from pyhanko.sign.signers.pdf_byterange import BuildProps

    writer = _open_writer(data, source)
    existing = _existing_fields(writer.prev)
    try:
        n_pages = int(writer.root["/Pages"]["/Count"])
    except Exception:  # noqa: BLE001
        raise SignError(Message("sign.bad_pages", path=source)) from None

    new_field = True
    if field_name:
        if existing.get(field_name):
            raise SignError(Message("sign.field_signed", field=field_name))
        if field_name in existing:
            new_field = False
    else:
        n = 1
        while f"{FIELD_PREFIX}{n}" in existing:
            n += 1
        field_name = f"{FIELD_PREFIX}{n}"

    page_ix = page if page >= 0 else n_pages + page
    if new_field:
        if not 0 <= page_ix < n_pages:
            raise SignError(Message("sign.bad_page", count=n_pages))
        page_obj = writer.prev.find_page_for_modification(page_ix)[0].get_object()
        if box is None:
            box = _choose_box(page_obj)
        else:
            try:
                box = _as_box(box)
            except (TypeError, ValueError):
                box = None
            if box is None or box[2] <= box[0] or box[3] <= box[1]:
                raise SignError(Message("sign.bad_box"))
    else:
        box, page_ix = _field_box(writer.prev, field_name, n_pages)
        if box is None:
            raise SignError(Message("sign.invisible_field", field=field_name))

    signed_at = _dt.datetime.now().astimezone().replace(microsecond=0)
    text = _stamp_text(info, signed_at, stamp_lines)
    _, cmap = _font_data(font_path)
    missing = sorted({ch for ch in text if ch not in "\n" and ord(ch) not in cmap})

    with quiet(SIGNING):
        style = _stamp_style(font_path, text, signature_image, box[2] - box[0])
    style = _with_text(style, text)
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=sig_fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        location=location or None,
        name=info.name,
        app_build_props=BuildProps(name="tuoyu-desktop", revision=_app_version()),
    )
    field_spec = None
    if new_field:
        x0, y0, x1, y1 = (round(v) for v in box)  # pyHanko writes the field rectangle in whole points
        box = (x0, y0, x1, y1)
        field_spec = sig_fields.SigFieldSpec(sig_field_name=field_name, on_page=page_ix, box=(x0, y0, x1, y1))
    pdf_signer = signers.PdfSigner(
        meta, signer=_pyhanko_signer(identity), stamp_style=style, new_field_spec=field_spec
    )
    target_path = Path(target)

    try:
        with quiet(SIGNING), atomic_file(target_path, make_parents=True) as fh:
            try:
                pdf_signer.sign_pdf(writer, output=fh, appearance_text_params={})
            except SignError:
                raise
            except Exception as e:  # noqa: BLE001
                raise SignError(Message("sign.failed", error=f"{type(e).__name__}: {e}")) from e
    except OSError as e:
        raise SignError(Message("sign.cannot_write_signed", path=target_path, detail=describe_os_error(e))) from None
    return SignOutcome(
        target=target_path,
        field_name=field_name,
        page=page_ix,
        box=box,
        signer=info,
        signed_at=signed_at,
        stamp_text=text,
        missing_characters=missing,
    )


def _with_text(style, text: str):
    from dataclasses import replace

    # the stamp text is a %-template in pyHanko: escape the person's text
    return replace(style, stamp_text=text.replace("%", "%%"))


def _app_version() -> str:
    try:
        from tuoyu_desktop import __version__

        return __version__
    except Exception:  # noqa: BLE001
        return ""

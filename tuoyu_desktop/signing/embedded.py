"""Files embedded in a PDF (the report carries ``assessment.json``), read with pyHanko's reader.

Read an embedded file only after :func:`.verify.verify_pdf` returned exit code 0 (or 3 with the
user's consent): exit 0 guarantees that the last signature covers the whole file, so what is read
here is exactly what was signed.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from tuoyu_desktop.messages import Message
from tuoyu_desktop.oserrors import describe as describe_os_error
from tuoyu_desktop.plainfiles import read_plain, regular_size

from .errors import SigningError

__all__ = ["document_keywords", "embedded_files", "read_embedded_file"]

MAX_PDF_BYTES = 200 * 1024 * 1024


def _get(d, key):
    """A dictionary entry, dereferenced (pyHanko's ``get`` returns indirect references as is)."""
    try:
        return d[key]
    except (KeyError, TypeError):
        return None


def _walk_name_tree(node, out: dict, depth: int = 0) -> None:
    if depth > 32:  # a cycle or a hostile file
        return
    names = _get(node, "/Names")
    if names is not None:
        for i in range(0, len(names) - 1, 2):
            out.setdefault(str(names[i]), names[i + 1])
    for kid in _get(node, "/Kids") or []:
        _walk_name_tree(kid, out, depth + 1)


def _file_data(spec) -> bytes | None:
    ef = _get(spec, "/EF")
    if ef is None:
        return None
    stream = _get(ef, "/UF") or _get(ef, "/F")
    if stream is None:
        return None
    return stream.data


def embedded_files(path: str | os.PathLike[str]) -> dict[str, bytes]:
    """Every embedded file: name → bytes. Names are the name-tree keys and, when different,
    also the file specification's /UF and /F names. Raises :class:`SigningError` when the PDF
    cannot be read."""
    p = Path(path)
    try:
        if regular_size(p) > MAX_PDF_BYTES:
            raise SigningError(Message("attachment.too_large", path=p))
        data = p.read_bytes()
    except OSError as e:
        raise SigningError(Message("attachment.unreadable", path=p, detail=describe_os_error(e))) from None
    if b"%PDF-" not in data[:1024]:
        raise SigningError(Message("attachment.not_pdf", path=p))
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted:
            raise SigningError(Message("attachment.encrypted", path=p))
        tree: dict[str, Any] = {}
        try:
            ef_tree = reader.root["/Names"]["/EmbeddedFiles"]
        except KeyError:
            ef_tree = None
        if ef_tree is not None:
            _walk_name_tree(ef_tree, tree)
        result: dict[str, bytes] = {}
        for key, spec in tree.items():
            content = _file_data(spec)
            if content is None:
                continue
            result.setdefault(key, content)
            for alias in ("/UF", "/F"):
                alt = _get(spec, alias)
                if alt is not None:
                    result.setdefault(str(alt), content)
        return result
    except SigningError:
        raise
    except Exception as e:  # noqa: BLE001
        raise SigningError(Message("attachment.damaged", path=p, error=type(e).__name__)) from None


def read_embedded_file(path: str | os.PathLike[str], name: str) -> bytes | None:
    """The embedded file called ``name`` (e.g. ``"assessment.json"``), or None if absent."""
    return embedded_files(path).get(name)


def document_keywords(path: str | os.PathLike[str]) -> str:
    """The document information dictionary's /Keywords ("" when absent or unreadable)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        data = read_plain(path)
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        info = reader.trailer_view.get("/Info")
        keywords = info.get_object().get("/Keywords") if info is not None else None
        return str(keywords) if keywords is not None else ""
    except Exception:  # noqa: BLE001 - a file pyHanko cannot read has no keywords to offer
        return ""

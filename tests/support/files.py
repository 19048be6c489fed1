"""Making files really read-only in a test, root included."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest


@contextlib.contextmanager
def read_only(*paths: Path):
    """Really read-only, root included: ``chattr +i`` where it works, else permissions (non-root)."""
    chattr = shutil.which("chattr")
    done = []
    try:
        for path in paths:
            if chattr and subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode == 0:
                done.append(("chattr", path))
            elif os.geteuid() != 0:
                done.append(("chmod", path, path.stat().st_mode))
                path.chmod(0o555 if path.is_dir() else 0o444)
            else:
                pytest.skip("cannot make a file read-only for root here (no chattr +i)")
        yield
    finally:
        for entry in reversed(done):
            if entry[0] == "chattr":
                subprocess.run([chattr, "-i", str(entry[1])], check=True)
            else:
                entry[1].chmod(entry[2])

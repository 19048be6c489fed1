"""Files the user names are plain files: a device or a pipe is refused before it is read or written.

Reading one could wait for ever (a pipe no one writes to) or never end (``/dev/zero``: a
verify once held 6 GB before it was stopped); writing over one with a rename would put a file
in its place. A symbolic link counts as the file it points to.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from tuoyu_desktop.messages import Message


class NotAFile(OSError):
    """The path is neither a file nor a folder: a device, a pipe or a socket. Its text and its
    ``strerror`` are the user's message, so every caller that tells an ``OSError`` tells it."""

    def __init__(self) -> None:
        reason = Message("os.not_a_file")
        super().__init__(reason)
        self.strerror = reason


def regular_size(path: str | os.PathLike[str]) -> int:
    """The size of the file at ``path``: ``NotAFile`` for a device, pipe or socket,
    ``IsADirectoryError`` for a folder, and the usual ``OSError`` when it is missing."""
    mode = os.stat(path)
    if stat.S_ISDIR(mode.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(mode.st_mode):
        raise NotAFile
    return mode.st_size


def read_plain(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the file at ``path``, refused as :func:`regular_size` says."""
    regular_size(path)
    return Path(path).read_bytes()


def written_path(target: Path) -> Path:
    """Where writing ``target`` goes: through a symbolic link to the file it points to (a file
    renamed over the link would leave that file as it was); ``NotAFile`` for a device or a pipe.
    A folder, or a path not there yet, is left to the write to report."""
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    try:
        regular_size(target)
    except NotAFile:
        raise
    except OSError:
        pass
    return target

"""Operating-system errors told in the user's words (Chinese), not errno English."""

from __future__ import annotations

import errno

from tuoyu_desktop.messages import Message, text_of

_MESSAGES = {
    errno.EACCES: Message("os.eacces"),
    errno.EPERM: Message("os.eperm"),
    errno.ENOENT: Message("os.enoent"),
    errno.ENOSPC: Message("os.enospc"),
    errno.EROFS: Message("os.erofs"),
    errno.EBUSY: Message("os.ebusy"),
    errno.EISDIR: Message("os.eisdir"),
    errno.ENOTDIR: Message("os.enotdir"),
    errno.ENAMETOOLONG: Message("os.enametoolong"),
    errno.EDQUOT: Message("os.edquot"),
}
# Windows: a file open in another program (ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION).
_WINDOWS_MESSAGES = {32: Message("os.sharing"), 33: Message("os.locked")}


def describe(exc: OSError) -> str:
    """A short Chinese reason for ``exc``."""
    winerror = getattr(exc, "winerror", None)
    if winerror in _WINDOWS_MESSAGES:
        return _WINDOWS_MESSAGES[winerror]
    message = _MESSAGES.get(exc.errno) if exc.errno is not None else None
    return message or exc.strerror or str(exc)


def user_message(exc: BaseException) -> str:
    """What to tell the user about an expected error: an OS error in Chinese, else its message."""
    return describe(exc) if isinstance(exc, OSError) else text_of(exc)

"""Operating-system errors told in the user's words (Chinese), not errno English."""

from __future__ import annotations

import errno

_MESSAGES = {
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有权限",
    errno.ENOENT: "文件夹或文件不存在",
    errno.ENOSPC: "磁盘空间已满",
    errno.EROFS: "磁盘或文件夹是只读的",
    errno.EBUSY: "文件正被其他程序使用",
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.ENAMETOOLONG: "文件名或路径过长",
    errno.EDQUOT: "超出磁盘配额",
}
# Windows: a file open in another program (ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION).
_WINDOWS_MESSAGES = {32: "文件正被其他程序打开（例如 PDF 阅读器），请关闭后重试", 33: "文件被其他程序锁定"}


def describe(exc: OSError) -> str:
    """A short Chinese reason for ``exc``."""
    winerror = getattr(exc, "winerror", None)
    if winerror in _WINDOWS_MESSAGES:
        return _WINDOWS_MESSAGES[winerror]
    message = _MESSAGES.get(exc.errno) if exc.errno is not None else None
    return message or exc.strerror or str(exc)


def user_message(exc: BaseException) -> str:
    """What to tell the user about an expected error: an OS error in Chinese, else its message."""
    return describe(exc) if isinstance(exc, OSError) else str(exc)

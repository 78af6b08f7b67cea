"""Replacing a file so that no reader ever sees half of it and nothing is lost.

The new bytes go to a temporary sibling, which then replaces the original
(``os.replace``) with the original's permissions and, where the process
may set it, its owner. A file with several hard links is rewritten in place
from the finished temporary copy instead, so the links stay one file. Given
the ``FileStamp`` of the version that was read, the file is replaced only
while it is still that version: text appended meanwhile is never lost.
"""
from __future__ import annotations

import os
import shutil
import stat
import tempfile

from .model import FileStamp


class FileChanged(Exception):
    """The file is no longer the version that was read; nothing was written."""


def still_same(path: str, stamp: FileStamp) -> bool:
    try:
        now = os.stat(path)
    except OSError:
        return False
    return (now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns) == (
        stamp.device, stamp.inode, stamp.size, stamp.mtime_ns)


class AtomicFile:
    """A temporary sibling of ``path`` that replaces it on ``commit``."""

    def __init__(self, path: str, expected: FileStamp | None = None):
        self.real = os.path.realpath(path)  # write through a symlink, do not replace it
        self.expected = expected
        if expected is not None and not still_same(self.real, expected):
            raise FileChanged("the file changed after it was read")
        info = os.stat(self.real)
        self.mode = stat.S_IMODE(info.st_mode)
        self.links = info.st_nlink
        fd, self.tmp = tempfile.mkstemp(dir=os.path.dirname(self.real),
                                        prefix=f".{os.path.basename(self.real)}.", suffix=".qa-tmp")
        self.handle = os.fdopen(fd, "wb")
        try:
            self._keep_owner(fd, info)
        except BaseException:
            self.discard()
            raise

    def _keep_owner(self, fd: int, info: os.stat_result) -> None:
        """The replacement must belong to whoever owned the original (root
        fixing another user's file); a process that cannot arrange that
        leaves the file alone."""
        if (info.st_uid, info.st_gid) == (os.geteuid(), os.getegid()):
            return
        try:
            os.fchown(fd, info.st_uid, info.st_gid)
        except PermissionError:
            if info.st_uid != os.geteuid():
                raise PermissionError(f"the file belongs to user {info.st_uid}; "
                                      "replacing it would change its owner") from None

    def write(self, data: bytes) -> None:
        self.handle.write(data)

    def commit(self) -> None:
        try:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            os.chmod(self.tmp, self.mode)
            if self.expected is not None and not still_same(self.real, self.expected):
                raise FileChanged("the file changed while it was being fixed")
            if self.links > 1:
                self._copy_into_original()
            else:
                os.replace(self.tmp, self.real)
        except BaseException:
            self.discard()
            raise

    def _copy_into_original(self) -> None:
        """Keep hard links: the original inode gets the new bytes."""
        with open(self.tmp, "rb") as src, open(self.real, "r+b") as dst:
            shutil.copyfileobj(src, dst)
            dst.truncate()
            dst.flush()
            os.fsync(dst.fileno())
        os.unlink(self.tmp)

    def discard(self) -> None:
        self.handle.close()
        if os.path.exists(self.tmp):
            os.unlink(self.tmp)


def atomic_write(path: str, data: bytes, expected: FileStamp | None = None) -> None:
    """Replace ``path`` with ``data`` through a temporary file in its folder."""
    sink = AtomicFile(path, expected)
    try:
        sink.write(data)
    except BaseException:
        sink.discard()
        raise
    sink.commit()

"""Atomic writes: the output file is either the old one or the complete new one, never half."""
from __future__ import annotations

import errno
import os
import secrets
from contextlib import contextmanager
from pathlib import Path

from briefing.errors import InputError


@contextmanager
def atomic_path(target: Path):
    """Yield a temporary path beside target; rename it onto target only if the block succeeds."""
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise InputError(str(target), f"cannot write: folder '{folder}' does not exist")
    temporary = _new_file_beside(target)
    try:
        yield temporary
        # Without these fsyncs a crash soon after the rename can leave an empty file instead of the old one.
        _fsync_file(temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_folder(folder)


def write_text_atomically(target: Path, text: str) -> None:
    with atomic_path(target) as temporary:
        temporary.write_text(text, encoding="utf-8")


def _new_file_beside(target: Path) -> Path:
    """Create an empty file with a fresh name in target's folder.

    Mode 0o666 lets the kernel apply the umask: the memo gets the usual permissions for new files,
    and the process umask is never read or changed (that would race with other threads).
    """
    while True:
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(8)}.tmp")
        try:
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return temporary
        except FileExistsError:
            continue


def _fsync_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDWR)  # writable: Windows cannot flush a read-only handle
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable."""
    if os.name == "nt":  # Windows cannot open a folder as a file
        return
    descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(descriptor)
    except OSError as exc:
        # Some network and FUSE file systems cannot sync a folder; the memo is in place all the same.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(descriptor)

"""Atomic writes: the output file is either the old one or the complete new one, never half."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from briefing.errors import InputError


@contextmanager
def atomic_path(target: Path):
    """Yield a temporary path beside target; rename it onto target only if the block succeeds."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(str(target), f"cannot write: folder '{folder}' does not exist")
    handle = tempfile.NamedTemporaryFile(dir=folder, prefix=f".{target.name}.", suffix=".tmp", delete=False)
    handle.close()
    temporary = Path(handle.name)
    # mkstemp makes the file private (0600); a memo gets the usual permissions for new files.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)
    try:
        yield temporary
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_text_atomically(target: Path, text: str) -> None:
    with atomic_path(target) as temporary:
        temporary.write_text(text, encoding="utf-8")

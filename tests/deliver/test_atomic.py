"""Atomic writes: the target is the old file or the whole new one, durably, never a half-written one."""
from __future__ import annotations

import os
import stat

import pytest

from briefing.deliver.atomic import atomic_path, write_text_atomically
from briefing.errors import InputError

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and folder fsync")


@posix_only
def test_new_file_gets_the_usual_permissions_without_touching_the_umask(tmp_path, monkeypatch):
    # Changing the umask, even for a moment, changes it for every thread in the process.
    test_umask = 0o027
    old_umask = os.umask(test_umask)
    try:
        monkeypatch.setattr(os, "umask", lambda mask: pytest.fail("changed the process umask"))
        with atomic_path(tmp_path / "memo.docx") as temporary:
            temporary.write_bytes(b"memo")
    finally:
        monkeypatch.undo()
        os.umask(old_umask)
    assert stat.S_IMODE((tmp_path / "memo.docx").stat().st_mode) == 0o666 & ~test_umask


@posix_only
def test_file_is_fsynced_before_the_rename_and_the_folder_after(tmp_path, monkeypatch):
    calls = []
    real_fsync, real_replace = os.fsync, os.replace

    def recording_fsync(fd):
        status = os.fstat(fd)
        calls.append(("fsync directory" if stat.S_ISDIR(status.st_mode) else "fsync file", status.st_ino))
        real_fsync(fd)

    def recording_replace(source, destination):
        calls.append(("replace", os.stat(source).st_ino))
        real_replace(source, destination)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    monkeypatch.setattr(os, "replace", recording_replace)
    target = tmp_path / "memo.docx"
    with atomic_path(target) as temporary:
        temporary.write_bytes(b"memo")
    monkeypatch.undo()
    memo, folder = target.stat().st_ino, tmp_path.stat().st_ino
    assert calls == [("fsync file", memo), ("replace", memo), ("fsync directory", folder)]


def test_success_leaves_only_the_target(tmp_path):
    target = tmp_path / "memo.txt"
    target.write_text("old")
    write_text_atomically(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize("error", [ValueError, KeyboardInterrupt, SystemExit])
def test_a_failed_block_keeps_the_old_file_and_leaves_no_temporary(tmp_path, error):
    target = tmp_path / "memo.docx"
    target.write_bytes(b"old")
    with pytest.raises(error), atomic_path(target) as temporary:
        temporary.write_bytes(b"half")
        raise error
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_missing_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"), atomic_path(tmp_path / "absent" / "memo.docx"):
        pass
    assert list(tmp_path.iterdir()) == []

"""The two set-up commands work from any starting point."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from conftest import REPO


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_test_installs_the_test_tools_into_a_venv_made_without_them(tmp_path):
    # `pip install -e .` alone gives a .venv with the briefing command and no pytest, ruff or mypy
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "briefing").write_text("#!/bin/sh\n")
    newer = (REPO / "pyproject.toml").stat().st_mtime + 60
    os.utime(venv / "bin" / "briefing", (newer, newer))
    planned = subprocess.run(["make", "-n", "test", f"VENV={venv}"], cwd=REPO, capture_output=True, text=True,
                             check=True).stdout
    assert "pip install --quiet -e '.[test,dev]'" in planned
    assert planned.index("pip install") < planned.index("-m pytest")

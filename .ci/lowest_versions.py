"""Run the tests with every direct dependency at the lowest version pyproject.toml allows.

A lower bound that does not really work (an API that arrived later, a bug fixed later) fails
here, not on a user's machine. The floors are read from pyproject.toml, so raising one is the
only change a fix needs. The environment lives in .venv-lowest and is made again whenever
pyproject.toml changes.
"""
from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv-lowest"
BIN = VENV / ("Scripts" if sys.platform == "win32" else "bin")
PYTHON = BIN / "python"
READY = VENV / ".ready"

# Run inside the new environment, where `packaging` is installed: it reads the requirements as pip
# does (markers included) and writes each one's lower bound as an exact pin.
PINS = """
import sys, tomllib
from packaging.requirements import Requirement
project = tomllib.loads(open(sys.argv[1], encoding="utf-8").read())["project"]
for line in project["dependencies"] + project["optional-dependencies"]["test"]:
    requirement = Requirement(line)
    if requirement.marker and not requirement.marker.evaluate():
        continue
    floors = [spec.version for spec in requirement.specifier if spec.operator == ">="]
    if not floors:
        sys.exit(f"{line}: no lower bound to test")
    print(f"{requirement.name}=={floors[0]}")
"""


def run(*command: str | Path) -> None:
    print("+", " ".join(map(str, command)), flush=True)
    subprocess.run(list(map(str, command)), check=True, cwd=ROOT)


def main() -> int:
    pyproject = ROOT / "pyproject.toml"
    if not READY.exists() or READY.stat().st_mtime < pyproject.stat().st_mtime:
        venv.create(VENV, with_pip=True, clear=True)
        # the pip Python ships with skips lxml's html_clean extra, which trafilatura needs
        run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip", "packaging")
        pins = subprocess.run([str(PYTHON), "-c", PINS, str(pyproject)], check=True, capture_output=True,
                              text=True).stdout
        constraints = VENV / "constraints.txt"
        constraints.write_text(pins, encoding="utf-8")
        print("lowest versions:", ", ".join(pins.split()), flush=True)
        run(PYTHON, "-m", "pip", "install", "--quiet", "-c", constraints, "-e", ".[test]")
        READY.touch()
    run(PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider")
    return 0


if __name__ == "__main__":
    sys.exit(main())

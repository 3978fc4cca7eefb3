"""Shared fixtures. ../shared (the evaluation kit) is beside the repo on CI and developer machines."""
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = REPO / "samples" / "voa-blinken-colombia.txt"
SAMPLE_TOPICS = REPO / "samples" / "topics.toml"
TEST_DATA = REPO / "tests" / "data"  # our own labels of texts that live in ../shared


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "eval").is_dir():
        pytest.skip(f"{SHARED} is absent: the evaluation kit lives there on CI and developer machines")
    return SHARED


@pytest.fixture(autouse=True)
def own_cache_folder(tmp_path_factory, monkeypatch):
    """Fetched pages go to a cache of the test's own, never the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))

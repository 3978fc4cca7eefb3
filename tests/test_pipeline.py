"""Many articles at once: bad files skipped and reported, the same result in parallel."""
import multiprocessing
import os
import subprocess
import sys

import pytest

from briefing.errors import InputError
from briefing.ingest.topics_file import load_topics_file
from briefing.pipeline import POOL_THRESHOLD, analyse
from briefing.render.extraction import extraction_dict

from conftest import SAMPLE, SAMPLE_TOPICS

GOOD = "Talks in Bogota\n\nMinisters met on migration on Thursday and agreed a plan for 2 million migrants.\n"


def test_bad_file_in_a_batch_is_reported_and_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.docx").write_bytes(b"not a zip")
    (tmp_path / "d.txt").write_text(GOOD.replace("Bogota", "Quito"), encoding="utf-8")
    errors = []
    docs, _ = analyse([str(tmp_path)], on_error=errors.append)
    assert [doc.name for doc in docs] == ["a.txt", "d.txt"]
    assert sorted(e.source.rsplit("/", 1)[1] for e in errors) == ["b.txt", "c.docx"]
    with pytest.raises(InputError, match=r"b\.txt: no article text"):
        analyse([str(tmp_path)])


def test_nothing_readable_is_an_error(tmp_path):
    (tmp_path / "b.txt").write_bytes(b"")
    # one input: its own error, as if no batch
    with pytest.raises(InputError, match=r"b\.txt: no article text"):
        analyse([str(tmp_path)], on_error=lambda error: None)
    (tmp_path / "c.txt").write_bytes(b"\n")
    skipped = []
    with pytest.raises(InputError, match="no readable article"):
        analyse([str(tmp_path)], on_error=skipped.append)
    assert len(skipped) == 2


def test_parallel_analysis_gives_the_same_result(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    for i in range(POOL_THRESHOLD):
        (tmp_path / f"{i:02d}.txt").write_text(text.replace("Thursday", f"Thursday {i}"), encoding="utf-8")
    topics = load_topics_file(str(SAMPLE_TOPICS))
    seen = []
    serial = extraction_dict(*analyse([str(tmp_path)], topics, jobs=1))
    parallel = extraction_dict(*analyse([str(tmp_path)], topics, jobs=2, progress=lambda d, t: seen.append((d, t))))
    assert serial == parallel
    assert seen[-1] == (POOL_THRESHOLD, POOL_THRESHOLD)


@pytest.mark.parametrize("start_method", ["spawn", "forkserver"])
def test_the_pool_works_however_its_workers_start_and_leaves_the_environment_alone(tmp_path, start_method):
    # spawn is macOS's and Windows's way, and newer Pythons' default on Linux
    if start_method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"{start_method} is not available here")
    text = SAMPLE.read_text(encoding="utf-8")
    for i in range(POOL_THRESHOLD):
        (tmp_path / f"{i:02d}.txt").write_text(text.replace("Thursday", f"Thursday {i}"), encoding="utf-8")
    script = f"""
import json, multiprocessing, os
from briefing.pipeline import analyse
from briefing.render.extraction import extraction_dict
multiprocessing.set_start_method({start_method!r})
environment = dict(os.environ)
parallel = extraction_dict(*analyse([{str(tmp_path)!r}], jobs=2))
assert dict(os.environ) == environment, "the library changed the environment"
assert parallel == extraction_dict(*analyse([{str(tmp_path)!r}], jobs=1))
print(len(parallel["documents"]))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(POOL_THRESHOLD)


def test_a_pool_worker_uses_one_blas_thread():
    script = """
import numpy
from threadpoolctl import threadpool_info
from briefing.pipeline import start_worker
start_worker()
print(sorted({pool["num_threads"] for pool in threadpool_info()}))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "OPENBLAS_NUM_THREADS": "2", "OMP_NUM_THREADS": "2"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[1]"


def test_a_bad_file_among_many_read_in_parallel_is_skipped_like_any_other(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    for i in range(POOL_THRESHOLD):
        (tmp_path / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "zz-empty.txt").write_bytes(b"")
    skipped = []
    docs, _ = analyse([str(tmp_path)], jobs=2, on_error=skipped.append)
    assert len(docs) == POOL_THRESHOLD
    assert [error.problem for error in skipped] == ["no article text in it (empty or whitespace only)"]


@pytest.mark.parametrize("page", ["aljazeera.com-7916ecca", "bgr.com-e7d77f18"])
def test_the_same_page_gives_the_same_memo_whatever_the_hash_seed(shared, tmp_path, page):
    import gzip

    html = tmp_path / f"{page}.html"
    html.write_bytes(gzip.decompress((shared / "data" / "web-dev" / "pages" / f"{page}.html.gz").read_bytes()))
    memos = []
    for seed in ("1", "4"):  # Python orders the items of a set by their hashes, which vary from run to run
        out = tmp_path / f"memo-{seed}.md"
        subprocess.run([sys.executable, "-m", "briefing.cli", "build", str(html), "-o", str(out),
                        "--date", "2026-11-28"],
                       env={**os.environ, "PYTHONHASHSEED": seed}, check=True, capture_output=True, timeout=120)
        memos.append(out.read_text(encoding="utf-8"))
    assert memos[0] == memos[1]

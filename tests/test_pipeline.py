"""Many articles at once: bad files skipped and reported, the same result in parallel."""
import pytest
from conftest import SAMPLE, SAMPLE_TOPICS

from briefing.errors import InputError
from briefing.ingest.topics_file import load_topics_file
from briefing.pipeline import POOL_THRESHOLD, analyse
from briefing.render.extraction import extraction_dict

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

"""The sample memo, as a desk officer would read it in Word."""
import pytest
from docx import Document as WordDocument

from briefing import SelectOptions, build_briefing, load_topics_file

from conftest import SAMPLE, SAMPLE_TOPICS

DEBRIS = ["Accessibility links", "Breaking News", "takes part in the Ministerial Conference",
          "Some information for this report came from"]


@pytest.fixture(scope="module")
def memo(tmp_path_factory):
    out = tmp_path_factory.mktemp("memo") / "briefing.docx"
    briefing = build_briefing([str(SAMPLE)], out, load_topics_file(str(SAMPLE_TOPICS)),
                              SelectOptions(to="Regional Director", sender="Policy Unit", date="2026-11-28"))
    word = WordDocument(str(out))
    paragraphs = [p.text for p in word.paragraphs]
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    return briefing, word, "\n".join(paragraphs + cells)


def test_sections_per_topic(memo):
    briefing, word, _ = memo
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    for name in ["Migration", "Democracy", "COVID aid"]:
        assert name in headings
    assert 1 <= len(briefing.bluf) <= 3


def test_quotes_go_to_their_speakers(memo):
    briefing, _, text = memo
    speakers = {q.speaker for s in briefing.sections for q in s.quotes}
    assert "Antony Blinken" in speakers
    assert {"Iván Duque", "Ivan Duque"} & speakers
    assert "Rachel Schmidtke" in speakers
    assert "Rachel Schmidtke" in text and "Antony Blinken" in text
    assert "transparent" not in [q.text for s in briefing.sections for q in s.quotes]


def test_key_figures(memo):
    briefing, _, text = memo
    shown = [f.text for f in briefing.figures]
    for figure in ["more than 5 million", "6 million", "more than $80 million", "7%"]:
        assert figure in shown
        assert figure in text


def test_no_debris_in_memo(memo):
    _, _, text = memo
    for line in DEBRIS:
        assert line not in text


def test_every_citation_points_to_a_source(memo):
    briefing, _, _ = memo
    numbers = {s.number for s in briefing.sources}
    bullets = briefing.bluf + [b for s in briefing.sections for b in s.bullets]
    assert bullets and all(set(b.citations) <= numbers and b.citations for b in bullets)
    assert briefing.sources[0].outlet == "VOA News"


def test_no_sentence_twice(memo):
    briefing, _, _ = memo
    texts = [b.text for b in briefing.bluf] + [b.text for s in briefing.sections for b in s.bullets]
    quotes = [q.text for s in briefing.sections for q in s.quotes]
    assert len(texts) == len(set(texts))
    assert not any(q in t for q in quotes for t in texts)


def test_sample_memo_fits_two_pages(memo, tmp_path):
    """Rendered by LibreOffice, the single-article memo is at most two pages."""
    import re
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: the page count cannot be measured")
    _briefing, word, _ = memo
    source = tmp_path / "memo.docx"
    word.save(source)
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=180)
    pdf = (tmp_path / "memo.pdf").read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))
    assert 1 <= pages <= 2

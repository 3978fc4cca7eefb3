"""Strange files as users have them: each gives a valid memo or one clear line, never a traceback."""
import zipfile

import pytest
from click.testing import CliRunner
from docx import Document as WordDocument

from briefing.cli import main

ARTICLE = "Ministers agree plan\n\nThe ministers agreed a $5 million plan on Thursday, officials said.\n"


def write_bad_inputs(folder):
    files = {
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 20,
        "oversized.txt": None,
        "not-a-zip.docx": b"PK\x03\x04 not really a zip",
        "script-only.html": b"<html><head><script>var a='<p>x</p>'</script></head><body><iframe src='x'>"
                            b"</iframe><script>alert(1)</script></body></html>",
        "no-body.html": b"<html><head><title>Only a title</title></head></html>",
    }
    for name, content in files.items():
        if content is None:
            with open(folder / name, "wb") as handle:
                handle.truncate(11 * 1024 * 1024)
        else:
            (folder / name).write_bytes(content)
    with zipfile.ZipFile(folder / "zip-bomb.docx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<" + b"a" * (110 * 1024 * 1024) + b"/>")
    return [*sorted(files), "zip-bomb.docx"]


@pytest.mark.parametrize("name, problem", [
    ("empty.txt", "no article text in it"),
    ("binary.txt", "looks like binary data"),
    ("oversized.txt", "too large for an article"),
    ("not-a-zip.docx", "is not a valid .docx"),
    ("zip-bomb.docx", "inflate to over 100 MB"),
    ("script-only.html", "no article text found in the HTML"),
    ("no-body.html", "no article text found in the HTML"),
])
def test_bad_file_alone_is_one_line_exit_2(tmp_path, name, problem):
    write_bad_inputs(tmp_path)
    out = tmp_path / "memo.docx"
    result = CliRunner().invoke(main, ["build", str(tmp_path / name), "-o", str(out)])
    assert result.exit_code == 2
    assert result.output.startswith(f"briefing: {tmp_path / name}: ")
    assert problem in result.output and len(result.output.splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize("name, content", [
    ("invalid-utf8.txt", ARTICLE.encode() + b"\xff\xfe broken \xc3\x28 bytes. The market fell sharply today.\n"),
    ("mixed-encodings.txt", ARTICLE.encode() + "Prices in Zürich fell 3% later, analysts said.\n".encode("cp1252")),
    ("control-characters.txt", ARTICLE.replace("agreed", "agreed\x0b\x1b").encode()),
    ("right-to-left-and-emoji.txt", ("عنوان الخبر\n\nقال الوزير إن الخطة تعمل 😀. " + ARTICLE).encode()),
    ("utf-16.txt", ARTICLE.encode("utf-16")),
])
def test_odd_text_gives_a_valid_memo(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    out = tmp_path / "memo.docx"
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(out), "--max-pages", "0"])
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in WordDocument(str(out)).paragraphs)
    assert "ministers agreed" in text
    assert not any(ord(ch) < 32 and ch not in "\t\n" for ch in text)


def test_batch_of_bad_and_good_files(tmp_path):
    names = write_bad_inputs(tmp_path)
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "memo.docx"
    result = CliRunner().invoke(main, ["build", str(tmp_path), "-o", str(out), "--max-pages", "0"])
    assert result.exit_code == 1
    assert result.output.count("(skipped)") == len(names)
    assert "$5 million" in "\n".join(p.text for p in WordDocument(str(out)).paragraphs)


def test_a_missing_file_or_an_empty_folder_among_several_inputs_is_skipped(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty").mkdir()
    out = tmp_path / "memo.md"
    result = CliRunner().invoke(main, ["build", str(tmp_path / "gone.txt"), str(tmp_path / "empty"),
                                       str(tmp_path / "good.txt"), "-o", str(out)])
    assert result.exit_code == 1
    assert [line for line in result.output.splitlines() if line.endswith("(skipped)")] == [
        f"briefing: {tmp_path / 'gone.txt'}: no such file or folder (skipped)",
        f"briefing: {tmp_path / 'empty'}: folder has no .txt, .md, .html, .docx, .pdf, .eml, .mbox files (skipped)"]
    assert "$5 million" in out.read_text(encoding="utf-8")


def test_folder_of_a_thousand_files(tmp_path):
    for i in range(1000):
        (tmp_path / f"{i:04d}.txt").write_text(ARTICLE.replace("Thursday", f"day {i}"), encoding="utf-8")
    out = tmp_path / "all.json"
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 1000 * len(ARTICLE)

"""The command line as a user meets it: every option, and one-line errors with exit status 2."""
import json
import re
import signal
import subprocess
import sys
import textwrap
from contextlib import suppress
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from docx import Document as WordDocument

from briefing.cli import main

from conftest import SAMPLE, SAMPLE_TOPICS, briefing_on_a_terminal

ARTICLE = """Ministers agree migration plan

Ministers from ten countries agreed a plan on migration on Thursday, officials said.
The plan gives $50 million to border towns that host migrants.

“We will protect people who flee their homes,” said Maria Lopez, the foreign minister of Peru.
"""


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(*args, input=None):
    result = CliRunner().invoke(main, [str(a) for a in args], input=input)
    return result


def memo_text(path) -> str:
    word = WordDocument(str(path))
    parts = [p.text for p in word.paragraphs]
    parts += [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_build_writes_memo_with_header_fields(tmp_path, article):
    out = tmp_path / "memo.docx"
    result = run("build", article, "-o", out, "--topic", "Migration: migration, migrants", "--title", "Peru plan",
                 "--to", "Director Americas", "--from", "Policy Unit", "--date", "2026-11-28",
                 "--classification", "UNCLASSIFIED", "--bullets", "1")
    assert result.exit_code == 0, result.output
    text = memo_text(out)
    for expected in ["MEMORANDUM", "Director Americas", "Policy Unit", "28 November 2026", "Peru plan", "Migration",
                     "Maria Lopez"]:
        assert expected in text
    word = WordDocument(str(out))
    assert "UNCLASSIFIED" in "".join(p.text for p in word.sections[0].header.paragraphs)
    migration_bullets = [p.text for p in word.paragraphs if p.style.name == "List Bullet"]
    assert len(migration_bullets) <= 1 + 3  # --bullets 1 in the section, besides the 3 of the bottom line


def test_build_markdown_output(tmp_path, article):
    out = tmp_path / "memo.md"
    result = run("build", article, "-o", out, "--topic", "Migration: migrants", "--date", "2026-11-28")
    assert result.exit_code == 0, result.output
    memo = out.read_text(encoding="utf-8")
    assert memo.startswith("# MEMORANDUM\n")
    section = memo.split("\n## Migration\n", 1)[1].split("\n## ", 1)[0]
    assert "> “We will protect people who flee their homes.”" in section
    assert "> — Maria Lopez, foreign minister of Peru [1]" in section


def test_build_from_stdin(tmp_path):
    out = tmp_path / "memo.docx"
    result = run("build", "-", "-o", out, "--topic", "Migration: migrants", input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert "$50 million" in memo_text(out)


def test_build_with_template(tmp_path, article):
    from briefing.render.word import default_template

    template = tmp_path / "office.docx"
    template.write_bytes(default_template().read_bytes())
    out = tmp_path / "memo.docx"
    assert run("build", article, "-o", out, "--template", template).exit_code == 0
    missing = run("build", article, "-o", tmp_path / "m2.docx", "--template", tmp_path / "none.docx")
    assert missing.exit_code == 2 and "no such template file" in missing.output


def test_extract_json_shape(tmp_path, article):
    result = run("extract", article, "--format", "json", "--topic", "Migration: migration, migrants")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["topics"] == [{"name": "Migration", "keywords": ["migration", "migrants"]}]
    doc = data["documents"][0]
    assert doc["title"] == "Ministers agree migration plan"
    assert doc["text"] == ARTICLE
    for key in ("sentences", "quotes", "figures"):
        for span in doc[key]:
            assert doc["text"][span["start"]:span["end"]] == span["text"]
    assert sorted(s["rank"] for s in doc["sentences"]) == list(range(1, len(doc["sentences"]) + 1))
    assert doc["quotes"][0]["speaker"] == "Maria Lopez"
    assert any(f["value"] == 50_000_000 and f["unit"] == "USD" for f in doc["figures"])


def test_extract_to_file(tmp_path, article):
    out = tmp_path / "x.json"
    assert run("extract", article, "-o", out).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["documents"][0]["path"] == str(article)


@pytest.mark.parametrize("make_args, message", [
    (lambda d, a: ["build", d / "missing.txt", "-o", d / "m.docx"], "missing.txt: no such file or folder"),
    (lambda d, a: ["build", a, "-o", d / "nofolder" / "m.docx"], "does not exist"),
    (lambda d, a: ["build", a, "-o", d / "m.odt"], "output must end in .docx, .pdf, .md, .txt, .html"),
    (lambda d, a: ["build", a, "-o", a], "is one of the inputs"),
    (lambda d, a: ["build", d, "-o", a], "the output would overwrite it"),  # an article in the input folder
    (lambda d, a: ["build", a, "-o", d / "m.docx", "--eml", a], "is one of the inputs"),
    (lambda d, a: ["build", a, "--topics", d / "none.toml", "-o", d / "m.docx"], "no such topics file"),
])
def test_bad_input_is_one_line_exit_2(tmp_path, article, make_args, message):
    before = set(tmp_path.rglob("*"))
    result = run(*make_args(tmp_path, article))
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert set(tmp_path.rglob("*")) == before  # no output and no temporary file left behind
    assert article.read_text(encoding="utf-8") == ARTICLE


@pytest.mark.parametrize("suffix", ["docx", "html"])
def test_a_memo_written_into_the_input_folder_is_not_read_back_next_time(tmp_path, suffix):
    folder = tmp_path / "today"
    folder.mkdir()
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    memo = folder / f"memo.{suffix}"
    for _ in range(2):
        result = run("build", folder, "-o", memo, "--topic", "Migration: migrants", "--date", "2026-11-28")
        assert result.exit_code == 0, result.output
    result = run("extract", folder)  # and a later extract reads the article alone too
    assert [Path(doc["path"]).name for doc in json.loads(result.output)["documents"]] == ["article.txt"]
    text = memo_text(memo) if suffix == "docx" else memo.read_text(encoding="utf-8")
    assert "[1]" in text and "[2]" not in text and "further article" not in text


def test_standard_input_stops_at_the_size_limit_without_waiting_for_the_end(tmp_path):
    # A runaway pipe (`yes | briefing build -`) must not be read to its end, nor into memory.
    import threading

    process = subprocess.Popen([sys.executable, "-m", "briefing.cli", "build", "-", "-o", str(tmp_path / "m.docx")],
                               stdin=subprocess.PIPE, stderr=subprocess.PIPE)

    def feed():
        with suppress(BrokenPipeError, ValueError):
            for _ in range(12):
                process.stdin.write(b"The minister spoke again. " * 40_000)  # about 1 MB
            process.stdin.flush()  # and the pipe stays open: no end of input

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        assert process.wait(timeout=60) == 2
    finally:
        process.kill()
        process.stdin.close()
        error = process.stderr.read().decode()
        process.stderr.close()
    assert error.strip() == "briefing: stdin: too large for an article (the limit is 10 MB)"
    assert not (tmp_path / "m.docx").exists()


def test_bad_date_is_refused(tmp_path, article):
    result = run("build", article, "--date", "28/11/2026", "-o", tmp_path / "m.docx")
    assert result.exit_code == 2 and "not a date like" in result.output


def test_real_process_error_has_no_traceback(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = subprocess.run([sys.executable, "-m", "briefing.cli", "build", str(empty), "-o", str(tmp_path / "m.docx")],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip() == f"briefing: {empty}: no article text in it (empty or whitespace only)"
    assert not (tmp_path / "m.docx").exists()


def test_help_explains_commands():
    result = run("--help")
    assert "build" in result.output and "extract" in result.output
    for name, command in main.commands.items():
        assert re.search(rf"^  {name} +\w", result.output, re.M), f"{name} is not listed with what it does"
        if isinstance(command, click.Group):  # each of its commands is listed, and explains its options
            group_help = run(name, "--help").output
            for sub, subcommand in command.commands.items():
                assert re.search(rf"^  {sub} +\w", group_help, re.M), f"{name} {sub} is not listed"
                options = [option for param in subcommand.params if isinstance(param, click.Option)
                           for option in param.opts]
                assert options and [o for o in options if o not in run(name, sub, "--help").output] == []
                assert all(param.help for param in subcommand.params if isinstance(param, click.Option)), sub
            continue
        command_help = run(name, "--help").output
        options = [option for param in command.params if isinstance(param, click.Option) for option in param.opts]
        assert len(options) >= 4
        assert [option for option in options if option not in command_help] == []
        # and each one says what it does
        assert all(param.help for param in command.params if isinstance(param, click.Option)), name


def test_batch_skips_a_bad_file_and_exits_1(tmp_path, article):
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    out = tmp_path / "x.json"
    result = run("extract", tmp_path, "-o", out, "--jobs", "1")
    assert result.exit_code == 1
    assert f"briefing: {tmp_path / 'broken.docx'}: is not a valid .docx" in result.output
    assert "(skipped)" in result.output
    assert [d["path"] for d in json.loads(out.read_text(encoding="utf-8"))["documents"]] == [str(article)]
    memo = tmp_path / "memo.docx"
    result = run("build", tmp_path, "-o", memo, "-j", "2")
    assert result.exit_code == 1 and memo.exists()


def test_length_and_max_words(tmp_path):

    outputs = {}
    for length in ["short", "long"]:
        out = tmp_path / f"{length}.md"
        assert run("build", SAMPLE, "--topics", SAMPLE_TOPICS, "--length", length, "-o", out).exit_code == 0
        outputs[length] = len(out.read_text(encoding="utf-8").split())
    assert outputs["short"] < outputs["long"]
    capped = tmp_path / "capped.md"
    assert run("build", SAMPLE, "--topics", SAMPLE_TOPICS, "--max-words", "200", "-o", capped).exit_code == 0
    assert len(capped.read_text(encoding="utf-8").split()) < outputs["short"]
    few = tmp_path / "few.md"
    result = run("build", SAMPLE, "--topics", SAMPLE_TOPICS, "--length", "long", "--bullets", "1", "-o", few)
    assert result.exit_code == 0
    body = few.read_text(encoding="utf-8").split("## Key figures")[0]
    sections = body.split("\n## ")[2:]  # after the header and the bottom line
    assert sections and all(section.count("\n- ") <= 1 for section in sections)


def test_sigterm_leaves_no_partial_output(tmp_path):
    import signal
    import time

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(600):
        (folder / f"{i:03d}.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "memo.docx"
    out.write_bytes(b"the old memo")
    with subprocess.Popen([sys.executable, "-m", "briefing.cli", "build", str(folder), "-o", str(out), "-j", "1"],
                          stderr=subprocess.PIPE) as process:
        time.sleep(1.5)
        process.send_signal(signal.SIGTERM)
        try:
            process.communicate(timeout=60)
        finally:
            process.kill()  # a run that did not stop must not outlive the test
    assert process.returncode == 128 + signal.SIGTERM  # stopped mid-run, not finished
    assert out.read_bytes() == b"the old memo" or out.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".memo.docx")] == []


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="SIGTERM is not sent between processes on Windows")
def test_sigterm_that_lands_in_a_finalizer_still_stops_the_run():
    # Python ignores an exception raised in __del__; the run must stop all the same, not finish.
    script = textwrap.dedent("""
        import os, signal, time
        from briefing.cli import install_stop_on_sigterm

        class Finalized:
            def __del__(self):
                os.kill(os.getpid(), signal.SIGTERM)
                for _ in range(1000):  # the handler runs here, inside the finalizer
                    pass

        install_stop_on_sigterm()
        Finalized()
        time.sleep(20)
        print("finished")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 128 + signal.SIGTERM
    assert "finished" not in done.stdout


def test_a_few_stray_nul_bytes_in_clean_text_do_not_make_it_binary(tmp_path):
    # copied out of a PDF or a database, an article may carry a few NULs; it is still an article
    path = tmp_path / "story.txt"
    body = (ARTICLE + "\n" + "Officials from ten countries met again to agree the plan for border towns.\n" * 80)
    path.write_bytes(body[:2000].encode() + b"\x00" + body[2000:4000].encode() + b"\x00\x00" + body[4000:].encode())
    assert len(path.read_bytes()) > 6000
    out = tmp_path / "memo.md"
    result = run("build", path, "--topic", "Migration: migrants", "-o", out)
    assert result.exit_code == 0, result.output
    memo = out.read_text(encoding="utf-8")
    assert "$50 million" in memo and "\x00" not in memo


def test_a_page_without_article_text_is_an_error_not_an_empty_memo(tmp_path, article):
    page = tmp_path / "gallery.html"
    page.write_text("<html><head><title>Photos of the week</title></head><body><article><h1>Photos of the week"
                    "</h1><p>Photo: Reuters/Jane Doe</p><p>Share this article</p></article></body></html>")
    alone = run("build", page, "-o", tmp_path / "m.md")
    assert alone.exit_code == 2 and not (tmp_path / "m.md").exists()
    assert alone.output.strip().startswith(f"briefing: {page}: no article text found")
    batch = run("build", page, article, "-o", tmp_path / "m.md")
    assert batch.exit_code == 1 and "(skipped)" in batch.output and (tmp_path / "m.md").exists()


def test_a_terminal_sees_the_progress_of_a_long_batch_while_the_json_goes_down_the_pipe(tmp_path):
    for number in range(20):
        (tmp_path / f"article-{number:02}.txt").write_text(ARTICLE.replace("ten", str(number + 2)), encoding="utf-8")
    seen, output = briefing_on_a_terminal("extract", str(tmp_path), "-j", "1")
    assert b"Reading articles" in seen
    assert len(json.loads(output)["documents"]) == 20

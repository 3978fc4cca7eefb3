"""The archive: what was read and briefed is kept, found again by speaker and measure, and pruned."""
import json
import sqlite3
import subprocess
import sys

from click.testing import CliRunner

from briefing.archive import MIGRATIONS
from briefing.cli import main

from conftest import SAMPLE

SECOND = """Port strike ends

Dock workers in Santos ended a nine-day strike on Monday after the port authority agreed a 7% pay rise.
“We have won what we came for and the ships can move again,” said Carla Mendes, the leader of the dockers' union.
The strike had held up 120 ships and cost exporters about $400 million, the authority said.
"""


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_two_builds_are_kept_and_a_speakers_quotes_are_found_with_their_source(tmp_path):
    archive = tmp_path / "archive.sqlite"
    second = tmp_path / "port.txt"
    second.write_text(SECOND, encoding="utf-8")
    assert run("build", SAMPLE, "-o", tmp_path / "day1.md", "--date", "2026-11-27", "--archive", archive).exit_code == 0
    day2 = run("build", SAMPLE, second, "-o", tmp_path / "day2.md", "--date", "2026-11-28", "--archive", archive)
    assert day2.exit_code == 0, day2.output

    listed = run("archive", "list", "--archive", archive)
    assert [line.split("\t")[1:3] for line in listed.stdout.splitlines()] == [
        ["2026-11-27", "1 articles"], ["2026-11-28", "2 articles"]]

    said = run("archive", "quotes", "--speaker", "blinken", "--archive", archive).stdout
    assert "Antony Blinken, US Secretary of State: “The security forces to carry out these measures" in said
    assert "VOA News, Blinken Holding Final Day of Talks in Colombia, 2021-10-21" in said
    assert "Mendes" not in said
    # the seed was read twice: its quotes are kept once
    assert said.count("The security forces to carry out these measures") == 1
    union = run("archive", "quotes", "--speaker", "Carla Mendes", "--archive", archive).stdout
    assert union.startswith("Carla Mendes, leader of the dockers' union: “We have won what we came for")
    assert str(second) in union

    doses = run("archive", "figures", "--measure", "vaccine doses", "--archive", archive).stdout
    assert doses.startswith("6 million\tsafe effective COVID-19 vaccine doses to Colombia\tVOA News")


def test_forget_drops_what_is_older_and_export_gives_the_rest_as_json_lines(tmp_path):
    archive = tmp_path / "archive.sqlite"
    assert run("build", SAMPLE, "-o", tmp_path / "memo.md", "--archive", archive).exit_code == 0
    records = [json.loads(line) for line in run("archive", "export", "--archive", archive).stdout.splitlines()]
    assert [record["table"] for record in records] == ["article", "memo"]
    assert records[0]["title"] == "Blinken Holding Final Day of Talks in Colombia"
    assert {quote["speaker"] for quote in records[0]["quotes"]} >= {"Antony Blinken"}
    assert {"kind": "figure", "text": "6 million", "speaker": None,
            "measure": "safe effective COVID-19 vaccine doses to Colombia"} in records[1]["items"]

    kept = run("archive", "forget", "--before", "2000-01-01", "--archive", archive)
    assert "Forgot 0 articles and 0 memos" in kept.output
    gone = run("archive", "forget", "--before", "2999-01-01", "--archive", archive)
    assert "Forgot 1 articles and 1 memos" in gone.output
    assert run("archive", "export", "--archive", archive).stdout == ""
    assert run("archive", "quotes", "--archive", archive).stdout == ""


def test_two_builds_at_once_against_one_archive_both_land_whole(tmp_path):
    archive = tmp_path / "archive.sqlite"
    second = tmp_path / "port.txt"
    second.write_text(SECOND, encoding="utf-8")
    builds = [subprocess.Popen([sys.executable, "-m", "briefing.cli", "build", str(source), "-o",
                                str(tmp_path / f"memo{n}.md"), "--archive", str(archive)],
                               stderr=subprocess.PIPE) for n, source in enumerate([SAMPLE, second] * 2)]
    errors = [build.communicate(timeout=120)[1] for build in builds]
    assert [build.returncode for build in builds] == [0, 0, 0, 0], errors
    with sqlite3.connect(archive) as database:
        assert database.execute("SELECT count(*) FROM memos").fetchone() == (4,)
        assert database.execute("SELECT count(*) FROM articles").fetchone() == (2,)
        assert database.execute("SELECT count(*) FROM quotes WHERE speaker = 'Carla Mendes'").fetchone() == (1,)
        assert database.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_bad_archive_is_one_line_and_exit_2(tmp_path):
    not_one = tmp_path / "notes.txt"
    not_one.write_text("not a database at all, just words " * 100, encoding="utf-8")
    newer = tmp_path / "newer.sqlite"
    with sqlite3.connect(newer) as database:
        database.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    for path, problem in [(not_one, "cannot be used as an archive"), (tmp_path, "is a folder"),
                          (newer, "was written by a newer briefing"),
                          (tmp_path / "none.sqlite", "no archive here yet")]:
        result = run("archive", "list", "--archive", path)
        assert result.exit_code == 2
        assert result.output.startswith(f"briefing: {path}: {problem}") and result.output.count("\n") == 1
    built = run("build", SAMPLE, "-o", tmp_path / "memo.md", "--archive", not_one)
    assert built.exit_code == 2 and not (tmp_path / "memo.md").exists()

"""The archive: what was read and briefed is kept, found again by speaker and measure, and pruned."""
import json
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from briefing.archive import MIGRATIONS, Archive
from briefing.cli import main

from conftest import SAMPLE

SECOND = """Port strike ends

Dock workers in Santos ended a nine-day strike on Monday after the port authority agreed a 7% pay rise.
“We have won what we came for and the ships can move again,” said Carla Mendes, the leader of the dockers' union.
The strike had held up 120 ships and cost exporters about $400 million, the authority said.
"""


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_two_builds_are_kept_and_a_speakers_quotes_are_found_with_their_source(tmp_path, archive_address):
    archive = archive_address
    second = tmp_path / "port.txt"
    second.write_text(SECOND, encoding="utf-8")
    assert run("build", SAMPLE, "-o", tmp_path / "day1.md", "--date", "2026-11-27", "--archive", archive).exit_code == 0
    day2 = run("build", SAMPLE, second, "-o", tmp_path / "day2.md", "--date", "2026-11-28", "--archive", archive)
    assert day2.exit_code == 0, day2.output

    listed = run("archive", "list", "--archive", archive)
    assert [line.split("\t")[1:3] for line in listed.stdout.splitlines()] == [
        ["2026-11-27", "1 article"], ["2026-11-28", "2 articles"]]

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


def test_forget_drops_what_is_older_and_export_gives_the_rest_as_json_lines(tmp_path, archive_address):
    archive = archive_address
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
    assert "Forgot 1 article and 1 memo" in gone.output
    assert run("archive", "export", "--archive", archive).stdout == ""
    assert run("archive", "quotes", "--archive", archive).output == "No quote in the archive matches.\n"


def test_two_builds_at_once_against_one_archive_both_land_whole(tmp_path, archive_address):
    archive = archive_address
    second = tmp_path / "port.txt"
    second.write_text(SECOND, encoding="utf-8")
    builds = [subprocess.Popen([sys.executable, "-m", "briefing.cli", "build", str(source), "-o",
                                str(tmp_path / f"memo{n}.md"), "--archive", str(archive)],
                               stderr=subprocess.PIPE) for n, source in enumerate([SAMPLE, second] * 2)]
    errors = [build.communicate(timeout=120)[1] for build in builds]
    assert [build.returncode for build in builds] == [0, 0, 0, 0], errors
    with Archive(archive) as kept:
        count = kept.database.execute
        assert count("SELECT count(*) FROM memos").fetchone() == (4,)
        assert count("SELECT count(*) FROM articles").fetchone() == (2,)
        assert count("SELECT count(*) FROM quotes WHERE speaker = 'Carla Mendes'").fetchone() == (1,)
        assert count("SELECT count(*) FROM memo_items WHERE memo_id NOT IN (SELECT id FROM memos)").fetchone() == (0,)
        if not archive.startswith("postgresql://"):
            assert count("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_bad_archive_is_one_line_and_exit_2(tmp_path):
    not_one = tmp_path / "notes.txt"
    not_one.write_text("not a database at all, just words " * 100, encoding="utf-8")
    for path, problem in [(not_one, "cannot be used as an archive"), (tmp_path, "is a folder"),
                          (tmp_path / "none.sqlite", "no archive here yet"),
                          ("mysql://localhost/briefing", "is not an archive: give an SQLite file or a postgresql://")]:
        result = run("archive", "list", "--archive", path)
        assert result.exit_code == 2
        assert result.output.startswith(f"briefing: {path}: {problem}") and result.output.count("\n") == 1
    built = run("build", SAMPLE, "-o", tmp_path / "memo.md", "--archive", not_one)
    assert built.exit_code == 2 and not (tmp_path / "memo.md").exists()


def test_a_postgresql_server_that_cannot_be_reached_is_one_line_without_its_password(tmp_path):
    from mailserver import free_port

    nobody = f"postgresql://briefing:secret@127.0.0.1:{free_port()}/briefing"
    result = run("build", SAMPLE, "-o", tmp_path / "memo.md", "--archive", nobody)
    assert result.exit_code == 2 and not (tmp_path / "memo.md").exists()
    assert result.output.startswith("briefing: postgresql://briefing:***@127.0.0.1:") and "secret" not in result.output
    assert "cannot be reached" in result.output and result.output.count("\n") == 1


def test_an_archive_a_newer_briefing_wrote_is_left_alone(tmp_path, archive_address):
    with Archive(archive_address) as archive:
        archive.database.set_schema_version(len(MIGRATIONS) + 1)
    for command in (["archive", "list"], ["build", SAMPLE, "-o", tmp_path / "memo.md"]):
        result = run(*command, "--archive", archive_address)
        assert result.exit_code == 2 and not (tmp_path / "memo.md").exists()
        assert result.output == (f"briefing: {archive_address}: was written by a newer briefing "
                                 f"(schema {len(MIGRATIONS) + 1}): upgrade\n")


def quotes_of(memo: str) -> list[str]:
    return [line for line in memo.splitlines() if line.startswith("> “")]


def test_day_two_with_changes_marks_what_is_new_and_the_figure_that_moved_and_repeats_no_quote(
        tmp_path, archive_address, shared):
    archive = archive_address
    texts = sorted((shared / "data" / "polnear-dev" / "texts").glob("*.txt"))
    moved = tmp_path / "voa-copy.txt"
    moved.write_text(SAMPLE.read_text(encoding="utf-8").replace("6 million safe", "7 million safe"), encoding="utf-8")
    day1, day2 = tmp_path / "day1.md", tmp_path / "day2.md"
    assert run("build", SAMPLE, texts[0], "-o", day1, "--date", "2026-11-27", "--archive", archive).exit_code == 0
    built = run("build", moved, texts[1], "-o", day2, "--date", "2026-11-28", "--archive", archive, "--changes")
    assert built.exit_code == 0, built.output
    first, second = day1.read_text(encoding="utf-8"), day2.read_text(encoding="utf-8")

    assert "## Since the last brief" in second and "## Since the last brief" not in first
    assert "2 of the 2 articles read are new since the brief of 27 November 2026." in second
    assert "| 6 million → 7 million since 27 Nov | safe effective COVID-19 vaccine doses to Colombia | [1] |" in second
    # the new article's bullets and quotes are marked, the story told yesterday continues
    new_article = [line for line in second.splitlines() if line.startswith("- ") and line.endswith("[2]")]
    assert new_article and all(line.startswith("- NEW: ") for line in new_article)
    assert "- Continuing: The United States is asking countries in the Western Hemisphere" in second
    assert set(quotes_of(first)) and not set(quotes_of(first)) & set(quotes_of(second))

    said = run("archive", "quotes", "--speaker", "Blinken", "--archive", archive).stdout
    assert said.count("Antony Blinken, US Secretary of State: “") >= 3
    assert "VOA News, Blinken Holding Final Day of Talks in Colombia, 2021-10-21" in said


def test_the_first_brief_with_changes_has_nothing_to_compare_and_marks_nothing(tmp_path, archive_address):
    memo = tmp_path / "memo.md"
    result = run("build", SAMPLE, "-o", memo, "--archive", archive_address, "--changes")
    assert result.exit_code == 0
    text = memo.read_text(encoding="utf-8")
    assert "Since the last brief" not in text and "NEW:" not in text and "Continuing:" not in text


def test_a_brief_with_an_archive_and_changes_says_what_changed_on_its_second_run(tmp_path, archive_address):
    (tmp_path / "port.txt").write_text(SECOND, encoding="utf-8")
    brief = tmp_path / "brief.toml"
    # a file name is read from the brief's folder; an address is an address
    named = "team.sqlite" if archive_address.endswith(".sqlite") else archive_address
    brief.write_text(f'inputs = ["{SAMPLE}", "port.txt"]\noutput = "memo-{{date}}.md"\n'
                     f'archive = "{named}"\nchanges = true\n', encoding="utf-8")
    assert run("run", brief, "--no-mail", "--date", "2026-11-27").exit_code == 0
    assert run("run", brief, "--no-mail", "--date", "2026-11-28").exit_code == 0
    assert "## Since the last brief" not in (tmp_path / "memo-2026-11-27.md").read_text(encoding="utf-8")
    again = (tmp_path / "memo-2026-11-28.md").read_text(encoding="utf-8")
    assert "- 0 of the 2 articles read are new since the brief of 27 November 2026." in again
    assert "NEW:" not in again
    kept = tmp_path / named if named == "team.sqlite" else named
    assert len(run("archive", "list", "--archive", kept).stdout.splitlines()) == 2


def test_the_daily_brief_says_what_changed_too(tmp_path, archive_address):
    archive, second = archive_address, tmp_path / "port.txt"
    second.write_text(SECOND, encoding="utf-8")
    assert run("build", SAMPLE, "-o", tmp_path / "day1.md", "--archive", archive).exit_code == 0
    day2 = tmp_path / "day2.md"
    assert run("build", SAMPLE, second, "-o", day2, "--template", "daily", "--archive", archive,
               "--changes").exit_code == 0
    text = day2.read_text(encoding="utf-8")
    assert "Since the last brief" in text and "1 of the 2 articles read is new" in text
    assert "Continuing: The United States and Colombia are holding high-level talks Thursday" in text


def speakers_marked(archive_address: str) -> None:
    """Change what the archive keeps of every article's analysis: each speaker's name starts "Kept"."""
    with Archive(archive_address) as archive, archive.transaction():
        archive.database.execute("UPDATE analyses SET analysis = replace(analysis, '\"speaker\": \"', "
                                 "'\"speaker\": \"Kept ')")


def test_an_article_read_again_is_not_analysed_again_unless_the_analysis_changed(tmp_path, archive_address,
                                                                                monkeypatch):
    second = tmp_path / "port.txt"
    second.write_text(SECOND, encoding="utf-8")
    build = ["build", SAMPLE, second, "--archive", archive_address, "-o"]
    assert run(*build, tmp_path / "day1.md").exit_code == 0
    speakers_marked(archive_address)
    assert run(*build, tmp_path / "day2.md").exit_code == 0
    day2 = (tmp_path / "day2.md").read_text(encoding="utf-8")
    assert "— Kept Antony Blinken, US Secretary of State" in day2
    assert day2.replace("Kept ", "") == (tmp_path / "day1.md").read_text(encoding="utf-8")

    # a briefing whose analysis differs does not trust what another one found
    monkeypatch.setattr("briefing.archive.analyses.analyser_fingerprint", lambda: "another analysis")
    assert run(*build, tmp_path / "day3.md").exit_code == 0
    assert "Kept" not in (tmp_path / "day3.md").read_text(encoding="utf-8")


def test_the_analysis_pool_reads_what_the_archive_keeps_too(tmp_path, archive_address, shared):
    texts = sorted((shared / "data" / "polnear-dev" / "texts").glob("*.txt"))[:20]
    build = ["build", *texts, "--archive", archive_address, "--jobs", "2", "-o"]
    assert run(*build, tmp_path / "day1.md").exit_code == 0
    with Archive(archive_address) as archive:
        assert archive.database.execute("SELECT count(*) FROM analyses").fetchone() == (20,)
    speakers_marked(archive_address)
    assert run(*build, tmp_path / "day2.md").exit_code == 0
    quoted = [line for line in (tmp_path / "day2.md").read_text(encoding="utf-8").splitlines() if line.startswith("> ")]
    assert quoted and all("— Kept " in line for line in quoted if "— " in line)


def test_an_archive_of_an_older_schema_is_brought_up_to_date_with_what_it_holds(archive_address):
    from briefing.archive.database import open_database

    older = open_database(archive_address)  # an archive as the first briefing with one left it
    older.begin()
    older.schema_version()
    older.run_script(MIGRATIONS[0])
    older.set_schema_version(1)
    article = older.insert("INSERT INTO articles (content_hash, first_read) VALUES ('x', '2026-11-27')", ())
    older.execute("INSERT INTO quotes (article_id, speaker, text) VALUES (?, 'Antony Blinken', ?)",
                  (article, "We are all in this, Together."))
    older.execute("COMMIT")
    older.close()
    with Archive(archive_address) as archive:
        assert archive.database.schema_version() == len(MIGRATIONS)
        assert archive.database.execute("SELECT words FROM quotes").fetchall() == [("we are all in this together",)]
        assert [quote.text for quote in archive.quotes("blinken")] == ["We are all in this, Together."]


def test_an_archive_another_build_is_making_is_waited_for_not_refused():
    from briefing.archive.database import while_locked

    answers = iter([sqlite3.OperationalError("database is locked")] * 2 + ["opened"])

    def opening():
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    assert while_locked(opening) == "opened"
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        while_locked(lambda: (_ for _ in ()).throw(sqlite3.OperationalError("no such table: memos")))
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        while_locked(lambda: (_ for _ in ()).throw(sqlite3.OperationalError("database is locked")), seconds=0.1)

"""A standing brief: `briefing run BRIEF.toml` reads a feed on loopback, writes the memo under its
dated name and mails it through a loopback SMTP server; `--dry-run` does none of it."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from email import message_from_bytes, policy

import pytest
from click.testing import CliRunner

from briefing.cli import main

from conftest import SAMPLE_TOPICS
from webserver import rss, serve_feed, serve_stories


def run(*args, env=None, input=None):
    return CliRunner().invoke(main, [str(arg) for arg in args], env=env, input=input)


def days_of(action):
    """The result of `action` and the dates it ran on: one, or two where it ran across midnight."""
    first = dt.date.today().isoformat()
    result = action()
    return result, sorted({first, dt.date.today().isoformat()})


def write_brief(folder, feed: str, port: int | None = None, extra: str = "", mail: str = "") -> object:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "briefs").mkdir(exist_ok=True)
    text = f'''inputs = ["{feed}"]
since = "24h"
output = "briefs/americas-{{date}}.docx"
{extra}
[[topic]]
name = "Migration"
keywords = ["migrants", "shelter"]

[memo]
to = "Regional Director, Americas"
from = "Policy Unit"
max_pages = 0
'''
    if port is not None:
        text += f'''
[mail]
to = ["desk@example.org", "chief@example.org"]
from = "policy@example.org"
subject = "Americas brief"
smtp_host = "127.0.0.1"
smtp_port = {port}
{mail}'''
    brief = folder / "americas.toml"
    brief.write_text(text, encoding="utf-8")
    return brief


def test_a_brief_builds_its_dated_memo_and_mails_it(web, smtp_server, tmp_path, monkeypatch):
    feed = serve_feed(web, "/americas.xml", rss(serve_stories(web, range(3))))
    recorder, port = smtp_server()
    brief = write_brief(tmp_path / "desk", feed, port)
    monkeypatch.chdir(tmp_path)  # paths in the brief are read from its own folder, wherever it runs from
    result, days = days_of(lambda: run("run", brief, env={"BRIEFING_SMTP_USER": None}))
    assert result.exit_code == 0, result.output
    (memo,) = [memo for day in days if (memo := tmp_path / "desk" / "briefs" / f"americas-{day}.docx").is_file()]
    ((envelope, _),) = recorder.envelopes
    assert envelope.mail_from == "policy@example.org"
    assert envelope.rcpt_tos == ["desk@example.org", "chief@example.org"]
    message = message_from_bytes(envelope.original_content, policy=policy.default)
    assert message["Subject"] == "Americas brief"
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == memo.name and attachment.get_content() == memo.read_bytes()
    assert "Migration" in message.get_body(("plain",)).get_content()
    assert f"Wrote {memo} and sent it to desk@example.org, chief@example.org through 127.0.0.1:{port}" \
        in result.output


def test_a_dry_run_says_what_it_would_do_and_does_nothing(web, smtp_server, tmp_path):
    feed = serve_feed(web, "/americas.xml", rss(serve_stories(web, range(3))))
    recorder, port = smtp_server()
    brief = write_brief(tmp_path, feed, port)
    result, days = days_of(lambda: run("run", brief, "--dry-run", env={"BRIEFING_SMTP_USER": None}))
    assert result.exit_code == 0, result.output
    assert web.log == [] and recorder.envelopes == []
    assert list((tmp_path / "briefs").iterdir()) == []
    assert f"{feed} (web address or feed)" in result.output
    assert any(f"would write {tmp_path / 'briefs' / f'americas-{day}.docx'}" in result.output for day in days)
    assert f"would send it to desk@example.org, chief@example.org through 127.0.0.1:{port}" in result.output
    assert "topics: Migration" in result.output
    assert "Nothing was fetched, written or sent (--dry-run)." in result.output


def test_the_command_line_overrides_the_brief(web, tmp_path):
    feed = serve_feed(web, "/americas.xml", rss(serve_stories(web, range(2))))
    brief = write_brief(tmp_path, feed, port=None)
    out = tmp_path / "today.md"
    result = run("run", brief, "-o", out, "--to", "Ambassador Smith", "--date", "2026-11-30", "--since", "3d")
    assert result.exit_code == 0, result.output
    memo = out.read_text(encoding="utf-8")
    assert "Ambassador Smith" in memo and "Regional Director" not in memo
    assert "Policy Unit" in memo  # from the brief, which the command line did not override
    assert "30 November 2026" in memo
    assert list((tmp_path / "briefs").iterdir()) == []


def test_no_mail_writes_the_memo_and_sends_nothing(web, smtp_server, tmp_path):
    feed = serve_feed(web, "/americas.xml", rss(serve_stories(web, range(2))))
    recorder, port = smtp_server()
    brief = write_brief(tmp_path, feed, port)
    result = run("run", brief, "--no-mail", "--date", "2026-11-30")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "briefs" / "americas-2026-11-30.docx").is_file()
    assert recorder.envelopes == []


def test_a_topics_file_named_in_the_brief_is_read_from_its_folder(web, tmp_path):
    feed = serve_feed(web, "/americas.xml", rss(serve_stories(web, range(2))))
    (tmp_path / "topics.toml").write_text(SAMPLE_TOPICS.read_text(encoding="utf-8"), encoding="utf-8")
    brief = tmp_path / "brief.toml"
    brief.write_text(f'inputs = ["{feed}"]\ntopics = "topics.toml"\noutput = "memo-{{date}}.md"\n', encoding="utf-8")
    result = run("run", brief, "--dry-run")
    assert "topics: Migration, Democracy, COVID aid" in result.output
    result = run("run", brief, "--date", "2026-11-30")
    assert result.exit_code == 0, result.output
    assert "Migration" in (tmp_path / "memo-2026-11-30.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("text", "problem"), [
    ('inputs = ["a.txt"]\noutptu = "x.docx"\n',
     "unknown key 'outptu' (known: archive, changes, follow_links, inputs, mail, memo, output, since, timeout, topic, "
     "topics)"),
    ('inputs = ["a.txt"]\nchanges = "yes"\n', "changes must be true or false"),
    ('inputs = []\n', 'inputs must be a list of feeds, addresses, files or folders, e.g. inputs = ["news/"]'),
    ('inputs = ["a.txt"]\nsince = "yesterday"\n', "since: 'yesterday' is not a window like 24h, 2d or 2026-11-28"),
    ('inputs = ["a.txt"]\n[memo]\nmax_pages = "two"\n', "[memo] max_pages must be a whole number"),
    ('inputs = ["a.txt"]\n[memo]\nlength = "huge"\n', "[memo] length must be one of short, standard, long"),
    ('inputs = ["a.txt"]\n[mail]\nto = ["desk@example.org"]\n',
     "no mail server to send through: give smtp_host in its [mail], --smtp-host, or smtp-host in the config file"),
    ('inputs = ["a.txt"]\n[mail]\nsmtp_host = "mail"\nto = ["d@example.org"]\nsecurity = "tls"\n',
     "[mail] security must be one of starttls, ssl, none"),
    ('inputs = ["a.txt"]\noutput = "memo-{day}.docx"\n', "output 'memo-{day}.docx': only {date} may stand in braces"),
    ('inputs = ["a.txt"\n', "TOML syntax error"),
])
def test_a_broken_brief_is_one_line_naming_the_file_and_the_problem(tmp_path, text, problem):
    brief = tmp_path / "brief.toml"
    brief.write_text(text, encoding="utf-8")
    result = run("run", brief)
    assert result.exit_code == 2
    line, = result.output.strip().splitlines()
    assert line.startswith(f"briefing: {brief}: {problem}")


def test_a_missing_brief_is_one_line(tmp_path):
    result = run("run", tmp_path / "nope.toml")
    assert result.exit_code == 2
    assert result.output.strip() == f"briefing: {tmp_path / 'nope.toml'}: no such brief file"


def test_a_login_with_nobody_to_answer_is_one_line_and_nothing_is_built(web, smtp_server, tmp_path):
    feed = serve_feed(web, "/americas.xml", rss(serve_stories(web, range(2))))
    recorder, port = smtp_server()
    brief = write_brief(tmp_path, feed, port, mail="login = true\n")
    env = {name: value for name, value in os.environ.items() if not name.startswith("BRIEFING_SMTP_")}
    # as under cron: no terminal, nothing on standard input
    result = subprocess.run([sys.executable, "-m", "briefing.cli", "run", str(brief)], stdin=subprocess.DEVNULL,
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == (
        f"briefing: 127.0.0.1:{port}: needs a login, and nobody answered the prompt: "
        "set BRIEFING_SMTP_USER and BRIEFING_SMTP_PASSWORD")
    assert "Traceback" not in result.stderr
    assert list((tmp_path / "briefs").iterdir()) == [] and web.log == [] and recorder.envelopes == []

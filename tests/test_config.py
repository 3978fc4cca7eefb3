"""The user's config file (~/.config/briefing/config.toml): defaults for every command's options,
under the command line and, for `run`, under the brief."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from briefing.cli import main

from conftest import SAMPLE

ARTICLE = SAMPLE


@pytest.fixture
def config(tmp_path, monkeypatch):
    """Write the user's config file: config(TEXT) -> its path."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = tmp_path / "config" / "briefing" / "config.toml"
    path.parent.mkdir(parents=True)

    def write(text: str):
        path.write_text(text, encoding="utf-8")
        return path
    return write


def run(*args, env=None):
    return CliRunner().invoke(main, [str(arg) for arg in args], env=env)


def test_a_default_in_the_config_file_fills_the_memo_and_the_command_line_overrides_it(config, tmp_path):
    config('from = "Policy Unit"\nclassification = "UNCLASSIFIED"\n[build]\nlength = "short"\n')
    out = tmp_path / "memo.md"
    result = run("build", ARTICLE, "-o", out)
    assert result.exit_code == 0, result.output
    memo = out.read_text(encoding="utf-8")
    assert "Policy Unit" in memo and "UNCLASSIFIED" in memo
    result = run("build", ARTICLE, "-o", out, "--from", "Americas Desk")
    memo = out.read_text(encoding="utf-8")
    assert "Americas Desk" in memo and "Policy Unit" not in memo


def test_the_mail_server_comes_from_the_config_file(config, smtp_server, tmp_path):
    recorder, port = smtp_server()
    config(f'smtp-host = "127.0.0.1"\n[send]\nsmtp_port = {port}\nmail-from = "policy@example.org"\n')
    memo = tmp_path / "memo.docx"
    assert run("build", ARTICLE, "-o", memo, "--max-pages", "0").exit_code == 0
    result = run("send", memo, "--to", "desk@example.org", env={"BRIEFING_SMTP_USER": None})
    assert result.exit_code == 0, result.output
    ((envelope, _),) = recorder.envelopes
    assert envelope.mail_from == "policy@example.org" and envelope.rcpt_tos == ["desk@example.org"]


def test_the_brief_overrides_the_config_file_and_the_command_line_the_brief(config, tmp_path):
    config('from = "Config Unit"\nto = "Config Reader"\nclassification = "CONFIG MARK"\n')
    (tmp_path / "article.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    brief = tmp_path / "brief.toml"
    brief.write_text('inputs = ["article.txt"]\noutput = "memo.md"\n[memo]\nfrom = "Brief Unit"\nto = "Brief Reader"\n',
                     encoding="utf-8")
    result = run("run", brief, "--to", "Command Reader")
    assert result.exit_code == 0, result.output
    memo = (tmp_path / "memo.md").read_text(encoding="utf-8")
    assert "Brief Unit" in memo and "Config Unit" not in memo
    assert "Command Reader" in memo and "Brief Reader" not in memo
    assert "CONFIG MARK" in memo  # the brief says nothing of it


@pytest.mark.parametrize(("text", "problem"), [
    ('form = "Policy Unit"\n', "form: no command has an option --form"),
    ('[build]\nsmtp-host = "mail"\n', "[build] smtp-host: build has no option --smtp-host"),
    ('[bulid]\nfrom = "x"\n', "[bulid] is not a command (commands: archive, build, extract, run, send)"),
    ('from = "x\n', "TOML syntax error"),
])
def test_a_broken_config_file_is_one_line_naming_it(config, text, problem):
    path = config(text)
    result = run("build", ARTICLE)
    assert result.exit_code == 2
    line, = result.output.strip().splitlines()
    assert line.startswith(f"briefing: {path}: {problem}")


def test_a_window_in_the_config_file_holds_for_a_brief_that_gives_none(config, web, tmp_path):
    import datetime as dt

    from webserver import NOW, rss, serve_feed, serve_stories

    items = serve_stories(web, range(2))
    items[1]["date"] = NOW - dt.timedelta(days=2)
    feed = serve_feed(web, "/americas.xml", rss(items))
    brief = tmp_path / "brief.toml"
    brief.write_text(f'inputs = ["{feed}"]\noutput = "memo.md"\n', encoding="utf-8")
    config('since = "3d"\n')
    result = run("run", brief)
    assert result.exit_code == 0, result.output
    assert "2 read, 0 skipped" in result.output  # the two-day-old story is inside the config's window

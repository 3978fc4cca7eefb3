"""Page fit: the memo is shortened, bullets first, until it fits its page limit."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from briefing import SelectOptions
from briefing.cli import main
from briefing.deliver import fit, libreoffice
from briefing.render.word import docx_bytes

from conftest import SAMPLE, SAMPLE_TOPICS
from memos import make_briefing

needs_soffice = pytest.mark.skipif(libreoffice.soffice() is None, reason="LibreOffice (soffice) is not installed: "
                                                                 "pages cannot be counted as Word would")


def test_shortening_drops_bullets_first_then_shortens_quotes():
    steps = fit.shorter_options(SelectOptions(bullets_per_section=3, quotes_per_section=2, quote_words=40,
                                              max_figures=4))
    assert [(s.bullets_per_section, s.quote_words, s.quotes_per_section, s.max_figures) for s in steps] == [
        (2, 40, 2, 4), (1, 40, 2, 4), (1, 25, 2, 4), (1, 15, 2, 4), (1, 15, 1, 4), (1, 15, 1, 3)]


def test_fit_takes_the_longest_selection_that_fits(monkeypatch):
    # Pages here grow with the bullets asked for; the briefing records which options made it.
    monkeypatch.setattr(fit, "count_pages", lambda documents, session: ([int(data.decode()) for data in documents],
                                                                        [b"%PDF " + data for data in documents]))
    chosen = []
    fitted = fit.fit_pages(lambda options: chosen.append(options.bullets_per_section) or make_briefing(
                               title=str(options.bullets_per_section)),
                           SelectOptions(bullets_per_section=4), lambda briefing: briefing.title.encode(), 2)
    # the full memo and the shortest first, then the steps between
    assert chosen[:2] == [4, 1]
    assert (fitted.fits, fitted.pages, fitted.briefing.title, fitted.pdf) == (True, 2, "2", b"%PDF 2")


def test_fit_says_when_even_the_shortest_is_too_long(monkeypatch):
    monkeypatch.setattr(fit, "count_pages", lambda documents, session: ([5] * len(documents), None))
    log = []
    fitted = fit.fit_pages(lambda options: make_briefing(), SelectOptions(bullets_per_section=2),
                           lambda briefing: b"", 1, log.append)
    assert not fitted.fits and fitted.pages == 5
    assert log[0] == ("5 page(s), estimated, as LibreOffice is not installed, with at most 2 bullet(s) and "
                      "3 quote(s) of 40 words per section and 6 figures")


def test_no_page_limit_renders_once(monkeypatch):
    monkeypatch.setattr(fit, "count_pages", lambda *args: pytest.fail("counted pages without a limit"))
    fitted = fit.fit_pages(lambda options: make_briefing(), SelectOptions(), docx_bytes, None)
    assert fitted.fits and fitted.pages is None


@needs_soffice
def test_the_estimate_errs_long():
    data = docx_bytes(make_briefing(sections=make_briefing().sections * 4))
    measured = libreoffice.pdf_pages(libreoffice.to_pdf(data))
    assert measured >= 2
    assert fit.estimate_pages(data) >= measured


def test_without_libreoffice_verbose_says_pages_are_estimated(tmp_path, monkeypatch):
    monkeypatch.setattr(libreoffice, "soffice", lambda: None)
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "--topics", str(SAMPLE_TOPICS), "--date", "2026-11-28",
                                       "-o", str(tmp_path / "memo.docx"), "--verbose"])
    assert result.exit_code == 0, result.output
    assert "estimated, as LibreOffice is not installed" in result.output


@needs_soffice
def test_max_pages_shortens_the_sample_report_to_fit(tmp_path):
    # The report has no page limit of its own; at its long length the sample makes three pages.
    out = tmp_path / "report.pdf"
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "--topics", str(SAMPLE_TOPICS), "--date", "2026-11-28",
                                       "-o", str(out), "--template", "report", "--max-pages", "2", "--verbose",
                                       "--length", "long",
                                       "--to", "Regional Director", "--from", "Policy Unit",
                                       "--classification", "UNCLASSIFIED"])
    assert result.exit_code == 0, result.output
    first, *_, last = [line for line in result.output.splitlines() if "measured with LibreOffice" in line]
    assert first.startswith("briefing: 3 page(s)") and last.startswith("briefing: 2 page(s)")
    assert libreoffice.pdf_pages(out.read_bytes()) == 2


def test_libreoffice_profile_is_kept_and_shared_safely(tmp_path, monkeypatch):
    import fcntl

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    with libreoffice.libreoffice_profile(tmp_path / "scratch") as kept:
        assert kept == tmp_path / "cache" / "briefing" / "libreoffice-profile"
        # a second run while the first holds the profile gets a throwaway one
        with libreoffice.libreoffice_profile(tmp_path / "other") as second:
            assert second == tmp_path / "other" / "profile"
    with open(tmp_path / "cache" / "briefing" / "libreoffice-profile.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with libreoffice.libreoffice_profile(tmp_path / "third") as third:
            assert third == tmp_path / "third" / "profile"


@needs_soffice
def test_libreoffice_started_ahead_serves_the_first_layout_then_exits():
    memo = docx_bytes(make_briefing(), None)
    with libreoffice.libreoffice_started(True) as session:
        started = session.started[0].process
        first = libreoffice.to_pdfs([memo], session=session)
        # it served that request, so it goes away by itself (an idle one would stay)
        assert libreoffice.gone_within(started, 15)
        second = libreoffice.to_pdfs([memo, memo], session=session)  # later layouts start LibreOffice as usual
    assert [libreoffice.pdf_pages(pdf) for pdf in first + second] == [1, 1, 1]


@needs_soffice
def test_a_second_layout_goes_to_another_started_libreoffice():
    memo = docx_bytes(make_briefing(), None)
    with libreoffice.libreoffice_started(True) as session:
        libreoffice.to_pdfs([memo], session=session)
        session.start_another()  # on another profile while the first one is still exiting
        first, second = session.started
        assert first.used and not second.used
        pdfs = libreoffice.to_pdfs([memo, memo], session=session)
        assert second.used
        assert libreoffice.gone_within(second.process, 15)  # it served the request, so it went away
    assert [libreoffice.pdf_pages(pdf) for pdf in pdfs] == [1, 1]


@needs_soffice
def test_libreoffice_started_but_never_used_is_stopped():
    with libreoffice.libreoffice_started(True) as session:
        started = session.started[0].process
    assert started.poll() is not None and not libreoffice.group_alive(started)


def test_libreoffice_is_not_started_when_nothing_is_laid_out(tmp_path, monkeypatch):
    import subprocess

    monkeypatch.setattr(subprocess, "Popen", lambda *args, **kwargs: pytest.fail("started LibreOffice"))
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "-o", str(tmp_path / "memo.md")])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "-o", str(tmp_path / "memo.docx"), "--max-pages", "0"])
    assert result.exit_code == 0, result.output


def test_a_libreoffice_that_will_not_start_ahead_leaves_the_build_to_say_so(tmp_path, monkeypatch):
    broken = tmp_path / "soffice"
    broken.write_text("not a program")  # not executable: starting it raises OSError
    monkeypatch.setattr(libreoffice, "soffice", lambda: str(broken))
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "-o", str(tmp_path / "memo.pdf")])
    assert result.exit_code == 2
    assert "LibreOffice could not convert" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "memo.pdf").exists()


@needs_soffice
def test_two_builds_in_one_process_keep_their_own_libreoffice():
    # A library inside a server builds memos in threads: one build ending must not stop, or take,
    # the LibreOffice another build started.
    import threading

    memo = docx_bytes(make_briefing(), None)
    other_started, other_may_end, other_ended = threading.Event(), threading.Event(), threading.Event()
    others = []

    def other_build():
        with libreoffice.libreoffice_started(True) as session:
            others.append(session)
            other_started.set()
            other_may_end.wait(60)
        other_ended.set()

    thread = threading.Thread(target=other_build)
    thread.start()
    try:
        assert other_started.wait(60)
        with libreoffice.libreoffice_started(True) as session:
            (mine,) = session.started
            assert mine.process.pid != others[0].started[0].process.pid
            other_may_end.set()  # the other build ends, stopping what it started and did not use
            assert other_ended.wait(60)
            assert libreoffice.group_alive(mine.process)
            pdfs = libreoffice.to_pdfs([memo], session=session)
            assert mine.used  # my started LibreOffice served my layout
    finally:
        other_may_end.set()
        thread.join(60)
    assert [libreoffice.pdf_pages(pdf) for pdf in pdfs] == [1]

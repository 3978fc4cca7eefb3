"""Web addresses as inputs: fetched from a real server on 127.0.0.1, kept in the cache, and each
failure one "(skipped)" line with its reason while the rest of the brief is built."""
from __future__ import annotations

import gzip
import time

from click.testing import CliRunner

from briefing.cli import main
from briefing.ingest import fetch
from briefing.ingest.fetch import canonical

from conftest import SHARED, briefing_on_a_terminal
from webserver import article_page
from webserver import extract_documents as extract

MIGRATION = article_page("Ministers agree migration plan", [
    "Ministers from ten countries agreed a plan on migration on Thursday, officials said in Bogotá.",
    "The plan gives $50 million to border towns that host migrants from Venezuela and Haiti.",
    "“We will protect people who flee their homes,” said Maria Lopez, the foreign minister of Peru.",
    "The ministers will meet again in March to review how the money has been spent by the towns.",
])
VACCINES = article_page("Colombia receives vaccine doses", [
    "Colombia received 6 million vaccine doses from the United States on Wednesday, the health ministry said.",
    "The doses will go first to the border regions, where cases have risen for three weeks in a row.",
    "“Every dose saves lives in the communities that need it most,” said Ana Ruiz, the health minister.",
])


def run(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


def skipped_lines(result) -> list[str]:
    return [line for line in result.output.splitlines() if line.endswith("(skipped)")]


def test_pages_fetched_from_their_addresses_make_the_memo(web, tmp_path):
    web.page("/migration.html", MIGRATION)
    web.page("/vaccines.html", VACCINES)
    out = tmp_path / "memo.md"
    result = run("build", web.url("/migration.html"), web.url("/vaccines.html"), "-o", out)
    assert result.exit_code == 0, result.output
    memo = out.read_text(encoding="utf-8")
    assert "$50 million" in memo and "6 million" in memo
    assert "Maria Lopez" in memo
    assert "Ministers agree migration plan" in memo and "Hemisphere Daily" in memo
    assert web.url("/migration.html") in memo  # the source cites the address read


def test_the_page_tells_title_outlet_date_and_where_it_was_found(web):
    web.page("/migration.html", MIGRATION)
    result, (doc,) = extract(web.url("/migration.html?utm_source=newsletter"))
    assert result.exit_code == 0, result.output
    assert (doc["title"], doc["source"], doc["date"]) == ("Ministers agree migration plan", "Hemisphere Daily",
                                                          "2021-10-21")
    assert doc["path"] == web.url("/migration.html?utm_source=newsletter")


def test_a_rebuilt_brief_downloads_no_page_again_and_offline_reads_the_cache(web, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    web.page("/migration.html", MIGRATION, etag='"v1"')
    web.page("/vaccines.html", VACCINES)  # no validator: read from the cache without asking
    addresses = [web.url("/migration.html"), web.url("/vaccines.html")]
    first, first_docs = extract(*addresses)
    assert first.exit_code == 0, first.output
    assert sorted(web.log) == [("/migration.html", 200), ("/vaccines.html", 200)]
    assert len(list((tmp_path / "cache" / "briefing" / "pages").glob("*.body"))) == 2
    web.log.clear()
    again, again_docs = extract(*addresses)
    assert again.exit_code == 0, again.output
    assert web.log == [("/migration.html", 304)]  # asked whether it changed; the other is fresh
    assert [doc["text"] for doc in again_docs] == [doc["text"] for doc in first_docs]
    web.stop()
    offline, offline_docs = extract(*addresses, "--offline")
    assert offline.exit_code == 0, offline.output
    assert [doc["title"] for doc in offline_docs] == ["Ministers agree migration plan",
                                                      "Colombia receives vaccine doses"]


def test_refresh_downloads_again(web):
    web.page("/migration.html", MIGRATION, etag='"v1"')
    extract(web.url("/migration.html"))
    result, _ = extract(web.url("/migration.html"), "--refresh")
    assert result.exit_code == 0, result.output
    assert web.statuses("/migration.html") == [200, 200]


def test_a_page_without_validators_is_downloaded_again_once_it_is_stale(web, monkeypatch):
    web.page("/vaccines.html", VACCINES)
    extract(web.url("/vaccines.html"))
    monkeypatch.setattr(fetch, "UNVALIDATED_FRESH_FOR", 0)
    extract(web.url("/vaccines.html"))
    assert web.statuses("/vaccines.html") == [200, 200]


def test_a_page_the_server_says_not_to_store_is_not_kept(web):
    web.routes["/private.html"] = lambda handler: (200, {"Content-Type": "text/html; charset=utf-8",
                                                         "Cache-Control": "no-store"}, VACCINES.encode())
    extract(web.url("/private.html"))
    result = run("extract", web.url("/private.html"), "--offline")
    assert result.exit_code == 2 and "is not in the cache" in result.output


def test_offline_without_the_page_in_the_cache_skips_it(web, tmp_path):
    web.page("/migration.html", MIGRATION)
    extract(web.url("/migration.html"))
    result, docs = extract(web.url("/migration.html"), web.url("/never-fetched.html"), "--offline")
    assert result.exit_code == 1
    assert skipped_lines(result) == [f"briefing: {web.url('/never-fetched.html')}: is not in the cache, "
                                     "and --offline fetches nothing (skipped)"]
    assert len(docs) == 1


def test_offline_and_refresh_together_is_a_usage_error(web):
    result = run("extract", web.url("/migration.html"), "--offline", "--refresh")
    assert result.exit_code == 2
    assert "--offline and --refresh cannot be used together" in result.output


def test_two_addresses_differing_only_in_tracking_parameters_are_read_once(web):
    web.page("/migration.html", MIGRATION)
    result, docs = extract(web.url("/migration.html?utm_source=feed&utm_medium=rss"),
                           web.url("/migration.html?fbclid=abc123"), web.url("/migration.html"))
    assert result.exit_code == 0, result.output
    assert len(docs) == 1
    assert web.statuses("/migration.html") == [200]


def test_tracking_parameters_leave_the_rest_of_the_address():
    assert canonical("HTTPS://Example.ORG/story?id=7&utm_campaign=x&gclid=y#top") == "https://example.org/story?id=7"


def stalled(handler):
    time.sleep(3)
    return 200, {"Content-Type": "text/html"}, b"<p>too late</p>"


def flaky_route():
    answers = iter([(500, {"Content-Type": "text/html"}, b"oops")])

    def route(handler):
        return next(answers, (200, {"Content-Type": "text/html; charset=utf-8"}, VACCINES.encode()))
    return route


def busy_route():
    answers = iter([(429, {"Retry-After": "1", "Content-Type": "text/plain"}, b"slow down")])

    def route(handler):
        return next(answers, (200, {"Content-Type": "text/html; charset=utf-8"}, MIGRATION.encode()))
    return route


def endless(handler):
    def chunks():
        for _ in range(12):
            yield b"<p>" + b"x" * (1024 * 1024) + b"</p>"
    return 200, {"Content-Type": "text/html"}, chunks


def test_each_failure_is_one_line_with_its_reason_and_the_rest_is_built(web, tmp_path):
    web.page("/migration.html", MIGRATION)
    web.routes["/gone.html"] = lambda handler: (404, {"Content-Type": "text/html"}, b"Not here")
    web.routes["/paywall.html"] = lambda handler: (403, {"Content-Type": "text/html"}, b"Subscribers only")
    web.routes["/stall.html"] = stalled
    web.routes["/huge.html"] = endless
    web.routes["/loop.html"] = lambda handler: (302, {"Location": "/loop.html"}, b"")
    web.routes["/photo.png"] = lambda handler: (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n")
    out = tmp_path / "memo.md"
    result = run("build", web.url("/migration.html"), web.url("/gone.html"), web.url("/paywall.html"),
                 web.url("/stall.html"), web.url("/huge.html"), web.url("/loop.html"), web.url("/photo.png"),
                 "--timeout", "1", "-o", out)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert sorted(skipped_lines(result)) == sorted([
        f"briefing: {web.url('/gone.html')}: answered 404 Not Found (skipped)",
        f"briefing: {web.url('/paywall.html')}: answered 403 Forbidden (skipped)",
        f"briefing: {web.url('/stall.html')}: did not answer within 1 seconds (skipped)",
        f"briefing: {web.url('/huge.html')}: is over the size limit of 10 MB (skipped)",
        f"briefing: {web.url('/loop.html')}: redirects more than 5 times (skipped)",
        f"briefing: {web.url('/photo.png')}: is not a web page (image/png) (skipped)",
    ])
    assert "$50 million" in out.read_text(encoding="utf-8")
    assert result.output.splitlines()[-1] == "briefing: 1 read, 6 skipped, 0 from the cache"


def test_a_server_error_or_too_many_requests_is_asked_again(web):
    web.routes["/flaky.html"] = flaky_route()
    web.routes["/busy.html"] = busy_route()
    started = time.monotonic()
    result, docs = extract(web.url("/flaky.html"), web.url("/busy.html"))
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started >= 1  # Retry-After: 1 was waited for
    assert web.statuses("/flaky.html") == [500, 200]
    assert web.statuses("/busy.html") == [429, 200]
    assert [doc["title"] for doc in docs] == ["Colombia receives vaccine doses", "Ministers agree migration plan"]


def test_a_server_that_keeps_failing_is_skipped_with_its_last_answer(web, monkeypatch):
    monkeypatch.setattr(fetch, "retry_after", lambda value, attempt: 0.0)
    web.page("/migration.html", MIGRATION)
    web.routes["/down.html"] = lambda handler: (503, {"Content-Type": "text/html"}, b"down")
    result, docs = extract(web.url("/down.html"), web.url("/migration.html"))
    assert result.exit_code == 1
    assert skipped_lines(result) == [f"briefing: {web.url('/down.html')}: answered 503 Service Unavailable (skipped)"]
    assert web.statuses("/down.html") == [503, 503, 503]
    assert len(docs) == 1


def test_a_retry_after_too_long_to_wait_for_is_not_waited_for(web):
    web.routes["/later.html"] = lambda handler: (429, {"Retry-After": "3600", "Content-Type": "text/plain"}, b"")
    started = time.monotonic()
    result = run("extract", web.url("/later.html"))
    assert result.exit_code == 2
    assert result.output.strip() == f"briefing: {web.url('/later.html')}: answered 429 Too Many Requests"
    assert time.monotonic() - started < 3


def test_the_page_s_own_charset_wins_over_a_contradicting_header(web):
    page = MIGRATION.replace("Bogotá", "Bogotá, café €")
    web.routes["/latin.html"] = lambda handler: (200, {"Content-Type": "text/html; charset=iso-8859-1"},
                                                 page.encode("utf-8"))
    web.routes["/cp1252.html"] = lambda handler: (200, {"Content-Type": "text/html; charset=utf-8"},
                                                  page.replace('charset="utf-8"', 'charset="windows-1252"')
                                                  .replace("“", '"').replace("”", '"').encode("cp1252"))
    result, docs = extract(web.url("/latin.html"), web.url("/cp1252.html"))
    assert result.exit_code == 0, result.output
    for doc in docs:
        assert "Bogotá, café €" in doc["text"]
        assert "Ã" not in doc["text"]


def test_a_gzipped_answer_is_read(web):
    web.routes["/zipped.html"] = lambda handler: (200, {"Content-Type": "text/html; charset=utf-8",
                                                        "Content-Encoding": "gzip"}, gzip.compress(MIGRATION.encode()))
    result, (doc,) = extract(web.url("/zipped.html"))
    assert result.exit_code == 0, result.output
    assert "$50 million" in doc["text"]


def test_the_user_agent_names_briefing_and_its_version(web):
    from importlib.metadata import version

    agents = []

    def route(handler):
        agents.append(handler.headers.get("User-Agent"))
        return 200, {"Content-Type": "text/html; charset=utf-8"}, MIGRATION.encode()
    web.routes["/migration.html"] = route
    extract(web.url("/migration.html"))
    assert agents and agents[0].startswith(f"briefing/{version('briefing')}")


def test_a_real_web_page_served_from_loopback_reads_like_the_file(web, shared, tmp_path):
    page = SHARED / "data" / "web-dev" / "pages"
    first = sorted(page.glob("*.html.gz"))[0]
    html = gzip.decompress(first.read_bytes())
    web.routes["/page.html"] = lambda handler: (200, {"Content-Type": "text/html"}, html)
    local = tmp_path / "page.html"
    local.write_bytes(html)
    _, (fetched,) = extract(web.url("/page.html"))
    _, (read,) = extract(local)
    assert fetched["text"] == read["text"] and fetched["title"] == read["title"]


def test_a_terminal_sees_the_pages_being_fetched(web, tmp_path):
    def slow(handler):
        time.sleep(0.5)
        return 200, {"Content-Type": "text/html; charset=utf-8"}, MIGRATION.encode()
    web.routes["/slow.html"] = slow
    seen, _ = briefing_on_a_terminal("extract", web.url("/slow.html"), "-o", str(tmp_path / "x.json"))
    assert b"Fetching pages" in seen

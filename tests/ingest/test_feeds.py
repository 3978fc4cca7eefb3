"""Feeds as inputs: an RSS or Atom feed (address or file) stands for its items in the window, an
OPML file for its feeds; a story in several feeds is read once."""
from __future__ import annotations

import datetime as dt
from html import escape

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.ingest.feeds import parse_since

from webserver import NOW, TOWNS, WebServer, article_page, rss, serve_feed, serve_stories, story
from webserver import extract_documents as extract


def atom(items: list[dict], title: str = "Andes Wire") -> str:
    entries = "".join(
        f"<entry><title>{escape(item['title'])}</title><link href=\"{escape(item['link'])}\"/>"
        f"<id>{escape(item['link'])}</id><updated>{item['date'].isoformat()}</updated>"
        f"<summary>A short teaser.</summary></entry>" for item in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{escape(title)}</title><id>urn:andes</id><updated>{NOW.isoformat()}</updated>{entries}</feed>")


def run(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


def article_requests(web: WebServer) -> list[tuple[str, int]]:
    return [(path, status) for path, status in web.log if path.startswith("/story-")]


def test_a_feed_of_twenty_items_builds_a_memo_and_a_rebuild_downloads_no_page(web, tmp_path):
    items = serve_stories(web, range(20))
    feed = serve_feed(web, "/americas.xml", rss(items))
    out = tmp_path / "memo.md"
    first = run("build", feed, "-o", out, "--topic", "Migration: migrants, shelter")
    assert first.exit_code == 0, first.output
    memo = out.read_text(encoding="utf-8")
    cited = [town for town in TOWNS if f"{town} opens shelter for migrants" in memo]
    assert cited == TOWNS  # every story among the sources
    assert sorted(status for _, status in article_requests(web)) == [200] * 20
    assert "briefing: 20 read, 0 skipped, 0 from the cache" in first.output
    assert "Fetching" not in first.output  # piped: no progress bar
    web.log.clear()
    again = run("build", feed, "-o", out, "--topic", "Migration: migrants, shelter")
    assert again.exit_code == 0, again.output
    assert [status for _, status in article_requests(web) if status == 200] == []
    assert "briefing: 20 read, 0 skipped, 20 from the cache" in again.output
    assert out.read_text(encoding="utf-8") == memo
    web.stop()
    offline = run("build", feed, "-o", tmp_path / "offline.md", "--topic", "Migration: migrants, shelter",
                  "--offline")
    assert offline.exit_code == 0, offline.output
    assert (tmp_path / "offline.md").read_text(encoding="utf-8") == memo


def test_only_items_inside_the_window_are_read(web):
    items = serve_stories(web, range(3))
    items[2]["date"] = NOW - dt.timedelta(days=3)
    feed = serve_feed(web, "/americas.xml", rss(items))
    _, docs = extract(feed)
    assert [doc["title"] for doc in docs] == [items[0]["title"], items[1]["title"]]
    _, docs = extract(feed, "--since", "4d")
    assert len(docs) == 3
    _, docs = extract(feed, "--since", (NOW - dt.timedelta(days=5)).date().isoformat())
    assert len(docs) == 3
    assert "/story-2.html" not in [path for path, _ in web.log[:3]]  # the old story was not fetched at first


def test_a_feed_with_no_item_in_the_window_says_so(web):
    items = serve_stories(web, range(2))
    for item in items:
        item["date"] = NOW - dt.timedelta(days=10)
    feed = serve_feed(web, "/stale.xml", rss(items))
    result = run("extract", feed)
    assert result.exit_code == 2
    line, = result.output.strip().splitlines()
    assert line.startswith(f"briefing: {feed}: has no item published since ")
    assert line.endswith("(2 older; see --since)")


def test_a_malformed_feed_is_skipped_and_the_rest_is_built(web):
    items = serve_stories(web, range(2))
    good = serve_feed(web, "/good.xml", rss(items))
    broken = serve_feed(web, "/broken.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>Oops</title>'
                                            "<item><title>Cut off")
    result, docs = extract(broken, good)
    assert result.exit_code == 1
    skipped = [line for line in result.output.splitlines() if line.endswith("(skipped)")]
    assert len(skipped) == 1 and skipped[0].startswith(f"briefing: {broken}: is not a feed with items")
    assert len(docs) == 2


def test_a_story_in_several_feeds_is_read_once(web, tmp_path):
    items = serve_stories(web, range(3))
    americas = serve_feed(web, "/americas.xml", rss(items))
    tracked = [{**item, "link": item["link"] + "?utm_source=andes&utm_medium=atom"} for item in items[1:]]
    andes = serve_feed(web, "/andes.atom", atom(tracked), "application/atom+xml")
    result, docs = extract(americas, andes, items[0]["link"])
    assert result.exit_code == 0, result.output
    assert sorted(doc["title"] for doc in docs) == sorted(item["title"] for item in items)
    assert sorted(path for path, _ in article_requests(web)) == ["/story-0.html", "/story-1.html", "/story-2.html"]


def test_an_item_whose_feed_carries_the_full_text_is_read_from_the_feed(web):
    headline, paragraphs = story(7)
    content = "".join(f"<p>{text}</p>" for text in paragraphs * 4)
    link = web.url("/never-asked.html")
    feed = serve_feed(web, "/full.xml", rss([{"title": headline, "link": link, "date": NOW, "content": content}]))
    result, (doc,) = extract(feed)
    assert result.exit_code == 0, result.output
    assert (doc["title"], doc["source"], doc["date"]) == (headline, "Hemisphere Daily: Americas",
                                                          NOW.date().isoformat())
    assert doc["path"] == link and "Mayor Luis Gómez" in doc["text"]
    assert "/never-asked.html" not in [path for path, _ in web.log]


def test_a_teaser_item_is_fetched_and_keeps_the_feed_s_date_where_the_page_has_none(web):
    headline, paragraphs = story(4)
    web.page("/undated.html", article_page(headline, paragraphs).replace(
        '<meta property="article:published_time" content="2021-10-21T09:30:00Z">', ""))
    feed = serve_feed(web, "/teasers.xml", rss([{"title": headline, "link": web.url("/undated.html"), "date": NOW}]))
    _, (doc,) = extract(feed)
    assert doc["date"] == NOW.date().isoformat() and "Mayor Luis Gómez" in doc["text"]


def test_a_feed_file_and_an_opml_list_of_feeds(web, tmp_path):
    items = serve_stories(web, range(4))
    feed_file = tmp_path / "americas.rss"
    feed_file.write_text(rss(items[:2]), encoding="utf-8")
    andes = serve_feed(web, "/andes.atom", atom(items[2:]), "application/atom+xml")
    opml = tmp_path / "follow.opml"
    opml.write_text(f'<?xml version="1.0"?><opml version="2.0"><head><title>Desk</title></head><body>'
                    f'<outline text="Andes" type="rss" xmlUrl="{andes}"/>'
                    f'<outline text="Gone" type="rss" xmlUrl="{web.url("/gone.xml")}"/></body></opml>',
                    encoding="utf-8")
    result, docs = extract(feed_file, opml)
    assert result.exit_code == 1
    assert [line for line in result.output.splitlines() if line.endswith("(skipped)")] == [
        f"briefing: {web.url('/gone.xml')}: answered 404 Not Found (skipped)"]
    assert [doc["title"] for doc in docs] == [item["title"] for item in items]


def test_an_item_whose_page_fails_is_skipped_with_its_address(web):
    items = serve_stories(web, range(2))
    items.append({"title": "Gone", "link": web.url("/story-gone.html"), "date": NOW})
    feed = serve_feed(web, "/americas.xml", rss(items))
    result, docs = extract(feed)
    assert result.exit_code == 1
    assert f"briefing: {web.url('/story-gone.html')}: answered 404 Not Found (skipped)" in result.output
    assert len(docs) == 2


def test_a_window_that_is_not_one_is_a_usage_error(tmp_path):
    result = run("extract", tmp_path, "--since", "yesterday")
    assert result.exit_code == 2
    assert "'yesterday' is not a window like 24h, 2d or 2026-11-28" in result.output


@pytest.mark.parametrize(("window", "start"), [
    ("24h", dt.datetime(2026, 11, 27, 7, 0, tzinfo=dt.timezone.utc)),
    ("90m", dt.datetime(2026, 11, 28, 5, 30, tzinfo=dt.timezone.utc)),
    ("2d", dt.datetime(2026, 11, 26, 7, 0, tzinfo=dt.timezone.utc)),
    ("1w", dt.datetime(2026, 11, 21, 7, 0, tzinfo=dt.timezone.utc)),
    ("2026-11-25", dt.datetime(2026, 11, 25, 0, 0, tzinfo=dt.timezone.utc)),
])
def test_the_window_starts_where_it_says(window, start):
    assert parse_since(window, dt.datetime(2026, 11, 28, 7, 0, tzinfo=dt.timezone.utc)) == start


def test_a_feed_of_twenty_real_pages_builds_a_memo_citing_them(web, shared, tmp_path):
    import gzip

    pages = sorted((shared / "data" / "web-dev" / "pages").glob("*.html.gz"))[:20]
    items = []
    for number, page in enumerate(pages):
        html = gzip.decompress(page.read_bytes())
        web.routes[f"/real-{number}.html"] = lambda handler, html=html: (200, {"Content-Type": "text/html"}, html)
        items.append({"title": page.name, "link": web.url(f"/real-{number}.html"),
                      "date": NOW - dt.timedelta(hours=1)})
    feed = serve_feed(web, "/real.xml", rss(items))
    out = tmp_path / "memo.md"
    first = run("build", feed, "-o", out)
    assert first.exit_code == 0, first.output
    assert "briefing: 20 read, 0 skipped, 0 from the cache" in first.output
    _, docs = extract(feed)
    memo = out.read_text(encoding="utf-8")
    uncited = [doc["title"] for doc in docs if doc["title"] not in memo]
    assert len(uncited) <= 3  # the sources cite the articles the memo draws on, and count the rest
    if uncited:
        assert f"{len(uncited)} further article{'s' if len(uncited) > 1 else ''} read but not cited" in memo
    web.log.clear()
    again = run("build", feed, "-o", out)
    assert again.exit_code == 0, again.output
    assert [path for path, status in web.log if status == 200 and path.startswith("/real-")] == []

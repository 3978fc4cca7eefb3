"""RSS and Atom feeds (read by feedparser) and OPML lists of feeds: each stands for its items.

An item published inside the window (`since`) is an article: read from the feed itself when the
feed carries its full text, else fetched from its link. An item the feed gives no date for is
kept, since nothing says it is old. OPML is read with the standard library's XML parser, whose
expat refuses external entities and entity explosions.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from html import escape

from briefing.errors import InputError
from briefing.ingest.fetch import Page, media_type

FEED_SUFFIXES = {".rss", ".atom", ".xml"}
OPML_SUFFIXES = {".opml"}
# Served as one of these, a page is a feed; as plain XML, it is one if it starts like one.
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
XML_TYPES = ("application/xml", "text/xml", "text/x-opml")
FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?[^>]*\?>\s*)*<(?:rss|feed|rdf:RDF)\b",
                        re.S | re.I)
OPML_START = re.compile(rb"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<opml\b", re.S | re.I)
# An item whose feed text runs to this many words is the article itself; shorter is a teaser.
FULL_TEXT_WORDS = 120
DEFAULT_SINCE = "24h"
SINCE_PATTERN = re.compile(r"^(\d+)\s*(m|h|d|w)$", re.I)
SINCE_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class FeedItem:
    """One story a feed (or an email, with --follow-links) lists: its text from the feed, or the page
    fetched from its link."""

    link: str
    title: str | None
    date: str | None  # ISO date
    outlet: str | None  # the feed's title
    html: str | None = None  # the full text, where the feed carries it
    page: Page | None = None  # the page fetched from `link`, where it does not

    def as_html(self) -> str:
        """The feed's text as a small page of its own, so that it is read like any other."""
        title = escape(self.title or "")
        meta = "".join(f'<meta property="{name}" content="{escape(value)}">'
                       for name, value in (("og:title", self.title), ("og:site_name", self.outlet),
                                           ("article:published_time", self.date), ("og:url", self.link)) if value)
        return (f"<html><head><title>{title}</title>{meta}</head><body><article><h1>{title}</h1>"
                f"{self.html}</article></body></html>")


def parse_since(value: str, now: dt.datetime | None = None) -> dt.datetime:
    """The start of the window: "24h", "90m", "2d", "1w" before now, or a date's midnight (local time)."""
    now = now or dt.datetime.now().astimezone()
    match = SINCE_PATTERN.match(value.strip())
    if match:
        return now - dt.timedelta(**{SINCE_UNITS[match.group(2).lower()]: int(match.group(1))})
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"'{value}' is not a window like 24h, 2d or 2026-11-28") from None
    return dt.datetime.combine(day, dt.time(), tzinfo=now.tzinfo)


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    return media_type(content_type) in FEED_TYPES or bool(FEED_START.match(data[:4096]))


def looks_like_opml(data: bytes) -> bool:
    return bool(OPML_START.match(data[:4096]))


def feed_items(name: str, data: bytes, since: dt.datetime) -> list[FeedItem]:
    """The feed's items published since `since`, newest last as the feed lists them; InputError when
    the feed cannot be read or has none in the window."""
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=True, response_headers={
        "content-location": name if "://" in name else ""})
    outlet = parsed.feed.get("title") or None
    items: list[FeedItem] = []
    older = 0
    for entry in parsed.entries:
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        when = dt.datetime.fromtimestamp(calendar.timegm(published), dt.timezone.utc) if published else None
        if when is not None and when < since:
            older += 1
            continue
        text = full_text(entry)
        link = entry.get("link") or ""
        if not link and text is None:
            text = entry_html(entry)
        if not link and not text:
            continue  # nothing to read and nowhere to fetch it from: a broken item
        items.append(FeedItem(link=link or f"{name}#{len(items) + 1}", title=entry.get("title") or None,
                              date=when.date().isoformat() if when else None, outlet=outlet, html=text))
    if not items and older:
        raise InputError(name, f"has no item published since {since:%Y-%m-%d %H:%M} ({older} older; see --since)")
    if not items:
        problem = parsed.get("bozo_exception")
        reason = f" ({str(problem).splitlines()[0]})" if problem else ""
        raise InputError(name, f"is not a feed with items{reason}")
    return items


def entry_html(entry) -> str | None:
    """The longest text the feed gives for the item: its content, else its summary."""
    candidates = [part.get("value", "") for part in entry.get("content", [])] + [entry.get("summary", "")]
    text = max(candidates, key=len, default="")
    return text or None


def full_text(entry) -> str | None:
    """The item's text where the feed carries the whole article; None for a teaser."""
    html = entry_html(entry)
    if html is None or len(TAG.sub(" ", html).split()) < FULL_TEXT_WORDS:
        return None
    return html


def opml_feeds(name: str, data: bytes) -> list[str]:
    """The feed addresses an OPML file lists (its outlines' xmlUrl), in order."""
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise InputError(name, f"is not a readable OPML file ({exc})") from None
    feeds = [outline.get("xmlUrl", "").strip() for outline in root.iter("outline")]
    feeds = [feed for feed in feeds if feed]
    if not feeds:
        raise InputError(name, "is an OPML file that lists no feeds (no outline with an xmlUrl)")
    return list(dict.fromkeys(feeds))


def page_is_feed(page: Page) -> bool:
    return looks_like_feed(page.body, page.content_type)


def page_is_opml(page: Page) -> bool:
    return looks_like_opml(page.body) or page.media_type == "text/x-opml"

"""What the inputs stand for: a file stays a file, a web address becomes its page, and a feed (or
an OPML list of feeds) becomes its items in the window, each story read once.

Pages are fetched in rounds, each a batch fetched several at a time: the addresses given, then
the feeds the OPML lists name, then the feed items whose text the feed does not carry (and the
articles an email links to).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from briefing.errors import InputError
from briefing.ingest.feeds import (
    FEED_SUFFIXES,
    OPML_SUFFIXES,
    XML_TYPES,
    FeedItem,
    feed_items,
    opml_feeds,
    page_is_feed,
    page_is_opml,
)
from briefing.ingest.fetch import FetchOptions, Page, canonical, fetch_pages, is_address
from briefing.ingest.messages import linked_articles

MESSAGE_SUFFIXES = {".eml", ".mbox"}

# What is read: a file's path (or "-"), a fetched page, a feed's item, or why an input gave none.
Source = str | Page | FeedItem | InputError


def from_cache(source: Source) -> bool:
    """Whether the source is a page read from the cache rather than downloaded."""
    if isinstance(source, FeedItem):
        return source.page is not None and source.page.from_cache
    return isinstance(source, Page) and source.from_cache


def is_feed_file(path: str) -> bool:
    return not is_address(path) and Path(path).suffix.lower() in FEED_SUFFIXES | OPML_SUFFIXES


def gather_sources(inputs: list[str | InputError], options: FetchOptions, since: dt.datetime,
                   progress: Callable[[int, int], None] | None = None, follow_links: bool = False) -> list[Source]:
    """The inputs, each web address replaced by its page, each feed by its items (or the InputError
    saying why there is none), in input order; with `follow_links`, an email that links to
    articles by them. `progress(done, total)` follows each round of fetching. An input that is an
    InputError already (a missing file) stays in its place."""
    paths = [item for item in inputs if isinstance(item, str)]
    if not any(is_address(path) or is_feed_file(path) or (follow_links and is_message_file(path)) for path in paths):
        return list(inputs)
    pages = fetch_pages([path for path in paths if is_address(path)], options, progress)
    # Round two: the feeds an OPML file names
    bodies = {path: feed_bytes(path, pages) for path in paths}  # a feed file is read once
    listed: dict[str, list[str] | InputError] = {}
    for path, body in bodies.items():
        if isinstance(body, bytes) and is_opml(path, pages):
            try:
                listed[path] = opml_feeds(path, body)
            except InputError as error:
                listed[path] = error
    feed_pages = fetch_pages([feed for feeds in listed.values() if isinstance(feeds, list) for feed in feeds],
                             options, progress)
    # Round three: the items to fetch, each story once however many feeds list it
    seen = {canonical(path) for path in paths if is_address(path)}
    expanded: list[list[Source]] = []
    for item in inputs:
        if isinstance(item, InputError):
            expanded.append([item])
            continue
        path = item
        if path in listed:
            feeds = listed[path]
            if isinstance(feeds, InputError):
                expanded.append([feeds])
            else:
                expanded.append([story for feed in feeds for story in items_of(feed, feed_pages[feed], since, seen)])
        elif is_address(path):
            page = pages[path]
            if isinstance(page, Page) and page_is_feed(page):
                expanded.append(items_of(path, page, since, seen))
            elif isinstance(page, Page) and page.media_type in XML_TYPES:
                expanded.append([InputError(path, "is XML but neither a web page nor a feed")])
            else:
                expanded.append([page])
        elif is_feed_file(path):
            expanded.append(items_of(path, bodies[path], since, seen))
        elif follow_links and is_message_file(path):
            expanded.append(links_of(path, seen))
        else:
            expanded.append([path])
    to_fetch = [item.link for each in expanded for item in each if isinstance(item, FeedItem) and needs_page(item)]
    item_pages = fetch_pages(to_fetch, options, progress)
    return [with_page(source, item_pages) for each in expanded for source in each]


def feed_bytes(path: str, pages: dict[str, Page | InputError]) -> bytes | InputError | None:
    """A feed or OPML input's bytes: its fetched page's, or its file's; None for other inputs."""
    from briefing.ingest.read import read_bytes

    if is_address(path):
        page = pages[path]
        return page.body if isinstance(page, Page) and (page_is_feed(page) or page_is_opml(page)) else None
    if not is_feed_file(path):
        return None
    try:
        return read_bytes(path)
    except InputError as error:
        return error


def is_opml(path: str, pages: dict[str, Page | InputError]) -> bool:
    if is_address(path):
        page = pages[path]
        return isinstance(page, Page) and page_is_opml(page)
    return Path(path).suffix.lower() in OPML_SUFFIXES


def items_of(name: str, feed: Page | InputError | bytes | None, since: dt.datetime, seen: set[str]) -> list[Source]:
    """The feed's items in the window that no input or earlier feed has given already."""
    if isinstance(feed, InputError):
        return [feed]
    body = feed.body if isinstance(feed, Page) else feed
    if isinstance(feed, Page) and not page_is_feed(feed):
        return [InputError(name, "is not a feed")]
    try:
        items = feed_items(name, body or b"", since)
    except InputError as error:
        return [error]
    return [item for item in items if first_telling(item.link, seen)]


def first_telling(link: str, seen: set[str]) -> bool:
    """Whether no input, feed or email before gave this story (tracking parameters aside); notes it."""
    key = canonical(link) if is_address(link) else link
    if key in seen:
        return False
    seen.add(key)
    return True


def is_message_file(path: str) -> bool:
    return not is_address(path) and path != "-" and Path(path).suffix.lower() in MESSAGE_SUFFIXES


def links_of(path: str, seen: set[str]) -> list[Source]:
    """The articles the email links to, each to be fetched; the email itself where it links to none."""
    from briefing.ingest.read import read_bytes

    try:
        links = linked_articles(path, read_bytes(path))
    except InputError as error:
        return [error]
    if not links:
        return [path]
    return [FeedItem(link, None, date, None) for link, date in links if first_telling(link, seen)]


def needs_page(item: FeedItem) -> bool:
    return item.html is None and is_address(item.link)


def with_page(source: Source, pages: dict[str, Page | InputError]) -> Source:
    """A feed item with the page fetched from its link (or why it could not be)."""
    if not isinstance(source, FeedItem) or not needs_page(source):
        return source
    page = pages[source.link]
    if isinstance(page, InputError):
        return page
    return FeedItem(source.link, source.title, source.date, source.outlet, page=page)

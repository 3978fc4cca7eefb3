"""The articles an alert or newsletter email links to (`--follow-links`).

The rules are data: a link is left out when its address matches one of NOT_ARTICLES (each with
the reason it is not a story, and an example its test checks), and a redirect wrapper (Google
Alerts, Outlook safe links) gives the address it wraps. What remains must look like an
article's address: a path, not a site's front page.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import NamedTuple
from urllib.parse import parse_qs, urlsplit


class LinkRule(NamedTuple):
    reason: str  # why such a link is not a story
    pattern: re.Pattern[str]  # searched in the whole address
    example: str  # an address the rule leaves out (its test checks it)


NOT_ARTICLES = [
    LinkRule("list management", re.compile(
        r"unsubscribe|optout|opt-out|/preferences|manage[-_]?(?:subscription|preferences)|email-settings", re.I),
        "https://news.example.org/unsubscribe?u=81&id=4f"),
    LinkRule("the newsletter itself on the web", re.compile(
        r"view[-_]?(?:in|online|as)[-_]?(?:browser|web)|/webversion", re.I),
        "https://mailer.example.org/view-in-browser/2026-12-01"),
    LinkRule("a social network", re.compile(
        r"^https?://(?:www\.)?(?:facebook|twitter|x|linkedin|instagram|youtube|tiktok|pinterest|whatsapp|"
        r"t\.me|telegram)\.\w+/", re.I),
        "https://www.facebook.com/sharer/sharer.php?u=https://news.example.org/a"),
    LinkRule("the site's furniture", re.compile(
        r"/(?:privacy|terms|cookies?|legal|contact|about|help|faq|advertis\w*|subscribe|login|signin|"
        r"sign-in|account|donate|feedback)(?:[/?#.]|$)", re.I),
        "https://news.example.org/privacy?ref=footer"),
    LinkRule("an image or file", re.compile(
        r"\.(?:png|jpe?g|gif|webp|svg|ico|css|js|mp3|mp4|zip)(?:[?#]|$)", re.I),
        "https://cdn.example.org/2026/12/banner.jpg?w=600"),
    LinkRule("the alert's own settings", re.compile(r"google\.\w+/alerts|/alerts/(?:remove|edit|feedback)", re.I),
             "https://www.google.com/alerts/remove?source=alertsmail&s=AB2"),
    LinkRule("a tracking pixel", re.compile(r"list-manage\.com/track/open|/open\.php|/track/open|/pixel", re.I),
             "https://example.list-manage.com/track/open.php?u=81"),
]
# Redirect wrappers: host pattern, and the query parameter that holds the real address
WRAPPERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?:^|\.)google\.\w+$", re.I), "url"),
    (re.compile(r"(?:^|\.)google\.\w+$", re.I), "q"),
    (re.compile(r"safelinks\.protection\.outlook\.com$", re.I), "url"),
]


class LinkCollector(HTMLParser):
    """Every <a href> of an HTML part, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href.strip())


BARE_ADDRESS = re.compile(r"https?://[^\s<>\"')\]]+", re.I)


def message_links(html: str | None, text: str | None) -> list[str]:
    """The article addresses the message links to, once each, in order."""
    found: list[str] = []
    if html:
        collector = LinkCollector()
        collector.feed(html)
        found = collector.links
    elif text:
        found = [link.rstrip(".,;:") for link in BARE_ADDRESS.findall(text)]
    links = [unwrapped(link) for link in found]
    return list(dict.fromkeys(link for link in links if is_article_link(link)))


def unwrapped(link: str) -> str:
    parts = urlsplit(link)
    for host, parameter in WRAPPERS:
        if host.search(parts.hostname or ""):
            wrapped = parse_qs(parts.query).get(parameter)
            if wrapped and wrapped[0].lower().startswith(("http://", "https://")):
                return wrapped[0]
    return link


def not_an_article(link: str) -> str | None:
    """Why the link is not a story, or None."""
    for rule in NOT_ARTICLES:
        if rule.pattern.search(link):
            return rule.reason
    if not urlsplit(link).path.strip("/"):
        return "a site's front page"
    return None


def is_article_link(link: str) -> bool:
    return link.lower().startswith(("http://", "https://")) and not_an_article(link) is None

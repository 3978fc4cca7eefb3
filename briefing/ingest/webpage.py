"""Web pages: trafilatura takes out navigation and keeps the article and its metadata.

The article is read from trafilatura's structure, not its plain text, which separates
paragraphs by a single line break: each paragraph, heading and list item becomes a block of
its own, marked with what it was, so that what segment decides of one never spills onto the
next and a heading is known for one. Tables stay out: they are no sentences to brief.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from briefing.errors import InputError
from briefing.model import Block, Document, Markup

# trafilatura's elements: those that hold a paragraph's text, and those that only hold paragraphs.
PARAGRAPH_TAGS: dict[str, Markup] = {"p": "p", "head": "head", "item": "item"}
CONTAINER_TAGS = {"body", "div", "list", "quote"}
# Lines broken inside a paragraph that are all this long are one paragraph wrapped, not a list of lines.
WRAPPED_LINE = 50


def html_document(path: str, html: str) -> Document:
    result, pieces = extracted(path, html, fast=True)
    if looks_like_navigation(pieces):  # the main extractor took the menus: its fallbacks find the article
        result, pieces = extracted(path, html, fast=False)
    outlet = readable_outlet(result.sitename or result.hostname)
    title = headline(result.title, [outlet, result.hostname, result.url])
    if title and pieces and comparable(pieces[0][1]) == comparable(title):
        title = pieces[0][1]  # the headline as the page shows it
    elif title:  # trafilatura leaves the headline out of the text at times: put it back as a span too
        pieces.insert(0, ("head", title))
    text, blocks = "", []
    for markup, piece in pieces:
        text += "\n\n" if text else ""
        blocks.append(Block(len(text), len(text) + len(piece), markup=markup))
        text += piece
    return Document(text=text, path=path, title=title, date=result.date, source=outlet, url=result.url,
                    byline=result.author, blocks=blocks)


# A page read as this many lines or more, nearly all of a word or three, is its menus, not its article.
NAVIGATION_LINES = 50
NAVIGATION_SHARE = 0.8


def extracted(path: str, html: str, fast: bool) -> tuple[Any, list[tuple[Markup, str]]]:
    """trafilatura's reading of the page, and its paragraphs.

    `fast` leaves out the readability and jusText fallbacks, which on web-dev took a quarter of
    the time and lowered body F1 (0.960 without, 0.958 with) but for pages where the main extractor
    takes the menus. The date is the published one, not the last modified: trafilatura's default.
    """
    import trafilatura
    from trafilatura.settings import Document as Extracted

    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, fast=fast,
                                             include_tables=False, include_images=False)
    except Exception as exc:  # trafilatura raises lxml and its own errors on broken markup
        raise InputError(path, f"cannot parse HTML ({type(exc).__name__})") from None
    if not isinstance(result, Extracted) or not result.text or not result.text.strip():
        raise InputError(path, "no article text found in the HTML")
    pieces = list(paragraphs(result.body)) if result.body is not None else []
    if not pieces:
        pieces = [("p", line.strip()) for line in result.text.splitlines() if line.strip()]
    return result, pieces


def looks_like_navigation(pieces: list[tuple[Markup, str]]) -> bool:
    short = sum(1 for _, text in pieces if len(text.split()) <= 3)
    return len(pieces) >= NAVIGATION_LINES and short >= NAVIGATION_SHARE * len(pieces)


# " - ", " | ", " – ": what sites put between the headline and their own name.
TITLE_SEPARATOR = re.compile(r"\s+(?:[-|–—·•»]|::)\s+")
DOMAIN_ENDING = re.compile(r"\.(?:com|net|org|info|co\.uk|co|in|ca|de|fr|it|ru|br|jp)$", re.I)
SITE_NAME_WORDS = 4  # the most words a site's name runs to ("Como Educar Seus Filhos")


def headline(title: str | None, site_names: list[str | None]) -> str | None:
    """The page's title without the site's name before or after it ("NASA adds … - SpaceNews.com"),
    the name as the site writes it ("… - Remember 80/90 - Memorabilia anni 80/90") or as its address."""
    title = " ".join((title or "").split())
    names = [" ".join(name.split()) for name in site_names if name]
    for name in names:
        for separator in TITLE_SEPARATOR.finditer(title):
            if name in (title[separator.end():], title[:separator.start()]):
                title = title[:separator.start()] if title.endswith(name) else title[separator.end():]
                break
    separators = list(TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title or None
    keys = {key for name in names for key in site_keys(name)}
    first, last = separators[0], separators[-1]
    if looks_like_site(title[last.end():], keys):
        return title[:last.start()]
    if looks_like_site(title[:first.start()], keys):
        return title[first.end():]
    return title


def site_keys(name: str) -> set[str]:
    """A site's name or address as letters and digits: "SpaceNews.com" -> spacenewscom, spacenews."""
    host = re.sub(r"^[a-z]+://", "", name.lower()).split("/")[0].removeprefix("www.")
    labels = [label for label in host.split(".") if len(label) > 2 and label not in ("com", "net", "org", "www")]
    return {key for key in [squeeze(name), *map(squeeze, labels)] if len(key) > 2}


def looks_like_site(part: str, keys: set[str]) -> bool:
    if len(part.split()) > SITE_NAME_WORDS:
        return False
    squeezed = squeeze(part)
    return bool(DOMAIN_ENDING.search(part.strip())) or any(
        squeezed == key or (len(squeezed) > 2 and (squeezed in key or key in squeezed)) for key in keys)


def squeeze(text: str) -> str:
    return "".join(char for char in text.lower() if char.isalnum())


def comparable(text: str) -> str:
    """A headline compared loosely: dashes, quotes and spacing as they vary between a page's title and its h1."""
    return " ".join(re.sub(r"[–—‐-]", "-", text.replace("’", "'")).lower().split())


def readable_outlet(name: str | None) -> str | None:
    """The outlet's name, an address made readable ("https://www.hawaiinewsnow.com" -> hawaiinewsnow.com)."""
    if not name:
        return None
    return re.sub(r"^[a-z]+://(?:www\.)?", "", name.strip()).rstrip("/") or None


def paragraphs(element: Any) -> Iterator[tuple[Markup, str]]:
    """(markup, text) of each paragraph, heading and list item under `element`, in order; the lines
    of a paragraph broken into short lines (dates, addresses, verse) each on their own. Text that
    stands loose in a container (a quote's own words, text after a heading) is a paragraph too."""
    yield from lines_of("p", element.text)
    for child in element:
        if child.tag in CONTAINER_TAGS:
            yield from paragraphs(child)
        elif child.tag in PARAGRAPH_TAGS:
            yield from lines_of(PARAGRAPH_TAGS[child.tag], inline_text(child))
            for grandchild in child:
                if grandchild.tag in CONTAINER_TAGS:  # a list inside a list item
                    yield from paragraphs(grandchild)
        yield from lines_of("p", child.tail)


def lines_of(markup: Markup, text: str | None) -> Iterator[tuple[Markup, str]]:
    """A paragraph's text, one line at a time unless its lines are one paragraph wrapped."""
    lines = [line.strip() for line in (text or "").split("\n") if line.strip()]
    if lines and all(len(line) >= WRAPPED_LINE for line in lines[:-1]):
        lines = [" ".join(lines)]
    for line in lines:
        yield markup, line


def inline_text(element: Any) -> str:
    """An element's text with its line breaks, leaving out paragraphs nested in it."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag not in CONTAINER_TAGS:
            parts.append(inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)

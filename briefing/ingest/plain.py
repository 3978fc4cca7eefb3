"""Plain-text and Markdown articles; "Source: …" header lines at the top give their metadata."""
from __future__ import annotations

import re

from briefing.model import Document

# "Source: VOA" style lines at the top of a text file give its metadata.
HEADER_LINE = re.compile(r"(?im)\A(?:[ \t]*(title|source|outlet|date|url|byline|by)[ \t]*:[ \t]*(\S.*?)[ \t]*\r?\n)+")
HEADER_FIELD = re.compile(r"(?im)^[ \t]*(title|source|outlet|date|url|byline|by)[ \t]*:[ \t]*(\S.*?)[ \t]*$")
FIELD_NAMES = {"title": "title", "source": "source", "outlet": "source", "date": "date",
               "url": "url", "byline": "byline", "by": "byline"}



def header_end(text: str) -> int:
    """Where the "Source: …" header lines at the top of the text end (0: there are none)."""
    header = HEADER_LINE.match(text)
    return header.end() if header else 0


def text_document(path: str, text: str) -> Document:
    """A plain-text article; optional 'Source: …' header lines at the top give metadata."""
    doc = Document(text=text, path=path)
    header = HEADER_LINE.match(text)
    if header:
        for name, value in HEADER_FIELD.findall(header.group(0)):
            setattr(doc, FIELD_NAMES[name.lower()], value)
    return doc


MD_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
MD_LINE_MARKUP = re.compile(r"(?m)^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?=\S))")


def markdown_document(path: str, text: str) -> Document:
    """Markdown to plain text: headings, links and emphasis lose their markup, not their words."""
    meta = {}
    front = MD_FRONT_MATTER.match(text)
    if front:
        meta = {FIELD_NAMES[k.lower()]: v.strip("'\" ") for k, v in HEADER_FIELD.findall(front.group(1))}
        text = text[front.end():]
    title_match = re.search(r"(?m)^[ \t]{0,3}#[ \t]+(.+?)[ \t#]*$", text)
    plain = MD_LINE_MARKUP.sub("", MD_EMPHASIS.sub(r"\2", MD_LINK.sub(r"\1", text)))
    doc = text_document(path, plain)
    for name, value in meta.items():
        setattr(doc, name, value)
    if doc.title is None and title_match:
        doc.title = MD_EMPHASIS.sub(r"\2", MD_LINK.sub(r"\1", title_match.group(1))).strip()
    return doc

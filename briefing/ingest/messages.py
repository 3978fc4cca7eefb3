"""Email: an .eml is an article, and an mbox holds several, one a message.

The article is the message's text part, read as a plain-text article; a message with only an
HTML part is read as a web page. The subject is the title (without "Fwd:" or "Re:"), the Date
header the date, and the sender's name the outlet. An alert or newsletter can stand instead for
the articles it links to (`linked_articles`).
"""
from __future__ import annotations

import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

from briefing.errors import InputError
from briefing.ingest.links import message_links
from briefing.ingest.plain import text_document
from briefing.ingest.webpage import html_document
from briefing.model import Document

# The line that opens each message of an mbox ("From sender@example.org Thu Oct 21 09:30:00 2021")
MBOX_SEPARATOR = re.compile(rb"(?m)^From [^\r\n]*\r?\n")
ESCAPED_FROM = re.compile(rb"(?m)^>(>*From )")
REPLY_PREFIX = re.compile(r"^(?:(?:re|fwd?|aw|wg|tr)\s*:\s*)+", re.I)


def eml_document(path: str, data: bytes) -> Document:
    return message_document(path, BytesParser(policy=policy.default).parsebytes(data))


def mbox_documents(path: str, data: bytes) -> list[Document]:
    """Every message of an mbox file, each a document named PATH#N (N from 1)."""
    return [message_document(f"{path}#{number}", message)
            for number, message in enumerate(mbox_messages(path, data), 1)]


def mbox_messages(path: str, data: bytes) -> list[EmailMessage]:
    """The messages of an mbox file, in order."""
    messages = [part for part in MBOX_SEPARATOR.split(data) if part.strip()]
    if not data.startswith(b"From ") or not messages:
        raise InputError(path, "is not an mbox (a mailbox file's messages each start with a 'From ' line)")
    parser = BytesParser(policy=policy.default)
    # mboxrd escapes a body line starting "From " as ">From ": one ">" comes off again
    return [parser.parsebytes(ESCAPED_FROM.sub(rb"\1", raw)) for raw in messages]


def linked_articles(path: str, data: bytes) -> list[tuple[str, str | None]]:
    """The articles an .eml or mbox links to, as (address, the message's date), each once."""
    if path.lower().endswith(".mbox"):
        messages = mbox_messages(path, data)
    else:
        messages = [BytesParser(policy=policy.default).parsebytes(data)]
    found: dict[str, str | None] = {}
    for message in messages:
        html, plain = message.get_body(preferencelist=("html",)), message.get_body(preferencelist=("plain",))
        for link in message_links(str(html.get_content()) if html is not None else None,
                                  str(plain.get_content()) if plain is not None else None):
            found.setdefault(link, sent_on(message))
    return list(found.items())


def message_document(path: str, message: EmailMessage) -> Document:
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    if plain is not None and str(plain.get_content()).strip():
        doc = text_document(path, str(plain.get_content()))
    elif html is not None:
        doc = html_document(path, str(html.get_content()))
    else:
        raise InputError(path, "is an email with no text or HTML part to read")
    subject = REPLY_PREFIX.sub("", " ".join(str(message.get("subject", "")).split())).strip()
    doc.title = doc.title or subject or None
    doc.date = doc.date or sent_on(message)
    doc.source = doc.source or sender_name(message)
    return doc


def sent_on(message: EmailMessage) -> str | None:
    try:
        return parsedate_to_datetime(str(message["date"])).date().isoformat() if message["date"] else None
    except (TypeError, ValueError):
        return None


def sender_name(message: EmailMessage) -> str | None:
    addresses = getaddresses([str(message.get("from", ""))])
    if not addresses:
        return None
    name, address = addresses[0]
    return name or address or None

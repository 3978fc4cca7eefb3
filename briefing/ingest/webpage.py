"""Web pages: trafilatura takes out navigation and keeps the article and its metadata."""
from __future__ import annotations

from briefing.errors import InputError
from briefing.model import Document


def html_document(path: str, html: str) -> Document:
    import trafilatura
    from trafilatura.settings import Document as Extracted

    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                             include_tables=False, include_images=False)
    except Exception as exc:  # trafilatura raises lxml and its own errors on broken markup
        raise InputError(path, f"cannot parse HTML ({type(exc).__name__})") from None
    if not isinstance(result, Extracted) or not result.text or not result.text.strip():
        raise InputError(path, "no article text found in the HTML")
    text = result.text
    title = (result.title or "").strip() or None
    # trafilatura leaves the headline out of the text; put it back so the title is a span too.
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    return Document(text=text, path=path, title=title, date=result.date, source=result.sitename or result.hostname,
                    url=result.url, byline=result.author)

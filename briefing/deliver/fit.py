"""Fit the memo to its page limit: measure it, and shorten the selection until it fits.

Pages are counted by laying the memo out with LibreOffice (libreoffice.py), as Word would;
where LibreOffice is not installed, a conservative estimate from the text stands in.
Shortening goes by SelectOptions, so that the selection stays consistent: fewer bullets per
section first, then shorter quotes, then fewer quotes, then fewer figures.
"""
from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from docx import Document

from briefing.compose.select import SelectOptions
from briefing.deliver import libreoffice
from briefing.model import Briefing

QUOTE_WORD_STEPS = (25, 15)
FEWEST_FIGURES = 3
# The estimate, calibrated against LibreOffice on 136 memos of every template and length
# (bbc-dev, PolNeAR and the sample): at these settings it never counted fewer pages than
# LibreOffice and counted more for 11 of them. Lines hold ESTIMATE_LINE_CHARS characters of
# body text (fewer where a style indents or enlarges), each paragraph adds a little space,
# and a page holds ESTIMATE_PAGE_LINES lines.
ESTIMATE_LINE_CHARS = 85
ESTIMATE_PAGE_LINES = 42
ESTIMATE_PARAGRAPH_SPACE = 0.3  # lines
ESTIMATE_HEADING_SPACE = 0.5  # lines, on top, for the space around a heading
ESTIMATE_WIDTH = {"List Bullet": 0.93, "Quote": 0.8, "Quote Attribution": 0.8}
ESTIMATE_LARGE_STYLES = {"Title": 0.75, "Heading 1": 0.75, "Heading 2": 0.75}  # share of a line's characters


def estimate_pages(docx_data: bytes) -> int:
    """A page count from the text alone that errs long (see ESTIMATE_LINE_CHARS)."""
    document = Document(io.BytesIO(docx_data))
    lines = 0.0
    for paragraph in document.paragraphs:
        style = paragraph.style.name if paragraph.style is not None else "Normal"
        large = ESTIMATE_LARGE_STYLES.get(style)
        width = ESTIMATE_LINE_CHARS * ESTIMATE_WIDTH.get(style, 1.0) * (large or 1.0)
        lines += max(1, math.ceil(len(paragraph.text.expandtabs(8)) / width)) + ESTIMATE_PARAGRAPH_SPACE
        lines += ESTIMATE_HEADING_SPACE if large else 0.0
    for table in document.tables:
        shares = column_shares(table)
        for row in table.rows:
            # cell padding takes about a tenth of each column
            lines += max(max(1, math.ceil(len(cell.text) / (ESTIMATE_LINE_CHARS * share * 0.9)))
                         for cell, share in zip(row.cells, shares)) + ESTIMATE_PARAGRAPH_SPACE
    return max(1, math.ceil(lines / ESTIMATE_PAGE_LINES))


def column_shares(table) -> list[float]:
    """Each column's share of the table's width, as the renderer set it (equal shares if it set none)."""
    widths = [column.width or 0 for column in table.columns]
    total = sum(widths)
    return [width / total for width in widths] if total else [1 / len(widths)] * len(widths)


def count_pages(documents: list[bytes], session: libreoffice.Session | None = None,
                ) -> tuple[list[int], list[bytes] | None]:
    """(pages of each, their PDFs): measured by LibreOffice in one run when installed (the build's
    started one, if it has one), else estimated (and no PDFs)."""
    if libreoffice.soffice():
        pdfs = libreoffice.to_pdfs(documents, session=session)
        return [libreoffice.pdf_pages(pdf) for pdf in pdfs], pdfs
    return [estimate_pages(data) for data in documents], None


def shorter_options(options: SelectOptions) -> list[SelectOptions]:
    """Ever shorter variants of `options`, in the order they are tried."""
    steps = []
    current = options
    while current.bullets_per_section > 1:
        current = replace(current, bullets_per_section=current.bullets_per_section - 1)
        steps.append(current)
    for words in QUOTE_WORD_STEPS:
        if words < current.quote_words:
            current = replace(current, quote_words=words)
            steps.append(current)
    while current.quotes_per_section > 1:
        current = replace(current, quotes_per_section=current.quotes_per_section - 1)
        steps.append(current)
    while current.max_figures > FEWEST_FIGURES:
        current = replace(current, max_figures=current.max_figures - 1)
        steps.append(current)
    return steps


@dataclass
class Fitted:
    briefing: Briefing
    docx: bytes
    pages: int | None  # None: not counted, as there is no page limit
    fits: bool
    pdf: bytes | None = None  # the PDF LibreOffice laid out to count the pages, when it did


def fit_pages(select_with: Callable[[SelectOptions], Briefing], options: SelectOptions,
              render: Callable[[Briefing], bytes], max_pages: int | None,
              log: Callable[[str], None] = lambda message: None, session: libreoffice.Session | None = None) -> Fitted:
    """The longest selection whose rendering fits `max_pages`, with its .docx bytes.

    Each shortening step removes content, so page counts only fall along the steps. The full
    memo and the shortest are laid out together first (one LibreOffice run, about a second);
    only when the full one is too long and the shortest fits are the steps between laid out,
    again in one run. When even the shortest does not fit, that one is returned with fits=False.
    """
    if not max_pages:
        briefing = select_with(options)
        return Fitted(briefing, render(briefing), None, True)
    attempts = [options, *shorter_options(options)]
    ends = measure(select_with, render, [attempts[0], attempts[-1]][:len(attempts)], max_pages, log, session)
    if ends[0].fits or not ends[-1].fits or len(attempts) <= 2:
        return ends[0] if ends[0].fits else ends[-1]
    if session is not None:
        session.start_another()  # it starts while the steps between are selected and rendered
    between = measure(select_with, render, attempts[1:-1], max_pages, log, session)
    return next(fitted for fitted in [*between, ends[-1]] if fitted.fits)


def measure(select_with: Callable[[SelectOptions], Briefing], render: Callable[[Briefing], bytes],
            attempts: list[SelectOptions], max_pages: int, log: Callable[[str], None],
            session: libreoffice.Session | None) -> list[Fitted]:
    briefings = [select_with(attempt) for attempt in attempts]
    documents = [render(briefing) for briefing in briefings]
    pages, pdfs = count_pages(documents, session)
    how = "measured with LibreOffice" if pdfs else "estimated, as LibreOffice is not installed"
    for attempt, count in zip(attempts, pages):
        log(f"{count} page(s), {how}, with {describe(attempt)}")
    laid_out: list[bytes | None] = list(pdfs) if pdfs else [None] * len(documents)
    return [Fitted(briefing, data, count, count <= max_pages, pdf)
            for briefing, data, count, pdf in zip(briefings, documents, pages, laid_out)]


def describe(options: SelectOptions) -> str:
    return (f"at most {options.bullets_per_section} bullet(s) and {options.quotes_per_section} quote(s) "
            f"of {options.quote_words} words per section and {options.max_figures} figures")

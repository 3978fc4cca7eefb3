"""Write the memo in the format asked for, fitted to its page limit.

Word and PDF memos are fitted (fit.py): the selection is shortened until the laid-out
memo fits the layout's page limit. Markdown, text and HTML have no pages to fit.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefing.compose import layout
from briefing.compose.select import SelectOptions
from briefing.deliver.atomic import atomic_path
from briefing.deliver.fit import fit_pages
from briefing.deliver.libreoffice import Session, to_pdf
from briefing.errors import InputError
from briefing.model import Briefing
from briefing.render.markup import render_markup
from briefing.render.word import docx_bytes, resolve_template

FORMATS = ("docx", "pdf", "md", "txt", "html")
PAGED_FORMATS = ("docx", "pdf")


def output_format(output: Path, asked: str | None = None) -> str:
    """The format asked for, else the one the output's suffix names."""
    if asked:
        return asked
    suffix = output.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise InputError(str(output), "output must end in " + ", ".join(f".{name}" for name in FORMATS)
                         + " (or choose one with --format)")
    return suffix


def needs_layout(output: Path, memo_format: str | None, template: str | Path | None, max_pages: int | None) -> bool:
    """Whether writing this memo lays it out with LibreOffice: a PDF, or a page limit to fit."""
    memo_format = output_format(Path(output), memo_format)
    return memo_format == "pdf" or (memo_format in PAGED_FORMATS
                                    and layout.page_limit(resolve_template(template)[1], max_pages) is not None)


def write_memo(select_with: Callable[[SelectOptions], Briefing], options: SelectOptions, output: Path,
               template: str | Path | None = None, memo_format: str | None = None, max_pages: int | None = None,
               log: Callable[[str], None] = lambda message: None,
               warn: Callable[[str], None] = lambda message: None, session: Session | None = None) -> Briefing:
    """Select with `options` (shortened to fit, for Word and PDF) and write the memo to `output`.

    `template` is a built-in template's name or a .docx file; `max_pages` overrides the
    layout's page limit (0: none); `log` hears how the fitting went, `warn` that it failed;
    `session` is the build's LibreOffice started ahead, if any.
    """
    output = Path(output)
    memo_format = output_format(output, memo_format)
    _, memo_layout = resolve_template(template)
    if memo_format in PAGED_FORMATS:
        limit = layout.page_limit(memo_layout, max_pages)
        fitted = fit_pages(select_with, options, lambda briefing: docx_bytes(briefing, template), limit, log, session)
        if not fitted.fits:
            warn(f"{output}: the memo is {fitted.pages} pages even at its shortest, over the limit of {limit}")
        briefing = fitted.briefing
        # a PDF is the layout that counted the pages, when LibreOffice made one
        data = fitted.docx if memo_format == "docx" else fitted.pdf or to_pdf(fitted.docx, output.stem, session)
    else:
        briefing = select_with(options)
        data = render_markup(briefing, memo_format, memo_layout).encode("utf-8")
    with atomic_path(output) as temporary:
        temporary.write_bytes(data)
    return briefing

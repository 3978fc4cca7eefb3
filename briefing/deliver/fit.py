"""Fit the memo to its page limit: measure it, and shorten the selection until it fits.

Pages are counted by laying the memo out with LibreOffice (`soffice --headless
--convert-to pdf`), as Word would; where LibreOffice is not installed, a conservative
estimate from the text stands in. Shortening goes by SelectOptions, so that the selection
stays consistent: fewer bullets per section first, then shorter quotes, then fewer quotes,
then fewer figures.
"""
from __future__ import annotations

import io
import math
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from docx import Document

from briefing.errors import InputError
from briefing.model import Briefing
from briefing.render.word import FIGURE_COLUMN_SHARES
from briefing.compose.select import SelectOptions

SOFFICE_TIMEOUT = 180  # seconds; a first start of LibreOffice makes its profile, which is slow
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
PDF_PAGE = re.compile(rb"/Type\s*/Page(?![s\w])")


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(docx_data: bytes, name: str = "memo") -> bytes:
    """The .docx laid out and printed to PDF by LibreOffice. Raises InputError without it."""
    return to_pdfs([docx_data], name)[0]


@dataclass
class _Started:
    """A LibreOffice started ahead: it serves one layout request, then exits by itself."""
    process: subprocess.Popen
    profile: Path
    used: bool = False


class _Session:
    """What `libreoffice_started` holds while a build runs (nothing outside one)."""
    started: list[_Started] = []
    profiles: ExitStack | None = None  # the locks on the profiles taken
    held: dict[str, Path] = {}  # the profiles taken, by name
    scratch: Path | None = None


@contextmanager
def libreoffice_started(wanted: bool) -> Iterator[None]:
    """Start LibreOffice in the background now, so that it is up by the time the memo is laid out.

    Starting is most of a layout's cost (about 0.8 s of 1 s); started ahead, while the articles
    are read, the first layout is handed to the running LibreOffice and takes about 0.2 s. It
    serves that one request and exits by itself; `start_libreoffice_again` has another one
    starting when a second layout is coming. Unused ones are stopped on the way out.
    """
    # process groups are POSIX; elsewhere LibreOffice starts when the memo is laid out, as before
    program = soffice() if wanted and os.name == "posix" else None
    if program is None or _Session.profiles is not None:
        yield
        return
    with tempfile.TemporaryDirectory(prefix="briefing-") as scratch, ExitStack() as profiles:
        _Session.started, _Session.profiles, _Session.held, _Session.scratch = [], profiles, {}, Path(scratch)
        try:
            start_libreoffice_again()
            yield
        finally:
            for started in _Session.started:
                if not started.used:
                    stop(started.process)
                started.process.poll()
            _Session.started, _Session.profiles, _Session.held, _Session.scratch = [], None, {}, None


def start_libreoffice_again() -> None:
    """Have a LibreOffice starting for the next layout of this build, on a profile no running
    one uses (our second cached one, else a throwaway), while the memo to lay out is prepared."""
    program = soffice()
    if program is None or _Session.profiles is None or any(not s.used for s in _Session.started):
        return
    busy = {started.profile for started in _Session.started if group_alive(started.process)}
    for name in PROFILE_NAMES:
        if name not in _Session.held:
            _Session.held[name] = _Session.profiles.enter_context(libreoffice_profile(_Session.scratch / name, name))
        if _Session.held[name] not in busy:
            profile = _Session.held[name]
            break
    else:
        return
    try:  # its own process group, so that stopping it stops the soffice.bin it forks too
        process = subprocess.Popen([program, "--headless", "--invisible", "--norestore",
                                    f"-env:UserInstallation={profile.as_uri()}"],
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   env={**os.environ, "HOME": str(_Session.scratch)}, start_new_session=True)
    except OSError:
        return  # then the layout starts LibreOffice itself, and says so if it cannot
    _Session.started.append(_Started(process, profile))


def stop(process: subprocess.Popen, grace: float = 0.0) -> None:
    """Stop a started LibreOffice and everything it forked (its process group), after giving it
    `grace` seconds to exit by itself."""
    for sig in (None, signal.SIGTERM, signal.SIGKILL):
        if sig is not None:
            with suppress(ProcessLookupError):
                os.killpg(process.pid, sig)
        if gone_within(process, grace if sig is None else 10):
            break
    process.wait()


def gone_within(process: subprocess.Popen, seconds: float) -> bool:
    """Whether the process group a started LibreOffice leads is gone within `seconds`."""
    deadline = time.monotonic() + seconds
    while group_alive(process):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)
    return True


def group_alive(process: subprocess.Popen) -> bool:
    """Whether anything of the process group a started LibreOffice leads still runs."""
    process.poll()  # reap the launcher: as a zombie it would still count in its group
    try:
        os.killpg(process.pid, 0)
    except ProcessLookupError:
        return False
    return True


@contextmanager
def layout_profile(scratch: Path) -> Iterator[tuple[Path, _Started | None]]:
    """The profile to lay out with, and the started LibreOffice that will serve the request if any.

    A started one not yet used serves it; without one, a build's first profile is taken again once
    the LibreOffice that used it is gone (a request reaching it on its way out would be lost);
    outside a build, our own profile (`libreoffice_profile`).
    """
    waiting = next((started for started in _Session.started if not started.used), None)
    if waiting is not None:
        yield waiting.profile, waiting
    elif _Session.started:
        first = _Session.started[0]
        stop(first.process, grace=10)
        yield first.profile, None
    else:
        with libreoffice_profile(scratch) as profile:
            yield profile, None


def to_pdfs(documents: list[bytes], name: str = "memo") -> list[bytes]:
    """Several .docx laid out by one LibreOffice run: starting LibreOffice is most of its cost."""
    program = soffice()
    if program is None:
        raise InputError(f"{name}.pdf", "PDF output needs LibreOffice (soffice), which is not installed")
    with tempfile.TemporaryDirectory(prefix="briefing-") as folder, \
            layout_profile(Path(folder)) as (profile, started):
        sources = [Path(folder) / f"{name}-{number}.docx" for number in range(len(documents))]
        for source, data in zip(sources, documents):
            source.write_bytes(data)
        # A private profile: a LibreOffice the user has open would otherwise take the job and hang.
        command = [program, "--headless", f"-env:UserInstallation={profile.as_uri()}",
                   "--convert-to", "pdf", "--outdir", folder, *map(str, sources)]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=SOFFICE_TIMEOUT,
                           env={**os.environ, "HOME": folder})
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            raise InputError(f"{name}.pdf", f"LibreOffice could not convert the memo ({exc})") from None
        finally:
            if started is not None:
                started.used = True
        pdfs = [source.with_suffix(".pdf") for source in sources]
        if not all(pdf.is_file() for pdf in pdfs):
            raise InputError(f"{name}.pdf", "LibreOffice wrote no PDF")
        return [pdf.read_bytes() for pdf in pdfs]


# Our cached LibreOffice profiles: a build may have a second LibreOffice starting while the first exits.
PROFILE_NAMES = ("libreoffice-profile", "libreoffice-profile-2")


@contextmanager
def libreoffice_profile(scratch: Path, name: str = PROFILE_NAMES[0]) -> Iterator[Path]:
    """Our own LibreOffice profile, kept between runs in the user's cache folder: LibreOffice
    starts about a tenth of a second faster with a profile it made before. Locked while in
    use; when another run holds it (or locks are not to be had) a throwaway one in `scratch`."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefing"
    try:
        import fcntl

        cache.mkdir(parents=True, exist_ok=True)
        lock = open(cache / f"{name}.lock", "w")
    except (ImportError, OSError):
        yield scratch / "profile"
        return
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield scratch / "profile"
            return
        yield cache / name


def pdf_pages(pdf: bytes) -> int:
    return len(PDF_PAGE.findall(pdf))


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
        for row in table.rows:
            shares = FIGURE_COLUMN_SHARES if len(row.cells) == 3 else [1 / len(row.cells)] * len(row.cells)
            # cell padding takes about a tenth of each column
            lines += max(max(1, math.ceil(len(cell.text) / (ESTIMATE_LINE_CHARS * share * 0.9)))
                         for cell, share in zip(row.cells, shares)) + ESTIMATE_PARAGRAPH_SPACE
    return max(1, math.ceil(lines / ESTIMATE_PAGE_LINES))


def count_pages(documents: list[bytes]) -> tuple[list[int], list[bytes] | None]:
    """(pages of each, their PDFs): measured by LibreOffice in one run when installed, else
    estimated (and no PDFs)."""
    if soffice():
        pdfs = to_pdfs(documents)
        return [pdf_pages(pdf) for pdf in pdfs], pdfs
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
              log: Callable[[str], None] = lambda message: None) -> Fitted:
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
    ends = measure(select_with, render, [attempts[0], attempts[-1]][:len(attempts)], max_pages, log)
    if ends[0].fits or not ends[-1].fits or len(attempts) <= 2:
        return ends[0] if ends[0].fits else ends[-1]
    start_libreoffice_again()  # it starts while the steps between are selected and rendered
    between = measure(select_with, render, attempts[1:-1], max_pages, log)
    return next(fitted for fitted in [*between, ends[-1]] if fitted.fits)


def measure(select_with: Callable[[SelectOptions], Briefing], render: Callable[[Briefing], bytes],
            attempts: list[SelectOptions], max_pages: int, log: Callable[[str], None]) -> list[Fitted]:
    briefings = [select_with(attempt) for attempt in attempts]
    documents = [render(briefing) for briefing in briefings]
    pages, pdfs = count_pages(documents)
    how = "measured with LibreOffice" if pdfs else "estimated, as LibreOffice is not installed"
    for attempt, count in zip(attempts, pages):
        log(f"{count} page(s), {how}, with {describe(attempt)}")
    return [Fitted(briefing, data, count, count <= max_pages, pdf)
            for briefing, data, count, pdf in zip(briefings, documents, pages, pdfs or [None] * len(documents))]


def describe(options: SelectOptions) -> str:
    return (f"at most {options.bullets_per_section} bullet(s) and {options.quotes_per_section} quote(s) "
            f"of {options.quote_words} words per section and {options.max_figures} figures")

"""The stages wired together: ingest -> segment -> analyse -> rank, then select and render.

These functions are the Python API (`from briefing import build_briefing, extract`);
the command line is a thin layer over them.
"""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.analyse.figures import find_figures, group_figures
from briefing.analyse.quotes import find_quotes, is_key_quote
from briefing.analyse.rank import rank_sentences
from briefing.analyse.segment import segment
from briefing.analyse.segment import sentence_tokenizer as segment_tokenizer
from briefing.analyse.topics import discover_topics, route_topics
from briefing.analyse.words import stem
from briefing.compose.changes import mark_changes
from briefing.compose.select import CandidatePool, SelectOptions, select
from briefing.errors import InputError
from briefing.ingest.brief_file import Brief
from briefing.ingest.feeds import DEFAULT_SINCE, parse_since
from briefing.ingest.fetch import FetchOptions
from briefing.ingest.read import collect_paths, read_documents
from briefing.ingest.sources import Source, from_cache, gather_sources
from briefing.model import BODY, BOILERPLATE, METADATA, Briefing, Document, Figure, Quote, Topic

if TYPE_CHECKING:
    from briefing.archive import Archive
    from briefing.archive.analyses import KeptAnalyses
    from briefing.deliver.mail import SmtpServer


def analyse(inputs: list[str], topics: list[Topic] | None = None, stdin_bytes: bytes | None = None,
            jobs: int = 1, on_error: Callable[[InputError], None] | None = None,
            progress: Callable[[int, int], None] | None = None,
            outputs: list[Path] | None = None, fetch: FetchOptions | None = None,
            since: dt.datetime | None = None, fetching: Callable[[int, int], None] | None = None,
            tally: Callable[[int, int], None] | None = None,
            follow_links: bool = False, kept: KeptAnalyses | None = None) -> tuple[list[Document], list[Topic]]:
    """Read and analyse every input; with no topics given, discover them.

    A bad input raises InputError, unless `on_error` is given and there are several: then it
    is told of each bad input, the rest go through, and only "nothing readable" raises. `jobs` > 1 reads and
    analyses articles in that many processes; `progress(done, total)` follows along. `outputs`, the
    files this run will write, are never read, and must not overwrite an input. Web addresses are
    fetched first, as `fetch` says (timeout, cache), `fetching(done, total)` following along; a
    feed stands for its items published since `since` (default: the last 24 hours). `tally(read,
    from_cache)` is told how many articles were read, and how many of them came from the page cache.
    With `follow_links`, an email stands for the articles it links to. An article whose analysis
    an archive has `kept` is not analysed again.
    """
    paths = collect_paths(inputs, outputs)
    docs = []
    sources = gather_sources(paths, fetch or FetchOptions(), since or parse_since(DEFAULT_SINCE), fetching,
                             follow_links)
    outcomes = [outcome for each in analyse_each(sources, stdin_bytes, jobs, progress, kept) for outcome in each]
    for outcome in outcomes:
        if isinstance(outcome, InputError):
            if on_error is None or len(outcomes) == 1:
                raise outcome
            on_error(outcome)
        else:
            docs.append(outcome)
    if tally:
        tally(len(docs), sum(1 for source in sources if from_cache(source)))
    if not docs:
        raise InputError(", ".join(inputs) if len(inputs) < 4 else f"{len(paths)} inputs", "no readable article")
    topics = list(topics) if topics else discover_topics(docs)
    route_topics(docs, topics)
    group_figures(docs)
    for doc in docs:
        rank_sentences(doc)
        file_under_topics(doc)
    return docs, topics


# Below this many articles a process pool costs more to start than it saves.
POOL_THRESHOLD = 16


def analyse_each(paths: list[Source], stdin_bytes: bytes | None, jobs: int,
                 progress: Callable[[int, int], None] | None,
                 kept: KeptAnalyses | None = None) -> Iterator[list[Document | InputError]]:
    """Each input read and analysed (or the InputError it raised), in input order."""
    if jobs > 1 and len(paths) >= POOL_THRESHOLD and "-" not in paths:
        from concurrent.futures import ProcessPoolExecutor

        # Loaded here first, as the rest of the analysis needs them too: forked workers then share them.
        segment_tokenizer()
        stem("warm")
        with ProcessPoolExecutor(max_workers=jobs, initializer=start_worker) as pool:
            outcomes = pool.map(functools.partial(read_and_analyse, kept=kept), paths,
                                chunksize=max(1, len(paths) // (jobs * 8)))
            yield from counted(outcomes, len(paths), progress)
    else:
        outcomes = (read_and_analyse(path, stdin_bytes, kept) for path in paths)
        yield from counted(outcomes, len(paths), progress)


def start_worker() -> None:
    """Ready a pool worker, whichever way it was started (fork, spawn, forkserver): one BLAS thread
    each, as the pool already uses the cores, and NLTK's Punkt and stemmer loaded before the first
    article (a forked worker has them from the parent already)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)  # BLAS libraries a forked worker inherited loaded
    segment_tokenizer()
    stem("warm")


def counted(outcomes, total: int, progress: Callable[[int, int], None] | None):
    for done, outcome in enumerate(outcomes, 1):
        if progress:
            progress(done, total)
        yield outcome


def read_and_analyse(path: Source, stdin_bytes: bytes | None = None,
                     kept: KeptAnalyses | None = None) -> list[Document | InputError]:
    """The input's articles analysed (an mbox holds several), or the error of each that is not one;
    an article whose analysis is `kept` is given it instead."""
    if isinstance(path, InputError):  # a web address that could not be fetched
        return [path]
    try:
        docs = read_documents(path, stdin_bytes)
    except InputError as error:
        return [error]
    outcomes: list[Document | InputError] = []
    for doc in docs:
        if kept is not None and kept.recall(doc):
            outcomes.append(doc)
            continue
        try:
            outcomes.append(analyse_document(doc))
        except InputError as error:
            outcomes.append(error)
    return outcomes


def analyse_document(doc: Document) -> Document:
    """The per-article stages that need no other article: sentences, quotes, figures."""
    segment(doc)
    if not doc.sentences:  # a memo of nothing would say nothing: the input is not an article
        raise InputError(doc.path if doc.path != "-" else "stdin",
                         "no article text found in it (only a headline, captions or page furniture)")
    body = [(b.start, b.end) for b in doc.blocks if b.kind == BODY]
    # Quotes under four words are scare quotes ("transparent"): they stay inside their sentence.
    doc.quotes = [q for q in find_quotes(doc.text, body) if in_any(q.start, body) and is_key_quote(doc.text, q)]
    # Figures count wherever the article states them, its headline included; not in web debris.
    stated = [(b.start, b.end) for b in doc.blocks if b.kind not in (BOILERPLATE, METADATA)]
    doc.figures = [f for f in find_figures(doc.text, [(s.start, s.end) for s in doc.sentences])
                   if in_any(f.start, stated)]
    return doc


def in_any(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def file_under_topics(doc: Document) -> None:
    """A quote or figure belongs to the topic of the sentence it stands in."""
    items: list[Quote | Figure] = [*doc.quotes, *doc.figures]
    for item in items:
        sentence = doc.sentence_at(item.start)
        item.topic = sentence.topic if sentence else None


def extract(inputs: list[str], topics: list[Topic] | None = None, stdin_bytes: bytes | None = None,
            **batch) -> dict:
    """Everything the analysis found, as the JSON-ready dict `briefing extract` prints.

    `batch` takes analyse's jobs, on_error, progress and outputs.
    """
    from briefing.render.extraction import extraction_dict

    docs, topics = analyse(inputs, topics, stdin_bytes, **batch)
    return extraction_dict(docs, topics)


def build_briefing(inputs: list[str], output: str | Path, topics: list[Topic] | None = None,
                   options: SelectOptions | None = None, stdin_bytes: bytes | None = None,
                   template: str | Path | None = None, batch: dict | None = None,
                   other_outputs: list[Path] | None = None, archive: Archive | None = None,
                   changes: bool = False, **publish_options) -> Briefing:
    """Analyse the inputs, select the memo's content and write it to `output` (.docx, .pdf, .md, .txt, .html).

    The selection is shortened to fit the template's page limit; publish.write_memo
    takes the other options (memo_format, max_pages, log, warn); `batch` takes analyse's
    jobs, on_error and progress. Neither `output` nor `other_outputs` (files the caller writes
    after, such as an .eml) is ever read as an input or allowed to overwrite one. With an `archive`,
    the articles read and what the memo showed are kept in it once the memo is written; with
    `changes` too, the memo is marked against the last one built against it (compose.changes).
    """
    from briefing.deliver.libreoffice import libreoffice_started
    from briefing.deliver.publish import needs_layout, write_memo

    laid_out = needs_layout(Path(output), publish_options.get("memo_format"), template,
                            publish_options.get("max_pages"))
    # LibreOffice starts while the articles are read: most of a layout's time is its start
    with libreoffice_started(laid_out) as session:
        docs, topics = analyse(inputs, topics, stdin_bytes, **(batch or {}),
                               outputs=[Path(output), *(other_outputs or [])],
                               kept=archive.kept_analyses() if archive is not None else None)
        pool = CandidatePool(docs)
        last = archive.last_brief(docs) if archive is not None and changes else None

        def selected(chosen: SelectOptions) -> Briefing:
            briefing = select(docs, topics, chosen, pool)
            return mark_changes(briefing, last) if last else briefing

        briefing = write_memo(selected, options or SelectOptions(), Path(output), template, session=session,
                              **publish_options)
    if archive is not None:
        archive.record(docs, briefing, Path(output).absolute())
    return briefing


def run_brief(brief: Brief, output: Path, options: SelectOptions, batch: dict, recipients: list[str],
              mail_from: str | None = None, subject: str | None = None, server: SmtpServer | None = None,
              credentials: tuple[str, str] | None = None, archive: Archive | None = None,
              changes: bool = False, **publish_options) -> Briefing:
    """Build the memo a standing brief describes into `output`, then mail it to `recipients` through
    `server` (the memo attached, its bottom line in the body). `batch` and `publish_options` are
    build_briefing's."""
    from briefing.deliver.mail import memo_message, send_message, summary_of_briefing

    briefing = build_briefing(brief.inputs, output, brief.topics, options, batch=batch, archive=archive,
                              changes=changes, **publish_options)
    if recipients and server is not None:
        message = memo_message(output, summary_of_briefing(briefing), recipients, mail_from, subject)
        send_message(message, recipients, server, credentials)
    return briefing

"""Web addresses: pages fetched with httpx, several at a time, and kept in the user's cache folder.

httpx is the client: timeouts, redirects and streaming built in, one connection pool shared by
the threads that fetch. A page is asked again after a 429 or a 5xx (after its Retry-After, within
reason); its body is counted while it downloads and refused past the size limit. The cache
($XDG_CACHE_HOME/briefing/pages, else ~/.cache/briefing/pages) is revalidated with ETag and
Last-Modified, so a brief built again downloads no page again; a page whose server gives neither
is taken from the cache for UNVALIDATED_FRESH_FOR without asking. `offline` reads only the cache,
`refresh` ignores it. Tracking parameters (utm_*, fbclid, gclid) do not make two addresses two pages.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from briefing.errors import InputError
from briefing.ingest.encoding import decode

if TYPE_CHECKING:
    import httpx

DEFAULT_TIMEOUT = 20.0  # seconds
CONCURRENT = 4
MAX_REDIRECTS = 5
MAX_PAGE_BYTES = 10 * 1024 * 1024
ATTEMPTS = 3  # a page answering 429 or 5xx is asked twice more
LONGEST_WAIT = 30.0  # seconds: a Retry-After longer than this is not waited for
UNVALIDATED_FRESH_FOR = 6 * 3600  # seconds: a morning's rebuilds, not tomorrow's brief
RETRY_STATUSES = {429, 500, 502, 503, 504}
HTML_TYPES = ("text/html", "application/xhtml+xml")
# What an address may give: a web page, or a feed or OPML list of feeds (briefing.ingest.feeds).
PAGE_TYPES = (*HTML_TYPES, "application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/xml", "text/xml", "text/x-opml")
TRACKING_PARAMETER = re.compile(r"^(?:utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid)$", re.I)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)


@dataclass(frozen=True)
class FetchOptions:
    timeout: float = DEFAULT_TIMEOUT
    offline: bool = False  # read only the cache
    refresh: bool = False  # ignore the cache
    cache: Path | None = None  # default: the user's cache folder


@dataclass(frozen=True)
class Page:
    """A fetched page: where it was asked for, where it was found, and what came."""

    address: str
    url: str  # after redirects
    body: bytes
    content_type: str
    charset: str | None  # as the server's header gave it
    from_cache: bool = False

    @property
    def media_type(self) -> str:
        return media_type(self.content_type)


def media_type(content_type: str) -> str:
    """"text/html" of "text/HTML; charset=utf-8"."""
    return content_type.split(";")[0].strip().lower()


def is_address(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def canonical(address: str) -> str:
    """The address without tracking parameters or fragment, its host in lower case."""
    parts = urlsplit(address.strip())
    query = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)
             if not TRACKING_PARAMETER.match(key)]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), ""))


def fetch_pages(addresses: Iterable[str], options: FetchOptions,
                progress: Callable[[int, int], None] | None = None) -> dict[str, Page | InputError]:
    """Each address's page (or the InputError saying why there is none), fetched CONCURRENT at a
    time; `progress(done, total)` follows along."""
    from importlib.metadata import version

    import httpx

    wanted = list(dict.fromkeys(addresses))
    if not wanted:
        return {}
    cache = PageCache(options.cache or default_cache())
    headers = {"User-Agent": f"briefing/{version('briefing')} (news briefing memos)",
               "Accept-Encoding": "gzip, deflate"}
    with httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=options.timeout,
                      headers=headers) as client, ThreadPoolExecutor(CONCURRENT) as pool:
        futures = {pool.submit(fetched_or_error, client, address, options, cache): address for address in wanted}
        pages = {}
        if progress:
            progress(0, len(wanted))
        for done, future in enumerate(as_completed(futures), 1):
            pages[futures[future]] = future.result()
            if progress:
                progress(done, len(wanted))
        return {address: pages[address] for address in wanted}


def fetched_or_error(client: httpx.Client, address: str, options: FetchOptions, cache: PageCache) -> Page | InputError:
    try:
        return fetch(client, address, options, cache)
    except InputError as error:
        return error


def fetch(client: httpx.Client, address: str, options: FetchOptions, cache: PageCache) -> Page:
    import httpx

    cached, record = (None, {}) if options.refresh else cache.get(address)
    if options.offline:
        if cached is None:
            raise InputError(address, "is not in the cache, and --offline fetches nothing")
        return cached
    conditions = {}
    if cached is not None:
        conditions = {name: record[key] for name, key in (("If-None-Match", "etag"),
                                                           ("If-Modified-Since", "last_modified")) if record.get(key)}
        fresh = time.time() - record.get("fetched", 0.0) < UNVALIDATED_FRESH_FOR
        if not conditions and fresh and cached.media_type in HTML_TYPES:
            return cached  # a feed changes by the hour: it is always asked for again
    for attempt in range(ATTEMPTS):
        try:
            with client.stream("GET", address, headers=conditions) as response:
                if response.status_code == 304 and cached is not None:
                    return cached
                if response.status_code in RETRY_STATUSES and attempt < ATTEMPTS - 1:
                    pause = retry_after(response.headers.get("Retry-After"), attempt)
                    if pause is not None:
                        time.sleep(pause)
                        continue
                if response.status_code >= 400:
                    raise InputError(address, f"answered {response.status_code} {response.reason_phrase}".rstrip())
                content_type = response.headers.get("Content-Type", "")
                if media_type(content_type) not in PAGE_TYPES:
                    raise InputError(address, f"is not a web page ({content_type.split(';')[0] or 'no type given'})")
                body = read_capped(address, response)
                page = Page(address, str(response.url), body, content_type, response.charset_encoding)
                if "no-store" not in response.headers.get("Cache-Control", "").lower():
                    cache.put(page, response.headers.get("ETag"), response.headers.get("Last-Modified"))
                return page
        except httpx.TimeoutException:
            raise InputError(address, f"did not answer within {options.timeout:g} seconds") from None
        except httpx.TooManyRedirects:
            raise InputError(address, f"redirects more than {MAX_REDIRECTS} times") from None
        except httpx.HTTPError as exc:
            raise InputError(address, f"cannot be fetched ({type(exc).__name__}: {exc})") from None
    raise InputError(address, f"still failing after {ATTEMPTS} attempts")


def retry_after(value: str | None, attempt: int) -> float | None:
    """How long to wait before asking again: the server's Retry-After, else a growing pause; None
    when the server asks for longer than LONGEST_WAIT."""
    if value is None:
        return 0.5 * 2 ** attempt
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError):
            return 0.5 * 2 ** attempt
    return max(0.0, seconds) if seconds <= LONGEST_WAIT else None


def read_capped(address: str, response: httpx.Response) -> bytes:
    """The body, counted as it downloads: a page past the limit is refused before it fills memory."""
    chunks, total = [], 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > MAX_PAGE_BYTES:
            raise InputError(address, f"is over the size limit of {MAX_PAGE_BYTES // 2**20} MB")
        chunks.append(chunk)
    return b"".join(chunks)


def page_text(page: Page) -> str:
    """The page's text. Where the server's charset and the page's own meta tag disagree, the one
    that decodes the page wins, the page's own first: servers send a default, authors their page's."""
    body = page.body
    declared = META_CHARSET.search(body[:4096])
    for encoding in dict.fromkeys(name for name in (declared and declared.group(1).decode("ascii", "replace"),
                                                    page.charset) if name):
        try:
            codecs.lookup(encoding)
            return body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return decode(page.address, body)


def default_cache() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefing" / "pages"


class PageCache:
    """Fetched pages on disk: the body and what revalidates it, under a hash of the canonical address."""

    def __init__(self, folder: Path):
        self.folder = folder

    def paths(self, address: str) -> tuple[Path, Path]:
        key = hashlib.sha256(canonical(address).encode()).hexdigest()
        return self.folder / f"{key}.json", self.folder / f"{key}.body"

    def get(self, address: str) -> tuple[Page | None, dict]:
        """The page kept for the address, and what revalidates it (etag, last_modified, fetched)."""
        meta, body = self.paths(address)
        try:
            record = json.loads(meta.read_text(encoding="utf-8"))
            data = body.read_bytes()
        except (OSError, ValueError):
            return None, {}
        return Page(address, record["url"], data, record["content_type"], record["charset"], from_cache=True), record

    def put(self, page: Page, etag: str | None, last_modified: str | None) -> None:
        """Keep the page; a cache that cannot be written only means fetching again next time."""
        meta, body = self.paths(page.address)
        record = {key: value for key, value in asdict(page).items() if key not in ("body", "from_cache")}
        record.update(etag=etag, last_modified=last_modified, fetched=time.time())
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            for target, data in ((body, page.body), (meta, json.dumps(record).encode())):
                with tempfile.NamedTemporaryFile(dir=self.folder, delete=False) as handle:
                    handle.write(data)
                os.replace(handle.name, target)
        except OSError:
            pass

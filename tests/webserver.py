"""A real HTTP server on 127.0.0.1 for the tests, with a log of what it answered.

Each route is a function of the request handler returning (status, headers, body); a body
that is a callable streams what it yields. The server runs in a thread and stops at the
end of the test.
"""
from __future__ import annotations

import datetime as dt
import json
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

Answer = tuple[int, dict[str, str], "bytes | Callable[[], Iterable[bytes]]"]
Route = Callable[[BaseHTTPRequestHandler], Answer]


@dataclass
class WebServer:
    routes: dict[str, Route] = field(default_factory=dict)
    log: list[tuple[str, int]] = field(default_factory=list)  # (path, status) of every answer
    server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, html: str, content_type: str = "text/html; charset=utf-8", etag: str | None = None):
        """Serve `html` at `path`; with an etag, answer 304 to a request that already has it."""
        def route(handler: BaseHTTPRequestHandler) -> Answer:
            if etag and handler.headers.get("If-None-Match") == etag:
                return 304, {"ETag": etag}, b""
            return 200, {"Content-Type": content_type, **({"ETag": etag} if etag else {})}, html.encode("utf-8")
        self.routes[path] = route

    def statuses(self, path: str) -> list[int]:
        return [status for logged, status in self.log if logged == path]

    def start(self) -> WebServer:
        web = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                path = self.path.split("?", 1)[0]
                route = web.routes.get(path)
                status, headers, body = route(self) if route else (404, {"Content-Type": "text/html"}, b"Not found")
                web.log.append((path, status))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if callable(body):
                    self.end_headers()
                    try:
                        for chunk in body():
                            self.wfile.write(chunk)
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                else:
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)

            def log_message(self, format, *args):  # the test reads `web.log`, not stderr
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


def article_page(headline: str, paragraphs: list[str], meta_charset: str = "utf-8",
                 published: str = "2021-10-21T09:30:00Z") -> str:
    """A news page written for the tests: a menu, the article, a footer."""
    body = "\n".join(f"<p>{text}</p>" for text in paragraphs)
    return (f'<!DOCTYPE html><html><head><meta charset="{meta_charset}"><title>{headline} - Hemisphere Daily</title>'
            f'<meta property="og:title" content="{headline}"><meta property="og:site_name" content="Hemisphere Daily">'
            f'<meta property="article:published_time" content="{published}"></head>'
            f'<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>{headline}</h1>'
            f"{body}</article><footer>© Hemisphere Daily</footer></body></html>")


NOW = dt.datetime.now(dt.timezone.utc)
TOWNS = ["Arauca", "Cúcuta", "Ipiales", "Maicao", "Riohacha", "Leticia", "Pasto", "Tumaco", "Turbo", "Necoclí",
         "Quibdó", "Yopal", "Mocoa", "Florencia", "Neiva", "Ibagué", "Tunja", "Sincelejo", "Montería", "Valledupar"]


def story(number: int) -> tuple[str, list[str]]:
    town = TOWNS[number % len(TOWNS)]
    return (f"{town} opens shelter for migrants", [
        f"The town of {town} opened a shelter for {100 + number} migrants on Monday, the mayor's office said.",
        f"The shelter cost ${number + 2} million and was paid for by the national government and aid groups.",
        f"“We could not leave families on the street in {town},” said Mayor Luis Gómez at the opening.",
        f"Aid workers in {town} said more families were expected to arrive from Venezuela before the end of the month.",
    ])


def rss(items: list[dict], title: str = "Hemisphere Daily: Americas") -> str:
    entries = []
    for item in items:
        parts = [f"<title>{escape(item['title'])}</title>"]
        if item.get("link"):
            parts.append(f"<link>{escape(item['link'])}</link><guid>{escape(item['link'])}</guid>")
        if item.get("date"):
            parts.append(f"<pubDate>{format_datetime(item['date'])}</pubDate>")
        parts.append(f"<description>{escape(item.get('summary', 'A short teaser.'))}</description>")
        if item.get("content"):
            parts.append(f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>")
        entries.append("<item>" + "".join(parts) + "</item>")
    return ('<?xml version="1.0" encoding="utf-8"?>'
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>{escape(title)}</title><link>https://hemisphere.example/</link>"
            f"<description>News</description>{''.join(entries)}</channel></rss>")


def serve_stories(web: WebServer, numbers, etag: bool = True) -> list[dict]:
    items = []
    for number in numbers:
        headline, paragraphs = story(number)
        path = f"/story-{number}.html"
        web.page(path, article_page(headline, paragraphs, published=(NOW - dt.timedelta(hours=2)).isoformat()),
                 etag=f'"s{number}"' if etag and number % 2 else None)
        items.append({"title": headline, "link": web.url(path), "date": NOW - dt.timedelta(hours=2, minutes=number)})
    return items


def serve_feed(web: WebServer, path: str, text: str, content_type: str = "application/rss+xml") -> str:
    web.routes[path] = lambda handler: (200, {"Content-Type": content_type}, text.encode("utf-8"))
    return web.url(path)


def extract_documents(*args) -> tuple:
    """Run `briefing extract`: (the click result, its documents). The JSON is written to a file, as
    click 8.1 mixes standard error into the output."""
    from click.testing import CliRunner

    from briefing.cli import main

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "extract.json"
        result = CliRunner().invoke(main, ["extract", *[str(arg) for arg in args], "-o", str(out)])
        return result, (json.loads(out.read_text(encoding="utf-8"))["documents"] if out.exists() else [])

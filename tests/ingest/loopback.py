"""A loopback web server for ingestion tests: routes answer with whatever a test sets up.

Imported by the test modules (not a conftest, so it cannot clash with the suite's own).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    send_length: bool = True


Route = Callable[[dict[str, str]], Reply]


class Site:
    """Routes by path; every request's path and headers are recorded for assertions."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.base = ""

    def url(self, path: str) -> str:
        return self.base + path

    def serve(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8", **reply) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        headers = {"Content-Type": content_type} if content_type else {}
        headers.update(reply.pop("headers", {}))
        self.routes[path] = lambda _request: Reply(body=data, headers=headers, **reply)
        return self.url(path)

    def route(self, path: str, handler: Route) -> str:
        self.routes[path] = handler
        return self.url(path)

    def hits(self, path: str) -> list[dict[str, str]]:
        return [headers for seen, headers in self.requests if seen == path]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            headers = {name.lower(): value for name, value in self.headers.items()}
            site.requests.append((self.path, headers))
            route = site.routes.get(self.path) or site.routes.get(self.path.split("?")[0])
            reply = route(headers) if route else Reply(404, b"<html><body>missing</body></html>")
            time.sleep(reply.delay)
            try:
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.send_length:
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up on purpose (size cap, timeout)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def site() -> Iterator[Site]:
    web = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(web))
    server.daemon_threads = True
    web.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield web
    server.shutdown()
    server.server_close()


@pytest.fixture
def dead_url() -> str:
    """An address on loopback where nothing listens: connection refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.xml"


def article_page(
    title: str,
    paragraphs: list[str],
    *,
    site_name: str | None = "The Harbour Gazette",
    published: str | None = "2025-06-02T09:15:00+02:00",
    author: str | None = "Mara Lindqvist",
    canonical: str | None = None,
    charset_meta: str | None = "utf-8",
) -> str:
    """A small news page in the shape outlets publish: nav, article, footer, metadata."""
    head = [f"<title>{title} | {site_name or 'News'}</title>"]
    if charset_meta:
        head.append(f'<meta charset="{charset_meta}">')
    if site_name:
        head.append(f'<meta property="og:site_name" content="{site_name}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    if author:
        head.append(f'<meta name="author" content="{author}">')
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        "<!DOCTYPE html><html><head>" + "".join(head) + "</head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>'
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer><p>Subscribe to our newsletter. All rights reserved.</p></footer></body></html>"
    )


FERRY_PARAGRAPHS = [
    "The harbour authority suspended all evening ferry crossings on Monday after a storm damaged the main pier.",
    "\u201cWe will not put passengers at risk while the pier is inspected,\u201d the authority\u2019s director said in a statement.",
    "Engineers expect the inspection to take at least three days, and commuters were told to use the coastal bus service instead.",
    "Local traders said the closure would cost them thousands of euros during the busiest week of the summer season.",
]

BRIDGE_PARAGRAPHS = [
    "The city council voted by 31 to 12 on Tuesday to fund repairs to the old swing bridge over the canal.",
    "The repairs will cost an estimated 4.2 million euros and should be finished before the end of next year.",
    "Opposition councillors said the money would be better spent on the tram network, which carries more people each day.",
    "The bridge has been closed to cars since March, when inspectors found corrosion in two of its supporting beams.",
]


def rss_feed(title: str, items: list[dict[str, str]]) -> str:
    """An RSS 2.0 feed; each item's keys become its elements (link, title, pubDate, description…)."""
    rendered = "".join(
        "<item>" + "".join(f"<{name}>{value}</{name}>" for name, value in item.items()) + "</item>" for item in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://gazette.example/</link>{rendered}</channel></rss>"
    )


def atom_feed(title: str, entries: list[dict[str, str]]) -> str:
    """An Atom feed; `link` becomes an alternate link, `content` HTML content, other keys elements."""
    rendered = []
    for entry in entries:
        parts = []
        for name, value in entry.items():
            if name == "link":
                parts.append(f'<link rel="alternate" href="{value}"/>')
            elif name == "content":
                parts.append(f'<content type="html">{value}</content>')
            elif name == "author":
                parts.append(f"<author><name>{value}</name></author>")
            else:
                parts.append(f"<{name}>{value}</{name}>")
        rendered.append("<entry>" + "".join(parts) + "</entry>")
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{title}</title><id>urn:feed</id><updated>2025-06-02T10:00:00Z</updated>"
        + "".join(rendered)
        + "</feed>"
    )

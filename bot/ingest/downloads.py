"""Downloads: fetching one page or feed over HTTP, with a size cap, a redirect limit, conditional
GET and failures worded for the newsroom."""

from __future__ import annotations

import random
import time
import urllib.request
from datetime import timedelta
from email.utils import parsedate_to_datetime
from enum import StrEnum
from http import HTTPStatus

import httpx
from pydantic import BaseModel

from bot.ingest.addresses import internal_address
from bot.ingest.charsets import charset_from_content_type, decode_document
from bot.ingest.errors import IngestError
from bot.ingest.urls import is_web_address

USER_AGENT = "Newsdesk/0.1 (newsroom digest bot)"
MAX_REDIRECTS = 10
DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_TIMEOUT_SECONDS = 15.0
# A slow drip of bytes must not hold a poll forever: the whole body gets this many timeouts.
BODY_DEADLINE_FACTOR = 4

WEB_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
        "text/xml", "application/x-rss+xml", "application/x-atom+xml",
    }
)
WEB_CONTENT_TYPES = WEB_PAGE_TYPES | FEED_TYPES

ACCEPT_HEADER = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
)

# Statuses after which the same request may well succeed later.
RETRYABLE_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})

# Words in socket errors, and what they mean to someone who is not a network engineer.
CONNECTION_FAILURES = (
    (("refused", "errno 111", "errno 61"), "The server refused the connection"),
    (
        ("name or service not known", "nodename nor servname", "temporary failure in name resolution",
         "getaddrinfo failed", "no address associated"),
        "No server answers to the address {host}",
    ),
    (("certificate", "ssl", "tls"), "The site's security certificate could not be checked"),
    (("network is unreachable", "no route to host"), "The network could not reach {host}"),
)


class FetchProblem(StrEnum):
    BAD_ADDRESS = "bad_address"
    TIMEOUT = "timeout"
    CONNECTION = "connection"
    HTTP_STATUS = "http_status"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    TOO_LARGE = "too_large"
    NOT_WEB_PAGE = "not_web_page"
    INTERNAL_ADDRESS = "internal_address"
    DISALLOWED_BY_ROBOTS = "disallowed_by_robots"


# Problems that may pass by themselves; HTTP statuses are judged by RETRYABLE_STATUSES.
RETRYABLE_PROBLEMS = frozenset({FetchProblem.TIMEOUT, FetchProblem.CONNECTION})


class FetchError(IngestError):
    """A download failed; `problem` says how, `message` says it in plain words."""

    def __init__(
        self,
        problem: FetchProblem,
        message: str,
        *,
        url: str,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        retryable = problem in RETRYABLE_PROBLEMS or status in RETRYABLE_STATUSES
        super().__init__(message, retryable=retryable)
        self.problem = problem
        self.url = url
        self.status = status
        self.retry_after = retry_after


class FetchResult(BaseModel):
    """A download that got an answer: the body and text, or `not_modified` after conditional GET."""

    url: str
    final_url: str
    status: int
    body: bytes = b""
    text: str = ""
    encoding: str | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False

    @property
    def media_type(self) -> str | None:
        return self.content_type.split(";")[0].strip().lower() if self.content_type else None

    @property
    def is_feed(self) -> bool:
        """Whether the answer looks like an RSS/Atom feed rather than a web page."""
        if self.media_type in FEED_TYPES - {"application/xml", "text/xml"}:
            return True
        head = self.body[:1024].lstrip().lower()
        return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def human_size(size: int) -> str:
    """A byte count as a newsroom would say it ("5 MB", "300 kB")."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size} bytes"


def status_message(status: int) -> str:
    """"The server said 404 Not Found"."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "(unknown status)"
    return f"The server said {status} {phrase}"


def _retry_after_seconds(value: str | None) -> float | None:
    """Seconds from a Retry-After header, in either of its two forms."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        return None
    return max(0.0, moment.timestamp() - time.time())


def _connection_message(error: Exception, host: str) -> str:
    described = f"{error!s} {error.__cause__ or ''} {error.__context__ or ''}".lower()
    for words, message in CONNECTION_FAILURES:
        if any(word in described for word in words):
            return message.format(host=host)
    return f"Could not connect to {host}"


def _refuse_internal_hosts(request: httpx.Request) -> None:
    """Checked before every request, redirects included: a public page may redirect inward."""
    host = request.url.host
    address = internal_address(host)
    if address is not None:
        raise FetchError(
            FetchProblem.INTERNAL_ADDRESS,
            f"{host} is an internal address ({address}); Newsdesk only fetches public web sites",
            url=str(request.url),
        )


def _refuse_internal_peers(response: httpx.Response) -> None:
    """Checked after connecting, before the body is read: a host whose DNS answer changed after
    the check above (DNS rebinding) is caught by the address the connection really reached."""
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not peer or _through_proxy(response.request.url):
        return  # a proxy resolves the host itself, so its own address says nothing about the site
    address = internal_address(str(peer[0]))
    if address is not None:
        host = response.request.url.host
        raise FetchError(
            FetchProblem.INTERNAL_ADDRESS,
            f"{host} led to an internal address ({address}); Newsdesk only fetches public web sites",
            url=str(response.request.url),
        )


def _through_proxy(url: httpx.URL) -> bool:
    proxies = urllib.request.getproxies()
    return url.scheme in proxies and not urllib.request.proxy_bypass(url.host)


def web_client(
    *,
    max_redirects: int = MAX_REDIRECTS,
    allow_internal: bool = False,
    transport: httpx.BaseTransport | None = None,
) -> httpx.Client:
    """An HTTP client for many fetches in a row (one poll); close it when done. It refuses
    internal addresses unless `allow_internal` (tests and newsrooms with intranet feeds)."""
    return httpx.Client(
        transport=transport,
        follow_redirects=True,
        max_redirects=max_redirects,
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT_HEADER},
        event_hooks={} if allow_internal else {"request": [_refuse_internal_hosts],
                                                "response": [_refuse_internal_peers]},
    )


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
    accept: frozenset[str] = WEB_CONTENT_TYPES,
    client: httpx.Client | None = None,
    allow_internal: bool = False,
) -> FetchResult:
    """Download `url`: its body (at most `max_bytes`, streamed) decoded with the right charset.

    Sends If-None-Match / If-Modified-Since when `etag` / `last_modified` are given and answers
    `not_modified` on 304. Raises FetchError, with a plain-words message, on anything else
    that is not a 2xx page or feed of a type in `accept`, and on internal addresses unless
    `allow_internal` (a given `client` carries its own choice).
    """
    if not is_web_address(url):
        raise FetchError(FetchProblem.BAD_ADDRESS, f"Not a web address: {url!r}", url=url)
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    own_client = client is None
    active = web_client(allow_internal=allow_internal) if client is None else client
    try:
        with active.stream("GET", url, headers=headers, timeout=httpx.Timeout(timeout)) as response:
            return _read(url, response, max_bytes=max_bytes, timeout=timeout, accept=accept)
    except httpx.TimeoutException:
        raise FetchError(
            FetchProblem.TIMEOUT, f"The server took longer than {timeout:g} s to answer", url=url
        ) from None
    except httpx.TooManyRedirects:
        raise FetchError(
            FetchProblem.TOO_MANY_REDIRECTS,
            "Too many redirects: the address keeps sending us on to another one",
            url=url,
        ) from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
        raise FetchError(FetchProblem.BAD_ADDRESS, f"Not a usable web address: {url!r}", url=url) from error
    except httpx.ConnectError as error:
        host = httpx.URL(url).host
        raise FetchError(FetchProblem.CONNECTION, _connection_message(error, host), url=url) from None
    except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
        raise FetchError(
            FetchProblem.CONNECTION, "The server broke off the connection before the page arrived", url=url
        ) from None
    except httpx.HTTPError as error:
        raise FetchError(FetchProblem.CONNECTION, f"The download failed ({type(error).__name__})", url=url) from None
    finally:
        if own_client:
            active.close()


def _read(url: str, response: httpx.Response, *, max_bytes: int, timeout: float, accept: frozenset[str]) -> FetchResult:
    """Check one streamed response and read its body up to the cap."""
    final_url = str(response.url)
    meta = {
        "url": url,
        "final_url": final_url,
        "status": response.status_code,
        "content_type": response.headers.get("content-type"),
        "etag": response.headers.get("etag"),
        "last_modified": response.headers.get("last-modified"),
    }
    if response.status_code == 304:
        return FetchResult(**meta, not_modified=True)
    if not 200 <= response.status_code < 300:
        raise FetchError(
            FetchProblem.HTTP_STATUS,
            status_message(response.status_code),
            url=url,
            status=response.status_code,
            retry_after=_retry_after_seconds(response.headers.get("retry-after")),
        )
    media_type = (meta["content_type"] or "").split(";")[0].strip().lower()
    if media_type and media_type not in accept:
        raise FetchError(FetchProblem.NOT_WEB_PAGE, f"Not a web page ({media_type})", url=url, status=response.status_code)
    too_large = FetchError(FetchProblem.TOO_LARGE, f"The page is larger than {human_size(max_bytes)}", url=url)
    declared_length = response.headers.get("content-length", "")
    if declared_length.isdigit() and int(declared_length) > max_bytes:
        raise too_large
    deadline = time.monotonic() + timeout * BODY_DEADLINE_FACTOR
    chunks: list[bytes] = []
    received = 0
    for chunk in response.iter_bytes():
        received += len(chunk)
        if received > max_bytes:
            raise too_large
        if time.monotonic() > deadline:
            raise FetchError(
                FetchProblem.TIMEOUT,
                f"The server took longer than {timeout * BODY_DEADLINE_FACTOR:g} s to send the page",
                url=url,
            )
        chunks.append(chunk)
    body = b"".join(chunks)
    if not media_type and not body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        # No Content-Type at all: only markup is worth handing on.
        raise FetchError(FetchProblem.NOT_WEB_PAGE, "Not a web page (no content type, not HTML)", url=url)
    text, encoding = decode_document(body, charset_from_content_type(meta["content_type"]))
    return FetchResult(**meta, body=body, text=text, encoding=encoding)


def is_retryable(error: Exception) -> bool:
    """Whether trying again later may help: timeouts, dropped connections, 5xx, 429."""
    return isinstance(error, IngestError) and error.retryable


def retry_delay(
    attempt: int,
    *,
    base: timedelta = timedelta(minutes=1),
    cap: timedelta = timedelta(hours=6),
    jitter: float = 0.1,
    rng: random.Random | None = None,
) -> timedelta:
    """How long to wait before try number `attempt + 1` after `attempt` failures in a row.

    Doubles from `base` and stops at `cap`; up to `jitter` of the delay is added at random so
    many failed sources do not all come back in the same second (the total never exceeds `cap`).
    """
    if attempt <= 0:
        return timedelta(0)
    exponent = min(attempt - 1, 32)  # 2**32 minutes already exceeds any sensible cap
    delay = min(base * (2**exponent), cap)
    spread = (rng or random).uniform(0, jitter)
    return min(delay * (1 + spread), cap)

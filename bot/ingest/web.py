"""Web polling: what one poll of a feed or an article page yields, independent of the store.

A feed poll fetches the feed (conditionally), then each entry's page, and falls back to the
feed's own text for an entry whose page cannot be fetched or read. Failures come back inside
the outcome, worded for the newsroom, so one broken source never stops the others.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, Field

from bot.config import Settings
from bot.ingest.downloads import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT_SECONDS,
    USER_AGENT,
    WEB_CONTENT_TYPES,
    WEB_PAGE_TYPES,
    FetchError,
    FetchProblem,
    FetchResult,
    fetch,
    web_client,
)
from bot.ingest.errors import IngestError
from bot.ingest.feeds import Feed, FeedEntry, article_from_entry, feed_links, parse_feed
from bot.ingest.pages import article_from_html
from bot.ingest.robots import RobotsRules
from bot.ingest.spacing import SiteSpacing
from bot.ingest.urls import is_web_address, outlet_from_domain
from bot.ingest.wire import wire_credit
from bot.models import ArticleDraft, Source, SourceKind, SourceState

# Pages of one feed fetched at the same time; enough to hide latency, few enough to be polite.
PAGE_WORKERS = 4
# Seconds between request starts to one site within a poll, unless its robots.txt asks for more.
SITE_INTERVAL_SECONDS = 1.0

# Where a feed title stops naming the outlet ("BBC News - World" → "BBC News").
FEED_TITLE_SEPARATORS = (" - ", " – ", " — ", " | ", ": ")


class Fetcher(Protocol):
    def __call__(self, url: str, **options) -> FetchResult: ...


EntryFilter = Callable[[FeedEntry], bool]


class PollOutcome(BaseModel):
    """What one poll produced: articles, the validators for the next conditional GET, and
    problems. `error` is set when the poll failed as a whole; `problems` lists entries that
    needed the feed's own text or were skipped, and damage the feed survived."""

    url: str
    kind: SourceKind
    drafts: list[ArticleDraft] = Field(default_factory=list)
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None
    feed_title: str | None = None
    problems: list[str] = Field(default_factory=list)
    error: str | None = None
    retryable: bool = False
    retry_after: float | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def outlet_from_feed_title(title: str) -> str | None:
    """The outlet a feed's title names, without its section ("Daily Planet | World" → "Daily Planet")."""
    for separator in FEED_TITLE_SEPARATORS:
        title = title.split(separator)[0]
    return title.strip() or None


@dataclass(frozen=True)
class FetchPolicy:
    """How a poll downloads: the fetcher (swappable in tests), size cap, timeout, page workers,
    and the gap between requests to one site.

    Every poll made with one policy shares its `SiteSpacing`, so back-to-back polls of two feeds
    on one site keep the gap too."""

    fetch: Fetcher = fetch
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT_SECONDS
    page_workers: int = PAGE_WORKERS
    allow_internal: bool = False
    spacing: SiteSpacing = field(default_factory=lambda: SiteSpacing(SITE_INTERVAL_SECONDS), compare=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchPolicy:
        return cls(max_bytes=settings.max_article_bytes, timeout=settings.fetch_timeout_seconds,
                   allow_internal=settings.fetch_internal_addresses,
                   spacing=SiteSpacing(settings.fetch_site_interval_seconds))


class _Poll:
    """One poll's requests: the policy and, for real downloads, one shared HTTP client."""

    def __init__(self, policy: FetchPolicy, client: httpx.Client | None) -> None:
        self.policy = policy
        self.client = client
        self.robots = RobotsRules(client, USER_AGENT) if client is not None else None

    def get(self, url: str, *, accept: frozenset[str], state: SourceState | None = None) -> FetchResult:
        if self.robots is not None and not self.robots.allows(url):
            raise FetchError(FetchProblem.DISALLOWED_BY_ROBOTS,
                             "The site's robots.txt asks bots not to fetch this page", url=url)
        self.policy.spacing.wait_turn(url, self.robots.crawl_delay(url) if self.robots is not None else None)
        options = {"max_bytes": self.policy.max_bytes, "timeout": self.policy.timeout, "accept": accept, "client": self.client}
        if state is not None:
            options.update(etag=state.etag, last_modified=state.last_modified)
        return self.policy.fetch(url, **options)

    def article(self, url: str, outlet: str | None) -> ArticleDraft:
        result = self.get(url, accept=WEB_PAGE_TYPES)
        return article_from_html(result.text, result.final_url, outlet=outlet)

    def entry_article(self, entry: FeedEntry, outlet: str | None) -> tuple[ArticleDraft | None, str | None]:
        """The article behind a feed entry, or the feed's own text for it, and any problem."""
        problem = None
        if entry.link:
            try:
                draft = self.article(entry.link, outlet)
            except IngestError as error:
                problem = f"{entry.link}: {error.message}"
            else:
                # The feed's date is made for machines; the page's byline and title are fuller.
                author = draft.author or entry.author
                return draft.model_copy(
                    update={
                        "published": entry.published or draft.published,
                        "title": draft.title or entry.title,
                        "author": author,
                        "wire_credit": draft.wire_credit or wire_credit(draft.text, author),
                    }
                ), None
        try:
            draft = article_from_entry(entry, outlet=outlet)
        except IngestError as error:
            return None, f"{problem}; the feed has no text for it either, so it was skipped" if problem else error.message
        return draft, f"{problem}; used the feed's own text instead" if problem else None


Done = TypeVar("Done")


def _run(work: Callable[[_Poll], Done], policy: FetchPolicy) -> Done:
    # Only the real fetcher needs a client; test fetchers get None and ignore it.
    client = web_client(allow_internal=policy.allow_internal) if policy.fetch is fetch else None
    try:
        return work(_Poll(policy, client))
    finally:
        if client is not None:
            client.close()


def _failed(url: str, kind: SourceKind, error: IngestError, state: SourceState | None) -> PollOutcome:
    return PollOutcome(
        url=url,
        kind=kind,
        error=error.message,
        retryable=error.retryable,
        retry_after=getattr(error, "retry_after", None),
        etag=state.etag if state else None,
        last_modified=state.last_modified if state else None,
    )


def _feed_outcome(
    poll: _Poll, url: str, result: FetchResult, feed: Feed, outlet: str | None, skip_entry: EntryFilter | None
) -> PollOutcome:
    outlet = outlet or outlet_from_feed_title(feed.title) or outlet_from_domain(result.final_url)
    entries = [entry for entry in feed.entries if skip_entry is None or not skip_entry(entry)]
    with ThreadPoolExecutor(max_workers=max(1, poll.policy.page_workers)) as pool:
        results = list(pool.map(lambda entry: poll.entry_article(entry, outlet), entries))
    return PollOutcome(
        url=url,
        kind=SourceKind.FEED,
        drafts=[draft for draft, _ in results if draft is not None],
        etag=result.etag,
        last_modified=result.last_modified,
        feed_title=feed.title or None,
        problems=feed.problems + [problem for _, problem in results if problem],
    )


def _page_outcome(url: str, result: FetchResult, outlet: str | None) -> PollOutcome:
    draft = article_from_html(result.text, result.final_url, outlet=outlet)
    return PollOutcome(
        url=url, kind=SourceKind.PAGE, drafts=[draft], etag=result.etag, last_modified=result.last_modified
    )


def _poll_web(
    url: str,
    kind: SourceKind | None,
    state: SourceState | None,
    outlet: str | None,
    policy: FetchPolicy,
    skip_entry: EntryFilter | None = None,
) -> PollOutcome:
    def work(poll: _Poll) -> PollOutcome:
        expected = kind or SourceKind.PAGE
        try:
            result = poll.get(url, accept=WEB_CONTENT_TYPES, state=state)
            if result.not_modified:
                return PollOutcome(
                    url=url,
                    kind=expected,
                    not_modified=True,
                    etag=result.etag or (state.etag if state else None),
                    last_modified=result.last_modified or (state.last_modified if state else None),
                )
            if kind is SourceKind.FEED or (kind is None and result.is_feed):
                expected = SourceKind.FEED
                feed = parse_feed(result.body, result.final_url, content_type=result.content_type)
                return _feed_outcome(poll, url, result, feed, outlet, skip_entry)
            return _page_outcome(url, result, outlet)
        except IngestError as error:
            return _failed(url, expected, error, state)

    return _run(work, policy)


DEFAULT_POLICY = FetchPolicy()


def poll_feed(
    url: str,
    state: SourceState | None = None,
    *,
    outlet: str | None = None,
    policy: FetchPolicy = DEFAULT_POLICY,
    skip_entry: EntryFilter | None = None,
) -> PollOutcome:
    """One poll of an RSS/Atom feed: conditional GET with `state`'s ETag/Last-Modified, then each
    entry's page extracted (feed text as fallback). `skip_entry` lets the caller pass over entries
    it already holds. Never raises for a bad feed or page; see `PollOutcome.error`/`problems`.
    """
    return _poll_web(url, SourceKind.FEED, state, outlet, policy, skip_entry)


def poll_page(
    url: str, state: SourceState | None = None, *, outlet: str | None = None, policy: FetchPolicy = DEFAULT_POLICY
) -> PollOutcome:
    """One poll of a single article page (conditional GET); its article, if it changed."""
    return _poll_web(url, SourceKind.PAGE, state, outlet, policy)


def ingest_address(url: str, *, outlet: str | None = None, policy: FetchPolicy = DEFAULT_POLICY) -> PollOutcome:
    """Everything at an address, once (`newsdesk ingest URL`): every entry if the server sends a
    feed, otherwise the article page. `PollOutcome.kind` says which it was."""
    return _poll_web(url, None, None, outlet, policy)


def poll_source(source: Source, *, policy: FetchPolicy = DEFAULT_POLICY, skip_entry: EntryFilter | None = None) -> PollOutcome:
    """One poll of a stored feed or page source, with its own name as outlet and its validators."""
    if source.kind is SourceKind.FOLDER or source.url is None:
        raise ValueError(f"poll_source handles feeds and pages, not {source.kind} {source.location!r}")
    return _poll_web(source.url, source.kind, source, source.name, policy, skip_entry)


def ingest_url(url: str, *, outlet: str | None = None, policy: FetchPolicy = DEFAULT_POLICY) -> ArticleDraft:
    """The article at a single URL, fetched and extracted; raises IngestError in plain words."""
    return _run(lambda poll: poll.article(url, outlet), policy)


class DiscoveredSource(BaseModel):
    """What `sources add` found at a location: the kind of source and where to poll it."""

    kind: SourceKind
    location: str
    title: str | None = None


def _is_front_page(url: str) -> bool:
    return urlsplit(url).path.strip("/") == ""


def discover_source(location: str, *, policy: FetchPolicy = DEFAULT_POLICY) -> DiscoveredSource:
    """Whether a location given to `sources add` is a feed, an article page or a local folder.

    A site's front page that advertises a feed becomes that feed (a front page is not an
    article). Fetches web addresses once or twice; raises IngestError in plain words when the
    address cannot be fetched or read, or the path is not a folder.
    """
    if not is_web_address(location):
        folder = Path(location).expanduser()
        if folder.is_dir():
            return DiscoveredSource(kind=SourceKind.FOLDER, location=str(folder.resolve()))
        raise IngestError(f"{location} is neither a web address nor a folder on this machine")

    def probe(poll: _Poll) -> DiscoveredSource:
        result = poll.get(location, accept=WEB_CONTENT_TYPES)
        if not result.is_feed and _is_front_page(result.final_url):
            advertised = feed_links(result.text, result.final_url)
            if not advertised:
                raise IngestError("This is a site's front page, not an article, and it names no feed; give the feed's address")
            result = poll.get(advertised[0], accept=WEB_CONTENT_TYPES)
        if result.is_feed:
            feed = parse_feed(result.body, result.final_url, content_type=result.content_type)
            return DiscoveredSource(kind=SourceKind.FEED, location=result.final_url, title=feed.title or None)
        return DiscoveredSource(kind=SourceKind.PAGE, location=result.final_url)

    return _run(probe, policy)

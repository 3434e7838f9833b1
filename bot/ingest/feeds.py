"""Feeds: RSS and Atom documents read with feedparser into entries a poll can follow."""

from __future__ import annotations

import io
import re
import time
from datetime import UTC, datetime
from html.parser import HTMLParser
from urllib.parse import urljoin

import feedparser
from pydantic import BaseModel, Field

from bot.ingest.errors import FeedError
from bot.ingest.pages import text_from_fragment
from bot.ingest.urls import canonical_url, is_web_address, outlet_from_domain
from bot.ingest.wire import wire_credit
from bot.models import ArticleDraft

# What a page's <link rel="alternate" type=…> says when it points at a feed.
FEED_LINK_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
# Feed links sit in the <head>; no need to parse a whole page for them.
FEED_LINK_WINDOW = 200_000

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_EMAIL_WITH_NAME = re.compile(r"^\S+@\S+\s*\((?P<name>[^)]*)\)$")


class FeedEntry(BaseModel):
    """One item of a feed: where its article lives and what the feed itself says about it."""

    link: str | None = None
    title: str = ""
    published: datetime | None = None
    author: str | None = None
    summary: str = ""
    content: str = ""

    @property
    def text(self) -> str:
        """The fullest text the feed carries for this entry (content, else summary)."""
        return self.content if len(self.content) >= len(self.summary) else self.summary


class Feed(BaseModel):
    """A parsed feed; `problems` lists what was wrong but did not stop the usable entries."""

    title: str = ""
    link: str | None = None
    entries: list[FeedEntry] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)


def _aware(parsed: time.struct_time | None) -> datetime | None:
    # feedparser has already converted every date it understood to UTC.
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def _entry_link(raw: feedparser.FeedParserDict, base: str | None) -> str | None:
    for candidate in (raw.get("link"), raw.get("id") if raw.get("guidislink", True) else None):
        if not candidate:
            continue
        address = urljoin(base, candidate) if base else candidate
        if is_web_address(address):
            return canonical_url(address)
    return None


def _entry_author(raw: feedparser.FeedParserDict) -> str | None:
    # feedparser's author_detail mangles "email (Name)", so the raw author string comes first.
    detail = raw.get("author_detail") or {}
    name = (raw.get("author") or detail.get("name") or "").strip()
    # RSS <author> is "email (Name)"; the name is the byline, a bare address is none.
    named = _EMAIL_WITH_NAME.match(name)
    if named:
        return named.group("name").strip() or None
    return None if "@" in name and " " not in name else name or None


def _entry_content(raw: feedparser.FeedParserDict) -> str:
    parts = [part.get("value", "") for part in raw.get("content") or []]
    return text_from_fragment("\n".join(parts)) if parts else ""


def _xml_problem(error: Exception | None) -> str:
    # The parser's own words ("mismatched tag"); its line numbers count lines feedparser added.
    if error is None:
        return "it is not well-formed"
    return getattr(error, "getMessage", lambda: str(error))()


def parse_feed(body: bytes, url: str | None = None, *, content_type: str | None = None) -> Feed:
    """The entries of an RSS/Atom feed given as bytes; relative links resolve against `url`.

    A malformed feed keeps whatever entries could be read and notes the damage in `problems`;
    entries without a date are kept undated, entries without a link are kept for their own text.
    Raises FeedError when nothing usable is left.
    """
    headers = {"content-type": content_type or "application/xml"}
    if url:
        headers["content-location"] = url
    # A stream, never a str: feedparser would fetch a str that looks like an address.
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    problems: list[str] = []
    damage = _xml_problem(parsed.get("bozo_exception")) if parsed.get("bozo") else None
    if not parsed.get("version") and not parsed.entries:
        if content_type and content_type.split(";")[0].strip().lower() in HTML_TYPES:
            raise FeedError("This is not an RSS or Atom feed: the address gives a web page")
        raise FeedError("This is not an RSS or Atom feed" + (f" ({damage})" if damage else ""))
    if damage:
        if not parsed.entries:
            raise FeedError(f"The feed is damaged and no entries could be read ({damage})")
        problems.append(f"The feed is damaged ({damage}); the entries that could be read were kept")
    entries = []
    for number, raw in enumerate(parsed.entries, start=1):
        entry = FeedEntry(
            link=_entry_link(raw, url),
            title=text_from_fragment(raw.get("title", "")),
            published=_aware(raw.get("published_parsed") or raw.get("updated_parsed")),
            author=_entry_author(raw),
            summary=text_from_fragment(raw.get("summary", "")),
            content=_entry_content(raw),
        )
        if entry.link is None and not entry.text:
            problems.append(f"Entry {number} ({entry.title or 'untitled'}) has no link and no text; skipped")
            continue
        entries.append(entry)
    if parsed.entries and not entries:
        damaged = f"The feed is damaged ({damage}) and" if damage else "In this feed,"
        raise FeedError(f"{damaged} none of the entries has a link or any text")
    feed = parsed.get("feed", {})
    return Feed(title=text_from_fragment(feed.get("title", "")), link=feed.get("link"), entries=entries, problems=problems)


class _FeedLinks(HTMLParser):
    """Collects <link rel="alternate" type="application/rss+xml" href="…"> from a page's markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link":
            return
        values = {name.lower(): (value or "").strip() for name, value in attrs}
        if "alternate" in values.get("rel", "").lower().split() and values.get("type", "").lower() in FEED_LINK_TYPES:
            if values.get("href"):
                self.hrefs.append(values["href"])


def feed_links(html: str, base_url: str) -> list[str]:
    """The feeds a web page advertises in its <head>, as absolute addresses, in page order."""
    parser = _FeedLinks()
    try:
        parser.feed(html[:FEED_LINK_WINDOW])
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; a broken page just advertises nothing
        return []
    found = [canonical_url(urljoin(base_url, href)) for href in parser.hrefs]
    return [link for index, link in enumerate(found) if is_web_address(link) and link not in found[:index]]


def article_from_entry(entry: FeedEntry, *, outlet: str | None = None) -> ArticleDraft:
    """The feed's own text for an entry as an article, for when its page cannot be fetched."""
    text = entry.text
    if not text:
        raise FeedError(f"The feed gives no text for {entry.link or entry.title or 'an entry'}")
    return ArticleDraft(
        text=text,
        title=entry.title,
        outlet=outlet or (outlet_from_domain(entry.link) if entry.link else "unknown"),
        url=entry.link,
        published=entry.published,
        author=entry.author,
        wire_credit=wire_credit(text, entry.author),
    )

"""Web pages: an article's main text and metadata extracted from HTML with trafilatura."""

from __future__ import annotations

import logging
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import trafilatura

from bot.ingest.charsets import decode_document
from bot.ingest.downloads import human_size
from bot.ingest.errors import PageError
from bot.ingest.urls import canonical_url, outlet_from_domain, site_domain
from bot.ingest.wire import wire_credit
from bot.models import ArticleDraft

log = logging.getLogger(__name__)

# htmldate returns the time and offset as well as the day when the page gives them.
DATE_PARAMETERS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}

# Below this many characters the fast extraction may have missed the article; try the fallbacks.
SHORT_TEXT = 200

# Fewer words than this is a menu or a cookie notice, not an article.
MIN_ARTICLE_WORDS = 5

# Extraction time grows with the markup, and news pages carry a few thousand tags; beyond this a
# page is generated junk that would hold a poll for many seconds.
MAX_MARKUP_TAGS = 50_000

# Tags whose end starts a new line in text taken from a feed's HTML content.
BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article", "pre"}
)
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template"})


def parse_published(value: str | None) -> datetime | None:
    """A publication time from ISO 8601 text ("2024-03-05T14:30:00+0100", "2024-03-05"); None if unreadable."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def _trusted_canonical(page_url: str | None, declared: str | None) -> str | None:
    """The page's own <link rel=canonical> if it stays on the same site and is not the home page."""
    if not declared:
        return None
    declared = canonical_url(declared)
    if page_url is None:
        return declared if declared.startswith(("http://", "https://")) else None
    if site_domain(declared) != site_domain(page_url):
        return None
    if declared.rstrip("/").count("/") <= 2 and canonical_url(page_url).rstrip("/").count("/") > 2:
        return None  # a canonical pointing at the front page is a template mistake
    return declared


def _extract(html: str, url: str | None, fast: bool):
    return trafilatura.bare_extraction(
        html,
        url=url,
        fast=fast,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=DATE_PARAMETERS,
    )


def _without_title(text: str, title: str) -> str:
    # trafilatura keeps the headline as the first line of the text; the draft has it as `title`.
    first, _, rest = text.partition("\n")
    return rest.lstrip() if title and first.strip() == title.strip() and rest.strip() else text


def article_from_html(
    html: str,
    url: str | None = None,
    *,
    outlet: str | None = None,
    source_path: str | None = None,
) -> ArticleDraft:
    """The article in an HTML page: main text, title, author, aware publication time, outlet
    (`outlet` if given, else the site name, else the domain), canonical URL and wire credit.

    Raises PageError, with a plain message, when the page holds no readable article text;
    malformed HTML never raises anything else.
    """
    if not html or not html.strip():
        raise PageError("The page is empty")
    if html.count("<") > MAX_MARKUP_TAGS:
        raise PageError(f"The page has too much markup to read (over {MAX_MARKUP_TAGS:,} tags)")
    try:
        document = _extract(html, url, fast=True)
        if document is None or len(document.text or "") < SHORT_TEXT:
            document = _extract(html, url, fast=False) or document
    except Exception as error:  # noqa: BLE001 - lxml and the extractors raise many kinds on broken markup
        log.warning("extraction failed for %s: %r", url or source_path, error)
        raise PageError("The page could not be read as HTML") from error
    if document is None or len((document.text or "").split()) < MIN_ARTICLE_WORDS:
        raise PageError("No article text found on the page")
    title = (document.title or "").strip()
    text = _without_title(document.text.strip(), title)
    author = (document.author or "").strip() or None
    address = _trusted_canonical(url, document.url) or (canonical_url(url) if url else None)
    return ArticleDraft(
        text=text,
        title=title,
        outlet=outlet or (document.sitename or "").strip() or (outlet_from_domain(address) if address else "unknown"),
        url=address,
        published=parse_published(document.date),
        author=author,
        wire_credit=wire_credit(text, author),
        source_path=source_path,
    )


def article_from_html_file(path: Path, *, max_bytes: int, outlet: str | None = None) -> ArticleDraft:
    """The article in a saved .html file, decoded whatever its charset; PageError if unreadable."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise PageError(f"The file is larger than {human_size(max_bytes)}")
        body = path.read_bytes()
    except OSError as error:
        raise PageError(f"The file could not be read ({error.strerror or error})") from None
    text, _ = decode_document(body)
    return article_from_html(text, None, outlet=outlet, source_path=str(path))


class _FragmentText(HTMLParser):
    """Collects the visible text of an HTML fragment, one line per block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_TAGS:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def text_from_fragment(html: str) -> str:
    """Plain text of an HTML fragment such as a feed entry's content: blocks become lines,
    scripts and styles vanish, entities are decoded. Never raises."""
    parser = _FragmentText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient, but a broken fragment must not stop a poll
        log.debug("unparseable feed fragment", exc_info=True)
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)

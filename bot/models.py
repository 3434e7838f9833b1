"""Pydantic models: the shapes that cross every boundary (ingest, extraction, store, Slack, CLI)."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Span = tuple[int, int]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


# --- Articles -------------------------------------------------------------------------------


class ArticleDraft(BaseModel):
    """An article as an ingest source hands it over, before the store gives it an id."""

    text: str
    title: str = ""
    outlet: str = "unknown"
    url: str | None = None
    published: datetime | None = None
    author: str | None = None
    wire_credit: str | None = None
    source_path: str | None = None

    @field_validator("published")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        # A naive time is ambiguous across newsrooms; we read it as UTC and say so in the docs.
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value

    @property
    def content_hash(self) -> str:
        normalised = " ".join(self.text.split()).lower()
        return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


class Article(ArticleDraft):
    id: int
    canonical_url: str | None = None
    duplicate_of: int | None = None
    ingested_at: datetime
    revised_at: datetime | None = None


# --- Sources -------------------------------------------------------------------------------


class SourceKind(StrEnum):
    FEED = "feed"
    PAGE = "page"
    FOLDER = "folder"


class SourceState(BaseModel):
    """What the poller remembers about a source between polls."""

    etag: str | None = None
    last_modified: str | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    failures: int = Field(default=0, ge=0)
    next_poll: datetime | None = None
    article_count: int = Field(default=0, ge=0)


class Source(SourceState):
    """A place articles come from: an RSS/Atom feed, a single article URL or a local folder.

    `url` is set for feeds and pages, `path` for folders. `name` is the outlet to record on
    its articles when the newsroom gave one (`--name`).
    """

    id: int | None = None
    kind: SourceKind
    url: str | None = None
    path: str | None = None
    name: str | None = None
    every: timedelta = timedelta(minutes=15)

    @property
    def location(self) -> str:
        return self.url or self.path or ""


# --- Extraction -----------------------------------------------------------------------------


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    UNKNOWN = "unknown"


class Speaker(Frozen):
    """A canonical speaker and the names it goes by ("Xi", "President Xi", "Xi Jinping")."""

    name: str
    kind: SpeakerKind = SpeakerKind.PERSON
    aliases: tuple[str, ...] = ()


class Quote(BaseModel):
    """Direct speech: the exact words inside quotation marks, with who said them.

    `spans` are offsets of the quoted words (marks excluded) in the article text; a quote
    split around its attribution ("…,” he said. “…”) has one span per part.
    """

    text: str
    spans: list[Span]
    speaker: str | None = None
    speaker_role: str | None = None
    speaker_span: Span | None = None
    speaker_kind: SpeakerKind = SpeakerKind.UNKNOWN
    cue: str | None = None
    via: str | None = None
    sentence: str = ""
    is_partial: bool = False
    is_scare_quote: bool = False
    confidence: float = Field(default=0.5, ge=0, le=1)


class ReportedSpeech(BaseModel):
    """Indirect attribution: "Trump revealed that China had agreed to …"."""

    content: str
    content_spans: list[Span]
    source: str | None = None
    source_role: str | None = None
    source_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    via: str | None = None
    sentence: str = ""
    confidence: float = Field(default=0.5, ge=0, le=1)


class Extraction(BaseModel):
    quotes: list[Quote] = Field(default_factory=list)
    reported: list[ReportedSpeech] = Field(default_factory=list)


class ClaimKind(StrEnum):
    ATTRIBUTED = "attributed"
    NUMERIC = "numeric"
    DATE = "date"
    NON_CONFIRMATION = "non_confirmation"


class Claim(BaseModel):
    """A check-worthy statement in an article, tied to its sentence."""

    kind: ClaimKind
    text: str
    sentence: str
    span: Span
    speaker: str | None = None
    cue: str | None = None
    value: float | None = None
    value_to: float | None = None
    unit: str | None = None
    hedge: str | None = None
    when: date | None = None
    # Last day of a date range ("in April", "the first half of the year"); None for one day.
    when_to: date | None = None
    # Relative time kept as written when it cannot be pinned to a day ("hours after").
    relation: str | None = None
    # The relaying outlet of an attributed claim ("according to Xinhua").
    via: str | None = None
    subject: str | None = None
    confidence: float = Field(default=0.5, ge=0, le=1)


# --- Stored results -------------------------------------------------------------------------


class StoredQuote(Quote):
    id: int
    article_id: int


class ArticleRef(BaseModel):
    """What a result needs to cite an article, without its text."""

    id: int
    title: str = ""
    outlet: str = "unknown"
    url: str | None = None
    canonical_url: str | None = None
    published: datetime | None = None
    wire_credit: str | None = None

    @property
    def link(self) -> str | None:
        return self.canonical_url or self.url


class QuoteHit(BaseModel):
    """One search result: the quote with the article facts a journalist needs to cite it."""

    quote: StoredQuote
    article: ArticleRef
    score: float
    open_flags: int = 0


class StoredClaim(Claim):
    id: int
    article_id: int


class ClaimHit(BaseModel):
    claim: StoredClaim
    article: ArticleRef
    score: float


# --- Search ---------------------------------------------------------------------------------


class SearchQuery(BaseModel):
    """A parsed `/quotes` or `/claims` request."""

    raw: str = ""
    speakers: list[str] = Field(default_factory=list)
    terms: list[str] = Field(default_factory=list)
    phrases: list[str] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list)
    since: datetime | None = None
    offset: int = Field(default=0, ge=0)
    limit: int = Field(default=5, ge=1, le=50)
    notes: list[str] = Field(default_factory=list)


class SearchResult(BaseModel):
    query: SearchQuery
    hits: list[QuoteHit]
    total: int
    capped: bool = False  # more matches exist than were ranked; `total` is a lower bound
    explanation: str | None = None
    suggestions: list[str] = Field(default_factory=list)


class ClaimSearchResult(BaseModel):
    query: SearchQuery
    hits: list[ClaimHit]
    total: int
    capped: bool = False
    explanation: str | None = None
    suggestions: list[str] = Field(default_factory=list)


# --- Stories and discrepancies ----------------------------------------------------------------


class Story(BaseModel):
    id: int
    title: str
    article_ids: list[int]
    first_seen: datetime | None = None
    last_seen: datetime | None = None


class ArticleEvidence(BaseModel):
    """One article of a story with what was extracted from it: the input to discrepancy finding."""

    id: int
    outlet: str = "unknown"
    url: str | None = None
    title: str = ""
    text: str
    published: datetime | None = None
    duplicate_of: int | None = None
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)

    @classmethod
    def from_article(
        cls, article: Article, quotes: list[Quote], claims: list[Claim]
    ) -> ArticleEvidence:
        return cls(
            id=article.id,
            outlet=article.outlet,
            url=article.canonical_url or article.url,
            title=article.title,
            text=article.text,
            published=article.published,
            duplicate_of=article.duplicate_of,
            quotes=quotes,
            claims=claims,
        )


class DiscrepancyKind(StrEnum):
    UNCONFIRMED = "unconfirmed"
    QUOTE_VARIANT = "quote_variant"
    NUMERIC_CONFLICT = "numeric_conflict"
    ATTRIBUTION_CONFLICT = "attribution_conflict"
    RELAY_DIFFERENCE = "relay_difference"
    COVERAGE_GAP = "coverage_gap"


class Evidence(Frozen):
    article_id: int
    outlet: str
    url: str | None
    sentence: str


class Discrepancy(BaseModel):
    kind: DiscrepancyKind
    story_id: int | None = None
    summary: str
    evidence: list[Evidence]
    confidence: float = Field(ge=0, le=1)


# --- Flags ----------------------------------------------------------------------------------


class FlagReason(StrEnum):
    FACTUAL_ERROR = "factual_error"
    MISATTRIBUTED_QUOTE = "misattributed_quote"
    LEGAL_REVIEW = "legal_review"
    DUPLICATE = "duplicate"
    OTHER = "other"


class FlagStatus(StrEnum):
    OPEN = "open"
    IN_REVIEW = "in_review"
    RESOLVED = "resolved"
    DISMISSED = "dismissed"


class Flag(BaseModel):
    id: int
    article_id: int | None
    reason: FlagReason
    note: str = ""
    flagger: str
    channel: str | None = None
    permalink: str | None = None
    status: FlagStatus = FlagStatus.OPEN
    assignee: str | None = None
    quote_id: int | None = None
    claim_id: int | None = None
    review_channel: str | None = None
    review_message_ts: str | None = None
    # What was flagged, copied when the flag is raised so it still reads after the article goes.
    article_title: str = ""
    article_outlet: str = ""
    article_url: str | None = None
    excerpt: str = ""
    created_at: datetime
    updated_at: datetime


class FlagRequest(BaseModel):
    """A request to flag an article, as a command, shortcut, button or modal hands it over."""

    article_id: int | None = None
    url: str | None = None
    quote_id: int | None = None
    claim_id: int | None = None
    reason: FlagReason = FlagReason.OTHER
    note: str = ""
    flagger: str
    channel: str | None = None
    permalink: str | None = None
    # The same key twice (a Slack retry, a resubmitted modal) never makes a second flag.
    idempotency_key: str | None = None


class FlagEvent(BaseModel):
    flag_id: int
    actor: str
    at: datetime
    from_status: FlagStatus | None
    to_status: FlagStatus
    note: str = ""


# --- Digests --------------------------------------------------------------------------------


class Subscription(BaseModel):
    channel_id: str
    team_id: str | None = None
    post_time: time
    timezone: str
    post_when_empty: bool = True
    created_by: str | None = None
    created_at: datetime | None = None


DigestState = Literal["claimed", "posted", "failed", "skipped"]


class DigestRecord(BaseModel):
    channel_id: str
    digest_date: date
    state: DigestState
    message_ts: str | None = None
    error: str | None = None
    attempts: int = 0
    updated_at: datetime
    covers_until: datetime | None = None
    claimed_by: str | None = None
    thread_parts_posted: int = 0


class DigestEntry(BaseModel):
    """One new article in a digest, with the wire copies that repeat it."""

    article: Article
    wire_copies: list[Article] = Field(default_factory=list)
    # A copy whose original ran in an earlier digest stands on its own, marked as a copy.
    copy_of_earlier: bool = False
    open_flags: int = 0


class DigestStory(BaseModel):
    """A story's new articles and its discrepancies; an article with no story is its own group."""

    story_id: int | None = None
    title: str
    entries: list[DigestEntry]
    discrepancies: list[Discrepancy] = Field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        seen: dict[str, None] = {}
        for entry in self.entries:
            for article in (entry.article, *entry.wire_copies):
                seen.setdefault(article.outlet, None)
        return list(seen)


class ReviewQueue(BaseModel):
    """Flags awaiting an editor: how many, and since when the oldest has waited."""

    awaiting: int = 0
    oldest_at: datetime | None = None
    oldest_flag_id: int | None = None


class Digest(BaseModel):
    """What one channel's digest says: new articles by story, discrepancies, the review queue."""

    channel_id: str
    digest_date: date
    timezone: str
    since: datetime | None
    until: datetime
    stories: list[DigestStory] = Field(default_factory=list)
    # Discrepancies the finder returned without a story in this digest: shown, never dropped.
    other_discrepancies: list[Discrepancy] = Field(default_factory=list)
    review: ReviewQueue = Field(default_factory=ReviewQueue)

    @property
    def article_count(self) -> int:
        return sum(len(story.entries) for story in self.stories)

    @property
    def wire_copy_count(self) -> int:
        return sum(len(entry.wire_copies) for story in self.stories for entry in story.entries)

    @property
    def discrepancy_count(self) -> int:
        return sum(len(story.discrepancies) for story in self.stories) + len(self.other_discrepancies)

    @property
    def is_empty(self) -> bool:
        """No news: nothing new and no discrepancies (waiting flags alone do not make news)."""
        return not self.stories and not self.other_discrepancies


class IngestReport(BaseModel):
    """What one `ingest` run did; one bad input never hides the others."""

    new: list[int] = Field(default_factory=list)
    known: list[int] = Field(default_factory=list)
    updated: list[int] = Field(default_factory=list)
    failed: list[tuple[str, str]] = Field(default_factory=list)

    def summary_line(self) -> str:
        line = f"{len(self.new)} new, {len(self.known)} already known, {len(self.failed)} failed"
        if self.updated:
            line += f", {len(self.updated)} updated"
        return line

"""Story grouping: which articles, across outlets, report the same event.

Articles arrive one at a time and `StoryGrouper.assign` puts each into an existing story or
opens a new one. Each article becomes a TF-IDF vector of its salient terms (names and headline
words boosted, see `bot.story_terms`); each story keeps the summed vector of its members (its
centroid). A new article is compared only with the stories that share one of its most salient
terms (an inverted index, "blocking") and that were active within `window` of its publication
time; it joins the most similar one above `threshold`. So the work per article is bounded by
`MAX_CANDIDATES` comparisons, never by the size of the archive.

Wire copies count once: an article marked as a duplicate joins its original's story without
adding its words to the centroid again. The outcome depends only on the order of `assign`
calls; `rebuild` replays articles in (published, id) order so a restart regroups identically.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice

from bot.dedup import DuplicateIndex
from bot.models import Article, Story
from bot.story_terms import SalientTerms, boost, headline_terms, salient_terms

# Outlets cover one event over a few days (a follow-up, a later time zone, a weekend edition).
STORY_WINDOW = timedelta(days=5)
# Cosine similarity between an article and a story centroid needed to join the story.
JOIN_SIMILARITY = 0.2
# Headlines of one event almost always share a word ("strike", "Okafor", "Marlow"). An
# article whose headline shares none with the story's headlines is more likely a follow-up event
# on the same beat, so it must be this much more similar to join.
HEADLINE_MISMATCH_PENALTY = 0.1
HEADLINE_COMMON_SHARE = 0.3  # headline words in more articles than this do not count as shared
ARTICLE_TERMS = 60  # an article's vector keeps its heaviest terms only
CENTROID_TERMS = 200  # and a story's centroid likewise, so long stories stay small
BLOCKING_TERMS = 15  # the terms looked up in the inverted index for candidates
MAX_CANDIDATES = 25  # stories actually compared with a new article
POSTING_SCAN = 400  # most recent stories examined per blocking term
# A term in more than this share of articles cannot tell events apart; it is not used to block.
COMMON_TERM_SHARE = 0.15
MIN_ARTICLES_FOR_COMMON = 50


@dataclass(frozen=True)
class StoryInput:
    """What the grouper needs from an article."""

    id: int
    title: str
    text: str
    outlet: str = "unknown"
    published: datetime | None = None
    duplicate_of: int | None = None
    # Precomputed salient terms (a worker process can find them); None: found on assignment.
    terms: SalientTerms | None = None

    @classmethod
    def from_article(cls, article: Article) -> StoryInput:
        """Build from a `bot.models.Article` (or anything with the same attributes)."""
        return cls(
            id=article.id,
            title=article.title or "",
            text=article.text or "",
            outlet=article.outlet or "unknown",
            published=article.published,
            duplicate_of=getattr(article, "duplicate_of", None),
        )


@dataclass
class StoryGroup:
    """One story: its key (the id of the article that opened it), members and time span."""

    key: int
    title: str
    article_ids: list[int]
    outlets: list[str]
    first_seen: datetime
    last_seen: datetime

    def to_model(self, story_id: int | None = None) -> Story:
        return Story(
            id=self.key if story_id is None else story_id,
            title=self.title,
            article_ids=list(self.article_ids),
            first_seen=self.first_seen,
            last_seen=self.last_seen,
        )


@dataclass
class _Member:
    id: int
    title: str
    outlet: str
    published: datetime
    vector: dict[str, float]
    duplicate: bool


@dataclass
class _Story:
    key: int
    first_seen: datetime
    last_seen: datetime
    members: list[_Member] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    norm: float = 0.0
    headlines: set[str] = field(default_factory=set)

    def active_at(self, when: datetime, window: timedelta) -> bool:
        return self.first_seen - window <= when <= self.last_seen + window


def _utc(when: datetime | date | None) -> datetime | None:
    """An aware datetime; naive times are read as UTC, bare dates as midnight UTC."""
    if when is None:
        return None
    if not isinstance(when, datetime):
        if not isinstance(when, date):
            return None
        when = datetime.combine(when, time())
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when


def cosine(vector: dict[str, float], centroid: dict[str, float], norm: float) -> float:
    """Cosine of a unit-length article vector with a centroid of the given norm."""
    if not norm:
        return 0.0
    if len(vector) > len(centroid):
        vector, centroid = centroid, vector
    return sum(w * centroid.get(t, 0.0) for t, w in vector.items()) / norm


class StoryGrouper:
    """Incrementally groups articles into stories; see the module docstring for the method.

    `comparisons` counts article-to-story similarity computations, the work that an all-pairs
    method would make quadratic.
    """

    def __init__(
        self,
        window: timedelta = STORY_WINDOW,
        threshold: float = JOIN_SIMILARITY,
        duplicates: DuplicateIndex | None = None,
    ) -> None:
        self.window = window
        self.threshold = threshold
        # When given, the grouper asks this index whether an unmarked article is a reprint.
        self.duplicates = duplicates
        self.comparisons = 0
        self._reset()

    def _reset(self) -> None:
        self._stories: dict[int, _Story] = {}
        self._story_of: dict[int, int] = {}
        self._postings: dict[str, dict[int, None]] = {}
        self._df: Counter[str] = Counter()
        self._articles = 0
        self._clock: datetime | None = None
        self.comparisons = 0

    # --- vectors ------------------------------------------------------------------------------

    def _idf(self, term: str) -> float:
        return math.log((self._articles + 1) / (self._df[term] + 1)) + 1.0

    def _vector(self, article: StoryInput) -> dict[str, float]:
        terms = article.terms or salient_terms(article.title, article.text)
        self._articles += 1
        self._df.update(terms.counts.keys())
        weights = {
            term: (1.0 + math.log(count)) * self._idf(term) * boost(term, terms.names)
            for term, count in terms.counts.items()
        }
        top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:ARTICLE_TERMS]
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        return {term: w / norm for term, w in top}

    def _is_common(self, term: str, share: float = COMMON_TERM_SHARE) -> bool:
        return self._articles >= MIN_ARTICLES_FOR_COMMON and self._df[term] > share * self._articles

    def _blocking_terms(self, vector: dict[str, float]) -> list[str]:
        ranked = sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))
        return [t for t, _ in ranked if not self._is_common(t)][:BLOCKING_TERMS]

    # --- assignment ---------------------------------------------------------------------------

    def _candidates(self, blocking: list[str], when: datetime) -> list[_Story]:
        shared: Counter[int] = Counter()
        for term in blocking:
            posting = self._postings.get(term)
            if not posting:
                continue
            for key in islice(reversed(posting), POSTING_SCAN):
                if self._stories[key].active_at(when, self.window):
                    shared[key] += 1
        ranked = sorted(shared.items(), key=lambda kv: (-kv[1], -self._stories[kv[0]].key))
        return [self._stories[key] for key, _ in ranked[:MAX_CANDIDATES]]

    def _bar(self, headline: frozenset[str], story: _Story) -> float:
        """The similarity an article with this headline needs to join `story`."""
        if not headline or not story.headlines:
            return self.threshold  # an empty headline is no evidence either way
        # "GOP" or "Obama" in both headlines says nothing about the event.
        if any(not self._is_common(t, HEADLINE_COMMON_SHARE) for t in headline & story.headlines):
            return self.threshold
        return self.threshold + HEADLINE_MISMATCH_PENALTY

    def _best_story(
        self, vector: dict[str, float], headline: frozenset[str], when: datetime
    ) -> _Story | None:
        best: tuple[float, int] | None = None
        chosen = None
        for story in self._candidates(self._blocking_terms(vector), when):
            self.comparisons += 1
            score = cosine(vector, story.centroid, story.norm)
            # Ties go to the older story so the outcome never depends on dict order.
            if score >= self._bar(headline, story) and (
                best is None or (score, -story.key) > best
            ):
                best, chosen = (score, -story.key), story
        return chosen

    def _add_to_centroid(self, story: _Story, vector: dict[str, float]) -> None:
        centroid = story.centroid
        for term, w in vector.items():
            centroid[term] = centroid.get(term, 0.0) + w
        if len(centroid) > CENTROID_TERMS:
            kept = sorted(centroid.items(), key=lambda kv: (-kv[1], kv[0]))[:CENTROID_TERMS]
            story.centroid = centroid = dict(kept)
        story.norm = math.sqrt(sum(w * w for w in centroid.values()))
        for term in self._blocking_terms(vector):
            posting = self._postings.setdefault(term, {})
            posting.pop(story.key, None)  # re-insert at the end: most recent first when scanning
            posting[story.key] = None

    def _when(self, article: StoryInput) -> datetime:
        # Without a publication time we fall back to the latest time seen: "arrived now".
        when = _utc(article.published) or self._clock or datetime(1970, 1, 1, tzinfo=UTC)
        if self._clock is None or when > self._clock:
            self._clock = when
        return when

    def _join(self, story: _Story, member: _Member) -> int:
        story.members.append(member)
        story.first_seen = min(story.first_seen, member.published)
        story.last_seen = max(story.last_seen, member.published)
        self._story_of[member.id] = story.key
        return story.key

    def assign(self, article: StoryInput) -> int:
        """Put `article` into a story and return the story's key (stable across rebuilds)."""
        if article.id in self._story_of:
            return self._story_of[article.id]
        when = self._when(article)
        original = article.duplicate_of
        if original is None and self.duplicates is not None:
            if article.id in self.duplicates:  # already indexed, e.g. during a rebuild
                root = self.duplicates.original_of(article.id)
                original = None if root == article.id else root
            else:
                original = self.duplicates.add(article.id, article.text)
        if original is not None and original in self._story_of:
            story = self._stories[self._story_of[original]]
            member = _Member(article.id, article.title, article.outlet, when, {}, True)
            return self._join(story, member)
        vector = self._vector(article)
        headline = headline_terms(article.title)
        story = self._best_story(vector, headline, when) if vector else None
        if story is None:
            story = _Story(key=article.id, first_seen=when, last_seen=when)
            self._stories[story.key] = story
        self._add_to_centroid(story, vector)
        story.headlines.update(headline)
        member = _Member(article.id, article.title, article.outlet, when, vector, False)
        return self._join(story, member)

    def rebuild(self, articles: Iterable[StoryInput]) -> None:
        """Forget everything and regroup `articles` in (published, id) order."""
        self._reset()
        epoch = datetime(1970, 1, 1, tzinfo=UTC)
        for article in sorted(articles, key=lambda a: (_utc(a.published) or epoch, a.id)):
            self.assign(article)

    # --- reading ------------------------------------------------------------------------------

    def story_of(self, article_id: int) -> int | None:
        """The key of the story holding `article_id`, or None if it was never assigned."""
        return self._story_of.get(article_id)

    def _title(self, story: _Story) -> str:
        """The headline of the member closest to the story's centre; earliest wins ties."""
        best: tuple[float, datetime, int] | None = None
        title = ""
        for m in story.members:
            if m.duplicate or not m.title.strip():
                continue
            rank = (-cosine(m.vector, story.centroid, story.norm), m.published, m.id)
            if best is None or rank < best:
                best, title = rank, m.title.strip()
        return title or next((m.title.strip() for m in story.members if m.title.strip()), "")

    def _group(self, story: _Story) -> StoryGroup:
        members = sorted(story.members, key=lambda m: (m.published, m.id))
        return StoryGroup(
            key=story.key,
            title=self._title(story),
            article_ids=[m.id for m in members],
            outlets=sorted({m.outlet for m in members}),
            first_seen=story.first_seen,
            last_seen=story.last_seen,
        )

    def story_size(self, key: int) -> int:
        story = self._stories.get(key)
        return len(story.members) if story else 0

    def story_last_seen(self, key: int) -> datetime | None:
        story = self._stories.get(key)
        return story.last_seen if story else None

    def story(self, key: int) -> StoryGroup | None:
        """One story by key, with its chosen title and members in time order."""
        story = self._stories.get(key)
        return self._group(story) if story else None

    def stories(self) -> list[StoryGroup]:
        """All stories, oldest first, each with its chosen title and members in time order."""
        return [self._group(s) for s in sorted(self._stories.values(), key=lambda s: (s.first_seen, s.key))]

"""What goes in a channel's digest: the articles stored in its window, grouped by story, with
each story's discrepancies and the flags still waiting for an editor."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.models import Article, Digest, DigestEntry, DigestStory, Discrepancy, ReviewQueue
from bot.store.articles import article_from_row, as_utc
from bot.store.flags import OPEN_STATUSES, open_flag_counts
from bot.store.tables import ArticleRow, FlagRow, StoryRow

log = logging.getLogger(__name__)

DiscrepancyFinder = Callable[[list[int]], list[Discrepancy]]
# Following `duplicate_of` more than this many hops means a loop in the data, not a wire chain.
MAX_COPY_HOPS = 10


def no_discrepancies(story_ids: list[int]) -> list[Discrepancy]:
    """The finder used until story discrepancy detection is wired in."""
    return []


def window_rows(session: Session, since: datetime | None, until: datetime,
                already_listed: frozenset[int] = frozenset()) -> list[ArticleRow]:
    """Articles stored after `since` (exclusive) and up to `until` (inclusive), oldest first,
    except those an earlier digest already listed."""
    query = select(ArticleRow).where(ArticleRow.ingested_at <= until).order_by(ArticleRow.ingested_at, ArticleRow.id)
    if since is not None:
        query = query.where(ArticleRow.ingested_at > since)
    return [row for row in session.scalars(query) if row.id not in already_listed]


def _original_in_window(row: ArticleRow, by_id: dict[int, ArticleRow]) -> ArticleRow | None:
    """The first article in the window this one copies, following chains of copies."""
    current, hops = row, 0
    while current.duplicate_of is not None and current.duplicate_of in by_id and hops < MAX_COPY_HOPS:
        current, hops = by_id[current.duplicate_of], hops + 1
    return current if current is not row else None


def group_entries(rows: list[ArticleRow]) -> list[tuple[ArticleRow, DigestEntry]]:
    """One entry per original article; wire copies are listed under it, not counted apart."""
    by_id = {row.id: row for row in rows}
    entries: dict[int, DigestEntry] = {}
    heads: dict[int, ArticleRow] = {}
    copies: list[tuple[ArticleRow, ArticleRow]] = []
    for row in rows:
        original = _original_in_window(row, by_id)
        if original is not None:
            copies.append((original, row))
            continue
        heads[row.id] = row
        entries[row.id] = DigestEntry(article=article_from_row(row), copy_of_earlier=row.duplicate_of is not None)
    for original, row in copies:
        entries[original.id].wire_copies.append(article_from_row(row))
    return [(heads[key], entries[key]) for key in entries]


def _latest(story: DigestStory) -> datetime:
    times = [as_utc(e.article.published or e.article.ingested_at) for e in story.entries]
    return max(times)


def group_stories(session: Session, entries: list[tuple[ArticleRow, DigestEntry]]) -> list[DigestStory]:
    """Entries grouped by their story; the biggest and then the freshest stories first."""
    grouped: dict[int | None, list[DigestEntry]] = {}
    loose: list[DigestEntry] = []
    for row, entry in entries:
        if row.story_id is None:
            loose.append(entry)
        else:
            grouped.setdefault(row.story_id, []).append(entry)
    titles = {}
    if grouped:
        titles = dict(session.execute(select(StoryRow.id, StoryRow.title).where(StoryRow.id.in_(list(grouped)))).all())
    stories = [
        DigestStory(story_id=story_id, title=titles.get(story_id) or members[0].article.title or "Untitled story",
                    entries=members)
        for story_id, members in grouped.items()
    ]
    stories += [DigestStory(title=entry.article.title or "Untitled article", entries=[entry]) for entry in loose]
    stories.sort(key=lambda s: (-len(s.entries), -_latest(s).timestamp()))
    return stories


def attach_discrepancies(digest: Digest, discrepancies_for: DiscrepancyFinder) -> None:
    """Put each discrepancy under its story; any the stories do not claim are kept apart."""
    story_ids = [s.story_id for s in digest.stories if s.story_id is not None]
    if not story_ids:
        return
    try:
        found = discrepancies_for(story_ids)
    except Exception:  # a broken finder must not cost editors the rest of their digest
        log.exception("discrepancy finder failed for stories %s; digest goes out without them", story_ids)
        return
    by_story = {s.story_id: s for s in digest.stories if s.story_id is not None}
    for discrepancy in found:
        story = by_story.get(discrepancy.story_id)
        (story.discrepancies if story else digest.other_discrepancies).append(discrepancy)


def review_queue(session: Session) -> ReviewQueue:
    """How many flags await review (open or in review), and the oldest of them."""
    count = session.scalar(select(func.count()).select_from(FlagRow).where(FlagRow.status.in_(OPEN_STATUSES))) or 0
    if not count:
        return ReviewQueue()
    oldest = session.execute(
        select(FlagRow.id, FlagRow.created_at).where(FlagRow.status.in_(OPEN_STATUSES))
        .order_by(FlagRow.created_at, FlagRow.id).limit(1)
    ).one()
    return ReviewQueue(awaiting=count, oldest_at=as_utc(oldest.created_at), oldest_flag_id=oldest.id)


def build_digest(
    session: Session,
    channel_id: str,
    digest_date: date,
    timezone: str,
    since: datetime | None,
    until: datetime,
    discrepancies_for: DiscrepancyFinder = no_discrepancies,
    already_listed: frozenset[int] = frozenset(),
) -> Digest:
    """The digest of articles stored in (since, until] for one channel and local date."""
    since = since.astimezone(UTC) if since else None  # SQLite compares times as text: UTC only
    entries = group_entries(window_rows(session, since, until.astimezone(UTC), already_listed))
    flags = open_flag_counts(session, [row.id for row, _entry in entries])
    for row, entry in entries:
        entry.open_flags = flags.get(row.id, 0)
    digest = Digest(channel_id=channel_id, digest_date=digest_date, timezone=timezone, since=since, until=until,
                    stories=group_stories(session, entries), review=review_queue(session))
    attach_discrepancies(digest, discrepancies_for)
    return digest


def all_articles(digest: Digest) -> list[Article]:
    """Every article the digest mentions, copies included: what a reader can check nothing lost."""
    return [a for s in digest.stories for e in s.entries for a in (e.article, *e.wire_copies)]

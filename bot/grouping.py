"""Wire copies and stories for stored articles: the duplicate index and story grouper of one
database, kept in memory and written back to the store as each article arrives.

The memory starts empty and catches up from the store on first use, and again whenever another
process has stored articles it has not seen. `regroup_all` rebuilds it and rewrites every
article's story from scratch (`newsdesk stories --rebuild`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bot.dedup import DuplicateIndex, Fingerprint, fingerprint
from bot.stories import StoryGrouper, StoryInput
from bot.store.articles import as_utc
from bot.store.tables import ArticleRow, StoryRow

STORY_INPUT_COLUMNS = (ArticleRow.id, ArticleRow.title, ArticleRow.text, ArticleRow.outlet, ArticleRow.published,
                       ArticleRow.ingested_at, ArticleRow.duplicate_of, ArticleRow.fingerprint)


@dataclass
class StoryMemory:
    duplicates: DuplicateIndex = field(default_factory=DuplicateIndex)
    grouper: StoryGrouper = field(default_factory=StoryGrouper)
    seen_up_to: int = 0
    lock: threading.RLock = field(default_factory=threading.RLock)

    def reset(self) -> None:
        self.duplicates = DuplicateIndex()
        self.grouper = StoryGrouper()
        self.seen_up_to = 0


_memories: dict[str, StoryMemory] = {}
_memories_lock = threading.Lock()


def memory_for(session: Session) -> StoryMemory:
    key = str(session.get_bind().url)
    with _memories_lock:
        return _memories.setdefault(key, StoryMemory())


def _story_input(row) -> StoryInput:
    return StoryInput(id=row.id, title=row.title or "", text=row.text, outlet=row.outlet,
                      published=as_utc(row.published or row.ingested_at), duplicate_of=row.duplicate_of)


def _catch_up(session: Session, memory: StoryMemory, before: int) -> None:
    """Feed the memory the stored articles it has not seen (ids in (seen_up_to, before))."""
    latest = session.scalar(select(func.max(ArticleRow.id)).where(ArticleRow.id < before)) or 0
    if latest <= memory.seen_up_to:
        return
    rows = session.execute(
        select(*STORY_INPUT_COLUMNS)
        .where(ArticleRow.id > memory.seen_up_to, ArticleRow.id < before)
        .order_by(ArticleRow.id)
    ).all()
    for row in rows:
        fp = Fingerprint.from_list(row.fingerprint) if row.fingerprint else fingerprint(row.text)
        memory.duplicates.add_fingerprint(row.id, fp, duplicate_of=row.duplicate_of)
        memory.grouper.assign(_story_input(row))
    memory.seen_up_to = max(memory.seen_up_to, latest)


def _story_row(session: Session, memory: StoryMemory, key: int) -> StoryRow:
    group = memory.grouper.story(key)
    row = session.scalar(select(StoryRow).where(StoryRow.key == str(key)))
    if row is None:
        row = StoryRow(key=str(key))
        session.add(row)
    row.title = group.title
    row.first_seen, row.last_seen = group.first_seen, group.last_seen
    session.flush()
    return row


def group_article(session: Session, article: ArticleRow) -> None:
    """Link `article` to the first copy it reprints, if any, and put it in a story."""
    memory = memory_for(session)
    with memory.lock:
        if memory.grouper.story_of(article.id) is not None:
            # An id the memory already holds: a rolled-back insert left a phantom. Start over.
            memory.reset()
        _catch_up(session, memory, before=article.id)
        fp = fingerprint(article.text)
        original = memory.duplicates.find_duplicate_of(fp, exclude=article.id)
        memory.duplicates.add_fingerprint(article.id, fp, duplicate_of=original)
        article.fingerprint = fp.to_list()
        article.duplicate_of = original
        key = memory.grouper.assign(_story_input(article))
        article.story_id = _story_row(session, memory, key).id
        memory.seen_up_to = max(memory.seen_up_to, article.id)


def regroup_all(session: Session) -> int:
    """Rebuild the memory from every stored article and rewrite every story; returns the count."""
    memory = memory_for(session)
    with memory.lock:
        memory.reset()
        _catch_up(session, memory, before=(session.scalar(select(func.max(ArticleRow.id))) or 0) + 1)
        groups = memory.grouper.stories()
        for group in groups:
            story = _story_row(session, memory, group.key)
            session.execute(update(ArticleRow).where(ArticleRow.id.in_(group.article_ids)).values(story_id=story.id))
        return len(groups)

"""Wire copies and stories for stored articles: the duplicate index and story grouper of one
database, kept in memory and written back to the store as each article arrives.

The memory starts empty and catches up from the store on first use, and again whenever another
process has stored articles it has not seen. `regroup_all` rebuilds it and rewrites every
article's story from scratch (`newsdesk stories --rebuild`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from sqlalchemy import event, func, select, update
from sqlalchemy.orm import Session

from bot.dedup import DuplicateIndex, Fingerprint, fingerprint
from bot.stories import StoryGrouper, StoryInput
from bot.story_terms import SalientTerms
from bot.store.articles import as_utc
from bot.store.tables import ArticleRow, StoryRow

STORY_INPUT_COLUMNS = (ArticleRow.id, ArticleRow.title, ArticleRow.text, ArticleRow.outlet, ArticleRow.published,
                       ArticleRow.ingested_at, ArticleRow.duplicate_of, ArticleRow.fingerprint)


@dataclass
class StoryMemory:
    duplicates: DuplicateIndex = field(default_factory=DuplicateIndex)
    grouper: StoryGrouper = field(default_factory=StoryGrouper)
    seen_up_to: int = 0
    story_ids: dict[int, int] = field(default_factory=dict)  # grouper key → StoryRow.id
    lock: threading.RLock = field(default_factory=threading.RLock)

    def reset(self) -> None:
        self.duplicates = DuplicateIndex()
        self.grouper = StoryGrouper()
        self.seen_up_to = 0
        self.story_ids = {}


_GROUPED = "grouped_into"


@event.listens_for(Session, "after_rollback")
def _forget_rolled_back_grouping(session: Session) -> None:
    # The memory took in an article (and maybe a story) that was never stored: start over.
    memory = session.info.pop(_GROUPED, None)
    if memory is not None:
        with memory.lock:
            memory.reset()


@event.listens_for(Session, "after_commit")
def _grouping_committed(session: Session) -> None:
    session.info.pop(_GROUPED, None)


_memories: dict[str, StoryMemory] = {}
_memories_lock = threading.Lock()


def memory_for(session: Session) -> StoryMemory:
    key = str(session.get_bind().url)
    with _memories_lock:
        return _memories.setdefault(key, StoryMemory())


def _story_input(row, terms: SalientTerms | None = None) -> StoryInput:
    return StoryInput(id=row.id, title=row.title or "", text=row.text, outlet=row.outlet,
                      published=as_utc(row.published or row.ingested_at), duplicate_of=row.duplicate_of, terms=terms)


def _catch_up(session: Session, memory: StoryMemory, before: int) -> None:
    """Feed the memory the stored articles it has not seen (ids in (seen_up_to, before))."""
    if before == memory.seen_up_to + 1:
        return  # the usual case: this process stored the article just before
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


def _retitle(size: int) -> bool:
    # Choosing a title compares every member with the story's centre, so a growing story is
    # retitled at sizes 1-8 and then at each power of two: the title settles as it grows.
    return size <= 8 or size & (size - 1) == 0


def _story_id(session: Session, memory: StoryMemory, key: int, force_title: bool = False) -> int:
    """The StoryRow for a grouper key, created or brought up to date; returns its id."""
    story_id = memory.story_ids.get(key)
    if story_id is None:
        story_id = session.scalar(select(StoryRow.id).where(StoryRow.key == str(key)))
    size = memory.grouper.story_size(key)
    if story_id is None:
        group = memory.grouper.story(key)
        row = StoryRow(key=str(key), title=group.title, first_seen=group.first_seen, last_seen=group.last_seen)
        session.add(row)
        session.flush()
        story_id = row.id
    elif force_title or _retitle(size):
        group = memory.grouper.story(key)
        session.execute(update(StoryRow).where(StoryRow.id == story_id).values(
            title=group.title, first_seen=group.first_seen, last_seen=group.last_seen))
    else:
        session.execute(update(StoryRow).where(StoryRow.id == story_id).values(
            last_seen=memory.grouper.story_last_seen(key)))
    memory.story_ids[key] = story_id
    return story_id


def group_article(session: Session, article: ArticleRow, fp: Fingerprint | None = None,
                  terms: SalientTerms | None = None) -> None:
    """Link `article` to the first copy it reprints, if any, and put it in a story."""
    memory = memory_for(session)
    with memory.lock:
        if memory.grouper.story_of(article.id) is not None:
            # An id the memory already holds: a rolled-back insert left a phantom. Start over.
            memory.reset()
        _catch_up(session, memory, before=article.id)
        fp = fp or fingerprint(article.text)
        original = memory.duplicates.find_duplicate_of(fp, exclude=article.id)
        memory.duplicates.add_fingerprint(article.id, fp, duplicate_of=original)
        article.fingerprint = fp.to_list()
        article.duplicate_of = original
        session.info[_GROUPED] = memory
        key = memory.grouper.assign(_story_input(article, terms))
        article.story_id = _story_id(session, memory, key)
        memory.seen_up_to = max(memory.seen_up_to, article.id)


def regroup_all(session: Session) -> int:
    """Rebuild the memory from every stored article and rewrite every story; returns the count."""
    memory = memory_for(session)
    with memory.lock:
        memory.reset()
        _catch_up(session, memory, before=(session.scalar(select(func.max(ArticleRow.id))) or 0) + 1)
        groups = memory.grouper.stories()
        for group in groups:
            story_id = _story_id(session, memory, group.key, force_title=True)
            session.execute(update(ArticleRow).where(ArticleRow.id.in_(group.article_ids)).values(story_id=story_id))
        return len(groups)

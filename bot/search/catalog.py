"""What search needs in memory (speaker aliases, the index's words), reloaded when the store grows."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.search.names import SpeakerDirectory
from bot.search.terms import Vocabulary
from bot.store.speakers import speaker_directory
from bot.store.tables import ArticleRow, SpeakerAliasRow, VocabularyRow
from bot.store.vocabulary import all_words


@dataclass
class Catalog:
    speakers: SpeakerDirectory
    vocabulary: Vocabulary
    outlets: list[str]


_cache: dict[str, tuple[tuple, Catalog]] = {}
_lock = threading.Lock()


def _freshness(session: Session) -> tuple:
    # Rows are only ever added or replaced, so counts and the highest ids move with every change.
    return (
        session.scalar(select(func.count()).select_from(VocabularyRow)),
        session.scalar(select(func.max(SpeakerAliasRow.id))),
        session.scalar(select(func.max(ArticleRow.id))),
    )


def load_catalog(session: Session) -> Catalog:
    key = str(session.get_bind().url)
    fresh = _freshness(session)
    with _lock:
        cached = _cache.get(key)
        if cached and cached[0] == fresh:
            return cached[1]
    outlets = sorted(set(session.scalars(select(ArticleRow.outlet).distinct())))
    catalog = Catalog(SpeakerDirectory.build(speaker_directory(session)), Vocabulary(all_words(session)), outlets)
    with _lock:
        _cache[key] = (fresh, catalog)
    return catalog

"""The words the index knows, kept so a query's typos can be corrected ("Tawain" → "taiwan")."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import event, select
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from bot.store.tables import VocabularyRow

MAX_TERM_LENGTH = 100
# Words this process already knows are stored, per database; saves a round trip per word.
_known_words: dict[str, set[str]] = {}
_PENDING = "vocabulary_pending"


@event.listens_for(Session, "after_commit")
def _remember_committed_words(session: Session) -> None:
    for known, fresh in session.info.pop(_PENDING, []):
        known.update(fresh)


@event.listens_for(Session, "after_rollback")
def _forget_rolled_back_words(session: Session) -> None:
    session.info.pop(_PENDING, None)


def add_words(session: Session, words: Iterable[str]) -> None:
    known = _known_words.setdefault(str(session.get_bind().url), set())
    fresh = {w for w in words if 2 <= len(w) <= MAX_TERM_LENGTH} - known
    if not fresh:
        return
    # Marked known only once written; a rolled-back batch just costs a repeat insert later.
    session.info.setdefault(_PENDING, []).append((known, fresh))
    rows = [{"term": w} for w in sorted(fresh)]
    insert = postgres_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    for start in range(0, len(rows), 500):
        session.execute(insert(VocabularyRow).values(rows[start : start + 500]).on_conflict_do_nothing())


def all_words(session: Session) -> list[str]:
    return list(session.scalars(select(VocabularyRow.term)))

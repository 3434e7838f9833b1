"""The words the index knows, kept so a query's typos can be corrected ("Tawain" → "taiwan")."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from bot.store.tables import VocabularyRow

MAX_TERM_LENGTH = 100


def add_words(session: Session, words: Iterable[str]) -> None:
    rows = [{"term": w} for w in sorted(set(words)) if 2 <= len(w) <= MAX_TERM_LENGTH]
    if not rows:
        return
    insert = postgres_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    for start in range(0, len(rows), 500):
        session.execute(insert(VocabularyRow).values(rows[start : start + 500]).on_conflict_do_nothing())


def all_words(session: Session) -> list[str]:
    return list(session.scalars(select(VocabularyRow.term)))

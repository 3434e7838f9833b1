"""Full-text indexes: FTS5 on SQLite, tsvector + GIN on PostgreSQL, behind one query builder.

Both index quotes and claims on their words, their sentence and the speaker, so topic words
match the context of a quote, not only the quoted words.
"""

from __future__ import annotations

import re

from sqlalchemy import Select, func, literal_column, select, text
from sqlalchemy.sql.elements import ColumnElement

INDEXED_TABLES = ("quotes", "claims")


def _sqlite_ddl(table: str) -> list[str]:
    fts = f"{table}_fts"
    columns = "text, sentence, speaker"
    new_values = "new.id, new.text, new.sentence, new.speaker"
    old_values = "old.id, old.text, old.sentence, old.speaker"
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({columns}, content='{table}', "
        f"content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER IF NOT EXISTS {table}_fts_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {columns}) VALUES ({new_values}); END",
        f"CREATE TRIGGER IF NOT EXISTS {table}_fts_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {columns}) VALUES ('delete', {old_values}); END",
        f"CREATE TRIGGER IF NOT EXISTS {table}_fts_update AFTER UPDATE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {columns}) VALUES ('delete', {old_values}); "
        f"INSERT INTO {fts}(rowid, {columns}) VALUES ({new_values}); END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def _postgres_ddl(table: str) -> list[str]:
    document = "coalesce(text, '') || ' ' || coalesce(sentence, '') || ' ' || coalesce(speaker, '')"
    return [
        f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS search_vector tsvector "
        f"GENERATED ALWAYS AS (to_tsvector('simple', {document})) STORED",
        f"CREATE INDEX IF NOT EXISTS ix_{table}_search_vector ON {table} USING GIN (search_vector)",
    ]


FULL_TEXT_DDL = {
    "sqlite": [s for table in INDEXED_TABLES for s in _sqlite_ddl(table)],
    "postgresql": [s for table in INDEXED_TABLES for s in _postgres_ddl(table)],
}

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def index_words(value: str) -> list[str]:
    """The lower-cased words the index stores for `value` (what typo correction compares to)."""
    return [w.lower() for w in _WORD.findall(value)]


def _sqlite_item(item: str) -> str:
    words = index_words(item)
    return f'"{words[0]}"*' if len(words) == 1 else '"' + " ".join(words) + '"'


def _postgres_item(item: str) -> str:
    words = index_words(item)
    return f"{words[0]}:*" if len(words) == 1 else "(" + " <-> ".join(words) + ")"


def full_text_ids(dialect: str, table: str, groups: list[list[str]]) -> Select:
    """Ids of rows matching every group (a group matches if any item does).

    A one-word item is prefix-matched ("soybean" finds "soybeans"); a longer item is a phrase.
    No rank is computed here: scoring every match (bm25, ts_rank) costs more than the whole
    search budget on common words, so callers take the newest matches and re-rank those.
    """
    groups = [[item for item in group if index_words(item)] for group in groups]
    groups = [group for group in groups if group]
    if dialect == "sqlite":
        expression = " AND ".join("(" + " OR ".join(map(_sqlite_item, g)) + ")" for g in groups)
        fts = f"{table}_fts"
        return select(literal_column("rowid")).select_from(text(fts)).where(literal_column(fts).op("MATCH")(expression))
    expression = " & ".join("(" + " | ".join(map(_postgres_item, g)) + ")" for g in groups)
    vector: ColumnElement = literal_column(f"{table}.search_vector")
    return select(literal_column(f"{table}.id")).select_from(text(table)).where(
        vector.op("@@")(func.to_tsquery("simple", expression))
    )

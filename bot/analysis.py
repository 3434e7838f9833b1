"""What happens to every stored article: extraction now; claims, dedup and stories plug in here."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.extract import extract
from bot.store.articles import save_extraction
from bot.store.tables import ArticleRow


def analyse_article(session: Session, row: ArticleRow) -> None:
    extraction = extract(row.text)
    save_extraction(session, row, extraction, claims=[])

"""What happens to every stored article: extraction, claims, wire-copy links and its story."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.dedup import fingerprint
from bot.extract import extract
from bot.extract.claims import extract_claims
from bot.grouping import group_article
from bot.store.articles import as_utc, save_extraction
from bot.store.tables import ArticleRow


def analyse_article(session: Session, row: ArticleRow, revision: bool = False) -> None:
    """Extract quotes and claims; a new article is also grouped. A revision keeps its story
    (re-grouping would move it under readers' feet) but gets a fresh fingerprint."""
    extraction = extract(row.text)
    claims = extract_claims(row.text, extraction, as_utc(row.published))
    save_extraction(session, row, extraction, claims)
    if revision:
        row.fingerprint = fingerprint(row.text).to_list()
    else:
        group_article(session, row)

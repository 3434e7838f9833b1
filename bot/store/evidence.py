"""A story's articles with their quotes and claims: what discrepancy finding reads."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import ArticleEvidence
from bot.store.articles import article_from_row, claim_from_row, quote_from_row
from bot.store.tables import ArticleRow, ClaimRow, QuoteRow


def story_evidence(session: Session, story_ids: list[int]) -> dict[int, list[ArticleEvidence]]:
    """story id → its articles as ArticleEvidence, each with stored quotes and claims."""
    articles = list(session.scalars(select(ArticleRow).where(ArticleRow.story_id.in_(story_ids)).order_by(ArticleRow.id)))
    ids = [a.id for a in articles]
    quotes, claims = defaultdict(list), defaultdict(list)
    for row in session.scalars(select(QuoteRow).where(QuoteRow.article_id.in_(ids)).order_by(QuoteRow.id)):
        quotes[row.article_id].append(quote_from_row(row))
    for row in session.scalars(select(ClaimRow).where(ClaimRow.article_id.in_(ids)).order_by(ClaimRow.id)):
        claims[row.article_id].append(claim_from_row(row))
    by_story: dict[int, list[ArticleEvidence]] = defaultdict(list)
    for row in articles:
        by_story[row.story_id].append(ArticleEvidence.from_article(article_from_row(row), quotes[row.id], claims[row.id]))
    return by_story

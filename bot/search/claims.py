"""Claim search: attributed statements, figures, dates and non-confirmations about a topic."""

from __future__ import annotations

from datetime import datetime

from bot.models import ClaimHit, ClaimSearchResult
from bot.search.engine import Ranked, SearchTarget, run_search
from bot.store.articles import claim_from_row
from bot.store.database import Store
from bot.store.tables import ClaimRow

CLAIMS = SearchTarget(row=ClaimRow, table="claims", noun="claim", command="/claims")


def search_claims(store: Store, text: str, offset: int = 0, limit: int = 5, now: datetime | None = None) -> ClaimSearchResult:
    """Run a `/claims` search, with the `/quotes` grammar. Raises QueryError."""
    hits: list[ClaimHit] = []

    def load_hits(_session, ranked: Ranked) -> None:
        hits.extend(ClaimHit(claim=claim_from_row(row), article=ref, score=score) for score, row, ref in ranked.page)

    ranked = run_search(store, CLAIMS, text, offset, limit, now, load_hits)
    return ClaimSearchResult(query=ranked.query, hits=hits, total=ranked.total, capped=ranked.capped,
                             explanation=ranked.explanation, suggestions=ranked.suggestions)

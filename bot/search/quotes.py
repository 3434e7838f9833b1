"""Quote search: who said what about which topic."""

from __future__ import annotations

from datetime import datetime

from bot.models import QuoteHit, SearchResult
from bot.search.engine import Ranked, SearchTarget, run_search
from bot.store.articles import quote_from_row
from bot.store.database import Store
from bot.store.flags import open_flag_counts
from bot.store.tables import QuoteRow

# Scare quotes ("fragile trade truce") have no speaker; a speaker search never shows them.
QUOTES = SearchTarget(row=QuoteRow, table="quotes", noun="quote", command="/quotes",
                      not_by_speaker=(QuoteRow.is_scare_quote.is_(False),))


def search_quotes(store: Store, text: str, offset: int = 0, limit: int = 5, now: datetime | None = None) -> SearchResult:
    """Run a `/quotes` search. Raises QueryError with a message for the journalist."""
    hits: list[QuoteHit] = []

    def load_hits(session, ranked: Ranked) -> None:
        flags = open_flag_counts(session, {ref.id for _score, _row, ref in ranked.page})
        hits.extend(QuoteHit(quote=quote_from_row(row), article=ref, score=score, open_flags=flags.get(ref.id, 0))
                    for score, row, ref in ranked.page)

    ranked = run_search(store, QUOTES, text, offset, limit, now, load_hits)
    return SearchResult(query=ranked.query, hits=hits, total=ranked.total, capped=ranked.capped,
                        explanation=ranked.explanation, suggestions=ranked.suggestions)

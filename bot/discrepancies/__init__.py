"""Discrepancies between the outlets covering one story, each with its evidence side by side.

`find_discrepancies` takes one story's articles (with their quotes and claims) and runs one
finder per discrepancy kind. Wire duplicates are dropped first: they are not independent
sources. Precision matters more than recall, so every finder errs towards silence.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.discrepancies.attribution import find_attribution_conflicts
from bot.discrepancies.coverage import find_coverage_gaps
from bot.discrepancies.elapsed import find_elapsed_conflicts
from bot.discrepancies.evidence import SourceArticle, independent_articles, speaker_book
from bot.discrepancies.numeric import find_numeric_conflicts
from bot.discrepancies.quote_variants import find_quote_variants
from bot.discrepancies.relay import find_relay_differences
from bot.discrepancies.unconfirmed import find_unconfirmed
from bot.discrepancies.wording import SpeakerBook
from bot.models import ArticleEvidence, Discrepancy

Finder = Callable[[list[SourceArticle], SpeakerBook], list[Discrepancy]]

FINDERS: tuple[Finder, ...] = (
    find_unconfirmed,
    find_quote_variants,
    find_numeric_conflicts,
    find_elapsed_conflicts,
    find_attribution_conflicts,
    find_relay_differences,
    find_coverage_gaps,
)


def find_discrepancies(articles: list[ArticleEvidence], story_id: int | None = None) -> list[Discrepancy]:
    """Discrepancies among the independent articles of one story, most confident first."""
    sources = independent_articles(articles)
    if not sources:
        return []
    book = speaker_book(sources)
    found = [discrepancy for finder in FINDERS for discrepancy in finder(sources, book)]
    for discrepancy in found:
        discrepancy.story_id = story_id
    return sorted(found, key=lambda d: (-d.confidence, d.kind, d.summary))


__all__ = ["FINDERS", "find_discrepancies"]

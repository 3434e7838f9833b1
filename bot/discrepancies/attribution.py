"""attribution_conflict: the same words attributed to different speakers by two outlets."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from rapidfuzz import fuzz

from bot.discrepancies.evidence import SourceArticle
from bot.discrepancies.wording import SpeakerBook, normalised
from bot.models import Discrepancy, DiscrepancyKind, Quote

# Quotes shorter than this are stock phrases ("very positive"), not attributable statements.
MIN_WORDS = 5
# Two quotes at least this similar (0–100) are the same words.
SAME_WORDS = 90
# Quotes are bucketed by their word trigrams, so only quotes sharing one are compared.
SHINGLE = 3


def _shingles(text: str) -> set[str]:
    tokens = text.split()
    return {" ".join(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))}


def find_attribution_conflicts(articles: list[SourceArticle], book: SpeakerBook) -> list[Discrepancy]:
    """Quotes with the same words but different speakers in two outlets."""
    entries: list[tuple[SourceArticle, Quote, str, str]] = []
    buckets: dict[str, list[int]] = defaultdict(list)
    for source in articles:
        for quote in source.article.quotes:
            key = book.key(quote.speaker)
            wording = normalised(quote.text)
            if key is None or quote.is_scare_quote or len(wording.split()) < MIN_WORDS:
                continue
            for shingle in _shingles(wording):
                buckets[shingle].append(len(entries))
            entries.append((source, quote, key, wording))
    pairs = {pair for bucket in buckets.values() for pair in combinations(sorted(set(bucket)), 2)}
    found = []
    for i, j in sorted(pairs):
        (src_a, quote_a, key_a, text_a), (src_b, quote_b, key_b, text_b) = entries[i], entries[j]
        if src_a is src_b or key_a == key_b:
            continue
        similarity = fuzz.ratio(text_a, text_b)
        if similarity < SAME_WORDS:
            continue
        found.append(
            Discrepancy(
                kind=DiscrepancyKind.ATTRIBUTION_CONFLICT,
                summary=(
                    f"“{quote_a.text}” is attributed to {book.display[key_a]} by {src_a.outlet} "
                    f"but to {book.display[key_b]} by {src_b.outlet}"
                ),
                evidence=[
                    src_a.evidence(src_a.quote_sentence(quote_a)),
                    src_b.evidence(src_b.quote_sentence(quote_b)),
                ],
                confidence=round(0.8 * similarity / 100, 2),
            )
        )
    return found

"""attribution_conflict: the same words attributed to different speakers by two outlets."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from rapidfuzz import fuzz

from bot.discrepancies.coverage import ENTITY_ALIASES
from bot.discrepancies.evidence import SourceArticle
from bot.discrepancies.wording import SpeakerBook, normalised
from bot.extract.relay_phrases import KNOWN_OUTLETS, PLATFORMS
from bot.models import Discrepancy, DiscrepancyKind, Quote, SpeakerKind

NOT_PEOPLE = frozenset(
    name.lower()
    for name in (*KNOWN_OUTLETS, *PLATFORMS, *(a for forms in ENTITY_ALIASES.values() for a in forms))
)

# Quotes shorter than this are stock phrases ("very positive"), not attributable statements.
MIN_WORDS = 5
# Two quotes at least this similar (0–100) are the same words.
SAME_WORDS = 90
# Speaker readings below this extractor confidence are too shaky to accuse an outlet with.
MIN_CONFIDENCE = 0.5
# Quotes are bucketed by their word trigrams, so only quotes sharing one are compared.
SHINGLE = 3


def _may_be_a_person(quote: Quote) -> bool:
    """Outlets, platforms and places are misread speakers more often than real ones."""
    if quote.speaker_kind is SpeakerKind.ORGANISATION:
        return False
    name = (quote.speaker or "").lower()
    return name not in NOT_PEOPLE


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
            if key is None or quote.is_scare_quote or len(quote.text.split()) < MIN_WORDS:
                continue
            if quote.confidence < MIN_CONFIDENCE or not _may_be_a_person(quote):
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
        sentence_a, sentence_b = src_a.quote_sentence(quote_a), src_b.quote_sentence(quote_b)
        if fuzz.ratio(sentence_a, sentence_b) >= SAME_WORDS:
            continue  # the same sentence in both: the outlets agree, the speaker reading differs
        if key_a in book.mentioned(sentence_b) or key_b in book.mentioned(sentence_a):
            continue  # each outlet names the other speaker too: not a clear misattribution
        found.append(
            Discrepancy(
                kind=DiscrepancyKind.ATTRIBUTION_CONFLICT,
                summary=(
                    f"“{quote_a.text}” is attributed to {book.display[key_a]} by {src_a.outlet} "
                    f"but to {book.display[key_b]} by {src_b.outlet}"
                ),
                evidence=[src_a.evidence(sentence_a), src_b.evidence(sentence_b)],
                confidence=round(0.8 * similarity / 100, 2),
            )
        )
    return found

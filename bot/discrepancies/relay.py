"""relay_difference: one speaker's statements credited to different relaying outlets.

"Xi’s public comments attributed to CCTV" in one article and "“…,” he said, according to
Xinhua" in another. Relays come from the quotes' and claims' `via`, and from relay phrases in
sentences that name a speaker of the story. Generic relays ("state media") agree with any outlet.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from bot.discrepancies.evidence import SourceArticle
from bot.discrepancies.wording import SpeakerBook
from bot.extract.relay_phrases import canonical_outlet, find_relays
from bot.models import ClaimKind, Discrepancy, DiscrepancyKind

# Confidence when both sides come from a quote's own `via`, and when one side is read from
# a sentence's wording only.
CONFIDENCE_FROM_QUOTES = 0.75
CONFIDENCE_FROM_SENTENCES = 0.6


@dataclass(frozen=True)
class Credit:
    outlet: str
    sentence: str
    from_quote: bool


def relay_credits(source: SourceArticle, book: SpeakerBook) -> dict[str, list[Credit]]:
    """Speaker key → the named outlets this article credits that speaker's words to."""
    credits: dict[str, list[Credit]] = defaultdict(list)
    for quote in source.article.quotes:
        key = book.key(quote.speaker)
        if key and quote.via:
            credits[key].append(Credit(canonical_outlet(quote.via), source.quote_sentence(quote), True))
    for claim in source.article.claims:
        key = book.key(claim.speaker)
        if key and claim.via and claim.kind is ClaimKind.ATTRIBUTED:
            credits[key].append(Credit(canonical_outlet(claim.via), claim.sentence, True))
    text = source.article.text
    for start, end in source.sentences.spans:
        sentence = text[start:end]
        for relay in find_relays(sentence):
            if relay.generic:
                continue
            mentioned = book.mentioned(sentence)
            if not mentioned:
                continue
            # With two speakers in the sentence, the relay goes with the one named nearest to it.
            nearest = min(mentioned, key=lambda key: abs(mentioned[key] - relay.span[0]))
            credits[nearest].append(Credit(relay.outlet, sentence, False))
    return credits


def find_relay_differences(articles: list[SourceArticle], book: SpeakerBook) -> list[Discrepancy]:
    """Speakers whose words two outlets credit to disjoint sets of relaying outlets."""
    per_article = [(source, relay_credits(source, book)) for source in articles]
    found = []
    for i, (source_a, credits_a) in enumerate(per_article):
        for source_b, credits_b in per_article[i + 1 :]:
            for key in credits_a.keys() & credits_b.keys():
                outlets_a = {credit.outlet for credit in credits_a[key]}
                outlets_b = {credit.outlet for credit in credits_b[key]}
                if outlets_a & outlets_b:
                    continue
                first_a, first_b = credits_a[key][0], credits_b[key][0]
                both_quotes = any(c.from_quote for c in credits_a[key]) and any(
                    c.from_quote for c in credits_b[key]
                )
                found.append(
                    Discrepancy(
                        kind=DiscrepancyKind.RELAY_DIFFERENCE,
                        summary=(
                            f"{book.display[key]}’s remarks are credited to {_names(outlets_a)} "
                            f"by {source_a.outlet} but to {_names(outlets_b)} by {source_b.outlet}"
                        ),
                        evidence=[source_a.evidence(first_a.sentence), source_b.evidence(first_b.sentence)],
                        confidence=CONFIDENCE_FROM_QUOTES if both_quotes else CONFIDENCE_FROM_SENTENCES,
                    )
                )
    return found


def _names(outlets: set[str]) -> str:
    ordered = sorted(outlets)
    return ordered[0] if len(ordered) == 1 else ", ".join(ordered[:-1]) + " and " + ordered[-1]

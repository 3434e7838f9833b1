"""numeric_conflict, time elapsed: "the first exchange in over two months" against "since their
prior conversation in November", each read against its own article's date.
"""

from __future__ import annotations

import re

from bot.discrepancies.evidence import SourceArticle
from bot.discrepancies.numeric import Figure, clause_pieces, figures_of, same_quantity, tolerance
from bot.discrepancies.wording import SpeakerBook, words
from bot.models import ClaimKind, Discrepancy, DiscrepancyKind

# Durations that can be compared with "since <date>", in days.
DURATION_DAYS: dict[str, float] = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
# "the first exchange in over two months": the duration is time elapsed, not a span ahead.
ELAPSED_LEAD = re.compile(r"\b(?:in|for|since)\s+(?:the\s+(?:last|past)\s+)?$", re.IGNORECASE)
# One of these in the clause makes "in N months" time since an event ("the first … in …").
ELAPSED_WORDS = frozenset({"first", "since", "last", "past"})


def _elapsed_days(figure: Figure) -> tuple[float, float] | None:
    """Days a figure says have passed: "in over two months", or "since … in November" read
    against the article's date. None for figures that are not elapsed time."""
    claim, published = figure.claim, figure.source.article.published
    if claim.kind is ClaimKind.DATE:
        if claim.relation != "since" or claim.when is None or published is None:
            return None
        latest = claim.when_to or claim.when
        return float((published.date() - latest).days), float((published.date() - claim.when).days)
    days = DURATION_DAYS.get(claim.unit or "")
    sentence_start, _ = figure.source.sentences.span_at(claim.span[0])
    before = figure.source.article.text[sentence_start : claim.span[0]]
    if days is None or claim.value is None or not ELAPSED_LEAD.search(before):
        return None
    if not set(words(clause_pieces(before)[-1])) & ELAPSED_WORDS:
        return None  # "his third race in three years" counts races, not time since an event
    low, high = tolerance(claim, claim.value)
    return low * days, high * days


def find_elapsed_conflicts(articles: list[SourceArticle], book: SpeakerBook | None = None) -> list[Discrepancy]:
    """A "first in over N months" that the date of the previous event contradicts."""
    durations, sinces = [], []
    for source in articles:
        durations += [(f, d) for f in figures_of(source) if (d := _elapsed_days(f))]
        sinces += [(f, d) for f in figures_of(source, ClaimKind.DATE) if (d := _elapsed_days(f))]
    found = []
    for duration, (low_a, high_a) in durations:
        for since, (low_b, high_b) in sinces:
            since.period = duration.period  # a date carries no period of its own
            if not same_quantity(duration, since) or not (high_a < low_b or high_b < low_a):
                continue
            found.append(
                Discrepancy(
                    kind=DiscrepancyKind.NUMERIC_CONFLICT,
                    summary=(
                        f"Time elapsed differs: “{duration.claim.text}” ({duration.source.outlet}) vs "
                        f"“since … {since.claim.text}” ({since.source.outlet})"
                    ),
                    evidence=[
                        duration.source.evidence(duration.claim.sentence),
                        since.source.evidence(since.claim.sentence),
                    ],
                    confidence=0.6,
                )
            )
    return found

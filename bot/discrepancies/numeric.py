"""numeric_conflict: the same quantity given values beyond hedge-aware tolerance.

Figures are compared only within one unit, and only when they describe the same quantity:
the same period ("this season" vs "next season" are different quantities) and a shared
context. "about 20 million" tolerates ±10%; "at least 12" agrees with any figure above 12; an
unhedged figure tolerates half a unit of its last written digit ("20 million" is 19.5–20.5m).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from bot.discrepancies.evidence import SourceArticle
from bot.discrepancies.wording import content_stems, words
from bot.extract.numbers import NUMBER_WORDS, SCALE_WORDS, UNIT_SYNONYMS
from bot.models import Claim, ClaimKind, Discrepancy, DiscrepancyKind

# Hedge → (low factor, high factor) around the stated value; None means unbounded.
HEDGE_BOUNDS: dict[str, tuple[float | None, float | None]] = {
    "about": (0.9, 1.1), "around": (0.9, 1.1), "roughly": (0.9, 1.1), "approximately": (0.9, 1.1),
    "some": (0.9, 1.1), "an estimated": (0.9, 1.1), "close to": (0.9, 1.02),
    "nearly": (0.85, 1.0), "almost": (0.85, 1.0),
    "more than": (1.0, None), "over": (1.0, None), "above": (1.0, None), "at least": (1.0, None),
    "in excess of": (1.0, None), "upwards of": (1.0, None),
    "up to": (None, 1.0), "less than": (None, 1.0), "fewer than": (None, 1.0),
    "under": (None, 1.0), "below": (None, 1.0), "at most": (None, 1.0), "no more than": (None, 1.0),
}
# Words that fix which period a figure belongs to; different periods are different quantities.
PERIOD_WORDS: dict[str, str] = {
    "this": "current", "current": "current", "next": "next", "following": "next",
    "coming": "next", "remaining": "next", "last": "previous", "previous": "previous",
    "prior": "previous",
}
# Durations that can be compared with "since <date>", in days.
DURATION_DAYS: dict[str, float] = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
# "the first exchange in over two months": the duration is time elapsed, not a span ahead.
ELAPSED_LEAD = re.compile(r"\b(?:in|for|since)\s+(?:the\s+(?:last|past)\s+)?$", re.IGNORECASE)
# Shared context needed: stems of each figure's clause found in the other's sentence.
MIN_SHARED_CONTEXT = 3
# Unit, number and scale words match trivially, so they are not context.
_NOT_CONTEXT = [form for forms in UNIT_SYNONYMS.values() for form in forms]
_NOT_CONTEXT += [*NUMBER_WORDS, *SCALE_WORDS]


@dataclass
class Figure:
    source: SourceArticle
    claim: Claim
    clause: set[str]
    sentence: set[str]
    period: str | None
    quoted: bool


def _figures(source: SourceArticle, kind: ClaimKind = ClaimKind.NUMERIC) -> list[Figure]:
    text = source.article.text
    numeric = sorted((c for c in source.article.claims if c.kind is kind), key=lambda c: c.span)
    figures = []
    for i, claim in enumerate(numeric):
        start, end = source.sentences.span_at(claim.span[0])
        # The clause runs from the previous comma, dash or figure to the next one.
        left = max([start] + [c.span[1] for c in numeric[:i] if c.span[1] <= claim.span[0]])
        right = min([end] + [c.span[0] for c in numeric[i + 1 :] if c.span[0] >= claim.span[1]])
        before = re.split(r"[,;:—–“”]", text[left : claim.span[0]])[-1]
        after = re.split(r"[,;:—–“”]", text[claim.span[1] : right])[0]
        clause = f"{before} {claim.subject or ''} {after}"
        period = next((PERIOD_WORDS[w] for w in words(clause) if w in PERIOD_WORDS), None)
        figures.append(
            Figure(
                source=source,
                claim=claim,
                clause=content_stems(clause, _NOT_CONTEXT) - {"period"},
                sentence=content_stems(text[start:end], _NOT_CONTEXT),
                period=period,
                quoted=source.is_quoted(claim.span),
            )
        )
    return figures


def tolerance(claim: Claim, value: float) -> tuple[float, float]:
    """The interval a hedged or rounded figure allows."""
    low_factor, high_factor = HEDGE_BOUNDS.get(claim.hedge or "", (1.0, 1.0))
    if claim.hedge is None:
        half_step = _rounding_step(claim) / 2
        return value - half_step, value + half_step
    low = value * low_factor if low_factor is not None else -math.inf
    high = value * high_factor if high_factor is not None else math.inf
    return min(low, high), max(low, high)


def _rounding_step(claim: Claim) -> float:
    """A unit of the figure's last written digit, in the figure's scale: "20 million" → 1e6."""
    digits = re.search(r"\d[\d,]*(?:\.(\d+))?", claim.text)
    scale = next((SCALE_WORDS[w] for w in words(claim.text) if w in SCALE_WORDS), 1.0)
    decimals = len(digits.group(1)) if digits and digits.group(1) else 0
    return scale / 10**decimals


def _disagree(a: Claim, b: Claim) -> bool:
    value_a = a.value_to if a.value_to is not None else a.value
    value_b = b.value_to if b.value_to is not None else b.value
    if value_a is None or value_b is None:
        return False
    low_a, high_a = tolerance(a, value_a)
    low_b, high_b = tolerance(b, value_b)
    if high_a < low_b or high_b < low_a:
        return True
    if a.value_to is not None and b.value_to is not None and a.value is not None and b.value is not None:
        return _disagree(a.model_copy(update={"value_to": None}), b.model_copy(update={"value_to": None}))
    return False


def _same_quantity(a: Figure, b: Figure) -> bool:
    if a.period != b.period:
        return False
    forward, backward = len(a.clause & b.sentence), len(b.clause & a.sentence)
    return forward >= 1 and backward >= 1 and forward + backward >= MIN_SHARED_CONTEXT


def find_numeric_conflicts(articles: list[SourceArticle], book: object = None) -> list[Discrepancy]:
    """Figures for the same quantity that disagree, across outlets or between a quote and its text."""
    # Bucketed by unit and period: figures in different buckets are never the same quantity.
    by_unit: dict[tuple[str, str | None], list[Figure]] = defaultdict(list)
    for source in articles:
        for figure in _figures(source):
            if figure.claim.unit:
                by_unit[(figure.claim.unit, figure.period)].append(figure)
    found = []
    for figures in by_unit.values():
        for a, b in combinations(figures, 2):
            if a.source is b.source and a.quoted == b.quoted:
                continue  # within one article, only a quote against the reporter's own figure
            if not _same_quantity(a, b) or not _disagree(a.claim, b.claim):
                continue
            found.append(
                Discrepancy(
                    kind=DiscrepancyKind.NUMERIC_CONFLICT,
                    summary=(
                        f"Figures differ for {_what(a, b)}: “{a.claim.text}” ({_label(a)}) vs "
                        f"“{b.claim.text}” ({_label(b)})"
                    ),
                    evidence=[a.source.evidence(a.claim.sentence), b.source.evidence(b.claim.sentence)],
                    confidence=round(0.5 * (a.claim.confidence + b.claim.confidence) * 0.85, 2),
                )
            )
    return found + find_elapsed_conflicts(articles)


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
    before = figure.source.article.text[max(0, claim.span[0] - 12) : claim.span[0]]
    if days is None or claim.value is None or not ELAPSED_LEAD.search(before):
        return None
    low, high = tolerance(claim, claim.value)
    return low * days, high * days


def find_elapsed_conflicts(articles: list[SourceArticle]) -> list[Discrepancy]:
    """A "first in over N months" that the date of the previous event contradicts."""
    durations, sinces = [], []
    for source in articles:
        durations += [(f, d) for f in _figures(source) if (d := _elapsed_days(f))]
        sinces += [(f, d) for f in _figures(source, ClaimKind.DATE) if (d := _elapsed_days(f))]
    found = []
    for duration, (low_a, high_a) in durations:
        for since, (low_b, high_b) in sinces:
            since.period = duration.period  # a date carries no period of its own
            if not _same_quantity(duration, since) or not (high_a < low_b or high_b < low_a):
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


def _what(a: Figure, b: Figure) -> str:
    """What both figures count, in the article's words: "the season", "the arms package"."""
    for claim in (a.claim, b.claim):
        if claim.subject and content_stems(claim.subject) & (a.clause | b.clause):
            return f"the {claim.subject}"
    shared = a.clause & b.sentence
    lowercase = (re.sub(r"['’]s$", "", w) for w in re.findall(r"\b[a-z][a-z'’-]+\b", a.claim.sentence))
    found = list(dict.fromkeys(w for w in lowercase if content_stems(w) & shared))
    return "the " + " ".join(found[:2]) if found else "the same quantity"


def _label(figure: Figure) -> str:
    if figure.quoted and figure.claim.speaker:
        return f"{figure.source.outlet}, quoting {figure.claim.speaker}"
    return figure.source.outlet

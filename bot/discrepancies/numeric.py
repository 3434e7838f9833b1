"""numeric_conflict: the same quantity given values beyond hedge-aware tolerance.

Figures are compared only within one unit, and only when they describe the same quantity:
the same period ("this season" vs "next season" are different quantities) and a shared
context. "about 20 million" tolerates ±10%; "at least 12" agrees with any figure above 12; an
unhedged figure tolerates half a unit of its last written digit ("20 million" is 19.5–20.5m;
"$43,000" is read as rounded to the thousand). For precision, figures are not compared when
they sit in a list of same-period figures ("Romney 21 percent, Huckabee 17 percent"), count
different things ("$4,600 fedora" vs "$5,000 football"), are more than 3× apart, or are two
different speakers' claims.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from bot.discrepancies.evidence import SourceArticle
from bot.discrepancies.wording import SpeakerBook, content_stems, name_tokens, words
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
# Content stems two figures' clauses must share to be the same quantity.
MIN_SHARED_CONTEXT = 2
# A clause with fewer content stems borrows the clause before it.
MIN_CLAUSE_STEMS = 3
# Figures further apart than this factor are different quantities, not a disagreement.
MAX_RATIO = 3.0
CLAUSE_BREAK = re.compile(r"[,;:—()]|\s[–-]+\s")
# Words that open a clause leaning on the one before it ("…soybeans, raising imports from …").
DEPENDENT_OPENERS = frozenset({"with", "and", "which", "including", "while", "bringing", "from"})
# Unit, number and scale words match trivially, so they are not context.
_NOT_CONTEXT = [form for forms in UNIT_SYNONYMS.values() for form in forms]
_NOT_CONTEXT += [*NUMBER_WORDS, *SCALE_WORDS]


@dataclass
class Figure:
    source: SourceArticle
    claim: Claim
    clause: set[str]
    period: str | None
    quoted: bool
    in_list: bool


def clause_pieces(text: str) -> list[str]:
    return CLAUSE_BREAK.split(text)


def figures_of(source: SourceArticle, kind: ClaimKind = ClaimKind.NUMERIC) -> list[Figure]:
    text = source.article.text
    claims = sorted((c for c in source.article.claims if c.kind is kind), key=lambda c: c.span)
    figures = []
    for i, claim in enumerate(claims):
        start, end = source.sentences.span_at(claim.span[0])
        previous_end = max([start] + [c.span[1] for c in claims[:i] if c.span[1] <= claim.span[0]])
        next_start = min([end] + [c.span[0] for c in claims[i + 1 :] if c.span[0] >= claim.span[1]])
        # The period is read next to the figure only: "20 million tons this season, and 25 million
        # tons next season" gives each figure its own period.
        after = clause_pieces(text[claim.span[1] : next_start])[0]
        near = clause_pieces(text[previous_end : claim.span[0]])[-1] + " " + after
        period = next((PERIOD_WORDS[w] for w in words(near) if w in PERIOD_WORDS), None)
        # The context is the figure's clause, with the clause before it when it is short or
        # dependent on it ("…soybeans, raising this season’s imports from 12 million tonnes").
        before = clause_pieces(text[start : claim.span[0]])
        context = before[-1]
        opener = (words(context) or [""])[0]
        dependent = opener in DEPENDENT_OPENERS or opener.endswith("ing")
        short = len(content_stems(context, _NOT_CONTEXT)) < MIN_CLAUSE_STEMS
        if (dependent or short) and len(before) > 1:
            context = before[-2] + " " + context
        context += f" {claim.subject or ''} {after}"
        figures.append(
            Figure(
                source=source,
                claim=claim,
                clause=content_stems(context, _NOT_CONTEXT) - {"period"},
                period=period,
                quoted=source.is_quoted(claim.span),
                in_list=False,
            )
        )
    _mark_lists(figures)
    return figures


def _mark_lists(figures: list[Figure]) -> None:
    """Flag figures that share a sentence with another figure of the same unit and period.

    "Romney leads with 21 percent, followed by Huckabee with 17 percent": without parsing we
    cannot tell which quantity each figure is, so neither is compared. Figures told apart by
    their period ("20 million tons this season, and 25 million tons next season") are kept.
    """
    groups: dict[tuple[str, str | None, str | None], list[Figure]] = defaultdict(list)
    for figure in figures:
        groups[(figure.claim.sentence, figure.claim.unit, figure.period)].append(figure)
    for group in groups.values():
        if len(group) > 1:
            for figure in group:
                figure.in_list = True


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
    """A unit of the figure's last written digit, in the figure's scale: "20 million" → 1e6.

    Round thousands are read as rounded: "$43,000" allows $42,500–43,500.
    """
    digits = re.search(r"\d[\d,]*(?:\.(\d+))?", claim.text)
    scale = next((SCALE_WORDS[w] for w in words(claim.text) if w in SCALE_WORDS), 1.0)
    if digits and digits.group(1):
        return scale / 10 ** len(digits.group(1))
    whole = digits.group().replace(",", "") if digits else ""
    if len(whole) >= 4:
        return scale * 10 ** (len(whole) - len(whole.rstrip("0")))
    return scale


def _disagree(a: Claim, b: Claim) -> bool:
    value_a = a.value_to if a.value_to is not None else a.value
    value_b = b.value_to if b.value_to is not None else b.value
    if value_a is None or value_b is None:
        return False
    if min(abs(value_a), abs(value_b)) * MAX_RATIO < max(abs(value_a), abs(value_b)):
        return False
    low_a, high_a = tolerance(a, value_a)
    low_b, high_b = tolerance(b, value_b)
    if high_a <= low_b or high_b <= low_a:  # rounding intervals are half-open: 25.5 rounds to 26
        return True
    if a.value_to is not None and b.value_to is not None and a.value is not None and b.value is not None:
        return _disagree(a.model_copy(update={"value_to": None}), b.model_copy(update={"value_to": None}))
    return False


def same_quantity(a: Figure, b: Figure) -> bool:
    if a.period != b.period or a.in_list or b.in_list:
        return False
    subject_a, subject_b = content_stems(a.claim.subject or ""), content_stems(b.claim.subject or "")
    if subject_a and subject_b and not subject_a & subject_b:
        return False  # "$4,600 fedora" and "$5,000 football" count different things
    speaker_a, speaker_b = name_tokens(a.claim.speaker), name_tokens(b.claim.speaker)
    if (a.quoted and b.quoted or speaker_a and speaker_b) and not speaker_a & speaker_b:
        return False  # two speakers' figures are their claims, not the outlets' disagreement
    return len(a.clause & b.clause) >= MIN_SHARED_CONTEXT


def find_numeric_conflicts(articles: list[SourceArticle], book: SpeakerBook | None = None) -> list[Discrepancy]:
    """Figures for the same quantity that disagree, across outlets or between a quote and its text."""
    # Bucketed by unit and period: figures in different buckets are never the same quantity.
    by_unit: dict[tuple[str, str | None], list[Figure]] = defaultdict(list)
    for source in articles:
        for figure in figures_of(source):
            if figure.claim.unit:
                by_unit[(figure.claim.unit, figure.period)].append(figure)
    found = []
    for figures in by_unit.values():
        reported: set[frozenset[tuple[float | None, float | None]]] = set()
        for a, b in combinations(figures, 2):
            if a.source is b.source and a.quoted == b.quoted:
                continue  # within one article, only a quote against the reporter's own figure
            if not same_quantity(a, b) or not _disagree(a.claim, b.claim):
                continue
            # Ten outlets splitting 20 against 25 is one disagreement, not twenty-five.
            pair = frozenset({(a.claim.value, a.claim.value_to), (b.claim.value, b.claim.value_to)})
            if pair in reported:
                continue
            reported.add(pair)
            found.append(
                Discrepancy(
                    kind=DiscrepancyKind.NUMERIC_CONFLICT,
                    summary=(
                        f"Figures differ ({_what(a, b)}): “{a.claim.text}” ({_label(a)}) vs "
                        f"“{b.claim.text}” ({_label(b)})"
                    ),
                    evidence=[a.source.evidence(a.claim.sentence), b.source.evidence(b.claim.sentence)],
                    confidence=round(0.5 * (a.claim.confidence + b.claim.confidence) * 0.85, 2),
                )
            )
    return found


def _what(a: Figure, b: Figure) -> str:
    """What both figures count, in the article's words: "the arms package", "season, imports"."""
    for claim in (a.claim, b.claim):
        if claim.subject and content_stems(claim.subject) & (a.clause | b.clause):
            return claim.subject
    shared = a.clause & b.clause
    text = a.source.article.text
    start, end = a.source.sentences.span_at(a.claim.span[0])
    # Shared words nearest the figure first; nouns over verb forms.
    found = {}
    for match in re.finditer(r"\b[a-z][a-z'’-]+\b", text[start:end]):
        word = re.sub(r"['’]s$", "", match.group())
        if content_stems(word) & shared and not word.endswith(("ing", "ed")):
            distance = abs(start + match.start() - a.claim.span[0])
            found[word] = min(found.get(word, distance), distance)
    nearest = sorted(found, key=found.get)[:2]
    return ", ".join(nearest) if nearest else "the same quantity"


def _label(figure: Figure) -> str:
    if figure.quoted and figure.claim.speaker:
        return f"{figure.source.outlet}, quoting {figure.claim.speaker}"
    return figure.source.outlet

"""quote_variant: one speaker, one statement, worded differently by two outlets.

Quotes are aligned by speaker and by their context frame (the words just before the quote:
"describing their relationship as"), not by the quote text: two outlets that quote different
words in the same frame are the case an editor wants to see.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz

from bot.discrepancies.evidence import SourceArticle
from bot.discrepancies.wording import SpeakerBook, content_stems, normalised, stem, words
from bot.models import Discrepancy, DiscrepancyKind, Quote

# How many words before (or, failing that, after) a quote make up its frame.
FRAME_WORDS_BEFORE = 12
FRAME_WORDS_AFTER = 8
# Frame stems two quotes must share to count as the same statement.
MIN_SHARED_FRAME = 2
# Quotes this similar (partial match, 0–100) print the same words, not a variant.
SAME_WORDING = 85
# A one-word quote ("changes") and a shaky speaker reading are too thin to set outlets against each other.
MIN_WORDS = 2
MIN_CONFIDENCE = 0.5
# Speech verbs say nothing about what was said, so they are not frame words.
CUE_WORDS = ("said", "says", "stated", "wrote", "added", "adding", "told", "asserted", "saying",
             "stating", "went", "also", "expressed", "reiterated")
# A speaker's title ("legislative policy director") and the day ("Thursday night") recur around
# every quote of that speaker, so they do not show two quotes describe the same thing.
ROLE_WORDS = ("president", "director", "spokesman", "spokeswoman", "spokesperson", "speaker",
              "chairman", "chairwoman", "chair", "governor", "senator", "representative",
              "secretary", "minister", "official", "officials", "leader", "policy", "legislative",
              "chief", "executive", "adviser", "advisor", "aide", "head", "campaign", "statement",
              "interview", "speech", "remarks", "comments", "told", "news", "conference")
TIME_WORDS = ("today", "yesterday", "tomorrow", "night", "morning", "afternoon", "evening",
              "week", "weekend", "earlier", "later", "monday", "tuesday", "wednesday", "thursday",
              "friday", "saturday", "sunday")


@dataclass
class FramedQuote:
    source: SourceArticle
    quote: Quote
    frame: set[str]
    sentence: str


def framed_quotes(source: SourceArticle, book: SpeakerBook) -> list[FramedQuote]:
    """The article's attributed, non-scare quotes, each with the stems of its frame."""
    framed = []
    text = source.article.text
    spans = sorted(span for quote in source.article.quotes for span in quote.spans)
    for quote in source.article.quotes:
        if quote.is_scare_quote or not quote.spans or book.key(quote.speaker) is None:
            continue
        if len(quote.text.split()) < MIN_WORDS or quote.confidence < MIN_CONFIDENCE:
            continue
        start, end = quote.spans[0][0], quote.spans[-1][1]
        sentence_start, sentence_end = source.quote_sentence_span(quote)
        # The frame stops at the neighbouring quotes so their words don't leak into it.
        left = max([e for s, e in spans if e <= start] + [sentence_start])
        right = min([s for s, e in spans if s >= end] + [sentence_end])
        drop = [*CUE_WORDS, *ROLE_WORDS, *TIME_WORDS, *words(quote.speaker_role or "")]
        frame = content_stems(" ".join(_common_words(text[left:start])[-FRAME_WORDS_BEFORE:]), drop)
        if len(frame) < MIN_SHARED_FRAME:
            frame |= content_stems(" ".join(_common_words(text[end:right])[:FRAME_WORDS_AFTER]), drop)
        framed.append(FramedQuote(source, quote, frame, source.quote_sentence(quote)))
    return framed


def _common_words(text: str) -> list[str]:
    """The lowercase words of `text`: names and outlets say who, not what is being described."""
    return [word for word in re.findall(r"[A-Za-z][A-Za-z'’]*", text) if word[0].islower()]


def same_wording(a: str, b: str) -> bool:
    """Whether two quotes print the same words (one may be a fragment of the other)."""
    a, b = normalised(a), normalised(b)
    if not a or not b:
        return False
    return a in b or b in a or fuzz.partial_ratio(a, b) >= SAME_WORDING


def find_quote_variants(articles: list[SourceArticle], book: SpeakerBook) -> list[Discrepancy]:
    """Pairs of quotes by one speaker, in the same frame, worded differently by two outlets."""
    by_speaker: dict[str, list[FramedQuote]] = defaultdict(list)
    for source in articles:
        for framed in framed_quotes(source, book):
            by_speaker[book.key(framed.quote.speaker) or ""].append(framed)
    found = []
    for speaker, quotes in by_speaker.items():
        reported: set[frozenset[str]] = set()
        for a, b in combinations(quotes, 2):
            if a.source is b.source or same_wording(a.quote.text, b.quote.text):
                continue
            wordings = frozenset({normalised(a.quote.text), normalised(b.quote.text)})
            if wordings in reported:
                continue  # the same two wordings from more outlets: one variant
            shared = a.frame & b.frame
            if len(shared) < MIN_SHARED_FRAME:
                continue
            reported.add(wordings)
            topic = _frame_word(a, shared)
            found.append(
                Discrepancy(
                    kind=DiscrepancyKind.QUOTE_VARIANT,
                    summary=(
                        f"{book.display[speaker]} is quoted differently on the {topic}: "
                        f"“{_shown(a.quote)}” ({a.source.outlet}) vs “{_shown(b.quote)}” ({b.source.outlet})"
                    ),
                    evidence=[a.source.evidence(a.sentence), b.source.evidence(b.sentence)],
                    confidence=min(0.9, 0.45 + 0.1 * len(shared)),
                )
            )
    return found


def _frame_word(framed: FramedQuote, shared: set[str]) -> str:
    """A readable word for what both quotes describe: the shared noun nearest before the quote
    ("describing their relationship as" → "relationship")."""
    text = framed.source.article.text
    before = text[max(0, framed.quote.spans[0][0] - 200) : framed.quote.spans[0][0]]
    candidates = [word for word in _common_words(before) if stem(word.lower()) in shared]
    nouns = [word for word in candidates if not word.endswith(("ed", "ing"))]
    return (nouns or candidates or ["same point"])[-1].lower()


def _shown(quote: Quote) -> str:
    # American style puts the comma inside the marks ("very friendly,"); it is not the speaker's.
    return quote.text.strip().rstrip(",;:")

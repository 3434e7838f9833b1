"""Sentence boundaries in article text, as character offsets, for tying claims to their sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from bot.models import Span

# Abbreviations whose final full stop does not end a sentence ("the U.S. President").
ABBREVIATIONS = frozenset(
    {
        "u.s", "u.k", "u.n", "e.u", "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov",
        "lt", "col", "capt", "st", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }
)

# A full stop, question or exclamation mark, maybe closed by a quote mark or bracket.
_END = re.compile(r"[.!?]+[\"”’)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")


def sentence_spans(text: str) -> Iterator[Span]:
    """Yield (start, end) of each sentence in `text`; line breaks always end a sentence."""
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        chunk = line.group()
        for end_mark in _END.finditer(chunk):
            # Only the word right before the mark matters; a bounded look keeps this linear.
            before = _WORD_BEFORE.search(chunk, max(0, end_mark.start() - 20), end_mark.start())
            if before and before.group(1).lower().rstrip(".") in ABBREVIATIONS:
                continue
            end = line.start() + end_mark.end()
            if text[start:end].strip():
                yield _strip(text, start, end)
            start = end
        if text[start : line.end()].strip():
            yield _strip(text, start, line.end())


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class SentenceIndex:
    """Look up the sentence holding a character offset of one article text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = list(sentence_spans(text))
        self._starts = [start for start, _ in self.spans]

    def span_at(self, offset: int) -> Span:
        i = max(bisect_right(self._starts, offset) - 1, 0)
        return self.spans[i] if self.spans else (0, len(self.text))

    def sentence_at(self, offset: int) -> str:
        start, end = self.span_at(offset)
        return self.text[start:end]

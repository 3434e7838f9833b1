"""Which sentence holds an offset: claims are tied to the extractor's own sentences."""

from __future__ import annotations

from bisect import bisect_right

from bot.extract.attribution import analyse
from bot.models import Span


class SentenceIndex:
    """Look up the sentence holding a character offset of one article text."""

    def __init__(self, text: str) -> None:
        self.text = text
        # The extractor's sentences (its reading of the article is cached): a claim then shares
        # its sentence with the quotes in it.
        self.spans = [(s.start, s.end) for s in analyse(text).sentences]
        self._starts = [start for start, _ in self.spans]

    def span_at(self, offset: int) -> Span:
        i = max(bisect_right(self._starts, offset) - 1, 0)
        return self.spans[i] if self.spans else (0, len(self.text))

    def sentence_at(self, offset: int) -> str:
        start, end = self.span_at(offset)
        return self.text[start:end]

"""Turning the extractors' named word lists into regular-expression alternations."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def alternation(words: Iterable[str]) -> str:
    """ "a|b|c" matching any of `words`, longest first so "more than" wins over "more"."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


def anchor_hits(text: str, anchor: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where a cheap `anchor` pattern matches. A case-blind anchor (written in lower case) is
    run case-sensitively on a lower-cased copy, which is much faster and keeps offsets whenever
    lower-casing keeps the length (all but a few letters such as "İ")."""
    lowered = text.lower()
    if anchor.flags & re.IGNORECASE and len(lowered) == len(text):
        anchor = re.compile(anchor.pattern, anchor.flags & ~re.IGNORECASE)
        text = lowered
    return [match.span() for match in anchor.finditer(text)]


def finditer_near(pattern: re.Pattern[str], text: str, hits: list[tuple[int, int]],
                  before: int = 40, after: int = 80) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, searched only around anchor `hits`.

    A pattern that opens with optional word lists ("about", "more than", "$") is tried at every
    character by `finditer`; when every match contains an anchor (a digit, a month, "ago"),
    looking only near anchors finds the same matches for a fraction of the work. Matches come
    left to right and never overlap, as with `finditer`.
    """
    end = 0
    for hit_start, hit_end in hits:
        if hit_start < end:
            continue
        window_end = min(len(text), hit_end + after)
        match = pattern.search(text, max(end, hit_start - before), window_end)
        if match is None:
            continue
        if match.end() >= window_end - 1 and window_end < len(text):
            # The window may have cut the match (or fooled a look-ahead): read it on the whole text.
            match = pattern.match(text, match.start()) or match
        end = match.end()
        yield match

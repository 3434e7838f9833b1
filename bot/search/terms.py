"""Topic words, spelled as the index spells them: a misspelt word gains its likely corrections."""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz, process

from bot.store.search_index import index_words

MIN_CORRECTABLE_LENGTH = 4
CORRECTION_CUTOFF = 78
MAX_CORRECTIONS = 3
# Words too common to narrow a search down; a query of only these searches everything.
STOPWORDS = frozenset(
    "a an and are as at be but by for from has have he her his i in is it its of on or our she "
    "that the their they this to was we were will with about said says".split()
)


class Vocabulary:
    """The index's words bucketed by length, so a correction compares only plausible words."""

    def __init__(self, words: list[str]) -> None:
        self.words = set(words)
        self._by_length: dict[int, list[str]] = defaultdict(list)
        for word in self.words:
            self._by_length[len(word)].append(word)

    def corrections(self, word: str) -> list[str]:
        if word in self.words or len(word) < MIN_CORRECTABLE_LENGTH:
            return []
        pool = [w for n in range(len(word) - 2, len(word) + 3) for w in self._by_length.get(n, ())]
        found = process.extract(word, pool, scorer=fuzz.ratio, score_cutoff=CORRECTION_CUTOFF, limit=MAX_CORRECTIONS)
        return [w for w, _score, _ in found]


def term_groups(words: list[str], vocabulary: Vocabulary) -> tuple[list[list[str]], dict[str, str]]:
    """One OR-group per topic word (the word plus its corrections), and the corrections made."""
    groups, corrected = [], {}
    for word in words:
        for token in index_words(word):
            if token in STOPWORDS:
                continue
            fixes = vocabulary.corrections(token)
            if fixes:
                corrected[token] = fixes[0]
            groups.append([token, *fixes])
    return groups, corrected

"""Word-level helpers for comparing articles: content-word stems, quote wording, speaker names."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

# Function words that say nothing about what a sentence is about.
STOPWORDS = frozenset(
    """a an the and or but nor so yet for of to in on at by with from into onto over under about
    as than then that this these those there here it its it's he him his she her hers they them
    their theirs we us our you your i me my mine who whom whose which what when where why how
    is are was were be been being am do does did done have has had having will would shall should
    can could may might must not no yes also just only very more most much many some any all both
    each other such own same too again further once while after before during since until
    against between through up down out off above below if because though although whether
    said says say saying told tell stated stating wrote writes writing added adding noted
    according""".split()
)
# Words that differ between outlets but name the same thing; mapped to one canonical word.
SYNONYMS: dict[str, str] = {
    "presidency": "term", "tenure": "term", "trip": "visit", "visits": "visit",
    "tons": "tonnes", "ton": "tonnes", "tonne": "tonnes", "purchases": "purchase",
    "buying": "purchase", "buy": "purchase", "purchased": "purchase", "talks": "talk",
    "relations": "relationship", "ties": "relationship",
}
# Titles and descriptions dropped from speaker names before comparing them.
NAME_TITLES = frozenset(
    """president vice prime minister secretary mr mrs ms dr sen senator rep gov governor gen
    general chancellor premier king queen prince foreign state spokesman spokeswoman spokesperson
    chinese russian american us u.s. former chief leader""".split()
)
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"})
STEM_LENGTH = 6

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_POSSESSIVE = re.compile(r"['’]s?$")


def words(text: str) -> list[str]:
    """Lowercase words of `text`, split on hyphens and dashes, possessives dropped."""
    return [_POSSESSIVE.sub("", word.lower()) for word in _WORD.findall(text)]


def stem_counts(text: str) -> Counter[str]:
    """How often each content stem occurs in `text`."""
    return Counter(stem(w) for w in words(text) if len(w) > 2 and w not in STOPWORDS)


@lru_cache(maxsize=4096)
def word_pattern(word: str, flags: int = 0) -> re.Pattern[str]:
    """A compiled whole-word pattern; names are looked up in every sentence of a story."""
    return re.compile(rf"\b{re.escape(word)}\b", flags)


def stem(word: str) -> str:
    word = SYNONYMS.get(word, word)
    return word[:STEM_LENGTH]


def content_stems(text: str, drop: Iterable[str] = ()) -> set[str]:
    """Stems of the content words of `text`: "describing their relationship" → {descri, relati}."""
    dropped = {stem(word) for word in drop}
    return {
        stem(word)
        for word in words(text)
        if len(word) > 2 and word not in STOPWORDS and stem(word) not in dropped
    }


def normalised(text: str) -> str:
    """Quote wording reduced to lowercase words, for comparing the words two outlets printed."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("’", "'")))


def possessive(name: str) -> str:
    """A name's possessive in AP style: "Trump’s", "Cruz’s"; a name ending in s takes the
    apostrophe alone: "Prosecutors’", "Sanders’"."""
    return f"{name}’" if name.endswith("s") else f"{name}’s"


def name_tokens(name: str | None) -> frozenset[str]:
    """The identifying tokens of a speaker name: "President Xi Jinping" → {xi, jinping}."""
    if not name or name.strip().lower() in PRONOUNS:
        return frozenset()
    tokens = {re.sub(r"['’]s$", "", token.lower()) for token in re.findall(r"[A-Z][\w'’.-]*", name)}
    return frozenset(tokens - NAME_TITLES)


class SpeakerBook:
    """Groups the speaker names of one story, so "Trump", "President Trump" and "Donald Trump" match.

    Two names are one speaker when one name's tokens are part of the other's ("Xi" and "Xi
    Jinping") or they share a surname ("Mike Huckabee", "Michael Huckabee"); a shared first
    name alone ("Donald Trump", "Donald Tusk") is not enough.
    """

    def __init__(self, names: Iterable[str | None]) -> None:
        named = [(tokens, _surname(name)) for name in names if (tokens := name_tokens(name))]
        distinct = list(dict.fromkeys(named))
        parent = list(range(len(distinct)))

        def root(i: int) -> int:
            while parent[i] != i:
                i = parent[i]
            return i

        for i, (tokens_a, surname_a) in enumerate(distinct):
            for j in range(i):
                tokens_b, surname_b = distinct[j]
                if tokens_a <= tokens_b or tokens_b <= tokens_a or surname_a == surname_b:
                    parent[root(i)] = root(j)
        members: dict[int, set[str]] = {}
        for i, (tokens, _) in enumerate(distinct):
            members.setdefault(root(i), set()).update(tokens)
        # Groups may share a first name, so a key is the whole group, not one of its tokens.
        self.groups = {" ".join(sorted(group)): frozenset(group) for group in members.values()}
        self._key = {tokens: " ".join(sorted(members[root(i)])) for i, (tokens, _) in enumerate(distinct)}
        self.display: dict[str, str] = {}
        # Mentions are found by the tokens only one speaker has: with Donald Trump and Donald
        # Tusk in a story, "Donald" alone names neither. ("Xi" is a family name written first,
        # so every token, not just the last, can name a speaker.)
        shared = Counter(token for group in self.groups.values() for token in group)
        self.mention_tokens = {
            key: {token for token in group if shared[token] == 1} for key, group in self.groups.items()
        }
        for name in names:
            tokens = name_tokens(name)
            if tokens:
                key = self._key[tokens]
                shown = " ".join(_ordered(name, tokens))
                if key not in self.display or len(shown) < len(self.display[key]):
                    self.display[key] = shown

    def key(self, name: str | None) -> str | None:
        tokens = name_tokens(name)
        if not tokens:
            return None
        if tokens in self._key:
            return self._key[tokens]
        surname = _surname(name)
        for key, group in self.groups.items():
            if tokens <= group or surname in group:
                return key
        return None

    def mentioned(self, sentence: str) -> dict[str, int]:
        """Speakers of the story named in `sentence`, with the offset of their first mention."""
        found: dict[str, int] = {}
        for key, tokens in self.mention_tokens.items():
            for token in tokens:
                match = word_pattern(token, re.IGNORECASE).search(sentence)
                if match and match.group()[0].isupper():
                    found[key] = min(found.get(key, match.start()), match.start())
        return found


def _surname(name: str | None) -> str:
    """The last identifying token of a name: "President Xi Jinping" → "jinping"."""
    found = [re.sub(r"['’]s$", "", t.lower()) for t in re.findall(r"[A-Z][\w'’.-]*", name or "")]
    found = [t for t in found if t not in NAME_TITLES]
    return found[-1] if found else ""


def _ordered(name: str | None, tokens: frozenset[str]) -> list[str]:
    found = re.findall(r"[A-Z][\w'’.-]*", name or "")
    return [token for token in found if re.sub(r"['’]s$", "", token.lower()) in tokens]

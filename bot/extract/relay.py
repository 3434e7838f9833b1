"""Relaying sources: the outlet or platform that carried someone's words.

"according to Xinhua", "Xinhua reported", "told CNN", "wrote on Truth Social": the `via`
of an attribution, distinct from its speaker.
"""

from __future__ import annotations

from operator import attrgetter

from bot.extract.lexicon import OUTLETS, PLATFORMS, RELAY_VERBS
from bot.extract.sentences import Token
from bot.extract.speakers import is_name_word, strip_possessive

# Cues whose medium is usually a post or a written statement.
WRITTEN_CUES: frozenset[str] = frozenset({
    "wrote", "writes", "write", "posted", "posts", "tweeted", "tweets", "said", "says",
    "added", "stated", "declared", "announced",
})


def _index(names: frozenset[str]) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """First word (lower case) → (name, its words in lower case), longest names first."""
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for name in sorted(names, key=len, reverse=True):
        words = tuple(w.lower() for w in name.split())
        if words[0] == "the" and len(words) > 1:
            index.setdefault(words[1], []).append((name, words[1:]))
        index.setdefault(words[0], []).append((name, words))
    return index


_OUTLET_INDEX = _index(OUTLETS)
_PLATFORM_INDEX = _index(PLATFORMS)

# Words that make outlet_relay look further; it skips every other token on this one test.
_TELL_FORMS = frozenset({"told", "tells", "telling"})
_OUTLET_TRIGGERS = frozenset({"according"}) | _TELL_FORMS | RELAY_VERBS
_TWEET_WORDS = frozenset({"tweet", "tweets", "tweeted", "twitter"})
# Words one of which a sentence must hold for platform_relay to find anything: a platform
# name's first word (after any "the") or a word for a tweet.
_PLATFORM_WORDS = frozenset(_PLATFORM_INDEX) | _TWEET_WORDS
_lower = attrgetter("lower")  # for a whole-sentence word test run by a set method, in one pass


def _name_at(tokens: list[Token], i: int, index: dict[str, list[tuple[str, tuple[str, ...]]]]) -> str | None:
    """A known outlet or platform name that starts at token i (after an optional "the")."""
    if i < len(tokens) and tokens[i].lower == "the":
        i += 1
    if i >= len(tokens) or tokens[i].kind != "word" or not tokens[i].text[0].isupper():
        return None  # "time" is not Time magazine
    for name, words in index.get(tokens[i].lower, ()):
        chunk = tokens[i:i + len(words)]
        if len(chunk) == len(words) and all(
            (t.lower if k < len(words) - 1 else strip_possessive(t.text).lower()) == w
            for k, (t, w) in enumerate(zip(chunk, words))
        ) and (len(name) > 1 or tokens[i].text == name):
            return name
    return None


def outlet_relay(tokens: list[Token], speaker_tokens: range | None = None) -> str | None:
    """An outlet named in the sentence as carrying the words: "according to Xinhua",
    "Xinhua reported", "told CNN", "as Xinhua noted". Ignores the speaker's own tokens."""
    if _OUTLET_TRIGGERS.isdisjoint(map(_lower, tokens)):
        return None  # most sentences: no word that could introduce an outlet
    for i, token in enumerate(tokens):
        lower = token.lower
        if lower not in _OUTLET_TRIGGERS or speaker_tokens is not None and i in speaker_tokens:
            continue
        if lower == "according" and i + 1 < len(tokens) and tokens[i + 1].lower == "to":
            name = _name_at(tokens, i + 2, _OUTLET_INDEX)
            if name:
                return name
            j = i + 2
            if j < len(tokens) and tokens[j].lower in {"the", "a"}:
                j += 1
            run = []
            while j < len(tokens) and is_name_word(tokens[j]):
                run.append(tokens[j].text)
                j += 1
            if run and (speaker_tokens is None or i + 2 not in speaker_tokens):
                return " ".join(run)
        if lower in _TELL_FORMS:
            name = _name_at(tokens, i + 1, _OUTLET_INDEX)
            if name:
                return name
        if lower in RELAY_VERBS:
            for k in range(max(0, i - 4), i):
                if speaker_tokens is not None and k in speaker_tokens:
                    continue
                if tokens[k].lower != "the" and tokens[k].lower not in _OUTLET_INDEX:
                    continue  # no name starts here: _name_at would find nothing
                name = _name_at(tokens, k, _OUTLET_INDEX)
                if name and k + len(name.split()) >= i - 1:
                    return name
    return None


def platform_relay(tokens: list[Token]) -> str | None:
    """A social platform the sentence names as a medium: "on Truth Social", "in a tweet"."""
    if _PLATFORM_WORDS.isdisjoint(map(_lower, tokens)):
        return None  # most sentences: no platform can be named
    for i, token in enumerate(tokens):
        if token.lower in _TWEET_WORDS:
            return "Twitter"
        if token.lower != "the" and token.lower not in _PLATFORM_INDEX:
            continue  # no name starts here: _name_at would find nothing
        name = _name_at(tokens, i, _PLATFORM_INDEX)
        if name and name != "X":
            return name
    return None

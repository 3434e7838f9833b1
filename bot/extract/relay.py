"""Relaying sources: the outlet or platform that carried someone's words.

"according to Xinhua", "Xinhua reported", "told CNN", "wrote on Truth Social": the `via`
of an attribution, distinct from its speaker.
"""

from __future__ import annotations

from bot.extract.lexicon import OUTLETS, PLATFORMS, RELAY_VERBS
from bot.extract.sentences import Token
from bot.extract.speakers import is_name_word

# Cues whose medium is usually a post or a written statement.
WRITTEN_CUES: frozenset[str] = frozenset({
    "wrote", "writes", "write", "posted", "posts", "tweeted", "tweets", "said", "says",
    "added", "stated", "declared", "announced",
})
# Platforms have no plural; longest first so "Truth Social" wins over "X".
_PLATFORMS_BY_LENGTH = sorted(PLATFORMS, key=len, reverse=True)
_OUTLETS_BY_LENGTH = sorted(OUTLETS, key=len, reverse=True)


def _name_at(tokens: list[Token], i: int, names: list[str]) -> str | None:
    """A known outlet or platform name that starts at token i."""
    if i >= len(tokens) or tokens[i].kind != "word":
        return None
    start = i + 1 if tokens[i].lower == "the" else i
    for name in names:
        words = name.split()
        if words[0].lower() == "the" and start != i:
            words = words[1:]
        chunk = [t.text.rstrip("’'s") if k == len(words) - 1 else t.text
                 for k, t in enumerate(tokens[start:start + len(words)])]
        if [w.lower() for w in chunk] == [w.lower() for w in words] and (
            len(name) > 1 or tokens[start].text == name
        ):
            return name
    return None


def outlet_relay(tokens: list[Token], speaker_tokens: range | None = None) -> str | None:
    """An outlet named in the sentence as carrying the words: "according to Xinhua",
    "Xinhua reported", "told CNN", "as Xinhua noted". Ignores the speaker's own tokens."""
    for i, token in enumerate(tokens):
        if speaker_tokens is not None and i in speaker_tokens:
            continue
        lower = token.lower
        if lower == "according" and i + 1 < len(tokens) and tokens[i + 1].lower == "to":
            name = _name_at(tokens, i + 2, _OUTLETS_BY_LENGTH)
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
        if lower in {"told", "tells", "telling"}:
            name = _name_at(tokens, i + 1, _OUTLETS_BY_LENGTH)
            if name:
                return name
        if lower in RELAY_VERBS:
            for k in range(max(0, i - 4), i):
                if speaker_tokens is not None and k in speaker_tokens:
                    continue
                name = _name_at(tokens, k, _OUTLETS_BY_LENGTH)
                if name and k + len(name.split()) >= i - 1:
                    return name
    return None


def platform_relay(tokens: list[Token]) -> str | None:
    """A social platform the sentence names as a medium: "on Truth Social", "in a tweet"."""
    for i, token in enumerate(tokens):
        if token.lower in {"tweet", "tweets", "tweeted", "twitter"}:
            return "Twitter"
        name = _name_at(tokens, i, _PLATFORMS_BY_LENGTH)
        if name and name != "X":
            return name
    return None

"""Titles given to a work: "an ad titled “Arrogant”", "a book entitled ''The Day of the Donald''".

Annotators mark the title as the content of an attribution, with "titled" as the cue: the
words are the work's makers', so the subject of the sentence, if any, is the source ("The Post
ran a piece entitled “…”"). The title is the quote right after the cue, or else the run of
capitalised words there ("a memoir titled Hard Choices").
"""

from __future__ import annotations

from bot.extract.cues import sentence_subject
from bot.extract.frames import Attribution
from bot.extract.sentences import Token

# Participles that introduce a work's title.
TITLE_CUES: frozenset[str] = frozenset({"titled", "entitled"})
# Lower-case words allowed inside a capitalised title ("Profiles of Courage").
TITLE_FUNCTION_WORDS: frozenset[str] = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with"})
# Starting confidence; the clause penalty in attribution.py applies to unquoted titles.
TITLE_CONFIDENCE = 0.6


def _title_word(token: Token, inside: bool) -> bool:
    """A capitalised word or number, or (inside a title) a function word."""
    return token.kind == "word" and (token.text[0].isupper() or token.text[0].isdigit()
                                     or inside and token.lower in TITLE_FUNCTION_WORDS)


def _title_range(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """The quote at `start`, or the capitalised words from there (function words inside)."""
    if start < len(tokens) and tokens[start].text == ",":
        start += 1  # "titled, “Scam.”"
    if start >= len(tokens):
        return None
    if tokens[start].kind == "quote":
        return (start, start + 1)
    end = start
    while end < len(tokens) and (_title_word(tokens[end], end > start) or tokens[end].text == ":" and end > start
                                 and end + 1 < len(tokens) and _title_word(tokens[end + 1], False)):
        end += 1  # a subtitle after a colon goes on ("Man of the World: The Further Endeavors")
    while end > start and tokens[end - 1].lower in TITLE_FUNCTION_WORDS:
        end -= 1  # "titled Hard Choices in …": the title ends before the preposition
    return (start, end) if end > start else None


def title_frames(si: int, tokens: list[Token], taken: set[int], words: set[str]) -> list[Attribution]:
    """A frame for each "titled"/"entitled" not already another frame's cue (`words` are the
    sentence's lower-cased words)."""
    if TITLE_CUES.isdisjoint(words):
        return []
    frames = []
    for k, token in enumerate(tokens):
        if token.lower not in TITLE_CUES or k in taken:
            continue
        title = _title_range(tokens, k + 1)
        if title is None:
            continue
        frame = Attribution(si, token, sentence_subject(tokens, k), sentences=[si], cue_at=k, confidence=TITLE_CONFIDENCE)
        frame.content_range = [title]
        frames.append(frame)
    return frames

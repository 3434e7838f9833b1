"""Hedged statements with no named source: "Investors seem to agree", "The sale is expected
to close in May", "It appears that the vote was close".

Annotators mark these as attributions (the writer's or an unnamed source's impression): the
content is the subject together with what follows the hedge, and there is no source.
"""

from __future__ import annotations

from bot.extract.clauses import clause_end
from bot.extract.frames import Attribution
from bot.extract.lexicon import HEDGE_ADJECTIVES, HEDGE_ADVERBS, HEDGE_COPULAS, HEDGE_VERBS, PREPOSITIONS
from bot.extract.sentences import Token

# What ends the stretch before a hedge that holds its subject; a comma ends a scene-setting
# phrase before the subject ("In the past few days, the senator seemed …": measured on
# PolNeAR train, +16 matched contents, dev unchanged).
SUBJECT_BREAKS: frozenset[str] = frozenset({";", ":", "—", "–", "(", ")", ","})
# What ends the words after a hedge: annotators stop at the first comma or dash ("… seemed
# to match the mood, as the band played"), measured on PolNeAR train and dev.
HEDGE_CONTENT_BREAKS: frozenset[str] = frozenset({",", "—", "–"})
# Subjects that stand for the clause after the hedge ("It appears that …").
DUMMY_SUBJECTS: frozenset[str] = frozenset({"it", "there", "this", "what"})
# Words that open a clause whose subject follows them ("…, and Clinton was expected to …").
CLAUSE_OPENERS: frozenset[str] = frozenset({
    "and", "but", "that", "because", "if", "when", "while", "although", "though", "so",
})
# Relative pronouns that stand as the subject themselves ("delegates who are expected to …").
RELATIVE_SUBJECTS: frozenset[str] = frozenset({"who", "which"})
# How far (tokens) after "it seems" we look for the "that" opening its clause.
MAX_BEFORE_THAT = 4
HEDGE_WORDS: frozenset[str] = HEDGE_VERBS | HEDGE_ADJECTIVES | HEDGE_ADVERBS
# Confidence of a hedge frame (measured precision on PolNeAR train is about one half).
HEDGE_CONFIDENCE = 0.4


def _hedge_end(tokens: list[Token], k: int) -> int | None:
    """Index after the hedge at k ("seems", "is expected", "is not expected"), or None when the
    word there is no hedge ("appeared on Fox News", "the expected result")."""
    word = tokens[k].lower
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if following is None or following.kind != "word":
        return None
    if word in HEDGE_VERBS:
        if following.lower in {"to", "that"}:
            return k + 1
        # "seems stable", "appeared paralyzed", but not "appeared on Fox News"
        if word.startswith("seem") and following.lower not in PREPOSITIONS and following.text[0].islower():
            return k + 1
        return None
    if word in HEDGE_ADVERBS:
        return k + 1  # "Trump reportedly told aides …"
    if word in HEDGE_ADJECTIVES and following.lower == "to" and k > 0:
        before = tokens[k - 1].lower
        if before == "not" and k > 1:
            before = tokens[k - 2].lower
        return k + 1 if before in HEDGE_COPULAS else None
    return None


def subject_start(tokens: list[Token], k: int) -> int:
    """First token of the clause whose subject stands before the hedge at k."""
    j = k
    while j > 0:
        previous = tokens[j - 1]
        if previous.text in SUBJECT_BREAKS or previous.kind == "quote":
            break
        if previous.lower in RELATIVE_SUBJECTS:
            return j - 1
        if previous.lower in CLAUSE_OPENERS and (previous.lower != "and" or j > 1 and tokens[j - 2].text == ","):
            break
        j -= 1
    return j


def hedge_frames(si: int, tokens: list[Token], taken: set[int]) -> list[Attribution]:
    """Frames for every hedge in a sentence whose word no other frame uses as its cue."""
    frames = []
    for k, token in enumerate(tokens):
        if token.lower not in HEDGE_WORDS or k in taken or not token.text[0].islower():
            continue  # most words are no hedge: the cheap test first
        end = _hedge_end(tokens, k)
        if end is None:
            continue
        first = k
        while first > 0 and tokens[first - 1].lower in HEDGE_COPULAS | {"not"}:
            first -= 1
        start = subject_start(tokens, first)
        subject = tokens[start:first]
        if not subject or subject[-1].text == ",":
            continue
        dummy = len(subject) == 1 and subject[0].lower in DUMMY_SUBJECTS
        if dummy:
            # "It appears, though, that …": the content is the clause after the hedge.
            window = range(end, min(len(tokens), end + MAX_BEFORE_THAT))
            that = next((j for j in window if tokens[j].lower == "that"), None)
            start = that if that is not None else end
        stop = clause_end(tokens, end)
        if not dummy:
            stop = next((j for j in range(end, stop) if tokens[j].text in HEDGE_CONTENT_BREAKS), stop)
        if stop <= end:
            continue
        frame = Attribution(si, token, None, sentences=[si], cue_at=k, confidence=HEDGE_CONFIDENCE)
        frame.content_range = [(start, stop)]
        frames.append(frame)
    return frames

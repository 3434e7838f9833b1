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

# What ends the stretch before a hedge that holds its subject.
SUBJECT_BREAKS: frozenset[str] = frozenset({";", ":", "—", "–", "(", ")"})
# Words that open a clause whose subject follows them ("…, and Clinton was expected to …").
CLAUSE_OPENERS: frozenset[str] = frozenset({
    "and", "but", "that", "because", "if", "when", "while", "although", "though", "so",
})
# Words after a comma that start a tail outside the judgement ("…, but ultimately led to …").
TAIL_OPENERS: frozenset[str] = frozenset({
    "but", "and", "although", "though", "while", "particularly", "especially", "even", "despite",
    "as", "which", "who", "said", "says",
})
# Relative pronouns that stand as the subject themselves ("delegates who are expected to …").
RELATIVE_SUBJECTS: frozenset[str] = frozenset({"who", "which"})
# Adjectives after "appear" that make it a hedge rather than a showing-up ("appeared poised
# to win"); on PolNeAR train 10 of their 13 uses are annotated.
APPEAR_COMPLEMENTS: frozenset[str] = frozenset({
    "poised", "likely", "unlikely", "certain", "ready", "headed", "set", "close", "closer",
    "willing", "eager", "determined", "intent", "unable", "able", "reluctant",
})
# How far (tokens) after "it seems" we look for the "that" opening its clause.
MAX_BEFORE_THAT = 4
# "…, Patriot failed as predicted": the clause before "as" is what was expected.
EXPECTATION_PARTICIPLES: frozenset[str] = frozenset({"expected", "predicted", "anticipated", "forecast"})
HEDGE_COPULAS_OR_NOT: frozenset[str] = HEDGE_COPULAS | {"not"}  # built once, not on every step back
HEDGE_WORDS: frozenset[str] = HEDGE_VERBS | HEDGE_ADJECTIVES | HEDGE_ADVERBS | EXPECTATION_PARTICIPLES
# Confidence of a hedge frame (measured precision on PolNeAR train is about one half).
HEDGE_CONFIDENCE = 0.4


def tail_start(tokens: list[Token], begin: int, stop: int) -> int:
    """Where a comma opens a tail outside the judgement between begin and stop ("…, with
    polls showing …", "…, throwing the party into disarray"), else stop."""
    return next((j for j in range(begin + 1, stop - 1) if tokens[j].text == "," and (
        tokens[j + 1].lower in TAIL_OPENERS or tokens[j + 1].lower.endswith("ing"))), stop)


def _hedge_end(tokens: list[Token], k: int) -> int | None:
    """Index after the hedge at k ("seems", "is expected", "is not expected"), or None when the
    word there is no hedge ("appeared on Fox News", "the expected result")."""
    word = tokens[k].lower
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if following is None or following.kind != "word":
        return None
    if word in HEDGE_VERBS:
        if following.lower in {"to", "that"} or following.lower == "like" and word.startswith("seem"):
            return k + 1  # "seems to", "seemed like a fine idea"
        # "seems stable", "appeared paralyzed", but not "appeared on Fox News"
        if word.startswith("seem") and following.lower not in PREPOSITIONS and following.text[0].islower():
            return k + 1
        if following.lower in APPEAR_COMPLEMENTS:
            return k + 1  # "appeared poised to win", but not "appeared on Fox News"
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
        if previous.lower in CLAUSE_OPENERS and (previous.lower not in {"and", "so"} or j > 1 and tokens[j - 2].text == ","):
            break
        j -= 1
    return j


def clause_subject_start(tokens: list[Token], first: int) -> int:
    """First token of the subject before a verb group starting at `first`: after an opening
    clause's comma, but with an appositive or relative clause set off before the verb."""
    start = subject_start(tokens, first)
    if tokens[first - 1].text == "," and start < first and tokens[start].lower in RELATIVE_SUBJECTS:
        start = subject_start(tokens, start)  # "The bank, which held rates near zero, is expected to act"
    comma = next((j for j in range(first - 2, start - 1, -1) if tokens[j].text == ","), None)
    if comma is not None and tokens[first - 1].text != ",":
        start = comma + 1  # "While the fire burned, the team appeared paralyzed": after the comma
    return start


def _appositive_subject(subject: list[Token]) -> bool:
    """"The front-runner, Donald Trump, a regular here, is expected to …": a noun phrase set
    off by paired commas, not a clause ("If it rains, seems …")."""
    return subject[0].kind == "word" and (subject[0].text[0].isupper() or subject[0].lower in {"the", "a", "an"}) \
        and sum(1 for t in subject if t.text == ",") >= 2


def _as_expected(si: int, tokens: list[Token], k: int) -> Attribution | None:
    """"The vote went to a second ballot as expected": the clause before "as", when the
    participle ends its clause."""
    if k < 3 or k + 1 < len(tokens) and tokens[k + 1].kind == "word":
        return None
    start = clause_subject_start(tokens, k - 1)
    if k - 1 - start < 2:
        return None
    frame = Attribution(si, tokens[k], None, sentences=[si], cue_at=k, confidence=HEDGE_CONFIDENCE)
    frame.content_range = [(start, k - 1)]
    return frame


def hedge_frames(si: int, tokens: list[Token], taken: set[int], words: set[str]) -> list[Attribution]:
    """Frames for every hedge in a sentence (whose lower-cased words are `words`) whose word
    no other frame uses as its cue."""
    if HEDGE_WORDS.isdisjoint(words):
        return []  # most sentences hold no hedge
    frames = []
    for k, token in enumerate(tokens):
        if token.lower not in HEDGE_WORDS or k in taken or not token.text[0].islower():
            continue  # most words are no hedge: the cheap test first
        if token.lower in EXPECTATION_PARTICIPLES and k > 0 and tokens[k - 1].lower == "as":
            frame = _as_expected(si, tokens, k)
            if frame is not None:
                frames.append(frame)
            continue
        end = _hedge_end(tokens, k)
        if end is None:
            continue
        first = k
        while first > 0 and tokens[first - 1].lower in HEDGE_COPULAS_OR_NOT:
            first -= 1
        start = clause_subject_start(tokens, first)
        subject = tokens[start:first]
        if not subject or subject[-1].text == "," and not _appositive_subject(subject):
            continue
        if len(subject) == 1 and subject[0].lower in {"it", "there", "this", "what"}:
            # "It appears, though, that …": the content is the clause after the hedge.
            window = range(end, min(len(tokens), end + MAX_BEFORE_THAT))
            that = next((j for j in window if tokens[j].lower == "that"), None)
            start = that if that is not None else end
        stop = tail_start(tokens, end, clause_end(tokens, end))
        if stop <= end:
            continue
        frame = Attribution(si, token, None, sentences=[si], cue_at=k, confidence=HEDGE_CONFIDENCE)
        frame.content_range = [(start, stop)]
        frames.append(frame)
    return frames

"""Findings placed in a poll or record by a preposition: "In a CNN poll released Monday, 50
percent chose Clinton".

There is no cue verb: the poll, survey or report after "In" is the source, and the clause
after its comma is the content. (The trailing form, "… leads in the polls", was tried too:
on PolNeAR train it found as many wrong clauses as right ones; tried again with any clause
before "in the polls", 30 of 120 were right.)

A poll may also place a candidate with a plain verb: "A Quinnipiac poll has Clinton leading".
"""

from __future__ import annotations

from bot.extract.clauses import clause_end
from bot.extract.cues import record_subject
from bot.extract.frames import Attribution
from bot.extract.lexicon import EVIDENCE_SOURCES
from bot.extract.sentences import Token

# Longest "in …" phrase (tokens) taken as a source: "in the latest NBC News/Wall Street
# Journal poll released Monday".
MAX_FINDING_SOURCE = 12
# Verbs by which a poll places a candidate ("a CNN poll has Clinton leading", "the survey puts
# her at 5 percent"), the words after them that mean something else ("has a margin of error"),
# and the poll words that must stand right before them. On PolNeAR train: 5 frames, all right.
POLL_PLACING_VERBS: frozenset[str] = frozenset({"has", "had", "puts", "put", "gives", "gave", "giving", "putting"})
NOT_PLACED: frozenset[str] = frozenset({"a", "an", "the", "been", "no", "not", "to", "found", "shown", "showed", "also"})
POLL_WORDS: frozenset[str] = frozenset({"poll", "polls", "survey", "surveys", "polling"})
# Starting confidence; the clause penalties in attribution.py bring it to about 0.25, near
# the measured precision on PolNeAR train (about one in three).
FINDING_CONFIDENCE = 0.6


def _names_record(tokens: list[Token], start: int, end: int) -> bool:
    return end - start <= MAX_FINDING_SOURCE and any(t.lower in EVIDENCE_SOURCES for t in tokens[start:end])


def _opening_finding(si: int, tokens: list[Token]) -> Attribution | None:
    """"In a CNN poll released Monday, 50 percent chose Clinton": content after the comma."""
    if not tokens or tokens[0].text != "In":
        return None
    comma = next((k for k in range(1, min(len(tokens), MAX_FINDING_SOURCE + 2)) if tokens[k].text == ","), None)
    if comma is None or comma < 3 or not _names_record(tokens, 1, comma):
        return None
    end = clause_end(tokens, comma + 1)
    if end <= comma + 2:
        return None
    frame = Attribution(si, tokens[0], (1, comma), sentences=[si], cue_at=0, confidence=FINDING_CONFIDENCE)
    frame.content_range = [(comma + 1, end)]
    return frame


def _placing_findings(si: int, tokens: list[Token]) -> list[Attribution]:
    """"Wednesday's Quinnipiac poll has Clinton leading by six points": what follows the verb."""
    frames = []
    for k in range(1, len(tokens) - 2):
        if tokens[k].lower not in POLL_PLACING_VERBS or tokens[k + 1].kind != "word" \
                or tokens[k + 1].lower in NOT_PLACED or tokens[k - 1].lower not in POLL_WORDS:
            continue
        source = record_subject(tokens, k)
        end = clause_end(tokens, k + 1)
        if source is None or end <= k + 2:
            continue
        frame = Attribution(si, tokens[k], source, sentences=[si], cue_at=k, confidence=FINDING_CONFIDENCE)
        frame.content_range = [(k + 1, end)]
        frames.append(frame)
    return frames


def finding_frames(si: int, tokens: list[Token], words: set[str]) -> list[Attribution]:
    """Frames for a finding set in a poll or record at the start of a sentence, or placed by
    a poll's verb (only in a sentence whose lower-cased `words` name a poll)."""
    frame = _opening_finding(si, tokens)
    if frame is not None:
        return [frame]
    return _placing_findings(si, tokens) if not POLL_WORDS.isdisjoint(words) else []

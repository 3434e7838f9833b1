"""Findings placed in a poll or record by a preposition: "In a CNN poll released Monday, 50
percent chose Clinton".

There is no cue verb: the poll, survey or report after "In" is the source, and the clause
after its comma is the content. (The trailing form, "… leads in the polls", was tried too:
on PolNeAR train it found as many wrong clauses as right ones.)
"""

from __future__ import annotations

from bot.extract.clauses import clause_end
from bot.extract.frames import Attribution
from bot.extract.lexicon import EVIDENCE_SOURCES
from bot.extract.sentences import Token

# Longest "in …" phrase (tokens) taken as a source: "in the latest NBC News/Wall Street
# Journal poll released Monday".
MAX_FINDING_SOURCE = 12
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


def finding_frames(si: int, tokens: list[Token]) -> list[Attribution]:
    """Frames for a finding set in a poll or record at the start of a sentence."""
    frame = _opening_finding(si, tokens)
    return [frame] if frame is not None else []

"""Reported speech: attributed claims without quotation marks ("Trump revealed that …")."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.attribution import analyse
from bot.models import ReportedSpeech


def extract_reported(text: str) -> Iterator[ReportedSpeech]:
    """Indirect attributions in `text`: source, cue and the content clause, in text order.
    Content that is nothing but a direct quote is left to `extract_quotes`."""
    if not text or not text.strip():
        return
    analysis = analyse(text)
    for frame in analysis.attributions:
        if frame.direct:
            continue
        spans = list(frame.content)
        a, b = spans[0]
        if b - a > 5 and text[a:a + 5].lower() == "that ":  # (lowercases five characters, not the whole clause)
            spans[0] = (a + 5, b)  # the claim itself, without the complementiser
        content = " ".join([text[a:b] for a, b in spans])
        sentence = analysis.sentences_text(frame.sentences)
        yield ReportedSpeech(
            content=content,
            content_spans=spans,
            source=frame.speaker,
            source_role=frame.role,
            source_span=frame.source_span,
            cue=frame.cue.text if frame.cue else None,
            cue_span=(frame.cue.start, frame.cue.end) if frame.cue else None,
            via=frame.via,
            sentence=sentence,
            confidence=round(max(0.05, min(1.0, frame.confidence)), 2),
        )

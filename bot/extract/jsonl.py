"""The PolNeAR scorer's JSONL: one attribution per line, offsets into the original text."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.attribution import analyse
from bot.extract.quotemarks import ALL_MARKS


def attributions_jsonl(name: str, text: str) -> Iterator[dict]:
    """Every attribution in `text` as a scorer record; `kind` is "direct" when the content
    holds a quotation mark (the scorer's own rule for gold items)."""
    if not text or not text.strip():
        return
    analysis = analyse(text)
    for frame in analysis.attributions:
        spans = sorted(set(frame.content))
        if not spans:
            continue
        quoted = any(ch in text[a:b] for a, b in spans for ch in ALL_MARKS)
        yield {
            "file": name,
            "kind": "direct" if quoted else "indirect",
            "content_spans": [list(s) for s in spans],
            "speaker": frame.speaker,
            "speaker_span": list(frame.source_span) if frame.source_span else None,
            "confidence": round(max(0.05, min(1.0, frame.confidence)), 2),
        }

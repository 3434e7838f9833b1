"""Direct quotes: the exact quoted words of an article, each with its speaker and relay."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.attribution import ArticleAnalysis, Attribution, analyse
from bot.extract.lexicon import (
    CHARACTERISING_VERBS,
    SCARE_QUOTE_MAX_WORDS,
    SPEECH_VERBS,
)
from bot.models import Quote, Span, SpeakerKind


def _inner_spans(analysis: ArticleAnalysis, passage_ids: list[int]) -> list[Span]:
    text = analysis.text
    spans: list[Span] = []
    for pid in passage_ids:
        for seg in analysis.passages[pid].segments:
            a, b = seg.inner_start, seg.inner_end
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                spans.append((a, b))
    return spans


def _quote(analysis: ArticleAnalysis, passage_ids: list[int], frame: Attribution | None,
           partial: bool) -> Quote | None:
    spans = _inner_spans(analysis, passage_ids)
    if not spans:
        return None
    text = " ".join([analysis.text[a:b] for a, b in spans])
    if frame is None:
        sentence = analysis.sentence_at(spans[0][0])
        s = analysis.sentences[sentence] if analysis.sentences else None
        whole = s is not None and sum(b - a for a, b in spans) >= 0.6 * (s.end - s.start)
        scare = not whole and len(text.split()) <= SCARE_QUOTE_MAX_WORDS  # (words counted only when it matters)
        return Quote(text=text, spans=spans, sentence=analysis.sentences_text([sentence]),
                     is_partial=not whole, is_scare_quote=scare,
                     confidence=0.3 if scare else 0.2)
    return Quote(
        text=text,
        spans=spans,
        speaker=frame.speaker,
        speaker_role=frame.role,
        speaker_span=frame.source_span,
        speaker_kind=frame.kind if frame.speaker else SpeakerKind.UNKNOWN,
        cue=frame.cue.text if frame.cue else None,
        via=frame.via,
        sentence=analysis.sentences_text(frame.sentences),
        is_partial=partial,
        confidence=round(max(0.05, min(1.0, frame.confidence)), 2),
    )


def _owns_better(frame: Attribution, other: Attribution, quote_start: int) -> bool:
    """Whether `frame` rather than `other` is the speaker of a partial quote at quote_start:
    a speech cue beats a non-speech one ("said the bill showed “…”"), then the nearest cue
    before the quote wins."""
    def rank(f: Attribution) -> tuple[int, int]:
        cue = f.cue.start if f.cue is not None else -1
        speech = f.cue is not None and (f.cue.lower in SPEECH_VERBS or f.cue.lower in CHARACTERISING_VERBS)
        return (1 if speech else 0, cue if cue < quote_start else -1)
    return rank(frame) > rank(other)


def extract_quotes(text: str) -> Iterator[Quote]:
    """Direct quotes in `text`, in order: split quotes come as one Quote with several spans,
    partial quotes inside reported speech as their own Quote, scare quotes marked as such."""
    if not text or not text.strip():
        return
    analysis = analyse(text)
    found: list[tuple[int, Quote]] = []
    claimed: set[int] = set()
    # A partial quote inside several frames' content belongs to the nearest cue before it.
    owner: dict[int, Attribution] = {}
    for frame in analysis.attributions:
        for pid in frame.partial:
            start = analysis.passages[pid].start
            best = owner.get(pid)
            if best is None or _owns_better(frame, best, start):
                owner[pid] = frame
    for frame in analysis.attributions:
        fresh = [pid for pid in frame.passages if pid not in claimed]
        if fresh:  # a quote two cues both reach is reported once, for the first
            quote = _quote(analysis, fresh, frame, partial=False)
            if quote:
                found.append((quote.spans[0][0], quote))
            claimed.update(fresh)
        for pid in frame.partial:
            if pid in claimed or owner.get(pid) is not frame:
                continue
            quote = _quote(analysis, [pid], frame, partial=True)
            if quote:
                found.append((quote.spans[0][0], quote))
            claimed.add(pid)
    for pid in range(len(analysis.passages)):
        if pid not in claimed:
            quote = _quote(analysis, [pid], None, partial=True)
            if quote:
                found.append((quote.spans[0][0], quote))
    found.sort(key=lambda pair: pair[0])
    for _, quote in found:
        yield quote

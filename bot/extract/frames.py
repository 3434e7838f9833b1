"""Attribution frames: the record one attribution rule fills in, and the analysis of an article."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from bot.extract.quotemarks import QuotedPassage
from bot.extract.sentences import Sentence, Token
from bot.extract.speakers import ArticleSpeakers
from bot.models import Span, SpeakerKind

TokenRange = tuple[int, int]


@dataclass(slots=True)
class Attribution:
    """One attribution relation: a source, its cue, and the content they introduce."""

    sentence: int  # index of the sentence holding the cue
    cue: Token | None
    source: TokenRange | None  # token range within that sentence
    source_span: Span | None = None
    source_text: str | None = None
    speaker: str | None = None
    role: str | None = None
    kind: SpeakerKind = SpeakerKind.UNKNOWN
    content: list[Span] = field(default_factory=list)  # quote spans include their marks
    passages: list[int] = field(default_factory=list)  # quoted passages forming the content
    partial: list[int] = field(default_factory=list)  # quotes embedded in reported content
    direct: bool = False  # content is nothing but quotation
    via: str | None = None
    confidence: float = 0.5
    sentences: list[int] = field(default_factory=list)
    content_range: list[tuple[int, int]] = field(default_factory=list)  # token ranges
    cue_at: int | None = None  # index of the cue token in its sentence
    head: int | None = None  # first token of source-and-cue, where a preceding clause ends


@dataclass(slots=True)
class ArticleAnalysis:
    text: str
    passages: list[QuotedPassage]
    sentences: list[Sentence]
    attributions: list[Attribution]
    speakers: ArticleSpeakers
    sentence_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sentence_starts = [sentence.start for sentence in self.sentences]

    def sentences_text(self, indices: list[int]) -> str:
        """The text of the given sentences, in order and once each, joined by spaces."""
        if len(indices) == 1:  # the common case: one sentence, nothing to sort or join
            sentence = self.sentences[indices[0]]
            return self.text[sentence.start:sentence.end]
        return " ".join(self.text[self.sentences[i].start:self.sentences[i].end] for i in sorted(set(indices)))

    def sentence_at(self, position: int) -> int:
        """Index of the sentence holding `position` (the nearest one before it, or 0)."""
        return max(0, bisect_right(self.sentence_starts, position) - 1)


"""The articles of one story as the discrepancy finders read them, and the Evidence they cite."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from bot.discrepancies.wording import SpeakerBook, stem_counts
from bot.extract.sentence_index import SentenceIndex
from bot.models import ArticleEvidence, ClaimKind, Evidence, Quote, Span


@dataclass
class SourceArticle:
    """One independent article of a story, with sentence lookup over its text."""

    article: ArticleEvidence
    _quote_spans: list[Span] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._quote_spans = [span for quote in self.article.quotes for span in quote.spans]

    @cached_property
    def sentences(self) -> SentenceIndex:
        return SentenceIndex(self.article.text)

    @cached_property
    def stem_counts(self) -> Counter[str]:
        """How often each content stem occurs in the article."""
        return stem_counts(self.article.text)

    @property
    def outlet(self) -> str:
        return self.article.outlet

    def evidence(self, sentence: str) -> Evidence:
        return Evidence(
            article_id=self.article.id, outlet=self.article.outlet, url=self.article.url,
            sentence=sentence,
        )

    def quote_sentence_span(self, quote: Quote) -> Span:
        return self.sentences.span_at(quote.spans[0][0]) if quote.spans else (0, 0)

    def quote_sentence(self, quote: Quote) -> str:
        if quote.sentence:
            return quote.sentence
        start, end = self.quote_sentence_span(quote)
        return self.article.text[start:end]

    def is_quoted(self, span: Span) -> bool:
        """Whether `span` lies inside the quoted words of a quote."""
        return any(start <= span[0] and span[1] <= end for start, end in self._quote_spans)


def independent_articles(articles: list[ArticleEvidence]) -> list[SourceArticle]:
    """The story's articles minus wire duplicates, which are not independent sources."""
    seen: set[int] = set()
    kept = []
    for article in articles:
        if article.duplicate_of is not None or article.id in seen:
            continue
        seen.add(article.id)
        kept.append(SourceArticle(article))
    return kept


def speaker_book(articles: list[SourceArticle]) -> SpeakerBook:
    """Every speaker named by a quote or an attributed claim anywhere in the story."""
    names: list[str | None] = []
    for source in articles:
        names += [quote.speaker for quote in source.article.quotes]
        names += [c.speaker for c in source.article.claims if c.kind is ClaimKind.ATTRIBUTED]
    return SpeakerBook(names)


def outlets(articles: list[SourceArticle]) -> str:
    """ "The Herald" or "The Herald and Daily Post" or "A, B and C", for one-line summaries."""
    names = list(dict.fromkeys(source.outlet for source in articles))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

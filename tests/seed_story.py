"""The two seed articles as one story, with hand-built quotes and reported speech.

The quotes are what a good extractor should produce; offsets are computed from the seed text
so these tests do not depend on the quote extractor.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from bot.config import SEEDS_DIR
from bot.extract.claims import extract_claims
from bot.models import ArticleEvidence, Extraction, Quote, ReportedSpeech, SpeakerKind

FIRST_SEED = "000_de15f4ff0d2e5a60.txt"
SECOND_SEED = "004_334d3b848af08526.txt"
# The first seed has no date in its text; the story's date is an input to the tests.
FIRST_PUBLISHED = datetime(2026, 2, 4, 18, 0, tzinfo=UTC)
SECOND_PUBLISHED = datetime(2026, 2, 5, 9, 0, tzinfo=UTC)


def seed_text(name: str) -> str:
    return (SEEDS_DIR / name).read_text(encoding="utf-8")


def _apply(words: str, edits: dict[str, str]) -> str:
    for old, new in edits.items():
        words = words.replace(old, new)
    return words


def _quote(text: str, words: str, speaker: str | None, edits: dict[str, str] | None = None,
          **fields: object) -> Quote:
    words = _apply(words, edits or {})
    start = text.index(words)
    return Quote(
        text=words, spans=[(start, start + len(words))], speaker=speaker,
        speaker_kind=SpeakerKind.PERSON if speaker else SpeakerKind.UNKNOWN, **fields,
    )


def _reported(text: str, content: str, source: str, cue: str, edits: dict[str, str] | None = None,
             **fields: object) -> ReportedSpeech:
    content = _apply(content, edits or {})
    start = text.index(content)
    return ReportedSpeech(content=content, content_spans=[(start, start + len(content))],
                          source=source, cue=cue, **fields)


def first_extraction(text: str, edits: dict[str, str] | None = None) -> Extraction:
    quote = partial(_quote, edits=edits)
    reported = partial(_reported, edits=edits)
    return Extraction(
        quotes=[
            quote(text, "many important subjects", "Trump", cue="asserted", is_partial=True),
            quote(text, "an extremely good one", "Trump", cue="describing", is_partial=True),
            quote(text, "one by one", "Xi", is_partial=True),
            quote(text, "fragile trade truce", None, is_scare_quote=True),
            quote(text, "many positive results", "Trump", is_partial=True),
        ],
        reported=[
            reported(text, "“many important subjects” had been discussed and that the overall tone "
                     "of the dialogue was very positive", "Trump", "asserted"),
            reported(text, "Putin had accepted Xi’s invitation to visit China in the first half of the year",
                     "the Kremlin", "disclosed"),
            reported(text, "bilateral issues could be resolved through mutual respect and steady engagement",
                     "Xi", "stressed"),
        ],
    )


def second_extraction(text: str, edits: dict[str, str] | None = None) -> Extraction:
    quote = partial(_quote, edits=edits)
    reported = partial(_reported, edits=edits)
    trump = "Trump"
    return Extraction(
        quotes=[
            quote(text, "turbulent", None, is_scare_quote=True),
            quote(text, "I just finished a great phone call with President Xi,", trump, cue="wrote"),
            quote(text, "It was a long and detailed call.", trump, cue="wrote"),
            quote(text, "very friendly,", trump, cue="describe", is_partial=True),
            quote(text, "We all recognize how important it is to maintain it.", trump, cue="adding"),
            quote(text, "I believe we can achieve many positive results with Xi and China during the "
                  "remaining three years of my term.", trump, cue="stating"),
            quote(text, "China has decided to increase its purchase of U.S. soybeans to 20 million tons "
                  "this season, and 25 million tons will be purchased next season,", trump, cue="stated"),
            quote(text, "Taiwan is the most important issue in China–U.S. relations.", "President Xi",
                  cue="stating", via="Xinhua"),
            quote(text, "Taiwan is China’s territory, and China will surely defend national sovereignty",
                  "Xi", cue="reiterated"),
            quote(text, "great prudence,", "Xi", is_partial=True),
            quote(text, "We value China’s concerns about Taiwan,", trump, cue="stated"),
            quote(text, "We hope to maintain communication with China and maintain better and stable "
                  "U.S.-China relations during my term.", trump, cue="adding"),
            quote(text, "I value China-U.S. relations very much,", "Xi", cue="said", via="Xinhua"),
            quote(text, "I hope that I will lead a big ship of China-U.S. relations with you in the new "
                  "year and move forward stably to do more big and good things.", "Xi", cue="said"),
        ],
        reported=[
            reported(text, "China had agreed to significantly increase its purchase of U.S. soybeans, "
                     "raising this season’s imports from 12 million tonnes to 20 million tonnes, with a "
                     "further increase to 25 million tonnes slated for the following season", trump, "revealed"),
            reported(text, "the two leaders discussed the situation in Iran", trump, "noted"),
        ],
    )


def seed_article(article_id: int, text: str, outlet: str, published: datetime,
                 extraction: Extraction, duplicate_of: int | None = None) -> ArticleEvidence:
    return ArticleEvidence(
        id=article_id, outlet=outlet, url=f"https://example.org/{article_id}", title=outlet,
        text=text, published=published, duplicate_of=duplicate_of, quotes=extraction.quotes,
        claims=extract_claims(text, extraction, published),
    )


def _edited(text: str, edits: dict[str, str]) -> str:
    for old, new in edits.items():
        assert old in text, f"edit target not in seed: {old!r}"
        text = text.replace(old, new)
    return text


def _renamed(extraction: Extraction, names: dict[str, str]) -> Extraction:
    for quote in extraction.quotes:
        quote.speaker = names.get(quote.speaker or "", quote.speaker)
    for statement in extraction.reported:
        statement.source = names.get(statement.source or "", statement.source)
    return extraction


def seed_story(
    first_edits: dict[str, str] | None = None,
    second_edits: dict[str, str] | None = None,
    speaker_names: dict[str, str] | None = None,
) -> list[ArticleEvidence]:
    """Both seeds: the first as "Wire Digest", the second as "World Desk".

    Edits (old → new wording) let a test change one fact and check the finder notices;
    `speaker_names` renames speakers the way another extractor might ("Xi" → "Xi Jinping").
    """
    first = _edited(seed_text(FIRST_SEED), first_edits or {})
    second = _edited(seed_text(SECOND_SEED), second_edits or {})
    names = speaker_names or {}
    return [
        seed_article(1, first, "Wire Digest", FIRST_PUBLISHED,
                     _renamed(first_extraction(first, first_edits), names)),
        seed_article(2, second, "World Desk", SECOND_PUBLISHED,
                     _renamed(second_extraction(second, second_edits), names)),
    ]

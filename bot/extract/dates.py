"""Dates and times in article text, resolved against the article's publication date.

"February 4, 2026" is one day; "in April" is that month (in the article's year, or the year
before when the sentence looks back: "since their prior conversation in November"); "the first
half of the year" is a range (`when` .. `when_to`); "hours after" cannot be pinned to a day and
is kept as `relation` text.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from bot.extract.sentence_index import SentenceIndex
from bot.extract.wordlists import alternation, anchor_hits, finditer_near
from bot.models import Claim, ClaimKind

MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
    "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5,
    "Sunday": 6,
}
# Month names that are also ordinary words need a preposition before them ("in May").
AMBIGUOUS_MONTHS = frozenset({"May", "March", "Jan", "Mar", "Sep"})
MONTH_PREPOSITIONS = frozenset(
    {"in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "early",
     "late", "mid", "last", "next", "this", "the", "through", "on"}
)

# Words that make a bare month look back to the previous year, or forward to the next.
PAST_MARKERS = frozenset(
    {"since", "prior", "previous", "previously", "last", "earlier", "ago", "arose", "held",
     "took", "happened", "was", "were", "had"}
)
FUTURE_MARKERS = frozenset(
    {"will", "planned", "plans", "planning", "expected", "upcoming", "forthcoming", "next",
     "scheduled", "slated", "intends", "intent", "due"}
)
# The preposition that relates an event to a date ("since November").
RELATION_WORDS = frozenset({"since", "before", "after", "until", "by"})

YEAR_OFFSETS: dict[str, int] = {
    "this": 0, "the current": 0, "next": 1, "the coming": 1, "the next": 1, "last": -1,
    "the previous": -1, "the prior": -1, "the past": -1,
}
YEAR_PARTS: dict[tuple[str, str], tuple[int, int]] = {
    # (ordinal, part) → (first month, last month)
    ("first", "half"): (1, 6), ("second", "half"): (7, 12), ("latter", "half"): (7, 12),
    ("first", "quarter"): (1, 3), ("second", "quarter"): (4, 6), ("third", "quarter"): (7, 9),
    ("fourth", "quarter"): (10, 12), ("last", "quarter"): (10, 12),
}
RELATIVE_DAYS: dict[str, int] = {"today": 0, "yesterday": -1, "tomorrow": 1}
# Relative times that cannot be resolved to a day; kept as written.
RELATIVE_UNITS = ("minutes", "hours", "days", "weeks", "moments", "hour", "day", "week")
RELATIVE_DIRECTIONS = ("after", "before", "earlier", "later")
AGO_UNITS: dict[str, int] = {"day": 1, "week": 7, "month": 30, "year": 365}
COUNT_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a few": 3, "several": 3,
}



_MONTH = rf"(?P<month>{alternation(MONTHS)})\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_COUNT = rf"(?:{alternation(COUNT_WORDS)}|\d+)"

# Patterns in priority order: an earlier one wins over any later one that overlaps it.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")),
    ("dmy", re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b")),
    ("md", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*\d)")),
    ("dm", re.compile(rf"\b{_DAY}\s+{_MONTH}\b")),
    ("my", re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b")),
    ("part", re.compile(
        rf"\b(?:the\s+)?(?P<ordinal>first|second|third|fourth|latter|last)\s+(?P<part>half|quarter)"
        rf"\s+of\s+(?:(?P<which>{alternation(YEAR_OFFSETS)})\s+year|the\s+year|{_YEAR})\b",
        re.IGNORECASE)),
    ("month", re.compile(rf"\b{_MONTH}(?:\s+(?P<which>this|next|last)\s+year)?\b")),
    ("relyear", re.compile(rf"\b(?P<which>{alternation(YEAR_OFFSETS)})\s+year\b", re.IGNORECASE)),
    ("year", re.compile(
        rf"\b(?P<prep>in|for|by|since|until|during|of|before|after|early|late|mid-)\s*{_YEAR}"
        rf"\b(?!\s*(?:%|per))")),
    ("day", re.compile(rf"\b(?P<rel>{alternation(RELATIVE_DAYS)})\b", re.IGNORECASE)),
    ("weekday", re.compile(rf"\bon\s+(?P<weekday>{alternation(WEEKDAYS)})\b")),
    ("ago", re.compile(rf"\b(?P<count>{_COUNT})\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.IGNORECASE)),
    ("relation", re.compile(
        rf"\b(?:(?:just|only|mere|some)\s+)?(?:(?:{_COUNT})\s+)?(?:{alternation(RELATIVE_UNITS)}|shortly|soon)"
        rf"\s+(?:{alternation(RELATIVE_DIRECTIONS)})\b",
        re.IGNORECASE)),
)


_EXACT_DAY_PATTERNS = frozenset({"iso", "mdy", "dmy", "md", "dm"})

# Each pattern is searched only around a word every one of its matches contains: one scan for
# the anchor words instead of one full scan per pattern.
_MONTH_ANCHOR = re.compile(rf"\b(?:{alternation(MONTHS)})\b")
_YEAR_ANCHOR = re.compile(r"(?:19|20)\d\d")
_ANCHOR_OF: dict[str, re.Pattern[str]] = {
    "iso": _YEAR_ANCHOR, "mdy": _MONTH_ANCHOR, "dmy": _MONTH_ANCHOR, "md": _MONTH_ANCHOR, "dm": _MONTH_ANCHOR,
    "my": _MONTH_ANCHOR, "month": _MONTH_ANCHOR, "year": _YEAR_ANCHOR,
    "part": re.compile(r"\b(?:half|quarter)\b", re.IGNORECASE),
    "relyear": re.compile(r"\byear\b", re.IGNORECASE),
    "ago": re.compile(r"\bago\b", re.IGNORECASE),
    "relation": re.compile(rf"\b(?:{alternation(RELATIVE_DIRECTIONS)})\b", re.IGNORECASE),
}


def _matches(name: str, pattern: re.Pattern[str], text: str,
             hits: dict[re.Pattern[str], list[tuple[int, int]]]) -> Iterator[re.Match[str]]:
    anchor = _ANCHOR_OF.get(name)
    if anchor is None:
        return pattern.finditer(text)
    if anchor not in hits:
        hits[anchor] = anchor_hits(text, anchor)
    return finditer_near(pattern, text, hits[anchor], before=60, after=40)


def extract_dates(
    text: str, published: datetime | None, sentences: SentenceIndex | None = None
) -> Iterator[Claim]:
    """Yield a DATE claim for each date, month, year part or relative time in `text`."""
    sentences = sentences or SentenceIndex(text)
    taken = bytearray(len(text))  # characters already inside a found date
    found: list[Claim] = []
    hits: dict[re.Pattern[str], list[tuple[int, int]]] = {}
    for name, pattern in _PATTERNS:
        for match in _matches(name, pattern, text, hits):
            if any(taken[match.start() : match.end()]):
                continue
            sentence_start, _ = sentences.span_at(match.start())
            sentence = sentences.sentence_at(match.start())
            context = text[sentence_start : match.start()]
            resolved = _resolve(name, match, published, context, sentence)
            if resolved is None:
                if name in _EXACT_DAY_PATTERNS:
                    taken[match.start() : match.end()] = b"\x01" * len(match.group())  # not a month either
                continue
            when, when_to, relation, confidence = resolved
            taken[match.start() : match.end()] = b"\x01" * len(match.group())
            found.append(
                Claim(
                    kind=ClaimKind.DATE,
                    text=match.group(),
                    sentence=sentence,
                    span=(match.start(), match.end()),
                    when=when,
                    when_to=when_to,
                    relation=relation or _relation_word(context),
                    confidence=confidence,
                )
            )
    yield from sorted(found, key=lambda claim: claim.span)


_Resolved = tuple[date | None, date | None, str | None, float]


def _resolve(
    name: str, match: re.Match[str], published: datetime | None, context: str, sentence: str
) -> _Resolved | None:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    base = published.date() if published else None
    if name == "iso":
        return _day(year, int(groups["mon"]), int(groups["day"]), 0.95)
    if name in {"mdy", "dmy"}:
        return _day(year, MONTHS[groups["month"]], int(groups["day"]), 0.95)
    if name in {"md", "dm"}:
        if base is None:
            return None, None, None, 0.4
        return _day(base.year, MONTHS[groups["month"]], int(groups["day"]), 0.8)
    if name == "my":
        return (*_month_range(year, MONTHS[groups["month"]]), None, 0.9)  # type: ignore[arg-type]
    if name == "month":
        return _bare_month(groups, base, context, sentence)
    if name == "part":
        target = year if year else _offset_year(base, groups.get("which"))
        if target is None:
            return None, None, None, 0.4
        first, last = YEAR_PARTS[(groups["ordinal"].lower(), groups["part"].lower())]
        return date(target, first, 1), _month_range(target, last)[1], None, 0.85
    if name == "relyear":
        target = _offset_year(base, groups["which"])
        if target is None:
            return None, None, None, 0.4
        return date(target, 1, 1), date(target, 12, 31), None, 0.8
    if name == "year":
        return date(year, 1, 1), date(year, 12, 31), None, 0.8  # type: ignore[arg-type]
    if name == "day":
        if base is None:
            return None, None, groups["rel"].lower(), 0.4
        return base + timedelta(days=RELATIVE_DAYS[groups["rel"].lower()]), None, None, 0.8
    if name == "weekday":
        if base is None:
            return None, None, None, 0.4
        # News reports an "on Tuesday" that is at most a week old.
        back = (base.weekday() - WEEKDAYS[groups["weekday"]]) % 7
        return base - timedelta(days=back), None, None, 0.7
    if name == "ago":
        if base is None:
            return None, None, match.group().lower(), 0.4
        count = COUNT_WORDS.get(groups["count"].lower()) or int(groups["count"])
        return base - timedelta(days=count * AGO_UNITS[groups["unit"].lower()]), None, None, 0.6
    # A relation such as "hours after": the day is unknown, the words are kept.
    return None, None, match.group().lower(), 0.6


def _day(year: int | None, month: int, day: int, confidence: float) -> _Resolved | None:
    try:
        return date(year, month, day), None, None, confidence  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None  # "February 30" or no year: not a date we can stand behind


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _offset_year(base: date | None, which: str | None) -> int | None:
    if base is None:
        return None
    return base.year + YEAR_OFFSETS.get((which or "this").lower(), 0)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def _bare_month(
    groups: dict[str, str | None], base: date | None, context: str, sentence: str
) -> _Resolved | None:
    month_name = groups["month"] or ""
    previous_word = (re.findall(r"[A-Za-z]+", context[-12:]) or [""])[-1].lower()
    if month_name in AMBIGUOUS_MONTHS and previous_word not in MONTH_PREPOSITIONS:
        return None  # "may" the verb, "march" the walk
    if base is None:
        return None, None, None, 0.4
    month = MONTHS[month_name]
    year = base.year + {"this": 0, "next": 1, "last": -1}.get(groups.get("which") or "", 0)
    if not groups.get("which"):
        words = _words(sentence)
        if month > base.month and words & PAST_MARKERS and not words & FUTURE_MARKERS:
            year -= 1  # "since their prior conversation in November", read in February
        elif month < base.month and words & FUTURE_MARKERS and not words & PAST_MARKERS:
            year += 1  # "the visit planned for March", read in October
    return (*_month_range(year, month), None, 0.75)


def _relation_word(context: str) -> str | None:
    """The "since" or "before" that ties the event in this clause to the date."""
    clause = re.split(r"[,;:—–]", context)[-1]
    words = re.findall(r"[a-z]+", clause.lower())
    for word in reversed(words):
        if word in RELATION_WORDS:
            return word
    return None

"""Numeric facts in article text: value, unit and scale normalised, hedges kept.

"20 million tons" and "20 million tonnes" both become 2e7 tonne; "$11 billion" becomes
1.1e10 USD; "from 12 million tonnes to 20 million tonnes" is one claim changing 1.2e7 → 2e7.
A bare number with no unit, currency or scale word is not check-worthy and is skipped (it is
usually a year, a day of the month or a count like "the two leaders").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.extract.sentence_index import SentenceIndex
from bot.extract.wordlists import alternation, anchor_hits, finditer_near
from bot.models import Claim, ClaimKind

# Canonical unit → the ways articles write it. Tons and tonnes are treated alike: newsrooms
# use both for the same metric figure, and the issue asks that they agree.
UNIT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "tonne": ("metric tonnes", "metric tons", "tonnes", "tonne", "tons", "ton"),
    "USD": ("US dollars", "U.S. dollars", "dollars", "dollar", "USD"),
    "EUR": ("euros", "euro", "EUR"),
    "GBP": ("pounds sterling", "sterling", "GBP"),
    "CNY": ("yuan", "renminbi", "CNY", "RMB"),
    "JPY": ("yen", "JPY"),
    "percent": ("per cent", "percent", "%"),
    # A change of share, not a share: "up 3 percentage points" is not "up 3 percent".
    "percentage point": ("percentage points", "percentage point"),
    "people": ("people", "persons", "individuals"),
    "barrel": ("barrels per day", "barrels", "barrel"),
    "year": ("years", "year"),
    "month": ("months", "month"),
    "week": ("weeks", "week"),
    "day": ("days", "day"),
    "hour": ("hours", "hour"),
    "kilometre": ("kilometres", "kilometers", "km"),
    "mile": ("miles", "mile"),
    "vote": ("votes", "vote"),
    "job": ("jobs",),
    "troop": ("troops", "soldiers"),
}

# Currency signs written before the figure.
CURRENCY_SIGNS: dict[str, str] = {"US$": "USD", "HK$": "HKD", "$": "USD", "€": "EUR", "£": "GBP"}

SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
# Single-letter scales are only read after a currency sign ("$5m"), never "5m" (metres).
CURRENCY_SCALE_LETTERS: dict[str, float] = {"k": 1e3, "m": 1e6, "b": 1e9}

NUMBER_WORDS: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a dozen": 12, "a hundred": 100,
}

# Hedges kept with the figure, longest first when matching.
HEDGES: tuple[str, ...] = (
    "more than", "less than", "fewer than", "up to", "at least", "at most", "no more than",
    "in excess of", "upwards of", "close to", "an estimated", "approximately", "roughly",
    "around", "about", "nearly", "almost", "some", "over", "under", "below", "above",
)

# Words that make "from X to Y" a change rather than a range.
_CHANGE_FROM = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_CHANGE_TO = re.compile(r"^\s*to\s*$", re.IGNORECASE)

# A plural noun right after a bare scaled figure is what it counts ("1.6 billion members").
_COUNTED_NOUN = re.compile(r"[a-z]{3,}s")
_YEAR_LIKE = re.compile(r"^(1[89]|20)\d\d$")
# Words skipped before the counted noun ("25 million tonnes of soybeans", "of his term").
_SUBJECT_LEAD = frozenset({"of", "the", "my", "his", "her", "its", "our", "their", "your"})
_SUBJECT_STOP = frozenset(
    {"and", "or", "to", "in", "for", "by", "with", "from", "this", "that", "the", "a", "an",
     "will", "was", "were", "is", "are", "be", "been", "had", "has", "have", "slated", "of",
     "could", "would", "should", "can", "may", "might", "must", "shall", "did", "do", "does",
     "last", "next", "ago", "each", "per", "every", "more", "than", "said", "say", "says"}
)



_UNIT_LOOKUP = {form.lower(): unit for unit, forms in UNIT_SYNONYMS.items() for form in forms}
_QUANTITY = re.compile(
    rf"(?:(?P<hedge>{alternation(HEDGES)})\s+)?"
    rf"(?P<currency>{alternation(CURRENCY_SIGNS)})?\s?"
    rf"(?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?:{alternation(NUMBER_WORDS)})\b)"
    rf"(?:(?:\s|-)?(?P<scale>{alternation(SCALE_WORDS)})\b|(?P<letter>[kmb])\b)?"
    rf"(?:\s?(?P<unit>{alternation(_UNIT_LOOKUP)})(?![\w]))?",
    re.IGNORECASE,
)


@dataclass
class _Figure:
    start: int
    end: int
    number: float
    scale: float | None
    currency: str | None
    unit: str | None
    hedge: str | None
    unit_named: bool = False

    @property
    def value(self) -> float:
        return self.number * (self.scale or 1.0)

    @property
    def check_worthy(self) -> bool:
        return bool(self.unit or self.scale or self.currency)


def _parse_number(raw: str) -> float | None:
    word = raw.lower()
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return None


# Every figure has a digit or a number word: the cheap pattern _QUANTITY is searched around.
_NUMBER_ANCHOR = re.compile(rf"\d|\b(?:{alternation(NUMBER_WORDS)})\b", re.IGNORECASE)


def _figures(text: str) -> Iterator[_Figure]:
    for match in finditer_near(_QUANTITY, text, anchor_hits(text, _NUMBER_ANCHOR)):
        number = _parse_number(match.group("number"))
        if number is None:
            continue
        currency = match.group("currency")
        letter = match.group("letter")
        if letter and not currency:
            continue  # "5m" without a currency sign is more likely metres than millions
        scale = SCALE_WORDS.get((match.group("scale") or "").lower()) or (
            CURRENCY_SCALE_LETTERS.get(letter.lower()) if letter else None
        )
        unit_text = match.group("unit")
        unit = _UNIT_LOOKUP.get(unit_text.lower()) if unit_text else None
        if currency:
            unit = unit or CURRENCY_SIGNS[currency]
        yield _Figure(
            start=match.start() + len(match.group()) - len(match.group().lstrip()),
            end=match.end(),
            number=number,
            scale=scale,
            currency=CURRENCY_SIGNS.get(currency) if currency else None,
            unit=unit,
            hedge=match.group("hedge").lower() if match.group("hedge") else None,
            unit_named=bool(unit_text),
        )


def _subject_after(text: str, end: int, unit_named: bool) -> str | None:
    """The few lowercase words the figure counts: "$11 billion arms package" → "arms package",
    "25 million tonnes of soybeans" → "soybeans". After a unit word only an "of" phrase counts:
    in "41% identify as" or "44 years old" the next word is not what is counted."""
    words: list[str] = []
    for i, match in enumerate(re.finditer(r"([A-Za-z][\w'-]*)|([^\sA-Za-z])", text[end : end + 60])):
        word = match.group(1)
        if word is None:
            break  # punctuation or a digit closes the noun phrase
        if unit_named and i == 0 and word.lower() != "of":
            return None
        if not words and word.lower() in _SUBJECT_LEAD:
            continue
        if word.lower() in _SUBJECT_STOP or not word.islower():
            break
        words.append(word)
        if len(words) == 2:
            break
    return " ".join(words) or None


def extract_numbers(text: str, sentences: SentenceIndex | None = None) -> Iterator[Claim]:
    """Yield a NUMERIC claim for each figure with a unit, currency or scale word in `text`."""
    sentences = sentences or SentenceIndex(text)
    figures = list(_figures(text))
    i = 0
    while i < len(figures):
        figure = figures[i]
        following = figures[i + 1] if i + 1 < len(figures) else None
        if (
            following is not None
            and _CHANGE_FROM.search(text[max(0, figure.start - 12) : figure.start])
            and _CHANGE_TO.match(text[figure.end : following.start])
            and following.check_worthy
        ):
            # "from 12 to 20 million tonnes": the first figure borrows the second's scale and unit.
            scale = figure.scale or (following.scale if not figure.unit else None)
            unit = figure.unit or following.unit
            if figure.unit and following.unit and figure.unit != following.unit:
                scale = figure.scale
            start_value = figure.number * (scale or 1.0)
            yield _claim(text, sentences, figure.start, following.end, start_value, following.value,
                         unit, figure.hedge or following.hedge, following.unit_named)
            i += 2
            continue
        if figure.check_worthy and not _is_year(text, figure):
            yield _claim(text, sentences, figure.start, figure.end, figure.value, None,
                         figure.unit, figure.hedge, figure.unit_named)
        i += 1


def _is_year(text: str, figure: _Figure) -> bool:
    raw = text[figure.start : figure.end]
    return figure.unit is None and figure.currency is None and bool(_YEAR_LIKE.match(raw.strip()))


def _claim(
    text: str,
    sentences: SentenceIndex,
    start: int,
    end: int,
    value: float,
    value_to: float | None,
    unit: str | None,
    hedge: str | None,
    unit_named: bool,
) -> Claim:
    subject = _subject_after(text, end, unit_named)
    if unit is None and subject and _COUNTED_NOUN.fullmatch(subject.split()[0]):
        unit = subject.split()[0].lower()  # "1 million refugees": refugees are the unit
    return Claim(
        kind=ClaimKind.NUMERIC,
        text=text[start:end],
        sentence=sentences.sentence_at(start),
        span=(start, end),
        value=value,
        value_to=value_to,
        unit=unit,
        hedge=hedge,
        subject=subject,
        confidence=0.8 if unit else 0.6,
    )

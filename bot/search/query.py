"""The search grammar shared by `/quotes`, `/claims` and the CLI.

    Xi Taiwan                   speaker words and topic words, told apart later by the speaker list
    from:Xi  from:"Xi Jinping"  an explicit speaker
    outlet:Reuters              an outlet (fuzzy)
    since:2026-02-01  since:7d  a start date, absolute or relative (h, d, w)
    "great prudence"            an exact phrase
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from pydantic import BaseModel, Field

MAX_QUERY_CHARS = 300
MAX_WORDS = 12
RELATIVE_UNITS = {"h": "hours", "d": "days", "w": "weeks"}
FILTER_KEYS = ("from", "outlet", "since")

_TOKEN = re.compile(r'(\w+):"([^"]*)"?|(\w+):(\S*)|"([^"]*)"?|(\S+)')
_WORD_CHARS = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


class QueryError(ValueError):
    """A search the user typed that cannot be run; the message says how to fix it."""


class ParsedQuery(BaseModel):
    raw: str
    words: list[str] = Field(default_factory=list)
    from_names: list[str] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list)
    phrases: list[str] = Field(default_factory=list)
    since: datetime | None = None
    notes: list[str] = Field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.words or self.from_names or self.outlets or self.phrases or self.since)


def parse_since(value: str, now: datetime) -> datetime:
    relative = re.fullmatch(r"(\d{1,4})([hdw])", value.strip().lower())
    if relative:
        amount, unit = relative.groups()
        return now - timedelta(**{RELATIVE_UNITS[unit]: int(amount)})
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise QueryError(
            f"I can't read the date in `since:{value}`. Use a date like `since:2026-02-01` "
            "or a period like `since:7d` (h = hours, d = days, w = weeks)."
        ) from None
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def parse_query(text: str, now: datetime | None = None) -> ParsedQuery:
    """Split a search into speaker/topic words, filters and phrases. Raises QueryError."""
    now = now or datetime.now(UTC)
    raw = (text or "").strip()
    if len(raw) > MAX_QUERY_CHARS:
        raise QueryError(
            f"That search is {len(raw):,} characters long; I read up to {MAX_QUERY_CHARS}. "
            "Try a few words, such as `Xi Taiwan` or `from:Trump soybeans`."
        )
    parsed = ParsedQuery(raw=raw)
    normalised = raw.translate(_QUOTE_MARKS)
    if normalised.count('"') % 2:
        parsed.notes.append("An opening quote mark had no closing one; I read the phrase to the end.")
    for match in _TOKEN.finditer(normalised):
        key_q, value_q, key, value, phrase, bare = match.groups()
        key, value = (key_q, value_q) if key_q is not None else (key, value)
        if key is not None and key.lower() in FILTER_KEYS:
            _apply_filter(parsed, key.lower(), value.strip(), now)
        elif phrase is not None:
            if phrase.strip():
                parsed.phrases.append(" ".join(phrase.split()))
        else:
            parsed.words.extend(_WORD_CHARS.findall(bare if bare is not None else match.group(0)))
    if len(parsed.words) > MAX_WORDS:
        parsed.notes.append(f"I used the first {MAX_WORDS} of {len(parsed.words)} words.")
        parsed.words = parsed.words[:MAX_WORDS]
    return parsed


def _apply_filter(parsed: ParsedQuery, key: str, value: str, now: datetime) -> None:
    if not value:
        raise QueryError(f"`{key}:` needs a value, such as `{key}:{_EXAMPLES[key]}`.")
    if key == "from":
        parsed.from_names.append(value)
    elif key == "outlet":
        parsed.outlets.append(value)
    else:
        parsed.since = parse_since(value, now)


_EXAMPLES = {"from": "Xi", "outlet": "Reuters", "since": "7d"}

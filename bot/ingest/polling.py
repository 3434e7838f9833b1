"""Polling schedule: source intervals, what a poll changes in a source's state, and the
one-line status `sources list` shows."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.ingest.downloads import retry_delay
from bot.ingest.web import PollOutcome
from bot.models import Source, SourceState

# Interval units as the newsroom types them ("15m", "2h", "1d", "90s").
INTERVAL_UNITS = {
    "s": timedelta(seconds=1),
    "m": timedelta(minutes=1),
    "h": timedelta(hours=1),
    "d": timedelta(days=1),
}
INTERVAL_UNIT_WORDS = {
    "sec": "s", "secs": "s", "second": "s", "seconds": "s",
    "min": "m", "mins": "m", "minute": "m", "minutes": "m",
    "hr": "h", "hrs": "h", "hour": "h", "hours": "h",
    "day": "d", "days": "d",
}
# Polling faster than this is impolite to outlets; slower than this is not news.
SHORTEST_INTERVAL = timedelta(minutes=1)
LONGEST_INTERVAL = timedelta(days=7)

_INTERVAL = re.compile(r"^(?:\s*\d+(?:\.\d+)?\s*[a-z]+)+\s*$", re.IGNORECASE)
_INTERVAL_PART = re.compile(r"(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>[a-z]+)", re.IGNORECASE)


class IntervalError(ValueError):
    """A polling interval the newsroom typed could not be understood; the message says why."""


def parse_interval(text: str) -> timedelta:
    """A polling interval from "15m", "2h", "1d", "1h30m", "90 seconds"; IntervalError in plain words."""
    if not _INTERVAL.match(text or ""):
        raise IntervalError(f"{text!r} is not an interval; write a number and a unit, such as 15m, 2h or 1d")
    interval = timedelta(0)
    for part in _INTERVAL_PART.finditer(text):
        unit = part.group("unit").lower()
        unit = INTERVAL_UNIT_WORDS.get(unit, unit)
        if unit not in INTERVAL_UNITS:
            raise IntervalError(f"{part.group('unit')!r} is not a unit; use s, m, h or d (as in 15m)")
        interval += INTERVAL_UNITS[unit] * float(part.group("amount"))
    if interval < SHORTEST_INTERVAL:
        raise IntervalError(f"{text.strip()} is too often; poll at most every {format_interval(SHORTEST_INTERVAL)}")
    if interval > LONGEST_INTERVAL:
        raise IntervalError(f"{text.strip()} is too rare; poll at least every {format_interval(LONGEST_INTERVAL)}")
    return interval


def format_interval(interval: timedelta) -> str:
    """An interval the way `parse_interval` reads it back ("15m", "2h", "1d", "1h30m")."""
    seconds = int(interval.total_seconds())
    if seconds <= 0:
        return "0s"
    parts = []
    for unit in ("d", "h", "m", "s"):
        amount, seconds = divmod(seconds, int(INTERVAL_UNITS[unit].total_seconds()))
        if amount:
            parts.append(f"{amount}{unit}")
    return "".join(parts)


def after_poll(source: Source, outcome: PollOutcome, now: datetime) -> SourceState:
    """The source's state once `outcome` is recorded: validators, last success or error, and the
    next poll — its interval after a success, exponential backoff after failures in a row
    (never sooner than the interval for failures that retrying will not fix, nor sooner than a
    server's Retry-After)."""
    state = SourceState.model_validate(source.model_dump(include=set(SourceState.model_fields)))
    if outcome.ok:
        return state.model_copy(
            update={
                "etag": outcome.etag,
                "last_modified": outcome.last_modified,
                "last_success": now,
                "failures": 0,
                "next_poll": now + source.every,
            }
        )
    failures = state.failures + 1
    delay = retry_delay(failures)
    if not outcome.retryable:
        delay = max(delay, source.every)
    if outcome.retry_after is not None:
        delay = max(delay, timedelta(seconds=outcome.retry_after))
    return state.model_copy(
        update={"last_error": outcome.error, "last_error_at": now, "failures": failures, "next_poll": now + delay}
    )


def _rounded(interval: timedelta) -> str:
    # "2h14m", not "2h14m37s": a status line needs minutes at most.
    if interval >= timedelta(minutes=1):
        interval = timedelta(minutes=int(interval.total_seconds() // 60))
    return format_interval(interval)


def _ago(moment: datetime, now: datetime) -> str:
    return f"{_rounded(now - moment)} ago" if moment < now else "just now"


def source_status(source: Source, now: datetime) -> str:
    """One line for `sources list`: last success, last error in plain words, article count and
    next poll ("last success 5m ago · 12 articles · next poll in 10m")."""
    parts = [f"last success {_ago(source.last_success, now)}" if source.last_success else "never succeeded yet"]
    if source.last_error and (source.last_success is None or (source.last_error_at or now) > source.last_success):
        when = f" ({_ago(source.last_error_at, now)})" if source.last_error_at else ""
        failures = f", {source.failures} failures in a row" if source.failures > 1 else ""
        parts.append(f"last error{when}: {source.last_error}{failures}")
    parts.append(f"{source.article_count} article{'s' if source.article_count != 1 else ''}")
    if source.next_poll is None or source.next_poll <= now:
        parts.append("next poll now")
    else:
        parts.append(f"next poll in {_rounded(source.next_poll - now)}")
    return " · ".join(parts)

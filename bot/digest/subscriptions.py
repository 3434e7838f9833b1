"""Digest subscriptions: reading a channel's "HH:MM Area/City" request, and storing it."""

from __future__ import annotations

import difflib
import re
from datetime import UTC, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import Subscription
from bot.store.articles import as_utc
from bot.store.tables import SubscriptionRow

_CLOCK_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
# Words that set what a quiet day gets: a short "nothing new" message, or no message at all.
QUIET_DAY_OPTIONS = {"post-empty": True, "skip-empty": False}


class SubscriptionError(ValueError):
    """A subscription request a journalist got wrong; the message says how to fix it."""


def parse_post_time(text: str) -> time:
    """A 24-hour "HH:MM" (or "H:MM") clock time."""
    match = _CLOCK_TIME.match(text.strip())
    if not match:
        raise SubscriptionError(f"“{text}” is not a time. Use 24-hour HH:MM, e.g. 08:00 or 17:30.")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise SubscriptionError(f"“{text}” is not a time of day. Hours go 00–23 and minutes 00–59.")
    return time(hour, minute)


@lru_cache(maxsize=1)
def _zone_names() -> dict[str, str]:
    return {name.lower(): name for name in available_timezones()}


def parse_timezone(text: str) -> str:
    """An IANA timezone name ("Europe/London"), matched case-insensitively; suggests near misses."""
    name = text.strip()
    canonical = _zone_names().get(name.lower())
    if canonical:
        return canonical
    try:
        ZoneInfo(name)
        return name
    except (ZoneInfoNotFoundError, ValueError):
        pass
    close = difflib.get_close_matches(name.lower(), _zone_names(), n=3, cutoff=0.6)
    hint = f" Did you mean {', '.join(_zone_names()[c] for c in close)}?" if close else ""
    raise SubscriptionError(f"“{name}” is not a timezone I know. Use an Area/City name such as Europe/London."
                            + hint)


def parse_subscribe_args(words: list[str], default_time: time, default_timezone: str,
                         ) -> tuple[time, str, bool | None]:
    """The post time, timezone and quiet-day choice in `/digest subscribe [HH:MM] [Area/City]`."""
    post_time, zone, post_when_empty = default_time, default_timezone, None
    for word in words:
        if word.lower() in QUIET_DAY_OPTIONS:
            post_when_empty = QUIET_DAY_OPTIONS[word.lower()]
        elif word[:1].isdigit():
            post_time = parse_post_time(word)
        else:
            zone = parse_timezone(word)
    return post_time, zone, post_when_empty


def subscription_from_row(row: SubscriptionRow) -> Subscription:
    hour, minute = (int(part) for part in row.post_time.split(":"))
    return Subscription(
        channel_id=row.channel_id, team_id=row.team_id, post_time=time(hour, minute), timezone=row.timezone,
        post_when_empty=row.post_when_empty, created_by=row.created_by, created_at=as_utc(row.created_at),
    )


def save_subscription(session: Session, subscription: Subscription) -> Subscription:
    """Create or update the channel's subscription; a change of time keeps the creation date."""
    row = session.get(SubscriptionRow, subscription.channel_id)
    if row is None:
        row = SubscriptionRow(channel_id=subscription.channel_id, created_at=subscription.created_at
                              or datetime.now(UTC), created_by=subscription.created_by)
        session.add(row)
    row.team_id = subscription.team_id or row.team_id
    row.post_time = subscription.post_time.strftime("%H:%M")
    row.timezone = subscription.timezone
    row.post_when_empty = subscription.post_when_empty
    session.flush()
    return subscription_from_row(row)


def get_subscription(session: Session, channel_id: str) -> Subscription | None:
    row = session.get(SubscriptionRow, channel_id)
    return subscription_from_row(row) if row else None


def all_subscriptions(session: Session) -> list[Subscription]:
    rows = session.scalars(select(SubscriptionRow).order_by(SubscriptionRow.channel_id))
    return [subscription_from_row(r) for r in rows]


def delete_subscription(session: Session, channel_id: str) -> bool:
    row = session.get(SubscriptionRow, channel_id)
    if row is None:
        return False
    session.delete(row)
    return True

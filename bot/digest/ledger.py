"""The delivery ledger: one row per channel per local date, claimed before anything is posted.

The row is the claim token. `UNIQUE(channel_id, digest_date)` lets only one process insert it;
after that every write is a compare-and-set on (claimed_by, attempts), so a process whose claim
was taken over can no longer write, and two processes never both take over a stale claim.
States: claimed → posted | failed; skipped when the day is knowingly left out.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from bot.models import DigestRecord
from bot.store.articles import as_utc
from bot.store.database import Store
from bot.store.tables import DigestRow

log = logging.getLogger(__name__)

DONE_STATES = ("posted", "skipped")
# Longer than any single article's ingest transaction.
LATE_COMMIT_MARGIN = timedelta(minutes=10)


@dataclass(frozen=True)
class LedgerClaim:
    """A claim this process holds; `attempts` is its version for compare-and-set writes."""

    id: int
    channel_id: str
    digest_date: date
    claimed_by: str
    attempts: int
    covers_until: datetime
    message_ts: str | None
    thread_parts_posted: int

    @property
    def resumed(self) -> bool:
        return self.attempts > 1


@dataclass(frozen=True)
class TakeoverRules:
    """When an existing row may be claimed again.

    `lease`: a claim untouched this long belongs to a process presumed dead.
    `own_previous_life`: claims recorded under our own instance id that this process is not
    running come from before a restart, and are taken over at once.
    `retry_failed`: a failed day may be tried again, up to `max_attempts` in all, waiting
    `failed_retry_after`, doubled after each failure.
    """

    lease: timedelta
    max_attempts: int
    failed_retry_after: timedelta = timedelta(minutes=2)
    retry_failed: bool = True
    own_previous_life: bool = True


def record_from_row(row: DigestRow) -> DigestRecord:
    return DigestRecord(
        channel_id=row.channel_id, digest_date=row.digest_date, state=row.state, message_ts=row.message_ts,
        error=row.error, attempts=row.attempts, updated_at=as_utc(row.updated_at),
        covers_until=as_utc(row.covers_until), claimed_by=row.claimed_by,
        thread_parts_posted=row.thread_parts_posted or 0,
    )


def _claim_from_row(row: DigestRow) -> LedgerClaim:
    return LedgerClaim(id=row.id, channel_id=row.channel_id, digest_date=row.digest_date, claimed_by=row.claimed_by,
                       attempts=row.attempts, covers_until=as_utc(row.covers_until), message_ts=row.message_ts,
                       thread_parts_posted=row.thread_parts_posted or 0)


def get_record(store: Store, channel_id: str, digest_date: date) -> DigestRecord | None:
    with store.session() as session:
        row = session.scalar(select(DigestRow).where(DigestRow.channel_id == channel_id,
                                                     DigestRow.digest_date == digest_date))
        return record_from_row(row) if row else None


def recent_records(store: Store, channel_id: str, limit: int = 5) -> list[DigestRecord]:
    with store.session() as session:
        rows = session.scalars(select(DigestRow).where(DigestRow.channel_id == channel_id)
                               .order_by(DigestRow.digest_date.desc()).limit(limit))
        return [record_from_row(r) for r in rows]


@dataclass(frozen=True)
class PreviousDigest:
    """Where the next digest starts: after `since`, leaving out what an earlier digest listed."""

    since: datetime | None
    listed: frozenset[int] = frozenset()


def previous_digest(store: Store, channel_id: str, before: date) -> PreviousDigest:
    """The window start for the channel's next digest after its last posted one before `before`.

    An article is stamped when its row is written but becomes visible only at commit, so one
    being ingested as a digest is claimed can carry a time just before the cut-off and still be
    missing from it. The next digest therefore looks back `LATE_COMMIT_MARGIN` further and skips
    articles that posted digests already listed.
    """
    with store.session() as session:
        last = session.scalar(
            select(DigestRow.covers_until)
            .where(DigestRow.channel_id == channel_id, DigestRow.digest_date < before, DigestRow.state == "posted")
            .order_by(DigestRow.digest_date.desc()).limit(1)
        )
        if last is None:
            return PreviousDigest(None)
        since = as_utc(last) - LATE_COMMIT_MARGIN
        listed = session.scalars(
            select(DigestRow.article_ids)
            .where(DigestRow.channel_id == channel_id, DigestRow.state == "posted", DigestRow.covers_until > since)
        )
        return PreviousDigest(since, frozenset(i for ids in listed for i in ids or ()))


def _insert_claim(store: Store, channel_id: str, digest_date: date, instance_id: str, now: datetime,
                  covers_until: datetime) -> LedgerClaim | None:
    try:
        with store.session() as session:
            row = DigestRow(channel_id=channel_id, digest_date=digest_date, state="claimed", claimed_by=instance_id,
                            covers_until=covers_until, attempts=1, thread_parts_posted=0, updated_at=now)
            session.add(row)
            session.flush()
            return _claim_from_row(row)
    except IntegrityError:
        return None  # someone holds (or held) this day already


def _may_take_over(row: DigestRow, instance_id: str, now: datetime, rules: TakeoverRules) -> str | None:
    """Why this existing row may be claimed again, or None."""
    if row.state == "claimed":
        if rules.own_previous_life and row.claimed_by == instance_id:
            return "our own claim from before a restart"
        if as_utc(row.updated_at) <= now - rules.lease:
            return f"stale claim by {row.claimed_by}"
    elif row.state == "failed" and rules.retry_failed and row.attempts < rules.max_attempts:
        # Back off between tries so a long Slack outage does not use them all up in minutes.
        wait = rules.failed_retry_after * 2 ** max(row.attempts - 1, 0)
        if as_utc(row.updated_at) <= now - wait:
            return f"retrying after failure ({row.error or 'unknown error'})"
    return None


def _existing(store: Store, channel_id: str, digest_date: date) -> DigestRow | None:
    with store.session() as session:
        return session.scalar(select(DigestRow).where(DigestRow.channel_id == channel_id,
                                                      DigestRow.digest_date == digest_date))


def claim(store: Store, channel_id: str, digest_date: date, instance_id: str, now: datetime,
          covers_until: datetime, rules: TakeoverRules) -> LedgerClaim | None:
    """Claim the channel's digest for `digest_date`, or None if it is done or someone else holds it."""
    now = now.astimezone(UTC)
    row = _existing(store, channel_id, digest_date)
    if row is None:
        fresh = _insert_claim(store, channel_id, digest_date, instance_id, now, covers_until.astimezone(UTC))
        if fresh is not None:
            return fresh
        row = _existing(store, channel_id, digest_date)  # another process inserted it first
        if row is None:
            return None
    why = _may_take_over(row, instance_id, now, rules)
    if why is None:
        return None
    with store.session() as session:
        # Compare-and-set: `attempts` is the row's version, so only one of several takers wins.
        taken = session.execute(
            update(DigestRow)
            .where(DigestRow.id == row.id, DigestRow.state == row.state, DigestRow.attempts == row.attempts)
            .values(state="claimed", claimed_by=instance_id, attempts=row.attempts + 1, error=None,
                    updated_at=now, covers_until=row.covers_until or covers_until)
        ).rowcount
        if taken != 1:
            return None
        log.warning("digest %s %s: taking over (%s)", channel_id, digest_date, why)
        return _claim_from_row(session.get(DigestRow, row.id))


def _write(store: Store, held: LedgerClaim, now: datetime, **values: object) -> bool:
    """Compare-and-set on the claim we hold; False when it was taken over meanwhile."""
    with store.session() as session:
        changed = session.execute(
            update(DigestRow)
            .where(DigestRow.id == held.id, DigestRow.state == "claimed", DigestRow.claimed_by == held.claimed_by,
                   DigestRow.attempts == held.attempts)
            .values(updated_at=now.astimezone(UTC), **values)
        ).rowcount
    if changed != 1:
        log.warning("digest %s %s: claim lost to another process; stopping", held.channel_id, held.digest_date)
    return changed == 1


def record_summary(store: Store, held: LedgerClaim, message_ts: str, now: datetime,
                   article_ids: list[int] | None = None) -> bool:
    return _write(store, held, now, message_ts=message_ts, article_ids=article_ids or [])


def record_thread_parts(store: Store, held: LedgerClaim, posted: int, now: datetime) -> bool:
    return _write(store, held, now, thread_parts_posted=posted)


def finish(store: Store, held: LedgerClaim, state: str, now: datetime, error: str | None = None) -> bool:
    return _write(store, held, now, state=state, error=error)


def record_skipped(store: Store, channel_id: str, digest_date: date, reason: str, now: datetime) -> bool:
    """Record a day left out (e.g. missed beyond the grace window); False if the day has a row."""
    try:
        with store.session() as session:
            session.add(DigestRow(channel_id=channel_id, digest_date=digest_date, state="skipped", error=reason,
                                  attempts=0, thread_parts_posted=0, updated_at=now.astimezone(UTC)))
        return True
    except IntegrityError:
        return False

"""Posting one channel's digest for one local date, exactly once, through a `DigestPoster`.

Order of events: claim the ledger row → build the content for the claimed window → post the
summary and store its ts at once → post the thread parts, storing progress after each → posted.

A restart mid-post resumes from the ledger: a claim with a summary ts gets only the thread
parts not yet recorded; a claim without one gets the summary posted. The trade-off: Slack has no
idempotency key for chat.postMessage, and the bot has no channels:history scope to look for its
own message, so if a process dies in the one round-trip between Slack accepting the summary and
the ledger storing its ts, the resumed delivery posts the summary again. We accept that narrow
window rather than risk losing the day; every resumed post is logged as such.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Literal, Protocol

from bot.digest import ledger
from bot.digest.content import DiscrepancyFinder, all_articles, build_digest, no_discrepancies
from bot.digest.ledger import LedgerClaim, TakeoverRules
from bot.models import Digest, DigestRecord, Subscription
from bot.store.database import Store

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
UNLIMITED = 1 << 30


def utc_now() -> datetime:
    return datetime.now(UTC)


def digest_for(store: Store, subscription: Subscription, digest_date: date, until: datetime,
               discrepancies_for: DiscrepancyFinder = no_discrepancies,
               first_lookback: timedelta = timedelta(hours=24)) -> Digest:
    """The channel's digest of everything stored since its last posted digest, up to `until`."""
    until = until.astimezone(UTC)
    previous = ledger.previous_digest(store, subscription.channel_id, digest_date)
    with store.session() as session:
        return build_digest(session, subscription.channel_id, digest_date, subscription.timezone,
                            since=previous.since or until - first_lookback, until=until,
                            discrepancies_for=discrepancies_for, already_listed=previous.listed)


class DigestPostError(Exception):
    """Posting failed after the client's own retries; the message says what Slack answered."""


class DigestPoster(Protocol):
    """Where digests go (Slack in production, a recorder in tests); renders and posts."""

    def post_summary(self, channel_id: str, digest: Digest) -> str:
        """Post the short channel message; returns its ts."""

    def post_thread(self, channel_id: str, thread_ts: str, digest: Digest, skip: int) -> Iterator[int]:
        """Post the detail messages after the first `skip`, yielding how many are posted so far."""


Outcome = Literal["posted", "failed", "skipped", "done_before", "held_elsewhere", "lost_claim"]


@dataclass(frozen=True)
class DeliveryResult:
    outcome: Outcome
    record: DigestRecord | None
    detail: str = ""


class DigestDelivery:
    """Delivers digests for one process (`instance_id`), with the ledger as the only lock."""

    def __init__(self, store: Store, poster: DigestPoster, instance_id: str, rules: TakeoverRules,
                 discrepancies_for: DiscrepancyFinder = no_discrepancies, clock: Clock = utc_now,
                 first_lookback: timedelta = timedelta(hours=24)) -> None:
        self.store = store
        self.poster = poster
        self.instance_id = instance_id
        self.rules = rules
        self.first_lookback = first_lookback
        self.discrepancies_for = discrepancies_for
        self.clock = clock
        self._running: set[tuple[str, date]] = set()
        self._lock = threading.Lock()

    def deliver(self, subscription: Subscription, digest_date: date, why: str = "scheduled") -> DeliveryResult:
        """Post `subscription`'s digest for `digest_date` unless it is posted, skipped, or held.

        `why="now"` (someone asked in Slack) retries a failed day however often it failed.
        """
        key = (subscription.channel_id, digest_date)
        with self._lock:
            if key in self._running:
                return DeliveryResult("held_elsewhere", None, "already being posted by this process")
            self._running.add(key)
        try:
            return self._deliver(subscription, digest_date, why)
        finally:
            with self._lock:
                self._running.discard(key)

    def _deliver(self, subscription: Subscription, digest_date: date, why: str) -> DeliveryResult:
        channel = subscription.channel_id
        existing = ledger.get_record(self.store, channel, digest_date)
        if existing and existing.state in ledger.DONE_STATES:
            return DeliveryResult("done_before", existing, existing.state)
        rules = replace(self.rules, max_attempts=UNLIMITED, failed_retry_after=timedelta(0)) if why == "now" else self.rules
        now = self.clock()
        held = ledger.claim(self.store, channel, digest_date, self.instance_id, now, covers_until=now, rules=rules)
        if held is None:
            record = ledger.get_record(self.store, channel, digest_date)
            outcome = "done_before" if record and record.state in ledger.DONE_STATES else "held_elsewhere"
            return DeliveryResult(outcome, record, f"{record.state} by {record.claimed_by}" if record else "")
        log.info("digest %s %s claimed by %s (%s, attempt %s)", channel, digest_date, self.instance_id, why,
                 held.attempts)
        try:
            return self._post(subscription, held)
        except Exception as error:  # whatever failed, the ledger and the log must say so
            detail = str(error) or error.__class__.__name__
            ledger.finish(self.store, held, "failed", self.clock(), error=detail[:1000])
            log.error("digest %s %s FAILED (attempt %s): %s", channel, digest_date, held.attempts, detail)
            return DeliveryResult("failed", ledger.get_record(self.store, channel, digest_date), detail)

    def build(self, subscription: Subscription, digest_date: date, until: datetime) -> Digest:
        return digest_for(self.store, subscription, digest_date, until, self.discrepancies_for, self.first_lookback)

    def _post(self, subscription: Subscription, held: LedgerClaim) -> DeliveryResult:
        channel, day = subscription.channel_id, held.digest_date
        digest = self.build(subscription, day, held.covers_until)
        if digest.is_empty and not subscription.post_when_empty and held.message_ts is None:
            ledger.finish(self.store, held, "skipped", self.clock(), error="nothing new; channel skips quiet days")
            log.info("digest %s %s: nothing new, channel skips quiet days", channel, day)
            return DeliveryResult("skipped", ledger.get_record(self.store, channel, day), "nothing new")
        ts = held.message_ts
        if ts is None:
            if held.resumed:
                log.warning("digest %s %s: resuming with no summary recorded; posting it now", channel, day)
            ts = self.poster.post_summary(channel, digest)
            listed = [a.id for a in all_articles(digest)]
            if not ledger.record_summary(self.store, held, ts, self.clock(), article_ids=listed):
                return DeliveryResult("lost_claim", None, "claim taken over while posting")
        elif held.thread_parts_posted:
            log.warning("digest %s %s: resuming after %s thread part(s)", channel, day, held.thread_parts_posted)
        for posted in self.poster.post_thread(channel, ts, digest, skip=held.thread_parts_posted):
            if not ledger.record_thread_parts(self.store, held, posted, self.clock()):
                return DeliveryResult("lost_claim", None, "claim taken over while posting")
        ledger.finish(self.store, held, "posted", self.clock())
        log.info("digest %s %s posted: %s articles, %s stories, ts %s", channel, day, digest.article_count,
                 len(digest.stories), ts)
        return DeliveryResult("posted", ledger.get_record(self.store, channel, day))

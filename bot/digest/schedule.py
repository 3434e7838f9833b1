"""When digests go out: one APScheduler cron job per subscription, in the channel's timezone,
plus a sweep that keeps the jobs in step with the database and catches up missed days.

Every replica runs the same jobs; the ledger lets only one of them post. A digest missed while
the bot was down is posted when it comes back if still within the grace window, otherwise the
day is recorded as skipped and logged.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.digest.delivery import Clock, DeliveryResult, utc_now
from bot.models import Subscription

if TYPE_CHECKING:
    from bot.desk import Desk

log = logging.getLogger(__name__)

SWEEP_JOB_ID = "digest-sweep"
JOB_PREFIX = "digest:"


def due_at(subscription: Subscription, day: date) -> datetime:
    """When the channel's digest for local `day` is due, as an aware UTC time.

    A post time that does not exist that day (inside a spring-forward gap) falls after the jump,
    as zoneinfo's fold=0 reading and APScheduler's cron trigger both have it: 01:30 in London on
    the last Sunday of March is 02:30 BST. A repeated time (autumn) uses its first occurrence.
    """
    local = datetime.combine(day, subscription.post_time, tzinfo=ZoneInfo(subscription.timezone))
    return local.astimezone(UTC)


def latest_due(subscription: Subscription, now: datetime) -> tuple[date, datetime]:
    """The most recent local date whose digest time is at or before `now`, with that time."""
    today = now.astimezone(ZoneInfo(subscription.timezone)).date()
    for day in (today, today - timedelta(days=1), today - timedelta(days=2)):
        due = due_at(subscription, day)
        if due <= now:
            return day, due
    raise AssertionError("a digest time is due at least once in any two days")  # pragma: no cover


def next_due(subscription: Subscription, now: datetime) -> datetime:
    """The next time the channel's digest is due after `now`."""
    today = local_today(subscription, now)
    for day in (today, today + timedelta(days=1), today + timedelta(days=2)):
        due = due_at(subscription, day)
        if due > now:
            return due
    raise AssertionError("a digest time is due at least once in any two days")  # pragma: no cover


def local_today(subscription: Subscription, now: datetime) -> date:
    return now.astimezone(ZoneInfo(subscription.timezone)).date()


@dataclass(frozen=True)
class Decision:
    """What the schedule says about a channel right now."""

    action: str  # "post", "skip", "wait"
    day: date
    due: datetime
    reason: str = ""


def decide(subscription: Subscription, now: datetime, grace: timedelta) -> Decision:
    """Post the latest due digest if within grace, skip it if later, wait if it predates the subscription."""
    day, due = latest_due(subscription, now)
    if subscription.created_at is not None and due < subscription.created_at:
        return Decision("wait", day, due, "due before the channel subscribed")
    late = now - due
    if late > grace:
        hours = late.total_seconds() / 3600
        return Decision("skip", day, due, f"missed: due {due:%Y-%m-%d %H:%M} UTC, {hours:.1f} h ago, "
                                          f"beyond the {grace.total_seconds() / 3600:g} h grace window")
    return Decision("post", day, due)


class DigestScheduler:
    """Cron jobs per subscription and a periodic sweep, on an APScheduler BackgroundScheduler."""

    def __init__(self, desk: Desk, *, grace: timedelta, sweep_seconds: float = 60, clock: Clock = utc_now) -> None:
        self.desk = desk
        self.grace = grace
        self.sweep_seconds = sweep_seconds
        self.clock = clock
        # Jobs run in a small thread pool: one slow channel must not hold the others back.
        self.scheduler = BackgroundScheduler(timezone=UTC, job_defaults={"coalesce": True, "max_instances": 1})
        self._scheduled: dict[str, tuple[str, str]] = {}
        self._periodic: list[tuple[str, Callable[[], object], float]] = []
        # Slack handlers (on subscribe) and the sweep both resync the jobs.
        self._sync_lock = threading.RLock()

    @property
    def running(self) -> bool:
        return self.scheduler.running

    def start(self) -> None:
        """Start the jobs; the first sweep runs at once, catching up what was missed while down."""
        if self.running:
            return
        self.scheduler.start()
        self.scheduler.add_job(self.sweep, IntervalTrigger(seconds=self.sweep_seconds), id=SWEEP_JOB_ID,
                               next_run_time=datetime.now(UTC), replace_existing=True)
        for job_id, work, seconds in self._periodic:
            self.scheduler.add_job(work, IntervalTrigger(seconds=seconds), id=job_id, replace_existing=True,
                                   next_run_time=datetime.now(UTC))
        log.info("digest scheduler started as %s", self.desk.digest_delivery.instance_id)

    def every(self, job_id: str, work: Callable[[], object], seconds: float) -> None:
        """Another periodic job on the same scheduler (source polling), started with it."""
        self._periodic.append((job_id, work, seconds))

    def stop(self, wait: bool = True) -> None:
        if self.running:
            self.scheduler.shutdown(wait=wait)
        self._scheduled.clear()

    # -- jobs ----------------------------------------------------------------------------------

    def sync_jobs(self) -> None:
        """Make the cron jobs match the subscriptions in the database (any replica may change them)."""
        if not self.running:
            return
        wanted = {s.channel_id: s for s in self.desk.digest_subscriptions()}
        with self._sync_lock:
            for channel_id in list(self._scheduled):
                if channel_id not in wanted:
                    self._remove(channel_id)
            for channel_id, subscription in wanted.items():
                shape = (subscription.post_time.strftime("%H:%M"), subscription.timezone)
                if self._scheduled.get(channel_id) != shape:
                    self._add(subscription)
                    self._scheduled[channel_id] = shape

    def _add(self, subscription: Subscription) -> None:
        trigger = CronTrigger(hour=subscription.post_time.hour, minute=subscription.post_time.minute,
                              timezone=ZoneInfo(subscription.timezone))
        self.scheduler.add_job(self.run_channel, trigger, args=[subscription.channel_id],
                               id=JOB_PREFIX + subscription.channel_id, replace_existing=True,
                               misfire_grace_time=int(self.grace.total_seconds()) or 1)
        log.info("digest for %s scheduled daily at %s %s", subscription.channel_id,
                 subscription.post_time.strftime("%H:%M"), subscription.timezone)

    def _remove(self, channel_id: str) -> None:
        self._scheduled.pop(channel_id, None)
        if self.scheduler.get_job(JOB_PREFIX + channel_id):
            self.scheduler.remove_job(JOB_PREFIX + channel_id)

    # -- what a job does -------------------------------------------------------------------------

    def run_channel(self, channel_id: str) -> DeliveryResult | None:
        """The cron job: post the channel's due digest, if it has not gone out."""
        subscription = self.desk.digest_subscription(channel_id)
        if subscription is None:
            with self._sync_lock:
                self._remove(channel_id)
            return None
        return self.consider(subscription)

    def consider(self, subscription: Subscription) -> DeliveryResult | None:
        decision = decide(subscription, self.clock(), self.grace)
        if decision.action == "post":
            return self.desk.deliver_digest(subscription, decision.day, why="scheduled")
        if decision.action == "skip" and self.desk.record_digest_skipped(subscription.channel_id, decision.day,
                                                                         decision.reason):
            log.warning("digest %s %s SKIPPED: %s", subscription.channel_id, decision.day, decision.reason)
        return None

    def sweep(self) -> None:
        """Re-read subscriptions, then post or skip whatever is due and not yet in the ledger."""
        try:
            self.sync_jobs()
            for subscription in self.desk.digest_subscriptions():
                self.consider(subscription)
        except Exception:  # the sweep runs again shortly; a database hiccup must not kill it
            log.exception("digest sweep failed")

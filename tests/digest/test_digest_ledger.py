"""The ledger: one claim per channel and day, compare-and-set takeovers, nothing written by a loser."""

import threading
from datetime import date, timedelta

from bot.digest import ledger
from bot.digest.ledger import TakeoverRules
from bot.store.database import Store
from tests.digest.helpers import utc

DAY = date(2026, 6, 15)
NOW = utc(2026, 6, 15, 7)
RULES = TakeoverRules(lease=timedelta(minutes=10), max_attempts=3)


def claim(store, who, now=NOW, rules=RULES):
    return ledger.claim(store, "C1", DAY, who, now, covers_until=now, rules=rules)


def test_only_the_first_claim_wins_and_a_posted_day_is_never_claimed_again(store):
    first = claim(store, "a")
    assert first is not None and first.attempts == 1
    assert claim(store, "b") is None
    assert ledger.finish(store, first, "posted", NOW)
    assert claim(store, "b", now=NOW + timedelta(days=1)) is None
    assert ledger.get_record(store, "C1", DAY).state == "posted"


def test_a_stale_claim_is_taken_over_once_and_the_old_holder_can_no_longer_write(store):
    old = claim(store, "a")
    assert claim(store, "b", now=NOW + timedelta(minutes=9)) is None  # lease still running
    later = NOW + timedelta(minutes=11)
    new = claim(store, "b", now=later)
    assert new is not None and new.attempts == 2 and new.claimed_by == "b"
    assert claim(store, "c", now=later) is None  # fresh again after the takeover
    assert not ledger.record_summary(store, old, "1.1", later)  # the presumed-dead holder woke up
    assert ledger.record_summary(store, new, "2.2", later)
    assert ledger.get_record(store, "C1", DAY).message_ts == "2.2"


def test_our_own_claim_from_before_a_restart_is_resumed_at_once_keeping_window_and_ts(store):
    before = claim(store, "replica-1")
    ledger.record_summary(store, before, "9.9", NOW)
    resumed = claim(store, "replica-1", now=NOW + timedelta(seconds=5))
    assert resumed is not None and resumed.message_ts == "9.9" and resumed.covers_until == before.covers_until


def test_failed_days_are_retried_with_doubling_waits_up_to_the_limit(store):
    held, now = claim(store, "a"), NOW
    for attempt, wait_minutes in ((1, 2), (2, 4)):
        assert held.attempts == attempt
        ledger.finish(store, held, "failed", now, error="internal_error")
        assert claim(store, "a", now=now + timedelta(minutes=wait_minutes - 1)) is None
        now += timedelta(minutes=wait_minutes)
        held = claim(store, "a", now=now)
    ledger.finish(store, held, "failed", now, error="internal_error")
    assert claim(store, "a", now=now + timedelta(hours=5)) is None  # three attempts were the limit
    assert ledger.get_record(store, "C1", DAY).error == "internal_error"


def test_the_next_digest_starts_where_the_last_posted_one_stopped_less_the_late_commit_margin(store):
    assert ledger.previous_digest(store, "C1", DAY).since is None
    yesterday = ledger.claim(store, "C1", DAY - timedelta(days=1), "a", NOW - timedelta(days=1),
                             covers_until=NOW - timedelta(days=1), rules=RULES)
    ledger.record_summary(store, yesterday, "1.1", NOW, article_ids=[4, 5])
    ledger.finish(store, yesterday, "posted", NOW)
    ledger.record_skipped(store, "C1", DAY - timedelta(days=2), "missed", NOW)
    previous = ledger.previous_digest(store, "C1", DAY)
    assert previous.since == NOW - timedelta(days=1) - ledger.LATE_COMMIT_MARGIN
    assert previous.listed == {4, 5}


def test_racing_claims_from_separate_connections_give_exactly_one_winner(database_url):
    stores = [Store(database_url) for _ in range(6)]
    stores[0].migrate()
    claim(stores[0], "seed")  # a stale claim everyone will try to take over at once
    winners, start = [], threading.Barrier(len(stores))

    def race(index):
        start.wait()
        if claim(stores[index], f"replica-{index}", now=NOW + timedelta(hours=1)) is not None:
            winners.append(index)

    threads = [threading.Thread(target=race, args=(i,)) for i in range(len(stores))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for store in stores:
        store.dispose()
    assert len(winners) == 1

"""Digests on time and exactly once: the real scheduler, the real Slack client, a fake Slack
Web API on loopback, and the clock moved with time-machine."""

import re
import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from bot.app import create_app
from bot.digest import ledger
from tests.digest.helpers import add_article, linked_urls
from tests.slack_fakes.requests import send, signed_headers, slash_command_body

LONDON = ZoneInfo("Europe/London")


class ProcessDies(BaseException):
    """Stands for the process being killed: nothing in the bot catches it."""


class DyingPoster:
    """The real poster, except that the process dies at `dies_in` ("summary" or "thread")."""

    def __init__(self, inner, dies_in):
        self.inner, self.dies_in = inner, dies_in

    def post_summary(self, channel_id, digest):
        if self.dies_in == "summary":
            raise ProcessDies
        return self.inner.post_summary(channel_id, digest)

    def post_thread(self, channel_id, thread_ts, digest, skip):
        if self.dies_in == "thread":
            raise ProcessDies
        yield from self.inner.post_thread(channel_id, thread_ts, digest, skip)


@pytest.fixture
def replicas(settings):
    """Start more Newsdesk processes (same database unless told otherwise); all closed afterwards."""
    started = []

    def start(instance_id, **overrides):
        composed = create_app(settings.model_copy(update={"scheduler_instance_id": instance_id, **overrides}))
        started.append(composed)
        return composed

    yield start
    for composed in started:
        composed.close()


def summaries(fake_slack):
    return [c for c in fake_slack.calls("chat.postMessage") if not c.body.get("thread_ts")]


def subscribe_in_slack(app, fake_slack, signing_secret, text, channel_id="C1"):
    body = slash_command_body("/digest", f"subscribe {text}", channel_id=channel_id,
                              response_url=fake_slack.response_url(f"sub-{channel_id}"))
    assert send(app, body, signed_headers(body, signing_secret)).status == 200
    [answer] = fake_slack.wait_for(f"response/sub-{channel_id}")
    return answer.body


# The clock starts this long before 08:00 local. Subscribing happens with the clock stopped, so
# however slowly a loaded machine answers the command, the first digest is still today's.
LEAD_SECONDS = 4


@pytest.mark.parametrize("start_utc, local_date", [
    (datetime(2026, 6, 15, 7, tzinfo=UTC) - timedelta(seconds=LEAD_SECONDS), date(2026, 6, 15)),  # BST: 08:00 is 07:00 UTC
    (datetime(2026, 3, 29, 7, tzinfo=UTC) - timedelta(seconds=LEAD_SECONDS), date(2026, 3, 29)),  # spring-forward day
    (datetime(2026, 1, 15, 8, tzinfo=UTC) - timedelta(seconds=LEAD_SECONDS), date(2026, 1, 15)),  # GMT: 08:00 is 08:00 UTC
], ids=["summer", "dst-spring-forward", "winter"])
def test_subscribe_in_slack_then_the_digest_arrives_at_0800_local(newsdesk, fake_slack, signing_secret,
                                                                   start_utc, local_date):
    with time_machine.travel(start_utc, tick=False):
        add_article(newsdesk.store, 1, ingested_at=start_utc - timedelta(hours=2))
        newsdesk.scheduler.start()
        answer = subscribe_in_slack(newsdesk.app, fake_slack, signing_secret, "08:00 Europe/London")
        assert "08:00" in answer["blocks"][0]["text"]["text"]
        assert not fake_slack.calls("chat.postMessage")
        # The clock runs again from where it stopped; nested, so no real-time instant slips in
        # for the scheduler to read.
        with time_machine.travel(start_utc, tick=True):
            summary, thread = fake_slack.wait_for("chat.postMessage", 2, timeout=LEAD_SECONDS + 30)
            arrived = datetime.now(UTC).astimezone(LONDON)
            newsdesk.scheduler.stop()  # waits for the running job to record "posted"
    assert (arrived.date(), arrived.hour, arrived.minute) == (local_date, 8, 0)
    assert summary.body["channel"] == "C1" and thread.body["thread_ts"] == summary_ts(newsdesk, local_date)
    assert summary.body["metadata"]["event_payload"] == {"channel": "C1", "digest_date": local_date.isoformat()}
    assert "https://news.example/outlet-a/1" in linked_urls([thread.body])
    assert ledger.get_record(newsdesk.store, "C1", local_date).state == "posted"


def summary_ts(newsdesk, day):
    return ledger.get_record(newsdesk.store, "C1", day).message_ts


def test_the_repeated_autumn_hour_fires_twice_but_posts_once(newsdesk, fake_slack):
    with time_machine.travel(datetime(2026, 10, 24, 12, tzinfo=UTC), tick=False) as clock:
        newsdesk.desk.subscribe_digest("C1", "01:30 Europe/London")
        for fire in (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), datetime(2026, 10, 25, 1, 30, tzinfo=UTC)):
            clock.move_to(fire)  # APScheduler's two fire times for 01:30 that day
            newsdesk.scheduler.run_channel("C1")
    assert len(summaries(fake_slack)) == 1


@pytest.mark.parametrize("dies_in", ["summary", "thread"])
def test_a_restart_mid_post_neither_posts_twice_nor_loses_the_day(replicas, fake_slack, dies_in):
    with time_machine.travel(datetime(2026, 6, 15, 6, tzinfo=UTC), tick=False) as clock:
        first = replicas("replica-1")
        first.desk.subscribe_digest("C1", "08:00 Europe/London")
        add_article(first.store, 1, ingested_at=datetime.now(UTC))
        first.desk.digest_poster = DyingPoster(first.desk.digest_poster, dies_in)
        clock.move_to(datetime(2026, 6, 15, 7, 0, 1, tzinfo=UTC))
        with pytest.raises(ProcessDies):
            first.scheduler.sweep()
        first.store.dispose()
        interrupted = ledger.get_record(first.store, "C1", date(2026, 6, 15))
        assert interrupted.state == "claimed"
        assert len(summaries(fake_slack)) == (1 if dies_in == "thread" else 0)

        clock.move_to(datetime(2026, 6, 15, 7, 2, tzinfo=UTC))
        restarted = replicas("replica-1")  # same replica, new process
        restarted.scheduler.start()
        thread = fake_slack.wait_for("chat.postMessage", 2)[-1]
        restarted.scheduler.stop()
    record = ledger.get_record(restarted.store, "C1", date(2026, 6, 15))
    assert (record.state, record.attempts) == ("posted", 2)
    assert len(summaries(fake_slack)) == 1
    assert len(fake_slack.calls("chat.postMessage")) == 2
    assert thread.body["thread_ts"] == record.message_ts


def test_another_replica_takes_over_a_dead_claim_only_after_the_lease(replicas, fake_slack):
    with time_machine.travel(datetime(2026, 6, 15, 6, tzinfo=UTC), tick=False) as clock:
        dead = replicas("replica-1", digest_claim_lease_seconds=600)
        dead.desk.subscribe_digest("C1", "08:00 Europe/London")
        dead.desk.digest_poster = DyingPoster(dead.desk.digest_poster, "summary")
        clock.move_to(datetime(2026, 6, 15, 7, 0, 1, tzinfo=UTC))
        with pytest.raises(ProcessDies):
            dead.scheduler.sweep()
        other = replicas("replica-2", digest_claim_lease_seconds=600)
        clock.move_to(datetime(2026, 6, 15, 7, 9, tzinfo=UTC))
        other.scheduler.sweep()
        assert not fake_slack.calls("chat.postMessage")  # the claim might still be alive
        clock.move_to(datetime(2026, 6, 15, 7, 11, tzinfo=UTC))
        other.scheduler.sweep()
    record = ledger.get_record(other.store, "C1", date(2026, 6, 15))
    assert (record.state, record.claimed_by) == ("posted", "replica-2")
    assert len(summaries(fake_slack)) == 1


def test_429_is_waited_out_then_the_digest_posts_once(seeded, fake_slack):
    fake_slack.fail_next("chat.postMessage", status=429, headers={"Retry-After": "1"})
    result = seeded.desk.post_digest_now("C1")
    assert result.outcome == "posted"
    limited, summary, thread = fake_slack.calls("chat.postMessage")
    assert summary.received_at - limited.received_at >= 1.0
    assert limited.body == summary.body  # the same message, retried
    assert thread.body["thread_ts"] == result.record.message_ts
    assert result.record.attempts == 1


def test_a_slack_outage_fails_visibly_then_the_next_sweep_posts(replicas, fake_slack, caplog):
    with time_machine.travel(datetime(2026, 6, 15, 6, tzinfo=UTC), tick=False) as clock:
        replica = replicas("replica-1")
        replica.desk.subscribe_digest("C1", "08:00 Europe/London")
        clock.move_to(datetime(2026, 6, 15, 7, 0, 1, tzinfo=UTC))
        for _ in range(4):  # the first try and the three retries with backoff
            fake_slack.fail_next("chat.postMessage", status=503)
        replica.scheduler.sweep()
        failed = ledger.get_record(replica.store, "C1", date(2026, 6, 15))
        assert failed.state == "failed" and "service_unavailable" in failed.error
        assert re.search(r"digest C1 2026-06-15 FAILED .*service_unavailable", caplog.text)
        assert len(fake_slack.calls("chat.postMessage")) == 4
        clock.move_to(datetime(2026, 6, 15, 7, 2, 0, tzinfo=UTC))
        replica.scheduler.sweep()  # the retry waits two minutes
        assert len(fake_slack.calls("chat.postMessage")) == 4
        clock.move_to(datetime(2026, 6, 15, 7, 2, 2, tzinfo=UTC))
        replica.scheduler.sweep()
    record = ledger.get_record(replica.store, "C1", date(2026, 6, 15))
    assert (record.state, record.attempts, record.error) == ("posted", 2, None)


def test_down_at_0800_posts_once_on_return_within_grace_and_skips_beyond_it(replicas, fake_slack, caplog):
    with time_machine.travel(datetime(2026, 6, 14, 6, tzinfo=UTC), tick=False) as clock:
        replica = replicas("replica-1", digest_grace_hours=6)
        replica.desk.subscribe_digest("C1", "08:00 Europe/London")
        add_article(replica.store, 1, ingested_at=datetime.now(UTC))
        clock.move_to(datetime(2026, 6, 14, 12, 59, tzinfo=UTC))  # back 5 h 59 min late
        replica.scheduler.sweep()
        replica.scheduler.sweep()
        assert len(summaries(fake_slack)) == 1
        add_article(replica.store, 2, ingested_at=datetime.now(UTC))
        clock.move_to(datetime(2026, 6, 15, 13, 1, tzinfo=UTC))  # the next day, 6 h 1 min late
        replica.scheduler.sweep()
        assert len(summaries(fake_slack)) == 1
        assert ledger.get_record(replica.store, "C1", date(2026, 6, 15)).state == "skipped"
        assert "digest C1 2026-06-15 SKIPPED: missed" in caplog.text
        clock.move_to(datetime(2026, 6, 16, 7, 0, 1, tzinfo=UTC))
        replica.scheduler.sweep()
    # The skipped day's article is not lost: it is in the next digest.
    assert "https://news.example/outlet-a/2" in linked_urls([c.body for c in fake_slack.calls("chat.postMessage")[-1:]])


def test_quiet_days_get_a_short_message_or_nothing_per_channel(replicas, fake_slack):
    with time_machine.travel(datetime(2026, 6, 15, 6, tzinfo=UTC), tick=False) as clock:
        replica = replicas("replica-1")
        replica.desk.subscribe_digest("C1", "08:00 Europe/London")
        replica.desk.subscribe_digest("C2", "08:00 Europe/London skip-empty")
        clock.move_to(datetime(2026, 6, 15, 7, 0, 1, tzinfo=UTC))
        replica.scheduler.sweep()
    [quiet] = fake_slack.calls("chat.postMessage")
    assert quiet.body["channel"] == "C1" and "nothing new" in quiet.body["text"]
    assert ledger.get_record(replica.store, "C2", date(2026, 6, 15)).state == "skipped"


def test_200_articles_reach_slack_split_across_thread_messages_with_nothing_lost(newsdesk, fake_slack):
    now = datetime.now(UTC)
    for n in range(200):
        add_article(newsdesk.store, n, ingested_at=now - timedelta(minutes=n + 1), outlet=f"Outlet {n % 7}")
    result = newsdesk.desk.post_digest_now("C1")
    assert result.outcome == "posted"
    summary, *thread = fake_slack.calls("chat.postMessage")
    assert len(thread) > 1 and result.record.thread_parts_posted == len(thread)
    assert all(c.body["thread_ts"] == result.record.message_ts for c in thread)
    assert all(len(c.body["blocks"]) <= 50 for c in [summary, *thread])
    urls = linked_urls([c.body for c in thread])
    assert len(urls) == 200 and len(set(urls)) == 200
    assert "200 new articles" in summary.body["text"]


@pytest.mark.postgres
def test_two_schedulers_sharing_postgresql_post_each_digest_once(replicas, postgres_url, fake_slack):
    channels = ["C1", "C2", "C3", "C4"]
    start = datetime(2026, 6, 15, 7, tzinfo=UTC) - timedelta(seconds=LEAD_SECONDS)
    with time_machine.travel(start, tick=True):
        a = replicas("replica-a", database_url=postgres_url)
        b = replicas("replica-b", database_url=postgres_url)
        for channel in channels:
            a.desk.subscribe_digest(channel, "08:00 Europe/London")
        add_article(a.store, 1, ingested_at=start - timedelta(hours=1))
        a.scheduler.start()
        b.scheduler.start()
        fake_slack.wait_for("chat.postMessage", 2 * len(channels), timeout=LEAD_SECONDS + 30)
        time.sleep(1.5)  # room for a duplicate to show up, if there were one
        a.scheduler.stop()
        b.scheduler.stop()
    assert sorted(c.body["channel"] for c in summaries(fake_slack)) == channels
    assert len(fake_slack.calls("chat.postMessage")) == 2 * len(channels)
    posters = {ledger.get_record(a.store, c, date(2026, 6, 15)).claimed_by for c in channels}
    assert posters <= {"replica-a", "replica-b"}


def test_an_article_committed_just_after_the_cutoff_is_in_the_next_digest_and_none_repeats(newsdesk, fake_slack):
    with time_machine.travel(datetime(2026, 6, 14, 7, tzinfo=UTC), tick=False) as clock:
        add_article(newsdesk.store, 1, ingested_at=datetime.now(UTC) - timedelta(hours=1))
        assert newsdesk.desk.post_digest_now("C1").outcome == "posted"
        # Stamped a minute before the cut-off, but its transaction committed after the digest read.
        add_article(newsdesk.store, 2, ingested_at=datetime.now(UTC) - timedelta(minutes=1))
        clock.move_to(datetime(2026, 6, 15, 7, tzinfo=UTC))
        assert newsdesk.desk.post_digest_now("C1").outcome == "posted"
    first_thread, second_thread = [c.body for c in fake_slack.calls("chat.postMessage") if c.body.get("thread_ts")]
    assert linked_urls([first_thread]) == ["https://news.example/outlet-a/1"]
    assert linked_urls([second_thread]) == ["https://news.example/outlet-a/2"]

"""Digest times in the channel's timezone: DST gaps and repeats, grace, new subscriptions."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.cron import CronTrigger

from bot.digest.schedule import decide, due_at, latest_due, next_due
from bot.digest.subscriptions import SubscriptionError, parse_post_time, parse_subscribe_args, parse_timezone
from bot.models import Subscription

LONDON = "Europe/London"
GRACE = timedelta(hours=6)


def sub(hhmm="08:00", zone=LONDON, created=datetime(2026, 1, 1, tzinfo=UTC)):
    return Subscription(channel_id="C1", post_time=parse_post_time(hhmm), timezone=zone, created_at=created)


def test_0800_london_is_0800_utc_in_winter_and_0700_utc_in_summer():
    assert due_at(sub(), date(2026, 3, 28)) == datetime(2026, 3, 28, 8, tzinfo=UTC)
    assert due_at(sub(), date(2026, 3, 29)) == datetime(2026, 3, 29, 7, tzinfo=UTC)  # spring-forward day
    assert due_at(sub(), date(2026, 10, 25)) == datetime(2026, 10, 25, 8, tzinfo=UTC)  # back on GMT


def test_a_time_inside_the_spring_gap_falls_after_the_jump_like_the_cron_trigger():
    nonexistent = sub("01:30")  # 01:00–02:00 does not exist in London on 29 March 2026
    due = due_at(nonexistent, date(2026, 3, 29))
    assert due == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # 02:30 BST
    trigger = CronTrigger(hour=1, minute=30, timezone=ZoneInfo(LONDON))
    fire = trigger.get_next_fire_time(None, datetime(2026, 3, 28, 12, tzinfo=UTC))
    # APScheduler hands back the nonexistent wall time; it fires at that time's fold=0 instant.
    assert fire.timestamp() == due.timestamp()


def test_the_repeated_autumn_hour_gives_one_digest_date():
    repeated = sub("01:30")  # 01:30 happens twice in London on 25 October 2026
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert latest_due(repeated, first) == (date(2026, 10, 25), first)
    assert latest_due(repeated, second)[0] == date(2026, 10, 25)


def test_latest_and_next_due_in_a_far_timezone():
    tokyo = sub("08:00", "Asia/Tokyo")
    now = datetime(2026, 6, 14, 22, 30, tzinfo=UTC)  # 07:30 on the 15th in Tokyo
    assert latest_due(tokyo, now) == (date(2026, 6, 14), datetime(2026, 6, 13, 23, tzinfo=UTC))
    assert next_due(tokyo, now) == datetime(2026, 6, 14, 23, tzinfo=UTC)


def test_within_grace_posts_beyond_grace_skips_with_a_reason():
    due = datetime(2026, 6, 15, 7, tzinfo=UTC)
    assert decide(sub(), due + timedelta(hours=5, minutes=59), GRACE).action == "post"
    late = decide(sub(), due + timedelta(hours=6, minutes=1), GRACE)
    assert late.action == "skip" and late.day == date(2026, 6, 15)
    assert "beyond the 6 h grace window" in late.reason


def test_a_due_time_before_the_subscription_waits_for_the_next_day():
    created = datetime(2026, 6, 15, 9, tzinfo=UTC)  # subscribed at 10:00 BST, after today's 08:00
    assert decide(sub(created=created), created + timedelta(minutes=1), GRACE).action == "wait"


@pytest.mark.parametrize("text", ["8", "24:00", "08:60", "8am", "08-00", ""])
def test_bad_times_get_a_clear_message(text):
    with pytest.raises(SubscriptionError, match="HH:MM|time of day"):
        parse_post_time(text)


def test_timezones_are_checked_and_near_misses_suggested():
    assert parse_timezone("europe/london") == LONDON
    with pytest.raises(SubscriptionError, match="Did you mean Europe/London"):
        parse_timezone("Europe/Londn")
    with pytest.raises(SubscriptionError, match="not a timezone"):
        parse_timezone("Mars/Olympus")


def test_subscribe_arguments_in_any_order_with_defaults():
    assert parse_subscribe_args([], time(8), "UTC") == (time(8), "UTC", None)
    assert parse_subscribe_args(["Asia/Tokyo", "7:15", "skip-empty"], time(8), "UTC") == (
        time(7, 15), "Asia/Tokyo", False)


def test_subscribing_and_unsubscribing_add_and_remove_the_channels_cron_job(newsdesk):
    from bot.digest.schedule import JOB_PREFIX

    newsdesk.scheduler.start()
    newsdesk.desk.subscribe_digest("C9", "06:45 Asia/Tokyo")
    job = newsdesk.scheduler.scheduler.get_job(JOB_PREFIX + "C9")
    assert job is not None and str(job.trigger.timezone) == "Asia/Tokyo"
    assert (job.next_run_time.astimezone(ZoneInfo("Asia/Tokyo")).hour, job.next_run_time.minute) == (6, 45)
    newsdesk.desk.subscribe_digest("C9", "07:15 Asia/Tokyo")
    assert newsdesk.scheduler.scheduler.get_job(JOB_PREFIX + "C9").next_run_time.minute == 15
    newsdesk.desk.unsubscribe_digest("C9")
    assert newsdesk.scheduler.scheduler.get_job(JOB_PREFIX + "C9") is None

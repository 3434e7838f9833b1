from datetime import UTC, datetime, timedelta

import pytest

from bot.ingest.polling import IntervalError, after_poll, format_interval, parse_interval, source_status
from bot.ingest.web import PollOutcome
from bot.models import Source, SourceKind

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("15m", timedelta(minutes=15)),
        ("2h", timedelta(hours=2)),
        ("1d", timedelta(days=1)),
        ("90s", timedelta(seconds=90)),
        (" 30 minutes ", timedelta(minutes=30)),
        ("1.5h", timedelta(minutes=90)),
        ("6 HOURS", timedelta(hours=6)),
    ],
)
def test_intervals_are_read(text, interval):
    assert parse_interval(text) == interval
    assert parse_interval(format_interval(interval)) == interval


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is not an interval"),
        ("often", "is not an interval"),
        ("15", "is not an interval"),
        ("15 fortnights", "'fortnights' is not a unit"),
        ("10s", "too often"),
        ("30d", "too rare"),
    ],
)
def test_bad_intervals_are_explained(text, message):
    with pytest.raises(IntervalError, match=message):
        parse_interval(text)


def _feed(**state) -> Source:
    return Source(kind=SourceKind.FEED, url="https://gazette.example/rss", every=timedelta(minutes=15), **state)


def test_success_stores_validators_and_schedules_the_interval():
    source = _feed(failures=3, last_error="The server said 500 Internal Server Error")
    outcome = PollOutcome(url=source.url, kind=SourceKind.FEED, etag='"v2"', last_modified="x")
    state = after_poll(source, outcome, NOW)
    assert state.etag == '"v2"' and state.last_modified == "x"
    assert state.last_success == NOW and state.failures == 0
    assert state.next_poll == NOW + timedelta(minutes=15)
    assert state.last_error == "The server said 500 Internal Server Error"  # kept as history


def test_retryable_failures_back_off_exponentially():
    source = _feed()
    delays = []
    for _ in range(4):
        outcome = PollOutcome(url=source.url, kind=SourceKind.FEED, error="The server refused the connection", retryable=True)
        state = after_poll(source, outcome, NOW)
        delays.append(state.next_poll - NOW)
        source = source.model_copy(update=state.model_dump())
    assert source.failures == 4 and source.last_error == "The server refused the connection"
    assert source.last_error_at == NOW
    assert all(later > earlier for earlier, later in zip(delays, delays[1:]))
    assert timedelta(minutes=1) <= delays[0] <= timedelta(minutes=1.1)


def test_permanent_failures_wait_at_least_the_interval_and_retry_after_is_respected():
    outcome = PollOutcome(url="u", kind=SourceKind.FEED, error="The server said 404 Not Found")
    assert after_poll(_feed(), outcome, NOW).next_poll >= NOW + timedelta(minutes=15)
    busy = PollOutcome(url="u", kind=SourceKind.FEED, error="The server said 429 Too Many Requests", retryable=True, retry_after=3600)
    assert after_poll(_feed(), busy, NOW).next_poll >= NOW + timedelta(hours=1)


def test_status_line_for_sources_list():
    healthy = _feed(last_success=NOW - timedelta(minutes=5, seconds=20), article_count=12, next_poll=NOW + timedelta(minutes=10))
    assert source_status(healthy, NOW) == "last success 5m ago · 12 articles · next poll in 10m"
    failing = _feed(
        last_success=NOW - timedelta(hours=3),
        last_error="The server said 404 Not Found",
        last_error_at=NOW - timedelta(minutes=2),
        failures=4,
        article_count=1,
        next_poll=NOW - timedelta(seconds=5),
    )
    assert source_status(failing, NOW) == (
        "last success 3h ago · last error (2m ago): The server said 404 Not Found, 4 failures in a row"
        " · 1 article · next poll now"
    )
    assert source_status(_feed(), NOW).startswith("never succeeded yet · 0 articles")

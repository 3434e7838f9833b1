from dataclasses import replace

import pytest

from bot.ingest import web
from bot.ingest.spacing import MAX_CRAWL_DELAY_SECONDS, SiteSpacing
from bot.ingest.web import FetchPolicy, poll_feed
from tests.ingest.loopback import site  # noqa: F401 - pytest fixture
from tests.ingest.test_web import QUICK, _newsroom


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def spacing(interval: float) -> tuple[SiteSpacing, FakeClock]:
    clock = FakeClock()
    return SiteSpacing(interval, clock=clock, sleep=clock.sleep), clock


def test_requests_to_one_site_start_an_interval_apart():
    gaps, clock = spacing(1.0)
    waits = [gaps.wait_turn("https://news.example/a"), gaps.wait_turn("https://news.example/b"),
             gaps.wait_turn("https://NEWS.example/c")]
    assert waits == [0.0, 1.0, 1.0]
    assert clock.now == 102.0


def test_other_sites_do_not_wait_and_time_already_passed_counts():
    gaps, clock = spacing(1.0)
    gaps.wait_turn("https://news.example/a")
    assert gaps.wait_turn("https://wire.example/a") == 0.0
    clock.now += 5
    assert gaps.wait_turn("https://news.example/b") == 0.0


def test_workers_asking_at_once_get_successive_turns():
    """Four page workers asking at the same moment are handed slots one interval apart."""
    clock = FakeClock()
    handed: list[float] = []
    gaps = SiteSpacing(0.5, clock=clock, sleep=handed.append)  # nobody really sleeps, so the clock stands
    for page in range(4):
        gaps.wait_turn(f"https://news.example/{page}")
    assert handed == [0.5, 1.0, 1.5]


def test_a_crawl_delay_widens_the_gap_up_to_a_cap():
    gaps, _ = spacing(1.0)
    gaps.wait_turn("https://slow.example/a", crawl_delay=4)
    assert gaps.wait_turn("https://slow.example/b", crawl_delay=3600) == 4.0
    assert gaps.wait_turn("https://slow.example/c", crawl_delay=3600) == MAX_CRAWL_DELAY_SECONDS


def test_a_poll_keeps_the_crawl_delay_the_sites_robots_txt_asks_for(site):
    rss, _ = _newsroom(site)
    site.serve("/robots.txt", "User-agent: *\nCrawl-delay: 3\n", "text/plain")
    waits: list[float] = []
    policy = replace(QUICK, spacing=SiteSpacing(0, sleep=waits.append))  # record, don't sleep
    outcome = poll_feed(rss, policy=policy)
    assert len(outcome.drafts) == 2 and outcome.problems == []
    assert sorted(waits) == [pytest.approx(3, abs=0.5), pytest.approx(6, abs=0.5)]  # feed, then two pages


def test_polls_sharing_a_policy_keep_the_gap_between_them(site):
    """Two feeds of one site polled back to back: the second poll's first request still waits
    its turn after the first poll's last one."""
    rss, atom = _newsroom(site)
    clock = FakeClock()
    policy = replace(QUICK, spacing=SiteSpacing(1.0, clock=clock, sleep=clock.sleep))
    first = poll_feed(rss, policy=policy)
    waits_in_first_poll = list(clock.slept)
    second = poll_feed(atom, policy=policy)
    assert first.problems == [] and second.problems == []
    assert waits_in_first_poll == [1.0, 1.0]  # feed, then two pages, one second apart
    assert clock.slept[len(waits_in_first_poll)] == 1.0  # the next poll's feed request waited too


def test_a_policy_from_settings_carries_one_spacing_for_all_its_polls(newsdesk):
    policy = newsdesk.desk.fetch_policy
    assert policy.spacing.interval == newsdesk.settings.fetch_site_interval_seconds
    assert newsdesk.desk.fetch_policy is policy


def test_the_policy_takes_its_interval_from_settings(settings):
    assert FetchPolicy.from_settings(settings.model_copy(update={"fetch_site_interval_seconds": 2.5})).spacing.interval == 2.5
    assert FetchPolicy().spacing.interval == web.SITE_INTERVAL_SECONDS

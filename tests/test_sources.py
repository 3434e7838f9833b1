"""Sources end to end: add, poll on loopback, health in `sources list`, bad sources isolated."""

from datetime import UTC, datetime, timedelta

import pytest

from bot.ingest.polling import source_status
from bot.sources import SourceError
from tests.ingest.loopback import (  # noqa: F401 - pytest fixtures
    BRIDGE_PARAGRAPHS,
    FERRY_PARAGRAPHS,
    article_page,
    dead_url,
    rss_feed,
    site,
)

NOW = datetime(2026, 2, 4, 12, 0, tzinfo=UTC)


def publish_outlet(site):
    ferry = site.serve("/ferry", article_page("Ferries suspended", FERRY_PARAGRAPHS))
    bridge = site.serve("/bridge", article_page("Bridge repairs funded", BRIDGE_PARAGRAPHS))
    items = [{"title": "Ferries suspended", "link": ferry + "?utm_source=rss", "pubDate": "Mon, 02 Jun 2025 09:15:00 +0200"},
             {"title": "Bridge repairs funded", "link": bridge, "pubDate": "Tue, 03 Jun 2025 09:15:00 +0200"}]
    return site.serve("/feed.xml", rss_feed("Harbour Gazette - Local", items), "application/rss+xml")


def test_feed_source_is_polled_and_reports_health(newsdesk, site):
    feed = publish_outlet(site)
    source, created = newsdesk.desk.add_source(feed, every="15m")
    assert created and source.kind == "feed"
    report = newsdesk.desk.poll_sources(now=NOW)
    assert len(report.new) == 2 and not report.failed
    [listed] = newsdesk.desk.list_sources()
    assert listed.article_count == 2
    assert listed.next_poll == NOW + timedelta(minutes=15)
    status = source_status(listed, NOW + timedelta(minutes=5))
    assert "last success 5m ago" in status and "2 articles" in status and "next poll in 10m" in status
    hits = newsdesk.desk.search_quotes("pier").hits
    assert hits and hits[0].article.url.endswith("/ferry") and "utm_source" not in (hits[0].article.link or "")


def test_sources_not_yet_due_are_left_alone(newsdesk, site):
    newsdesk.desk.add_source(publish_outlet(site))
    newsdesk.desk.poll_sources(now=NOW)
    requests_after_first = len(site.requests)
    assert newsdesk.desk.poll_sources(now=NOW + timedelta(minutes=1)).new == []
    assert len(site.requests) == requests_after_first


def test_a_dead_source_backs_off_and_the_others_flow(newsdesk, site, dead_url):
    feed = publish_outlet(site)
    newsdesk.desk.add_source(feed)
    with newsdesk.store.session() as session:  # a source that died after it was added
        from bot.store.sources import add_source
        from bot.models import SourceKind

        add_source(session, SourceKind.FEED, dead_url, "Gone Gazette", timedelta(minutes=15))
    report = newsdesk.desk.poll_sources(now=NOW)
    assert len(report.new) == 2
    dead = next(s for s in newsdesk.desk.list_sources() if s.url == dead_url)
    assert dead.failures == 1 and "refused" in dead.last_error
    assert NOW < dead.next_poll <= NOW + timedelta(minutes=15)


def test_folder_source_takes_new_files(newsdesk, tmp_path):
    wire = tmp_path / "wire"
    wire.mkdir()
    (wire / "one.txt").write_text("Headline one\n\n“We are ready,” said Ann Lee.", encoding="utf-8")
    source, _ = newsdesk.desk.add_source(str(wire), name="Wire Desk")
    assert source.kind == "folder"
    assert len(newsdesk.desk.poll_sources(now=NOW).new) == 1


def test_adding_a_bad_address_says_why(newsdesk, dead_url, tmp_path):
    with pytest.raises(SourceError, match="refused"):
        newsdesk.desk.add_source(dead_url)
    with pytest.raises(SourceError, match="neither a web address nor a folder"):
        newsdesk.desk.add_source(str(tmp_path / "nowhere"))


def test_remove_keeps_articles(newsdesk, site):
    source, _ = newsdesk.desk.add_source(publish_outlet(site))
    newsdesk.desk.poll_sources(now=NOW)
    assert newsdesk.desk.remove_source(str(source.id)).id == source.id
    assert newsdesk.desk.list_sources() == []
    assert newsdesk.desk.search_quotes("pier").hits
    with pytest.raises(SourceError, match="No source"):
        newsdesk.desk.remove_source("99")


def test_ingest_command_takes_a_url_once(newsdesk, site):
    report = newsdesk.desk.ingest([publish_outlet(site)])
    assert len(report.new) == 2
    assert newsdesk.desk.ingest([site.url("/ferry")]).known


def test_only_one_replica_polls_at_a_time(postgres_url):
    from bot.store.database import Store

    store = Store(postgres_url)
    store.migrate()
    with store.exclusive("poll_sources") as first:
        with Store(postgres_url).exclusive("poll_sources") as second:
            assert first and not second
    with store.exclusive("poll_sources") as again:
        assert again


def test_scheduler_polls_sources(newsdesk, site):
    newsdesk.desk.add_source(publish_outlet(site))
    assert newsdesk.desk.poll_sources_once().new
    jobs = [job_id for job_id, _work, _seconds in newsdesk.scheduler._periodic]
    assert jobs == ["poll_sources"]

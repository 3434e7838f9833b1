from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.ingest.errors import FeedError
from bot.ingest.feeds import FeedEntry, article_from_entry, feed_links, parse_feed
from tests.ingest.loopback import atom_feed, rss_feed

RSS = rss_feed(
    "The Harbour Gazette - Local",
    [
        {
            "title": "Ferries halted after storm",
            "link": "/news/ferries?utm_source=rss",
            "pubDate": "Mon, 02 Jun 2025 09:15:00 +0200",
            "description": "&lt;p&gt;Evening crossings are &lt;b&gt;suspended&lt;/b&gt;.&lt;/p&gt;",
            "author": "desk@gazette.example (Mara Lindqvist)",
        },
        {"title": "Undated brief", "link": "https://gazette.example/news/brief", "description": "A short brief."},
        {"title": "Linkless brief", "description": "WASHINGTON (AP) \u2014 Text carried only in the feed."},
        {"title": "Nothing at all"},
    ],
)


def test_rss_entries_carry_links_dates_authors_and_text():
    feed = parse_feed(RSS.encode(), "https://gazette.example/feeds/local.xml")
    assert feed.title == "The Harbour Gazette - Local"
    first, undated, linkless = feed.entries
    assert first.link == "https://gazette.example/news/ferries"
    assert first.published == datetime(2025, 6, 2, 7, 15, tzinfo=UTC)
    assert first.author == "Mara Lindqvist"
    assert first.text == "Evening crossings are suspended."
    assert undated.published is None and undated.link == "https://gazette.example/news/brief"
    assert linkless.link is None and linkless.text.startswith("WASHINGTON (AP)")
    assert feed.problems == ["Entry 4 (Nothing at all) has no link and no text; skipped"]


def test_atom_entries_prefer_full_content():
    body = atom_feed(
        "City Times",
        [
            {
                "title": "Bridge repairs approved",
                "link": "https://citytimes.example/a/bridge",
                "updated": "2025-06-03T18:00:00+01:00",
                "published": "2025-06-03T17:30:00+01:00",
                "summary": "Council votes for repairs.",
                "content": "&lt;p&gt;The city council voted on Tuesday.&lt;/p&gt;&lt;p&gt;Repairs cost 4.2 million euros.&lt;/p&gt;",
                "author": "Tomas Berg",
            }
        ],
    )
    (entry,) = parse_feed(body.encode(), "https://citytimes.example/atom").entries
    assert entry.published == datetime(2025, 6, 3, 16, 30, tzinfo=UTC)
    assert entry.text == "The city council voted on Tuesday.\nRepairs cost 4.2 million euros."
    assert entry.author == "Tomas Berg"


def test_a_truncated_feed_keeps_the_entries_before_the_damage():
    broken = RSS.encode()[: RSS.index("Linkless") - 20]
    feed = parse_feed(broken, "https://gazette.example/feeds/local.xml")
    assert [entry.title for entry in feed.entries][:2] == ["Ferries halted after storm", "Undated brief"]
    assert feed.problems[0].startswith("The feed is damaged")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"this is not xml at all", "This is not an RSS or Atom feed (syntax error)"),
        (b"<html><body><p>A web page</p></body></html>", "This is not an RSS or Atom feed"),
        (b"", "This is not"),
        (rss_feed("Empty titles", [{"title": "a"}, {"title": "b"}]).encode(), "In this feed, none of the entries has a link or any text"),
        (b"<rss version='2.0'><channel><item><title>a</ti", "The feed is damaged"),
    ],
)
def test_unusable_feeds_get_a_clear_error(body, message):
    with pytest.raises(FeedError) as caught:
        parse_feed(body, "https://example.com/feed")
    assert caught.value.message.startswith(message)


def test_an_empty_but_valid_feed_is_not_an_error():
    assert parse_feed(rss_feed("Quiet day", []).encode()).entries == []


def test_feed_text_becomes_an_article_with_wire_credit():
    entry = FeedEntry(title="Linkless brief", summary="WASHINGTON (AP) \u2014 Text carried only in the feed.")
    draft = article_from_entry(entry, outlet="The Harbour Gazette")
    assert draft.outlet == "The Harbour Gazette"
    assert draft.url is None and draft.wire_credit == "AP"
    with pytest.raises(FeedError):
        article_from_entry(FeedEntry(link="https://example.com/a", title="t"))


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=300) | st.text(alphabet=st.sampled_from(list("<>/=\"' rssitemlinkfeed?xml&;\n")), max_size=300).map(str.encode))
def test_any_bytes_give_a_feed_or_a_feed_error(body):
    try:
        feed = parse_feed(body, "https://example.com/feed")
    except FeedError as error:
        assert error.message
    else:
        assert all(entry.link or entry.text for entry in feed.entries)


def test_pages_advertise_their_feeds():
    head = (
        '<html><head><link rel="stylesheet" href="/s.css">'
        '<link rel="alternate" type="application/rss+xml" title="Local" href="/feeds/local.xml?utm_source=x">'
        '<LINK REL="alternate" TYPE="application/atom+xml" HREF="https://gazette.example/atom">'
        '<link rel="alternate" type="application/rss+xml" href="/feeds/local.xml">'
        '<link rel="alternate" hreflang="fr" href="/fr/">'
    )
    assert feed_links(head, "https://gazette.example/") == [
        "https://gazette.example/feeds/local.xml",
        "https://gazette.example/atom",
    ]
    assert feed_links("<<<not html", "https://gazette.example/") == []

from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.ingest.downloads import FetchResult
from bot.ingest.errors import IngestError, PageError
from bot.ingest.spacing import SiteSpacing
from bot.ingest.web import DiscoveredSource, FetchPolicy, discover_source, ingest_url, outlet_from_feed_title, ingest_address, poll_feed, poll_page, poll_source
from bot.models import Source, SourceKind, SourceState
from tests.ingest.loopback import (  # noqa: F401 - pytest fixtures
    BRIDGE_PARAGRAPHS,
    FERRY_PARAGRAPHS,
    Reply,
    article_page,
    atom_feed,
    dead_url,
    rss_feed,
    site,
)

QUICK = FetchPolicy(timeout=2, allow_internal=True, spacing=SiteSpacing(0))  # the test sites run on 127.0.0.1


def _newsroom(site):
    """A small outlet: two article pages, an RSS feed and an Atom feed listing them."""
    site.serve("/news/ferries", article_page("Ferries halted after storm", FERRY_PARAGRAPHS))
    site.serve("/news/bridge", article_page("Bridge repairs approved", BRIDGE_PARAGRAPHS, published=None, author=None))
    items = [
        {
            "title": "Ferries halted after storm",
            "link": site.url("/news/ferries?utm_source=rss"),
            "pubDate": "Mon, 02 Jun 2025 07:20:00 GMT",
            "description": "Evening crossings suspended.",
        },
        {
            "title": "Bridge repairs approved",
            "link": site.url("/news/bridge"),
            "pubDate": "Tue, 03 Jun 2025 16:30:00 GMT",
            "author": "desk@gazette.example (Tomas Berg)",
            "description": "The council voted for repairs.",
        },
    ]
    rss = site.serve("/rss.xml", rss_feed("The Harbour Gazette - Local", items), "application/rss+xml", headers={"ETag": '"feed-1"'})
    atom = site.serve(
        "/atom.xml",
        atom_feed("City Times", [{"title": "Ferries", "link": site.url("/news/ferries"), "updated": "2025-06-02T07:20:00Z"}]),
        "application/atom+xml",
    )
    return rss, atom


def test_rss_poll_extracts_each_entry_page(site):
    rss, _ = _newsroom(site)
    outcome = poll_feed(rss, policy=QUICK)
    assert outcome.ok and outcome.problems == []
    assert outcome.kind is SourceKind.FEED
    assert outcome.etag == '"feed-1"' and outcome.feed_title == "The Harbour Gazette - Local"
    ferries, bridge = outcome.drafts
    assert ferries.url == site.url("/news/ferries")
    assert ferries.text.startswith("The harbour authority suspended")
    assert ferries.outlet == "The Harbour Gazette"  # the feed's title without its section
    assert ferries.published == datetime(2025, 6, 2, 7, 20, tzinfo=UTC)
    assert ferries.author == "Mara Lindqvist"
    # The bridge page has no date or byline of its own: the feed's fill in.
    assert bridge.published == datetime(2025, 6, 3, 16, 30, tzinfo=UTC)
    assert bridge.author == "Tomas Berg"
    assert bridge.text.startswith("The city council voted")


def test_atom_poll_and_the_source_name_as_outlet(site):
    _, atom = _newsroom(site)
    outcome = poll_feed(atom, outlet="City Times Online", policy=QUICK)
    (draft,) = outcome.drafts
    assert draft.outlet == "City Times Online"
    assert "ferry crossings" in draft.text


def test_second_poll_is_conditional_and_fetches_no_pages(site):
    rss, _ = _newsroom(site)

    def conditional(headers):
        if headers.get("if-none-match") == '"feed-1"':
            return Reply(304, headers={"ETag": '"feed-1"'})
        return site_feed(headers)

    site_feed = site.routes["/rss.xml"]
    site.route("/rss.xml", conditional)
    first = poll_feed(rss, policy=QUICK)
    pages_before = len(site.hits("/news/ferries"))
    second = poll_feed(rss, SourceState(etag=first.etag, last_modified=first.last_modified), policy=QUICK)
    assert second.not_modified and second.ok and second.drafts == []
    assert second.etag == '"feed-1"'
    assert site.hits("/rss.xml")[-1]["if-none-match"] == '"feed-1"'
    assert len(site.hits("/news/ferries")) == pages_before


def test_feed_text_is_used_when_a_page_fails(site):
    rss, _ = _newsroom(site)
    site.route("/news/bridge", lambda _: Reply(500, b"<p>down</p>", {"Content-Type": "text/html"}))
    outcome = poll_feed(rss, policy=QUICK)
    ferries, bridge = outcome.drafts
    assert ferries.text.startswith("The harbour authority")
    assert bridge.text == "The council voted for repairs."
    assert bridge.url == site.url("/news/bridge")
    assert bridge.outlet == "The Harbour Gazette"
    assert outcome.problems == [
        f"{site.url('/news/bridge')}: The server said 500 Internal Server Error; used the feed's own text instead"
    ]


def test_pages_the_sites_robots_txt_forbids_are_not_fetched(site):
    rss, _ = _newsroom(site)
    site.serve("/robots.txt", "User-agent: *\nAllow: /\n\nUser-agent: Newsdesk\nDisallow: /news/bridge\n",
               "text/plain")
    outcome = poll_feed(rss, policy=QUICK)
    ferries, bridge = outcome.drafts
    assert ferries.text.startswith("The harbour authority")
    assert bridge.text == "The council voted for repairs."  # the feed's own text
    assert outcome.problems == [f"{site.url('/news/bridge')}: The site's robots.txt asks bots not to fetch this "
                                "page; used the feed's own text instead"]
    assert site.hits("/news/bridge") == []
    assert len(site.hits("/robots.txt")) == 1  # read once per poll, not once per page
    with pytest.raises(IngestError, match="robots.txt"):
        ingest_url(site.url("/news/bridge"), policy=QUICK)


def test_a_missing_or_broken_robots_txt_allows_everything(site):
    rss, _ = _newsroom(site)
    assert len(poll_feed(rss, policy=QUICK).drafts) == 2 and len(site.hits("/robots.txt")) == 1  # a 404
    site.route("/robots.txt", lambda _: Reply(500, b"oops", {"Content-Type": "text/plain"}))
    assert poll_feed(rss, policy=QUICK).problems == []


def test_entries_without_links_or_dates_still_arrive(site):
    body = rss_feed(
        "Wire desk",
        [
            {"title": "Linkless", "description": "BEIJING (Xinhua) -- A statement carried only in the feed."},
            {"title": "Undated", "link": site.url("/news/ferries")},
            {"title": "Empty"},
        ],
    )
    site.serve("/news/ferries", article_page("Ferries halted", FERRY_PARAGRAPHS, published=None))
    outcome = poll_feed(site.serve("/wire.xml", body, "application/rss+xml"), policy=QUICK)
    linkless, undated = outcome.drafts
    assert linkless.url is None and linkless.wire_credit == "Xinhua"
    assert undated.published is None and undated.text.startswith("The harbour authority")
    assert outcome.problems == ["Entry 3 (Empty) has no link and no text; skipped"]


def test_a_malformed_feed_keeps_its_readable_entries(site):
    site.serve("/news/ferries", article_page("Ferries halted", FERRY_PARAGRAPHS))
    body = rss_feed("Broken", [{"title": "Ferries", "link": site.url("/news/ferries")}, {"title": "Cut"}])
    broken = body[: body.index("<item><title>Cut") + 20]
    outcome = poll_feed(site.serve("/broken.xml", broken, "application/rss+xml"), policy=QUICK)
    assert outcome.ok
    assert [draft.title for draft in outcome.drafts] == ["Ferries halted"]
    assert outcome.problems[0].startswith("The feed is damaged")


@pytest.mark.parametrize(
    ("reply", "error", "retryable"),
    [
        (Reply(404, b"<p>missing</p>"), "The server said 404 Not Found", False),
        (Reply(503, b"<p>busy</p>", {"Retry-After": "30"}), "The server said 503 Service Unavailable", True),
        (Reply(200, b"<html><body><p>Not a feed</p></body></html>", {"Content-Type": "text/html"}), "This is not an RSS or Atom feed: the address gives a web page", False),
        (Reply(200, b"<rss><channel><item><title>x</ti", {"Content-Type": "application/rss+xml"}), "The feed is damaged", False),
        (Reply(200, b"\x89PNG", {"Content-Type": "image/png"}), "Not a web page (image/png)", False),
    ],
)
def test_a_failed_feed_poll_reports_and_keeps_its_validators(site, reply, error, retryable):
    url = site.route("/feed.xml", lambda _: reply)
    state = SourceState(etag='"old"', last_modified="Mon, 02 Jun 2025 08:00:00 GMT")
    outcome = poll_feed(url, state, policy=QUICK)
    assert not outcome.ok and outcome.drafts == []
    assert outcome.error.startswith(error)
    assert outcome.retryable is retryable
    assert outcome.etag == '"old"' and outcome.last_modified == state.last_modified
    if reply.status == 503:
        assert outcome.retry_after == 30


def test_timeouts_refusals_and_redirect_loops_come_back_as_outcomes(site, dead_url):
    slow = site.serve("/slow.xml", rss_feed("Slow", []), "application/rss+xml", delay=1.0)
    site.route("/loop-a", lambda _: Reply(302, headers={"Location": "/loop-b"}))
    loop = site.route("/loop-b", lambda _: Reply(302, headers={"Location": "/loop-a"}))
    assert poll_feed(slow, policy=FetchPolicy(timeout=0.2, allow_internal=True)).error == "The server took longer than 0.2 s to answer"
    assert poll_feed(dead_url, policy=QUICK).error == "The server refused the connection"
    assert poll_feed(loop, policy=QUICK).error.startswith("Too many redirects")


def test_one_broken_source_does_not_stop_the_next(site, dead_url):
    rss, _ = _newsroom(site)
    outcomes = [poll_feed(url, policy=QUICK) for url in (dead_url, rss)]
    assert [outcome.ok for outcome in outcomes] == [False, True]
    assert len(outcomes[1].drafts) == 2


def test_skip_entry_passes_over_known_articles(site):
    rss, _ = _newsroom(site)
    known = {site.url("/news/ferries")}
    outcome = poll_feed(rss, policy=QUICK, skip_entry=lambda entry: entry.link in known)
    assert [draft.title for draft in outcome.drafts] == ["Bridge repairs approved"]
    assert not site.hits("/news/ferries")


def test_single_article_url(site):
    _newsroom(site)
    draft = ingest_url(site.url("/news/ferries?fbclid=abc#comments"), policy=QUICK)
    assert draft.url == site.url("/news/ferries")
    assert draft.published == datetime(2025, 6, 2, 9, 15, tzinfo=timezone(timedelta(hours=2)))


def test_single_article_url_failures_raise_plain_errors(site):
    site.serve("/empty", "<html><body><nav>Home</nav></body></html>")
    with pytest.raises(PageError, match="No article text"):
        ingest_url(site.url("/empty"), policy=QUICK)
    with pytest.raises(IngestError, match="404 Not Found"):
        ingest_url(site.url("/nowhere"), policy=QUICK)
    site.serve("/feed-as-page", rss_feed("x", []), "application/rss+xml")
    with pytest.raises(IngestError, match="Not a web page"):
        ingest_url(site.url("/feed-as-page"), policy=QUICK)


def test_ingest_address_takes_a_feed_or_a_page(site):
    rss, _ = _newsroom(site)
    as_feed = ingest_address(rss, policy=QUICK)
    as_page = ingest_address(site.url("/news/ferries"), policy=QUICK)
    assert as_feed.kind is SourceKind.FEED and len(as_feed.drafts) == 2
    assert as_page.kind is SourceKind.PAGE and as_page.drafts[0].title == "Ferries halted after storm"


def test_page_source_poll_is_conditional(site):
    html = article_page("Ferries halted after storm", FERRY_PARAGRAPHS)

    def conditional(headers):
        if headers.get("if-modified-since") == "Mon, 02 Jun 2025 08:00:00 GMT":
            return Reply(304)
        return Reply(200, html.encode(), {"Content-Type": "text/html", "Last-Modified": "Mon, 02 Jun 2025 08:00:00 GMT"})

    url = site.route("/live", conditional)
    first = poll_page(url, policy=QUICK)
    again = poll_page(url, SourceState(last_modified=first.last_modified), policy=QUICK)
    assert len(first.drafts) == 1 and again.not_modified and again.drafts == []


def test_poll_source_uses_the_source_name_and_validators(site):
    rss, _ = _newsroom(site)
    source = Source(kind=SourceKind.FEED, url=rss, name="Gazette", etag='"stale"')
    outcome = poll_source(source, policy=QUICK)
    assert {draft.outlet for draft in outcome.drafts} == {"Gazette"}
    assert site.hits("/rss.xml")[0]["if-none-match"] == '"stale"'
    with pytest.raises(ValueError):
        poll_source(Source(kind=SourceKind.FOLDER, path="/srv/wire"))


def test_discover_source(site, tmp_path):
    rss, _ = _newsroom(site)
    feed = discover_source(rss, policy=QUICK)
    assert feed == DiscoveredSource(kind=SourceKind.FEED, location=rss, title="The Harbour Gazette - Local")
    assert discover_source(site.url("/news/ferries"), policy=QUICK).kind is SourceKind.PAGE
    assert discover_source(str(tmp_path)) == DiscoveredSource(kind=SourceKind.FOLDER, location=str(tmp_path.resolve()))
    with pytest.raises(IngestError, match="neither a web address nor a folder"):
        discover_source(str(tmp_path / "nope"))
    with pytest.raises(IngestError, match="404 Not Found"):
        discover_source(site.url("/nowhere"), policy=QUICK)


def test_a_front_page_is_added_as_the_feed_it_advertises(site):
    rss, _ = _newsroom(site)
    site.serve("/", '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>Front</body></html>')
    assert discover_source(site.url("/"), policy=QUICK).location == rss
    site.serve("/", "<html><head></head><body><p>Front page without a feed</p></body></html>")
    with pytest.raises(IngestError, match="names no feed"):
        discover_source(site.url("/"), policy=QUICK)


def test_a_fake_fetcher_can_stand_in_for_the_network():
    calls = []

    def fake(url, **options):
        calls.append((url, options["etag"], options["last_modified"]))
        return FetchResult(url=url, final_url=url, status=304, not_modified=True)

    state = SourceState(etag='"x"', last_modified="Mon, 02 Jun 2025 08:00:00 GMT")
    outcome = poll_feed("https://example.com/feed", state, policy=FetchPolicy(fetch=fake))
    assert outcome.not_modified and outcome.etag == '"x"'  # a 304 without validators keeps the old ones
    assert calls == [("https://example.com/feed", '"x"', "Mon, 02 Jun 2025 08:00:00 GMT")]


def test_outlet_from_feed_title():
    assert outlet_from_feed_title("BBC News - World") == "BBC News"
    assert outlet_from_feed_title("The Guardian | Politics") == "The Guardian"
    assert outlet_from_feed_title("Reuters") == "Reuters"
    assert outlet_from_feed_title("") is None


def test_legacy_encoded_page_without_charset_is_read_correctly(site):
    html = article_page("Caf\u00e9 owners \u201cfurious\u201d", FERRY_PARAGRAPHS, charset_meta=None)
    url = site.serve("/legacy", html.encode("cp1252"), "text/html")
    draft = ingest_url(url, policy=QUICK)
    assert draft.title == "Caf\u00e9 owners \u201cfurious\u201d"
    assert "\u201cWe will not put passengers at risk" in draft.text


def test_an_entry_linking_to_a_pdf_falls_back_to_the_feed_text(site):
    site.serve("/report.pdf", b"%PDF-1.7 ...", "application/pdf")
    body = rss_feed("Reports", [{"title": "Annual report", "link": site.url("/report.pdf"), "description": "The port handled more ships."}])
    outcome = poll_feed(site.serve("/reports.xml", body, "application/rss+xml"), policy=QUICK)
    (draft,) = outcome.drafts
    assert draft.text == "The port handled more ships."
    assert outcome.problems == [f"{site.url('/report.pdf')}: Not a web page (application/pdf); used the feed's own text instead"]


def test_an_entry_whose_page_and_feed_text_both_fail_is_reported_not_fatal(site):
    body = rss_feed("Gaps", [{"title": "Gone", "link": site.url("/gone")}, {"title": "Kept", "description": "Still here."}])
    outcome = poll_feed(site.serve("/gaps.xml", body, "application/rss+xml"), policy=QUICK)
    assert [draft.title for draft in outcome.drafts] == ["Kept"]
    assert outcome.problems == [f"{site.url('/gone')}: The server said 404 Not Found; the feed has no text for it either, so it was skipped"]


def test_a_wire_byline_in_the_feed_credits_the_page(site):
    site.serve("/news/bridge", article_page("Bridge repairs approved", BRIDGE_PARAGRAPHS, author=None))
    body = atom_feed("City Times", [{"title": "Bridge", "link": site.url("/news/bridge"), "author": "Reuters"}])
    (draft,) = poll_feed(site.serve("/atom.xml", body, "application/atom+xml"), policy=QUICK).drafts
    assert draft.author == "Reuters" and draft.wire_credit == "Reuters"

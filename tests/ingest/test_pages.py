from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.ingest.errors import PageError
from bot.ingest.pages import article_from_html, article_from_html_file, parse_published, text_from_fragment
from tests.ingest.loopback import BRIDGE_PARAGRAPHS, FERRY_PARAGRAPHS, article_page


def test_main_text_and_metadata_are_extracted():
    html = article_page("Ferries halted after storm", FERRY_PARAGRAPHS)
    draft = article_from_html(html, "https://gazette.example/news/ferries?utm_source=rss#top")
    assert draft.title == "Ferries halted after storm"
    assert draft.text.startswith("The harbour authority suspended")
    assert "\u201cWe will not put passengers at risk" in draft.text
    assert "newsletter" not in draft.text and "Home" not in draft.text
    assert draft.author == "Mara Lindqvist"
    assert draft.outlet == "The Harbour Gazette"
    assert draft.url == "https://gazette.example/news/ferries"
    assert draft.published == datetime(2025, 6, 2, 9, 15, tzinfo=timezone(timedelta(hours=2)))
    assert draft.published.utcoffset() is not None
    assert draft.wire_credit is None


def test_wire_copy_is_credited():
    paragraphs = ["LONDON (Reuters) - " + BRIDGE_PARAGRAPHS[0], *BRIDGE_PARAGRAPHS[1:]]
    draft = article_from_html(article_page("Bridge repairs approved", paragraphs, author=None), None)
    assert draft.wire_credit == "Reuters"


def test_outlet_falls_back_to_the_domain_and_an_explicit_name_wins():
    html = article_page("Bridge repairs approved", BRIDGE_PARAGRAPHS, site_name=None)
    assert article_from_html(html, "https://www.citytimes.example/a/1").outlet == "citytimes.example"
    assert article_from_html(html, "https://www.citytimes.example/a/1", outlet="City Times").outlet == "City Times"
    assert article_from_html(html, None).outlet == "unknown"


def test_page_canonical_link_is_used_on_the_same_site_only():
    same = article_page("Bridge", BRIDGE_PARAGRAPHS, canonical="https://citytimes.example/politics/bridge?utm_medium=x")
    assert article_from_html(same, "https://citytimes.example/amp/bridge").url == "https://citytimes.example/politics/bridge"
    elsewhere = article_page("Bridge", BRIDGE_PARAGRAPHS, canonical="https://spam.example/bridge")
    assert article_from_html(elsewhere, "https://citytimes.example/a/bridge").url == "https://citytimes.example/a/bridge"
    front = article_page("Bridge", BRIDGE_PARAGRAPHS, canonical="https://citytimes.example/")
    assert article_from_html(front, "https://citytimes.example/a/bridge").url == "https://citytimes.example/a/bridge"


def test_a_day_without_time_is_read_as_utc_midnight():
    draft = article_from_html(article_page("Bridge", BRIDGE_PARAGRAPHS, published="2025-05-30"), None)
    assert draft.published == datetime(2025, 5, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("", "The page is empty"),
        ("   \n ", "The page is empty"),
        ("<<<<>>>><<</", "No article text found on the page"),
        ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "No article text found on the page"),
        ("\x00\x01\x02 binary \xff garbage", "No article text found on the page"),
    ],
)
def test_pages_without_an_article_get_a_clear_error(html, message):
    with pytest.raises(PageError) as caught:
        article_from_html(html, "https://example.com/x")
    assert caught.value.message == message


def test_generated_junk_is_refused_before_it_stalls_extraction():
    with pytest.raises(PageError, match="too much markup"):
        article_from_html("<p><b><i>" * 20_000, None)


def test_unclosed_tags_still_give_the_text():
    html = "<html><body><article><p>" + "</p><p>".join(FERRY_PARAGRAPHS) + "<div><span><b>"
    draft = article_from_html(html, None)
    assert "ferry crossings" in draft.text


def test_saved_html_file_in_windows_1252(tmp_path):
    html = article_page("Caf\u00e9 owners \u201cfurious\u201d", FERRY_PARAGRAPHS, charset_meta=None)
    path = tmp_path / "cafe.html"
    path.write_bytes(html.encode("cp1252"))
    draft = article_from_html_file(path, max_bytes=1_000_000)
    assert draft.title == "Caf\u00e9 owners \u201cfurious\u201d"
    assert "authority\u2019s director" in draft.text
    assert draft.source_path == str(path)


def test_saved_html_file_errors_are_plain(tmp_path):
    with pytest.raises(PageError, match="could not be read"):
        article_from_html_file(tmp_path / "missing.html", max_bytes=1000)
    big = tmp_path / "big.html"
    big.write_text("<p>" + "x" * 2000 + "</p>")
    with pytest.raises(PageError, match="The file is larger than 1 kB"):
        article_from_html_file(big, max_bytes=1000)


def test_feed_fragments_become_plain_lines():
    fragment = "<p>First &amp; <b>bold</b></p><script>alert(1)</script><p>Second<br/>third</p><style>p{}</style>"
    assert text_from_fragment(fragment) == "First & bold\nSecond\nthird"
    assert text_from_fragment("<p>unclosed <b>tags") == "unclosed tags"
    assert text_from_fragment("plain text, no markup") == "plain text, no markup"


def test_publication_times_are_parsed_or_dropped():
    assert parse_published("2025-06-02T09:15:00Z") == datetime(2025, 6, 2, 9, 15, tzinfo=UTC)
    assert parse_published("2025-06-02T09:15:00+0200").utcoffset() == timedelta(hours=2)
    assert parse_published("last Tuesday") is None
    assert parse_published(None) is None


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' pdivabrhtml&;#x0\n\u00e9\u201c\x00")), max_size=400))
def test_any_markup_gives_a_draft_or_a_page_error(html):
    try:
        draft = article_from_html(html, "https://example.com/x")
    except PageError as error:
        assert error.message
    else:
        assert len(draft.text.split()) >= 5

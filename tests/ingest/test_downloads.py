import gzip
import random
from datetime import timedelta
from functools import partial

import httpx
import pytest

from bot.ingest.downloads import (
    FetchError,
    FetchProblem,
    human_size,
    is_retryable,
    retry_delay,
    status_message,
    web_client,
)
from bot.ingest import downloads
from bot.ingest.downloads import fetch as fetch_anywhere
from bot.ingest.errors import PageError
from tests.ingest.loopback import Reply, dead_url, site  # noqa: F401 - pytest fixtures

# The test sites run on 127.0.0.1, which Newsdesk refuses unless told otherwise.
fetch = partial(fetch_anywhere, allow_internal=True)

PAGE = "<html><head><title>Port reopens</title></head><body><p>The port reopened.</p></body></html>"


def test_a_page_is_fetched_with_its_validators(site):
    url = site.serve("/story", PAGE, headers={"ETag": '"v1"', "Last-Modified": "Mon, 02 Jun 2025 08:00:00 GMT"})
    result = fetch(url, timeout=2)
    assert result.status == 200 and not result.not_modified
    assert result.text == PAGE and result.encoding == "utf-8"
    assert result.etag == '"v1"' and result.last_modified == "Mon, 02 Jun 2025 08:00:00 GMT"
    assert result.final_url == url


def test_conditional_get_sends_validators_and_reads_304(site):
    def conditional(headers):
        if headers.get("if-none-match") == '"v1"':
            return Reply(304, headers={"ETag": '"v1"'})
        return Reply(200, PAGE.encode(), {"Content-Type": "text/html", "ETag": '"v1"'})

    url = site.route("/feed", conditional)
    first = fetch(url, timeout=2)
    second = fetch(url, etag=first.etag, last_modified="Mon, 02 Jun 2025 08:00:00 GMT", timeout=2)
    assert second.not_modified and second.body == b""
    assert site.hits("/feed")[1]["if-modified-since"] == "Mon, 02 Jun 2025 08:00:00 GMT"


@pytest.mark.parametrize(("status", "message", "retryable"), [(404, "The server said 404 Not Found", False), (500, "The server said 500 Internal Server Error", True), (429, "The server said 429 Too Many Requests", True)])
def test_error_statuses_are_told_in_plain_words(site, status, message, retryable):
    url = site.route("/gone", lambda _: Reply(status, b"<p>nope</p>", {"Retry-After": "120"}))
    with pytest.raises(FetchError) as caught:
        fetch(url, timeout=2)
    assert caught.value.message == message
    assert caught.value.status == status
    assert caught.value.problem is FetchProblem.HTTP_STATUS
    assert is_retryable(caught.value) is retryable
    assert caught.value.retry_after == 120


def test_a_slow_server_times_out(site):
    url = site.serve("/slow", PAGE, delay=1.5)
    with pytest.raises(FetchError) as caught:
        fetch(url, timeout=0.2)
    assert caught.value.message == "The server took longer than 0.2 s to answer"
    assert caught.value.retryable


def test_connection_refused(dead_url):
    with pytest.raises(FetchError) as caught:
        fetch(dead_url, timeout=2)
    assert caught.value.message == "The server refused the connection"
    assert caught.value.problem is FetchProblem.CONNECTION and caught.value.retryable


def test_redirect_loop(site):
    site.route("/a", lambda _: Reply(302, headers={"Location": "/b"}))
    url = site.route("/b", lambda _: Reply(302, headers={"Location": "/a"}))
    with pytest.raises(FetchError) as caught:
        fetch(url, timeout=2)
    assert caught.value.message.startswith("Too many redirects")
    assert not caught.value.retryable


def test_a_redirect_is_followed_to_the_final_address(site):
    target = site.serve("/final", PAGE)
    url = site.route("/moved", lambda _: Reply(301, headers={"Location": "/final"}))
    assert fetch(url, timeout=2).final_url == target


def test_declared_oversized_body_is_refused(site):
    url = site.serve("/big", "<p>" + "x" * 5000 + "</p>")
    with pytest.raises(FetchError) as caught:
        fetch(url, max_bytes=1000, timeout=2)
    assert caught.value.message == "The page is larger than 1 kB"
    assert caught.value.problem is FetchProblem.TOO_LARGE


def test_undeclared_oversized_body_is_cut_off_while_streaming(site):
    url = site.serve("/stream", "<p>" + "x" * 2_000_000 + "</p>", send_length=False)
    with pytest.raises(FetchError) as caught:
        fetch(url, max_bytes=50_000, timeout=2)
    assert caught.value.message == "The page is larger than 50 kB"


def test_an_image_is_not_a_web_page(site):
    url = site.serve("/photo", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, content_type="image/png")
    with pytest.raises(FetchError) as caught:
        fetch(url, timeout=2)
    assert caught.value.message == "Not a web page (image/png)"
    assert site.hits("/photo")


def test_no_content_type_is_accepted_only_for_markup(site):
    assert fetch(site.serve("/bare", PAGE, content_type=""), timeout=2).text == PAGE
    with pytest.raises(FetchError, match="Not a web page"):
        fetch(site.serve("/blob", b"\x00\x01binary", content_type=""), timeout=2)


def test_windows_1252_page_without_charset_header(site):
    prose = "<html><body><p>The caf\u00e9\u2019s owner said \u201cwe are ruined\u201d.</p></body></html>"
    url = site.serve("/legacy", prose.encode("cp1252"), content_type="text/html")
    result = fetch(url, timeout=2)
    assert result.text == prose


def test_latin1_page_with_wrong_utf8_header(site):
    prose = "<html><body><p>Der B\u00fcrgermeister sagte, die Stra\u00dfe bleibt gesperrt.</p></body></html>"
    url = site.serve("/wrong", prose.encode("latin-1"), content_type="text/html; charset=utf-8")
    assert fetch(url, timeout=2).text == prose


def test_not_a_web_address_is_refused_without_a_request():
    with pytest.raises(FetchError) as caught:
        fetch("file:///etc/passwd")
    assert caught.value.problem is FetchProblem.BAD_ADDRESS


def test_internal_addresses_are_refused_by_default(site):
    url = site.serve("/admin", PAGE)
    with pytest.raises(FetchError) as caught:
        fetch_anywhere(url, timeout=2)
    assert caught.value.problem is FetchProblem.INTERNAL_ADDRESS
    assert "127.0.0.1 is an internal address" in caught.value.message
    assert not caught.value.retryable
    assert site.requests == [], "the request must not leave the bot"


def test_a_public_page_that_redirects_inward_is_refused():
    asked = []

    def public_site(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return httpx.Response(302, headers={"location": "http://169.254.169.254/latest/meta-data/"})

    with web_client(transport=httpx.MockTransport(public_site)) as client:
        with pytest.raises(FetchError) as caught:
            fetch_anywhere("http://93.184.216.34/story", client=client, timeout=2)
    assert caught.value.problem is FetchProblem.INTERNAL_ADDRESS
    assert "169.254.169.254" in caught.value.message
    assert asked == ["http://93.184.216.34/story"]


PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture
def no_proxy_settings(monkeypatch):
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


def test_a_host_that_rebinds_to_an_internal_address_is_refused_before_its_body_is_read(site, monkeypatch,
                                                                                      no_proxy_settings):
    """DNS rebinding: the name looks public when checked, then the connection reaches 127.0.0.1."""
    url = site.serve("/secrets", PAGE)
    answers = iter([None])  # the first look-up, made before connecting, says "public"
    real_check = downloads.internal_address
    monkeypatch.setattr(downloads, "internal_address", lambda host: next(answers, real_check(host)))
    with pytest.raises(FetchError) as caught:
        fetch_anywhere(url, timeout=2)
    assert caught.value.problem is FetchProblem.INTERNAL_ADDRESS
    assert "led to an internal address (127.0.0.1)" in caught.value.message


def test_a_proxy_resolves_hosts_itself_so_its_address_is_not_checked(monkeypatch, no_proxy_settings):
    monkeypatch.setenv("http_proxy", "http://proxy.newsroom.internal:3128")
    monkeypatch.setenv("no_proxy", "intranet.example")
    assert downloads._through_proxy(httpx.URL("http://example.com/story"))
    assert not downloads._through_proxy(httpx.URL("http://intranet.example/story"))
    assert not downloads._through_proxy(httpx.URL("https://example.com/story"))


def test_retry_delay_doubles_and_stops_at_the_cap():
    rng = random.Random(7)
    delays = [retry_delay(attempt, jitter=0, rng=rng) for attempt in range(1, 6)]
    assert delays == [timedelta(minutes=minutes) for minutes in (1, 2, 4, 8, 16)]
    assert retry_delay(0) == timedelta(0)
    assert retry_delay(40, cap=timedelta(hours=6)) == timedelta(hours=6)


def test_retry_delay_jitter_stays_within_its_share():
    rng = random.Random(1)
    for _ in range(100):
        delay = retry_delay(3, jitter=0.1, rng=rng)
        assert timedelta(minutes=4) <= delay <= timedelta(minutes=4.4)


def test_only_passing_problems_are_retryable():
    assert not is_retryable(PageError("No article text found on the page"))
    assert not is_retryable(ValueError("developer error"))


def test_sizes_and_statuses_read_naturally():
    assert human_size(5_000_000) == "5 MB"
    assert human_size(1_500) == "1.5 kB"
    assert human_size(12) == "12 bytes"
    assert status_message(503) == "The server said 503 Service Unavailable"
    assert status_message(599) == "The server said 599 (unknown status)"


def test_the_size_cap_counts_unpacked_bytes(site):
    packed = gzip.compress(b"<p>" + b"x" * 3_000_000 + b"</p>")
    url = site.serve("/bomb", packed, headers={"Content-Encoding": "gzip"})
    assert len(packed) < 50_000
    with pytest.raises(FetchError) as caught:
        fetch(url, max_bytes=100_000, timeout=2)
    assert caught.value.problem is FetchProblem.TOO_LARGE


def test_compressed_pages_arrive_unpacked(site):
    url = site.serve("/packed", gzip.compress(PAGE.encode()), headers={"Content-Encoding": "gzip"})
    assert fetch(url, timeout=2).text == PAGE

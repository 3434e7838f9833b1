from hypothesis import given
from hypothesis import strategies as st

from bot.ingest.urls import canonical_url, is_web_address, outlet_from_domain, site_domain


def test_tracking_parameters_and_fragment_are_dropped_and_the_rest_sorted():
    url = "HTTPS://WWW.Example.COM:443/World/Story?utm_source=tw&b=2&fbclid=abc&a=1&gclid=x&mc_cid=9#comments"
    assert canonical_url(url) == "https://www.example.com/World/Story?a=1&b=2"


def test_default_port_is_dropped_but_others_kept():
    assert canonical_url("http://example.com:80/a") == "http://example.com/a"
    assert canonical_url("http://127.0.0.1:8080/a?utm_medium=rss") == "http://127.0.0.1:8080/a"


def test_empty_path_becomes_slash_and_meaningful_params_survive():
    assert canonical_url("https://example.com") == "https://example.com/"
    assert canonical_url("https://example.com/story?id=42&page=2") == "https://example.com/story?id=42&page=2"


def test_links_from_two_outlets_agree():
    first = "https://news.example.org/a/b?utm_campaign=x&utm_source=y#top"
    second = "https://NEWS.example.org/a/b?ref=homepage"
    assert canonical_url(first) == canonical_url(second)


def test_not_an_address_is_returned_stripped():
    assert canonical_url("  not a url ") == "not a url"
    assert canonical_url("ftp://example.com/x") == "ftp://example.com/x"
    assert canonical_url("http://[bad") == "http://[bad"


@given(
    host=st.from_regex(r"[a-z]{1,8}\.(com|org|co\.uk)", fullmatch=True),
    path=st.lists(st.text("abcXYZ09-_ é", min_size=1, max_size=6), max_size=3),
    params=st.lists(st.tuples(st.sampled_from(["id", "utm_source", "page", "fbclid", "q"]), st.text("ab 1+&=", max_size=4)), max_size=4),
)
def test_canonical_form_is_stable(host, path, params):
    from urllib.parse import urlencode

    url = f"https://{host}/{'/'.join(path)}?{urlencode(params)}#frag"
    once = canonical_url(url)
    assert canonical_url(once) == once
    assert "utm_source" not in once and "fbclid" not in once and "#" not in once


def test_outlet_from_domain_uses_the_registrable_domain():
    assert outlet_from_domain("https://www.reuters.com/world/x") == "reuters.com"
    assert outlet_from_domain("https://news.bbc.co.uk/2/hi") == "bbc.co.uk"
    assert outlet_from_domain("http://127.0.0.1:5000/x") == "127.0.0.1"
    assert outlet_from_domain("not a url") == "unknown"
    assert site_domain("https://edition.cnn.com/") == "cnn.com"


def test_web_addresses_are_told_from_paths():
    assert is_web_address("https://example.com/feed")
    assert not is_web_address("/srv/wire/afp")

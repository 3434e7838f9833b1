"""`/digest sources` through the real App: anyone lists, editors add and remove."""

from tests.ingest.loopback import rss_feed, site  # noqa: F401 - pytest fixture
from tests.slack_fakes.requests import send, signed_headers, slash_command_body


def digest(app, fake_slack, signing_secret, text, user="U1", name="d"):
    body = slash_command_body("/digest", text, user_id=user, response_url=fake_slack.response_url(name))
    assert send(app, body, signed_headers(body, signing_secret)).status == 200
    return fake_slack.wait_for(f"response/{name}")[0].body


def test_editor_adds_lists_and_removes_a_feed(newsdesk, fake_slack, signing_secret, site):
    newsdesk.desk.editors.user_ids = frozenset({"UEDITOR"})
    feed = site.serve("/feed.xml", rss_feed("Harbour Gazette", []), "application/rss+xml")
    added = digest(newsdesk.app, fake_slack, signing_secret, f"sources add <{feed}|feed> as Harbour Gazette every 30m",
                   user="UEDITOR", name="add")
    assert "Added source 1: feed" in added["text"] and "every 30m" in added["text"]
    listed = digest(newsdesk.app, fake_slack, signing_secret, "sources", name="list")
    text = str(listed["blocks"])
    assert "Harbour Gazette" in text and "never succeeded yet" in text
    removed = digest(newsdesk.app, fake_slack, signing_secret, "sources remove 1", user="UEDITOR", name="rm")
    assert "Removed source 1" in removed["text"]
    assert newsdesk.desk.list_sources() == []


def test_non_editors_cannot_add_sources(newsdesk, fake_slack, signing_secret, site):
    feed = site.serve("/feed.xml", rss_feed("Harbour Gazette", []), "application/rss+xml")
    answer = digest(newsdesk.app, fake_slack, signing_secret, f"sources add {feed}", user="UNOBODY")
    assert "Only editors" in answer["text"]
    assert newsdesk.desk.list_sources() == []


def test_bad_interval_is_explained(newsdesk, fake_slack, signing_secret, site):
    newsdesk.desk.editors.user_ids = frozenset({"UEDITOR"})
    feed = site.serve("/feed.xml", rss_feed("Harbour Gazette", []), "application/rss+xml")
    answer = digest(newsdesk.app, fake_slack, signing_secret, f"sources add {feed} every fortnight", user="UEDITOR")
    assert "fortnight" in answer["text"]

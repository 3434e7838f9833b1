"""Buttons on quote results, and untrusted article text rendered inert."""

import json

from bot.models import ArticleDraft
from bot.ingest.pipeline import ingest_drafts
from tests.slack_fakes.requests import block_actions_body, send, signed_headers, slash_command_body

HOSTILE = ArticleDraft(
    title="<!channel> Breaking",
    outlet="Spoof <@U999|editor> News",
    url="https://example.com/hostile",
    text='The mayor spoke on Tuesday. “Everyone look: <!channel> and <@U123> & <https://evil.example|click>,” '
         "said Mayor Jane Doe. The council met later.",
)


def test_share_in_channel_posts_the_quote(seeded, fake_slack, signing_secret):
    hit = seeded.desk.search_quotes("Trump soybeans").hits[0]
    body = block_actions_body("quotes_share", str(hit.quote.id), channel_id="C42",
                              response_url=fake_slack.response_url("share"))
    assert send(seeded.app, body, signed_headers(body, signing_secret)).status == 200
    [post] = fake_slack.wait_for("chat.postMessage")
    assert post.body["channel"] == "C42"
    assert "20 million tons" in json.dumps(post.body["blocks"], ensure_ascii=False)
    assert post.headers["authorization"] == "Bearer xoxb-test"


def test_article_text_cannot_ping_or_spoof(newsdesk, fake_slack, signing_secret):
    report = ingest_drafts(newsdesk.store, [("hostile", HOSTILE)])
    assert report.new
    body = slash_command_body("/quotes", "Doe", response_url=fake_slack.response_url("q"))
    send(newsdesk.app, body, signed_headers(body, signing_secret))
    [answer] = fake_slack.wait_for("response/q")
    raw = json.dumps(answer.body, ensure_ascii=False)
    assert "&lt;!channel&gt;" in raw and "&lt;@U123&gt;" in raw
    for live in ("<!channel>", "<@U123>", "<@U999", "<https://evil.example"):
        assert live not in raw

"""`/quotes` through the real Bolt App, signed requests, and the fake Slack Web API."""

import json

from tests.slack_fakes.requests import forged_headers, send, signed_headers, slash_command_body, stale_headers


def run_quotes(app, fake_slack, signing_secret, text, name="quotes"):
    body = slash_command_body("/quotes", text, response_url=fake_slack.response_url(name))
    response = send(app, body, signed_headers(body, signing_secret))
    assert response.status == 200
    [answer] = fake_slack.wait_for(f"response/{name}")
    return answer.body


def quoted_texts(message):
    return [b["text"]["text"] for b in message["blocks"] if b["type"] == "section" and b["text"]["text"].startswith("> ")]


def test_xi_taiwan_returns_xis_taiwan_quotes_and_no_trump(seeded, fake_slack, signing_secret):
    message = run_quotes(seeded.app, fake_slack, signing_secret, "Xi Taiwan")
    assert message["response_type"] == "ephemeral"
    quotes = quoted_texts(message)
    assert any("Taiwan is the most important issue in China–U.S. relations." in q for q in quotes)
    assert any("Taiwan is China’s territory" in q for q in quotes)
    assert all("Xi Jinping" in q for q in quotes)
    assert not any("Trump" in q for q in quotes)


def test_results_carry_outlet_date_and_relay(seeded, fake_slack, signing_secret):
    message = run_quotes(seeded.app, fake_slack, signing_secret, "Xi Taiwan")
    contexts = " ".join(e["text"] for b in message["blocks"] if b["type"] == "context" for e in b["elements"])
    assert "via Xinhua" in contexts
    actions = [e["action_id"] for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert "quotes_share" in actions


def test_trump_soybeans_returns_the_20_million_tons_quote(seeded, fake_slack, signing_secret):
    quotes = quoted_texts(run_quotes(seeded.app, fake_slack, signing_secret, "Trump soybeans"))
    assert quotes and "20 million tons" in quotes[0]


def test_typos_in_topic_and_speaker_are_tolerated(seeded, fake_slack, signing_secret):
    quotes = quoted_texts(run_quotes(seeded.app, fake_slack, signing_secret, "Jinpin Tawain"))
    assert any("Taiwan is the most important issue" in q for q in quotes)


def test_no_text_shows_help(seeded, fake_slack, signing_secret):
    message = run_quotes(seeded.app, fake_slack, signing_secret, "")
    assert "/quotes Xi Taiwan" in message["blocks"][0]["text"]["text"]


def test_2000_characters_of_junk_get_a_clear_message(seeded, fake_slack, signing_secret):
    junk = ("ÿ<>&%$#@!" * 250)[:2000]
    message = run_quotes(seeded.app, fake_slack, signing_secret, junk)
    assert "2,000 characters" in message["text"]
    assert "<" not in message["blocks"][0]["text"]["text"].replace("&lt;", "")


def test_empty_result_says_why_and_suggests(seeded, fake_slack, signing_secret):
    message = run_quotes(seeded.app, fake_slack, signing_secret, "Xi bananas")
    text = message["blocks"][0]["text"]["text"]
    assert "Xi Jinping" in text and "bananas" in text
    assert "Try:" in message["blocks"][1]["elements"][0]["text"]


def test_mentions_in_query_are_inert(seeded, fake_slack, signing_secret):
    message = run_quotes(seeded.app, fake_slack, signing_secret, "<!channel> <@U123> bananas")
    raw = json.dumps(message)
    assert "<!channel>" not in raw and "<@U123>" not in raw


def test_bad_signature_and_stale_timestamp_get_401(seeded, fake_slack, signing_secret):
    body = slash_command_body("/quotes", "Xi", response_url=fake_slack.response_url("x"))
    assert send(seeded.app, body, forged_headers(body)).status == 401
    assert send(seeded.app, body, stale_headers(body, signing_secret)).status == 401
    assert not fake_slack.calls("response/x")


def test_more_results_pages_on(seeded, fake_slack, signing_secret):
    from tests.slack_fakes.requests import block_actions_body

    first = run_quotes(seeded.app, fake_slack, signing_secret, "Trump")
    more = [e for b in first["blocks"] if b["type"] == "actions" for e in b["elements"] if e["action_id"] == "quotes_more"]
    assert more, "Trump has more than one page of quotes in the seeds"
    body = block_actions_body("quotes_more", more[0]["value"], response_url=fake_slack.response_url("more"))
    assert send(seeded.app, body, signed_headers(body, signing_secret)).status == 200
    [page] = fake_slack.wait_for("response/more")
    assert page.body["replace_original"] is True
    assert set(quoted_texts(page.body)).isdisjoint(quoted_texts(first))

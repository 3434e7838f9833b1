"""`/claims` through the real Bolt App, with the `/quotes` grammar."""

import json

from tests.slack_fakes.requests import send, signed_headers, slash_command_body


def run_claims(app, fake_slack, signing_secret, text, name="claims"):
    body = slash_command_body("/claims", text, response_url=fake_slack.response_url(name))
    assert send(app, body, signed_headers(body, signing_secret)).status == 200
    return fake_slack.wait_for(f"response/{name}")[0].body


def test_trump_soybeans_claims_carry_normalised_figures(seeded, fake_slack, signing_secret):
    message = run_claims(seeded.app, fake_slack, signing_secret, "Trump soybeans")
    text = json.dumps(message["blocks"], ensure_ascii=False)
    assert "from *Donald Trump* about soybeans" in text
    assert "20 million tonnes" in text and "25 million tonnes" in text
    assert message["response_type"] == "ephemeral"


def test_non_confirmation_claims_are_found(seeded, fake_slack, signing_secret):
    text = json.dumps(run_claims(seeded.app, fake_slack, signing_secret, "readout")["blocks"], ensure_ascii=False)
    assert "Not confirmed" in text and "soybean purchases" in text and "the upcoming visit" in text


def test_no_text_shows_claims_help(seeded, fake_slack, signing_secret):
    assert "Search claims" in run_claims(seeded.app, fake_slack, signing_secret, "")["blocks"][0]["text"]["text"]


def test_bad_filter_gets_a_clear_message(seeded, fake_slack, signing_secret):
    message = run_claims(seeded.app, fake_slack, signing_secret, "since:someday")
    assert "since:2026-02-01" in message["text"]

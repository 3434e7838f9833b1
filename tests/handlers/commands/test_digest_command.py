"""`/digest` through the real Bolt App, signed requests, and the fake Slack Web API."""

import json
from datetime import UTC, datetime, time

from bot.digest import ledger
from tests.slack_fakes.requests import block_actions_body, send, signed_headers, slash_command_body


def run_digest(app, fake_slack, signing_secret, text, name="digest", count=1, channel_id="C1"):
    body = slash_command_body("/digest", text, channel_id=channel_id, response_url=fake_slack.response_url(name))
    assert send(app, body, signed_headers(body, signing_secret)).status == 200
    answers = fake_slack.wait_for(f"response/{name}", count)
    assert all(a.body["response_type"] == "ephemeral" for a in answers)
    return [a.body for a in answers]


def text_of(message):
    return " ".join(b["text"]["text"] for b in message["blocks"] if b["type"] == "section")


def test_no_text_shows_help_with_the_configured_default(newsdesk, fake_slack, signing_secret):
    [message] = run_digest(newsdesk.app, fake_slack, signing_secret, "")
    assert "/digest subscribe [HH:MM] [Area/City]" in text_of(message)
    assert "default 08:00 Europe/London" in text_of(message)


def test_subscribe_with_defaults_then_with_time_and_zone(newsdesk, fake_slack, signing_secret):
    [first] = run_digest(newsdesk.app, fake_slack, signing_secret, "subscribe", name="a")
    assert "daily at *08:00* *Europe/London*" in text_of(first)
    [second] = run_digest(newsdesk.app, fake_slack, signing_secret, "subscribe 17:30 america/new_york", name="b")
    assert "*17:30* *America/New_York*" in text_of(second)
    saved = newsdesk.desk.digest_subscription("C1")
    assert (saved.post_time, saved.timezone, saved.team_id, saved.created_by) == (
        time(17, 30), "America/New_York", "T1", "U1")


def test_bad_time_and_bad_zone_get_clear_messages_and_nothing_is_saved(newsdesk, fake_slack, signing_secret):
    [bad_time] = run_digest(newsdesk.app, fake_slack, signing_secret, "subscribe 25:00", name="a")
    assert "not a time of day" in text_of(bad_time)
    [bad_zone] = run_digest(newsdesk.app, fake_slack, signing_secret, "subscribe 08:00 Europe/Lundon", name="b")
    assert "Did you mean Europe/London" in text_of(bad_zone)
    assert newsdesk.desk.digest_subscription("C1") is None


def test_unsubscribe(newsdesk, fake_slack, signing_secret):
    run_digest(newsdesk.app, fake_slack, signing_secret, "subscribe", name="a")
    [gone] = run_digest(newsdesk.app, fake_slack, signing_secret, "unsubscribe", name="b")
    assert "no longer" in text_of(gone)
    [again] = run_digest(newsdesk.app, fake_slack, signing_secret, "unsubscribe", name="c")
    assert "was not subscribed" in text_of(again)


def test_settings_show_schedule_quiet_days_and_a_failed_digest(newsdesk, fake_slack, signing_secret):
    run_digest(newsdesk.app, fake_slack, signing_secret, "subscribe 07:00 Asia/Tokyo", name="a")
    rules = ledger.TakeoverRules(lease=newsdesk.desk.digest_delivery.rules.lease, max_attempts=3)
    now = datetime.now(UTC)
    held = ledger.claim(newsdesk.store, "C1", now.date(), "x", now, now, rules)
    ledger.finish(newsdesk.store, held, "failed", now, error="Slack said internal_error (HTTP 500)")
    [shown] = run_digest(newsdesk.app, fake_slack, signing_secret, "settings skip-empty", name="b")
    text = text_of(shown)
    assert "*07:00* *Asia/Tokyo*" in text and "Quiet days get no message" in text
    assert "*failed* — Slack said internal_error (HTTP 500)" in text
    assert newsdesk.desk.digest_subscription("C1").post_when_empty is False


def test_preview_is_ephemeral_and_posts_nothing(seeded, fake_slack, signing_secret):
    summary, details = run_digest(seeded.app, fake_slack, signing_secret, "preview", count=2)
    assert "2 new articles" in text_of(summary)
    assert "Trump and Xi speak hours after Xi–Putin call" in text_of(details)
    assert not fake_slack.calls("chat.postMessage")


def test_now_posts_in_the_channel_and_counts_as_todays_digest(seeded, fake_slack, signing_secret):
    [answer] = run_digest(seeded.app, fake_slack, signing_secret, "now", name="a")
    assert "is posted" in text_of(answer)
    summary, thread = fake_slack.wait_for("chat.postMessage", 2)
    assert summary.body["channel"] == "C1" and thread.body["thread_ts"] == seeded.desk.digest_history("C1")[0].message_ts
    [again] = run_digest(seeded.app, fake_slack, signing_secret, "now", name="b")
    assert "already posted" in text_of(again)
    assert len(fake_slack.calls("chat.postMessage")) == 2


def test_sources_and_unknown_words_get_help(newsdesk, fake_slack, signing_secret):
    [sources] = run_digest(newsdesk.app, fake_slack, signing_secret, "sources frobnicate", name="a")
    assert "/digest sources add URL" in text_of(sources)
    [unknown] = run_digest(newsdesk.app, fake_slack, signing_secret, "<!channel>", name="b")
    assert "I don't know" in text_of(unknown) and "<!channel>" not in json.dumps(unknown)


def test_show_evidence_button_answers_only_the_clicker(newsdesk, fake_slack, signing_secret):
    from handlers.blocks.digest import evidence_value
    from tests.digest.helpers import discrepancy

    body = block_actions_body("digest_evidence", evidence_value(discrepancy(1)),
                              response_url=fake_slack.response_url("evidence"))
    assert send(newsdesk.app, body, signed_headers(body, signing_secret)).status == 200
    [answer] = fake_slack.wait_for("response/evidence")
    assert answer.body["response_type"] == "ephemeral" and answer.body["replace_original"] is False
    assert "25 million tons" in json.dumps(answer.body)


def test_now_in_a_channel_the_bot_is_not_in_says_how_to_fix_it(seeded, fake_slack, signing_secret):
    fake_slack.fail_next("chat.postMessage", body={"ok": False, "error": "not_in_channel"})
    [answer] = run_digest(seeded.app, fake_slack, signing_secret, "now")
    assert "could not be posted: Slack said not_in_channel" in text_of(answer)
    assert "/invite @Newsdesk" in text_of(answer)
    assert seeded.desk.digest_history("C1")[0].state == "failed"

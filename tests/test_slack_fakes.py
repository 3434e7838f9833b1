"""Tests of the Slack harness itself: a real Bolt App, signed requests, the recording fake API.

The App keeps token verification on: its WebClient points at the fake, so the auth.test call
Bolt makes at construction is answered (and recorded) by the fake like any other call.
"""

import json
import urllib.error
import urllib.request

import pytest
from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler, ServerErrorRetryHandler
from slack_sdk.http_retry.builtin_interval_calculators import FixedValueRetryIntervalCalculator

from tests.slack_fakes.requests import (
    block_actions_body,
    event_body,
    forged_headers,
    message_action_body,
    send,
    signed_headers,
    slash_command_body,
    stale_headers,
    view_submission_body,
)
from tests.slack_fakes.workspace import BOT_USER_ID, CHANNEL_ID, TEAM_ID


def echo_app(fake_slack, signing_secret, retry_handlers=()):
    """A toy app: /echo acks, posts the text to the channel, then responds with the post's ts."""
    client = WebClient(
        token="xoxb-test", base_url=fake_slack.base_url, retry_handlers=list(retry_handlers)
    )
    app = App(signing_secret=signing_secret, client=client)

    @app.command("/echo")
    def echo(ack, command, client, respond):
        ack("Echoing…")
        posted = client.chat_postMessage(channel=command["channel_id"], text=command["text"])
        respond(f"posted {posted['ts']}")

    return app


def echo_request(fake_slack, text="Minister resigns"):
    return slash_command_body("/echo", text, response_url=fake_slack.response_url("echo"))


def test_signed_slash_command_is_acked_and_its_calls_recorded(fake_slack, signing_secret):
    app = echo_app(fake_slack, signing_secret)
    body = echo_request(fake_slack)

    response = send(app, body, signed_headers(body, signing_secret))

    assert response.status == 200
    assert response.body == "Echoing…"
    posted = fake_slack.wait_for("chat.postMessage")[0]
    # Bolt's per-request client adds team_id, as it would against real Slack.
    assert posted.body == {"channel": CHANNEL_ID, "text": "Minister resigns", "team_id": TEAM_ID}
    assert posted.headers["authorization"] == "Bearer xoxb-test"
    reply = fake_slack.wait_for("response/echo")[0]
    assert reply.body["text"] == "posted 1700000000.000100"
    assert [c.method for c in fake_slack.calls()] == ["auth.test", "chat.postMessage", "response/echo"]


@pytest.mark.parametrize("make_headers", [forged_headers, None], ids=["bad_signature", "unsigned"])
def test_badly_signed_request_is_rejected_with_401(fake_slack, signing_secret, make_headers):
    app = echo_app(fake_slack, signing_secret)
    body = echo_request(fake_slack)
    unsigned = {"content-type": "application/x-www-form-urlencoded"}
    headers = make_headers(body) if make_headers else unsigned

    response = send(app, body, headers)

    assert response.status == 401
    assert fake_slack.calls("chat.postMessage") == []


def test_stale_timestamp_is_rejected_with_401(fake_slack, signing_secret):
    app = echo_app(fake_slack, signing_secret)
    body = echo_request(fake_slack)

    response = send(app, body, stale_headers(body, signing_secret))

    assert response.status == 401
    assert fake_slack.calls("chat.postMessage") == []


def test_rate_limited_post_is_retried_after_retry_after(fake_slack, signing_secret):
    app = echo_app(fake_slack, signing_secret, [RateLimitErrorRetryHandler(max_retry_count=1)])
    # Retry-After 0 keeps the test fast; the handler still sleeps a random fraction of a second.
    fake_slack.fail_next(
        "chat.postMessage",
        status=429,
        headers={"Retry-After": "0"},
        body={"ok": False, "error": "ratelimited"},
    )
    body = echo_request(fake_slack)

    assert send(app, body, signed_headers(body, signing_secret)).status == 200

    first, second = fake_slack.wait_for("chat.postMessage", count=2)
    assert first.body == second.body
    assert fake_slack.wait_for("response/echo")[0].body["text"].startswith("posted 1700000000.")


def test_server_error_is_retried_then_succeeds(fake_slack, signing_secret):
    quick = FixedValueRetryIntervalCalculator(0.01)
    app = echo_app(fake_slack, signing_secret, [ServerErrorRetryHandler(interval_calculator=quick)])
    fake_slack.fail_next("chat.postMessage", status=500)
    body = echo_request(fake_slack)

    assert send(app, body, signed_headers(body, signing_secret)).status == 200

    assert len(fake_slack.wait_for("chat.postMessage", count=2)) == 2
    assert fake_slack.wait_for("response/echo")[0].body["text"].startswith("posted ")


def test_without_retry_handler_a_500_stops_the_listener(fake_slack, signing_secret):
    app = echo_app(fake_slack, signing_secret)
    fake_slack.fail_next("chat.postMessage", status=500)
    body = echo_request(fake_slack)

    assert send(app, body, signed_headers(body, signing_secret)).status == 200

    fake_slack.wait_for("chat.postMessage")
    with pytest.raises(AssertionError, match="response/echo"):
        fake_slack.wait_for("response/echo", timeout=0.5)


@pytest.fixture
def client(fake_slack):
    return WebClient(token="xoxb-test", base_url=fake_slack.base_url, retry_handlers=[])


def test_scripted_slack_error_is_used_once(fake_slack, client):
    fake_slack.fail_next("chat.postMessage", body={"ok": False, "error": "channel_not_found"})

    with pytest.raises(SlackApiError) as failure:
        client.chat_postMessage(channel="C404", text="lost")

    assert failure.value.response["error"] == "channel_not_found"
    assert client.chat_postMessage(channel=CHANNEL_ID, text="found")["ok"] is True


def test_delayed_answer_trips_the_client_timeout(fake_slack):
    impatient = WebClient(
        token="xoxb-test", base_url=fake_slack.base_url, timeout=0.2, retry_handlers=[]
    )
    fake_slack.delay_next("chat.postMessage", 5)

    with pytest.raises(TimeoutError):
        impatient.chat_postMessage(channel=CHANNEL_ID, text="slow")

    assert impatient.chat_postMessage(channel=CHANNEL_ID, text="fast")["ok"] is True


def test_canned_answers_look_like_slack(fake_slack, client):
    fake_slack.usergroups["S1"] = ["U1", "U2"]

    auth = client.auth_test()
    first = client.chat_postMessage(channel=CHANNEL_ID, text="one", blocks=[{"type": "divider"}])
    second = client.chat_postMessage(channel=CHANNEL_ID, text="two")
    view = client.views_open(trigger_id="t", view={"type": "modal", "callback_id": "review"})
    updated = client.views_update(view_id=view["view"]["id"], view={"type": "modal"})

    assert (auth["team_id"], auth["user_id"], auth["bot_id"]) == (TEAM_ID, BOT_USER_ID, "BBOT")
    assert float(second["ts"]) > float(first["ts"])
    assert first["message"]["blocks"] == [{"type": "divider"}]
    assert client.chat_update(channel=CHANNEL_ID, ts=first["ts"], text="edited")["ts"] == first["ts"]
    assert client.chat_postEphemeral(channel=CHANNEL_ID, user="U1", text="psst")["message_ts"]
    assert client.chat_getPermalink(channel=CHANNEL_ID, message_ts=first["ts"])["permalink"].endswith(
        f"/archives/{CHANNEL_ID}/p{first['ts'].replace('.', '')}"
    )
    assert view["view"]["callback_id"] == "review"
    assert updated["view"]["id"] == view["view"]["id"]
    assert client.users_info(user="U1")["user"]["tz"] == "America/New_York"
    assert client.conversations_info(channel=CHANNEL_ID)["channel"]["id"] == CHANNEL_ID
    assert client.usergroups_users_list(usergroup="S1")["users"] == ["U1", "U2"]
    with pytest.raises(SlackApiError, match="no_such_subteam"):
        client.usergroups_users_list(usergroup="S404")
    assert client.api_call("reactions.add", json={"name": "eyes"})["ok"] is True


def test_form_json_and_query_bodies_are_all_parsed(fake_slack, client):
    client.conversations_info(channel=CHANNEL_ID)  # sent form-encoded
    client.chat_postMessage(channel=CHANNEL_ID, text="json")  # sent as JSON
    with urllib.request.urlopen(f"{fake_slack.base_url}users.info?user=U7&token=xoxb-test") as answer:
        assert json.load(answer)["user"]["id"] == "U7"

    assert fake_slack.last("conversations.info").body == {"channel": CHANNEL_ID}
    assert fake_slack.last("chat.postMessage").body == {"channel": CHANNEL_ID, "text": "json"}
    assert fake_slack.last("users.info").verb == "GET"


def test_scripted_failure_arrives_verbatim(fake_slack):
    fake_slack.fail_next("chat.postMessage", status=429, headers={"Retry-After": "7"})
    request = urllib.request.Request(
        f"{fake_slack.base_url}chat.postMessage", data=b"token=xoxb-test&channel=C1", method="POST"
    )

    with pytest.raises(urllib.error.HTTPError) as failure:
        urllib.request.urlopen(request)

    assert failure.value.code == 429
    assert failure.value.headers["Retry-After"] == "7"
    assert json.load(failure.value) == {"ok": False, "error": "ratelimited"}


def test_call_without_token_is_not_authed(fake_slack):
    request = urllib.request.Request(f"{fake_slack.base_url}auth.test", data=b"", method="POST")
    with urllib.request.urlopen(request) as answer:
        assert json.load(answer) == {"ok": False, "error": "not_authed"}


def test_reset_forgets_calls_and_scripts(fake_slack, client):
    client.auth_test()
    fake_slack.fail_next("auth.test", status=500)

    fake_slack.reset()

    assert fake_slack.calls() == []
    assert client.auth_test()["ok"] is True


def test_every_builder_reaches_its_bolt_listener(fake_slack, signing_secret):
    client = WebClient(token="xoxb-test", base_url=fake_slack.base_url)
    app = App(signing_secret=signing_secret, client=client, process_before_response=True)
    heard = {}

    @app.action("approve_quote")
    def approve(ack, body, action):
        ack()
        heard["action"] = (action["value"], body["container"]["channel_id"])

    @app.shortcut("check_quotes")
    def check(ack, shortcut):
        ack()
        heard["shortcut"] = (shortcut["message"]["text"], shortcut["message"]["user"])

    @app.view("quote_review")
    def review(ack, view):
        ack()
        heard["view"] = view["state"]["values"]["quote"]["quote_text"]["value"]

    @app.event("app_mention")
    def mention(event):
        heard["event"] = event["text"]

    state = {"quote": {"quote_text": {"type": "plain_text_input", "value": "We will not resign"}}}
    bodies = [
        block_actions_body("approve_quote", "q-17"),
        message_action_body("check_quotes", "The minister said he would stay", author_id="U9"),
        view_submission_body("quote_review", state),
        event_body({"type": "app_mention", "user": "U1", "text": "<@UBOT> digest", "channel": "C1"}),
    ]
    for body in bodies:
        assert send(app, body, signed_headers(body, signing_secret)).status == 200

    assert heard == {
        "action": ("q-17", CHANNEL_ID),
        "shortcut": ("The minister said he would stay", "U9"),
        "view": "We will not resign",
        "event": "<@UBOT> digest",
    }

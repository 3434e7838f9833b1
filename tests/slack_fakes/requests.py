"""Signed requests as Slack sends them to Bolt: slash commands, actions, shortcuts, views, events.

Body builders return the exact string Slack would POST (form-encoded, or JSON for events);
`signed_headers` signs it; `send` dispatches it through a real `slack_bolt.App`.
"""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import urlencode

from slack_bolt import App, BoltResponse
from slack_bolt.request import BoltRequest
from slack_sdk.signature import SignatureVerifier

from tests.slack_fakes.workspace import (
    APP_ID,
    BOT_ID,
    BOT_USER_ID,
    CHANNEL_ID,
    TEAM_DOMAIN,
    TEAM_ID,
    UNREACHABLE_RESPONSE_URL,
    USER_ID,
    VERIFICATION_TOKEN,
)

# Slack's verifier rejects timestamps more than five minutes away; ten is clearly stale.
STALE_AGE_SECONDS = 10 * 60
TRIGGER_ID = "1111.2222.trigger"
MESSAGE_TS = "1700000000.000100"


def signed_headers(body: str, secret: str, timestamp: int | None = None) -> dict[str, str]:
    """The headers Slack attaches to `body`: content type, timestamp and v0 signature."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    signature = SignatureVerifier(secret).generate_signature(timestamp=str(timestamp), body=body)
    is_json = body.lstrip().startswith("{")
    return {
        "content-type": "application/json" if is_json else "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": str(timestamp),
        "x-slack-signature": signature,
    }


def stale_headers(body: str, secret: str) -> dict[str, str]:
    """Correctly signed, but with a timestamp too old for Slack's replay check (expect 401)."""
    return signed_headers(body, secret, timestamp=int(time.time()) - STALE_AGE_SECONDS)


def forged_headers(body: str) -> dict[str, str]:
    """Fresh, but signed with a secret the app does not know (expect 401)."""
    return signed_headers(body, secret="not-the-signing-secret")


def send(app: App, body: str, headers: dict[str, str]) -> BoltResponse:
    """Dispatch one request through the app; returns as soon as the listener has acked."""
    return app.dispatch(BoltRequest(body=body, headers=headers))


def slash_command_body(
    command: str,
    text: str,
    *,
    user_id: str = USER_ID,
    channel_id: str = CHANNEL_ID,
    team_id: str = TEAM_ID,
    response_url: str = UNREACHABLE_RESPONSE_URL,
) -> str:
    """A slash command as Slack posts it: form-encoded fields, no `payload` wrapper."""
    return urlencode(
        {
            "token": VERIFICATION_TOKEN,
            "team_id": team_id,
            "team_domain": TEAM_DOMAIN,
            "channel_id": channel_id,
            "channel_name": f"news-{channel_id.lower()}",
            "user_id": user_id,
            "user_name": user_id.lower(),
            "command": command,
            "text": text,
            "api_app_id": APP_ID,
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": TRIGGER_ID,
        }
    )


def block_actions_body(
    action_id: str,
    value: str = "",
    *,
    block_id: str = "actions",
    message: dict[str, Any] | None = None,
    view: dict[str, Any] | None = None,
    user_id: str = USER_ID,
    channel_id: str = CHANNEL_ID,
    team_id: str = TEAM_ID,
    response_url: str = UNREACHABLE_RESPONSE_URL,
) -> str:
    """A button click, on a message by default or inside `view` (a modal) when given."""
    action = {
        "type": "button",
        "action_id": action_id,
        "block_id": block_id,
        "value": value,
        "text": {"type": "plain_text", "text": action_id},
        "action_ts": str(time.time()),
    }
    payload: dict[str, Any] = {
        "type": "block_actions",
        **_who(user_id, team_id),
        "trigger_id": TRIGGER_ID,
        "actions": [action],
    }
    if view is not None:
        payload["container"] = {"type": "view", "view_id": view.get("id", "V1")}
        payload["view"] = view
    else:
        message = message or {"type": "message", "user": BOT_USER_ID, "ts": MESSAGE_TS, "text": ""}
        payload["container"] = {
            "type": "message",
            "message_ts": message["ts"],
            "channel_id": channel_id,
            "is_ephemeral": False,
        }
        payload["channel"] = {"id": channel_id, "name": f"news-{channel_id.lower()}"}
        payload["message"] = message
        payload["response_url"] = response_url
    return _payload_form(payload)


def message_action_body(
    callback_id: str,
    text: str,
    *,
    message_ts: str = MESSAGE_TS,
    author_id: str = "U2",
    user_id: str = USER_ID,
    channel_id: str = CHANNEL_ID,
    team_id: str = TEAM_ID,
    response_url: str = UNREACHABLE_RESPONSE_URL,
) -> str:
    """A message shortcut run by `user_id` on a message by `author_id` that says `text`."""
    payload = {
        "type": "message_action",
        "callback_id": callback_id,
        **_who(user_id, team_id),
        "trigger_id": TRIGGER_ID,
        "action_ts": str(time.time()),
        "message_ts": message_ts,
        "message": {"type": "message", "user": author_id, "ts": message_ts, "text": text},
        "channel": {"id": channel_id, "name": f"news-{channel_id.lower()}"},
        "response_url": response_url,
    }
    return _payload_form(payload)


def view_submission_body(
    callback_id: str,
    values: dict[str, dict[str, dict[str, Any]]],
    *,
    private_metadata: str = "",
    view_id: str = "V1",
    user_id: str = USER_ID,
    team_id: str = TEAM_ID,
) -> str:
    """A modal submitted with `values` shaped like Slack's view.state.values:

    {"quote_block": {"quote_input": {"type": "plain_text_input", "value": "..."}}}
    """
    view = {
        "id": view_id,
        "team_id": team_id,
        "type": "modal",
        "callback_id": callback_id,
        "private_metadata": private_metadata,
        "title": {"type": "plain_text", "text": callback_id[:24]},
        "blocks": [],
        "state": {"values": values},
        "hash": f"{view_id}.hash",
        "app_id": APP_ID,
        "bot_id": BOT_ID,
    }
    payload = {"type": "view_submission", **_who(user_id, team_id), "view": view}
    return _payload_form(payload)


def event_body(event: dict[str, Any], *, team_id: str = TEAM_ID, event_id: str = "Ev1") -> str:
    """An Events API envelope (JSON) around `event`, e.g. {"type": "app_mention", ...}."""
    return json.dumps(
        {
            "token": VERIFICATION_TOKEN,
            "team_id": team_id,
            "api_app_id": APP_ID,
            "event": event,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "authorizations": [
                {"team_id": team_id, "user_id": BOT_USER_ID, "is_bot": True, "enterprise_id": None}
            ],
        }
    )


def _who(user_id: str, team_id: str) -> dict[str, Any]:
    """The user, team and app fields every interactivity payload carries."""
    name = user_id.lower()
    return {
        "token": VERIFICATION_TOKEN,
        "api_app_id": APP_ID,
        "user": {"id": user_id, "name": name, "username": name, "team_id": team_id},
        "team": {"id": team_id, "domain": TEAM_DOMAIN},
        "is_enterprise_install": False,
    }


def _payload_form(payload: dict[str, Any]) -> str:
    # Interactivity payloads arrive form-encoded as a single `payload` field holding JSON.
    return urlencode({"payload": json.dumps(payload)})

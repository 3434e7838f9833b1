"""What the fake Slack Web API answers to each method when a test scripted nothing else.

Each answer takes the fake (for fresh message ts and the test's users, channels and
usergroups) and the call's parsed body, and returns the JSON Slack would send back.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Callable

from tests.slack_fakes.workspace import APP_ID, BOT_ID, BOT_USER_ID, TEAM_DOMAIN, TEAM_ID

if TYPE_CHECKING:
    from tests.slack_fakes.web_api import FakeSlackWebAPI

# Form-encoded calls carry these structured fields as JSON strings; JSON calls carry objects.
JSON_FIELDS = ("blocks", "attachments", "view", "metadata")


def _auth_test(fake: FakeSlackWebAPI, params: dict[str, Any]) -> dict[str, Any]:
    return {
        "ok": True,
        "url": f"https://{TEAM_DOMAIN}.slack.com/",
        "team": "Newsdesk Test",
        "team_id": TEAM_ID,
        "user": "newsdesk",
        "user_id": BOT_USER_ID,
        "bot_id": BOT_ID,
        "is_enterprise_install": False,
    }


def _message(params: dict[str, Any], ts: str) -> dict[str, Any]:
    message = {
        "type": "message",
        "user": BOT_USER_ID,
        "bot_id": BOT_ID,
        "team": TEAM_ID,
        "text": params.get("text", ""),
        "ts": ts,
    }
    for field in ("blocks", "attachments", "thread_ts", "metadata"):
        if field in params:
            message[field] = _json_field(params, field)
    return message


def _chat_post_message(fake: FakeSlackWebAPI, params: dict[str, Any]) -> dict[str, Any]:
    ts = fake.next_ts()
    channel = params.get("channel", "")
    return {"ok": True, "channel": channel, "ts": ts, "message": _message(params, ts)}


def _chat_post_ephemeral(fake: FakeSlackWebAPI, params: dict[str, Any]) -> dict[str, Any]:
    return {"ok": True, "message_ts": fake.next_ts()}


def _chat_update(fake: FakeSlackWebAPI, params: dict[str, Any]) -> dict[str, Any]:
    ts = params.get("ts", "")
    return {
        "ok": True,
        "channel": params.get("channel", ""),
        "ts": ts,
        "text": params.get("text", ""),
        "message": _message(params, ts),
    }


def _chat_get_permalink(fake: FakeSlackWebAPI, params: dict[str, Any]) -> dict[str, Any]:
    channel = params.get("channel", "")
    ts = str(params.get("message_ts", "")).replace(".", "")
    return {
        "ok": True,
        "channel": channel,
        "permalink": f"https://{TEAM_DOMAIN}.slack.com/archives/{channel}/p{ts}",
    }


def _views_open(fake: FakeSlackWebAPI, params: dict[str, Any]) -> dict[str, Any]:
    view = _json_field(params, "view") or {}
    view_id = params.get("view_id") or f"V{fake.next_ts().replace('.', '')}"
    return {
        "ok": True,
        "view": {**view, "id": view_id, "team_id": TEAM_ID, "app_id": APP_ID, "hash": view_id},
    }


def _conversations_info(fake: FakeSlackWebAPI, params: dict[str, Any]) -> dict[str, Any]:
    channel_id = params.get("channel", "")
    default = {
        "id": channel_id,
        "name": f"news-{channel_id.lower()}",
        "is_channel": True,
        "is_private": False,
        "is_archived": False,
        "is_member": True,
        "is_im": False,
    }
    return {"ok": True, "channel": fake.channels.get(channel_id, default)}


def _users_info(fake: FakeSlackWebAPI, params: dict[str, Any]) -> dict[str, Any]:
    user_id = params.get("user", "")
    default = {
        "id": user_id,
        "team_id": TEAM_ID,
        "name": user_id.lower(),
        "real_name": f"Reporter {user_id}",
        "tz": "America/New_York",
        "tz_label": "Eastern Standard Time",
        "tz_offset": -18000,
        "is_bot": user_id == BOT_USER_ID,
        "is_admin": False,
        "deleted": False,
        "profile": {"real_name": f"Reporter {user_id}", "display_name": user_id.lower()},
    }
    return {"ok": True, "user": fake.users.get(user_id, default)}


def _usergroups_users_list(fake: FakeSlackWebAPI, params: dict[str, Any]) -> dict[str, Any]:
    members = fake.usergroups.get(params.get("usergroup", ""))
    if members is None:
        return {"ok": False, "error": "no_such_subteam"}
    return {"ok": True, "users": list(members)}


CANNED_ANSWERS: dict[str, Callable[[FakeSlackWebAPI, dict[str, Any]], dict[str, Any]]] = {
    "auth.test": _auth_test,
    "chat.postMessage": _chat_post_message,
    "chat.postEphemeral": _chat_post_ephemeral,
    "chat.update": _chat_update,
    "chat.getPermalink": _chat_get_permalink,
    "views.open": _views_open,
    "views.push": _views_open,
    "views.update": _views_open,
    "conversations.info": _conversations_info,
    "users.info": _users_info,
    "usergroups.users.list": _usergroups_users_list,
}


def _json_field(params: dict[str, Any], name: str) -> Any:
    """A field of the call, decoded from JSON when a form-encoded call sent it as a string."""
    value = params.get(name)
    if isinstance(value, str) and name in JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value

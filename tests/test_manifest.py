"""The manifest and the listeners the app registers must agree."""

from pathlib import Path

import yaml

from bot.config import PROJECT_ROOT

MANIFEST = yaml.safe_load(Path(PROJECT_ROOT, "manifest.yml").read_text(encoding="utf-8"))
EXPECTED_COMMANDS = {"/quotes", "/claims", "/flag", "/review", "/digest"}


def registered_constraints(app):
    """The command names, action and callback IDs the Bolt App's listeners match on.

    Bolt keeps the constraint in the closure of each built-in matcher.
    """
    found = set()
    for listener in app._listeners:
        for matcher in listener.matchers:
            func = getattr(matcher, "func", None)
            closure = getattr(func, "__closure__", None) or ()
            for cell in closure:
                value = cell.cell_contents
                if isinstance(value, str):
                    found.add(value)
    return found


def test_manifest_has_socket_mode_interactivity_and_small_scopes():
    settings = MANIFEST["settings"]
    assert settings["socket_mode_enabled"] is True
    assert settings["interactivity"]["is_enabled"] is True
    scopes = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    assert "commands" in scopes and "chat:write" in scopes
    assert not scopes & {"channels:history", "chat:write.public", "users:read.email", "admin"}


def test_manifest_commands_are_the_product_commands():
    assert {c["command"] for c in MANIFEST["features"]["slash_commands"]} == EXPECTED_COMMANDS


def test_every_manifest_command_and_shortcut_has_a_listener_and_vice_versa(newsdesk):
    strings = registered_constraints(newsdesk.app)
    manifest_commands = {c["command"] for c in MANIFEST["features"]["slash_commands"]}
    registered_commands = {s for s in strings if s.startswith("/")}
    assert registered_commands == manifest_commands
    shortcut_ids = {s["callback_id"] for s in MANIFEST["features"]["shortcuts"]}
    assert shortcut_ids <= strings


def test_every_manifest_command_is_answered(newsdesk, fake_slack, signing_secret):
    from tests.slack_fakes.requests import message_action_body, send, signed_headers, slash_command_body

    for command in MANIFEST["features"]["slash_commands"]:
        body = slash_command_body(command["command"], "", response_url=fake_slack.response_url("help"))
        assert send(newsdesk.app, body, signed_headers(body, signing_secret)).status == 200, command
    for shortcut in MANIFEST["features"]["shortcuts"]:
        body = message_action_body(shortcut["callback_id"], "https://example.com/a",
                                   response_url=fake_slack.response_url("shortcut"))
        assert send(newsdesk.app, body, signed_headers(body, signing_secret)).status == 200, shortcut

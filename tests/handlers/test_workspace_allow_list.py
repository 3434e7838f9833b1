"""ALLOWED_TEAM_IDS: requests from other workspaces are refused app-wide; empty allows all."""

import pytest

from bot.app import create_app
from bot.review import QueueFilter
from tests.slack_fakes.requests import send, signed_headers, slash_command_body


@pytest.fixture
def guarded(settings):
    newsdesk = create_app(settings.model_copy(update={"allowed_team_ids": ["T1"], "review_channel": "CREVIEW"}))
    yield newsdesk
    newsdesk.store.dispose()


def run(app, fake_slack, signing_secret, command, text, team):
    body = slash_command_body(command, text, team_id=team, response_url=fake_slack.response_url(team))
    return send(app, body, signed_headers(body, signing_secret))


def test_another_workspace_is_refused_and_nothing_happens(guarded, fake_slack, signing_secret):
    guarded.desk.ingest([guarded.settings.seeds_dir])
    for command, text in (("/flag", "1 wrong figure"), ("/quotes", "Xi Taiwan"), ("/review", "")):
        response = run(guarded.app, fake_slack, signing_secret, command, text, team="T2")
        assert response.status == 200
        assert "isn't enabled for this workspace" in response.body
    assert [c.method for c in fake_slack.calls()] == ["auth.test"]  # only Bolt's start-up check
    assert guarded.desk.review_queue(QueueFilter()) == []


def test_an_allowed_workspace_is_served(guarded, fake_slack, signing_secret):
    response = run(guarded.app, fake_slack, signing_secret, "/review", "", team="T1")
    assert response.status == 200 and "isn't enabled" not in response.body
    assert fake_slack.wait_for("response/T1")


def test_an_empty_allow_list_serves_every_workspace(newsdesk, fake_slack, signing_secret):
    assert newsdesk.settings.allowed_team_ids == []
    response = run(newsdesk.app, fake_slack, signing_secret, "/review", "", team="T9")
    assert response.status == 200
    assert fake_slack.wait_for("response/T9")

"""A newsroom set up for flag tests: a review channel, editors, two articles with links, and a
driver that sends signed Slack requests through the real Bolt App as named users.

Import the fixtures into a test module: `from tests.handlers.flag_fixtures import newsroom`.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode

import pytest
from sqlalchemy import select

from bot.app import Newsdesk, create_app
from bot.ingest.pipeline import ingest_drafts
from bot.models import ArticleDraft, Flag
from bot.store.flags import flag_events, list_flags
from bot.store.tables import QuoteRow
from tests.slack_fakes.requests import (
    block_actions_body,
    message_action_body,
    send,
    signed_headers,
    slash_command_body,
    view_submission_body,
)
from tests.slack_fakes.web_api import FakeSlackWebAPI, RecordedCall

REVIEW_CHANNEL = "CREVIEW"
EDITOR, GROUP_EDITOR, REPORTER = "UEDITOR", "UGROUPED", "UREPORTER"
EDITOR_GROUP = "SEDITORS"

HARBOUR = ArticleDraft(
    title="Harbour reopens after storm",
    outlet="Coast Gazette",
    url="https://gazette.example/news/harbour",
    text="The harbour reopened on Monday. “We lost three boats but nobody was hurt,” said harbourmaster "
         "Ana Ruiz. Repairs will cost 2 million euros, the council said.",
)
BRIDGE = ArticleDraft(
    title="Bridge vote delayed",
    outlet="Valley Post",
    url="https://valley.example/bridge",
    text="The council delayed the bridge vote. “We need another month,” said councillor Tom Berg.",
)


@dataclass
class Newsroom:
    """The composed app plus the fake Slack, with helpers to act as a user and read the results."""

    newsdesk: Newsdesk
    fake: FakeSlackWebAPI
    secret: str
    harbour: int
    bridge: int

    def __post_init__(self) -> None:
        self._names = itertools.count(1)

    # -- sending -------------------------------------------------------------------------------

    def dispatch(self, body: str, retry: int | None = None) -> int:
        headers = signed_headers(body, self.secret)
        if retry is not None:
            headers |= {"x-slack-retry-num": str(retry), "x-slack-retry-reason": "http_timeout"}
        return send(self.newsdesk.app, body, headers).status

    def response_url(self) -> tuple[str, str]:
        name = f"r{next(self._names)}"
        return name, self.fake.response_url(name)

    def command(self, command: str, text: str, user: str = REPORTER, channel: str = "C1") -> RecordedCall:
        """Run a slash command and return its (first) response_url answer."""
        name, url = self.response_url()
        assert self.dispatch(slash_command_body(command, text, user_id=user, channel_id=channel,
                                                response_url=url)) == 200
        return self.fake.wait_for(f"response/{name}")[0]

    def click(self, action_id: str, value: str, user: str = EDITOR, message_ts: str | None = None,
              channel: str = REVIEW_CHANNEL) -> str:
        """Click a button; returns the response_url name its ephemeral answers are recorded under."""
        name, url = self.response_url()
        message = {"type": "message", "user": "UBOT", "ts": message_ts or "1600000000.000001", "text": ""}
        assert self.dispatch(click_body(action_id, value, user, message, channel, url)) == 200
        return f"response/{name}"

    def submit(self, callback_id: str, values: dict, metadata: dict | str, view_id: str = "V1",
               user: str = REPORTER, retry: int | None = None):
        """Submit a modal; returns Bolt's response (the view_submission answer is its body)."""
        body = view_submission_body(callback_id, values, user_id=user, view_id=view_id,
                                    private_metadata=metadata if isinstance(metadata, str) else json.dumps(metadata))
        headers = signed_headers(body, self.secret)
        if retry is not None:
            headers["x-slack-retry-num"] = str(retry)
        return send(self.newsdesk.app, body, headers)

    # -- reading -------------------------------------------------------------------------------

    def flags(self) -> list[Flag]:
        with self.newsdesk.store.session() as session:
            return list_flags(session)

    def history(self, flag_id: int):
        with self.newsdesk.store.session() as session:
            return flag_events(session, flag_id)

    def quote_of(self, article_id: int) -> int:
        with self.newsdesk.store.session() as session:
            return session.scalar(select(QuoteRow.id).where(QuoteRow.article_id == article_id))

    def review_posts(self) -> list[RecordedCall]:
        return [c for c in self.fake.calls("chat.postMessage") if c.body.get("channel") == REVIEW_CHANNEL]


def click_body(action_id: str, value: str, user: str, message: dict, channel: str, response_url: str) -> str:
    return block_actions_body(action_id, value, user_id=user, message=message, channel_id=channel,
                              response_url=response_url)


def with_message(body: str, **fields) -> str:
    """A message-shortcut body whose message also carries `fields` (blocks, attachments…)."""
    payload = json.loads(parse_qs(body)["payload"][0])
    payload["message"].update(fields)
    return urlencode({"payload": json.dumps(payload)})


def shortcut_body(text: str, user: str = REPORTER, response_url: str = "", **message_fields) -> str:
    body = message_action_body("flag_message", text, user_id=user, response_url=response_url)
    return with_message(body, **message_fields) if message_fields else body


def modal_values(reason: str | None = "factual_error", note: str | None = "Three boats, not four",
                 article: str | None = None) -> dict:
    """view.state.values as Slack sends them for the flag modal."""
    values: dict = {
        "flag_reason_block": {"flag_reason_select": {"type": "static_select", "selected_option":
                              {"value": reason, "text": {"type": "plain_text", "text": reason}} if reason else None}},
        "flag_note_block": {"flag_note_input": {"type": "plain_text_input", "value": note}},
    }
    if article is not None:
        values["flag_article_block"] = {"flag_article_select": {"type": "static_select",
                                                                "selected_option": {"value": article}}}
    return values


def note_values(note: str | None) -> dict:
    return {"flag_note_block": {"flag_note_input": {"type": "plain_text_input", "value": note}}}


def open_newsroom(settings, fake_slack, signing_secret, **overrides) -> Newsroom:
    fake_slack.usergroups = {EDITOR_GROUP: [GROUP_EDITOR]}
    configured = settings.model_copy(update={"review_channel": REVIEW_CHANNEL, "editor_user_ids": [EDITOR],
                                             "editor_usergroup": EDITOR_GROUP, **overrides})
    newsdesk = create_app(configured)
    report = ingest_drafts(newsdesk.store, [("harbour", HARBOUR), ("bridge", BRIDGE)])
    assert len(report.new) == 2, report
    return Newsroom(newsdesk, fake_slack, signing_secret, *report.new)


@pytest.fixture
def newsroom(settings, fake_slack, signing_secret):
    room = open_newsroom(settings, fake_slack, signing_secret)
    yield room
    room.newsdesk.store.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def newsroom_on_each_database(request, settings, fake_slack, signing_secret):
    """The newsroom on a SQLite file, then on PostgreSQL (skipped when no server answers)."""
    if request.param == "postgres":
        request.applymarker(pytest.mark.postgres)
        room = open_newsroom(settings, fake_slack, signing_secret, database_url=request.getfixturevalue("postgres_url"))
    else:
        room = open_newsroom(settings, fake_slack, signing_secret)
    yield room
    room.newsdesk.store.dispose()

"""Flag buttons: "Flag" on quotes and digest items, and "Take it", "Resolve", "Dismiss" and
"Reopen" on flag cards."""

from __future__ import annotations

import json
import logging

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.desk import Desk
from bot.models import FlagRequest
from bot.review import FlagRefusal, ReviewAction, UnknownArticle, parse_flag_id, reason_from_text
from handlers.blocks.flags import (
    DISMISS_ACTION,
    FETCH_AND_FLAG_ACTION,
    REOPEN_ACTION,
    RESOLVE_ACTION,
    TAKE_ACTION,
    fetched_text,
    flag_heading,
    refusal_text,
    unknown_article_blocks,
)
from handlers.blocks.quotes import FLAG_ACTION
from handlers.message_articles import button_ref, permalink_of
from handlers.review_channel import after_change, announce_flag, slack_error
from handlers.views.flags import open_close_modal, open_flag_modal

log = logging.getLogger(__name__)


def _ephemeral(respond: Respond, text: str, blocks: list[dict] | None = None) -> None:
    respond(response_type="ephemeral", replace_original=False, text=text, **({"blocks": blocks} if blocks else {}))


def register(app: App, desk: Desk) -> None:
    def flag_button(ack: Ack, body: dict, action: dict, client: WebClient, respond: Respond) -> None:
        ack()
        # A button carries the article in its value; the digest's menu in the chosen option.
        ref = button_ref(action.get("value") or (action.get("selected_option") or {}).get("value"))
        targets = desk.flag_targets([ref]) if ref else []
        if not targets:
            refusal = UnknownArticle(reference=str(ref.article_id) if ref else None)
            _ephemeral(respond, refusal.describe(), unknown_article_blocks(refusal, None))
            return
        container = body.get("container", {})
        channel = container.get("channel_id") or body.get("channel", {}).get("id")
        # Quote results are ephemeral: Slack has no permalink for those.
        ts = None if container.get("is_ephemeral") else container.get("message_ts")
        problem = open_flag_modal(client, body["trigger_id"], targets, channel, permalink_of(client, channel, ts))
        if problem:
            _ephemeral(respond, f"I couldn't open the flag form ({problem}). Try `/flag {targets[0].article.id}`.")

    def fetch_and_flag_button(ack: Ack, body: dict, action: dict, client: WebClient, respond: Respond) -> None:
        ack()
        try:
            wanted = json.loads(action.get("value") or "")
            url, reason = str(wanted["url"]), str(wanted.get("reason") or "")
        except (ValueError, KeyError, TypeError):
            _ephemeral(respond, "That button has expired.")
            return
        user = body["user"]["id"]
        channel = body.get("container", {}).get("channel_id") or body.get("channel", {}).get("id")
        try:
            target = desk.fetch_to_flag(url)
            if reason:
                outcome = desk.raise_flag(FlagRequest(
                    article_id=target.article.id, reason=reason_from_text(reason), note=reason, flagger=user,
                    channel=channel, idempotency_key=f"fetch:{user}:{action.get('action_ts', '')}"))
                respond(replace_original=True, text=announce_flag(client, desk, outcome))
                return
        except FlagRefusal as refusal:
            respond(replace_original=True, text=refusal_text(refusal))
            return
        # No reason given yet: the flag form, if the click's trigger is still fresh after the fetch.
        problem = open_flag_modal(client, body["trigger_id"], [target], channel, None)
        if problem:
            respond(replace_original=True, text=f"{fetched_text(target)} Flag it with "
                                                f"`/flag {target.article.id} what is wrong`.")
        else:
            respond(replace_original=True, text=fetched_text(target))

    def one_click_button(action_kind: ReviewAction, done: str):
        """Take it and Reopen change the flag at once; there is nothing to ask first."""
        def change_now(ack: Ack, body: dict, action: dict, client: WebClient, respond: Respond) -> None:
            ack()
            editor = body["user"]["id"]
            flag_id = parse_flag_id(action.get("value", ""))
            if flag_id is None:
                _ephemeral(respond, "That button has expired.")
                return
            try:
                change = desk.change_flag(flag_id, editor, action_kind)
            except FlagRefusal as refusal:
                _ephemeral(respond, refusal_text(refusal))
                return
            after_change(client, desk, change, editor)
            if not change.changed:
                _ephemeral(respond, f"You already {done} flag #{change.flag.id}.")  # a double click
            elif body.get("container", {}).get("message_ts") != change.flag.review_message_ts:
                _ephemeral(respond, flag_heading(change.flag))  # clicked in /review: the card is elsewhere

        return change_now

    def close_button(action_kind: ReviewAction):
        def close(ack: Ack, body: dict, action: dict, client: WebClient, respond: Respond) -> None:
            ack()
            flag_id = parse_flag_id(action.get("value", ""))
            if flag_id is None:
                _ephemeral(respond, "That button has expired.")
                return
            try:
                open_close_modal(client, body["trigger_id"], desk, flag_id, body["user"]["id"], action_kind)
            except FlagRefusal as refusal:
                _ephemeral(respond, refusal_text(refusal))
            except SlackApiError as error:
                _ephemeral(respond, f"I couldn't open the form ({slack_error(error)}). Please try again.")

        return close

    app.action(FLAG_ACTION)(flag_button)
    app.action(FETCH_AND_FLAG_ACTION)(fetch_and_flag_button)
    app.action(TAKE_ACTION)(one_click_button(ReviewAction.TAKE, "took"))
    app.action(REOPEN_ACTION)(one_click_button(ReviewAction.REOPEN, "reopened"))
    app.action(RESOLVE_ACTION)(close_button(ReviewAction.RESOLVE))
    app.action(DISMISS_ACTION)(close_button(ReviewAction.DISMISS))

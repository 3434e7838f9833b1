"""The flag modal (category and note) and the close modal (resolve or dismiss, with a note)."""

from __future__ import annotations

import json
import logging

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.desk import Desk
from bot.models import FlagReason, FlagRequest
from bot.review import FlagRefusal, FlagTarget, ReviewAction
from handlers.blocks.flags import (
    ARTICLE_BLOCK,
    ARTICLE_INPUT,
    CLOSE_MODAL,
    FLAG_MODAL,
    NOTE_BLOCK,
    NOTE_INPUT,
    REASON_BLOCK,
    REASON_INPUT,
    close_modal,
    flag_modal,
)
from handlers.review_channel import after_change, announce_flag, slack_error, tell_user

log = logging.getLogger(__name__)
# What the close modal may do: its metadata names one of these.
CLOSING_ACTIONS = (ReviewAction.RESOLVE, ReviewAction.DISMISS)
MODAL_TARGETS = 50  # private_metadata holds at most 3,000 characters
EXPIRED = "This form has expired. Close it and start again."


def open_flag_modal(client: WebClient, trigger_id: str, targets: list[FlagTarget], channel: str | None,
                    permalink: str | None, reason: FlagReason | None = None) -> str | None:
    """Ask for a category and note about `targets`; returns Slack's error, if any."""
    metadata = json.dumps({"targets": [[t.article.id, t.quote_id, t.claim_id] for t in targets[:MODAL_TARGETS]],
                           "channel": channel, "permalink": permalink})
    try:
        client.views_open(trigger_id=trigger_id, view=flag_modal(targets[:MODAL_TARGETS], metadata, reason))
    except SlackApiError as error:
        log.warning("could not open the flag modal: %s", slack_error(error))
        return slack_error(error)
    return None


def open_close_modal(client: WebClient, trigger_id: str, desk: Desk, flag_id: int, editor: str,
                     action: ReviewAction) -> None:
    """Resolve/Dismiss: refuses at once (FlagRefusal) if the editor may not, else asks for a note."""
    flag = desk.check_flag_change(flag_id, editor, action)
    metadata = json.dumps({"flag_id": flag.id, "action": action.value})
    client.views_open(trigger_id=trigger_id, view=close_modal(flag, action, metadata))


def _selected(values: dict, block: str, action: str) -> str | None:
    option = values.get(block, {}).get(action, {}).get("selected_option") or {}
    return option.get("value")


def _typed(values: dict, block: str, action: str) -> str:
    return values.get(block, {}).get(action, {}).get("value") or ""


def _flag_request(view: dict, user: str) -> FlagRequest | None:
    """The request a submitted flag modal makes; None when its metadata is unreadable."""
    values = view.get("state", {}).get("values", {})
    try:
        metadata = json.loads(view.get("private_metadata") or "{}")
        targets = {str(article): (quote, claim) for article, quote, claim in metadata["targets"]}
        chosen = _selected(values, ARTICLE_BLOCK, ARTICLE_INPUT) or str(metadata["targets"][0][0])
        quote, claim = targets[chosen]
        reason = FlagReason(_selected(values, REASON_BLOCK, REASON_INPUT) or FlagReason.OTHER)
        return FlagRequest(article_id=int(chosen), quote_id=quote, claim_id=claim, reason=reason,
                           note=_typed(values, NOTE_BLOCK, NOTE_INPUT), flagger=user,
                           channel=metadata.get("channel"), permalink=metadata.get("permalink"),
                           idempotency_key=f"view:{view['id']}")
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def register(app: App, desk: Desk) -> None:
    def submit_flag(ack: Ack, body: dict, view: dict, client: WebClient) -> None:
        user = body["user"]["id"]
        request = _flag_request(view, user)
        if request is None:
            ack(response_action="errors", errors={NOTE_BLOCK: EXPIRED})
            return
        try:
            outcome = desk.raise_flag(request)
        except FlagRefusal as refusal:
            ack(response_action="errors", errors={NOTE_BLOCK: refusal.describe()})
            return
        ack()
        tell_user(client, request.channel, user, announce_flag(client, desk, outcome))

    def submit_close(ack: Ack, body: dict, view: dict, client: WebClient) -> None:
        editor = body["user"]["id"]
        try:
            metadata = json.loads(view.get("private_metadata") or "{}")
            flag_id, action = int(metadata["flag_id"]), ReviewAction(metadata["action"])
        except (ValueError, KeyError, TypeError):
            ack(response_action="errors", errors={NOTE_BLOCK: EXPIRED})
            return
        if action not in CLOSING_ACTIONS:
            ack(response_action="errors", errors={NOTE_BLOCK: EXPIRED})
            return
        note = _typed(view.get("state", {}).get("values", {}), NOTE_BLOCK, NOTE_INPUT)
        try:
            change = desk.change_flag(flag_id, editor, action, note)
        except FlagRefusal as refusal:
            # Modal errors are plain text: no mentions, so name people in words.
            ack(response_action="errors",
                errors={NOTE_BLOCK: refusal.describe(who=lambda user: "you" if user == editor else "another editor")})
            return
        ack()
        after_change(client, desk, change, editor, note)

    app.view(FLAG_MODAL)(submit_flag)
    app.view(CLOSE_MODAL)(submit_close)

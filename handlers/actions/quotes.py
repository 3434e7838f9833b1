"""Buttons on search results: "Share in channel" and "More results" (quotes and claims)."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.desk import Desk
from handlers.blocks.mrkdwn import escape
from handlers.blocks.quotes import MORE_ACTION, SHARE_ACTION, shared_quote_blocks
from handlers.blocks.claims import MORE_CLAIMS_ACTION
from handlers.commands.claims import answer_claims
from handlers.commands.quotes import answer_quotes

log = logging.getLogger(__name__)
_SLACK_ID = re.compile(r"^[A-Z0-9]{2,20}$")


def _page_request(action: dict) -> tuple[str, int] | None:
    """The search and offset a "More results" button carries, or None if it is not readable."""
    try:
        request = json.loads(action.get("value") or "{}")
        return str(request["q"]), int(request["offset"])
    except (ValueError, KeyError, TypeError):
        return None


def register(app: App, desk: Desk) -> None:
    def share_quote(ack: Ack, body: dict, action: dict, client: WebClient, respond: Respond) -> None:
        ack()
        hit = desk.quote_hit(int(action["value"])) if action.get("value", "").isdigit() else None
        if hit is None:
            respond(response_type="ephemeral", replace_original=False, text="That quote is no longer stored.")
            return
        user = body["user"]["id"] if _SLACK_ID.match(body["user"]["id"]) else "someone"
        channel = body.get("channel", {}).get("id")
        try:
            client.chat_postMessage(channel=channel, blocks=shared_quote_blocks(hit, user),
                                    text=escape(f"“{hit.quote.text[:200]}” — {hit.quote.speaker or 'unknown'}"),
                                    unfurl_links=False)
        except SlackApiError as error:
            log.warning("share failed in %s: %s", channel, error.response.get("error"))
            respond(response_type="ephemeral", replace_original=False,
                    text=f"I couldn't post in this channel ({escape(error.response.get('error'))}). "
                         "Invite me with `/invite @Newsdesk` and try again.")

    def more(answer: Callable[[Desk, str, int], dict]):
        def next_page(ack: Ack, action: dict, respond: Respond) -> None:
            ack()
            page = _page_request(action)
            if page is None:
                respond(response_type="ephemeral", replace_original=False, text="That button has expired.")
                return
            respond(response_type="ephemeral", replace_original=True, **answer(desk, *page))

        return next_page

    app.action(SHARE_ACTION)(share_quote)
    app.action(MORE_ACTION)(more(answer_quotes))
    app.action(MORE_CLAIMS_ACTION)(more(answer_claims))

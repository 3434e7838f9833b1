"""What Slack hears about a flag: the review-channel card, its in-place updates, and notes to people.

The flag is always stored before any of this runs; a Slack failure here is logged and worded
for the person who acted, never allowed to lose the flag.
"""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.desk import Desk
from bot.models import Flag, FlagStatus
from bot.review import FlagOutcome, StatusChange
from handlers.blocks.flags import confirmation_text, decision_text, flag_card_blocks, flag_card_text

log = logging.getLogger(__name__)
CLOSED = (FlagStatus.RESOLVED, FlagStatus.DISMISSED)


def slack_error(error: SlackApiError) -> str:
    return str(error.response.get("error") or "Slack error")


def post_new_flag(client: WebClient, desk: Desk, flag: Flag) -> str | None:
    """Post the flag's card to the review channel and remember where; the problem, if any."""
    channel = desk.settings.review_channel
    if not channel:
        return None
    try:
        posted = client.chat_postMessage(channel=channel, blocks=flag_card_blocks(flag, desk.flag_history(flag.id)),
                                         text=flag_card_text(flag), unfurl_links=False)
    except SlackApiError as error:
        log.warning("flag #%s stored but not posted to %s: %s", flag.id, channel, slack_error(error))
        return slack_error(error)
    desk.record_review_message(flag.id, posted.get("channel") or channel, posted["ts"])
    return None


def announce_flag(client: WebClient, desk: Desk, outcome: FlagOutcome) -> str:
    """Alert the editors about a new flag (only once), and return what to tell the flagger."""
    problem = post_new_flag(client, desk, outcome.flag) if outcome.created else None
    return confirmation_text(outcome.flag, outcome.created, desk.settings.review_channel, problem)


def refresh_card(client: WebClient, desk: Desk, flag: Flag) -> None:
    """Update the review-channel card in place (`chat.update`) to show the flag's new status."""
    if not (flag.review_channel and flag.review_message_ts):
        return
    try:
        client.chat_update(channel=flag.review_channel, ts=flag.review_message_ts,
                           blocks=flag_card_blocks(flag, desk.flag_history(flag.id)), text=flag_card_text(flag))
    except SlackApiError as error:
        log.warning("could not update the card of flag #%s: %s", flag.id, slack_error(error))


def tell_flagger(client: WebClient, change: StatusChange, editor: str, note: str) -> None:
    """A direct message to the flagger when their flag is resolved or dismissed."""
    flag = change.flag
    if not change.changed or flag.status not in CLOSED or not flag.flagger.startswith(("U", "W")):
        return
    try:
        client.chat_postMessage(channel=flag.flagger, text=decision_text(flag, editor, note), unfurl_links=False)
    except SlackApiError as error:
        log.warning("could not tell %s about flag #%s: %s", flag.flagger, flag.id, slack_error(error))


def after_change(client: WebClient, desk: Desk, change: StatusChange, editor: str, note: str = "") -> None:
    if change.changed:
        refresh_card(client, desk, change.flag)
        tell_flagger(client, change, editor, note)


def tell_user(client: WebClient, channel: str | None, user: str, text: str) -> None:
    """An ephemeral note in `channel`, or a DM when the bot cannot post there."""
    try:
        if channel:
            client.chat_postEphemeral(channel=channel, user=user, text=text)
            return
    except SlackApiError as error:
        log.info("ephemeral to %s in %s failed (%s); sending a DM", user, channel, slack_error(error))
    try:
        client.chat_postMessage(channel=user, text=text)
    except SlackApiError as error:
        log.warning("could not reach %s: %s", user, slack_error(error))

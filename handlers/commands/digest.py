"""`/digest subscribe|unsubscribe|settings|preview|now|sources`: ack at once, act, answer ephemerally.

`/digest sources …` manages the feeds, pages and folders that are polled; any other unknown
word gets the help.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from slack_bolt import Ack, App, Respond

from bot.desk import Desk
from bot.digest.schedule import next_due
from bot.digest.subscriptions import QUIET_DAY_OPTIONS, SubscriptionError
from bot.ingest.polling import IntervalError, format_interval
from bot.sources import SourceError, parse_source_args
from handlers.blocks.digest import (
    digest_date_label,
    help_blocks,
    preview_messages,
    settings_blocks,
    subscribed_text,
)
from handlers.blocks.sources import SOURCES_HELP, sources_blocks
from handlers.blocks.mrkdwn import context, escape, section

log = logging.getLogger(__name__)

# A response_url takes five posts; previews use at most this many, the last saying what is left.
PREVIEW_MESSAGES = 4


def _message(text: str) -> dict:
    return {"blocks": [section(text)], "text": text}


def _help(desk: Desk, note: str | None = None) -> list[dict]:
    settings = desk.settings
    blocks = help_blocks(settings.digest_time.strftime("%H:%M"), settings.default_timezone, note)
    return [{"blocks": blocks, "text": "How to use /digest"}]


def subscribe(desk: Desk, command: dict, args: list[str]) -> list[dict]:
    try:
        subscription = desk.subscribe_digest(command["channel_id"], " ".join(args), team_id=command.get("team_id"),
                                             user_id=command.get("user_id"))
    except SubscriptionError as problem:
        return _help(desk, escape(str(problem)))
    return [_message(subscribed_text(subscription, next_due(subscription, datetime.now(UTC))))]


def unsubscribe(desk: Desk, command: dict, args: list[str]) -> list[dict]:
    if desk.unsubscribe_digest(command["channel_id"]):
        return [_message("This channel will no longer get the daily digest.")]
    return [_message("This channel was not subscribed to the daily digest.")]


def show_settings(desk: Desk, command: dict, args: list[str]) -> list[dict]:
    channel = command["channel_id"]
    subscription = desk.digest_subscription(channel)
    choice = [a.lower() for a in args if a.lower() in QUIET_DAY_OPTIONS]
    if choice and subscription is not None:
        subscription = desk.subscribe_digest(
            channel, f"{subscription.post_time:%H:%M} {subscription.timezone} {choice[-1]}",
            team_id=subscription.team_id, user_id=subscription.created_by)
    upcoming = next_due(subscription, datetime.now(UTC)) if subscription else None
    blocks = settings_blocks(subscription, desk.digest_history(channel), upcoming)
    return [{"blocks": blocks, "text": "Digest settings"}]


def preview(desk: Desk, command: dict, args: list[str]) -> list[dict]:
    messages = preview_messages(desk.preview_digest(command["channel_id"]))
    if len(messages) <= PREVIEW_MESSAGES:
        return messages
    shown = messages[:PREVIEW_MESSAGES]
    left = len(messages) - PREVIEW_MESSAGES
    note = f"Preview stops here: the posted thread has {left} more part(s)."
    shown[-1] = {**shown[-1], "blocks": [*shown[-1]["blocks"][:49], context(note)]}
    return shown


OUTCOME_TEXT = {
    "posted": ":white_check_mark: Today's digest ({day}) is posted; it counts as today's, so it will not repeat.",
    "skipped": "Nothing new for today's digest ({day}), and this channel skips quiet days.",
    "done_before": "Today's digest ({day}) was already {state}.",
    "held_elsewhere": "Today's digest ({day}) is being posted right now.",
    "lost_claim": "Today's digest ({day}) was taken over by another Newsdesk process.",
    "failed": ":x: Today's digest ({day}) could not be posted: {detail}. Try again in a few minutes.",
}


# Slack errors that mean the bot is not in the channel, which only a member can fix.
NOT_A_MEMBER = ("not_in_channel", "channel_not_found", "is_archived")


def post_now(desk: Desk, command: dict, args: list[str]) -> list[dict]:
    result = desk.post_digest_now(command["channel_id"])
    day = digest_date_label(result.record.digest_date) if result.record else "today"
    state = result.record.state if result.record else ""
    text = OUTCOME_TEXT[result.outcome].format(day=day, state=state, detail=escape(result.detail))
    if result.outcome == "failed" and any(error in result.detail for error in NOT_A_MEMBER):
        text += " Invite me with `/invite @Newsdesk` first."
    return [_message(text)]


def sources(desk: Desk, command: dict, args: list[str]) -> list[dict]:
    """`/digest sources [add URL [as NAME] [every 15m] | remove N]`; changes are for editors."""
    action = args[0].lower() if args else "list"
    if action not in ("list", "add", "remove"):
        return [_message(SOURCES_HELP)]
    if action == "list":
        return [{"blocks": sources_blocks(desk.list_sources(), datetime.now(UTC)), "text": "News sources"}]
    if not desk.is_editor(command.get("user_id", "")):
        return [_message("Only editors can add or remove sources. Ask one, or list them with `/digest sources`.")]
    try:
        request = parse_source_args(args[1:])
        if action == "remove":
            removed = desk.remove_source(request.location)
            return [_message(f"Removed source {removed.id}: {escape(removed.location)}. Its articles stay.")]
        source, created = desk.add_source(request.location, name=request.name, every=request.every,
                                          added_by=command.get("user_id"))
    except (SourceError, IntervalError, ValueError) as problem:
        return [_message(f":warning: {escape(str(problem))}\n{SOURCES_HELP}")]
    verb = "Added" if created else "Updated"
    return [_message(f"{verb} source {source.id}: {source.kind} {escape(source.location)}, "
                     f"polled every {format_interval(source.every)}.")]


SUBCOMMANDS: dict[str, Callable[[Desk, dict, list[str]], list[dict]]] = {
    "subscribe": subscribe,
    "unsubscribe": unsubscribe,
    "settings": show_settings,
    "preview": preview,
    "now": post_now,
    "sources": sources,
}


def answer_digest(desk: Desk, command: dict) -> list[dict]:
    """The ephemeral messages answering one `/digest` command."""
    words = (command.get("text") or "").split()
    if not words or words[0].lower() in ("help", "?"):
        return _help(desk)
    handler = SUBCOMMANDS.get(words[0].lower())
    if handler is None:
        return _help(desk, f"I don't know `/digest {escape(words[0][:40])}`.")
    return handler(desk, command, words[1:])


def register(app: App, desk: Desk) -> None:
    def digest_command(ack: Ack, command: dict, respond: Respond) -> None:
        ack()
        for message in answer_digest(desk, command):
            respond(response_type="ephemeral", **message)

    app.command("/digest")(digest_command)

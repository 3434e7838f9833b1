"""`/flag URL|ARTICLE_ID [reason]` and `/review [mine|all|closed|reason:…]`."""

from __future__ import annotations

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.desk import Desk
from bot.models import FlagRequest
from bot.review import FlagRefusal, UnknownArticle, parse_flag_text, parse_queue_filter, reason_from_text
from handlers.blocks.flags import flag_help_text, queue_blocks, refusal_text, unknown_article_blocks
from handlers.review_channel import announce_flag
from handlers.views.flags import open_flag_modal


def command_key(command: dict) -> str:
    """One slash-command invocation: Slack sends a fresh trigger_id each time, the same one on retry."""
    return ":".join(["command", command.get("team_id", ""), command.get("user_id", ""),
                     command.get("channel_id", ""), command.get("trigger_id", "")])


def register(app: App, desk: Desk) -> None:
    def flag_command(ack: Ack, command: dict, client: WebClient, respond: Respond) -> None:
        ack()
        ref, reason_text = parse_flag_text(command.get("text") or "")
        if ref is None:
            respond(response_type="ephemeral", text=flag_help_text())
            return
        user, channel = command["user_id"], command.get("channel_id")
        try:
            if not reason_text:
                # No reason typed: ask for a category and a note.
                target = desk.flag_target([ref])
                problem = open_flag_modal(client, command["trigger_id"], [target], channel, None)
                if problem:
                    respond(response_type="ephemeral",
                            text=f"I couldn't open the flag form ({problem}). Add a reason: "
                                 f"`/flag {target.article.id} misquoted …`.")
                return
            outcome = desk.raise_flag(FlagRequest(
                article_id=ref.article_id, url=ref.url, reason=reason_from_text(reason_text), note=reason_text,
                flagger=user, channel=channel, idempotency_key=command_key(command)))
        except UnknownArticle as refusal:
            respond(response_type="ephemeral", text=refusal.describe(), blocks=unknown_article_blocks(refusal, ref.url, reason_text))
            return
        except FlagRefusal as refusal:
            respond(response_type="ephemeral", text=refusal_text(refusal))
            return
        respond(response_type="ephemeral", text=announce_flag(client, desk, outcome))

    def review_command(ack: Ack, command: dict, respond: Respond) -> None:
        ack()
        wanted = parse_queue_filter(command.get("text") or "", command["user_id"])
        flags = desk.review_queue(wanted)
        blocks = queue_blocks(flags, wanted.label)
        respond(response_type="ephemeral", blocks=blocks, text=blocks[0]["text"]["text"] if blocks else "")

    app.command("/flag")(flag_command)
    app.command("/review")(review_command)

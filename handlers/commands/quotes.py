"""`/quotes WHO WHAT`: ack at once, search, answer ephemerally."""

from __future__ import annotations

from slack_bolt import Ack, App, Respond

from bot.desk import Desk
from bot.search.query import QueryError
from handlers.blocks.mrkdwn import escape, section
from handlers.blocks.quotes import fallback_text, help_blocks, search_result_blocks


def answer_quotes(desk: Desk, text: str, offset: int = 0) -> dict:
    """The message for a search: results, an explanation, or why the search could not run."""
    if not text.strip():
        return {"blocks": help_blocks(), "text": "How to search quotes"}
    try:
        result = desk.search_quotes(text, offset=offset)
    except QueryError as problem:
        message = f":warning: {escape(str(problem))}"
        return {"blocks": [section(message)], "text": escape(str(problem))}
    return {"blocks": search_result_blocks(result), "text": fallback_text(result)}


def register(app: App, desk: Desk) -> None:
    def quotes_command(ack: Ack, command: dict, respond: Respond) -> None:
        ack()
        respond(response_type="ephemeral", **answer_quotes(desk, command.get("text") or ""))

    app.command("/quotes")(quotes_command)

"""`/claims WHO WHAT`: ack at once, search claims, answer ephemerally."""

from __future__ import annotations

from slack_bolt import Ack, App, Respond

from bot.desk import Desk
from bot.search.query import QueryError
from handlers.blocks.claims import CLAIMS_HELP, claim_result_blocks
from handlers.blocks.mrkdwn import escape, section


def answer_claims(desk: Desk, text: str, offset: int = 0) -> dict:
    if not text.strip():
        return {"blocks": [section(CLAIMS_HELP)], "text": "How to search claims"}
    try:
        result = desk.search_claims(text, offset=offset)
    except QueryError as problem:
        return {"blocks": [section(f":warning: {escape(str(problem))}")], "text": escape(str(problem))}
    summary = f"{result.total} claims" if result.hits else (result.explanation or "No claims found.")
    return {"blocks": claim_result_blocks(result), "text": escape(summary)}


def register(app: App, desk: Desk) -> None:
    def claims_command(ack: Ack, command: dict, respond: Respond) -> None:
        ack()
        respond(response_type="ephemeral", **answer_claims(desk, command.get("text") or ""))

    app.command("/claims")(claims_command)

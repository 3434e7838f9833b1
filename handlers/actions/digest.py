"""The "Show evidence" button on a digest discrepancy: both sentences, only to whoever asked."""

from __future__ import annotations

from slack_bolt import Ack, App, Respond

from bot.desk import Desk
from handlers.blocks.digest import EVIDENCE_ACTION, evidence_blocks


def register(app: App, desk: Desk) -> None:
    def show_evidence(ack: Ack, action: dict, respond: Respond) -> None:
        ack()
        respond(response_type="ephemeral", replace_original=False, blocks=evidence_blocks(action.get("value") or ""),
                text="The evidence behind a digest discrepancy")

    app.action(EVIDENCE_ACTION)(show_evidence)

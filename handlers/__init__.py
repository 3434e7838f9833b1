"""Thin Slack listeners (one package per Slack feature type) and Block Kit rendering.

Each listener parses the payload, calls the `Desk`, and renders blocks. Nothing else.
"""

from __future__ import annotations

from slack_bolt import App

from bot.desk import Desk
from handlers import actions, commands


def register_handlers(app: App, desk: Desk) -> None:
    commands.register(app, desk)
    actions.register(app, desk)

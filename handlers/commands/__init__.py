"""Slash commands."""

from __future__ import annotations

from slack_bolt import App

from bot.desk import Desk
from handlers.commands import claims, digest, flags, quotes


def register(app: App, desk: Desk) -> None:
    quotes.register(app, desk)
    claims.register(app, desk)
    flags.register(app, desk)
    digest.register(app, desk)

"""Modal submissions."""

from __future__ import annotations

from slack_bolt import App

from bot.desk import Desk
from handlers.views import flags


def register(app: App, desk: Desk) -> None:
    flags.register(app, desk)

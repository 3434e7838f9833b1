"""Message and global shortcuts."""

from __future__ import annotations

from slack_bolt import App

from bot.desk import Desk
from handlers.shortcuts import flags


def register(app: App, desk: Desk) -> None:
    flags.register(app, desk)

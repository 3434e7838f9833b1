"""Thin Slack listeners (one package per Slack feature type) and Block Kit rendering.

Each listener parses the payload, calls the `Desk`, and renders blocks. Nothing else.
"""

from __future__ import annotations

from slack_bolt import App

from bot.desk import Desk
from handlers import actions, commands, shortcuts, views
from handlers.workspaces import workspace_allow_list


def register_handlers(app: App, desk: Desk) -> None:
    app.use(workspace_allow_list(desk.settings))
    commands.register(app, desk)
    actions.register(app, desk)
    shortcuts.register(app, desk)
    views.register(app, desk)

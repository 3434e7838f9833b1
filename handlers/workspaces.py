"""The workspace allow-list: requests from teams not on ALLOWED_TEAM_IDS are refused app-wide.

An empty ALLOWED_TEAM_IDS allows every workspace the app is installed in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_bolt import BoltRequest, BoltResponse

from bot.config import Settings

log = logging.getLogger(__name__)
REFUSAL = "Newsdesk isn't enabled for this workspace. Ask your Newsdesk admin to add it."


def workspace_allow_list(settings: Settings) -> Callable[..., BoltResponse | None]:
    """A Bolt global middleware that stops requests from workspaces not on the allow-list."""
    allowed = frozenset(settings.allowed_team_ids)

    def allow_listed(req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> BoltResponse:
        team = req.context.team_id
        enterprise = req.context.enterprise_id
        if not allowed or team in allowed or (enterprise and enterprise in allowed):
            return next()
        log.warning("refused a request from workspace %s (enterprise %s)", team, enterprise)
        # 200 so Slack doesn't retry; a slash command shows the text to the person who typed it.
        return BoltResponse(status=200, body={"response_type": "ephemeral", "text": REFUSAL})

    return allow_listed

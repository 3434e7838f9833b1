"""Who is in the editors' Slack user group, read with `usergroups.users.list`."""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

log = logging.getLogger(__name__)


def usergroup_members(client: WebClient) -> Callable[[str], list[str] | None]:
    """A lookup for `EditorRoster`: the group's member IDs, or None when Slack won't say."""

    def members_of(usergroup: str) -> list[str] | None:
        try:
            return list(client.usergroups_users_list(usergroup=usergroup).get("users") or [])
        except SlackApiError as error:
            log.warning("usergroups.users.list %s failed: %s", usergroup, error.response.get("error"))
            return None

    return members_of

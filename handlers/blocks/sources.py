"""Block Kit for the list of news sources and their health."""

from __future__ import annotations

from datetime import datetime

from bot.ingest.polling import format_interval, source_status
from bot.models import Source
from handlers.blocks.mrkdwn import context, escape, section

SOURCES_HELP = (
    "*News sources* — `/digest sources` lists them with their health.\n"
    "Editors: `/digest sources add URL [as OUTLET] [every 15m]` adds a feed or article page; "
    "`/digest sources remove N` removes one (its articles stay)."
)
MAX_LISTED = 40  # each source is two blocks; stay under Slack's 50 blocks


def sources_blocks(sources: list[Source], now: datetime) -> list[dict]:
    if not sources:
        return [section("No sources yet.\n" + SOURCES_HELP)]
    blocks = [section(f"*{len(sources)} news source(s)*")]
    for source in sources[: MAX_LISTED // 2]:
        name = f" ({escape(source.name)})" if source.name else ""
        blocks.append(section(f"*{source.id}.* {source.kind} `{escape(source.location)}`{name} · every "
                              f"{format_interval(source.every)}"))
        blocks.append(context(escape(source_status(source, now))))
    if len(sources) > MAX_LISTED // 2:
        blocks.append(context(f"…and {len(sources) - MAX_LISTED // 2} more: `newsdesk sources list` shows all."))
    return blocks

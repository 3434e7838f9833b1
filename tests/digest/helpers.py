"""Small builders for digest tests: stories, articles, flags and discrepancies written straight
to the store, with the ingest times the test needs."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from bot.models import Discrepancy, DiscrepancyKind, Evidence
from bot.store.database import Store
from bot.store.tables import ArticleRow, FlagRow, StoryRow

URL_IN_LINK = re.compile(r"<(https?://[^|>]+)\|")


def add_story(store: Store, title: str, key: str | None = None) -> int:
    with store.session() as session:
        row = StoryRow(key=key or title.lower().replace(" ", "-")[:90], title=title)
        session.add(row)
        session.flush()
        return row.id


def add_article(store: Store, n: int, *, ingested_at: datetime, outlet: str = "Outlet A",
                story_id: int | None = None, duplicate_of: int | None = None, title: str | None = None) -> int:
    url = f"https://news.example/{outlet.lower().replace(' ', '-')}/{n}"
    with store.session() as session:
        row = ArticleRow(url=url, canonical_url=url, outlet=outlet, title=title or f"Article number {n}",
                         text=f"Body of article {n}.", content_hash=f"hash-{n}", ingested_at=ingested_at,
                         published=ingested_at, story_id=story_id, duplicate_of=duplicate_of)
        session.add(row)
        session.flush()
        return row.id


def add_flag(store: Store, created_at: datetime, status: str = "open", article_id: int | None = None) -> int:
    with store.session() as session:
        row = FlagRow(article_id=article_id, reason="factual_error", flagger="U1", status=status,
                      created_at=created_at, updated_at=created_at)
        session.add(row)
        session.flush()
        return row.id


def discrepancy(story_id: int | None, kind: DiscrepancyKind = DiscrepancyKind.NUMERIC_CONFLICT,
                summary: str = "Outlets disagree on the tonnage: 20 million vs 25 million") -> Discrepancy:
    return Discrepancy(kind=kind, story_id=story_id, summary=summary, confidence=0.8, evidence=[
        Evidence(article_id=1, outlet="Outlet A", url="https://news.example/a/1",
                 sentence="China agreed to buy 20 million tons of soybeans, the president said."),
        Evidence(article_id=2, outlet="Outlet B", url="https://news.example/b/2",
                 sentence="Beijing will purchase 25 million tons of soybeans this season."),
    ])


def linked_urls(messages: list[dict]) -> list[str]:
    """Every http(s) link in the section texts of these messages, in order."""
    found = []
    for message in messages:
        for block in message["blocks"]:
            if block.get("type") == "section":
                found.extend(URL_IN_LINK.findall(block["text"]["text"]))
    return found


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)

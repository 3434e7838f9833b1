"""Stories as stored: each with its articles, oldest story first."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import Story
from bot.store.articles import as_utc
from bot.store.tables import ArticleRow, StoryRow


def list_stories(session: Session, since: datetime | None = None) -> list[tuple[Story, list[ArticleRow]]]:
    """Stories (optionally only those active since `since`) with their article rows, in time order."""
    query = select(StoryRow).order_by(StoryRow.first_seen, StoryRow.id)
    if since is not None:
        query = query.where(StoryRow.last_seen >= since)
    stories = list(session.scalars(query))
    members: dict[int, list[ArticleRow]] = {s.id: [] for s in stories}
    if stories:
        rows = session.scalars(
            select(ArticleRow).where(ArticleRow.story_id.in_(members)).order_by(ArticleRow.published, ArticleRow.id)
        )
        for row in rows:
            members[row.story_id].append(row)
    return [
        (Story(id=s.id, title=s.title, article_ids=[a.id for a in members[s.id]],
               first_seen=as_utc(s.first_seen), last_seen=as_utc(s.last_seen)), members[s.id])
        for s in stories
    ]
